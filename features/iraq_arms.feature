@arms
Feature: Iraq (1518) arms embargo
  rules/iraq/arms.yaml. Open-ended.

  iraq.arms  supply of arms to Iraq: 1483 (2003) OP10 (verified), keeping the 687 (1991) OP24
    embargo (unconfirmed), from 2003-05-22.
  Exemption: 1546 (2004) OP21 (verified), the Government of Iraq or the multinational force,
  from 2004-06-08.

  Scenario: Rifles delivered to a militia in Iraq breach the embargo: 1483 OP10
    Given the event:
      """
      id: iq-arms-militia
      type: transfer
      date: 2016-04-12
      origin: IR
      destination: IQ
      parties:
        - {role: recipient, kind: entity, name: Diyala Brigades, country: IQ}
      items:
        - {category: small_arms_light_weapons, quantity: 300, unit: each}
      """
    When the events are checked
    Then there is a violation of "iraq.arms"
    And the finding for "iraq.arms" cites resolution 1483 paragraph "10" marked "verified"
    And the finding for "iraq.arms" cites resolution 687 paragraph "24" marked "unconfirmed"
    And the exemption "iraq.arms.government_or_mnf" was weighed and did not apply for "iraq.arms"

  Scenario: Armoured vehicles for the Government of Iraq are exempted (1546 OP21)
    Given the event:
      """
      id: iq-arms-government
      type: transfer
      date: 2016-04-12
      origin: US
      destination: IQ
      parties:
        - {role: supplier, kind: state, name: United States, country: US}
        - {role: recipient, kind: state, name: Government of Iraq, country: IQ}
      items:
        - {category: major_conventional_arms, quantity: 20, unit: each}
      """
    When the events are checked
    Then "iraq.arms" is lifted by exemption "iraq.arms.government_or_mnf"

  Scenario: Ammunition for the multinational force in 2005 is exempted (1546 OP21)
    Given the event:
      """
      id: iq-arms-mnf
      type: transfer
      date: 2005-03-01
      origin: GB
      destination: IQ
      parties:
        - {role: recipient, kind: entity, name: Multinational Force - Iraq}
      items:
        - {category: ammunition, quantity: 50, unit: t}
      """
    When the events are checked
    Then "iraq.arms" is lifted by exemption "iraq.arms.government_or_mnf"

  Scenario: Before 1546 (2004-06-07) a delivery to the Iraqi authorities is not covered by its exemption
    Given the event:
      """
      id: iq-arms-before-1546
      type: transfer
      date: 2004-06-07
      origin: US
      destination: IQ
      parties:
        - {role: recipient, kind: state, name: Iraqi Interim Government, country: IQ}
      items:
        - {category: small_arms_light_weapons, quantity: 300, unit: each}
      """
    When the events are checked
    Then there is a violation of "iraq.arms"
    And the exemption "iraq.arms.government_or_mnf" was weighed and did not apply for "iraq.arms" because "not available"

  Scenario: Medicine to Iraq, and rifles to Jordan, are not findings of the embargo
    Given the events:
      """
      - id: iq-arms-medicine
        type: transfer
        date: 2016-04-12
        origin: JO
        destination: IQ
        items:
          - {category: medicine, quantity: 2, unit: t}
      - id: iq-arms-jordan
        type: transfer
        date: 2016-04-12
        origin: US
        destination: JO
        items:
          - {category: small_arms_light_weapons, quantity: 300, unit: each}
      """
    When the events are checked
    Then there is no finding for "iraq.arms"

  Scenario: The day before 1483 (2003-05-21) a delivery to Iraq is not a finding of this rule
    Given the event:
      """
      id: iq-arms-day-before
      type: transfer
      date: 2003-05-21
      origin: IR
      destination: IQ
      items:
        - {category: small_arms_light_weapons, quantity: 300, unit: each}
      """
    When the events are checked
    Then there is no finding for "iraq.arms"
