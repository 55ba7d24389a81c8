@arms
Feature: Iran (1737) arms measures, re-applied in 2025
  rules/iran/arms.yaml. Re-applied effective 27 September 2025 at 20:00 EDT, judged from
  2025-09-28 (as rules/iran/targeted.yaml); contested by Iran, Russia and China. Open-ended.

  iran.arms.export  arms from Iran, or procured from it: 1747 (2007) OP5 (verified).
  iran.arms.import  major conventional arms (UN Register categories) to Iran: 1929 (2010) OP8
                    (unconfirmed); an item declared only as arms, ammunition or military
                    equipment is a review.
  No exemptions (the reference gives none).

  Scenario: Military drones shipped from Iran breach the export ban: 1747 OP5
    Given the event:
      """
      id: ir-arms-export
      type: transfer
      date: 2025-11-03
      origin: IR
      destination: RU
      parties:
        - {role: supplier, kind: entity, name: Qods Aviation Trading, country: IR}
        - {role: recipient, kind: entity, name: Alabuga Logistics, country: RU}
      items:
        - {category: military_equipment, quantity: 40, unit: each}
      """
    When the events are checked
    Then there is a violation of "iran.arms.export"
    And the finding for "iran.arms.export" cites resolution 1747 paragraph "5" marked "verified"
    And there is no finding for "iran.arms.import"

  Scenario: Ammunition bought from an Iranian seller and shipped from a third country is procurement from Iran
    Given the event:
      """
      id: ir-arms-procurement
      type: transfer
      date: 2026-01-20
      origin: AE
      destination: SD
      parties:
        - {role: seller, kind: entity, name: Parchin Export Co, country: IR}
        - {role: buyer, kind: entity, name: Red Sea Supplies Co, country: SD}
      items:
        - {category: ammunition, quantity: 12, unit: t}
      """
    When the events are checked
    Then there is a violation of "iran.arms.export"
    And the finding for "iran.arms.export" cites resolution 1747 paragraph "5" marked "verified"

  Scenario: Combat aircraft delivered to Iran breach the supply ban: 1929 OP8, unconfirmed
    Given the event:
      """
      id: ir-arms-import
      type: transfer
      date: 2025-12-15
      origin: RU
      destination: IR
      parties:
        - {role: supplier, kind: entity, name: Rosoboron Trade Services, country: RU}
        - {role: recipient, kind: state, name: Islamic Republic of Iran, country: IR}
      items:
        - {category: major_conventional_arms, quantity: 12, unit: each, description: combat aircraft}
      """
    When the events are checked
    Then there is a violation of "iran.arms.import"
    And the finding for "iran.arms.import" cites resolution 1929 paragraph "8" marked "unconfirmed"
    And there is no finding for "iran.arms.export"

  Scenario: Items declared only as arms or as military equipment, bound for Iran, are a review: they may be in a Register category
    Given the events:
      """
      - id: ir-arms-import-coarse
        type: transfer
        date: 2025-12-15
        origin: RU
        destination: IR
        items:
          - {category: arms, quantity: 12, unit: each}
      - id: ir-arms-import-military-aircraft
        type: transfer
        date: 2025-12-15
        origin: RU
        destination: IR
        items:
          - {category: military_equipment, quantity: 2, unit: each, description: military aircraft}
      """
    When the events are checked
    Then there is a review finding for "iran.arms.import" for event "ir-arms-import-coarse"
    And there is a review finding for "iran.arms.import" for event "ir-arms-import-military-aircraft"

  Scenario: Pistols to Iran (not a Register category), cereals from Iran, and rifles from Turkey to Iraq are not findings
    Given the events:
      """
      - id: ir-arms-pistols
        type: transfer
        date: 2025-12-15
        origin: RS
        destination: IR
        items:
          - {category: small_arms_light_weapons, quantity: 50, unit: each}
      - id: ir-arms-cereals
        type: transfer
        date: 2025-12-15
        origin: IR
        destination: IQ
        items:
          - {category: cereals, quantity: 500, unit: t}
      - id: ir-arms-turkey
        type: transfer
        date: 2025-12-15
        origin: TR
        destination: IQ
        items:
          - {category: small_arms_light_weapons, quantity: 50, unit: each}
      """
    When the events are checked
    Then there is no finding for "iran.arms.import"
    And there is no finding for "iran.arms.export"

  Scenario: On 2025-09-27, before the re-applied measures' first whole day, neither direction is a finding
    Given the events:
      """
      - id: ir-arms-export-day-before
        type: transfer
        date: 2025-09-27
        origin: IR
        destination: RU
        items:
          - {category: military_equipment, quantity: 40, unit: each}
      - id: ir-arms-import-day-before
        type: transfer
        date: 2025-09-27
        origin: RU
        destination: IR
        items:
          - {category: major_conventional_arms, quantity: 12, unit: each}
      """
    When the events are checked
    Then there is no finding for "iran.arms.export"
    And there is no finding for "iran.arms.import"

  Scenario: Training Iranian crews to fly combat aircraft breaches 1929 OP8 (related services)
    Given the event:
      """
      id: ir-arms-svc
      type: technical_cooperation
      date: 2026-03-10
      parties:
        - {role: provider, kind: entity, name: Example Aviation Academy, country: BY}
        - {role: recipient, kind: state, name: Islamic Republic of Iran Air Force, country: IR}
      items: [{category: major_conventional_arms, description: combat aircraft type training}]
      """
    When the events are checked
    Then there is a violation of "iran.arms.services"
    And the finding for "iran.arms.services" cites resolution 1929 paragraph "8" marked "unconfirmed"

  Scenario: Military training on an unnamed weapon is a review: is it a major conventional arm?
    Given the event:
      """
      id: ir-arms-svc-coarse
      type: technical_cooperation
      date: 2026-03-10
      parties: [{role: recipient, kind: state, name: Islamic Republic of Iran, country: IR}]
      items: [{category: military_training}]
      """
    When the events are checked
    Then there is a review finding for "iran.arms.services"

  Scenario: The day before the re-application, the training is no finding
    Given the event:
      """
      id: ir-arms-svc-eve
      type: technical_cooperation
      date: 2025-09-27
      parties: [{role: recipient, kind: state, name: Islamic Republic of Iran, country: IR}]
      items: [{category: major_conventional_arms}]
      """
    When the events are checked
    Then there is no finding for "iran.arms.services"

  Scenario: Agricultural training in Iran is no arms matter
    Given the event:
      """
      id: ir-arms-svc-agri
      type: technical_cooperation
      date: 2026-03-10
      parties: [{role: recipient, kind: entity, name: Example Seed Institute, country: IR}]
      items: [{category: training, description: irrigation}]
      """
    When the events are checked
    Then there is no finding for "iran.arms.services"
