@arms
Feature: South Sudan (2206) territorial arms embargo
  rules/south_sudan/arms.yaml.

  south_sudan.arms  supply of arms to the territory of South Sudan, the Government included:
    2428 (2018) OP4 (unconfirmed), from 2018-07-13 to 2026-05-31 (2781 (2025)); from 2026-06-01
    south_sudan.arms.renewal_unconfirmed gives a review finding.
  Exemptions (2428 OP5, unconfirmed): not encoded (see the rule file).

  Scenario: Armoured vehicles delivered to the Government of South Sudan breach the embargo: 2428 OP4
    Given the event:
      """
      id: ss-arms-government
      type: transfer
      date: 2024-09-02
      origin: UG
      destination: SS
      parties:
        - {role: supplier, kind: entity, name: Kampala Defence Trading, country: UG}
        - {role: recipient, kind: state, name: Government of South Sudan, country: SS}
      items:
        - {category: major_conventional_arms, quantity: 8, unit: each}
      """
    When the events are checked
    Then there is a violation of "south_sudan.arms"
    And the finding for "south_sudan.arms" cites resolution 2428 paragraph "4" marked "unconfirmed"
    And there is no finding for "south_sudan.arms.renewal_unconfirmed"

  Scenario: After the last confirmed expiry (2026-05-31) a delivery of arms to South Sudan is a review
    Given the event:
      """
      id: ss-arms-after-expiry
      type: transfer
      date: 2026-06-01
      origin: UG
      destination: SS
      parties:
        - {role: recipient, kind: state, name: Government of South Sudan, country: SS}
      items:
        - {category: small_arms_light_weapons, quantity: 500, unit: each}
      """
    When the events are checked
    Then there is a review finding for "south_sudan.arms.renewal_unconfirmed"
    And the review finding for "south_sudan.arms.renewal_unconfirmed" names "renewed the measure beyond 2026-05-31" as missing
    And there is no finding for "south_sudan.arms"

  Scenario: Cereals to South Sudan, and rifles to Uganda, are not findings of the embargo
    Given the events:
      """
      - id: ss-arms-cereals
        type: transfer
        date: 2024-09-02
        origin: UG
        destination: SS
        items:
          - {category: cereals, quantity: 300, unit: t}
      - id: ss-arms-uganda
        type: transfer
        date: 2024-09-02
        origin: KE
        destination: UG
        items:
          - {category: small_arms_light_weapons, quantity: 500, unit: each}
      """
    When the events are checked
    Then there is no finding for "south_sudan.arms"
    And there is no finding for "south_sudan.arms.renewal_unconfirmed"

  Scenario: The day before 2428 was adopted (2018-07-12) a delivery of arms to South Sudan is not a finding
    Given the event:
      """
      id: ss-arms-day-before
      type: transfer
      date: 2018-07-12
      origin: UG
      destination: SS
      items:
        - {category: small_arms_light_weapons, quantity: 500, unit: each}
      """
    When the events are checked
    Then there is no finding for "south_sudan.arms"
