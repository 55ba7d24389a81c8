@dprk @supplies
Feature: Supply of condensates and natural gas liquids to the DPRK (dprk.condensates.supply)
  No State may supply condensates or natural gas liquids to the DPRK:
    2017-09-11  2375 OP13  [U] number; content [V-c]
  The paragraph has no exception; the general Committee route (2321 OP46) applies.
  Crude oil is capped in aggregate (2397 OP4, 2375 OP15): a total across events, not judged here.

  Scenario: Natural gas condensates to the DPRK in October 2017 breach 2375 OP13
    Given the event:
      """
      {id: condensate-2017, type: transfer, date: 2017-10-15, origin: RU, destination: KP,
       items: [{category: condensates, quantity: 3000, unit: t}]}
      """
    When the events are checked
    Then there is a violation of "dprk.condensates.supply"
    And the finding for "dprk.condensates.supply" cites resolution 2375 paragraph "13" marked "unconfirmed"

  Scenario: Propane declared by its HS code is a natural gas liquid
    Given the event:
      """
      {id: propane-2018, type: transfer, date: 2018-02-01, origin: CN, destination: KP,
       items: [{hs_code: "2711.12", quantity: 400, unit: t}]}
      """
    When the events are checked
    Then there is a violation of "dprk.condensates.supply"

  Scenario: The day before 2375 was adopted, condensates to the DPRK are no finding
    Given the event:
      """
      {id: condensate-eve, type: transfer, date: 2017-09-10, origin: RU, destination: KP,
       items: [{category: condensates}]}
      """
    When the events are checked
    Then there is no finding for "dprk.condensates.supply"

  Scenario: On the day 2375 was adopted the ban applies
    Given the event:
      """
      {id: condensate-adoption-day, type: transfer, date: 2017-09-11, origin: RU, destination: KP,
       items: [{category: natural_gas_liquids}]}
      """
    When the events are checked
    Then there is a violation of "dprk.condensates.supply"

  Scenario: Natural gas liquids transferred at sea into a DPRK-flagged tanker
    Given the event:
      """
      id: ngl-sts
      type: ship_to_ship_transfer
      date: 2018-05-19
      location: {area: East China Sea}
      vessels:
        - {name: MIN NING DE YOU 078, role: delivering, flag: BZ}
        - {name: JI SONG 6, role: receiving, flag: KP}
      items: [{category: natural_gas_liquids}]
      """
    When the events are checked
    Then there is a violation of "dprk.condensates.supply"

  Scenario: Oil declared only as HS 2709 may be condensate or crude: review
    Given the event:
      """
      {id: hs2709, type: transfer, date: 2018-02-01, origin: RU, destination: KP,
       items: [{hs_code: "2709.00"}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.condensates.supply"
    And the review finding for "dprk.condensates.supply" names "HS 270900 only possibly makes it condensates" as missing

  Scenario: Condensates under a 1718 Committee exemption valid on the day
    Given the event:
      """
      id: condensate-exempted
      type: transfer
      date: 2018-02-01
      origin: RU
      destination: KP
      items: [{category: condensates}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-01-15, valid_until: 2018-07-15}
      """
    When the events are checked
    Then "dprk.condensates.supply" is lifted by exemption "dprk.condensates.supply.committee_exemption"

  Scenario: A licence of the exporting State is not a Committee exemption
    Given the event:
      """
      id: condensate-licence
      type: transfer
      date: 2018-02-01
      origin: RU
      destination: KP
      items: [{category: condensates}]
      authorizations:
        - {type: licence, issued_by: Russian Federation, date: 2018-01-15}
      """
    When the events are checked
    Then there is a violation of "dprk.condensates.supply"
    And the exemption "dprk.condensates.supply.committee_exemption" was weighed and did not apply for "dprk.condensates.supply"

  Scenario: Crude oil is capped in aggregate, not judged shipment by shipment
    Given the event:
      """
      {id: crude-pipeline, type: transfer, date: 2018-03-01, origin: CN, destination: KP,
       location: {country: CN, area: Dandong-Sinuiju pipeline},
       items: [{category: crude_oil, quantity: 40000, unit: t}]}
      """
    When the events are checked
    Then there are no findings

  Scenario: Liquefied natural gas is natural gas, not a natural gas liquid
    Given the event:
      """
      {id: lng, type: transfer, date: 2018-02-01, origin: RU, destination: KP,
       items: [{hs_code: "2711.11"}]}
      """
    When the events are checked
    Then there is no finding for "dprk.condensates.supply"

  Scenario: Condensates to Japan are no DPRK matter
    Given the event:
      """
      {id: condensate-jp, type: transfer, date: 2018-02-01, origin: QA, destination: JP,
       items: [{category: condensates}]}
      """
    When the events are checked
    Then there are no findings
