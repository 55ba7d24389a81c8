@targeted
Feature: Sudan (1591) asset freeze and travel ban
  Parties on the 1591 (Sudan) list (SDi.), designated on or before the event's date
  (rules/sudan/targeted.yaml).

  sudan.assetfreeze  1591 (2005) OP3(e) (verified) from 2005-03-29 to 2026-09-12.
  sudan.travelban    1591 OP3(d) (verified) from 2005-03-29 to 2026-09-12.
  Last confirmed renewal 2791 (2025), to 12 September 2026: from 2026-09-13 the
  *.renewal_unconfirmed rules give a review finding.
  Exemptions: 1591 OP3(e) and OP3(d) (Committee), 2664 OP1 (asset freeze, from 2022-12-09).

  # --- asset freeze ----------------------------------------------------------------------------

  Scenario: A payment to a listed Darfur militia leader breaches the freeze: 1591 OP3(e)
    Given the event:
      """
      id: sd-af-2025
      type: financial_transaction
      date: 2025-03-03
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Musa Hilal Abdalla Alnsiem, country: SD}
      """
    When the events are checked
    Then there is a violation of "sudan.assetfreeze"
    And the finding for "sudan.assetfreeze" cites resolution 1591 paragraph "3(e)" marked "verified"
    And there is no finding for "sudan.assetfreeze.renewal_unconfirmed"

  Scenario: A payment on the last confirmed day (2026-09-12) to a person listed in 2026 is a violation
    Given the event:
      """
      id: sd-af-2026
      type: financial_transaction
      date: 2026-09-12
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Al-Fateh Abdullah Idris, country: SD}
      """
    When the events are checked
    Then there is a violation of "sudan.assetfreeze"
    And the finding for "sudan.assetfreeze" cites resolution 1591 paragraph "3(e)" marked "verified"
    And there is no finding for "sudan.assetfreeze.renewal_unconfirmed"

  Scenario: After the last confirmed expiry (2026-09-12) a payment to a listed party is a review, not a violation
    Given the event:
      """
      id: sudan-af-after-expiry
      type: financial_transaction
      date: 2026-09-13
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Al-Fateh Abdullah Idris, country: SD}
      """
    When the events are checked
    Then there is a review finding for "sudan.assetfreeze.renewal_unconfirmed"
    And the review finding for "sudan.assetfreeze.renewal_unconfirmed" names "renewed the measure beyond 2026-09-12" as missing
    And there is no finding for "sudan.assetfreeze"

  # --- travel ban ------------------------------------------------------------------------------

  Scenario: Travel by a listed person breaches the travel ban: 1591 OP3(d)
    Given the event:
      """
      id: sd-tb-2025
      type: travel
      date: 2025-03-03
      destination: TD
      parties:
        - {role: traveller, kind: individual, name: Musa Hilal Abdalla Alnsiem, country: SD}
      """
    When the events are checked
    Then there is a violation of "sudan.travelban"
    And the finding for "sudan.travelban" cites resolution 1591 paragraph "3(d)" marked "verified"
    And there is no finding for "sudan.travelban.renewal_unconfirmed"

  Scenario: After the last confirmed expiry (2026-09-12) travel by a listed person is a review, not a violation
    Given the event:
      """
      id: sudan-tb-after-expiry
      type: travel
      date: 2026-09-13
      destination: TD
      parties:
        - {role: traveller, kind: individual, name: Musa Hilal Abdalla Alnsiem, country: SD}
      """
    When the events are checked
    Then there is a review finding for "sudan.travelban.renewal_unconfirmed"
    And the review finding for "sudan.travelban.renewal_unconfirmed" names "renewed the measure beyond 2026-09-12" as missing
    And there is no finding for "sudan.travelban"

  # --- look-alikes and dates -------------------------------------------------------------------

  Scenario: The same dealings with a person on no list, or on another regime's list (2206, South Sudan), are not 1591 findings
    Given the events:
      """
      - id: sudan-af-unlisted
        type: financial_transaction
        date: 2025-03-03
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Peter Lindqvist, country: SE}
      - id: sudan-af-other-regime
        type: financial_transaction
        date: 2025-03-03
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: James Koang Chuol, country: SS}
      - id: sudan-tb-unlisted
        type: travel
        date: 2025-03-03
        destination: TD
        parties:
          - {role: traveller, kind: individual, name: Peter Lindqvist, country: SE}
      - id: sudan-tb-other-regime
        type: travel
        date: 2025-03-03
        destination: TD
        parties:
          - {role: traveller, kind: individual, name: James Koang Chuol, country: SS}
      """
    When the events are checked
    Then there is no finding for "sudan.assetfreeze"
    And there is no finding for "sudan.travelban"
    And the screening of event "sudan-af-unlisted" finds nothing
    And the screening of event "sudan-tb-unlisted" finds nothing

  Scenario: The day before Al-Fateh Abdullah Idris was listed (2026-02-24) neither a payment nor his travel is a finding
    Given the events:
      """
      - id: sudan-af-day-before
        type: financial_transaction
        date: 2026-02-23
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Al-Fateh Abdullah Idris, country: SD}
      - id: sudan-tb-day-before
        type: travel
        date: 2026-02-23
        destination: TD
        parties:
          - {role: traveller, kind: individual, name: Al-Fateh Abdullah Idris, country: SD}
      """
    When the events are checked
    Then there is no finding for "sudan.assetfreeze"
    And there is no finding for "sudan.travelban"
    And the screening of event "sudan-af-day-before" notes "SDi.009" as "designated_later"
    And the screening of event "sudan-tb-day-before" notes "SDi.009" as "designated_later"

  Scenario: A traveller named with part of a listed name (a weak match) is a review, not a violation
    Given the event:
      """
      id: sudan-tb-weak
      type: travel
      date: 2025-03-03
      destination: TD
      parties:
        - {role: traveller, kind: individual, name: Musa Hilal, country: SD}
      """
    When the events are checked
    Then there is a review finding for "sudan.travelban"
    And the review finding for "sudan.travelban" names "SDi.002" as missing

  # --- exemptions ------------------------------------------------------------------------------

  Scenario: A payment the 1591 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: sudan-assetfreeze-committee-exemption-yes
      type: financial_transaction
      date: 2025-03-03
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Musa Hilal Abdalla Alnsiem, country: SD}
      authorizations:
        - {type: committee_exemption, issued_by: 1591 Committee, date: 2025-02-21, valid_until: 2025-03-23}
      """
    When the events are checked
    Then "sudan.assetfreeze" is lifted by exemption "sudan.assetfreeze.committee_exemption"

  Scenario: An exemption of the 1591 Committee that had expired before the payment does not cover it
    Given the event:
      """
      id: sudan-assetfreeze-committee-exemption-no
      type: financial_transaction
      date: 2025-03-03
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Musa Hilal Abdalla Alnsiem, country: SD}
      authorizations:
        - {type: committee_exemption, issued_by: 1591 Committee, date: 2025-01-22, valid_until: 2025-01-27}
      """
    When the events are checked
    Then there is a violation of "sudan.assetfreeze"
    And the exemption "sudan.assetfreeze.committee_exemption" was weighed and did not apply for "sudan.assetfreeze"

  Scenario: A humanitarian payment by a UN programme to a listed party is not a breach (2664 OP1)
    Given the event:
      """
      id: sudan-assetfreeze-humanitarian-2664-yes
      type: financial_transaction
      date: 2025-03-03
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: World Food Programme, humanitarian_actor: un}
        - {role: payee, kind: individual, name: Musa Hilal Abdalla Alnsiem, country: SD}
      """
    When the events are checked
    Then "sudan.assetfreeze" is lifted by exemption "sudan.assetfreeze.humanitarian_2664"

  Scenario: A payment declared humanitarian by a private trader is not covered by the carve-out, which only the actors of 2664 OP1 may use
    Given the event:
      """
      id: sudan-assetfreeze-humanitarian-2664-no
      type: financial_transaction
      date: 2025-03-03
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: Sunrise General Trading LLC, country: AE}
        - {role: payee, kind: individual, name: Musa Hilal Abdalla Alnsiem, country: SD}
      """
    When the events are checked
    Then there is a violation of "sudan.assetfreeze"
    And the exemption "sudan.assetfreeze.humanitarian_2664" was weighed and did not apply for "sudan.assetfreeze"

  Scenario: Travel the 1591 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: sudan-travelban-committee-exemption-yes
      type: travel
      date: 2025-03-03
      destination: TD
      parties:
        - {role: traveller, kind: individual, name: Musa Hilal Abdalla Alnsiem, country: SD}
      authorizations:
        - {type: committee_exemption, issued_by: 1591 Committee, date: 2025-02-21, valid_until: 2025-03-23}
      """
    When the events are checked
    Then "sudan.travelban" is lifted by exemption "sudan.travelban.committee_exemption"

  Scenario: An exemption of the 1591 Committee that had expired before the journey does not cover it
    Given the event:
      """
      id: sudan-travelban-committee-exemption-no
      type: travel
      date: 2025-03-03
      destination: TD
      parties:
        - {role: traveller, kind: individual, name: Musa Hilal Abdalla Alnsiem, country: SD}
      authorizations:
        - {type: committee_exemption, issued_by: 1591 Committee, date: 2025-01-22, valid_until: 2025-01-27}
      """
    When the events are checked
    Then there is a violation of "sudan.travelban"
    And the exemption "sudan.travelban.committee_exemption" was weighed and did not apply for "sudan.travelban"
