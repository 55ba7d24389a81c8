@targeted
Feature: Taliban (1988) asset freeze and travel ban
  Parties on the 1988 (Taliban) list (TAi./TAe.), designated on or before the event's date
  (rules/taliban/targeted.yaml). The Taliban were on the 1267 list until 17 June 2011.

  taliban.assetfreeze  1267 OP4(b) from 1999-10-15; 1390 OP2(a) from 2002-01-16; 1988 (2011)
    OP1(a) from 2011-06-17; 2255 (2015) OP1(a) from 2015-12-21 - all unconfirmed.
  taliban.travelban    1390 OP2(b) from 2002-01-16; 1988 OP1(b) from 2011-06-17 (unconfirmed);
    2255 OP1(b) from 2015-12-21 (verified). Open-ended.
  Exemptions: Committee exemptions 1452 OP1 (2002-12-20 to 2015-12-20) and 2255 OP17, 18, 22(a)
  (from 2015-12-21); 2615 (2021) OP1 humanitarian exemption for Afghanistan (from 2021-12-22);
  2664 OP1 (from 2022-12-09); travel: 1390 OP2(b) before 2255, 2255 OP1(b), 19-21, 22(b).

  # --- asset freeze ----------------------------------------------------------------------------

  Scenario: A payment in 2000 to a Taliban leader breaches the 1267 freeze: 1267 OP4(b)
    Given the event:
      """
      id: ta-af-2000
      type: financial_transaction
      date: 2000-06-01
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Mohammed Omar Ghulam Nabi, country: AF}
      """
    When the events are checked
    Then there is a violation of "taliban.assetfreeze"
    And the finding for "taliban.assetfreeze" cites resolution 1267 paragraph "4(b)" marked "unconfirmed"

  Scenario: A payment in 2005 cites 1390 OP2(a)
    Given the event:
      """
      id: ta-af-2005
      type: financial_transaction
      date: 2005-06-01
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Mohammed Omar Ghulam Nabi, country: AF}
      """
    When the events are checked
    Then there is a violation of "taliban.assetfreeze"
    And the finding for "taliban.assetfreeze" cites resolution 1390 paragraph "2(a)" marked "unconfirmed"
    And the finding for "taliban.assetfreeze" does not cite resolution 1988

  Scenario: A payment in 2013 cites 1988 OP1(a)
    Given the event:
      """
      id: ta-af-2013
      type: financial_transaction
      date: 2013-06-03
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Mohammad Hassan Akhund, country: AF}
      """
    When the events are checked
    Then there is a violation of "taliban.assetfreeze"
    And the finding for "taliban.assetfreeze" cites resolution 1988 paragraph "1(a)" marked "unconfirmed"
    And the finding for "taliban.assetfreeze" does not cite resolution 2255

  Scenario: A payment in 2024 to a listed hawala cites 2255 OP1(a)
    Given the event:
      """
      id: ta-af-2024
      type: financial_transaction
      date: 2024-03-01
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: entity, name: Haji Basir and Zarjmil Company Hawala}
      """
    When the events are checked
    Then there is a violation of "taliban.assetfreeze"
    And the finding for "taliban.assetfreeze" cites resolution 2255 paragraph "1(a)" marked "unconfirmed"
    And the finding for "taliban.assetfreeze" does not cite resolution 1988

  # --- travel ban ------------------------------------------------------------------------------

  Scenario: Travel in 2005 by a listed Taliban member cites 1390 OP2(b)
    Given the event:
      """
      id: ta-tb-2005
      type: travel
      date: 2005-06-01
      destination: PK
      parties:
        - {role: traveller, kind: individual, name: Mohammad Hassan Akhund, country: AF}
      """
    When the events are checked
    Then there is a violation of "taliban.travelban"
    And the finding for "taliban.travelban" cites resolution 1390 paragraph "2(b)" marked "unconfirmed"

  Scenario: Travel in 2013 cites 1988 OP1(b)
    Given the event:
      """
      id: ta-tb-2013
      type: travel
      date: 2013-06-03
      destination: PK
      parties:
        - {role: traveller, kind: individual, name: Mohammad Hassan Akhund, country: AF}
      """
    When the events are checked
    Then there is a violation of "taliban.travelban"
    And the finding for "taliban.travelban" cites resolution 1988 paragraph "1(b)" marked "unconfirmed"

  Scenario: Travel in 2024 cites 2255 OP1(b), verified
    Given the event:
      """
      id: ta-tb-2024
      type: travel
      date: 2024-03-01
      destination: QA
      parties:
        - {role: traveller, kind: individual, name: Mohammad Hassan Akhund, country: AF}
      """
    When the events are checked
    Then there is a violation of "taliban.travelban"
    And the finding for "taliban.travelban" cites resolution 2255 paragraph "1(b)" marked "verified"
    And the finding for "taliban.travelban" does not cite resolution 1390

  # --- look-alikes and dates -------------------------------------------------------------------

  Scenario: The same dealings with a person on no list, or on another regime's list (1267, ISIL/Al-Qaida), are not 1988 findings
    Given the events:
      """
      - id: taliban-af-unlisted
        type: financial_transaction
        date: 2024-03-01
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Peter Lindqvist, country: SE}
      - id: taliban-af-other-regime
        type: financial_transaction
        date: 2024-03-01
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Salim Ahmad Salim Hamdan, country: YE}
      - id: taliban-tb-unlisted
        type: travel
        date: 2024-03-01
        destination: QA
        parties:
          - {role: traveller, kind: individual, name: Peter Lindqvist, country: SE}
      - id: taliban-tb-other-regime
        type: travel
        date: 2024-03-01
        destination: QA
        parties:
          - {role: traveller, kind: individual, name: Salim Ahmad Salim Hamdan, country: YE}
      """
    When the events are checked
    Then there is no finding for "taliban.assetfreeze"
    And there is no finding for "taliban.travelban"
    And the screening of event "taliban-af-unlisted" finds nothing
    And the screening of event "taliban-tb-unlisted" finds nothing

  Scenario: The day before Mohammed Omar Ghulam Nabi was listed (2000-04-12) a payment to him is no finding; no travel ban before 2002-01-16
    Given the events:
      """
      - id: taliban-af-day-before
        type: financial_transaction
        date: 2000-04-11
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Mohammed Omar Ghulam Nabi, country: AF}
      - id: taliban-tb-day-before
        type: travel
        date: 2000-04-11
        destination: QA
        parties:
          - {role: traveller, kind: individual, name: Mohammad Hassan Akhund, country: AF}
      """
    When the events are checked
    Then there is no finding for "taliban.assetfreeze"
    And there is no finding for "taliban.travelban"
    And the screening of event "taliban-af-day-before" notes "TAi.004" as "designated_later"

  # --- exemptions ------------------------------------------------------------------------------

  Scenario: A payment the 1988 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: taliban-assetfreeze-committee-exemption-1452-yes
      type: financial_transaction
      date: 2013-03-04
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Mohammed Omar Ghulam Nabi, country: AF}
      authorizations:
        - {type: committee_exemption, issued_by: 1988 Committee, date: 2013-02-22, valid_until: 2013-03-24}
      """
    When the events are checked
    Then "taliban.assetfreeze" is lifted by exemption "taliban.assetfreeze.committee_exemption_1452"

  Scenario: An exemption of the 1988 Committee that had expired before the payment does not cover it
    Given the event:
      """
      id: taliban-assetfreeze-committee-exemption-1452-no
      type: financial_transaction
      date: 2013-03-04
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Mohammed Omar Ghulam Nabi, country: AF}
      authorizations:
        - {type: committee_exemption, issued_by: 1988 Committee, date: 2013-01-23, valid_until: 2013-01-28}
      """
    When the events are checked
    Then there is a violation of "taliban.assetfreeze"
    And the exemption "taliban.assetfreeze.committee_exemption_1452" was weighed and did not apply for "taliban.assetfreeze"

  Scenario: A payment the 1988 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: taliban-assetfreeze-committee-exemption-yes
      type: financial_transaction
      date: 2024-03-04
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Mohammed Omar Ghulam Nabi, country: AF}
      authorizations:
        - {type: committee_exemption, issued_by: 1988 Committee, date: 2024-02-23, valid_until: 2024-03-24}
      """
    When the events are checked
    Then "taliban.assetfreeze" is lifted by exemption "taliban.assetfreeze.committee_exemption"

  Scenario: An exemption of the 1988 Committee that had expired before the payment does not cover it
    Given the event:
      """
      id: taliban-assetfreeze-committee-exemption-no
      type: financial_transaction
      date: 2024-03-04
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Mohammed Omar Ghulam Nabi, country: AF}
      authorizations:
        - {type: committee_exemption, issued_by: 1988 Committee, date: 2024-01-24, valid_until: 2024-01-29}
      """
    When the events are checked
    Then there is a violation of "taliban.assetfreeze"
    And the exemption "taliban.assetfreeze.committee_exemption" was weighed and did not apply for "taliban.assetfreeze"

  Scenario: In 2022 a payment for basic human needs in Afghanistan is not a breach: 2615 OP1, whoever makes it
    Given the event:
      """
      id: taliban-assetfreeze-humanitarian-2615-yes
      type: financial_transaction
      date: 2022-03-01
      amount: {value: 40000, currency: USD}
      destination: AF
      purposes: [basic_human_needs]
      parties:
        - {role: payer, kind: entity, name: Sunrise General Trading LLC, country: AE}
        - {role: payee, kind: individual, name: Mohammed Omar Ghulam Nabi, country: AF}
      """
    When the events are checked
    Then "taliban.assetfreeze" is lifted by exemption "taliban.assetfreeze.humanitarian_2615"

  Scenario: A payment for basic human needs outside Afghanistan is not covered by 2615 OP1
    Given the event:
      """
      id: taliban-assetfreeze-humanitarian-2615-no
      type: financial_transaction
      date: 2022-03-01
      amount: {value: 40000, currency: USD}
      destination: PK
      purposes: [basic_human_needs]
      parties:
        - {role: payer, kind: entity, name: Sunrise General Trading LLC, country: AE}
        - {role: payee, kind: individual, name: Mohammed Omar Ghulam Nabi, country: AF}
      """
    When the events are checked
    Then there is a violation of "taliban.assetfreeze"
    And the exemption "taliban.assetfreeze.humanitarian_2615" was weighed and did not apply for "taliban.assetfreeze"

  Scenario: A humanitarian payment by a UN programme to a listed party is not a breach (2664 OP1)
    Given the event:
      """
      id: taliban-assetfreeze-humanitarian-2664-yes
      type: financial_transaction
      date: 2024-03-04
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: World Food Programme, humanitarian_actor: un}
        - {role: payee, kind: individual, name: Mohammed Omar Ghulam Nabi, country: AF}
      """
    When the events are checked
    Then "taliban.assetfreeze" is lifted by exemption "taliban.assetfreeze.humanitarian_2664"

  Scenario: A payment declared humanitarian by a private trader is not covered by the carve-out, which only the actors of 2664 OP1 may use
    Given the event:
      """
      id: taliban-assetfreeze-humanitarian-2664-no
      type: financial_transaction
      date: 2024-03-04
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: Sunrise General Trading LLC, country: AE}
        - {role: payee, kind: individual, name: Mohammed Omar Ghulam Nabi, country: AF}
      """
    When the events are checked
    Then there is a violation of "taliban.assetfreeze"
    And the exemption "taliban.assetfreeze.humanitarian_2664" was weighed and did not apply for "taliban.assetfreeze"

  Scenario: Travel the 1988 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: taliban-travelban-committee-exemption-before-2255-yes
      type: travel
      date: 2013-03-04
      destination: QA
      parties:
        - {role: traveller, kind: individual, name: Mohammad Hassan Akhund, country: AF}
      authorizations:
        - {type: committee_exemption, issued_by: 1988 Committee, date: 2013-02-22, valid_until: 2013-03-24}
      """
    When the events are checked
    Then "taliban.travelban" is lifted by exemption "taliban.travelban.committee_exemption_before_2255"

  Scenario: An exemption of the 1988 Committee that had expired before the journey does not cover it
    Given the event:
      """
      id: taliban-travelban-committee-exemption-before-2255-no
      type: travel
      date: 2013-03-04
      destination: QA
      parties:
        - {role: traveller, kind: individual, name: Mohammad Hassan Akhund, country: AF}
      authorizations:
        - {type: committee_exemption, issued_by: 1988 Committee, date: 2013-01-23, valid_until: 2013-01-28}
      """
    When the events are checked
    Then there is a violation of "taliban.travelban"
    And the exemption "taliban.travelban.committee_exemption_before_2255" was weighed and did not apply for "taliban.travelban"

  Scenario: Travel the 1988 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: taliban-travelban-committee-exemption-yes
      type: travel
      date: 2024-03-04
      destination: QA
      parties:
        - {role: traveller, kind: individual, name: Mohammad Hassan Akhund, country: AF}
      authorizations:
        - {type: committee_exemption, issued_by: 1988 Committee, date: 2024-02-23, valid_until: 2024-03-24}
      """
    When the events are checked
    Then "taliban.travelban" is lifted by exemption "taliban.travelban.committee_exemption"

  Scenario: An exemption of the 1988 Committee that had expired before the journey does not cover it
    Given the event:
      """
      id: taliban-travelban-committee-exemption-no
      type: travel
      date: 2024-03-04
      destination: QA
      parties:
        - {role: traveller, kind: individual, name: Mohammad Hassan Akhund, country: AF}
      authorizations:
        - {type: committee_exemption, issued_by: 1988 Committee, date: 2024-01-24, valid_until: 2024-01-29}
      """
    When the events are checked
    Then there is a violation of "taliban.travelban"
    And the exemption "taliban.travelban.committee_exemption" was weighed and did not apply for "taliban.travelban"
