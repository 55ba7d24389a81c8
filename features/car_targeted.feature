@targeted
Feature: Central African Republic (2745, formerly 2127) asset freeze and travel ban
  Parties on the CAR list (CFi./CFe.), designated on or before the event's date
  (rules/car/targeted.yaml).

  car.assetfreeze  2134 (2014) OP32 (verified) from 2014-01-28 to 2026-07-31.
  car.travelban    2134 OP30 (verified) from 2014-01-28 to 2026-07-31.
  Last confirmed renewal 2789 (2025), to 31 July 2026: from 2026-08-01 the
  *.renewal_unconfirmed rules give a review finding.
  Exemptions: 2664 OP1 (asset freeze, from 2022-12-09; the reference gives no Committee
  exemption paragraph for the freeze); travel: 2399 (2018) OP14 (from 2018-01-30), also
  issued as the 2127 Committee.

  # --- asset freeze ----------------------------------------------------------------------------

  Scenario: A payment to a listed militia leader breaches the freeze: 2134 OP32
    Given the event:
      """
      id: cf-af-2025
      type: financial_transaction
      date: 2025-02-03
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Alfred Yekatom, country: CF}
      """
    When the events are checked
    Then there is a violation of "car.assetfreeze"
    And the finding for "car.assetfreeze" cites resolution 2134 paragraph "32" marked "verified"
    And there is no finding for "car.assetfreeze.renewal_unconfirmed"

  Scenario: After the last confirmed expiry (2026-07-31) a payment to a listed party is a review, not a violation
    Given the event:
      """
      id: car-af-after-expiry
      type: financial_transaction
      date: 2026-08-01
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: individual, name: Alfred Yekatom, country: CF}
      """
    When the events are checked
    Then there is a review finding for "car.assetfreeze.renewal_unconfirmed"
    And the review finding for "car.assetfreeze.renewal_unconfirmed" names "renewed the measure beyond 2026-07-31" as missing
    And there is no finding for "car.assetfreeze"

  # --- travel ban ------------------------------------------------------------------------------

  Scenario: Travel by a listed militia leader breaches the travel ban: 2134 OP30
    Given the event:
      """
      id: cf-tb-2025
      type: travel
      date: 2025-02-03
      destination: CM
      parties:
        - {role: traveller, kind: individual, name: Alfred Yekatom, country: CF}
      """
    When the events are checked
    Then there is a violation of "car.travelban"
    And the finding for "car.travelban" cites resolution 2134 paragraph "30" marked "verified"
    And there is no finding for "car.travelban.renewal_unconfirmed"

  Scenario: After the last confirmed expiry (2026-07-31) travel by a listed person is a review, not a violation
    Given the event:
      """
      id: car-tb-after-expiry
      type: travel
      date: 2026-08-01
      destination: CM
      parties:
        - {role: traveller, kind: individual, name: Alfred Yekatom, country: CF}
      """
    When the events are checked
    Then there is a review finding for "car.travelban.renewal_unconfirmed"
    And the review finding for "car.travelban.renewal_unconfirmed" names "renewed the measure beyond 2026-07-31" as missing
    And there is no finding for "car.travelban"

  # --- look-alikes and dates -------------------------------------------------------------------

  Scenario: The same dealings with a person on no list, or on another regime's list (1533, DRC), are not 2745 findings
    Given the events:
      """
      - id: car-af-unlisted
        type: financial_transaction
        date: 2025-02-03
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Peter Lindqvist, country: SE}
      - id: car-af-other-regime
        type: financial_transaction
        date: 2025-02-03
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Germain Katanga, country: CD}
      - id: car-tb-unlisted
        type: travel
        date: 2025-02-03
        destination: CM
        parties:
          - {role: traveller, kind: individual, name: Peter Lindqvist, country: SE}
      - id: car-tb-other-regime
        type: travel
        date: 2025-02-03
        destination: CM
        parties:
          - {role: traveller, kind: individual, name: Germain Katanga, country: CD}
      """
    When the events are checked
    Then there is no finding for "car.assetfreeze"
    And there is no finding for "car.travelban"
    And the screening of event "car-af-unlisted" finds nothing
    And the screening of event "car-tb-unlisted" finds nothing

  Scenario: The day before Alfred Yekatom was listed (2015-08-20) neither a payment nor his travel is a finding
    Given the events:
      """
      - id: car-af-day-before
        type: financial_transaction
        date: 2015-08-19
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Alfred Yekatom, country: CF}
      - id: car-tb-day-before
        type: travel
        date: 2015-08-19
        destination: CM
        parties:
          - {role: traveller, kind: individual, name: Alfred Yekatom, country: CF}
      """
    When the events are checked
    Then there is no finding for "car.assetfreeze"
    And there is no finding for "car.travelban"
    And the screening of event "car-af-day-before" notes "CFi.004" as "designated_later"
    And the screening of event "car-tb-day-before" notes "CFi.004" as "designated_later"

  # --- exemptions ------------------------------------------------------------------------------

  Scenario: A humanitarian payment by a UN programme to a listed party is not a breach (2664 OP1)
    Given the event:
      """
      id: car-assetfreeze-humanitarian-2664-yes
      type: financial_transaction
      date: 2025-02-03
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: World Food Programme, humanitarian_actor: un}
        - {role: payee, kind: individual, name: Alfred Yekatom, country: CF}
      """
    When the events are checked
    Then "car.assetfreeze" is lifted by exemption "car.assetfreeze.humanitarian_2664"

  Scenario: A payment declared humanitarian by a private trader is not covered by the carve-out, which only the actors of 2664 OP1 may use
    Given the event:
      """
      id: car-assetfreeze-humanitarian-2664-no
      type: financial_transaction
      date: 2025-02-03
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: Sunrise General Trading LLC, country: AE}
        - {role: payee, kind: individual, name: Alfred Yekatom, country: CF}
      """
    When the events are checked
    Then there is a violation of "car.assetfreeze"
    And the exemption "car.assetfreeze.humanitarian_2664" was weighed and did not apply for "car.assetfreeze"

  Scenario: Travel the 2127 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: car-travelban-committee-exemption-yes
      type: travel
      date: 2020-02-03
      destination: CM
      parties:
        - {role: traveller, kind: individual, name: Alfred Yekatom, country: CF}
      authorizations:
        - {type: committee_exemption, issued_by: 2127 Committee, date: 2020-01-24, valid_until: 2020-02-23}
      """
    When the events are checked
    Then "car.travelban" is lifted by exemption "car.travelban.committee_exemption"

  Scenario: An exemption of the 2127 Committee that had expired before the journey does not cover it
    Given the event:
      """
      id: car-travelban-committee-exemption-no
      type: travel
      date: 2020-02-03
      destination: CM
      parties:
        - {role: traveller, kind: individual, name: Alfred Yekatom, country: CF}
      authorizations:
        - {type: committee_exemption, issued_by: 2127 Committee, date: 2019-12-25, valid_until: 2019-12-30}
      """
    When the events are checked
    Then there is a violation of "car.travelban"
    And the exemption "car.travelban.committee_exemption" was weighed and did not apply for "car.travelban"
