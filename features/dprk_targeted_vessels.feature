@dprk @maritime @targeted
Feature: Services to vessels the 1718 Committee designated
  dprk.maritime.designated_vessel_registration - 2321 OP12 (verified), from 2016-11-30: the
  Committee may require, per designated vessel, de-flagging, redirection to a port, a port-entry
  ban and an asset freeze. A registration, flagging, lease, ownership or insurance of a vessel the
  engine finds on the designated-vessel list (fixtures/lists/dprk_vessels.yaml, partial), designated
  on or before the day, is a review: which measures the Committee attached to that vessel is a
  column of its list that the shipped file does not record (the 5 October 2017 designations, for
  example, were a port-entry ban only). The port-entry ban itself is dprk.maritime.port_entry_ban
  (features/dprk_maritime_port_entry.feature).

  Scenario: A flag registry registers UL JI BONG 6 after its designation
    Given the event:
      """
      id: ujb6-registration
      type: vessel_registration
      date: 2018-03-01
      location: {country: SL}
      vessels: [{name: UL JI BONG 6, imo: "9114555", flag: SL}]
      parties:
        - {role: owner, kind: entity, name: Bright Star Shipping Ltd, country: HK}
      """
    When the events are checked
    Then there is a review finding for "dprk.maritime.designated_vessel_registration"
    And the finding for "dprk.maritime.designated_vessel_registration" cites resolution 2321 paragraph "12" marked "verified"
    And the review finding for "dprk.maritime.designated_vessel_registration" names "which measures the 1718 Committee attached" as missing

  Scenario: Insuring YUK TUNG the day before its designation (30 March 2018) is no finding
    Given the event:
      """
      id: yuk-tung-insured-eve
      type: vessel_registration
      date: 2018-03-29
      vessels: [{name: YUK TUNG, imo: "9030591", flag: DM}]
      parties:
        - {role: insurer, kind: entity, name: Pacific Marine Mutual, country: SG}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.designated_vessel_registration"
    And the screening of event "yuk-tung-insured-eve" notes "IMO9030591" as "designated_later"

  Scenario: Registering a vessel that is not designated is no finding
    Given the event:
      """
      id: ordinary-registration
      type: vessel_registration
      date: 2018-03-01
      location: {country: PA}
      vessels: [{name: OCEAN PIONEER, imo: "9074729", flag: PA}]
      parties:
        - {role: owner, kind: entity, name: Bright Star Shipping Ltd, country: HK}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.designated_vessel_registration"
