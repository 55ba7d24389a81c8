@targeted @arms
Feature: Al-Shabaab (2713) arms embargoes: targeted, and general on Somalia
  rules/al_shabaab/arms.yaml. Both open-ended.

  al_shabaab.arms.targeted  supply to a party on the 2713 list (SOi./SOe.), wherever it is,
                            1844 (2008) OP7 (verified), from 2008-11-20; no exemptions.
  al_shabaab.arms.general   deliveries to Somalia, 2713 (2023) OP33 (unconfirmed), from
                            2023-12-01 (earlier forms not encoded).
  Exemptions of the general embargo: the Federal Government and its forces (2713 OP34,
  unconfirmed); Federal Member States, regional governments and licensed private security
  companies after notification to the Committee (2713 OP36, unconfirmed).

  Scenario: Rifles delivered to Al-Shabaab breach both embargoes: 1844 OP7 and 2713 OP33
    Given the event:
      """
      id: so-arms-al-shabaab
      type: transfer
      date: 2024-03-04
      origin: YE
      destination: SO
      parties:
        - {role: supplier, kind: entity, name: Gulf Marine Traders, country: YE}
        - {role: recipient, kind: entity, name: Al-Shabaab}
      items:
        - {category: small_arms_light_weapons, quantity: 300, unit: each}
      """
    When the events are checked
    Then there is a violation of "al_shabaab.arms.targeted"
    And the finding for "al_shabaab.arms.targeted" cites resolution 1844 paragraph "7" marked "verified"
    And there is a violation of "al_shabaab.arms.general"
    And the finding for "al_shabaab.arms.general" cites resolution 2713 paragraph "33" marked "unconfirmed"

  Scenario: Ammunition sold in Kenya to a listed Al-Shabaab leader breaches the targeted embargo, not the general one
    Given the event:
      """
      id: so-arms-listed-abroad
      type: transfer
      date: 2024-06-10
      origin: KE
      destination: KE
      parties:
        - {role: seller, kind: entity, name: Mombasa Outfitters Ltd, country: KE}
        - {role: buyer, kind: individual, name: Mohamed Mohamud Mire}
      items:
        - {category: ammunition, quantity: 2, unit: t}
      """
    When the events are checked
    Then there is a violation of "al_shabaab.arms.targeted"
    And there is no finding for "al_shabaab.arms.general"

  Scenario: Mortars delivered to a clan militia in Somalia breach the general embargo: 2713 OP33
    Given the event:
      """
      id: so-arms-militia
      type: transfer
      date: 2025-02-11
      origin: ET
      destination: SO
      parties:
        - {role: supplier, kind: entity, name: Addis Logistics PLC, country: ET}
        - {role: recipient, kind: entity, name: Hiraan Clan Militia, country: SO}
      items:
        - {category: major_conventional_arms, quantity: 6, unit: each}
      """
    When the events are checked
    Then there is a violation of "al_shabaab.arms.general"
    And the finding for "al_shabaab.arms.general" cites resolution 2713 paragraph "33" marked "unconfirmed"
    And there is no finding for "al_shabaab.arms.targeted"

  Scenario: Food to Somalia, and arms in Kenya to a buyer on no list, are not arms-embargo findings
    Given the events:
      """
      - id: so-arms-food
        type: transfer
        date: 2025-02-11
        origin: KE
        destination: SO
        parties:
          - {role: recipient, kind: entity, name: Hiraan Clan Militia, country: SO}
        items:
          - {category: cereals, quantity: 200, unit: t}
      - id: so-arms-unlisted
        type: transfer
        date: 2025-02-11
        origin: KE
        destination: KE
        parties:
          - {role: buyer, kind: individual, name: Peter Lindqvist, country: SE}
        items:
          - {category: ammunition, quantity: 2, unit: t}
      """
    When the events are checked
    Then there is no finding for "al_shabaab.arms.targeted"
    And there is no finding for "al_shabaab.arms.general"

  Scenario: The day before Mohamed Mohamud Mire was listed (2024-05-21), and before 2713 (2023-12-01), neither rule finds anything
    Given the events:
      """
      - id: so-arms-mire-day-before
        type: transfer
        date: 2024-05-20
        origin: KE
        destination: KE
        parties:
          - {role: buyer, kind: individual, name: Mohamed Mohamud Mire}
        items:
          - {category: ammunition, quantity: 2, unit: t}
      - id: so-arms-general-day-before
        type: transfer
        date: 2023-11-30
        origin: ET
        destination: SO
        parties:
          - {role: recipient, kind: entity, name: Hiraan Clan Militia, country: SO}
        items:
          - {category: major_conventional_arms, quantity: 6, unit: each}
      """
    When the events are checked
    Then there is no finding for "al_shabaab.arms.targeted"
    And there is no finding for "al_shabaab.arms.general"
    And the screening of event "so-arms-mire-day-before" notes "SOi.024" as "designated_later"

  Scenario: Rifles for the Somali National Army are outside the general embargo
    Given the event:
      """
      id: so-arms-sna
      type: transfer
      date: 2025-02-11
      origin: TR
      destination: SO
      parties:
        - {role: supplier, kind: state, name: Republic of Turkiye, country: TR}
        - {role: recipient, kind: entity, name: Somali National Army, country: SO}
      items:
        - {category: small_arms_light_weapons, quantity: 1000, unit: each}
      """
    When the events are checked
    Then "al_shabaab.arms.general" is lifted by exemption "al_shabaab.arms.general.federal_forces"

  Scenario: Rifles for a regional militia in Somalia are not covered by the Federal forces exception
    Given the event:
      """
      id: so-arms-regional
      type: transfer
      date: 2025-02-11
      origin: TR
      destination: SO
      parties:
        - {role: supplier, kind: entity, name: Anatolia Arms Export, country: TR}
        - {role: recipient, kind: entity, name: Gedo Regional Forces, country: SO}
      items:
        - {category: small_arms_light_weapons, quantity: 1000, unit: each}
      authorizations:
        - {type: notification, addressed_to: 2713 Committee, date: 2025-02-07}
      """
    When the events are checked
    Then there is a violation of "al_shabaab.arms.general"
    And the exemption "al_shabaab.arms.general.federal_forces" was weighed and did not apply for "al_shabaab.arms.general"
    And the exemption "al_shabaab.arms.general.notified_fms_psc" was weighed and did not apply for "al_shabaab.arms.general"

  Scenario: Rifles for a licensed security company, notified to the 2713 Committee ten days before, are exempted
    Given the event:
      """
      id: so-arms-psc
      type: transfer
      date: 2025-02-11
      origin: KE
      destination: SO
      parties:
        - {role: recipient, kind: entity, name: Mogadishu Secure Services Ltd, country: SO}
      items:
        - {category: small_arms_light_weapons, quantity: 60, unit: each}
      authorizations:
        - {type: notification, addressed_to: 2713 Committee, date: 2025-02-01}
      """
    When the events are checked
    Then "al_shabaab.arms.general" is lifted by exemption "al_shabaab.arms.general.notified_fms_psc"
