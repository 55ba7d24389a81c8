@arms
Feature: DRC (1533) arms embargo on non-governmental entities and individuals
  rules/drc/arms.yaml.

  drc.arms  arms to the DRC: a review (an event cannot show whether the recipient is
            non-governmental), lifted when the recipient is the Government. Stages: 1493 (2003)
            OP20 from 2003-07-28, 1596 (2005) OP1 from 2005-04-18, 1807 (2008) OP1 from
            2008-03-31, with 2293 (2016) OP1 from 2016-06-23 (all unconfirmed); to 2026-07-01
            (2783 (2025)); from 2026-07-02 drc.arms.renewal_unconfirmed.
  Exemptions: the Government (1807 OP2-3, verified; no notification since 2667); MONUSCO and
  the Committee's approval (2293 OP3, verified).

  Scenario: Rifles for a trading company in Goma are a review: 1807 OP1 and 2293 OP1, unconfirmed
    Given the event:
      """
      id: cd-arms-goma
      type: transfer
      date: 2024-04-09
      origin: RW
      destination: CD
      parties:
        - {role: supplier, kind: entity, name: Kigali Hardware Ltd, country: RW}
        - {role: recipient, kind: entity, name: Goma Lake Trading SARL, country: CD}
      items:
        - {category: small_arms_light_weapons, quantity: 300, unit: each}
      """
    When the events are checked
    Then there is a review finding for "drc.arms"
    And the review finding for "drc.arms" names "non-governmental entity or individual" as missing
    And the finding for "drc.arms" cites resolution 1807 paragraph "1" marked "unconfirmed"
    And the finding for "drc.arms" cites resolution 2293 paragraph "1" marked "unconfirmed"
    And there is no finding for "drc.arms.renewal_unconfirmed"

  Scenario: Each stage cites its own text: 1493 OP20 in 2004, 1596 OP1 in 2006, 1807 OP1 alone in 2010
    Given the events:
      """
      - id: cd-arms-2004
        type: transfer
        date: 2004-05-03
        origin: UG
        destination: CD
        items:
          - {category: ammunition, quantity: 3, unit: t}
      - id: cd-arms-2006
        type: transfer
        date: 2006-05-03
        origin: UG
        destination: CD
        items:
          - {category: ammunition, quantity: 3, unit: t}
      - id: cd-arms-2010
        type: transfer
        date: 2010-05-03
        origin: UG
        destination: CD
        items:
          - {category: ammunition, quantity: 3, unit: t}
      """
    When the events are checked
    Then the finding for "drc.arms" for event "cd-arms-2004" cites resolution 1493 paragraph "20" marked "unconfirmed"
    And the finding for "drc.arms" for event "cd-arms-2006" cites resolution 1596 paragraph "1" marked "unconfirmed"
    And the finding for "drc.arms" for event "cd-arms-2010" cites resolution 1807 paragraph "1" marked "unconfirmed"
    And the finding for "drc.arms" for event "cd-arms-2010" does not cite resolution 2293

  Scenario: Medicines to the DRC, and rifles to Rwanda, are not findings
    Given the events:
      """
      - id: cd-arms-medicines
        type: transfer
        date: 2024-04-09
        origin: KE
        destination: CD
        parties:
          - {role: recipient, kind: entity, name: Goma Lake Trading SARL, country: CD}
        items:
          - {category: medicine, quantity: 2, unit: t}
      - id: cd-arms-rwanda
        type: transfer
        date: 2024-04-09
        origin: BE
        destination: RW
        parties:
          - {role: recipient, kind: entity, name: Kigali Hardware Ltd, country: RW}
        items:
          - {category: small_arms_light_weapons, quantity: 300, unit: each}
      """
    When the events are checked
    Then there is no finding for "drc.arms"
    And there is no finding for "drc.arms.renewal_unconfirmed"

  Scenario: The day before the embargo came into force (2003-07-27) arms to the DRC are not a finding
    Given the event:
      """
      id: cd-arms-day-before
      type: transfer
      date: 2003-07-27
      origin: UG
      destination: CD
      items:
        - {category: ammunition, quantity: 3, unit: t}
      """
    When the events are checked
    Then there is no finding for "drc.arms"

  Scenario: After the last confirmed expiry (2026-07-01) arms to the DRC are a renewal review
    Given the event:
      """
      id: cd-arms-after-expiry
      type: transfer
      date: 2026-07-02
      origin: RW
      destination: CD
      parties:
        - {role: recipient, kind: entity, name: Goma Lake Trading SARL, country: CD}
      items:
        - {category: small_arms_light_weapons, quantity: 300, unit: each}
      """
    When the events are checked
    Then there is a review finding for "drc.arms.renewal_unconfirmed"
    And the review finding for "drc.arms.renewal_unconfirmed" names "renewed the measure beyond 2026-07-01" as missing
    And there is no finding for "drc.arms"

  # --- exemptions ------------------------------------------------------------------------------

  Scenario: Armoured vehicles for the FARDC are outside the embargo, without notification (1807 OP2-3)
    Given the event:
      """
      id: cd-arms-fardc
      type: transfer
      date: 2024-04-09
      origin: ZA
      destination: CD
      parties:
        - {role: supplier, kind: entity, name: Pretoria Defence Systems, country: ZA}
        - {role: recipient, kind: entity, name: FARDC 34th Military Region, country: CD}
      items:
        - {category: military_equipment, quantity: 12, unit: each}
      """
    When the events are checked
    Then "drc.arms" is lifted by exemption "drc.arms.government"

  Scenario: Before 1807 the Government carve-out is not encoded: arms for the State in 2006 remain a review
    Given the event:
      """
      id: cd-arms-state-2006
      type: transfer
      date: 2006-05-03
      origin: ZA
      destination: CD
      parties:
        - {role: recipient, kind: state, name: Democratic Republic of the Congo, country: CD}
      items:
        - {category: military_equipment, quantity: 12, unit: each}
      """
    When the events are checked
    Then there is a review finding for "drc.arms"
    And the exemption "drc.arms.government" was weighed and did not apply for "drc.arms"

  Scenario: Rifles for MONUSCO are exempt (2293 OP3)
    Given the event:
      """
      id: cd-arms-monusco
      type: transfer
      date: 2024-04-09
      origin: BD
      destination: CD
      parties:
        - {role: recipient, kind: entity, name: MONUSCO Bangladeshi Battalion, country: BD}
      items:
        - {category: small_arms_light_weapons, quantity: 200, unit: each}
      """
    When the events are checked
    Then "drc.arms" is lifted by exemption "drc.arms.monusco"

  Scenario: A supply the 1533 Committee approved, valid on the day, is exempt (2293 OP3)
    Given the event:
      """
      id: cd-arms-approved
      type: transfer
      date: 2024-04-09
      origin: RW
      destination: CD
      parties:
        - {role: recipient, kind: entity, name: Goma Lake Trading SARL, country: CD}
      items:
        - {category: small_arms_light_weapons, quantity: 30, unit: each}
      authorizations:
        - {type: committee_exemption, issued_by: 1533 Committee, date: 2024-03-01, valid_until: 2024-06-01}
      """
    When the events are checked
    Then "drc.arms" is lifted by exemption "drc.arms.committee_approval"

  Scenario: A private company with an expired approval stays a review; no exemption applies
    Given the event:
      """
      id: cd-arms-approval-expired
      type: transfer
      date: 2024-04-09
      origin: RW
      destination: CD
      parties:
        - {role: recipient, kind: entity, name: Goma Lake Trading SARL, country: CD}
      items:
        - {category: small_arms_light_weapons, quantity: 30, unit: each}
      authorizations:
        - {type: committee_exemption, issued_by: 1533 Committee, date: 2023-09-01, valid_until: 2023-12-01}
      """
    When the events are checked
    Then there is a review finding for "drc.arms"
    And the exemption "drc.arms.committee_approval" was weighed and did not apply for "drc.arms"
    And the exemption "drc.arms.government" was weighed and did not apply for "drc.arms"
    And the exemption "drc.arms.monusco" was weighed and did not apply for "drc.arms"

  Scenario: Non-lethal equipment for a humanitarian purpose is exempt without notification (2293 OP3)
    Given the event:
      """
      id: cd-non-lethal
      type: transfer
      date: 2024-04-09
      origin: KE
      destination: CD
      purposes: [humanitarian]
      parties:
        - {role: recipient, kind: entity, name: Goma Lake Trading SARL, country: CD}
      items:
        - {category: non_lethal_military_equipment, quantity: 12, unit: each, description: mine detectors}
      """
    When the events are checked
    Then "drc.arms" is lifted by exemption "drc.arms.non_lethal"

  Scenario: Non-lethal equipment shipped with rifles is not exempt: every item must be non-lethal
    Given the event:
      """
      id: cd-non-lethal-mixed
      type: transfer
      date: 2024-04-09
      origin: KE
      destination: CD
      purposes: [humanitarian]
      parties:
        - {role: recipient, kind: entity, name: Goma Lake Trading SARL, country: CD}
      items:
        - {category: non_lethal_military_equipment, quantity: 12, unit: each, description: mine detectors}
        - {category: small_arms_light_weapons, quantity: 2, unit: each}
      """
    When the events are checked
    Then there is a review finding for "drc.arms"
    And the exemption "drc.arms.non_lethal" was weighed and did not apply for "drc.arms"

  Scenario: Helmets for a UN agency's staff are exempt (2293 OP3)
    Given the event:
      """
      id: cd-protective
      type: transfer
      date: 2024-04-09
      origin: KE
      destination: CD
      purposes: [personal_use]
      parties:
        - {role: recipient, kind: entity, name: UNICEF Goma field office, country: CD, humanitarian_actor: un}
      items:
        - {category: protective_clothing, quantity: 30, unit: each, description: helmets}
      """
    When the events are checked
    Then "drc.arms" is lifted by exemption "drc.arms.protective_clothing"

  Scenario: Helmets for a private security company are not exempt as protective clothing
    Given the event:
      """
      id: cd-protective-private
      type: transfer
      date: 2024-04-09
      origin: KE
      destination: CD
      purposes: [personal_use]
      parties:
        - {role: recipient, kind: entity, name: Kivu Guard Services SARL, country: CD}
      items:
        - {category: protective_clothing, quantity: 30, unit: each, description: helmets}
      """
    When the events are checked
    Then there is a review finding for "drc.arms"
    And the exemption "drc.arms.protective_clothing" was weighed and did not apply for "drc.arms"

  # --- a listed recipient settles who receives (drc.arms.designated) ---------------------------

  Scenario: Rifles for a militia leader on the 1533 list breach the embargo: the listing settles it
    Given the event:
      """
      id: cd-arms-listed
      type: transfer
      date: 2025-03-10
      destination: CD
      parties:
        - {role: supplier, kind: entity, name: Example Arms Brokers, country: UG}
        - {role: recipient, kind: individual, name: Laurent Nkunda, country: CD}
      items: [{category: small_arms_light_weapons, quantity: 200, unit: each}]
      """
    When the events are checked
    Then there is a violation of "drc.arms.designated"
    And the finding for "drc.arms.designated" cites resolution 1807 paragraph "1" marked "unconfirmed"
    And the explanation of "drc.arms.designated" mentions "CDi.022"
    And there is a review finding for "drc.arms"

  Scenario: Rifles for an unlisted company in Goma stay a review only
    Given the event:
      """
      id: cd-arms-unlisted
      type: transfer
      date: 2025-03-10
      destination: CD
      parties: [{role: recipient, kind: entity, name: Goma Hardware Supplies, country: CD}]
      items: [{category: small_arms_light_weapons}]
      """
    When the events are checked
    Then there is no finding for "drc.arms.designated"
    And there is a review finding for "drc.arms"

  Scenario: A recipient whose name only partly matches a listed name is a review, not a violation
    Given the event:
      """
      id: cd-arms-weak
      type: transfer
      date: 2025-03-10
      destination: CD
      parties: [{role: recipient, kind: individual, name: Germaine Katango, country: CD}]
      items: [{category: small_arms_light_weapons}]
      """
    When the events are checked
    Then there is a review finding for "drc.arms.designated"
    And the review finding for "drc.arms.designated" names "CDi.006" as missing

  Scenario: The day before the embargo (2003-07-27) nothing is a finding, listed or not
    Given the event:
      """
      id: cd-arms-eve
      type: transfer
      date: 2003-07-27
      destination: CD
      parties: [{role: recipient, kind: individual, name: Laurent Nkunda, country: CD}]
      items: [{category: small_arms_light_weapons}]
      """
    When the events are checked
    Then there is no finding for "drc.arms.designated"
    And there is no finding for "drc.arms"

  Scenario: Before the recipient was listed, the delivery is a review only
    Given the event:
      """
      id: cd-arms-before-listing
      type: transfer
      date: 2005-10-31
      destination: CD
      parties: [{role: recipient, kind: individual, name: Laurent Nkunda, country: CD}]
      items: [{category: small_arms_light_weapons}]
      """
    When the events are checked
    Then there is no finding for "drc.arms.designated"
    And the screening of event "cd-arms-before-listing" notes "CDi.022" as "designated_later"

  Scenario: Non-lethal equipment for humanitarian use is lifted even for a listed recipient
    Given the event:
      """
      id: cd-arms-listed-nonlethal
      type: transfer
      date: 2025-03-10
      destination: CD
      purposes: [humanitarian]
      parties: [{role: recipient, kind: individual, name: Laurent Nkunda, country: CD}]
      items: [{category: non_lethal_military_equipment}]
      """
    When the events are checked
    Then "drc.arms.designated" is lifted by exemption "drc.arms.designated.non_lethal"

  Scenario: Protective clothing for UN personnel's own use is lifted too
    Given the event:
      """
      id: cd-arms-listed-clothing
      type: transfer
      date: 2025-03-10
      destination: CD
      purposes: [personal_use]
      parties:
        - {role: recipient, kind: individual, name: Laurent Nkunda, country: CD}
        - {role: intermediary, kind: entity, name: UNICEF, country: CD, humanitarian_actor: un}
      items: [{category: protective_clothing}]
      """
    When the events are checked
    Then "drc.arms.designated" is lifted by exemption "drc.arms.designated.protective_clothing"

  Scenario: A supply the 1533 Committee approved is lifted
    Given the event:
      """
      id: cd-arms-listed-approved
      type: transfer
      date: 2025-03-10
      destination: CD
      parties: [{role: recipient, kind: individual, name: Laurent Nkunda, country: CD}]
      items: [{category: small_arms_light_weapons}]
      authorizations:
        - {type: committee_exemption, issued_by: 1533 Committee, date: 2025-02-01}
      """
    When the events are checked
    Then "drc.arms.designated" is lifted by exemption "drc.arms.designated.committee_approval"

  Scenario: Rifles with a humanitarian purpose are not non-lethal equipment, nor UN clothing
    Given the event:
      """
      id: cd-arms-listed-notexempt
      type: transfer
      date: 2025-03-10
      destination: CD
      purposes: [humanitarian, personal_use]
      parties: [{role: recipient, kind: individual, name: Laurent Nkunda, country: CD}]
      items: [{category: small_arms_light_weapons}]
      authorizations:
        - {type: committee_exemption, issued_by: 1533 Committee, date: 2025-02-01, valid_until: 2025-02-28}
      """
    When the events are checked
    Then there is a violation of "drc.arms.designated"
    And the exemption "drc.arms.designated.non_lethal" was weighed and did not apply for "drc.arms.designated"
    And the exemption "drc.arms.designated.protective_clothing" was weighed and did not apply for "drc.arms.designated"
    And the exemption "drc.arms.designated.committee_approval" was weighed and did not apply for "drc.arms.designated"
