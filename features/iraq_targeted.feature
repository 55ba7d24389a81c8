@targeted
Feature: Iraq (1518) asset freeze
  Parties on the 1518 (Iraq) list (IQi./IQe.), designated on or before the event's date
  (rules/iraq/targeted.yaml).

  iraq.assetfreeze  1483 (2003) OP23 (verified) from 2003-05-22: freeze, and transfer of the
    frozen funds to the Development Fund for Iraq. Open-ended. No travel ban under 1518.
  Exemptions: none listed by the Committee; 2664 OP1 from 2022-12-09.

  # --- asset freeze ----------------------------------------------------------------------------

  Scenario: A payment to a listed member of the former regime breaches the freeze: 1483 OP23
    Given the event:
      """
      id: iq-af-2010
      type: financial_transaction
      date: 2010-02-01
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Saddam Hussein Al-Tikriti, country: IQ}
      """
    When the events are checked
    Then there is a violation of "iraq.assetfreeze"
    And the finding for "iraq.assetfreeze" cites resolution 1483 paragraph "23" marked "verified"

  Scenario: Rent paid to a listed company for its property, the company named only by its UN reference, breaches the freeze
    Given the event:
      """
      id: iq-af-property
      type: property_use
      date: 2015-03-02
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: entity, name: Aviatrans, identifiers: {un_reference: IQe.199}}
      """
    When the events are checked
    Then there is a violation of "iraq.assetfreeze"
    And the finding for "iraq.assetfreeze" cites resolution 1483 paragraph "23" marked "verified"

  # --- look-alikes and dates -------------------------------------------------------------------

  Scenario: The same dealings with a person on no list, or on another regime's list (1591, Sudan), are not 1518 findings
    Given the events:
      """
      - id: iraq-af-unlisted
        type: financial_transaction
        date: 2010-02-01
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Peter Lindqvist, country: SE}
      - id: iraq-af-other-regime
        type: financial_transaction
        date: 2010-02-01
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Musa Hilal Abdalla Alnsiem, country: SD}
      """
    When the events are checked
    Then there is no finding for "iraq.assetfreeze"
    And the screening of event "iraq-af-unlisted" finds nothing

  Scenario: The day before Saddam Hussein Al-Tikriti was listed (2003-06-27) a payment to him is no finding
    Given the event:
      """
      id: iraq-af-day-before
      type: financial_transaction
      date: 2003-06-26
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Saddam Hussein Al-Tikriti, country: IQ}
      """
    When the events are checked
    Then there is no finding for "iraq.assetfreeze"
    And the screening of event "iraq-af-day-before" notes "IQi.001" as "designated_later"

  # --- exemptions ------------------------------------------------------------------------------

  Scenario: A humanitarian payment by a UN programme to a listed party is not a breach (2664 OP1)
    Given the event:
      """
      id: iraq-assetfreeze-humanitarian-2664-yes
      type: financial_transaction
      date: 2024-05-06
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: World Food Programme, humanitarian_actor: un}
        - {role: payee, kind: individual, name: Saddam Hussein Al-Tikriti, country: IQ}
      """
    When the events are checked
    Then "iraq.assetfreeze" is lifted by exemption "iraq.assetfreeze.humanitarian_2664"

  Scenario: A payment declared humanitarian by a private trader is not covered by the carve-out, which only the actors of 2664 OP1 may use
    Given the event:
      """
      id: iraq-assetfreeze-humanitarian-2664-no
      type: financial_transaction
      date: 2024-05-06
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: Sunrise General Trading LLC, country: AE}
        - {role: payee, kind: individual, name: Saddam Hussein Al-Tikriti, country: IQ}
      """
    When the events are checked
    Then there is a violation of "iraq.assetfreeze"
    And the exemption "iraq.assetfreeze.humanitarian_2664" was weighed and did not apply for "iraq.assetfreeze"
