@targeted
Feature: Al-Shabaab (2713, formerly 751 Somalia) asset freeze and travel ban
  Parties on the Al-Shabaab list (SOi./SOe.; list type 'Somalia'), designated on or before
  the event's date (rules/al_shabaab/targeted.yaml).

  al_shabaab.assetfreeze  1844 (2008) OP3 (verified) from 2008-11-20. Open-ended.
  al_shabaab.travelban    1844 OP1 (verified) from 2008-11-20. Open-ended.
  Exemptions: 1844 OP4 (asset freeze, unconfirmed) and OP2 (travel, verified), from the 2713
  or the former 751 Committee; 2664 OP1 (from 2022-12-09).

  # --- asset freeze ----------------------------------------------------------------------------

  Scenario: A payment to Al-Shabaab breaches the freeze: 1844 OP3
    Given the event:
      """
      id: so-af-2023
      type: financial_transaction
      date: 2023-03-06
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: entity, name: Al-Shabaab}
      """
    When the events are checked
    Then there is a violation of "al_shabaab.assetfreeze"
    And the finding for "al_shabaab.assetfreeze" cites resolution 1844 paragraph "3" marked "verified"

  # --- travel ban ------------------------------------------------------------------------------

  Scenario: Travel by a listed Al-Shabaab leader breaches the travel ban: 1844 OP1
    Given the event:
      """
      id: so-tb-2025
      type: travel
      date: 2025-01-06
      destination: KE
      parties:
        - {role: traveller, kind: individual, name: Mohamed Mohamud Mire, country: SO}
      """
    When the events are checked
    Then there is a violation of "al_shabaab.travelban"
    And the finding for "al_shabaab.travelban" cites resolution 1844 paragraph "1" marked "verified"

  # --- look-alikes and dates -------------------------------------------------------------------

  Scenario: The same dealings with a person on no list, or on another regime's list (2653, Haiti), are not 2713 findings
    Given the events:
      """
      - id: al-shabaab-af-unlisted
        type: financial_transaction
        date: 2025-01-06
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Peter Lindqvist, country: SE}
      - id: al-shabaab-af-other-regime
        type: financial_transaction
        date: 2025-01-06
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Jimmy Cherizier, country: HT}
      - id: al-shabaab-tb-unlisted
        type: travel
        date: 2025-01-06
        destination: KE
        parties:
          - {role: traveller, kind: individual, name: Peter Lindqvist, country: SE}
      - id: al-shabaab-tb-other-regime
        type: travel
        date: 2025-01-06
        destination: KE
        parties:
          - {role: traveller, kind: individual, name: Jimmy Cherizier, country: HT}
      """
    When the events are checked
    Then there is no finding for "al_shabaab.assetfreeze"
    And there is no finding for "al_shabaab.travelban"
    And the screening of event "al-shabaab-af-unlisted" finds nothing
    And the screening of event "al-shabaab-tb-unlisted" finds nothing

  Scenario: The day before Mohamed Mohamud Mire was listed (2024-05-21) neither a payment nor his travel is a finding
    Given the events:
      """
      - id: al-shabaab-af-day-before
        type: financial_transaction
        date: 2024-05-20
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Mohamed Mohamud Mire, country: SO}
      - id: al-shabaab-tb-day-before
        type: travel
        date: 2024-05-20
        destination: KE
        parties:
          - {role: traveller, kind: individual, name: Mohamed Mohamud Mire, country: SO}
      """
    When the events are checked
    Then there is no finding for "al_shabaab.assetfreeze"
    And there is no finding for "al_shabaab.travelban"
    And the screening of event "al-shabaab-af-day-before" notes "SOi.024" as "designated_later"
    And the screening of event "al-shabaab-tb-day-before" notes "SOi.024" as "designated_later"

  # --- exemptions ------------------------------------------------------------------------------

  Scenario: A payment the 751 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: al-shabaab-assetfreeze-committee-exemption-yes
      type: financial_transaction
      date: 2016-03-07
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: entity, name: Al-Shabaab}
      authorizations:
        - {type: committee_exemption, issued_by: 751 Committee, date: 2016-02-26, valid_until: 2016-03-27}
      """
    When the events are checked
    Then "al_shabaab.assetfreeze" is lifted by exemption "al_shabaab.assetfreeze.committee_exemption"

  Scenario: An exemption of the 751 Committee that had expired before the payment does not cover it
    Given the event:
      """
      id: al-shabaab-assetfreeze-committee-exemption-no
      type: financial_transaction
      date: 2016-03-07
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: entity, name: Al-Shabaab}
      authorizations:
        - {type: committee_exemption, issued_by: 751 Committee, date: 2016-01-27, valid_until: 2016-02-01}
      """
    When the events are checked
    Then there is a violation of "al_shabaab.assetfreeze"
    And the exemption "al_shabaab.assetfreeze.committee_exemption" was weighed and did not apply for "al_shabaab.assetfreeze"

  Scenario: Humanitarian aid delivered by a UN programme in an area Al-Shabaab controls is not a breach (2664 OP1)
    Given the event:
      """
      id: al-shabaab-assetfreeze-humanitarian-2664-yes
      type: financial_transaction
      date: 2023-03-06
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: World Food Programme, humanitarian_actor: un}
        - {role: payee, kind: entity, name: Al-Shabaab}
      """
    When the events are checked
    Then "al_shabaab.assetfreeze" is lifted by exemption "al_shabaab.assetfreeze.humanitarian_2664"

  Scenario: A payment declared humanitarian by a private trader is not covered by the carve-out, which only the actors of 2664 OP1 may use
    Given the event:
      """
      id: al-shabaab-assetfreeze-humanitarian-2664-no
      type: financial_transaction
      date: 2023-03-06
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: Sunrise General Trading LLC, country: AE}
        - {role: payee, kind: entity, name: Al-Shabaab}
      """
    When the events are checked
    Then there is a violation of "al_shabaab.assetfreeze"
    And the exemption "al_shabaab.assetfreeze.humanitarian_2664" was weighed and did not apply for "al_shabaab.assetfreeze"

  Scenario: Travel the 2713 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: al-shabaab-travelban-committee-exemption-yes
      type: travel
      date: 2025-01-06
      destination: KE
      parties:
        - {role: traveller, kind: individual, name: Mohamed Mohamud Mire, country: SO}
      authorizations:
        - {type: committee_exemption, issued_by: 2713 Committee, date: 2024-12-27, valid_until: 2025-01-26}
      """
    When the events are checked
    Then "al_shabaab.travelban" is lifted by exemption "al_shabaab.travelban.committee_exemption"

  Scenario: An exemption of the 2713 Committee that had expired before the journey does not cover it
    Given the event:
      """
      id: al-shabaab-travelban-committee-exemption-no
      type: travel
      date: 2025-01-06
      destination: KE
      parties:
        - {role: traveller, kind: individual, name: Mohamed Mohamud Mire, country: SO}
      authorizations:
        - {type: committee_exemption, issued_by: 2713 Committee, date: 2024-11-27, valid_until: 2024-12-02}
      """
    When the events are checked
    Then there is a violation of "al_shabaab.travelban"
    And the exemption "al_shabaab.travelban.committee_exemption" was weighed and did not apply for "al_shabaab.travelban"
