@dprk @maritime
Feature: Insurance of vessels owned or operated by the DPRK (dprk.maritime.insurance)
  2321 OP22 (number unconfirmed), from 2016-11-30: no insurance or re-insurance for vessels
  owned, controlled or operated by the DPRK (an insurer, and a DPRK owner or operator). Insuring a
  DPRK-flagged vessel was already caught from 2016-03-02 by dprk.maritime.flag_services. The 2397
  extension to any vessel involved in prohibited activities needs a determination about the
  vessel and is not encoded.
  Exemption:
    committee_exemption  from 2016-11-30  a case-by-case 1718 Committee exemption valid on the day

  Scenario: P&I cover for a Sierra Leone-flagged vessel owned by a DPRK company
    Given the event:
      """
      id: pi-cover
      type: vessel_registration
      date: 2017-04-01
      vessels: [{name: HAO FAN 6, imo: "8000005", flag: SL}]
      parties:
        - {role: owner, kind: entity, name: Korea Hao Fan Shipping, country: KP}
        - {role: insurer, kind: entity, name: Example P&I Club, country: GB}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.insurance"
    And the finding for "dprk.maritime.insurance" cites resolution 2321 paragraph "22" marked "unconfirmed"

  Scenario: The day before 2321 was adopted the cover is no finding for this rule
    Given the event:
      """
      id: pi-cover-eve
      type: vessel_registration
      date: 2016-11-29
      vessels: [{name: HAO FAN 6, flag: SL}]
      parties:
        - {role: owner, kind: entity, name: Korea Hao Fan Shipping, country: KP}
        - {role: insurer, kind: entity, name: Example P&I Club, country: GB}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.insurance"

  Scenario: Re-insurance of a vessel operated by a DPRK company
    Given the event:
      """
      id: reinsurance
      type: vessel_registration
      date: 2018-09-01
      vessels: [{name: UNITY STAR, flag: TG}]
      parties:
        - {role: owner, kind: entity, name: Unity Star Ltd, country: MH}
        - {role: operator, kind: entity, name: Korea Unity Management, country: KP}
        - {role: insurer, kind: entity, name: Example Re, country: CH}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.insurance"

  Scenario: Cover for a vessel owned and operated outside the DPRK
    Given the event:
      """
      id: pi-clean
      type: vessel_registration
      date: 2018-09-01
      vessels: [{name: UNITY STAR, flag: TG}]
      parties:
        - {role: owner, kind: entity, name: Unity Star Ltd, country: MH}
        - {role: insurer, kind: entity, name: Example Re, country: CH}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.insurance"

  Scenario: A DPRK-owned vessel with no insurer named is no insurance matter
    Given the event:
      """
      id: no-insurer
      type: vessel_registration
      date: 2018-09-01
      vessels: [{name: HAO FAN 6, flag: SL}]
      parties:
        - {role: owner, kind: entity, name: Korea Hao Fan Shipping, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.insurance"

  Scenario: Cover exempted case by case by the 1718 Committee
    Given the event:
      """
      id: pi-exempted
      type: vessel_registration
      date: 2018-09-01
      vessels: [{name: HAO FAN 6, flag: SL}]
      parties:
        - {role: owner, kind: entity, name: Korea Hao Fan Shipping, country: KP}
        - {role: insurer, kind: entity, name: Example P&I Club, country: GB}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-08-01}
      """
    When the events are checked
    Then "dprk.maritime.insurance" is lifted by exemption "dprk.maritime.insurance.committee_exemption"

  Scenario: A Committee exemption that expired before the cover started
    Given the event:
      """
      id: pi-expired
      type: vessel_registration
      date: 2018-09-01
      vessels: [{name: HAO FAN 6, flag: SL}]
      parties:
        - {role: owner, kind: entity, name: Korea Hao Fan Shipping, country: KP}
        - {role: insurer, kind: entity, name: Example P&I Club, country: GB}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-01-01, valid_until: 2018-06-30}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.insurance"
    And the exemption "dprk.maritime.insurance.committee_exemption" was weighed and did not apply for "dprk.maritime.insurance"
