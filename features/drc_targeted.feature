@targeted
Feature: Democratic Republic of the Congo (1533) asset freeze and travel ban
  Parties on the 1533 (DRC) list (CDi./CDe.), designated on or before the event's date
  (rules/drc/targeted.yaml).

  drc.assetfreeze  1596 (2005) OP15 from 2005-04-18; 1807 (2008) OP11 from 2008-03-31 to
    2026-07-01 (both unconfirmed; 1807 'supported').
  drc.travelban    1596 OP13 from 2005-04-18; 1807 OP9 from 2008-03-31 to 2026-07-01
    (unconfirmed).
  Last confirmed renewal 2783 (2025), to 1 July 2026: from 2026-07-02 the
  *.renewal_unconfirmed rules give a review finding.
  Exemptions: 1807 OP12 (asset freeze, from 2008-03-31), 2664 OP1 (from 2022-12-09);
  1596 OP13 (travel; the UN exemption page cites it, but cited unconfirmed like the ban itself).

  # --- asset freeze ----------------------------------------------------------------------------

  Scenario: A payment in 2006 to a listed militia leader breaches the freeze: 1596 OP15
    Given the event:
      """
      id: cd-af-2006
      type: financial_transaction
      date: 2006-02-01
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Germain Katanga, country: CD}
      """
    When the events are checked
    Then there is a violation of "drc.assetfreeze"
    And the finding for "drc.assetfreeze" cites resolution 1596 paragraph "15" marked "unconfirmed"
    And the finding for "drc.assetfreeze" does not cite resolution 1807
    And there is no finding for "drc.assetfreeze.renewal_unconfirmed"

  Scenario: A payment in 2025 to a listed person breaches the freeze: 1807 OP11
    Given the event:
      """
      id: cd-af-2025
      type: financial_transaction
      date: 2025-11-03
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: William Amuri Yakutumba, country: CD}
      """
    When the events are checked
    Then there is a violation of "drc.assetfreeze"
    And the finding for "drc.assetfreeze" cites resolution 1807 paragraph "11" marked "unconfirmed"
    And the finding for "drc.assetfreeze" does not cite resolution 1596
    And there is no finding for "drc.assetfreeze.renewal_unconfirmed"

  Scenario: On the last day of the confirmed renewal (2026-07-01) the freeze is still a violation
    Given the event:
      """
      id: cd-af-2026-07-01
      type: financial_transaction
      date: 2026-07-01
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: William Amuri Yakutumba, country: CD}
      """
    When the events are checked
    Then there is a violation of "drc.assetfreeze"
    And the finding for "drc.assetfreeze" cites resolution 1807 paragraph "11" marked "unconfirmed"
    And there is no finding for "drc.assetfreeze.renewal_unconfirmed"

  Scenario: After the last confirmed expiry (2026-07-01) a payment to a listed party is a review, not a violation
    Given the event:
      """
      id: drc-af-after-expiry
      type: financial_transaction
      date: 2026-07-02
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: William Amuri Yakutumba, country: CD}
      """
    When the events are checked
    Then there is a review finding for "drc.assetfreeze.renewal_unconfirmed"
    And the review finding for "drc.assetfreeze.renewal_unconfirmed" names "renewed the measure beyond 2026-07-01" as missing
    And there is no finding for "drc.assetfreeze"

  # --- travel ban ------------------------------------------------------------------------------

  Scenario: Travel in 2006 by a listed person breaches the travel ban: 1596 OP13
    Given the event:
      """
      id: cd-tb-2006
      type: travel
      date: 2006-02-01
      destination: UG
      parties:
        - {role: traveller, kind: individual, name: Germain Katanga, country: CD}
      """
    When the events are checked
    Then there is a violation of "drc.travelban"
    And the finding for "drc.travelban" cites resolution 1596 paragraph "13" marked "unconfirmed"
    And there is no finding for "drc.travelban.renewal_unconfirmed"

  Scenario: Travel in 2025 by a listed person breaches the travel ban: 1807 OP9
    Given the event:
      """
      id: cd-tb-2025
      type: travel
      date: 2025-11-03
      destination: TZ
      parties:
        - {role: traveller, kind: individual, name: William Amuri Yakutumba, country: CD}
      """
    When the events are checked
    Then there is a violation of "drc.travelban"
    And the finding for "drc.travelban" cites resolution 1807 paragraph "9" marked "unconfirmed"
    And there is no finding for "drc.travelban.renewal_unconfirmed"

  Scenario: After the last confirmed expiry (2026-07-01) travel by a listed person is a review, not a violation
    Given the event:
      """
      id: drc-tb-after-expiry
      type: travel
      date: 2026-07-02
      destination: TZ
      parties:
        - {role: traveller, kind: individual, name: William Amuri Yakutumba, country: CD}
      """
    When the events are checked
    Then there is a review finding for "drc.travelban.renewal_unconfirmed"
    And the review finding for "drc.travelban.renewal_unconfirmed" names "renewed the measure beyond 2026-07-01" as missing
    And there is no finding for "drc.travelban"

  # --- look-alikes and dates -------------------------------------------------------------------

  Scenario: The same dealings with a person on no list, or on another regime's list (2745, CAR), are not 1533 findings
    Given the events:
      """
      - id: drc-af-unlisted
        type: financial_transaction
        date: 2025-11-03
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Peter Lindqvist, country: SE}
      - id: drc-af-other-regime
        type: financial_transaction
        date: 2025-11-03
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Alfred Yekatom, country: CF}
      - id: drc-tb-unlisted
        type: travel
        date: 2025-11-03
        destination: TZ
        parties:
          - {role: traveller, kind: individual, name: Peter Lindqvist, country: SE}
      - id: drc-tb-other-regime
        type: travel
        date: 2025-11-03
        destination: TZ
        parties:
          - {role: traveller, kind: individual, name: Alfred Yekatom, country: CF}
      """
    When the events are checked
    Then there is no finding for "drc.assetfreeze"
    And there is no finding for "drc.travelban"
    And the screening of event "drc-af-unlisted" finds nothing
    And the screening of event "drc-tb-unlisted" finds nothing

  Scenario: The day before Germain Katanga was listed (2005-11-01) neither a payment nor his travel is a finding
    Given the events:
      """
      - id: drc-af-day-before
        type: financial_transaction
        date: 2005-10-31
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Germain Katanga, country: CD}
      - id: drc-tb-day-before
        type: travel
        date: 2005-10-31
        destination: TZ
        parties:
          - {role: traveller, kind: individual, name: Germain Katanga, country: CD}
      """
    When the events are checked
    Then there is no finding for "drc.assetfreeze"
    And there is no finding for "drc.travelban"
    And the screening of event "drc-af-day-before" notes "CDi.006" as "designated_later"
    And the screening of event "drc-tb-day-before" notes "CDi.006" as "designated_later"

  # --- exemptions ------------------------------------------------------------------------------

  Scenario: A payment the 1533 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: drc-assetfreeze-committee-exemption-yes
      type: financial_transaction
      date: 2025-11-03
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Germain Katanga, country: CD}
      authorizations:
        - {type: committee_exemption, issued_by: 1533 Committee, date: 2025-10-24, valid_until: 2025-11-23}
      """
    When the events are checked
    Then "drc.assetfreeze" is lifted by exemption "drc.assetfreeze.committee_exemption"

  Scenario: An exemption of the 1533 Committee that had expired before the payment does not cover it
    Given the event:
      """
      id: drc-assetfreeze-committee-exemption-no
      type: financial_transaction
      date: 2025-11-03
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Germain Katanga, country: CD}
      authorizations:
        - {type: committee_exemption, issued_by: 1533 Committee, date: 2025-09-24, valid_until: 2025-09-29}
      """
    When the events are checked
    Then there is a violation of "drc.assetfreeze"
    And the exemption "drc.assetfreeze.committee_exemption" was weighed and did not apply for "drc.assetfreeze"

  Scenario: A humanitarian payment by a UN programme to a listed party is not a breach (2664 OP1)
    Given the event:
      """
      id: drc-assetfreeze-humanitarian-2664-yes
      type: financial_transaction
      date: 2025-11-03
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: World Food Programme, humanitarian_actor: un}
        - {role: payee, kind: individual, name: Germain Katanga, country: CD}
      """
    When the events are checked
    Then "drc.assetfreeze" is lifted by exemption "drc.assetfreeze.humanitarian_2664"

  Scenario: A payment declared humanitarian by a private trader is not covered by the carve-out, which only the actors of 2664 OP1 may use
    Given the event:
      """
      id: drc-assetfreeze-humanitarian-2664-no
      type: financial_transaction
      date: 2025-11-03
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: Sunrise General Trading LLC, country: AE}
        - {role: payee, kind: individual, name: Germain Katanga, country: CD}
      """
    When the events are checked
    Then there is a violation of "drc.assetfreeze"
    And the exemption "drc.assetfreeze.humanitarian_2664" was weighed and did not apply for "drc.assetfreeze"

  Scenario: Travel the 1533 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: drc-travelban-committee-exemption-yes
      type: travel
      date: 2025-11-03
      destination: TZ
      parties:
        - {role: traveller, kind: individual, name: Germain Katanga, country: CD}
      authorizations:
        - {type: committee_exemption, issued_by: 1533 Committee, date: 2025-10-24, valid_until: 2025-11-23}
      """
    When the events are checked
    Then "drc.travelban" is lifted by exemption "drc.travelban.committee_exemption"

  Scenario: An exemption of the 1533 Committee that had expired before the journey does not cover it
    Given the event:
      """
      id: drc-travelban-committee-exemption-no
      type: travel
      date: 2025-11-03
      destination: TZ
      parties:
        - {role: traveller, kind: individual, name: Germain Katanga, country: CD}
      authorizations:
        - {type: committee_exemption, issued_by: 1533 Committee, date: 2025-09-24, valid_until: 2025-09-29}
      """
    When the events are checked
    Then there is a violation of "drc.travelban"
    And the exemption "drc.travelban.committee_exemption" was weighed and did not apply for "drc.travelban"
