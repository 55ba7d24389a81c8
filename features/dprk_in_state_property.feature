@dprk @in_state
Feature: DPRK real property used for other than diplomatic or consular activities (dprk.diplomatic.property)
  2321 OP18, from 2016-11-30: the DPRK (a party of kind state, country KP, as owner or lessee)
  may not use real property in a Member State for anything but diplomatic or consular
  activities. Judged on end_date: a use that began earlier and went on after 2016-11-30 is
  caught. The event's declared purposes decide: only "diplomatic" keeps it out.
  No Committee exemption is encoded (see rules/dprk/in_state.yaml).

  Scenario: The embassy compound in Berlin let to a hostel operator breaches 2321 OP18
    Given the event:
      """
      id: berlin-city-hostel
      type: property_use
      date: 2016-01-01
      end_date: 2020-01-31
      description: part of the DPRK embassy compound let to the operator of the City Hostel Berlin
      location: {country: DE, area: Berlin}
      amount: {value: 38000, currency: EUR}
      parties:
        - {role: owner, kind: state, name: Embassy of the DPRK in Berlin, country: KP}
        - {role: lessee, kind: entity, name: hostel operating company, country: DE}
      """
    When the events are checked
    Then there is a violation of "dprk.diplomatic.property"
    And the finding for "dprk.diplomatic.property" cites resolution 2321 paragraph "18" marked "verified"

  Scenario: A letting that ended on 2016-11-29, the day before 2321, is no finding
    Given the event:
      """
      id: letting-ended-eve
      type: property_use
      date: 2014-01-01
      end_date: 2016-11-29
      location: {country: DE}
      parties:
        - {role: owner, kind: state, country: KP}
        - {role: lessee, kind: entity, country: DE}
      """
    When the events are checked
    Then there is no finding for "dprk.diplomatic.property"

  Scenario: A letting that ran until 2016-11-30 is caught
    Given the event:
      """
      id: letting-ended-adoption-day
      type: property_use
      date: 2014-01-01
      end_date: 2016-11-30
      location: {country: DE}
      parties:
        - {role: owner, kind: state, country: KP}
        - {role: lessee, kind: entity, country: DE}
      """
    When the events are checked
    Then there is a violation of "dprk.diplomatic.property"

  Scenario: Premises the DPRK leases and uses as a trading office
    Given the event:
      """
      id: leased-trading-office
      type: property_use
      date: 2017-06-01
      end_date: 2018-06-01
      location: {country: BG, area: Sofia}
      purposes: [livelihood]
      parties:
        - {role: owner, kind: entity, name: landlord, country: BG}
        - {role: lessee, kind: state, name: DPRK embassy, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.diplomatic.property"

  Scenario: Part of the premises let as private flats beside the mission is not only diplomatic
    Given the event:
      """
      id: mixed-use
      type: property_use
      date: 2017-06-01
      end_date: 2019-06-01
      location: {country: PL}
      purposes: [diplomatic, personal_use]
      parties:
        - {role: owner, kind: state, country: KP}
        - {role: lessee, kind: individual, country: PL}
      """
    When the events are checked
    Then there is a violation of "dprk.diplomatic.property"

  Scenario: Embassy premises used for the mission's own diplomatic work
    Given the event:
      """
      id: diplomatic-use
      type: property_use
      date: 2017-06-01
      end_date: 2019-06-01
      location: {country: DE}
      purposes: [diplomatic]
      parties:
        - {role: owner, kind: state, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.diplomatic.property"

  Scenario: Another State letting its embassy grounds is no DPRK matter
    Given the event:
      """
      id: other-state-letting
      type: property_use
      date: 2017-06-01
      end_date: 2019-06-01
      location: {country: DE}
      parties:
        - {role: owner, kind: state, country: CU}
        - {role: lessee, kind: entity, country: DE}
      """
    When the events are checked
    Then there are no findings

  Scenario: A DPRK trading company's own building is not property of the DPRK State
    Given the event:
      """
      id: company-building
      type: property_use
      date: 2017-06-01
      end_date: 2019-06-01
      location: {country: DE}
      parties:
        - {role: owner, kind: entity, country: KP}
        - {role: lessee, kind: entity, country: DE}
      """
    When the events are checked
    Then there is no finding for "dprk.diplomatic.property"

  Scenario: State property in the DPRK itself is outside the Member States' duty
    Given the event:
      """
      id: property-in-kp
      type: property_use
      date: 2017-06-01
      end_date: 2019-06-01
      location: {country: KP, area: Pyongyang}
      parties:
        - {role: owner, kind: state, country: KP}
        - {role: lessee, kind: entity, country: CN}
      """
    When the events are checked
    Then there is no finding for "dprk.diplomatic.property"

  Scenario: Premises the DPRK uses itself, with no purpose declared, are a review naming the field
    Given the event:
      """
      id: dprk-own-use-no-purpose
      type: property_use
      date: 2018-01-01
      end_date: 2018-12-31
      location: {country: DE}
      parties:
        - {role: owner, kind: state, country: KP}
        - {role: lessee, kind: state, country: KP}
      """
    When the events are checked
    Then there is a review finding for "dprk.diplomatic.property"
    And the review finding for "dprk.diplomatic.property" names "purposes is not given" as missing
