@dprk @supplies
Feature: Supply of aviation fuel to the DPRK (dprk.aviation.fuel)
  No State may supply aviation gasoline, naphtha-type or kerosene-type jet fuel or kerosene-type
  rocket fuel to the DPRK:
    2016-03-02  2270 OP31  [V]
  Exemptions:
    civil_flight        fuel sold OUTSIDE the DPRK to a civilian passenger aircraft exclusively for
                        its flight to the DPRK and back (event purpose civil_aviation_flight and a
                        location outside the DPRK); rocket fuel never qualifies
    committee_approval  the measure's own Committee route: advance approval for verified essential
                        humanitarian needs, valid on the day
  Jet fuel is also a refined petroleum product: from 2017-09-11 the same delivery must meet
  dprk.refined_petroleum.supply as well (the carve-out is in 2270 OP31 only).

  # --- the breach, and the day it began --------------------------------------------------------

  Scenario: Jet fuel shipped to the DPRK in June 2016 breaches 2270 OP31
    Given the event:
      """
      {id: jet-2016, type: transfer, date: 2016-06-01, origin: CN, destination: KP,
       items: [{category: aviation_fuel, description: Jet A-1, quantity: 500, unit: t}]}
      """
    When the events are checked
    Then there is a violation of "dprk.aviation.fuel"
    And the finding for "dprk.aviation.fuel" cites resolution 2270 paragraph "31" marked "verified"

  Scenario: Kerosene-type rocket fuel sold to a DPRK buyer is aviation fuel for the ban
    Given the event:
      """
      id: rp1-2016
      type: transfer
      date: 2016-09-01
      origin: RU
      parties: [{role: buyer, kind: entity, name: DPRK state trading company, country: KP}]
      items: [{category: rocket_fuel, quantity: 20, unit: t}]
      """
    When the events are checked
    Then there is a violation of "dprk.aviation.fuel"

  Scenario: The day before 2270 was adopted, jet fuel to the DPRK is no finding
    Given the event:
      """
      {id: jet-eve, type: transfer, date: 2016-03-01, origin: CN, destination: KP,
       items: [{category: aviation_fuel}]}
      """
    When the events are checked
    Then there is no finding for "dprk.aviation.fuel"

  Scenario: On the day 2270 was adopted the ban applies
    Given the event:
      """
      {id: jet-adoption-day, type: transfer, date: 2016-03-02, origin: CN, destination: KP,
       items: [{category: aviation_fuel}]}
      """
    When the events are checked
    Then there is a violation of "dprk.aviation.fuel"

  Scenario: Jet fuel pumped ship-to-ship into a DPRK-flagged tanker
    Given the event:
      """
      id: jet-sts
      type: ship_to_ship_transfer
      date: 2016-10-01
      location: {area: East China Sea}
      vessels:
        - {name: UNKNOWN TANKER, role: delivering, flag: TG}
        - {name: YU JONG 2, role: receiving, flag: KP}
      items: [{category: aviation_fuel}]
      """
    When the events are checked
    Then there is a violation of "dprk.aviation.fuel"

  Scenario: A fuel declared only as HS 2710.19 may be jet kerosene or diesel: review
    Given the event:
      """
      {id: kero-hs, type: transfer, date: 2016-06-01, origin: CN, destination: KP,
       items: [{hs_code: "2710.19"}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.aviation.fuel"
    And the review finding for "dprk.aviation.fuel" names "HS 271019 only possibly makes it aviation_fuel" as missing

  # --- the civil-flight carve-out ----------------------------------------------------------------

  Scenario: Air Koryo refuelled at Beijing for its flight to Pyongyang and back (2016)
    Given the event:
      """
      id: air-koryo-pek
      type: transfer
      date: 2016-04-10
      destination: KP
      location: {country: CN, port: Beijing Capital International Airport}
      purposes: [civil_aviation_flight]
      parties:
        - {role: supplier, kind: entity, name: China National Aviation Fuel, country: CN}
        - {role: recipient, kind: entity, name: Air Koryo, country: KP}
      items: [{category: aviation_fuel, quantity: 18, unit: t}]
      """
    When the events are checked
    Then "dprk.aviation.fuel" is lifted by exemption "dprk.aviation.fuel.civil_flight"

  Scenario: Fuel delivered at Pyongyang airport is not sold outside the DPRK
    Given the event:
      """
      id: fuel-at-fnj
      type: transfer
      date: 2016-04-10
      destination: KP
      location: {country: KP, port: Pyongyang Sunan International Airport}
      purposes: [civil_aviation_flight]
      parties: [{role: recipient, kind: entity, name: Air Koryo, country: KP}]
      items: [{category: aviation_fuel}]
      """
    When the events are checked
    Then there is a violation of "dprk.aviation.fuel"
    And the exemption "dprk.aviation.fuel.civil_flight" was weighed and did not apply for "dprk.aviation.fuel" because "location.country not equals KP, found KP"

  Scenario: A civil-flight purpose with no place of sale recorded does not show the fuel was sold abroad
    Given the event:
      """
      {id: fuel-nowhere, type: transfer, date: 2016-04-10, destination: KP,
       purposes: [civil_aviation_flight], items: [{category: aviation_fuel}]}
      """
    When the events are checked
    Then there is a violation of "dprk.aviation.fuel"
    And the exemption "dprk.aviation.fuel.civil_flight" was weighed and did not apply for "dprk.aviation.fuel"

  Scenario: Jet fuel sold abroad to a DPRK buyer with no civil-flight purpose declared
    Given the event:
      """
      id: fuel-bulk-abroad
      type: transfer
      date: 2016-04-10
      destination: KP
      location: {country: CN, port: Dandong}
      parties: [{role: buyer, kind: entity, name: Air Koryo, country: KP}]
      items: [{category: aviation_fuel, quantity: 2000, unit: t}]
      """
    When the events are checked
    Then there is a violation of "dprk.aviation.fuel"
    And the exemption "dprk.aviation.fuel.civil_flight" was weighed and did not apply for "dprk.aviation.fuel"

  Scenario: Rocket fuel is never fuel for a passenger flight
    Given the event:
      """
      {id: rp1-civil, type: transfer, date: 2016-04-10, destination: KP,
       location: {country: CN}, purposes: [civil_aviation_flight],
       items: [{category: rocket_fuel}]}
      """
    When the events are checked
    Then there is a violation of "dprk.aviation.fuel"
    And the exemption "dprk.aviation.fuel.civil_flight" was weighed and did not apply for "dprk.aviation.fuel"

  Scenario: From 2018 an uplift abroad is still a refined-petroleum supply to be notified
    Given the event:
      """
      id: air-koryo-2018
      type: transfer
      date: 2018-06-10
      destination: KP
      location: {country: RU, port: Vladivostok International Airport}
      purposes: [civil_aviation_flight]
      parties: [{role: recipient, kind: entity, name: Air Koryo, country: KP}]
      items: [{category: aviation_fuel, quantity: 15, unit: t}]
      """
    When the events are checked
    Then "dprk.aviation.fuel" is lifted by exemption "dprk.aviation.fuel.civil_flight"
    And there is a review finding for "dprk.refined_petroleum.supply"

  Scenario: The same uplift notified to the Committee raises nothing
    Given the event:
      """
      id: air-koryo-2018-notified
      type: transfer
      date: 2018-06-10
      destination: KP
      location: {country: RU, port: Vladivostok International Airport}
      purposes: [civil_aviation_flight]
      parties: [{role: recipient, kind: entity, name: Air Koryo, country: KP}]
      items: [{category: aviation_fuel, quantity: 15, unit: t}]
      authorizations:
        - {type: notification, issued_by: Russian Federation, addressed_to: 1718 Committee, date: 2018-07-05}
      """
    When the events are checked
    Then "dprk.aviation.fuel" is lifted by exemption "dprk.aviation.fuel.civil_flight"
    And "dprk.refined_petroleum.supply" is lifted by exemption "dprk.refined_petroleum.supply.notified"

  # --- the Committee's humanitarian approval -------------------------------------------------------

  Scenario: Fuel approved in advance by the 1718 Committee for humanitarian needs (2016)
    Given the event:
      """
      id: fuel-humanitarian
      type: transfer
      date: 2016-08-01
      origin: CN
      destination: KP
      items: [{category: aviation_fuel, quantity: 5, unit: t}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2016-07-20,
           covers: fuel for humanitarian flood-relief flights}
      """
    When the events are checked
    Then "dprk.aviation.fuel" is lifted by exemption "dprk.aviation.fuel.committee_approval"

  Scenario: An approval dated after the delivery is not an advance approval
    Given the event:
      """
      id: fuel-late-approval
      type: transfer
      date: 2016-08-01
      origin: CN
      destination: KP
      items: [{category: aviation_fuel}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2016-08-15}
      """
    When the events are checked
    Then there is a violation of "dprk.aviation.fuel"
    And the exemption "dprk.aviation.fuel.committee_approval" was weighed and did not apply for "dprk.aviation.fuel"

  # --- look-alikes ----------------------------------------------------------------------------------

  Scenario: Jet fuel to Japan is no DPRK matter
    Given the event:
      """
      {id: jet-jp, type: transfer, date: 2018-06-01, origin: KR, destination: JP,
       items: [{category: aviation_fuel}]}
      """
    When the events are checked
    Then there are no findings

  Scenario: Diesel declared as such is not aviation fuel
    Given the event:
      """
      {id: diesel-2016, type: transfer, date: 2016-06-01, origin: CN, destination: KP,
       items: [{category: refined_petroleum, description: diesel}]}
      """
    When the events are checked
    Then there is no finding for "dprk.aviation.fuel"
