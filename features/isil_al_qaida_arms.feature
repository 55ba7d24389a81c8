@targeted @arms
Feature: ISIL (Da'esh) and Al-Qaida (1267) targeted arms embargo
  rules/isil_al_qaida/arms.yaml. Open-ended; no exemptions.

  isil_al_qaida.arms  supply of arms to a party on the ISIL/Al-Qaida list (QDi./QDe.), wherever it
    is: 1390 (2002) OP2(c) (unconfirmed) from 2002-01-16; 2734 (2024) OP1(c) (unconfirmed,
    "probable") from 2024-06-10.

  Scenario: Pistols sold to a listed Al-Qaida member in 2015 breach the embargo: 1390 OP2(c)
    Given the event:
      """
      id: qd-arms-2015
      type: transfer
      date: 2015-03-10
      origin: TR
      destination: YE
      parties:
        - {role: seller, kind: entity, name: Anatolia Arms Export, country: TR}
        - {role: buyer, kind: individual, name: Salim Ahmad Salim Hamdan, country: YE}
      items:
        - {category: small_arms_light_weapons, quantity: 40, unit: each}
      """
    When the events are checked
    Then there is a violation of "isil_al_qaida.arms"
    And the finding for "isil_al_qaida.arms" cites resolution 1390 paragraph "2(c)" marked "unconfirmed"

  Scenario: Ammunition to the same person in 2025 cites the 2734 restatement: 2734 OP1(c)
    Given the event:
      """
      id: qd-arms-2025
      type: transfer
      date: 2025-03-10
      origin: TR
      destination: YE
      parties:
        - {role: buyer, kind: individual, name: Salim Ahmad Salim Hamdan, country: YE}
      items:
        - {category: ammunition, quantity: 1, unit: t}
      """
    When the events are checked
    Then there is a violation of "isil_al_qaida.arms"
    And the finding for "isil_al_qaida.arms" cites resolution 2734 paragraph "1(c)" marked "unconfirmed"
    And the finding for "isil_al_qaida.arms" does not cite resolution 1390

  Scenario: Cereals sold to him, and pistols sold to a buyer on no list, are not findings of the embargo
    Given the events:
      """
      - id: qd-arms-cereals
        type: transfer
        date: 2025-03-10
        origin: TR
        destination: YE
        parties:
          - {role: buyer, kind: individual, name: Salim Ahmad Salim Hamdan, country: YE}
        items:
          - {category: cereals, quantity: 10, unit: t}
      - id: qd-arms-unlisted
        type: transfer
        date: 2025-03-10
        origin: TR
        destination: YE
        parties:
          - {role: buyer, kind: individual, name: Peter Lindqvist, country: SE}
        items:
          - {category: small_arms_light_weapons, quantity: 40, unit: each}
      """
    When the events are checked
    Then there is no finding for "isil_al_qaida.arms"

  Scenario: The day before 1390 (2002-01-15) pistols sold to a person listed in 2001 are not a finding of this rule
    Given the event:
      """
      id: qd-arms-day-before
      type: transfer
      date: 2002-01-15
      origin: TR
      destination: YE
      parties:
        - {role: buyer, kind: individual, name: Salim Ahmad Salim Hamdan, country: YE}
      items:
        - {category: small_arms_light_weapons, quantity: 40, unit: each}
      """
    When the events are checked
    Then there is no finding for "isil_al_qaida.arms"
