@arms
Feature: Central African Republic (2745) arms embargo on armed groups
  rules/car/arms.yaml.

  car.arms.designated  arms to the CAR for a party on the CAR list: a violation.
  car.arms             any other delivery of arms to the CAR: a review (an event cannot show
                       that an unlisted recipient is an armed group); the Government is outside
                       the embargo since 2745.
  Stages of both: 2127 (2013) OP54 (verified) from 2013-12-05; 2745 (2024) OP2 (unconfirmed:
  indicated) from 2024-07-30, to 2026-07-31 (2789 (2025)); from 2026-08-01
  car.arms.renewal_unconfirmed. No exemptions (checked); car.arms.government is the 2745 scope.

  Scenario: Rifles for a listed militia leader in the CAR breach the embargo: 2745 OP2, unconfirmed
    Given the event:
      """
      id: cf-arms-listed-2025
      type: transfer
      date: 2025-02-03
      origin: SD
      destination: CF
      parties:
        - {role: supplier, kind: entity, name: Nyala Transport Co, country: SD}
        - {role: recipient, kind: individual, name: Alfred Yekatom, country: CF}
      items:
        - {category: small_arms_light_weapons, quantity: 150, unit: each}
      """
    When the events are checked
    Then there is a violation of "car.arms.designated"
    And the finding for "car.arms.designated" cites resolution 2745 paragraph "2" marked "unconfirmed"
    And there is a review finding for "car.arms"
    And there is no finding for "car.arms.renewal_unconfirmed"

  Scenario: Under the 2127 embargo the same delivery cites 2127 OP54, verified
    Given the event:
      """
      id: cf-arms-listed-2016
      type: transfer
      date: 2016-06-14
      origin: SD
      destination: CF
      parties:
        - {role: recipient, kind: individual, name: Alfred Yekatom, country: CF}
      items:
        - {category: ammunition, quantity: 1, unit: t}
      """
    When the events are checked
    Then there is a violation of "car.arms.designated"
    And the finding for "car.arms.designated" cites resolution 2127 paragraph "54" marked "verified"
    And the finding for "car.arms.designated" does not cite resolution 2745

  Scenario: Rifles for an unlisted company in Bangui are a review, not a violation
    Given the event:
      """
      id: cf-arms-unlisted
      type: transfer
      date: 2025-02-03
      origin: CM
      destination: CF
      parties:
        - {role: recipient, kind: entity, name: Bangui Commerce General SARL, country: CF}
      items:
        - {category: small_arms_light_weapons, quantity: 150, unit: each}
      """
    When the events are checked
    Then there is a review finding for "car.arms"
    And the review finding for "car.arms" names "armed group" as missing
    And the finding for "car.arms" cites resolution 2745 paragraph "2" marked "unconfirmed"
    And there is no finding for "car.arms.designated"

  Scenario: Cereals for a listed leader, and rifles for him outside the CAR, are not findings of this embargo
    Given the events:
      """
      - id: cf-arms-cereals
        type: transfer
        date: 2025-02-03
        origin: CM
        destination: CF
        parties:
          - {role: recipient, kind: individual, name: Alfred Yekatom, country: CF}
        items:
          - {category: cereals, quantity: 20, unit: t}
      - id: cf-arms-cameroon
        type: transfer
        date: 2025-02-03
        origin: NG
        destination: CM
        parties:
          - {role: recipient, kind: entity, name: Douala Hunting Supplies, country: CM}
        items:
          - {category: small_arms_light_weapons, quantity: 150, unit: each}
      """
    When the events are checked
    Then there is no finding for "car.arms.designated"
    And there is no finding for "car.arms"
    And there is no finding for "car.arms.renewal_unconfirmed"

  Scenario: The day before 2127 was adopted (2013-12-04) arms to the CAR are not a finding
    Given the event:
      """
      id: cf-arms-day-before
      type: transfer
      date: 2013-12-04
      origin: CM
      destination: CF
      items:
        - {category: small_arms_light_weapons, quantity: 150, unit: each}
      """
    When the events are checked
    Then there is no finding for "car.arms"
    And there is no finding for "car.arms.designated"

  Scenario: After the last confirmed expiry (2026-07-31) arms to the CAR are a renewal review
    Given the event:
      """
      id: cf-arms-after-expiry
      type: transfer
      date: 2026-08-01
      origin: SD
      destination: CF
      parties:
        - {role: recipient, kind: individual, name: Alfred Yekatom, country: CF}
      items:
        - {category: small_arms_light_weapons, quantity: 150, unit: each}
      """
    When the events are checked
    Then there is a review finding for "car.arms.renewal_unconfirmed"
    And the review finding for "car.arms.renewal_unconfirmed" names "renewed the measure beyond 2026-07-31" as missing
    And there is no finding for "car.arms"
    And there is no finding for "car.arms.designated"

  # --- the Government, outside the embargo since 2745 ------------------------------------------

  Scenario: Armoured vehicles for the Central African Armed Forces in 2025 are outside the embargo
    Given the event:
      """
      id: cf-arms-faca-2025
      type: transfer
      date: 2025-02-03
      origin: RU
      destination: CF
      parties:
        - {role: supplier, kind: state, name: Russian Federation, country: RU}
        - {role: recipient, kind: entity, name: FACA Bangui Garrison, country: CF}
      items:
        - {category: military_equipment, quantity: 10, unit: each}
      """
    When the events are checked
    Then "car.arms" is lifted by exemption "car.arms.government"

  Scenario: Before 2745 the embargo reached the Government: the same delivery in 2023 is a review
    Given the event:
      """
      id: cf-arms-faca-2023
      type: transfer
      date: 2023-02-03
      origin: RU
      destination: CF
      parties:
        - {role: recipient, kind: entity, name: FACA Bangui Garrison, country: CF}
      items:
        - {category: military_equipment, quantity: 10, unit: each}
      """
    When the events are checked
    Then there is a review finding for "car.arms"
    And the finding for "car.arms" cites resolution 2127 paragraph "54" marked "verified"
    And the exemption "car.arms.government" was weighed and did not apply for "car.arms"
