@arms
Feature: Sudan (1591) Darfur arms embargo
  rules/sudan/arms.yaml. Darfur only, not country-wide; an event shows Darfur through
  location.area (Darfur or a Darfur state capital).

  sudan.arms.darfur               arms delivered in Darfur: 1556 (2004) OP7 (unconfirmed) from
                                  2004-07-30; 1591 (2005) OP7 (verified) with 1556 OP7 from
                                  2005-03-29, to 2026-09-12 (2791 (2025)).
  sudan.arms.destination_unknown  arms to Sudan with no location.area: a review.
  sudan.arms.renewal_unconfirmed  arms in Darfur from 2026-09-13: a review.
  Exemptions: peace support operations (1556 OP9, verified); the Government's movements approved
  by the Committee (1591 OP7, verified); the Government under 1556 alone (1556 OP7, unconfirmed).

  Scenario: Rifles delivered at Nyala breach the embargo: 1591 OP7, verified
    Given the event:
      """
      id: sd-arms-nyala
      type: transfer
      date: 2024-06-11
      origin: AE
      destination: SD
      location: {country: SD, area: "Nyala, South Darfur"}
      parties:
        - {role: supplier, kind: entity, name: Gulf Logistics Partners FZE, country: AE}
        - {role: recipient, kind: entity, name: Al Junaid Trading, country: SD}
      items:
        - {category: small_arms_light_weapons, quantity: 900, unit: each}
      """
    When the events are checked
    Then there is a violation of "sudan.arms.darfur"
    And the finding for "sudan.arms.darfur" cites resolution 1591 paragraph "7" marked "verified"
    And the finding for "sudan.arms.darfur" cites resolution 1556 paragraph "7" marked "unconfirmed"
    And there is no finding for "sudan.arms.destination_unknown"
    And there is no finding for "sudan.arms.renewal_unconfirmed"

  Scenario: Before 1591 the embargo is 1556's: ammunition for a militia in West Darfur in 2004
    Given the event:
      """
      id: sd-arms-2004
      type: transfer
      date: 2004-10-05
      origin: TD
      destination: SD
      location: {country: SD, area: West Darfur}
      parties:
        - {role: recipient, kind: entity, name: Border Militia Command, country: SD}
      items:
        - {category: ammunition, quantity: 4, unit: t}
      """
    When the events are checked
    Then there is a violation of "sudan.arms.darfur"
    And the finding for "sudan.arms.darfur" cites resolution 1556 paragraph "7" marked "unconfirmed"
    And the finding for "sudan.arms.darfur" does not cite resolution 1591

  Scenario: Rifles delivered at Port Sudan, and flour delivered in El Fasher, are not findings
    Given the events:
      """
      - id: sd-arms-port-sudan
        type: transfer
        date: 2024-06-11
        origin: AE
        destination: SD
        location: {country: SD, area: Port Sudan}
        parties:
          - {role: recipient, kind: entity, name: Red Sea Supplies Co, country: SD}
        items:
          - {category: small_arms_light_weapons, quantity: 900, unit: each}
      - id: sd-arms-flour
        type: transfer
        date: 2024-06-11
        origin: EG
        destination: SD
        location: {country: SD, area: El Fasher}
        items:
          - {category: cereals, quantity: 300, unit: t}
      """
    When the events are checked
    Then there is no finding for "sudan.arms.darfur"
    And there is no finding for "sudan.arms.destination_unknown"

  Scenario: The day before 1556 was adopted (2004-07-29) arms in Darfur are not a finding
    Given the event:
      """
      id: sd-arms-day-before
      type: transfer
      date: 2004-07-29
      origin: TD
      destination: SD
      location: {country: SD, area: West Darfur}
      items:
        - {category: ammunition, quantity: 4, unit: t}
      """
    When the events are checked
    Then there is no finding for "sudan.arms.darfur"

  Scenario: Arms to Sudan with no location area are a review: they may be bound for Darfur
    Given the event:
      """
      id: sd-arms-unknown
      type: transfer
      date: 2024-06-11
      origin: AE
      destination: SD
      parties:
        - {role: recipient, kind: entity, name: Al Junaid Trading, country: SD}
      items:
        - {category: small_arms_light_weapons, quantity: 900, unit: each}
      """
    When the events are checked
    Then there is a review finding for "sudan.arms.destination_unknown"
    And the review finding for "sudan.arms.destination_unknown" names "location.area" as missing
    And the finding for "sudan.arms.destination_unknown" cites resolution 1591 paragraph "7" marked "verified"
    And there is no finding for "sudan.arms.darfur"

  Scenario: After the last confirmed expiry (2026-09-12) arms in Darfur are a renewal review
    Given the event:
      """
      id: sd-arms-after-expiry
      type: transfer
      date: 2026-09-13
      origin: AE
      destination: SD
      location: {country: SD, area: Nyala}
      items:
        - {category: small_arms_light_weapons, quantity: 900, unit: each}
      """
    When the events are checked
    Then there is a review finding for "sudan.arms.renewal_unconfirmed"
    And the review finding for "sudan.arms.renewal_unconfirmed" names "renewed the measure beyond 2026-09-12" as missing
    And there is no finding for "sudan.arms.darfur"

  # --- exemptions ------------------------------------------------------------------------------

  Scenario: Armoured vehicles for UNAMID in North Darfur are exempt (1556 OP9)
    Given the event:
      """
      id: sd-arms-unamid
      type: transfer
      date: 2015-03-02
      origin: RW
      destination: SD
      location: {country: SD, area: "El Fasher, North Darfur"}
      parties:
        - {role: recipient, kind: entity, name: UNAMID Rwandan Battalion, country: RW}
      items:
        - {category: military_equipment, quantity: 8, unit: each}
      """
    When the events are checked
    Then "sudan.arms.darfur" is lifted by exemption "sudan.arms.darfur.peace_support"

  Scenario: The Government moving equipment into Darfur with the 1591 Committee's approval is exempt (1591 OP7)
    Given the event:
      """
      id: sd-arms-gov-approved
      type: transfer
      date: 2012-05-14
      origin: SD
      destination: SD
      location: {country: SD, area: "Zalingei, Central Darfur"}
      parties:
        - {role: recipient, kind: state, name: Republic of the Sudan, country: SD}
      items:
        - {category: military_equipment, quantity: 30, unit: each}
      authorizations:
        - {type: committee_exemption, issued_by: 1591 Committee, date: 2012-04-20, valid_until: 2012-07-20}
      """
    When the events are checked
    Then "sudan.arms.darfur" is lifted by exemption "sudan.arms.darfur.government_approved"

  Scenario: The Government's forces in Darfur without the Committee's approval breach the embargo
    Given the event:
      """
      id: sd-arms-gov-unapproved
      type: transfer
      date: 2012-05-14
      origin: SD
      destination: SD
      location: {country: SD, area: "Zalingei, Central Darfur"}
      parties:
        - {role: recipient, kind: state, name: Republic of the Sudan, country: SD}
      items:
        - {category: military_equipment, quantity: 30, unit: each}
      """
    When the events are checked
    Then there is a violation of "sudan.arms.darfur"
    And the exemption "sudan.arms.darfur.government_approved" was weighed and did not apply for "sudan.arms.darfur"
    And the exemption "sudan.arms.darfur.peace_support" was weighed and did not apply for "sudan.arms.darfur"
    And the exemption "sudan.arms.darfur.government_1556" was weighed and did not apply for "sudan.arms.darfur"

  Scenario: Under 1556 alone (2004) a delivery to the Government in Darfur was outside the embargo
    Given the event:
      """
      id: sd-arms-gov-2004
      type: transfer
      date: 2004-11-15
      origin: BY
      destination: SD
      location: {country: SD, area: South Darfur}
      parties:
        - {role: recipient, kind: state, name: Republic of the Sudan, country: SD}
      items:
        - {category: military_equipment, quantity: 30, unit: each}
      """
    When the events are checked
    Then "sudan.arms.darfur" is lifted by exemption "sudan.arms.darfur.government_1556"
