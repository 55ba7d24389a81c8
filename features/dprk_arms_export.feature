@dprk @arms
Feature: Procurement of arms and related materiel from the DPRK (dprk.arms.export)
  The DPRK shall not export arms, and no State may procure them from the DPRK, whether or not
  they originate there:
    2006-10-14  the items of 1718 OP8(a)(i)-(ii)          1718 OP8(b)
    2009-06-12  all arms and related materiel             1718 OP8(b) with 1874 OP9
  A shipment is "from the DPRK" when the event's origin is KP, an item's origin is KP, or a
  supplier or seller is of the DPRK. The rule has no exemption.

  # --- 1718 OP8(b), from 2006-10-14 ------------------------------------------------------------

  Scenario: Ballistic missiles from the DPRK in 2007 breach 1718 OP8(b) alone
    Given the event:
      """
      {id: missiles-2007, type: transfer, date: 2007-05-01, origin: KP, destination: IR,
       items: [{category: ballistic_missile}]}
      """
    When the events are checked
    Then there is a violation of "dprk.arms.export"
    And the finding for "dprk.arms.export" cites resolution 1718 paragraph "8(b)" marked "content-verified"
    And the finding for "dprk.arms.export" does not cite resolution 1874

  Scenario: The day before 1718 was adopted, missiles from the DPRK are no finding
    Given the event:
      """
      {id: missiles-2006, type: transfer, date: 2006-10-13, origin: KP, destination: IR,
       items: [{category: ballistic_missile}]}
      """
    When the events are checked
    Then there are no findings

  Scenario: Ammunition from the DPRK in 2008 may or may not be an OP8(a)(i) item: review
    Given the event:
      """
      {id: ammo-2008, type: transfer, date: 2008-05-01, origin: KP, destination: MM,
       items: [{category: ammunition}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.arms.export"
    And the review finding for "dprk.arms.export" names "too coarse" as missing
    And the finding for "dprk.arms.export" cites resolution 1718 paragraph "8(b)"

  # --- 1718 OP8(b) with 1874 OP9, from 2009-06-12 ----------------------------------------------

  Scenario: Munitions shipped from Rajin to Russia (V-09) breach 1718 OP8(b) and 1874 OP9
    Given the event:
      """
      id: v09-maia1
      type: transfer
      date: 2023-10-01
      end_date: 2024-02-29
      origin: KP
      destination: RU
      location: {country: KP, port: Rajin}
      vessels: [{name: MAIA-1, flag: RU, role: carrier}]
      items: [{category: ammunition, description: containers of 152 mm shells}]
      source: {title: "Open Source Centre: Red Passage", url: "https://stories.opensourcecentre.org/red-passage"}
      """
    When the events are checked
    Then there is a violation of "dprk.arms.export"
    And the finding for "dprk.arms.export" cites resolution 1718 paragraph "8(b)"
    And the finding for "dprk.arms.export" cites resolution 1874 paragraph "9" marked "unconfirmed"
    And the findings include:
      """
      - rule_id: dprk.arms.export
        event_ids: [v09-maia1]
        explanation:
          stage: {from: 2009-06-12, until: null}
          exemptions: []
          text: "v09-maia1 (2023-10-01): origin KP*"
      """

  Scenario: The day 1874 was adopted, small arms from the DPRK are banned too
    Given the event:
      """
      {id: rifles-2009, type: transfer, date: 2009-06-12, origin: KP, destination: LY,
       items: [{category: small_arms_light_weapons}]}
      """
    When the events are checked
    Then there is a violation of "dprk.arms.export"
    And the finding for "dprk.arms.export" cites resolution 1874 paragraph "9"

  Scenario: The day before 1874, small arms from the DPRK are outside 1718 OP8(b)
    # 1718 OP8(b) reached only the items of OP8(a)(i)-(ii): major conventional arms and WMD items.
    Given the event:
      """
      {id: rifles-2009-eve, type: transfer, date: 2009-06-11, origin: KP, destination: LY,
       items: [{category: small_arms_light_weapons}]}
      """
    When the events are checked
    Then there is no finding for "dprk.arms.export"

  Scenario: The day before 1874, an item declared only as "arms" from the DPRK needs review
    Given the event:
      """
      {id: arms-2009-eve, type: transfer, date: 2009-06-11, origin: KP, destination: LY,
       items: [{category: arms}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.arms.export"
    And the finding for "dprk.arms.export" does not cite resolution 1874

  Scenario: Military radios sold by a DPRK company to Ethiopia (V-06)
    Given the event:
      """
      id: v06-glocom
      type: transfer
      date: 2022-06-01
      destination: ET
      parties:
        - {role: seller, kind: entity, name: Glocom, country: KP}
        - {role: buyer, kind: state, name: Ministry of National Defence, country: ET}
      items: [{category: military_equipment, description: Glocom military radios}]
      """
    When the events are checked
    Then there is a violation of "dprk.arms.export"

  Scenario: DPRK-made rocket launchers re-exported from a third country
    Given the event:
      """
      {id: reexport, type: transfer, date: 2018-01-15, origin: SY, destination: LY,
       items: [{category: missile_launcher, origin: KP}]}
      """
    When the events are checked
    Then there is a violation of "dprk.arms.export"

  Scenario: An item with only an HS code for cartridges is classified as ammunition
    Given the event:
      """
      {id: cartridges-hs, type: transfer, date: 2023-09-01, origin: KP, destination: RU,
       items: [{hs_code: "9306.30"}]}
      """
    When the events are checked
    Then there is a violation of "dprk.arms.export"
    And the explanation of "dprk.arms.export" mentions "classified through HS 930630"

  Scenario: An item from the DPRK with only a description needs review
    Given the event:
      """
      {id: crates-2023, type: transfer, date: 2023-09-01, origin: KP, destination: RU,
       items: [{description: sealed containers}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.arms.export"
    And the review finding for "dprk.arms.export" names "items[0]" as missing

  # --- look-alikes -----------------------------------------------------------------------------

  Scenario: Artillery shells from the Republic of Korea to Poland are no DPRK matter
    Given the event:
      """
      {id: shells-kr-pl, type: transfer, date: 2023-09-01, origin: KR, destination: PL,
       items: [{category: ammunition}]}
      """
    When the events are checked
    Then there are no findings

  Scenario: Ginseng from the DPRK is not arms
    Given the event:
      """
      {id: ginseng, type: transfer, date: 2015-09-01, origin: KP, destination: CN,
       items: [{category: consumer_goods, description: ginseng tea}]}
      """
    When the events are checked
    Then there are no findings

  Scenario: A misspelt category is rejected with a suggestion, never guessed
    Given the event:
      """
      {id: typo, type: transfer, date: 2023-09-01, origin: KP, destination: RU,
       items: [{category: ballistic_missle}]}
      """
    When the events are checked
    Then the event "typo" is rejected naming field "items[0].category"
