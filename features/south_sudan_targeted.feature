@targeted
Feature: South Sudan (2206) asset freeze and travel ban
  Parties on the 2206 (South Sudan) list (SSi.), designated on or before the event's date
  (rules/south_sudan/targeted.yaml).

  south_sudan.assetfreeze  2206 (2015) OP12 (verified) from 2015-03-03 to 2026-05-31.
  south_sudan.travelban    2206 OP9 (verified) from 2015-03-03 to 2026-05-31.
  Last confirmed renewal 2781 (2025), to 31 May 2026: from 2026-06-01 the
  *.renewal_unconfirmed rules give a review finding.
  Exemptions (verified): 2206 OP13-15 (asset freeze), OP10-11 (travel); 2664 OP1 (from
  2022-12-09).

  # --- asset freeze ----------------------------------------------------------------------------

  Scenario: A payment to a listed commander breaches the freeze: 2206 OP12
    Given the event:
      """
      id: ss-af-2025
      type: financial_transaction
      date: 2025-04-07
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: James Koang Chuol, country: SS}
      """
    When the events are checked
    Then there is a violation of "south_sudan.assetfreeze"
    And the finding for "south_sudan.assetfreeze" cites resolution 2206 paragraph "12" marked "verified"
    And there is no finding for "south_sudan.assetfreeze.renewal_unconfirmed"

  Scenario: After the last confirmed expiry (2026-05-31) a payment to a listed party is a review, not a violation
    Given the event:
      """
      id: south-sudan-af-after-expiry
      type: financial_transaction
      date: 2026-06-01
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: James Koang Chuol, country: SS}
      """
    When the events are checked
    Then there is a review finding for "south_sudan.assetfreeze.renewal_unconfirmed"
    And the review finding for "south_sudan.assetfreeze.renewal_unconfirmed" names "renewed the measure beyond 2026-05-31" as missing
    And there is no finding for "south_sudan.assetfreeze"

  # --- travel ban ------------------------------------------------------------------------------

  Scenario: Travel by a listed commander breaches the travel ban: 2206 OP9
    Given the event:
      """
      id: ss-tb-2025
      type: travel
      date: 2025-04-07
      destination: ET
      parties:
        - {role: traveller, kind: individual, name: James Koang Chuol, country: SS}
      """
    When the events are checked
    Then there is a violation of "south_sudan.travelban"
    And the finding for "south_sudan.travelban" cites resolution 2206 paragraph "9" marked "verified"
    And there is no finding for "south_sudan.travelban.renewal_unconfirmed"

  Scenario: After the last confirmed expiry (2026-05-31) travel by a listed person is a review, not a violation
    Given the event:
      """
      id: south-sudan-tb-after-expiry
      type: travel
      date: 2026-06-01
      destination: ET
      parties:
        - {role: traveller, kind: individual, name: James Koang Chuol, country: SS}
      """
    When the events are checked
    Then there is a review finding for "south_sudan.travelban.renewal_unconfirmed"
    And the review finding for "south_sudan.travelban.renewal_unconfirmed" names "renewed the measure beyond 2026-05-31" as missing
    And there is no finding for "south_sudan.travelban"

  # --- look-alikes and dates -------------------------------------------------------------------

  Scenario: The same dealings with a person on no list, or on another regime's list (1591, Sudan), are not 2206 findings
    Given the events:
      """
      - id: south-sudan-af-unlisted
        type: financial_transaction
        date: 2025-04-07
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Peter Lindqvist, country: SE}
      - id: south-sudan-af-other-regime
        type: financial_transaction
        date: 2025-04-07
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Musa Hilal Abdalla Alnsiem, country: SD}
      - id: south-sudan-tb-unlisted
        type: travel
        date: 2025-04-07
        destination: ET
        parties:
          - {role: traveller, kind: individual, name: Peter Lindqvist, country: SE}
      - id: south-sudan-tb-other-regime
        type: travel
        date: 2025-04-07
        destination: ET
        parties:
          - {role: traveller, kind: individual, name: Musa Hilal Abdalla Alnsiem, country: SD}
      """
    When the events are checked
    Then there is no finding for "south_sudan.assetfreeze"
    And there is no finding for "south_sudan.travelban"
    And the screening of event "south-sudan-af-unlisted" finds nothing
    And the screening of event "south-sudan-tb-unlisted" finds nothing

  Scenario: The day before James Koang Chuol was listed (2015-07-01) neither a payment nor his travel is a finding
    Given the events:
      """
      - id: south-sudan-af-day-before
        type: financial_transaction
        date: 2015-06-30
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: James Koang Chuol, country: SS}
      - id: south-sudan-tb-day-before
        type: travel
        date: 2015-06-30
        destination: ET
        parties:
          - {role: traveller, kind: individual, name: James Koang Chuol, country: SS}
      """
    When the events are checked
    Then there is no finding for "south_sudan.assetfreeze"
    And there is no finding for "south_sudan.travelban"
    And the screening of event "south-sudan-af-day-before" notes "SSi.003" as "designated_later"
    And the screening of event "south-sudan-tb-day-before" notes "SSi.003" as "designated_later"

  # --- exemptions ------------------------------------------------------------------------------

  Scenario: A payment the 2206 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: south-sudan-assetfreeze-committee-exemption-yes
      type: financial_transaction
      date: 2025-04-07
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: James Koang Chuol, country: SS}
      authorizations:
        - {type: committee_exemption, issued_by: 2206 Committee, date: 2025-03-28, valid_until: 2025-04-27}
      """
    When the events are checked
    Then "south_sudan.assetfreeze" is lifted by exemption "south_sudan.assetfreeze.committee_exemption"

  Scenario: An exemption of the 2206 Committee that had expired before the payment does not cover it
    Given the event:
      """
      id: south-sudan-assetfreeze-committee-exemption-no
      type: financial_transaction
      date: 2025-04-07
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: James Koang Chuol, country: SS}
      authorizations:
        - {type: committee_exemption, issued_by: 2206 Committee, date: 2025-02-26, valid_until: 2025-03-03}
      """
    When the events are checked
    Then there is a violation of "south_sudan.assetfreeze"
    And the exemption "south_sudan.assetfreeze.committee_exemption" was weighed and did not apply for "south_sudan.assetfreeze"

  Scenario: A humanitarian payment by a UN programme to a listed party is not a breach (2664 OP1)
    Given the event:
      """
      id: south-sudan-assetfreeze-humanitarian-2664-yes
      type: financial_transaction
      date: 2025-04-07
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: World Food Programme, humanitarian_actor: un}
        - {role: payee, kind: individual, name: James Koang Chuol, country: SS}
      """
    When the events are checked
    Then "south_sudan.assetfreeze" is lifted by exemption "south_sudan.assetfreeze.humanitarian_2664"

  Scenario: A payment declared humanitarian by a private trader is not covered by the carve-out, which only the actors of 2664 OP1 may use
    Given the event:
      """
      id: south-sudan-assetfreeze-humanitarian-2664-no
      type: financial_transaction
      date: 2025-04-07
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: Sunrise General Trading LLC, country: AE}
        - {role: payee, kind: individual, name: James Koang Chuol, country: SS}
      """
    When the events are checked
    Then there is a violation of "south_sudan.assetfreeze"
    And the exemption "south_sudan.assetfreeze.humanitarian_2664" was weighed and did not apply for "south_sudan.assetfreeze"

  Scenario: Travel the 2206 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: south-sudan-travelban-committee-exemption-yes
      type: travel
      date: 2025-04-07
      destination: ET
      parties:
        - {role: traveller, kind: individual, name: James Koang Chuol, country: SS}
      authorizations:
        - {type: committee_exemption, issued_by: 2206 Committee, date: 2025-03-28, valid_until: 2025-04-27}
      """
    When the events are checked
    Then "south_sudan.travelban" is lifted by exemption "south_sudan.travelban.committee_exemption"

  Scenario: An exemption of the 2206 Committee that had expired before the journey does not cover it
    Given the event:
      """
      id: south-sudan-travelban-committee-exemption-no
      type: travel
      date: 2025-04-07
      destination: ET
      parties:
        - {role: traveller, kind: individual, name: James Koang Chuol, country: SS}
      authorizations:
        - {type: committee_exemption, issued_by: 2206 Committee, date: 2025-02-26, valid_until: 2025-03-03}
      """
    When the events are checked
    Then there is a violation of "south_sudan.travelban"
    And the exemption "south_sudan.travelban.committee_exemption" was weighed and did not apply for "south_sudan.travelban"
