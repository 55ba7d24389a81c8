@dprk @luxury
Feature: Supply of luxury goods to the DPRK (dprk.luxury.supply)
  1718 OP8(a)(iii): no State may supply, sell or transfer luxury goods to the DPRK, from
  2006-10-14. The annexes of 2094, 2270 and 2321 illustrate the term (the taxonomy's children of
  luxury_goods); they do not limit it.

  Exemption dprk.luxury.supply.committee_exemption (2321 OP46, from 2016-11-30): an exemption
  granted by the 1718 Committee and valid on the day.

  Scenario: Luxury cars in Pyongyang (V-33) breach 1718 OP8(a)(iii)
    Given the event:
      """
      id: v33-cars
      type: transfer
      date: 2018-06-01
      destination: KP
      items:
        - {category: luxury_cars, description: Rolls-Royce Phantom}
        - {category: luxury_cars, description: Lexus LX 570}
      source: {title: "PoE report as summarised by AP", reference: dprk_cases V-33}
      """
    When the events are checked
    Then there is a violation of "dprk.luxury.supply"
    And the finding for "dprk.luxury.supply" cites resolution 1718 paragraph "8(a)(iii)" marked "verified"
    And the explanation of "dprk.luxury.supply" mentions "luxury_cars is a kind of luxury_goods"
    And the exemption "dprk.luxury.supply.committee_exemption" was weighed and did not apply for "dprk.luxury.supply"

  Scenario: The day 1718 was adopted the ban applies
    Given the event:
      """
      {id: yacht-2006, type: transfer, date: 2006-10-14, origin: IT, destination: KP,
       items: [{category: yachts}]}
      """
    When the events are checked
    Then there is a violation of "dprk.luxury.supply"

  Scenario: The day before 1718 was adopted there was no ban
    Given the event:
      """
      {id: yacht-2006-eve, type: transfer, date: 2006-10-13, origin: IT, destination: KP,
       items: [{category: yachts}]}
      """
    When the events are checked
    Then there are no findings

  Scenario: A luxury watch sold to a DPRK buyer, with no destination recorded
    Given the event:
      """
      id: watch-buyer
      type: transfer
      date: 2019-03-01
      origin: CH
      parties: [{role: buyer, kind: individual, country: KP}]
      items: [{category: luxury_watches}]
      """
    When the events are checked
    Then there is a violation of "dprk.luxury.supply"

  # --- the Committee exemption -----------------------------------------------------------------

  Scenario: Gifts taken home by the Olympic delegation under a 1718 Committee exemption (N-05)
    Given the event:
      """
      id: n05-delegation
      type: transfer
      date: 2018-02-11
      origin: KR
      destination: KP
      items: [{category: luxury_goods, description: gifts for the DPRK delegation}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-02-08,
           valid_until: 2018-02-12, covers: DPRK delegation to the Pyeongchang Olympics}
      """
    When the events are checked
    Then "dprk.luxury.supply" is lifted by exemption "dprk.luxury.supply.committee_exemption"
    And the exempted findings include:
      """
      - rule_id: dprk.luxury.supply
        explanation:
          exemptions:
            - id: dprk.luxury.supply.committee_exemption
              applies: true
              citations: [{resolution: 2321, paragraph: "46", status: verified}]
      """

  Scenario: A permit issued by the supplying State is not a Committee exemption
    Given the event:
      """
      id: n05-wrong-issuer
      type: transfer
      date: 2018-02-11
      origin: KR
      destination: KP
      items: [{category: luxury_goods}]
      authorizations:
        - {type: committee_exemption, issued_by: ROK Ministry of Unification, date: 2018-02-08}
      """
    When the events are checked
    Then there is a violation of "dprk.luxury.supply"
    And the exemption "dprk.luxury.supply.committee_exemption" was weighed and did not apply for "dprk.luxury.supply"

  Scenario: A Committee exemption that expired before the delivery
    Given the event:
      """
      id: n05-expired
      type: transfer
      date: 2018-02-20
      origin: KR
      destination: KP
      items: [{category: luxury_goods}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-02-08, valid_until: 2018-02-12}
      """
    When the events are checked
    Then there is a violation of "dprk.luxury.supply"
    And the exemption "dprk.luxury.supply.committee_exemption" was weighed and did not apply for "dprk.luxury.supply"

  Scenario: A Committee exemption granted after the delivery
    Given the event:
      """
      id: n05-too-early
      type: transfer
      date: 2018-02-05
      origin: KR
      destination: KP
      items: [{category: luxury_goods}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-02-08}
      """
    When the events are checked
    Then there is a violation of "dprk.luxury.supply"
    And the exemption "dprk.luxury.supply.committee_exemption" was weighed and did not apply for "dprk.luxury.supply"

  Scenario: Before 2321 the Committee exemption route did not exist
    Given the event:
      """
      id: gifts-2015
      type: transfer
      date: 2015-06-01
      origin: CN
      destination: KP
      items: [{category: luxury_goods}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2015-05-20}
      """
    When the events are checked
    Then there is a violation of "dprk.luxury.supply"
    And the exemption "dprk.luxury.supply.committee_exemption" was weighed and did not apply for "dprk.luxury.supply" because "not available on 2015-06-01"

  # --- classification and look-alikes ----------------------------------------------------------

  Scenario: An item with only an HS code for precious-metal watches is a luxury good
    Given the event:
      """
      {id: watches-hs, type: transfer, date: 2019-03-01, origin: CH, destination: KP,
       items: [{hs_code: "9101.11"}]}
      """
    When the events are checked
    Then there is a violation of "dprk.luxury.supply"
    And the explanation of "dprk.luxury.supply" mentions "classified through HS 910111"

  Scenario: A car with only an HS code may or may not be a luxury car: review
    Given the event:
      """
      {id: car-hs, type: transfer, date: 2019-03-01, origin: DE, destination: KP,
       items: [{hs_code: "8703.23"}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.luxury.supply"
    And the review finding for "dprk.luxury.supply" names "8703" as missing

  Scenario: An item going to the DPRK with only a description needs review
    Given the event:
      """
      {id: parcel, type: transfer, date: 2019-03-01, origin: CN, destination: KP,
       items: [{description: gift boxes}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.luxury.supply"
    And the review finding for "dprk.luxury.supply" names "items[0]" as missing

  Scenario: The same luxury cars sold in China are no DPRK matter
    Given the event:
      """
      {id: cars-cn, type: transfer, date: 2018-06-01, origin: GB, destination: CN,
       items: [{category: luxury_cars}]}
      """
    When the events are checked
    Then there is no finding for "dprk.luxury.supply"
    And there are no findings

  Scenario: Medical supplies to the DPRK are not luxury goods
    Given the event:
      """
      {id: medical, type: transfer, date: 2019-09-23, destination: KP,
       items: [{category: medical_supplies, description: tuberculosis diagnostics}]}
      """
    When the events are checked
    Then there are no findings
