@targeted
Feature: Guinea-Bissau (2048) travel ban
  Individuals on the 2048 (Guinea-Bissau) list (GBi.), the leaders of the 2012 coup,
  designated on or before the event's date (rules/guinea_bissau/targeted.yaml).

  guinea_bissau.travelban  2048 (2012) OP4 (verified) from 2012-05-18. Open-ended. No asset
    freeze under 2048 (so 2664 does not apply).
  Exemptions, 2048 OP5 (verified): Committee exemption (humanitarian need, religious
  obligation, peace and reconciliation); judicial process.

  # --- travel ban ------------------------------------------------------------------------------

  Scenario: Travel by a listed coup leader breaches the travel ban: 2048 OP4
    Given the event:
      """
      id: gb-tb-2020
      type: travel
      date: 2020-01-13
      destination: SN
      parties:
        - {role: traveller, kind: individual, name: Ibraima Camará, country: GW}
      """
    When the events are checked
    Then there is a violation of "guinea_bissau.travelban"
    And the finding for "guinea_bissau.travelban" cites resolution 2048 paragraph "4" marked "verified"

  # --- look-alikes and dates -------------------------------------------------------------------

  Scenario: The same dealings with a person on no list, or on another regime's list (2713, Al-Shabaab), are not 2048 findings
    Given the events:
      """
      - id: guinea-bissau-tb-unlisted
        type: travel
        date: 2020-01-13
        destination: SN
        parties:
          - {role: traveller, kind: individual, name: Peter Lindqvist, country: SE}
      - id: guinea-bissau-tb-other-regime
        type: travel
        date: 2020-01-13
        destination: SN
        parties:
          - {role: traveller, kind: individual, name: Hassan Dahir Aweys, country: SO}
      """
    When the events are checked
    Then there is no finding for "guinea_bissau.travelban"
    And the screening of event "guinea-bissau-tb-unlisted" finds nothing

  Scenario: On 2012-05-17, the day before 2048 was adopted and its first listings, travel is no finding
    Given the event:
      """
      id: guinea-bissau-tb-day-before
      type: travel
      date: 2012-05-17
      destination: SN
      parties:
        - {role: traveller, kind: individual, name: Ibraima Camará, country: GW}
      """
    When the events are checked
    Then there is no finding for "guinea_bissau.travelban"
    And the screening of event "guinea-bissau-tb-day-before" notes "GBi.001" as "designated_later"

  # --- exemptions ------------------------------------------------------------------------------

  Scenario: Travel the 2048 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: guinea-bissau-travelban-committee-exemption-yes
      type: travel
      date: 2020-01-13
      destination: SN
      parties:
        - {role: traveller, kind: individual, name: Ibraima Camará, country: GW}
      authorizations:
        - {type: committee_exemption, issued_by: 2048 Committee, date: 2020-01-03, valid_until: 2020-02-02}
      """
    When the events are checked
    Then "guinea_bissau.travelban" is lifted by exemption "guinea_bissau.travelban.committee_exemption"

  Scenario: An exemption of the 2048 Committee that had expired before the journey does not cover it
    Given the event:
      """
      id: guinea-bissau-travelban-committee-exemption-no
      type: travel
      date: 2020-01-13
      destination: SN
      parties:
        - {role: traveller, kind: individual, name: Ibraima Camará, country: GW}
      authorizations:
        - {type: committee_exemption, issued_by: 2048 Committee, date: 2019-12-04, valid_until: 2019-12-09}
      """
    When the events are checked
    Then there is a violation of "guinea_bissau.travelban"
    And the exemption "guinea_bissau.travelban.committee_exemption" was weighed and did not apply for "guinea_bissau.travelban"

  Scenario: Travel necessary for a judicial process is not a breach
    Given the event:
      """
      id: guinea-bissau-travelban-judicial-process-yes
      type: travel
      date: 2020-01-13
      destination: SN
      purposes: [judicial_process]
      parties:
        - {role: traveller, kind: individual, name: Ibraima Camará, country: GW}
      """
    When the events are checked
    Then "guinea_bissau.travelban" is lifted by exemption "guinea_bissau.travelban.judicial_process"

  Scenario: Travel for personal use is not excepted as a judicial process
    Given the event:
      """
      id: guinea-bissau-travelban-judicial-process-no
      type: travel
      date: 2020-01-13
      destination: SN
      purposes: [personal_use]
      parties:
        - {role: traveller, kind: individual, name: Ibraima Camará, country: GW}
      """
    When the events are checked
    Then there is a violation of "guinea_bissau.travelban"
    And the exemption "guinea_bissau.travelban.judicial_process" was weighed and did not apply for "guinea_bissau.travelban"
