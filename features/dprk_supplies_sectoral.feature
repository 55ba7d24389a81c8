@dprk @supplies
Feature: Supply to the DPRK of industrial machinery, transportation vehicles and metals (dprk.sectoral.supply)
  No State may supply to the DPRK industrial machinery (HS 84, 85), transportation vehicles
  (HS 86-89) or iron, steel and other metals (HS 72-83):
    2017-12-22  2397 OP7  [U] number; content [V-c]
  Exemptions:
    civil_aircraft_spare_parts  spare parts (category aircraft_spare_parts) for the DPRK's civilian
                                passenger aircraft in use (event purpose civil_aviation_flight)
    committee_exemption         the Committee's case-by-case approval (2397 OP7; 2321 OP46)

  Scenario: Excavators to the DPRK in 2018 breach 2397 OP7
    Given the event:
      """
      {id: excavators, type: transfer, date: 2018-03-01, origin: CN, destination: KP,
       items: [{hs_code: "8429.52", description: excavators, quantity: 12, unit: each}]}
      """
    When the events are checked
    Then there is a violation of "dprk.sectoral.supply"
    And the finding for "dprk.sectoral.supply" cites resolution 2397 paragraph "7" marked "unconfirmed"

  Scenario: The day before 2397 was adopted, machinery to the DPRK is no finding
    Given the event:
      """
      {id: excavators-eve, type: transfer, date: 2017-12-21, origin: CN, destination: KP,
       items: [{hs_code: "8429.52"}]}
      """
    When the events are checked
    Then there is no finding for "dprk.sectoral.supply"

  Scenario: On the day 2397 was adopted the ban applies
    Given the event:
      """
      {id: excavators-day, type: transfer, date: 2017-12-22, origin: CN, destination: KP,
       items: [{category: industrial_machinery}]}
      """
    When the events are checked
    Then there is a violation of "dprk.sectoral.supply"

  Scenario: Hot-rolled steel sold to a DPRK buyer
    Given the event:
      """
      id: steel-coil
      type: transfer
      date: 2018-07-01
      origin: CN
      parties: [{role: buyer, kind: entity, name: Pyongyang trading company, country: KP}]
      items: [{hs_code: "7208.39", quantity: 500, unit: t}]
      """
    When the events are checked
    Then there is a violation of "dprk.sectoral.supply"

  Scenario: Trucks are transportation vehicles
    Given the event:
      """
      {id: trucks, type: transfer, date: 2019-02-01, origin: RU, destination: KP,
       items: [{hs_code: "8704.22", quantity: 30, unit: each}]}
      """
    When the events are checked
    Then there is a violation of "dprk.sectoral.supply"

  Scenario: A limousine declared only as a luxury car is an HS 87 vehicle too
    Given the event:
      """
      {id: limousine, type: transfer, date: 2019-02-01, origin: BY, destination: KP,
       items: [{category: luxury_cars, description: armoured limousine}]}
      """
    When the events are checked
    Then there is a violation of "dprk.sectoral.supply"
    And there is a violation of "dprk.luxury.supply"

  Scenario: Copper wire declared by its export-ban category is a metal for the supply ban
    Given the event:
      """
      {id: copper-wire, type: transfer, date: 2018-07-01, origin: CN, destination: KP,
       items: [{category: copper, description: copper wire}]}
      """
    When the events are checked
    Then there is a violation of "dprk.sectoral.supply"

  Scenario: Consumer electronics of no finer kind: review
    Given the event:
      """
      {id: electronics, type: transfer, date: 2018-07-01, origin: CN, destination: KP,
       items: [{category: electronics, description: mobile phones}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.sectoral.supply"
    And the review finding for "dprk.sectoral.supply" names "too coarse" as missing

  # --- civil aircraft spare parts ------------------------------------------------------------------

  Scenario: Spare parts for Air Koryo's passenger aircraft are excepted
    Given the event:
      """
      id: tu204-parts
      type: transfer
      date: 2018-09-01
      origin: RU
      destination: KP
      purposes: [civil_aviation_flight]
      parties: [{role: recipient, kind: entity, name: Air Koryo, country: KP}]
      items: [{category: aircraft_spare_parts, hs_code: "8803.30", description: Tu-204 landing-gear parts}]
      """
    When the events are checked
    Then "dprk.sectoral.supply" is lifted by exemption "dprk.sectoral.supply.civil_aircraft_spare_parts"

  Scenario: Aircraft parts with no civil-aviation purpose declared
    Given the event:
      """
      {id: parts-no-purpose, type: transfer, date: 2018-09-01, origin: RU, destination: KP,
       items: [{hs_code: "8803.30"}]}
      """
    When the events are checked
    Then there is a violation of "dprk.sectoral.supply"
    And the exemption "dprk.sectoral.supply.civil_aircraft_spare_parts" was weighed and did not apply for "dprk.sectoral.supply"

  Scenario: A civil-aviation purpose does not make airport buses spare parts
    Given the event:
      """
      {id: airport-buses, type: transfer, date: 2018-09-01, origin: CN, destination: KP,
       purposes: [civil_aviation_flight], items: [{hs_code: "8702.10"}]}
      """
    When the events are checked
    Then there is a violation of "dprk.sectoral.supply"
    And the exemption "dprk.sectoral.supply.civil_aircraft_spare_parts" was weighed and did not apply for "dprk.sectoral.supply"

  # --- the Committee's approval ------------------------------------------------------------------

  Scenario: Greenhouse steel frames under a 1718 Committee exemption (2020)
    Given the event:
      """
      id: greenhouses
      type: transfer
      date: 2020-10-01
      origin: KR
      destination: KP
      items: [{hs_code: "7308.90", description: agricultural greenhouse frames}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2020-08-05, valid_until: 2021-02-04,
           covers: agricultural greenhouses}
      """
    When the events are checked
    Then "dprk.sectoral.supply" is lifted by exemption "dprk.sectoral.supply.committee_exemption"

  Scenario: Thermal cameras delivered after the exemption lapsed
    Given the event:
      """
      id: thermal-cameras-late
      type: transfer
      date: 2021-03-01
      origin: KR
      destination: KP
      items: [{hs_code: "8525.80", description: thermal imaging cameras, quantity: 20, unit: each}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2020-07-21, valid_until: 2021-01-21}
      """
    When the events are checked
    Then there is a violation of "dprk.sectoral.supply"
    And the exemption "dprk.sectoral.supply.committee_exemption" was weighed and did not apply for "dprk.sectoral.supply"

  # --- look-alikes -----------------------------------------------------------------------------------

  Scenario: Machinery to China is no DPRK matter
    Given the event:
      """
      {id: excavators-cn, type: transfer, date: 2018-03-01, origin: JP, destination: CN,
       items: [{hs_code: "8429.52"}]}
      """
    When the events are checked
    Then there is no finding for "dprk.sectoral.supply"

  Scenario: Rice to the DPRK is outside HS 72-89
    Given the event:
      """
      {id: rice, type: transfer, date: 2018-03-01, origin: CN, destination: KP,
       items: [{hs_code: "1006.30"}]}
      """
    When the events are checked
    Then there is no finding for "dprk.sectoral.supply"

  Scenario: Gold bars are precious metal (HS 71), not a base metal
    Given the event:
      """
      {id: gold-bars, type: transfer, date: 2018-03-01, origin: CN, destination: KP,
       items: [{hs_code: "7108.13"}]}
      """
    When the events are checked
    Then there is no finding for "dprk.sectoral.supply"
