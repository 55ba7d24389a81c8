@targeted @arms
Feature: Taliban (1988) targeted arms embargo
  rules/taliban/arms.yaml. Open-ended; no exemptions.

  taliban.arms  supply of arms to a party on the 1988 list (TAi./TAe.), wherever it is:
    1390 (2002) OP2(c) from 2002-01-16 (the 1267 list, until the split of 2011); 1988 (2011)
    OP1(c) from 2011-06-17; 2255 (2015) OP1(c) from 2015-12-21. All unconfirmed.

  Scenario: Rifles sold to a listed Taliban leader in 2008 breach the embargo: 1390 OP2(c)
    Given the event:
      """
      id: ta-arms-2008
      type: transfer
      date: 2008-07-01
      origin: PK
      destination: AF
      parties:
        - {role: buyer, kind: individual, name: Mohammed Omar Ghulam Nabi, country: AF}
      items:
        - {category: small_arms_light_weapons, quantity: 100, unit: each}
      """
    When the events are checked
    Then there is a violation of "taliban.arms"
    And the finding for "taliban.arms" cites resolution 1390 paragraph "2(c)" marked "unconfirmed"

  Scenario: The same sale in 2013 cites 1988 OP1(c)
    Given the event:
      """
      id: ta-arms-2013
      type: transfer
      date: 2013-07-01
      origin: PK
      destination: AF
      parties:
        - {role: buyer, kind: individual, name: Mohammed Omar Ghulam Nabi, country: AF}
      items:
        - {category: small_arms_light_weapons, quantity: 100, unit: each}
      """
    When the events are checked
    Then there is a violation of "taliban.arms"
    And the finding for "taliban.arms" cites resolution 1988 paragraph "1(c)" marked "unconfirmed"

  Scenario: Ammunition delivered to a listed Taliban minister in 2024 cites 2255 OP1(c)
    Given the event:
      """
      id: ta-arms-2024
      type: transfer
      date: 2024-07-01
      origin: PK
      destination: AF
      parties:
        - {role: recipient, kind: individual, name: Mohammad Hassan Akhund, country: AF}
      items:
        - {category: ammunition, quantity: 3, unit: t}
      """
    When the events are checked
    Then there is a violation of "taliban.arms"
    And the finding for "taliban.arms" cites resolution 2255 paragraph "1(c)" marked "unconfirmed"

  Scenario: Wheat for a listed person, and rifles for a buyer on no list in Afghanistan, are not findings of the embargo
    Given the events:
      """
      - id: ta-arms-wheat
        type: transfer
        date: 2024-07-01
        origin: PK
        destination: AF
        parties:
          - {role: recipient, kind: individual, name: Mohammad Hassan Akhund, country: AF}
        items:
          - {category: cereals, quantity: 30, unit: t}
      - id: ta-arms-unlisted
        type: transfer
        date: 2024-07-01
        origin: PK
        destination: AF
        parties:
          - {role: buyer, kind: individual, name: Peter Lindqvist, country: SE}
        items:
          - {category: small_arms_light_weapons, quantity: 100, unit: each}
      """
    When the events are checked
    Then there is no finding for "taliban.arms"

  Scenario: The day before 1390 (2002-01-15) a sale to a person listed in 2000 is not a finding of this rule
    Given the event:
      """
      id: ta-arms-day-before
      type: transfer
      date: 2002-01-15
      origin: PK
      destination: AF
      parties:
        - {role: buyer, kind: individual, name: Mohammed Omar Ghulam Nabi, country: AF}
      items:
        - {category: small_arms_light_weapons, quantity: 100, unit: each}
      """
    When the events are checked
    Then there is no finding for "taliban.arms"
