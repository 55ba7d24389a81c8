@targeted
Feature: Yemen (2140) asset freeze and travel ban
  Parties on the 2140 (Yemen) list (YEi./YEe.), designated on or before the event's date
  (rules/yemen/targeted.yaml).

  yemen.assetfreeze  2140 (2014) OP11 (verified) from 2014-02-26 to 2026-11-14.
  yemen.travelban    2140 OP15 (verified) from 2014-02-26 to 2026-11-14.
  Last confirmed renewal 2801 (2025), to 14 November 2026: from 2026-11-15 the
  *.renewal_unconfirmed rules give a review finding.
  Exemptions (verified): 2140 OP12-14 (asset freeze), OP16 (travel); 2664 OP1 (from
  2022-12-09).

  # --- asset freeze ----------------------------------------------------------------------------

  Scenario: A payment to a listed Houthi commander breaches the freeze: 2140 OP11
    Given the event:
      """
      id: ye-af-2025
      type: financial_transaction
      date: 2025-06-02
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Abd Al-Khaliq Al-Houthi, country: YE}
      """
    When the events are checked
    Then there is a violation of "yemen.assetfreeze"
    And the finding for "yemen.assetfreeze" cites resolution 2140 paragraph "11" marked "verified"
    And there is no finding for "yemen.assetfreeze.renewal_unconfirmed"

  Scenario: After the last confirmed expiry (2026-11-14) a payment to a listed party is a review, not a violation
    Given the event:
      """
      id: yemen-af-after-expiry
      type: financial_transaction
      date: 2026-11-15
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Abd Al-Khaliq Al-Houthi, country: YE}
      """
    When the events are checked
    Then there is a review finding for "yemen.assetfreeze.renewal_unconfirmed"
    And the review finding for "yemen.assetfreeze.renewal_unconfirmed" names "renewed the measure beyond 2026-11-14" as missing
    And there is no finding for "yemen.assetfreeze"

  # --- travel ban ------------------------------------------------------------------------------

  Scenario: Travel by a listed Houthi commander breaches the travel ban: 2140 OP15
    Given the event:
      """
      id: ye-tb-2025
      type: travel
      date: 2025-06-02
      destination: OM
      parties:
        - {role: traveller, kind: individual, name: Abd Al-Khaliq Al-Houthi, country: YE}
      """
    When the events are checked
    Then there is a violation of "yemen.travelban"
    And the finding for "yemen.travelban" cites resolution 2140 paragraph "15" marked "verified"
    And there is no finding for "yemen.travelban.renewal_unconfirmed"

  Scenario: After the last confirmed expiry (2026-11-14) travel by a listed person is a review, not a violation
    Given the event:
      """
      id: yemen-tb-after-expiry
      type: travel
      date: 2026-11-15
      destination: OM
      parties:
        - {role: traveller, kind: individual, name: Abd Al-Khaliq Al-Houthi, country: YE}
      """
    When the events are checked
    Then there is a review finding for "yemen.travelban.renewal_unconfirmed"
    And the review finding for "yemen.travelban.renewal_unconfirmed" names "renewed the measure beyond 2026-11-14" as missing
    And there is no finding for "yemen.travelban"

  # --- look-alikes and dates -------------------------------------------------------------------

  Scenario: The same dealings with a person on no list, or on another regime's list (1737, Iran), are not 2140 findings
    Given the events:
      """
      - id: yemen-af-unlisted
        type: financial_transaction
        date: 2025-06-02
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Peter Lindqvist, country: SE}
      - id: yemen-af-other-regime
        type: financial_transaction
        date: 2025-06-02
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Dawood Agha-Jani}
      - id: yemen-tb-unlisted
        type: travel
        date: 2025-06-02
        destination: OM
        parties:
          - {role: traveller, kind: individual, name: Peter Lindqvist, country: SE}
      - id: yemen-tb-other-regime
        type: travel
        date: 2025-06-02
        destination: OM
        parties:
          - {role: traveller, kind: individual, name: Dawood Agha-Jani}
      """
    When the events are checked
    Then there is no finding for "yemen.assetfreeze"
    And there is no finding for "yemen.travelban"
    And the screening of event "yemen-af-unlisted" finds nothing
    And the screening of event "yemen-tb-unlisted" finds nothing

  Scenario: The day before Abd Al-Khaliq Al-Houthi was listed (2014-11-07) neither a payment nor his travel is a finding
    Given the events:
      """
      - id: yemen-af-day-before
        type: financial_transaction
        date: 2014-11-06
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Abd Al-Khaliq Al-Houthi, country: YE}
      - id: yemen-tb-day-before
        type: travel
        date: 2014-11-06
        destination: OM
        parties:
          - {role: traveller, kind: individual, name: Abd Al-Khaliq Al-Houthi, country: YE}
      """
    When the events are checked
    Then there is no finding for "yemen.assetfreeze"
    And there is no finding for "yemen.travelban"
    And the screening of event "yemen-af-day-before" notes "YEi.001" as "designated_later"
    And the screening of event "yemen-tb-day-before" notes "YEi.001" as "designated_later"

  # --- exemptions ------------------------------------------------------------------------------

  Scenario: A payment the 2140 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: yemen-assetfreeze-committee-exemption-yes
      type: financial_transaction
      date: 2025-06-02
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Abd Al-Khaliq Al-Houthi, country: YE}
      authorizations:
        - {type: committee_exemption, issued_by: 2140 Committee, date: 2025-05-23, valid_until: 2025-06-22}
      """
    When the events are checked
    Then "yemen.assetfreeze" is lifted by exemption "yemen.assetfreeze.committee_exemption"

  Scenario: An exemption of the 2140 Committee that had expired before the payment does not cover it
    Given the event:
      """
      id: yemen-assetfreeze-committee-exemption-no
      type: financial_transaction
      date: 2025-06-02
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Abd Al-Khaliq Al-Houthi, country: YE}
      authorizations:
        - {type: committee_exemption, issued_by: 2140 Committee, date: 2025-04-23, valid_until: 2025-04-28}
      """
    When the events are checked
    Then there is a violation of "yemen.assetfreeze"
    And the exemption "yemen.assetfreeze.committee_exemption" was weighed and did not apply for "yemen.assetfreeze"

  Scenario: A humanitarian payment by a UN programme to a listed party is not a breach (2664 OP1)
    Given the event:
      """
      id: yemen-assetfreeze-humanitarian-2664-yes
      type: financial_transaction
      date: 2025-06-02
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: World Food Programme, humanitarian_actor: un}
        - {role: payee, kind: individual, name: Abd Al-Khaliq Al-Houthi, country: YE}
      """
    When the events are checked
    Then "yemen.assetfreeze" is lifted by exemption "yemen.assetfreeze.humanitarian_2664"

  Scenario: A payment declared humanitarian by a private trader is not covered by the carve-out, which only the actors of 2664 OP1 may use
    Given the event:
      """
      id: yemen-assetfreeze-humanitarian-2664-no
      type: financial_transaction
      date: 2025-06-02
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: Sunrise General Trading LLC, country: AE}
        - {role: payee, kind: individual, name: Abd Al-Khaliq Al-Houthi, country: YE}
      """
    When the events are checked
    Then there is a violation of "yemen.assetfreeze"
    And the exemption "yemen.assetfreeze.humanitarian_2664" was weighed and did not apply for "yemen.assetfreeze"

  Scenario: Travel the 2140 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: yemen-travelban-committee-exemption-yes
      type: travel
      date: 2025-06-02
      destination: OM
      parties:
        - {role: traveller, kind: individual, name: Abd Al-Khaliq Al-Houthi, country: YE}
      authorizations:
        - {type: committee_exemption, issued_by: 2140 Committee, date: 2025-05-23, valid_until: 2025-06-22}
      """
    When the events are checked
    Then "yemen.travelban" is lifted by exemption "yemen.travelban.committee_exemption"

  Scenario: An exemption of the 2140 Committee that had expired before the journey does not cover it
    Given the event:
      """
      id: yemen-travelban-committee-exemption-no
      type: travel
      date: 2025-06-02
      destination: OM
      parties:
        - {role: traveller, kind: individual, name: Abd Al-Khaliq Al-Houthi, country: YE}
      authorizations:
        - {type: committee_exemption, issued_by: 2140 Committee, date: 2025-04-23, valid_until: 2025-04-28}
      """
    When the events are checked
    Then there is a violation of "yemen.travelban"
    And the exemption "yemen.travelban.committee_exemption" was weighed and did not apply for "yemen.travelban"
