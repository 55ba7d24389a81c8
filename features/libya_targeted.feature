@targeted
Feature: Libya (1970) asset freeze and travel ban
  Parties on the 1970 (Libya) list (LYi./LYe.), designated on or before the event's date
  (rules/libya/targeted.yaml).

  libya.assetfreeze  1970 (2011) OP17 (verified) from 2011-02-26; extended by 1973 OP17/19,
    modified for the LIA and LAFICO by 2009 OP15. Open-ended.
  libya.travelban    1970 OP15 (verified) from 2011-02-26. Open-ended.
  Exemptions: 1970 OP19-21 (asset freeze) and OP16 (travel), unconfirmed; 2664 OP1 (from
  2022-12-09).

  # --- asset freeze ----------------------------------------------------------------------------

  Scenario: A deposit placed with the Libyan Investment Authority breaches the freeze: 1970 OP17
    Given the event:
      """
      id: ly-af-2019
      type: financial_transaction
      date: 2019-05-06
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: entity, name: Libyan Investment Authority, country: LY}
      """
    When the events are checked
    Then there is a violation of "libya.assetfreeze"
    And the finding for "libya.assetfreeze" cites resolution 1970 paragraph "17" marked "verified"

  # --- travel ban ------------------------------------------------------------------------------

  Scenario: Travel by a listed official of the former regime breaches the travel ban: 1970 OP15
    Given the event:
      """
      id: ly-tb-2019
      type: travel
      date: 2019-05-06
      destination: TN
      parties:
        - {role: traveller, kind: individual, name: Abdulqader Mohammed Al-Baghdadi}
      """
    When the events are checked
    Then there is a violation of "libya.travelban"
    And the finding for "libya.travelban" cites resolution 1970 paragraph "15" marked "verified"

  # --- look-alikes and dates -------------------------------------------------------------------

  Scenario: The same dealings with a person on no list, or on another regime's list (2140, Yemen), are not 1970 findings
    Given the events:
      """
      - id: libya-af-unlisted
        type: financial_transaction
        date: 2019-05-06
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Peter Lindqvist, country: SE}
      - id: libya-af-other-regime
        type: financial_transaction
        date: 2019-05-06
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Abd Al-Khaliq Al-Houthi, country: YE}
      - id: libya-tb-unlisted
        type: travel
        date: 2019-05-06
        destination: TN
        parties:
          - {role: traveller, kind: individual, name: Peter Lindqvist, country: SE}
      - id: libya-tb-other-regime
        type: travel
        date: 2019-05-06
        destination: TN
        parties:
          - {role: traveller, kind: individual, name: Abd Al-Khaliq Al-Houthi, country: YE}
      """
    When the events are checked
    Then there is no finding for "libya.assetfreeze"
    And there is no finding for "libya.travelban"
    And the screening of event "libya-af-unlisted" finds nothing
    And the screening of event "libya-tb-unlisted" finds nothing

  Scenario: On 2011-02-25, the day before 1970 was adopted and its first listings, neither a payment nor travel is a finding
    Given the events:
      """
      - id: libya-af-day-before
        type: financial_transaction
        date: 2011-02-25
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Abdulqader Mohammed Al-Baghdadi}
      - id: libya-tb-day-before
        type: travel
        date: 2011-02-25
        destination: TN
        parties:
          - {role: traveller, kind: individual, name: Abdulqader Mohammed Al-Baghdadi}
      """
    When the events are checked
    Then there is no finding for "libya.assetfreeze"
    And there is no finding for "libya.travelban"
    And the screening of event "libya-af-day-before" notes "LYi.001" as "designated_later"
    And the screening of event "libya-tb-day-before" notes "LYi.001" as "designated_later"

  # --- exemptions ------------------------------------------------------------------------------

  Scenario: A payment the 1970 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: libya-assetfreeze-committee-exemption-yes
      type: financial_transaction
      date: 2019-05-06
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: entity, name: Libyan Investment Authority, country: LY}
      authorizations:
        - {type: committee_exemption, issued_by: 1970 Committee, date: 2019-04-26, valid_until: 2019-05-26}
      """
    When the events are checked
    Then "libya.assetfreeze" is lifted by exemption "libya.assetfreeze.committee_exemption"

  Scenario: An exemption of the 1970 Committee that had expired before the payment does not cover it
    Given the event:
      """
      id: libya-assetfreeze-committee-exemption-no
      type: financial_transaction
      date: 2019-05-06
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: entity, name: Libyan Investment Authority, country: LY}
      authorizations:
        - {type: committee_exemption, issued_by: 1970 Committee, date: 2019-03-27, valid_until: 2019-04-01}
      """
    When the events are checked
    Then there is a violation of "libya.assetfreeze"
    And the exemption "libya.assetfreeze.committee_exemption" was weighed and did not apply for "libya.assetfreeze"

  Scenario: A humanitarian payment by a UN programme to a listed party is not a breach (2664 OP1)
    Given the event:
      """
      id: libya-assetfreeze-humanitarian-2664-yes
      type: financial_transaction
      date: 2023-05-08
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: World Food Programme, humanitarian_actor: un}
        - {role: payee, kind: entity, name: Libyan Investment Authority, country: LY}
      """
    When the events are checked
    Then "libya.assetfreeze" is lifted by exemption "libya.assetfreeze.humanitarian_2664"

  Scenario: A payment declared humanitarian by a private trader is not covered by the carve-out, which only the actors of 2664 OP1 may use
    Given the event:
      """
      id: libya-assetfreeze-humanitarian-2664-no
      type: financial_transaction
      date: 2023-05-08
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: Sunrise General Trading LLC, country: AE}
        - {role: payee, kind: entity, name: Libyan Investment Authority, country: LY}
      """
    When the events are checked
    Then there is a violation of "libya.assetfreeze"
    And the exemption "libya.assetfreeze.humanitarian_2664" was weighed and did not apply for "libya.assetfreeze"

  Scenario: Travel the 1970 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: libya-travelban-committee-exemption-yes
      type: travel
      date: 2019-05-06
      destination: TN
      parties:
        - {role: traveller, kind: individual, name: Abdulqader Mohammed Al-Baghdadi}
      authorizations:
        - {type: committee_exemption, issued_by: 1970 Committee, date: 2019-04-26, valid_until: 2019-05-26}
      """
    When the events are checked
    Then "libya.travelban" is lifted by exemption "libya.travelban.committee_exemption"

  Scenario: An exemption of the 1970 Committee that had expired before the journey does not cover it
    Given the event:
      """
      id: libya-travelban-committee-exemption-no
      type: travel
      date: 2019-05-06
      destination: TN
      parties:
        - {role: traveller, kind: individual, name: Abdulqader Mohammed Al-Baghdadi}
      authorizations:
        - {type: committee_exemption, issued_by: 1970 Committee, date: 2019-03-27, valid_until: 2019-04-01}
      """
    When the events are checked
    Then there is a violation of "libya.travelban"
    And the exemption "libya.travelban.committee_exemption" was weighed and did not apply for "libya.travelban"
