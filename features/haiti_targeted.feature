@targeted
Feature: Haiti (2653) asset freeze and travel ban
  Parties on the 2653 (Haiti) list (HTi./HTe.), designated on or before the event's date
  (rules/haiti/targeted.yaml).

  haiti.assetfreeze  2653 (2022) OP6 (unconfirmed: inferred) from 2022-10-21 to 2026-10-17.
  haiti.travelban    2653 OP5 (verified) from 2022-10-21 to 2026-10-17.
  Last confirmed renewal 2794 (2025), for a year (about 17 October 2026): from 2026-10-18
  the *.renewal_unconfirmed rules give a review finding.
  Exemptions (verified): 2653 OP7-9 (asset freeze); 2653 OP10 humanitarian carve-out until
  2664 OP1 replaced it (2022-12-09); 2653 OP5 (travel).

  # --- asset freeze ----------------------------------------------------------------------------

  Scenario: A payment to a listed gang leader breaches the freeze: 2653 OP6, unconfirmed
    Given the event:
      """
      id: ht-af-2024
      type: financial_transaction
      date: 2024-08-05
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Jimmy Cherizier, country: HT}
      """
    When the events are checked
    Then there is a violation of "haiti.assetfreeze"
    And the finding for "haiti.assetfreeze" cites resolution 2653 paragraph "6" marked "unconfirmed"
    And there is no finding for "haiti.assetfreeze.renewal_unconfirmed"

  Scenario: A payment to a gang listed in July 2025 breaches the freeze
    Given the event:
      """
      id: ht-af-2025
      type: financial_transaction
      date: 2025-08-04
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: entity, name: Gran Grif}
      """
    When the events are checked
    Then there is a violation of "haiti.assetfreeze"
    And the finding for "haiti.assetfreeze" cites resolution 2653 paragraph "6" marked "unconfirmed"
    And there is no finding for "haiti.assetfreeze.renewal_unconfirmed"

  Scenario: After the last confirmed expiry (2026-10-17) a payment to a listed party is a review, not a violation
    Given the event:
      """
      id: haiti-af-after-expiry
      type: financial_transaction
      date: 2026-10-18
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: entity, name: Gran Grif}
      """
    When the events are checked
    Then there is a review finding for "haiti.assetfreeze.renewal_unconfirmed"
    And the review finding for "haiti.assetfreeze.renewal_unconfirmed" names "renewed the measure beyond 2026-10-17" as missing
    And there is no finding for "haiti.assetfreeze"

  # --- travel ban ------------------------------------------------------------------------------

  Scenario: Travel by a listed gang leader breaches the travel ban: 2653 OP5
    Given the event:
      """
      id: ht-tb-2024
      type: travel
      date: 2024-08-05
      destination: DO
      parties:
        - {role: traveller, kind: individual, name: Jimmy Cherizier, country: HT}
      """
    When the events are checked
    Then there is a violation of "haiti.travelban"
    And the finding for "haiti.travelban" cites resolution 2653 paragraph "5" marked "verified"
    And there is no finding for "haiti.travelban.renewal_unconfirmed"

  Scenario: After the last confirmed expiry (2026-10-17) travel by a listed person is a review, not a violation
    Given the event:
      """
      id: haiti-tb-after-expiry
      type: travel
      date: 2026-10-18
      destination: DO
      parties:
        - {role: traveller, kind: individual, name: Jimmy Cherizier, country: HT}
      """
    When the events are checked
    Then there is a review finding for "haiti.travelban.renewal_unconfirmed"
    And the review finding for "haiti.travelban.renewal_unconfirmed" names "renewed the measure beyond 2026-10-17" as missing
    And there is no finding for "haiti.travelban"

  # --- look-alikes and dates -------------------------------------------------------------------

  Scenario: The same dealings with a person on no list, or on another regime's list (2048, Guinea-Bissau), are not 2653 findings
    Given the events:
      """
      - id: haiti-af-unlisted
        type: financial_transaction
        date: 2024-08-05
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Peter Lindqvist, country: SE}
      - id: haiti-af-other-regime
        type: financial_transaction
        date: 2024-08-05
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Ibraima Camará, country: GW}
      - id: haiti-tb-unlisted
        type: travel
        date: 2024-08-05
        destination: DO
        parties:
          - {role: traveller, kind: individual, name: Peter Lindqvist, country: SE}
      - id: haiti-tb-other-regime
        type: travel
        date: 2024-08-05
        destination: DO
        parties:
          - {role: traveller, kind: individual, name: Ibraima Camará, country: GW}
      """
    When the events are checked
    Then there is no finding for "haiti.assetfreeze"
    And there is no finding for "haiti.travelban"
    And the screening of event "haiti-af-unlisted" finds nothing
    And the screening of event "haiti-tb-unlisted" finds nothing

  Scenario: On 2022-10-20, the day before 2653 was adopted and Jimmy Cherizier listed, neither a payment nor his travel is a finding
    Given the events:
      """
      - id: haiti-af-day-before
        type: financial_transaction
        date: 2022-10-20
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Jimmy Cherizier, country: HT}
      - id: haiti-tb-day-before
        type: travel
        date: 2022-10-20
        destination: DO
        parties:
          - {role: traveller, kind: individual, name: Jimmy Cherizier, country: HT}
      """
    When the events are checked
    Then there is no finding for "haiti.assetfreeze"
    And there is no finding for "haiti.travelban"
    And the screening of event "haiti-af-day-before" notes "HTi.001" as "designated_later"
    And the screening of event "haiti-tb-day-before" notes "HTi.001" as "designated_later"

  Scenario: A payee whose name is only close to a listed name (a weak match) is a review, not a violation
    Given the event:
      """
      id: haiti-af-weak
      type: financial_transaction
      date: 2024-08-05
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Jimmy Cerisier, country: HT}
      """
    When the events are checked
    Then there is a review finding for "haiti.assetfreeze"
    And the review finding for "haiti.assetfreeze" names "HTi.001" as missing

  # --- exemptions ------------------------------------------------------------------------------

  Scenario: A payment the 2653 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: haiti-assetfreeze-committee-exemption-yes
      type: financial_transaction
      date: 2024-08-05
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Jimmy Cherizier, country: HT}
      authorizations:
        - {type: committee_exemption, issued_by: 2653 Committee, date: 2024-07-26, valid_until: 2024-08-25}
      """
    When the events are checked
    Then "haiti.assetfreeze" is lifted by exemption "haiti.assetfreeze.committee_exemption"

  Scenario: An exemption of the 2653 Committee that had expired before the payment does not cover it
    Given the event:
      """
      id: haiti-assetfreeze-committee-exemption-no
      type: financial_transaction
      date: 2024-08-05
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Jimmy Cherizier, country: HT}
      authorizations:
        - {type: committee_exemption, issued_by: 2653 Committee, date: 2024-06-26, valid_until: 2024-07-01}
      """
    When the events are checked
    Then there is a violation of "haiti.assetfreeze"
    And the exemption "haiti.assetfreeze.committee_exemption" was weighed and did not apply for "haiti.assetfreeze"

  Scenario: In November 2022 a humanitarian payment by a UN programme is not a breach: 2653 OP10
    Given the event:
      """
      id: haiti-assetfreeze-humanitarian-2653-yes
      type: financial_transaction
      date: 2022-11-14
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: World Food Programme, humanitarian_actor: un}
        - {role: payee, kind: individual, name: Jimmy Cherizier, country: HT}
      """
    When the events are checked
    Then "haiti.assetfreeze" is lifted by exemption "haiti.assetfreeze.humanitarian_2653"

  Scenario: In November 2022 a humanitarian payment by a private trader is not covered by 2653 OP10
    Given the event:
      """
      id: haiti-assetfreeze-humanitarian-2653-no
      type: financial_transaction
      date: 2022-11-14
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: Sunrise General Trading LLC, country: AE}
        - {role: payee, kind: individual, name: Jimmy Cherizier, country: HT}
      """
    When the events are checked
    Then there is a violation of "haiti.assetfreeze"
    And the exemption "haiti.assetfreeze.humanitarian_2653" was weighed and did not apply for "haiti.assetfreeze"

  Scenario: A humanitarian payment by a UN programme to a listed party is not a breach (2664 OP1)
    Given the event:
      """
      id: haiti-assetfreeze-humanitarian-2664-yes
      type: financial_transaction
      date: 2024-08-05
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: World Food Programme, humanitarian_actor: un}
        - {role: payee, kind: individual, name: Jimmy Cherizier, country: HT}
      """
    When the events are checked
    Then "haiti.assetfreeze" is lifted by exemption "haiti.assetfreeze.humanitarian_2664"

  Scenario: A payment declared humanitarian by a private trader is not covered by the carve-out, which only the actors of 2664 OP1 may use
    Given the event:
      """
      id: haiti-assetfreeze-humanitarian-2664-no
      type: financial_transaction
      date: 2024-08-05
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: Sunrise General Trading LLC, country: AE}
        - {role: payee, kind: individual, name: Jimmy Cherizier, country: HT}
      """
    When the events are checked
    Then there is a violation of "haiti.assetfreeze"
    And the exemption "haiti.assetfreeze.humanitarian_2664" was weighed and did not apply for "haiti.assetfreeze"

  Scenario: Travel the 2653 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: haiti-travelban-committee-exemption-yes
      type: travel
      date: 2024-08-05
      destination: DO
      parties:
        - {role: traveller, kind: individual, name: Jimmy Cherizier, country: HT}
      authorizations:
        - {type: committee_exemption, issued_by: 2653 Committee, date: 2024-07-26, valid_until: 2024-08-25}
      """
    When the events are checked
    Then "haiti.travelban" is lifted by exemption "haiti.travelban.committee_exemption"

  Scenario: An exemption of the 2653 Committee that had expired before the journey does not cover it
    Given the event:
      """
      id: haiti-travelban-committee-exemption-no
      type: travel
      date: 2024-08-05
      destination: DO
      parties:
        - {role: traveller, kind: individual, name: Jimmy Cherizier, country: HT}
      authorizations:
        - {type: committee_exemption, issued_by: 2653 Committee, date: 2024-06-26, valid_until: 2024-07-01}
      """
    When the events are checked
    Then there is a violation of "haiti.travelban"
    And the exemption "haiti.travelban.committee_exemption" was weighed and did not apply for "haiti.travelban"

  Scenario: A listed Haitian national entering Haiti is not a breach: the own-nationals proviso of 2653 OP5
    Given the event:
      """
      id: haiti-travelban-own-national
      type: travel
      date: 2024-08-05
      destination: HT
      parties:
        - {role: traveller, kind: individual, name: Jimmy Cherizier, country: HT}
      """
    When the events are checked
    Then "haiti.travelban" is lifted by exemption "haiti.travelban.own_nationals"

  Scenario: The same listed Haitian national entering the Dominican Republic is not covered by the proviso
    Given the event:
      """
      id: haiti-travelban-not-own-country
      type: travel
      date: 2024-08-05
      location: {country: DO}
      parties:
        - {role: traveller, kind: individual, name: Jimmy Cherizier, country: HT}
      """
    When the events are checked
    Then there is a violation of "haiti.travelban"
    And the exemption "haiti.travelban.own_nationals" was weighed and did not apply for "haiti.travelban"
