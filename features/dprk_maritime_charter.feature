@dprk @maritime
Feature: Chartering DPRK-flagged vessels (dprk.maritime.charter_dprk_flagged)
  2371 OP7 (number unconfirmed; content from the un.org description of 2371), from 2017-08-05:
  no State's nationals may charter a DPRK-flagged vessel (a vessel flying the DPRK flag, or a
  DPRK-registered vessel party, with a lessee). Leasing a DPRK-flagged vessel was already caught
  from 2016-03-02 by dprk.maritime.flag_services (2270 OP20), so such an event has both findings.
  Exemption:
    committee_exemption  from 2016-11-30  a 1718 Committee exemption valid on the day

  Scenario: A Chinese trader charters a DPRK-flagged bulk carrier in 2018
    Given the event:
      """
      id: charter-2018
      type: vessel_registration
      date: 2018-03-15
      vessels: [{name: TAE SONG, imo: "8000002", flag: KP}]
      parties:
        - {role: lessee, kind: entity, name: Dalian Bulk Trading, country: CN}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.charter_dprk_flagged"
    And the finding for "dprk.maritime.charter_dprk_flagged" cites resolution 2371 paragraph "7" marked "unconfirmed"
    And there is a violation of "dprk.maritime.flag_services"

  Scenario: The day before 2371 was adopted the charter is no finding for this rule
    Given the event:
      """
      id: charter-eve
      type: vessel_registration
      date: 2017-08-04
      vessels: [{name: TAE SONG, flag: KP}]
      parties:
        - {role: lessee, kind: entity, name: Dalian Bulk Trading, country: CN}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.charter_dprk_flagged"

  Scenario: On the day 2371 was adopted the charter is a breach
    Given the event:
      """
      id: charter-day-one
      type: vessel_registration
      date: 2017-08-05
      parties:
        - {role: lessee, kind: entity, name: Dalian Bulk Trading, country: CN}
        - {role: carrier, kind: vessel, name: TAE SONG, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.charter_dprk_flagged"

  Scenario: Chartering a Panamanian vessel is not chartering a DPRK-flagged one
    Given the event:
      """
      id: charter-pa
      type: vessel_registration
      date: 2018-03-15
      vessels: [{name: GLOBAL TRADER, flag: PA}]
      parties:
        - {role: lessee, kind: entity, name: Dalian Bulk Trading, country: CN}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.charter_dprk_flagged"

  Scenario: Insuring a DPRK-flagged vessel is not chartering it
    Given the event:
      """
      id: insure-kp
      type: vessel_registration
      date: 2018-03-15
      vessels: [{name: TAE SONG, flag: KP}]
      parties:
        - {role: insurer, kind: entity, name: Some Insurer, country: RU}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.charter_dprk_flagged"

  Scenario: A charter exempted by the 1718 Committee
    Given the event:
      """
      id: charter-exempted
      type: vessel_registration
      date: 2018-03-15
      vessels: [{name: TAE SONG, flag: KP}]
      parties:
        - {role: lessee, kind: entity, name: Relief Logistics, country: SE}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-03-01, valid_until: 2018-06-01}
      """
    When the events are checked
    Then "dprk.maritime.charter_dprk_flagged" is lifted by exemption "dprk.maritime.charter_dprk_flagged.committee_exemption"

  Scenario: A licence is not a Committee exemption
    Given the event:
      """
      id: charter-licence
      type: vessel_registration
      date: 2018-03-15
      vessels: [{name: TAE SONG, flag: KP}]
      parties:
        - {role: lessee, kind: entity, name: Relief Logistics, country: SE}
      authorizations:
        - {type: licence, issued_by: 1718 Committee, date: 2018-03-01}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.charter_dprk_flagged"
    And the exemption "dprk.maritime.charter_dprk_flagged.committee_exemption" was weighed and did not apply for "dprk.maritime.charter_dprk_flagged"
