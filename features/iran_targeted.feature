@targeted
Feature: Iran (1737, re-applied 2025) asset freeze and travel ban
  Parties on the 1737 (Iran) list (IRi./IRe.), under the measures re-applied effective
  27 September 2025 at 20:00 EDT (28 September 00:00 UTC); contested by Iran, Russia and China
  (rules/iran/targeted.yaml). Judged from 2025-09-28, the first whole day.

  iran.assetfreeze  1737 (2006) OP12 (verified).
  iran.travelban    1803 (2008) OP5 and 1929 (2010) OP10 (unconfirmed).
  Exemptions: 1737 OP13 (basic expenses notified five days before; Committee approval),
  2664 OP1 cited as unconfirmed (its application to the re-applied freeze is unconfirmed);
  travel: Committee exemption, 1803 OP5 (unconfirmed).

  # --- asset freeze ----------------------------------------------------------------------------

  Scenario: A payment to a listed Iranian entity after the re-application breaches the freeze: 1737 OP12
    Given the event:
      """
      id: ir-af-2025
      type: financial_transaction
      date: 2025-09-28
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: entity, name: 7th of Tir}
      """
    When the events are checked
    Then there is a violation of "iran.assetfreeze"
    And the finding for "iran.assetfreeze" cites resolution 1737 paragraph "12" marked "verified"

  # --- travel ban ------------------------------------------------------------------------------

  Scenario: Travel by a listed Iranian official after the re-application breaches the travel ban: 1803 OP5, 1929 OP10
    Given the event:
      """
      id: ir-tb-2025
      type: travel
      date: 2025-10-15
      destination: TR
      parties:
        - {role: traveller, kind: individual, name: Dawood Agha-Jani}
      """
    When the events are checked
    Then there is a violation of "iran.travelban"
    And the finding for "iran.travelban" cites resolution 1803 paragraph "5" marked "unconfirmed"
    And the finding for "iran.travelban" cites resolution 1929 paragraph "10" marked "unconfirmed"

  # --- look-alikes and dates -------------------------------------------------------------------

  Scenario: The same dealings with a person on no list, or on another regime's list (1970, Libya), are not 1737 findings
    Given the events:
      """
      - id: iran-af-unlisted
        type: financial_transaction
        date: 2025-11-03
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Peter Lindqvist, country: SE}
      - id: iran-af-other-regime
        type: financial_transaction
        date: 2025-11-03
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: individual, name: Abdulqader Mohammed Al-Baghdadi}
      - id: iran-tb-unlisted
        type: travel
        date: 2025-11-03
        destination: TR
        parties:
          - {role: traveller, kind: individual, name: Peter Lindqvist, country: SE}
      - id: iran-tb-other-regime
        type: travel
        date: 2025-11-03
        destination: TR
        parties:
          - {role: traveller, kind: individual, name: Abdulqader Mohammed Al-Baghdadi}
      """
    When the events are checked
    Then there is no finding for "iran.assetfreeze"
    And there is no finding for "iran.travelban"
    And the screening of event "iran-af-unlisted" finds nothing
    And the screening of event "iran-tb-unlisted" finds nothing

  Scenario: On 2025-09-27, the day of the re-application (at 20:00 EDT), dealings with listed parties are not judged under it
    Given the events:
      """
      - id: iran-af-day-before
        type: financial_transaction
        date: 2025-09-27
        amount: {value: 40000, currency: USD}
        parties:
          - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
          - {role: payee, kind: entity, name: 7th of Tir}
      - id: iran-tb-day-before
        type: travel
        date: 2025-09-27
        destination: TR
        parties:
          - {role: traveller, kind: individual, name: Dawood Agha-Jani}
      """
    When the events are checked
    Then there is no finding for "iran.assetfreeze"
    And there is no finding for "iran.travelban"
    And the screening of event "iran-af-day-before" notes "IRe.001" as "in_force"
    And the screening of event "iran-tb-day-before" notes "IRi.002" as "in_force"

  # --- exemptions ------------------------------------------------------------------------------

  Scenario: Basic expenses notified to the 1737 Committee a week before are not a breach
    Given the event:
      """
      id: iran-assetfreeze-basic-expenses-notification-yes
      type: financial_transaction
      date: 2025-11-03
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: entity, name: 7th of Tir}
      authorizations:
        - {type: notification, addressed_to: 1737 Committee, date: 2025-10-27}
      """
    When the events are checked
    Then "iran.assetfreeze" is lifted by exemption "iran.assetfreeze.basic_expenses_notification"

  Scenario: A notification two days before leaves the Committee no five days to object
    Given the event:
      """
      id: iran-assetfreeze-basic-expenses-notification-no
      type: financial_transaction
      date: 2025-11-03
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: entity, name: 7th of Tir}
      authorizations:
        - {type: notification, addressed_to: 1737 Committee, date: 2025-11-01}
      """
    When the events are checked
    Then there is a violation of "iran.assetfreeze"
    And the exemption "iran.assetfreeze.basic_expenses_notification" was weighed and did not apply for "iran.assetfreeze"

  Scenario: A payment the 1737 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: iran-assetfreeze-committee-exemption-yes
      type: financial_transaction
      date: 2025-11-03
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: entity, name: 7th of Tir}
      authorizations:
        - {type: committee_exemption, issued_by: 1737 Committee, date: 2025-10-24, valid_until: 2025-11-23}
      """
    When the events are checked
    Then "iran.assetfreeze" is lifted by exemption "iran.assetfreeze.committee_exemption"

  Scenario: An exemption of the 1737 Committee that had expired before the payment does not cover it
    Given the event:
      """
      id: iran-assetfreeze-committee-exemption-no
      type: financial_transaction
      date: 2025-11-03
      amount: {value: 40000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Harbour Commercial Bank, country: AE}
        - {role: payee, kind: entity, name: 7th of Tir}
      authorizations:
        - {type: committee_exemption, issued_by: 1737 Committee, date: 2025-09-24, valid_until: 2025-09-29}
      """
    When the events are checked
    Then there is a violation of "iran.assetfreeze"
    And the exemption "iran.assetfreeze.committee_exemption" was weighed and did not apply for "iran.assetfreeze"

  Scenario: A humanitarian payment by a UN programme is exempted under 2664 OP1, cited as unconfirmed for Iran
    Given the event:
      """
      id: iran-assetfreeze-humanitarian-2664-yes
      type: financial_transaction
      date: 2025-11-03
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: World Food Programme, humanitarian_actor: un}
        - {role: payee, kind: entity, name: 7th of Tir}
      """
    When the events are checked
    Then "iran.assetfreeze" is lifted by exemption "iran.assetfreeze.humanitarian_2664"

  Scenario: A payment declared humanitarian by a private trader is not covered by the carve-out, which only the actors of 2664 OP1 may use
    Given the event:
      """
      id: iran-assetfreeze-humanitarian-2664-no
      type: financial_transaction
      date: 2025-11-03
      amount: {value: 40000, currency: USD}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: Sunrise General Trading LLC, country: AE}
        - {role: payee, kind: entity, name: 7th of Tir}
      """
    When the events are checked
    Then there is a violation of "iran.assetfreeze"
    And the exemption "iran.assetfreeze.humanitarian_2664" was weighed and did not apply for "iran.assetfreeze"

  Scenario: Travel the 1737 Committee exempted, valid on the day, is not a breach
    Given the event:
      """
      id: iran-travelban-committee-exemption-yes
      type: travel
      date: 2025-11-03
      destination: TR
      parties:
        - {role: traveller, kind: individual, name: Dawood Agha-Jani}
      authorizations:
        - {type: committee_exemption, issued_by: 1737 Committee, date: 2025-10-24, valid_until: 2025-11-23}
      """
    When the events are checked
    Then "iran.travelban" is lifted by exemption "iran.travelban.committee_exemption"

  Scenario: An exemption of the 1737 Committee that had expired before the journey does not cover it
    Given the event:
      """
      id: iran-travelban-committee-exemption-no
      type: travel
      date: 2025-11-03
      destination: TR
      parties:
        - {role: traveller, kind: individual, name: Dawood Agha-Jani}
      authorizations:
        - {type: committee_exemption, issued_by: 1737 Committee, date: 2025-09-24, valid_until: 2025-09-29}
      """
    When the events are checked
    Then there is a violation of "iran.travelban"
    And the exemption "iran.travelban.committee_exemption" was weighed and did not apply for "iran.travelban"
