@targeted @arms
Feature: Yemen (2140) targeted arms embargo
  rules/yemen/arms.yaml.

  yemen.arms  supply of arms to a party on the 2140 list (YEi./YEe.), the Houthis (YEe.001, by
              2624 OP5) included: 2216 (2015) OP14 (verified), from 2015-04-14, open-ended.
  No exemptions (the reference gives none).

  Scenario: Anti-ship missiles delivered to the Houthis breach the embargo: 2216 OP14
    Given the event:
      """
      id: ye-arms-houthis
      type: transfer
      date: 2024-01-11
      origin: IR
      destination: YE
      parties:
        - {role: supplier, kind: entity, name: Bandar Abbas Shipping Agency, country: IR}
        - {role: recipient, kind: entity, name: The Houthis, country: YE}
      items:
        - {category: major_conventional_arms, quantity: 12, unit: each}
      """
    When the events are checked
    Then there is a violation of "yemen.arms"
    And the finding for "yemen.arms" cites resolution 2216 paragraph "14" marked "verified"

  Scenario: Rifles sold to a listed Houthi commander after the 2140 freeze's last confirmed expiry are still a violation (open-ended)
    Given the event:
      """
      id: ye-arms-after-2026
      type: transfer
      date: 2027-01-05
      origin: OM
      destination: YE
      parties:
        - {role: buyer, kind: individual, name: Abd Al-Khaliq Al-Houthi, country: YE}
      items:
        - {category: small_arms_light_weapons, quantity: 200, unit: each}
      """
    When the events are checked
    Then there is a violation of "yemen.arms"
    And there is no finding for "yemen.assetfreeze"

  Scenario: Medicine to the Houthis, and rifles to a buyer on no list in Yemen, are not findings of the embargo
    Given the events:
      """
      - id: ye-arms-medicine
        type: transfer
        date: 2024-01-11
        origin: OM
        destination: YE
        parties:
          - {role: recipient, kind: entity, name: The Houthis, country: YE}
        items:
          - {category: medicine, quantity: 3, unit: t}
      - id: ye-arms-unlisted
        type: transfer
        date: 2024-01-11
        origin: OM
        destination: YE
        parties:
          - {role: buyer, kind: individual, name: Peter Lindqvist, country: SE}
        items:
          - {category: small_arms_light_weapons, quantity: 200, unit: each}
      """
    When the events are checked
    Then there is no finding for "yemen.arms"

  Scenario: The day before the Houthis were listed (2022-02-28) a delivery to them is not a finding of this rule
    Given the event:
      """
      id: ye-arms-day-before
      type: transfer
      date: 2022-02-27
      origin: IR
      destination: YE
      parties:
        - {role: recipient, kind: entity, name: The Houthis, country: YE}
      items:
        - {category: major_conventional_arms, quantity: 12, unit: each}
      """
    When the events are checked
    Then there is no finding for "yemen.arms"
    And the screening of event "ye-arms-day-before" notes "YEe.001" as "designated_later"

  Scenario: The day before 2216 was adopted (2015-04-13) rifles for a person listed in 2014 are not a finding
    Given the event:
      """
      id: ye-arms-before-2216
      type: transfer
      date: 2015-04-13
      origin: OM
      destination: YE
      parties:
        - {role: buyer, kind: individual, name: Abd Al-Khaliq Al-Houthi, country: YE}
      items:
        - {category: small_arms_light_weapons, quantity: 200, unit: each}
      """
    When the events are checked
    Then there is no finding for "yemen.arms"
