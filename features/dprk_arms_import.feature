@dprk @arms
Feature: Supply of arms and related materiel to the DPRK (dprk.arms.import)
  No State may supply, sell or transfer arms or related materiel to the DPRK, whatever their
  origin. The ban grew in three stages:
    2006-10-14  major conventional arms and related materiel   1718 OP8(a)(i)
    2009-06-12  all arms except small arms and light weapons   1874 OP10
    2016-03-02  all arms, small arms included                  2270 OP6
  The rule has no exemption of its own; small arms between 2009 and 2016 are the business of
  dprk.arms.salw_notice.

  # --- 1718 OP8(a)(i): major conventional arms, from 2006-10-14 --------------------------------

  Scenario: Battle tanks to the DPRK in 2008 breach 1718 OP8(a)(i)
    Given the event:
      """
      {id: tanks-2008, type: transfer, date: 2008-05-01, origin: BY, destination: KP,
       items: [{category: major_conventional_arms, description: T-72 battle tanks, quantity: 10, unit: each}]}
      """
    When the events are checked
    Then there is a violation of "dprk.arms.import"
    And the finding for "dprk.arms.import" cites resolution 1718 paragraph "8(a)(i)" marked "content-verified"
    And the finding for "dprk.arms.import" does not cite resolution 1874
    And the findings include:
      """
      - rule_id: dprk.arms.import
        explanation: {stage: {from: 2006-10-14, until: 2009-06-11}}
      """

  Scenario: The day before 1718 was adopted, tanks to the DPRK are no finding
    Given the event:
      """
      {id: tanks-2006, type: transfer, date: 2006-10-13, origin: BY, destination: KP,
       items: [{category: major_conventional_arms}]}
      """
    When the events are checked
    Then there are no findings

  Scenario: On the day 1718 was adopted the ban applies
    Given the event:
      """
      {id: tanks-adoption-day, type: transfer, date: 2006-10-14, origin: BY, destination: KP,
       items: [{category: major_conventional_arms}]}
      """
    When the events are checked
    Then there is a violation of "dprk.arms.import"

  Scenario: Ammunition in 2008 may or may not be major conventional arms: review
    Given the event:
      """
      {id: ammo-2008, type: transfer, date: 2008-05-01, destination: KP,
       items: [{category: ammunition, description: 7.62 mm cartridges}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.arms.import"
    And the review finding for "dprk.arms.import" names "too coarse" as missing

  Scenario: Military communications equipment delivered to a DPRK buyer with no destination recorded
    Given the event:
      """
      id: radios-2008
      type: transfer
      date: 2008-05-01
      parties:
        - {role: buyer, kind: entity, name: Korea Mining Development Trading Corporation, country: KP}
      items: [{category: military_equipment, description: military radios}]
      """
    When the events are checked
    Then there is a violation of "dprk.arms.import"
    And the finding for "dprk.arms.import" cites resolution 1718 paragraph "8(a)(i)"

  # --- 1874 OP10: all arms but small arms, from 2009-06-12 -------------------------------------

  Scenario: Ammunition to the DPRK in 2012 breaches 1874 OP10
    Given the event:
      """
      {id: ammo-2012, type: transfer, date: 2012-05-01, origin: CN, destination: KP,
       items: [{category: ammunition}]}
      """
    When the events are checked
    Then there is a violation of "dprk.arms.import"
    And the finding for "dprk.arms.import" cites resolution 1874 paragraph "10" marked "verified"
    And the finding for "dprk.arms.import" cites resolution 1718 paragraph "8(a)(i)"
    And the finding for "dprk.arms.import" does not cite resolution 2270

  Scenario: The day 1874 was adopted, ammunition is banned outright
    Given the event:
      """
      {id: ammo-2009, type: transfer, date: 2009-06-12, destination: KP, items: [{category: ammunition}]}
      """
    When the events are checked
    Then there is a violation of "dprk.arms.import"
    And the finding for "dprk.arms.import" cites resolution 1874 paragraph "10"

  Scenario: The day before 1874, ammunition is still only a review under 1718
    Given the event:
      """
      {id: ammo-2009-eve, type: transfer, date: 2009-06-11, destination: KP, items: [{category: ammunition}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.arms.import"
    And the finding for "dprk.arms.import" does not cite resolution 1874

  Scenario: Small arms to the DPRK in 2012 are not banned outright, only subject to notice
    Given the event:
      """
      {id: pistols-2012, type: transfer, date: 2012-05-01, destination: KP,
       items: [{category: small_arms_light_weapons, description: pistols}]}
      """
    When the events are checked
    Then there is no finding for "dprk.arms.import"
    And there is a violation of "dprk.arms.salw_notice"

  Scenario: An unclassified item to the DPRK in 2012 needs review under 1874 OP10
    Given the event:
      """
      {id: crates-2012, type: transfer, date: 2012-05-01, destination: KP,
       items: [{description: crates declared as machine parts}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.arms.import"
    And the review finding for "dprk.arms.import" names "items[0]" as missing

  # --- 2270 OP6: all arms, from 2016-03-02 -----------------------------------------------------

  Scenario: Small arms to the DPRK from 2016-03-02 breach 2270 OP6
    Given the event:
      """
      {id: pistols-2016, type: transfer, date: 2016-03-02, origin: RU, destination: KP,
       items: [{category: small_arms_light_weapons}]}
      """
    When the events are checked
    Then there is a violation of "dprk.arms.import"
    And the finding for "dprk.arms.import" cites resolution 2270 paragraph "6" marked "unconfirmed"
    And the finding for "dprk.arms.import" cites resolution 1874 paragraph "10"
    And the finding for "dprk.arms.import" cites resolution 1718 paragraph "8(a)(i)"
    And there is no finding for "dprk.arms.salw_notice"

  Scenario: The day before 2270, small arms to the DPRK are a notice matter, not an import breach
    Given the event:
      """
      {id: pistols-2016-eve, type: transfer, date: 2016-03-01, origin: RU, destination: KP,
       items: [{category: small_arms_light_weapons}]}
      """
    When the events are checked
    Then there is no finding for "dprk.arms.import"
    And there is a violation of "dprk.arms.salw_notice"

  Scenario: Military equipment to a DPRK recipient in 2020
    Given the event:
      """
      id: radar-2020
      type: transfer
      date: 2020-10-13
      parties: [{role: recipient, kind: state, name: DPRK, country: KP}]
      items: [{category: military_equipment, description: military radar}]
      """
    When the events are checked
    Then there is a violation of "dprk.arms.import"
    And the finding for "dprk.arms.import" cites resolution 2270 paragraph "6"

  Scenario: An item with only an HS code for military rifles is classified as arms
    Given the event:
      """
      {id: rifles-hs, type: transfer, date: 2020-05-01, origin: CN, destination: KP,
       items: [{hs_code: "930190"}]}
      """
    When the events are checked
    Then there is a violation of "dprk.arms.import"
    And the explanation of "dprk.arms.import" mentions "classified through HS 930190"

  Scenario: An item with only a description going to the DPRK in 2020 needs review
    Given the event:
      """
      {id: crates-2020, type: transfer, date: 2020-05-01, destination: KP,
       items: [{description: crates declared as agricultural spare parts}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.arms.import"
    And the review finding for "dprk.arms.import" names "items[0]" as missing

  # --- look-alikes -----------------------------------------------------------------------------

  Scenario: The same tanks to the Republic of Korea are no DPRK matter
    Given the event:
      """
      {id: tanks-kr, type: transfer, date: 2020-05-01, origin: US, destination: KR,
       items: [{category: major_conventional_arms}]}
      """
    When the events are checked
    Then there are no findings

  Scenario: Wheat to the DPRK is not arms
    Given the event:
      """
      {id: wheat, type: transfer, date: 2020-05-01, origin: RU, destination: KP,
       items: [{category: cereals, description: wheat, quantity: 25000, unit: t}]}
      """
    When the events are checked
    Then there are no findings

  Scenario: Arms from the DPRK are procurement, not supply to the DPRK
    Given the event:
      """
      {id: shells-out, type: transfer, date: 2023-10-01, origin: KP, destination: RU,
       items: [{category: ammunition}]}
      """
    When the events are checked
    Then there is no finding for "dprk.arms.import"
    And there is a violation of "dprk.arms.export"
