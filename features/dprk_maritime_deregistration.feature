@dprk @maritime
Feature: De-registering vessels owned or operated by the DPRK (dprk.maritime.deregistration)
  2321 OP24 (number unconfirmed), from 2016-11-30: States de-register any vessel owned,
  controlled or operated by the DPRK. An event carries the breach when it shows a vessel flying a
  flag other than the DPRK's with a DPRK owner or operator: its flag State keeps it registered.
  Not encoded: the second limb (do not register a vessel another State de-registered) and 2375
  OP9 / 2397 (vessels that refused inspection or took part in prohibited activities) need the
  vessel's history, i.e. linked events.
  Exemption:
    committee_exemption  from 2016-11-30  a case-by-case 1718 Committee exemption valid on the day

  Scenario: A vessel owned by a DPRK company stays on the Sierra Leone registry
    Given the event:
      """
      id: still-registered
      type: vessel_registration
      date: 2017-06-01
      location: {country: SL}
      vessels: [{name: HAO FAN 2, imo: "8000006", flag: SL}]
      parties:
        - {role: owner, kind: entity, name: Korea Hao Fan Shipping, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.deregistration"
    And the finding for "dprk.maritime.deregistration" cites resolution 2321 paragraph "24" marked "unconfirmed"

  Scenario: The day before 2321 was adopted there was no de-registration duty
    Given the event:
      """
      id: still-registered-eve
      type: vessel_registration
      date: 2016-11-29
      vessels: [{name: HAO FAN 2, flag: SL}]
      parties:
        - {role: owner, kind: entity, name: Korea Hao Fan Shipping, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.deregistration"

  Scenario: A Togo-flagged vessel operated by a DPRK company
    Given the event:
      """
      id: operated-by-kp
      type: vessel_registration
      date: 2018-02-01
      vessels: [{name: KATRIN, flag: TG}]
      parties:
        - {role: operator, kind: entity, name: Korea Katrin Management, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.deregistration"

  Scenario: A DPRK-owned vessel on the DPRK's own registry is not another State's duty
    Given the event:
      """
      id: kp-registry
      type: vessel_registration
      date: 2018-02-01
      vessels: [{name: TAE SONG, flag: KP}]
      parties:
        - {role: owner, kind: entity, name: Korea Tae Song Shipping, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.deregistration"

  Scenario: A Sierra Leone vessel owned by a Chinese company
    Given the event:
      """
      id: cn-owned
      type: vessel_registration
      date: 2018-02-01
      vessels: [{name: HARMONY, flag: SL}]
      parties:
        - {role: owner, kind: entity, name: Harmony Shipping, country: CN}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.deregistration"

  Scenario: Without the vessel's flag the event does not show which registry keeps it
    Given the event:
      """
      id: no-flag
      type: vessel_registration
      date: 2018-02-01
      vessels: [{name: UNKNOWN FLAG}]
      parties:
        - {role: owner, kind: entity, name: Korea Hao Fan Shipping, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.deregistration"

  Scenario: Registration kept under a 1718 Committee exemption
    Given the event:
      """
      id: dereg-exempted
      type: vessel_registration
      date: 2018-02-01
      vessels: [{name: HAO FAN 2, flag: SL}]
      parties:
        - {role: owner, kind: entity, name: Korea Hao Fan Shipping, country: KP}
      authorizations:
        - {type: committee_exemption, issued_by: Security Council 1718 Committee, date: 2018-01-15}
      """
    When the events are checked
    Then "dprk.maritime.deregistration" is lifted by exemption "dprk.maritime.deregistration.committee_exemption"

  Scenario: A flag State's own decision is not a Committee exemption
    Given the event:
      """
      id: dereg-flag-state
      type: vessel_registration
      date: 2018-02-01
      vessels: [{name: HAO FAN 2, flag: SL}]
      parties:
        - {role: owner, kind: entity, name: Korea Hao Fan Shipping, country: KP}
      authorizations:
        - {type: licence, issued_by: Sierra Leone Maritime Administration, date: 2018-01-15}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.deregistration"
    And the exemption "dprk.maritime.deregistration.committee_exemption" was weighed and did not apply for "dprk.maritime.deregistration"
