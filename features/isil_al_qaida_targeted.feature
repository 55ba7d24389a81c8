@targeted
Feature: ISIL (Da'esh) and Al-Qaida (1267) asset freeze and travel ban
  Parties on the ISIL (Da'esh) and Al-Qaida list (QDi./QDe.), designated on or before the
  event's date, screened by name or UN reference (rules/isil_al_qaida/targeted.yaml).

  isil_al_qaida.assetfreeze  1333 (2000) OP8(c) from 2000-12-19; 1390 (2002) OP2(a) from
    2002-01-16; 2734 (2024) OP1(a) from 2024-06-10 - all three numbers unconfirmed. (The 1999
    freeze of 1267 OP4(b) reached the Taliban only: taliban.assetfreeze.)
  isil_al_qaida.travelban    1390 OP2(b) from 2002-01-16; 2734 OP1(b) from 2024-06-10
    (both unconfirmed). Open-ended.
  Exemptions: 1452 (2002) OP1 Committee exemption (from 2002-12-20); 2664 (2022) OP1 for two
  years (2022-12-09 to 2024-12-05), then with 2761 (2024) OP1 (from 2024-12-06); travel:
  Committee approval and judicial process (1390 OP2(b)).

  # --- asset freeze ----------------------------------------------------------------------------

  Scenario: A payment in 2001 to a listed Al-Qaida member breaches the freeze: 1333 OP8(c)
    Given the event:
      """
      id: qd-af-2001
      type: financial_transaction
      date: 2001-06-01
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Salim Ahmad Salim Hamdan, country: YE}
      """
    When the events are checked
    Then there is a violation of "isil_al_qaida.assetfreeze"
    And the finding for "isil_al_qaida.assetfreeze" cites resolution 1333 paragraph "8(c)" marked "unconfirmed"
    And the finding for "isil_al_qaida.assetfreeze" does not cite resolution 1267
    And the finding for "isil_al_qaida.assetfreeze" does not cite resolution 1390

  Scenario: A payment in 2010 cites 1390 OP2(a)
    Given the event:
      """
      id: qd-af-2010
      type: financial_transaction
      date: 2010-06-01
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Salim Ahmad Salim Hamdan, country: YE}
      """
    When the events are checked
    Then there is a violation of "isil_al_qaida.assetfreeze"
    And the finding for "isil_al_qaida.assetfreeze" cites resolution 1390 paragraph "2(a)" marked "unconfirmed"
    And the finding for "isil_al_qaida.assetfreeze" does not cite resolution 2734

  Scenario: A payment to Al-Qaida on 2024-06-10 cites 2734 OP1(a), unconfirmed
    Given the event:
      """
      id: qd-af-2024
      type: financial_transaction
      date: 2024-06-10
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: entity, name: Al-Qaida}
      """
    When the events are checked
    Then there is a violation of "isil_al_qaida.assetfreeze"
    And the finding for "isil_al_qaida.assetfreeze" cites resolution 2734 paragraph "1(a)" marked "unconfirmed"
    And the finding for "isil_al_qaida.assetfreeze" does not cite resolution 1390

  Scenario: A payment in 2025 to a person listed on 2025-06-16 breaches the freeze
    Given the event:
      """
      id: qd-af-2025
      type: financial_transaction
      date: 2025-09-01
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Abubakar Swalleh, country: UG}
      """
    When the events are checked
    Then there is a violation of "isil_al_qaida.assetfreeze"
    And the finding for "isil_al_qaida.assetfreeze" cites resolution 2734 paragraph "1(a)" marked "unconfirmed"

  # --- travel ban ------------------------------------------------------------------------------

  Scenario: Travel in 2010 by a listed person breaches the travel ban: 1390 OP2(b)
    Given the event:
      """
      id: qd-tb-2010
      type: travel
      date: 2010-06-01
      destination: QA
      parties:
        - {role: traveller, kind: individual, name: Salim Ahmad Salim Hamdan, country: YE}
      """
    When the events are checked
    Then there is a violation of "isil_al_qaida.travelban"
    And the finding for "isil_al_qaida.travelban" cites resolution 1390 paragraph "2(b)" marked "unconfirmed"
    And the finding for "isil_al_qaida.travelban" does not cite resolution 2734

  Scenario: Travel in 2025 by a listed person breaches the travel ban: 2734 OP1(b)
    Given the event:
      """
      id: qd-tb-2025
      type: travel
      date: 2025-09-01
      destination: KE
      parties:
        - {role: traveller, kind: individual, name: Abubakar Swalleh, country: UG}
      """
    When the events are checked
    Then there is a violation of "isil_al_qaida.travelban"
    And the finding for "isil_al_qaida.travelban" cites resolution 2734 paragraph "1(b)" marked "unconfirmed"
    And the finding for "isil_al_qaida.travelban" does not cite resolution 1390

  # --- look-alikes and dates -------------------------------------------------------------------

  Scenario: The same dealings with a person on no list, or on another regime's list (1988, Taliban), are not 1267 findings
    Given the events:
      """
      - id: isil-al-qaida-af-unlisted
        type: financial_transaction
        date: 2025-09-01
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Peter Lindqvist, country: SE}
      - id: isil-al-qaida-af-other-regime
        type: financial_transaction
        date: 2025-09-01
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Mohammed Omar Ghulam Nabi, country: AF}
      - id: isil-al-qaida-tb-unlisted
        type: travel
        date: 2025-09-01
        destination: KE
        parties:
          - {role: traveller, kind: individual, name: Peter Lindqvist, country: SE}
      - id: isil-al-qaida-tb-other-regime
        type: travel
        date: 2025-09-01
        destination: KE
        parties:
          - {role: traveller, kind: individual, name: Mohammed Omar Ghulam Nabi, country: AF}
      """
    When the events are checked
    Then there is no finding for "isil_al_qaida.assetfreeze"
    And there is no finding for "isil_al_qaida.travelban"
    And the screening of event "isil-al-qaida-af-unlisted" finds nothing
    And the screening of event "isil-al-qaida-tb-unlisted" finds nothing

  Scenario: The day before Abubakar Swalleh was listed (2025-06-16) neither a payment nor his travel is a finding
    Given the events:
      """
      - id: isil-al-qaida-af-day-before
        type: financial_transaction
        date: 2025-06-15
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Abubakar Swalleh, country: UG}
      - id: isil-al-qaida-tb-day-before
        type: travel
        date: 2025-06-15
        destination: KE
        parties:
          - {role: traveller, kind: individual, name: Abubakar Swalleh, country: UG}
      """
    When the events are checked
    Then there is no finding for "isil_al_qaida.assetfreeze"
    And there is no finding for "isil_al_qaida.travelban"
    And the screening of event "isil-al-qaida-af-day-before" notes "QDi.436" as "designated_later"
    And the screening of event "isil-al-qaida-tb-day-before" notes "QDi.436" as "designated_later"

  Scenario: A listed person who is not the traveller (the host of the visit) does not make the journey a breach of the travel ban
    Given the event:
      """
      id: isil-al-qaida-tb-companion
      type: travel
      date: 2025-09-01
      destination: KE
      parties:
        - {role: traveller, kind: individual, name: Peter Lindqvist, country: SE}
        - {role: client, kind: individual, name: Abubakar Swalleh, country: UG}
      """
    When the events are checked
    Then there is no finding for "isil_al_qaida.travelban"

  # --- exemptions ------------------------------------------------------------------------------

  Scenario: A payment the 1267 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: isil-al-qaida-assetfreeze-committee-exemption-yes
      type: financial_transaction
      date: 2015-05-04
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Salim Ahmad Salim Hamdan, country: YE}
      authorizations:
        - {type: committee_exemption, issued_by: 1267 Committee, date: 2015-04-24, valid_until: 2015-05-24}
      """
    When the events are checked
    Then "isil_al_qaida.assetfreeze" is lifted by exemption "isil_al_qaida.assetfreeze.committee_exemption"

  Scenario: An exemption of the 1267 Committee that had expired before the payment does not cover it
    Given the event:
      """
      id: isil-al-qaida-assetfreeze-committee-exemption-no
      type: financial_transaction
      date: 2015-05-04
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Salim Ahmad Salim Hamdan, country: YE}
      authorizations:
        - {type: committee_exemption, issued_by: 1267 Committee, date: 2015-03-25, valid_until: 2015-03-30}
      """
    When the events are checked
    Then there is a violation of "isil_al_qaida.assetfreeze"
    And the exemption "isil_al_qaida.assetfreeze.committee_exemption" was weighed and did not apply for "isil_al_qaida.assetfreeze"

  Scenario: In 2023 a humanitarian payment by a UN programme is not a breach: 2664 OP1 for the first two years
    Given the event:
      """
      id: isil-al-qaida-assetfreeze-humanitarian-2664-yes
      type: financial_transaction
      date: 2023-04-03
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: World Food Programme, humanitarian_actor: un}
        - {role: payee, kind: individual, name: Salim Ahmad Salim Hamdan, country: YE}
      """
    When the events are checked
    Then "isil_al_qaida.assetfreeze" is lifted by exemption "isil_al_qaida.assetfreeze.humanitarian_2664"

  Scenario: In 2023 a humanitarian payment by a private trader is not covered by the 2664 carve-out
    Given the event:
      """
      id: isil-al-qaida-assetfreeze-humanitarian-2664-no
      type: financial_transaction
      date: 2023-04-03
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: Sunrise General Trading LLC, country: AE}
        - {role: payee, kind: individual, name: Salim Ahmad Salim Hamdan, country: YE}
      """
    When the events are checked
    Then there is a violation of "isil_al_qaida.assetfreeze"
    And the exemption "isil_al_qaida.assetfreeze.humanitarian_2664" was weighed and did not apply for "isil_al_qaida.assetfreeze"

  Scenario: In 2025 a humanitarian payment by a UN programme is not a breach: 2664 OP1 continued by 2761 OP1
    Given the event:
      """
      id: isil-al-qaida-assetfreeze-humanitarian-2761-yes
      type: financial_transaction
      date: 2025-02-03
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: World Food Programme, humanitarian_actor: un}
        - {role: payee, kind: individual, name: Salim Ahmad Salim Hamdan, country: YE}
      """
    When the events are checked
    Then "isil_al_qaida.assetfreeze" is lifted by exemption "isil_al_qaida.assetfreeze.humanitarian_2761"

  Scenario: In 2025 a humanitarian payment by a private trader is not covered by the carve-out 2761 continued
    Given the event:
      """
      id: isil-al-qaida-assetfreeze-humanitarian-2761-no
      type: financial_transaction
      date: 2025-02-03
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: Sunrise General Trading LLC, country: AE}
        - {role: payee, kind: individual, name: Salim Ahmad Salim Hamdan, country: YE}
      """
    When the events are checked
    Then there is a violation of "isil_al_qaida.assetfreeze"
    And the exemption "isil_al_qaida.assetfreeze.humanitarian_2761" was weighed and did not apply for "isil_al_qaida.assetfreeze"

  Scenario: Travel the 1267 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: isil-al-qaida-travelban-committee-exemption-yes
      type: travel
      date: 2025-10-06
      destination: KE
      parties:
        - {role: traveller, kind: individual, name: Salim Ahmad Salim Hamdan, country: YE}
      authorizations:
        - {type: committee_exemption, issued_by: 1267 Committee, date: 2025-09-26, valid_until: 2025-10-26}
      """
    When the events are checked
    Then "isil_al_qaida.travelban" is lifted by exemption "isil_al_qaida.travelban.committee_exemption"

  Scenario: An exemption of the 1267 Committee that had expired before the journey does not cover it
    Given the event:
      """
      id: isil-al-qaida-travelban-committee-exemption-no
      type: travel
      date: 2025-10-06
      destination: KE
      parties:
        - {role: traveller, kind: individual, name: Salim Ahmad Salim Hamdan, country: YE}
      authorizations:
        - {type: committee_exemption, issued_by: 1267 Committee, date: 2025-08-27, valid_until: 2025-09-01}
      """
    When the events are checked
    Then there is a violation of "isil_al_qaida.travelban"
    And the exemption "isil_al_qaida.travelban.committee_exemption" was weighed and did not apply for "isil_al_qaida.travelban"

  Scenario: Travel necessary for a judicial process is not a breach
    Given the event:
      """
      id: isil-al-qaida-travelban-judicial-process-yes
      type: travel
      date: 2025-10-06
      destination: KE
      purposes: [judicial_process]
      parties:
        - {role: traveller, kind: individual, name: Salim Ahmad Salim Hamdan, country: YE}
      """
    When the events are checked
    Then "isil_al_qaida.travelban" is lifted by exemption "isil_al_qaida.travelban.judicial_process"

  Scenario: Travel for personal use is not excepted as a judicial process
    Given the event:
      """
      id: isil-al-qaida-travelban-judicial-process-no
      type: travel
      date: 2025-10-06
      destination: KE
      purposes: [personal_use]
      parties:
        - {role: traveller, kind: individual, name: Salim Ahmad Salim Hamdan, country: YE}
      """
    When the events are checked
    Then there is a violation of "isil_al_qaida.travelban"
    And the exemption "isil_al_qaida.travelban.judicial_process" was weighed and did not apply for "isil_al_qaida.travelban"

  Scenario: A listed person entering the State of their own nationality is not a breach: the own-nationals proviso
    Given the event:
      """
      id: qd-tb-own-national
      type: travel
      date: 2025-09-01
      location: {country: UG}
      parties:
        - {role: traveller, kind: individual, name: Abubakar Swalleh, country: UG}
      """
    When the events are checked
    Then "isil_al_qaida.travelban" is lifted by exemption "isil_al_qaida.travelban.own_nationals"

  Scenario: A listed person with no nationality given is not covered by the own-nationals proviso
    Given the event:
      """
      id: qd-tb-no-nationality
      type: travel
      date: 2025-09-01
      location: {country: UG}
      parties:
        - {role: traveller, kind: individual, name: Abubakar Swalleh}
      """
    When the events are checked
    Then there is a violation of "isil_al_qaida.travelban"
    And the exemption "isil_al_qaida.travelban.own_nationals" was weighed and did not apply for "isil_al_qaida.travelban"
