@arms @targeted
Feature: A recipient matched strongly on a regime's list settles who receives the arms
  Where an arms embargo reaches listed or non-governmental recipients, a recipient or buyer that
  the screening step matched strongly on that regime's list, listed on or before the event's date,
  makes the delivery a violation of the embargo, citing it, with the listing in the explanation
  (docs/rules.md, "A listed recipient is never unknown"). Where the embargo's reach turns on who the
  recipient is (DRC, CAR), the `.designated` twin of the review rule carries it; targeted embargoes
  (Yemen, Al-Shabaab, Haiti, ISIL/Al-Qaida, Taliban) are that condition; territorial ones (South
  Sudan, Libya, Darfur) reach a listed recipient as they reach any other. One scenario per regime.

  Scenario: DRC: rifles for a listed recipient are a violation of drc.arms.designated
    Given the event:
      """
      id: listed-cd
      type: transfer
      date: 2025-03-10
      destination: CD
      parties:
        - {role: supplier, kind: entity, name: Example Arms Brokers, country: BG}
        - {role: recipient, kind: individual, name: Eric Badege, country: CD}
      items: [{category: small_arms_light_weapons, quantity: 50, unit: each}]
      """
    When the events are checked
    Then there is a violation of "drc.arms.designated"

  Scenario: CAR: rifles for a listed recipient are a violation of car.arms.designated
    Given the event:
      """
      id: listed-cf
      type: transfer
      date: 2025-03-10
      destination: CF
      parties:
        - {role: supplier, kind: entity, name: Example Arms Brokers, country: BG}
        - {role: recipient, kind: individual, name: Francois Yangouvonda Bozize, country: CF}
      items: [{category: small_arms_light_weapons, quantity: 50, unit: each}]
      """
    When the events are checked
    Then there is a violation of "car.arms.designated"

  Scenario: South Sudan: rifles for a listed recipient are a violation of south_sudan.arms
    Given the event:
      """
      id: listed-ss
      type: transfer
      date: 2025-03-10
      destination: SS
      parties:
        - {role: supplier, kind: entity, name: Example Arms Brokers, country: BG}
        - {role: recipient, kind: individual, name: Gabriel Jok Riak Makol, country: SS}
      items: [{category: small_arms_light_weapons, quantity: 50, unit: each}]
      """
    When the events are checked
    Then there is a violation of "south_sudan.arms"

  Scenario: Libya: rifles for a listed recipient are a violation of libya.arms.import
    Given the event:
      """
      id: listed-ly
      type: transfer
      date: 2025-03-10
      destination: LY
      parties:
        - {role: supplier, kind: entity, name: Example Arms Brokers, country: BG}
        - {role: recipient, kind: individual, name: Abdulqader Mohammed Al-Baghdadi, country: LY}
      items: [{category: small_arms_light_weapons, quantity: 50, unit: each}]
      """
    When the events are checked
    Then there is a violation of "libya.arms.import"

  Scenario: Yemen: rifles for a listed recipient are a violation of yemen.arms
    Given the event:
      """
      id: listed-ye
      type: transfer
      date: 2025-03-10
      destination: YE
      parties:
        - {role: supplier, kind: entity, name: Example Arms Brokers, country: BG}
        - {role: recipient, kind: individual, name: Abd Al-Khaliq Al-Houthi, country: YE}
      items: [{category: small_arms_light_weapons, quantity: 50, unit: each}]
      """
    When the events are checked
    Then there is a violation of "yemen.arms"

  Scenario: Al-Shabaab: rifles for a listed recipient are a violation of al_shabaab.arms.targeted
    Given the event:
      """
      id: listed-so
      type: transfer
      date: 2025-03-10
      destination: SO
      parties:
        - {role: supplier, kind: entity, name: Example Arms Brokers, country: BG}
        - {role: recipient, kind: individual, name: Yasin Ali Baynah, country: SO}
      items: [{category: small_arms_light_weapons, quantity: 50, unit: each}]
      """
    When the events are checked
    Then there is a violation of "al_shabaab.arms.targeted"

  Scenario: Haiti: rifles for a listed recipient are a violation of haiti.arms.targeted
    Given the event:
      """
      id: listed-ht
      type: transfer
      date: 2025-03-10
      destination: HT
      parties:
        - {role: supplier, kind: entity, name: Example Arms Brokers, country: BG}
        - {role: recipient, kind: individual, name: Jimmy Cherizier, country: HT}
      items: [{category: small_arms_light_weapons, quantity: 50, unit: each}]
      """
    When the events are checked
    Then there is a violation of "haiti.arms.targeted"

  Scenario: ISIL/Al-Qaida: rifles for a listed recipient are a violation of isil_al_qaida.arms
    Given the event:
      """
      id: listed-eg
      type: transfer
      date: 2025-03-10
      destination: EG
      parties:
        - {role: supplier, kind: entity, name: Example Arms Brokers, country: BG}
        - {role: recipient, kind: individual, name: Mohammed Salahaldin Abd El Halim, country: EG}
      items: [{category: small_arms_light_weapons, quantity: 50, unit: each}]
      """
    When the events are checked
    Then there is a violation of "isil_al_qaida.arms"

  Scenario: Taliban: rifles for a listed recipient are a violation of taliban.arms
    Given the event:
      """
      id: listed-af
      type: transfer
      date: 2025-03-10
      destination: AF
      parties:
        - {role: supplier, kind: entity, name: Example Arms Brokers, country: BG}
        - {role: recipient, kind: individual, name: Mohammad Hassan Akhund, country: AF}
      items: [{category: small_arms_light_weapons, quantity: 50, unit: each}]
      """
    When the events are checked
    Then there is a violation of "taliban.arms"

  Scenario: Darfur: rifles for a listed recipient are a violation of sudan.arms.darfur
    Given the event:
      """
      id: listed-sd
      type: transfer
      date: 2025-03-10
      destination: SD
      location: {country: SD, area: North Darfur}
      parties:
        - {role: supplier, kind: entity, name: Example Arms Brokers, country: BG}
        - {role: recipient, kind: individual, name: Gaffar Mohammed Elhassan, country: SD}
      items: [{category: small_arms_light_weapons, quantity: 50, unit: each}]
      """
    When the events are checked
    Then there is a violation of "sudan.arms.darfur"
