@targeted @arms
Feature: Haiti (2653) arms embargo, targeted then territorial
  rules/haiti/arms.yaml.

  haiti.arms.targeted  arms to a party on the 2653 list, wherever it is: 2653 (2022) OP11
                       (unconfirmed), from 2022-10-21 to 2026-10-17.
  haiti.arms           supply to Haiti: small arms, light weapons and ammunition from 2023-10-02,
                       2699 (2023) OP14(a)-(b) (verified); arms of all types from 2024-10-18 (2752,
                       cited through 2699 OP14 with a note); to 2026-10-17.
  Last confirmed renewal 2794 (2025), for a year (about 17 October 2026): from 2026-10-18 the
  *.renewal_unconfirmed rules give a review finding.
  Exemptions of haiti.arms, from 2024-10-18 (2752 OP2(a) and OP2, unconfirmed): Haitian
  security forces; the UN and UN-authorized missions (MSS); the Committee's approval.

  # --- targeted --------------------------------------------------------------------------------

  Scenario: Rifles for a listed gang leader in 2023 breach the targeted embargo: 2653 OP11, unconfirmed
    Given the event:
      """
      id: ht-arms-targeted-2023
      type: transfer
      date: 2023-03-10
      origin: US
      destination: HT
      parties:
        - {role: supplier, kind: entity, name: Gulf Coast Firearms LLC, country: US}
        - {role: recipient, kind: individual, name: Jimmy Cherizier, country: HT}
      items:
        - {category: small_arms_light_weapons, quantity: 60, unit: each}
      """
    When the events are checked
    Then there is a violation of "haiti.arms.targeted"
    And the finding for "haiti.arms.targeted" cites resolution 2653 paragraph "11" marked "unconfirmed"
    And there is no finding for "haiti.arms"
    And there is no finding for "haiti.arms.targeted.renewal_unconfirmed"

  Scenario: After 2023 a listed gang leader is still reached outside Haiti
    Given the event:
      """
      id: ht-arms-targeted-abroad
      type: transfer
      date: 2025-02-12
      origin: US
      destination: DO
      parties:
        - {role: supplier, kind: entity, name: Gulf Coast Firearms LLC, country: US}
        - {role: buyer, kind: individual, name: Jimmy Cherizier}
      items:
        - {category: ammunition, quantity: 2, unit: t}
      """
    When the events are checked
    Then there is a violation of "haiti.arms.targeted"
    And the finding for "haiti.arms.targeted" cites resolution 2653 paragraph "11" marked "unconfirmed"
    And there is no finding for "haiti.arms"

  Scenario: The day before 2653 was adopted (2022-10-20) rifles for the gang leader are not a finding
    Given the event:
      """
      id: ht-arms-targeted-day-before
      type: transfer
      date: 2022-10-20
      origin: US
      destination: HT
      parties:
        - {role: recipient, kind: individual, name: Jimmy Cherizier, country: HT}
      items:
        - {category: small_arms_light_weapons, quantity: 60, unit: each}
      """
    When the events are checked
    Then there is no finding for "haiti.arms.targeted"
    And there is no finding for "haiti.arms"

  Scenario: After the last confirmed expiry (2026-10-17) arms for a listed party are a review
    Given the event:
      """
      id: ht-arms-targeted-after-expiry
      type: transfer
      date: 2026-10-18
      origin: US
      destination: DO
      parties:
        - {role: buyer, kind: individual, name: Jimmy Cherizier}
      items:
        - {category: ammunition, quantity: 2, unit: t}
      """
    When the events are checked
    Then there is a review finding for "haiti.arms.targeted.renewal_unconfirmed"
    And the review finding for "haiti.arms.targeted.renewal_unconfirmed" names "renewed the measure beyond 2026-10-17" as missing
    And there is no finding for "haiti.arms.targeted"

  # --- territorial -----------------------------------------------------------------------------

  Scenario: Pistols shipped to a Port-au-Prince company in 2024 breach the embargo: 2699 OP14(a)-(b)
    Given the event:
      """
      id: ht-arms-2699
      type: transfer
      date: 2024-03-05
      origin: US
      destination: HT
      parties:
        - {role: supplier, kind: entity, name: Gulf Coast Firearms LLC, country: US}
        - {role: recipient, kind: entity, name: Delmas Import Export SA, country: HT}
      items:
        - {category: small_arms_light_weapons, quantity: 120, unit: each}
      """
    When the events are checked
    Then there is a violation of "haiti.arms"
    And the finding for "haiti.arms" cites resolution 2699 paragraph "14(a)" marked "verified"
    And the finding for "haiti.arms" cites resolution 2699 paragraph "14(b)" marked "verified"
    And there is no finding for "haiti.arms.targeted"
    And there is no finding for "haiti.arms.renewal_unconfirmed"

  Scenario: Under 2699 armoured vehicles were outside the embargo; since 2752 they are within it
    Given the events:
      """
      - id: ht-arms-vehicles-2024
        type: transfer
        date: 2024-03-05
        origin: US
        destination: HT
        parties:
          - {role: recipient, kind: entity, name: Delmas Import Export SA, country: HT}
        items:
          - {category: military_equipment, quantity: 4, unit: each}
      - id: ht-arms-vehicles-2025
        type: transfer
        date: 2025-03-05
        origin: US
        destination: HT
        parties:
          - {role: recipient, kind: entity, name: Delmas Import Export SA, country: HT}
        items:
          - {category: military_equipment, quantity: 4, unit: each}
      """
    When the events are checked
    Then there is no finding for "haiti.arms" for event "ht-arms-vehicles-2024"
    And there is a violation of "haiti.arms" for event "ht-arms-vehicles-2025"
    And the finding for "haiti.arms" for event "ht-arms-vehicles-2025" cites resolution 2699 paragraph "14(a)" marked "verified"

  Scenario: Under 2699 an item declared only as arms is a review: it may not be a small arm
    Given the event:
      """
      id: ht-arms-coarse-2024
      type: transfer
      date: 2024-03-05
      origin: US
      destination: HT
      parties:
        - {role: recipient, kind: entity, name: Delmas Import Export SA, country: HT}
      items:
        - {category: arms, quantity: 30, unit: each}
      """
    When the events are checked
    Then there is a review finding for "haiti.arms"

  Scenario: Rice to Haiti, and rifles to the Dominican Republic for an unlisted buyer, are not findings
    Given the events:
      """
      - id: ht-arms-rice
        type: transfer
        date: 2025-03-05
        origin: US
        destination: HT
        parties:
          - {role: recipient, kind: entity, name: Delmas Import Export SA, country: HT}
        items:
          - {category: cereals, quantity: 400, unit: t}
      - id: ht-arms-dominican
        type: transfer
        date: 2025-03-05
        origin: US
        destination: DO
        parties:
          - {role: recipient, kind: entity, name: Santo Domingo Armeria SRL, country: DO}
        items:
          - {category: small_arms_light_weapons, quantity: 120, unit: each}
      """
    When the events are checked
    Then there is no finding for "haiti.arms"
    And there is no finding for "haiti.arms.targeted"

  Scenario: The day before 2699 was adopted (2023-10-01) pistols for an unlisted Haitian company are not a finding
    Given the event:
      """
      id: ht-arms-day-before-2699
      type: transfer
      date: 2023-10-01
      origin: US
      destination: HT
      parties:
        - {role: recipient, kind: entity, name: Delmas Import Export SA, country: HT}
      items:
        - {category: small_arms_light_weapons, quantity: 120, unit: each}
      """
    When the events are checked
    Then there is no finding for "haiti.arms"
    And there is no finding for "haiti.arms.targeted"

  Scenario: After the last confirmed expiry (2026-10-17) arms to Haiti are a review
    Given the event:
      """
      id: ht-arms-after-expiry
      type: transfer
      date: 2026-10-18
      origin: US
      destination: HT
      parties:
        - {role: recipient, kind: entity, name: Delmas Import Export SA, country: HT}
      items:
        - {category: small_arms_light_weapons, quantity: 120, unit: each}
      """
    When the events are checked
    Then there is a review finding for "haiti.arms.renewal_unconfirmed"
    And the review finding for "haiti.arms.renewal_unconfirmed" names "renewed the measure beyond 2026-10-17" as missing
    And there is no finding for "haiti.arms"

  # --- exemptions ------------------------------------------------------------------------------

  Scenario: Rifles for the Haitian National Police in 2025 are exempt (2752 OP2(a))
    Given the event:
      """
      id: ht-arms-hnp-2025
      type: transfer
      date: 2025-05-20
      origin: US
      destination: HT
      parties:
        - {role: supplier, kind: state, name: United States, country: US}
        - {role: recipient, kind: entity, name: Haitian National Police, country: HT}
      items:
        - {category: small_arms_light_weapons, quantity: 500, unit: each}
      """
    When the events are checked
    Then "haiti.arms" is lifted by exemption "haiti.arms.haitian_security_forces"

  Scenario: Before 2752 the reference gives no exemption: rifles for the Haitian police in 2024 are a finding
    Given the event:
      """
      id: ht-arms-hnp-2024
      type: transfer
      date: 2024-05-20
      origin: US
      destination: HT
      parties:
        - {role: supplier, kind: state, name: United States, country: US}
        - {role: recipient, kind: entity, name: Haitian National Police, country: HT}
      items:
        - {category: small_arms_light_weapons, quantity: 500, unit: each}
      """
    When the events are checked
    Then there is a violation of "haiti.arms"
    And the exemption "haiti.arms.haitian_security_forces" was weighed and did not apply for "haiti.arms"
    And the exemption "haiti.arms.un_or_authorized_mission" was weighed and did not apply for "haiti.arms"

  Scenario: Armoured vehicles for the Kenyan contingent of the Multinational Security Support mission are exempt
    Given the event:
      """
      id: ht-arms-mss
      type: transfer
      date: 2025-01-15
      origin: KE
      destination: HT
      parties:
        - {role: supplier, kind: state, name: Kenya, country: KE}
        - {role: recipient, kind: entity, name: Multinational Security Support Mission Kenya Contingent, country: KE}
      items:
        - {category: military_equipment, quantity: 20, unit: each}
      """
    When the events are checked
    Then "haiti.arms" is lifted by exemption "haiti.arms.un_or_authorized_mission"

  Scenario: A private security company in Haiti is neither a Haitian security unit nor a UN mission
    Given the event:
      """
      id: ht-arms-private-security
      type: transfer
      date: 2025-01-15
      origin: US
      destination: HT
      parties:
        - {role: recipient, kind: entity, name: Petionville Private Security SA, country: HT}
      items:
        - {category: small_arms_light_weapons, quantity: 40, unit: each}
      """
    When the events are checked
    Then there is a violation of "haiti.arms"
    And the exemption "haiti.arms.haitian_security_forces" was weighed and did not apply for "haiti.arms"
    And the exemption "haiti.arms.un_or_authorized_mission" was weighed and did not apply for "haiti.arms"
    And the exemption "haiti.arms.committee_approval" was weighed and did not apply for "haiti.arms"

  Scenario: A supply the 2653 Committee approved, valid on the day, is not a breach
    Given the event:
      """
      id: ht-arms-approved
      type: transfer
      date: 2025-06-02
      origin: US
      destination: HT
      parties:
        - {role: recipient, kind: entity, name: Petionville Private Security SA, country: HT}
      items:
        - {category: small_arms_light_weapons, quantity: 40, unit: each}
      authorizations:
        - {type: committee_exemption, issued_by: 2653 Committee, date: 2025-05-01, valid_until: 2025-08-01}
      """
    When the events are checked
    Then "haiti.arms" is lifted by exemption "haiti.arms.committee_approval"

  Scenario: An approval of the 2653 Committee that expired before the delivery does not cover it
    Given the event:
      """
      id: ht-arms-approval-expired
      type: transfer
      date: 2025-06-02
      origin: US
      destination: HT
      parties:
        - {role: recipient, kind: entity, name: Petionville Private Security SA, country: HT}
      items:
        - {category: small_arms_light_weapons, quantity: 40, unit: each}
      authorizations:
        - {type: committee_exemption, issued_by: 2653 Committee, date: 2025-01-01, valid_until: 2025-03-01}
      """
    When the events are checked
    Then there is a violation of "haiti.arms"
    And the exemption "haiti.arms.committee_approval" was weighed and did not apply for "haiti.arms"
