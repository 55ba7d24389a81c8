@dprk @exports
Feature: Procurement of seafood from the DPRK (dprk.seafood.export)
  2371 OP9 (verified), from 2017-08-05: seafood -- fish, crustaceans, molluscs and other aquatic
  invertebrates in all forms -- may not be procured from the DPRK, whether or not it originates
  there. 2397 OP6 later clarified that the same paragraph prohibits selling fishing rights
  (dprk.fishing_rights); it did not change the goods. Seaweed (HS 1212.21) is not seafood: from
  2017-12-22 it is caught as HS 12 by 2397 OP6 (dprk.sectoral.export).
  Exemptions:
    wind_down            2017-08-05..2017-09-04  a written contract concluded before 2017-08-05,
                                                 notified to the Committee by 2017-09-19
                                                 (the wind-down clause is unconfirmed)
    committee_exemption  from 2016-11-30          a 1718 Committee exemption valid on the day

  Scenario: Frozen crab from the DPRK on the day 2371 was adopted breaches 2371 OP9
    Given the event:
      """
      {id: crab-day, type: transfer, date: 2017-08-05, origin: KP, destination: CN,
       items: [{category: seafood, description: frozen crab, quantity: 20, unit: t}]}
      """
    When the events are checked
    Then there is a violation of "dprk.seafood.export"
    And the finding for "dprk.seafood.export" cites resolution 2371 paragraph "9" marked "verified"

  Scenario: The day before 2371 was adopted, DPRK seafood is no finding
    Given the event:
      """
      {id: crab-eve, type: transfer, date: 2017-08-04, origin: KP, destination: CN,
       items: [{category: seafood}]}
      """
    When the events are checked
    Then there is no finding for "dprk.seafood.export"

  Scenario: From 2017-12-22 seafood is still judged under 2371 OP9 alone
    Given the event:
      """
      {id: clams-2397, type: transfer, date: 2017-12-22, origin: KP, destination: CN,
       items: [{category: seafood, description: clams}]}
      """
    When the events are checked
    Then there is a violation of "dprk.seafood.export"
    And the finding for "dprk.seafood.export" cites resolution 2371 paragraph "9"
    And the finding for "dprk.seafood.export" does not cite resolution 2397
    And there is no finding for "dprk.sectoral.export"

  Scenario: Russian pollock loaded in a DPRK port is caught whether or not it originates there
    Given the event:
      """
      {id: pollock-via-kp, type: transfer, date: 2018-03-01, origin: KP, destination: CN,
       location: {country: KP, port: Rajin},
       items: [{category: seafood, origin: RU, description: frozen Alaska pollock}]}
      """
    When the events are checked
    Then there is a violation of "dprk.seafood.export"

  Scenario: Seafood sold by a DPRK company, no origin recorded
    Given the event:
      """
      id: squid-seller
      type: transfer
      date: 2018-09-01
      destination: CN
      parties: [{role: seller, kind: entity, name: Korea Marine Products Trading, country: KP}]
      items: [{category: seafood, description: dried squid}]
      """
    When the events are checked
    Then there is a violation of "dprk.seafood.export"

  # --- HS codes: "in all forms", and the seaweed boundary ------------------------------------------

  Scenario: Items with only HS codes for fresh fish and prepared molluscs
    Given the events:
      """
      - {id: hs-0302, type: transfer, date: 2018-02-01, origin: KP, destination: CN,
         items: [{hs_code: "0302"}]}
      - {id: hs-1605, type: transfer, date: 2018-02-01, origin: KP, destination: CN,
         items: [{hs_code: "1605.59"}]}
      """
    When the events are checked
    Then there is a violation of "dprk.seafood.export" for event "hs-0302"
    And the explanation of "dprk.seafood.export" for event "hs-0302" mentions "classified through HS 03"
    And there is a violation of "dprk.seafood.export" for event "hs-1605"

  Scenario: Seaweed is not seafood; from 2017-12-22 it is HS 12 under 2397 OP6
    Given the event:
      """
      {id: seaweed-2018, type: transfer, date: 2018-02-01, origin: KP, destination: CN,
       items: [{hs_code: "1212.21", description: dried kelp}]}
      """
    When the events are checked
    Then there is no finding for "dprk.seafood.export"
    And there is a violation of "dprk.sectoral.export"

  Scenario: Seaweed before 2397 was caught by no export ban
    Given the event:
      """
      {id: seaweed-2017, type: transfer, date: 2017-09-01, origin: KP, destination: CN,
       items: [{hs_code: "1212.21"}]}
      """
    When the events are checked
    Then there are no findings

  Scenario: Fish meal unfit for food is only possibly seafood: review
    Given the event:
      """
      {id: fish-meal, type: transfer, date: 2018-02-01, origin: KP, destination: CN,
       items: [{hs_code: "2301.20"}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.seafood.export"
    And the review finding for "dprk.seafood.export" names "HS 230120 only possibly makes it seafood" as missing

  Scenario: "Food" of no finer kind from the DPRK may be seafood: review
    Given the event:
      """
      {id: food-2018, type: transfer, date: 2018-02-01, origin: KP, destination: CN,
       items: [{category: food, description: frozen foodstuffs}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.seafood.export"
    And the review finding for "dprk.seafood.export" names "category food is too coarse" as missing

  # --- look-alikes ---------------------------------------------------------------------------------

  Scenario: Russian pollock sold in Yanji under a "North Korean seafood" sign (V-27)
    Given the event:
      """
      id: v27-yanji
      type: transfer
      date: 2023-06-01
      origin: RU
      destination: CN
      parties: [{role: seller, kind: entity, name: North Korean Seafood Wholesale, country: CN}]
      items: [{category: seafood, origin: RU, description: dried Alaska pollock labelled DPRK origin}]
      source: {title: "PoE report as summarised by the press, Oct 2023", reference: dprk_cases V-27}
      """
    When the events are checked
    Then there is no finding for "dprk.seafood.export"

  Scenario: Seafood supplied to the DPRK is not covered by the export ban
    Given the event:
      """
      {id: fish-to-kp, type: transfer, date: 2018-02-01, origin: CN, destination: KP,
       items: [{category: seafood}]}
      """
    When the events are checked
    Then there is no finding for "dprk.seafood.export"

  # --- wind-down (2017-08-05..2017-09-04, notification by 2017-09-19) ------------------------------

  Scenario: Last day of the wind-down, prior contract notified in time
    Given the event:
      """
      id: seafood-wind-down-last
      type: transfer
      date: 2017-09-04
      origin: KP
      destination: CN
      contract_date: 2017-06-30
      items: [{category: seafood}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-09-15}
      """
    When the events are checked
    Then "dprk.seafood.export" is lifted by exemption "dprk.seafood.export.wind_down"
    And the exempted findings include:
      """
      - rule_id: dprk.seafood.export
        citations: [{resolution: 2371, paragraph: "9", status: verified}]
      """

  Scenario: First day after the wind-down, the same contract no longer helps
    Given the event:
      """
      id: seafood-wind-down-after
      type: transfer
      date: 2017-09-05
      origin: KP
      destination: CN
      contract_date: 2017-06-30
      items: [{category: seafood}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-09-15}
      """
    When the events are checked
    Then there is a violation of "dprk.seafood.export"
    And the exemption "dprk.seafood.export.wind_down" was weighed and did not apply for "dprk.seafood.export" because "not available on 2017-09-05"

  Scenario: A contract signed on the day of adoption is not a prior contract
    Given the event:
      """
      id: seafood-contract-day
      type: transfer
      date: 2017-08-20
      origin: KP
      destination: CN
      contract_date: 2017-08-05
      items: [{category: seafood}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-08-25}
      """
    When the events are checked
    Then there is a violation of "dprk.seafood.export"
    And the exemption "dprk.seafood.export.wind_down" was weighed and did not apply for "dprk.seafood.export"

  Scenario: Notification on the 46th day is too late
    Given the event:
      """
      id: seafood-notice-late
      type: transfer
      date: 2017-08-20
      origin: KP
      destination: CN
      contract_date: 2017-06-30
      items: [{category: seafood}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-09-20}
      """
    When the events are checked
    Then there is a violation of "dprk.seafood.export"
    And the exemption "dprk.seafood.export.wind_down" was weighed and did not apply for "dprk.seafood.export"

  Scenario: A notice filed with a national customs office is not a notification to the Committee
    Given the event:
      """
      id: seafood-notice-customs
      type: transfer
      date: 2017-08-20
      origin: KP
      destination: CN
      contract_date: 2017-06-30
      items: [{category: seafood}]
      authorizations:
        - {type: notification, issued_by: importer, addressed_to: Dandong customs office, date: 2017-08-10}
      """
    When the events are checked
    Then there is a violation of "dprk.seafood.export"
    And the exemption "dprk.seafood.export.wind_down" was weighed and did not apply for "dprk.seafood.export"

  # --- 1718 Committee exemption --------------------------------------------------------------------

  Scenario: Seafood under a 1718 Committee exemption valid on the day
    Given the event:
      """
      id: seafood-committee
      type: transfer
      date: 2019-01-15
      origin: KP
      destination: CN
      items: [{category: seafood}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2019-01-01, valid_until: 2019-06-30}
      """
    When the events are checked
    Then "dprk.seafood.export" is lifted by exemption "dprk.seafood.export.committee_exemption"

  Scenario: A Committee exemption that lapsed before the shipment
    Given the event:
      """
      id: seafood-committee-lapsed
      type: transfer
      date: 2019-07-01
      origin: KP
      destination: CN
      items: [{category: seafood}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2019-01-01, valid_until: 2019-06-30}
      """
    When the events are checked
    Then there is a violation of "dprk.seafood.export"
    And the exemption "dprk.seafood.export.committee_exemption" was weighed and did not apply for "dprk.seafood.export"
