@dprk @arms
Feature: Supply of nuclear, ballistic-missile and other WMD items to the DPRK (dprk.wmd.import)
  No State may supply items on the regime's nuclear, missile and chemical or biological weapons
  lists to the DPRK, whatever their origin. The lists changed, and each stage cites the list
  paragraphs in force:
    2006-10-14  1718 OP8(a)(ii)  [V-c]  S/2006/814, 815, 816
    2009-06-12  1874 OP23        [V]    INFCIRC/254 revisions
    2013-01-22  2087 OP5(b)      [V]    updated lists, MTCR technical annex
    2013-03-07  2094 OP20        [V]    Annex III
  No exemption. Refined petroleum products (kerosene-type rocket fuel included) are left to
  dprk.aviation.fuel and dprk.refined_petroleum.supply.

  Scenario: Missile components to the DPRK in 2008 breach 1718 OP8(a)(ii)
    Given the event:
      """
      {id: missile-2008, type: transfer, date: 2008-02-01, origin: CN, destination: KP,
       items: [{category: wmd_item, description: missile guidance gyroscopes}]}
      """
    When the events are checked
    Then there is a violation of "dprk.wmd.import"
    And the finding for "dprk.wmd.import" cites resolution 1718 paragraph "8(a)(ii)" marked "content-verified"
    And the finding for "dprk.wmd.import" does not cite resolution 1874

  Scenario: The day before 1718 was adopted, WMD items to the DPRK are no finding
    Given the event:
      """
      {id: wmd-eve, type: transfer, date: 2006-10-13, origin: CN, destination: KP,
       items: [{category: wmd_item}]}
      """
    When the events are checked
    Then there is no finding for "dprk.wmd.import"

  Scenario: From 2009-06-12 the finding cites the 1874 lists
    Given the event:
      """
      {id: wmd-2009, type: transfer, date: 2009-06-12, origin: CN, destination: KP,
       items: [{category: wmd_item}]}
      """
    When the events are checked
    Then there is a violation of "dprk.wmd.import"
    And the finding for "dprk.wmd.import" cites resolution 1874 paragraph "23" marked "verified"
    And the finding for "dprk.wmd.import" does not cite resolution 2087

  Scenario: From 2013-01-22 the finding cites the 2087 lists
    Given the event:
      """
      {id: wmd-2013-01, type: transfer, date: 2013-01-22, origin: CN, destination: KP,
       items: [{category: wmd_item}]}
      """
    When the events are checked
    Then the finding for "dprk.wmd.import" cites resolution 2087 paragraph "5(b)" marked "verified"
    And the finding for "dprk.wmd.import" does not cite resolution 2094

  Scenario: On 2013-03-06 the 2087 lists are still the latest
    Given the event:
      """
      {id: wmd-2013-03-06, type: transfer, date: 2013-03-06, origin: CN, destination: KP,
       items: [{category: wmd_item}]}
      """
    When the events are checked
    Then the finding for "dprk.wmd.import" does not cite resolution 2094

  Scenario: From 2013-03-07 the finding cites 2094 Annex III
    Given the event:
      """
      {id: wmd-2013-03-07, type: transfer, date: 2013-03-07, origin: CN, destination: KP,
       items: [{category: wmd_item}]}
      """
    When the events are checked
    Then there is a violation of "dprk.wmd.import"
    And the finding for "dprk.wmd.import" cites resolution 2094 paragraph "20" marked "verified"
    And the finding for "dprk.wmd.import" cites resolution 1718 paragraph "8(a)(ii)"

  Scenario: A ballistic missile is a WMD item as well as major conventional arms
    Given the event:
      """
      {id: bm-2017, type: transfer, date: 2017-07-01, origin: RU, destination: KP,
       items: [{category: ballistic_missile}]}
      """
    When the events are checked
    Then there is a violation of "dprk.wmd.import"
    And there is a violation of "dprk.arms.import"

  Scenario: A nuclear-reactor part declared only by HS code needs a control-list check: review
    Given the event:
      """
      {id: reactor-part, type: transfer, date: 2018-03-01, origin: CN, destination: KP,
       items: [{hs_code: "8401.40"}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.wmd.import"
    And the review finding for "dprk.wmd.import" names "HS 840140 only possibly makes it wmd_item" as missing

  Scenario: Kerosene-type rocket fuel is banned by its own paragraph, not as a listed WMD item
    Given the event:
      """
      {id: rp1, type: transfer, date: 2018-03-01, origin: RU, destination: KP,
       items: [{category: rocket_fuel}]}
      """
    When the events are checked
    Then there is no finding for "dprk.wmd.import"
    And there is a violation of "dprk.aviation.fuel"

  Scenario: Diesel declared as HS 2710.19 is not a possible WMD item
    Given the event:
      """
      {id: diesel-hs, type: transfer, date: 2018-03-01, origin: CN, destination: KP,
       items: [{hs_code: "2710.19"}]}
      """
    When the events are checked
    Then there is no finding for "dprk.wmd.import"

  Scenario: Listed items sold to Japan are no DPRK matter
    Given the event:
      """
      {id: wmd-jp, type: transfer, date: 2018-03-01, origin: US, destination: JP,
       items: [{category: wmd_item}]}
      """
    When the events are checked
    Then there are no findings
