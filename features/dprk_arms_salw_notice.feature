@dprk @arms
Feature: Small arms to the DPRK without five days' notice (dprk.arms.salw_notice)
  From 2009-06-12 to 2016-03-01, 1874 OP10 let States supply small arms and light weapons to the
  DPRK only after notifying the 1718 Committee at least five days in advance. From 2016-03-02
  2270 OP6 bans them outright (see dprk.arms.import).

  Exemption dprk.arms.salw_notice.notified: a notification addressed to the Committee, dated at
  least five days before the supply.

  Scenario: Pistols to the DPRK in 2012 without notice breach 1874 OP10
    Given the event:
      """
      {id: pistols-2012, type: transfer, date: 2012-05-10, origin: RU, destination: KP,
       items: [{category: small_arms_light_weapons, description: pistols, quantity: 200, unit: each}]}
      """
    When the events are checked
    Then there is a violation of "dprk.arms.salw_notice"
    And the finding for "dprk.arms.salw_notice" cites resolution 1874 paragraph "10" marked "verified"
    And the exemption "dprk.arms.salw_notice.notified" was weighed and did not apply for "dprk.arms.salw_notice"
    And the findings include:
      """
      - rule_id: dprk.arms.salw_notice
        severity: violation
        explanation:
          in_force: {from: 2009-06-12, until: 2016-03-01}
          exemptions:
            - {id: dprk.arms.salw_notice.notified, applies: false}
      """

  Scenario: The day 1874 was adopted the notice requirement applies
    Given the event:
      """
      {id: pistols-2009, type: transfer, date: 2009-06-12, destination: KP,
       items: [{category: small_arms_light_weapons}]}
      """
    When the events are checked
    Then there is a violation of "dprk.arms.salw_notice"

  Scenario: The day before 1874 was adopted there was no notice requirement
    Given the event:
      """
      {id: pistols-2009-eve, type: transfer, date: 2009-06-11, destination: KP,
       items: [{category: small_arms_light_weapons}]}
      """
    When the events are checked
    Then there is no finding for "dprk.arms.salw_notice"

  Scenario: The last day of the notice regime
    Given the event:
      """
      {id: pistols-2016-last, type: transfer, date: 2016-03-01, destination: KP,
       items: [{category: small_arms_light_weapons}]}
      """
    When the events are checked
    Then there is a violation of "dprk.arms.salw_notice"
    And there is no finding for "dprk.arms.import"

  Scenario: From 2016-03-02 notice no longer helps: the supply is banned outright
    Given the event:
      """
      id: pistols-2016-after
      type: transfer
      date: 2016-03-02
      destination: KP
      items: [{category: small_arms_light_weapons}]
      authorizations:
        - {type: notification, issued_by: Russian Federation, addressed_to: 1718 Committee, date: 2016-02-20}
      """
    When the events are checked
    Then there is no finding for "dprk.arms.salw_notice"
    And there is a violation of "dprk.arms.import"

  # --- the notification exemption --------------------------------------------------------------

  Scenario: Notified to the 1718 Committee ten days ahead: lifted
    Given the event:
      """
      id: pistols-notified
      type: transfer
      date: 2012-05-10
      origin: RU
      destination: KP
      items: [{category: small_arms_light_weapons}]
      authorizations:
        - {type: notification, issued_by: Russian Federation, addressed_to: 1718 Committee,
           date: 2012-04-30, reference: "note verbale 2012/117"}
      """
    When the events are checked
    Then "dprk.arms.salw_notice" is lifted by exemption "dprk.arms.salw_notice.notified"
    And the exempted findings include:
      """
      - rule_id: dprk.arms.salw_notice
        event_ids: [pistols-notified]
        explanation:
          exemptions:
            - id: dprk.arms.salw_notice.notified
              applies: true
              citations: [{resolution: 1874, paragraph: "10"}]
      """

  Scenario: Notified exactly five days ahead: lifted
    Given the event:
      """
      id: pistols-five-days
      type: transfer
      date: 2012-05-10
      destination: KP
      items: [{category: small_arms_light_weapons}]
      authorizations:
        - {type: notification, issued_by: Russian Federation, addressed_to: 1718 Committee, date: 2012-05-05}
      """
    When the events are checked
    Then "dprk.arms.salw_notice" is lifted by exemption "dprk.arms.salw_notice.notified"

  Scenario: Notified four days ahead: too late
    Given the event:
      """
      id: pistols-four-days
      type: transfer
      date: 2012-05-10
      destination: KP
      items: [{category: small_arms_light_weapons}]
      authorizations:
        - {type: notification, issued_by: Russian Federation, addressed_to: 1718 Committee, date: 2012-05-06}
      """
    When the events are checked
    Then there is a violation of "dprk.arms.salw_notice"
    And the exemption "dprk.arms.salw_notice.notified" was weighed and did not apply for "dprk.arms.salw_notice"

  Scenario: Notified after the supply
    Given the event:
      """
      id: pistols-notified-after
      type: transfer
      date: 2012-05-10
      destination: KP
      items: [{category: small_arms_light_weapons}]
      authorizations:
        - {type: notification, issued_by: Russian Federation, addressed_to: 1718 Committee, date: 2012-05-20}
      """
    When the events are checked
    Then there is a violation of "dprk.arms.salw_notice"
    And the exemption "dprk.arms.salw_notice.notified" was weighed and did not apply for "dprk.arms.salw_notice"

  Scenario: A notification without a date cannot show five days' notice
    Given the event:
      """
      id: pistols-undated
      type: transfer
      date: 2012-05-10
      destination: KP
      items: [{category: small_arms_light_weapons}]
      authorizations:
        - {type: notification, issued_by: Russian Federation, addressed_to: 1718 Committee}
      """
    When the events are checked
    Then there is a violation of "dprk.arms.salw_notice"
    And the exemption "dprk.arms.salw_notice.notified" was weighed and did not apply for "dprk.arms.salw_notice"

  Scenario: Notice given to the buyer, not to the Committee
    Given the event:
      """
      id: pistols-wrong-addressee
      type: transfer
      date: 2012-05-10
      destination: KP
      items: [{category: small_arms_light_weapons}]
      authorizations:
        - {type: notification, issued_by: Russian Federation, addressed_to: DPRK Ministry of People's Armed Forces, date: 2012-04-30}
      """
    When the events are checked
    Then there is a violation of "dprk.arms.salw_notice"
    And the exemption "dprk.arms.salw_notice.notified" was weighed and did not apply for "dprk.arms.salw_notice"

  Scenario: A national export licence is not a notification
    Given the event:
      """
      id: pistols-licence
      type: transfer
      date: 2012-05-10
      destination: KP
      items: [{category: small_arms_light_weapons}]
      authorizations:
        - {type: licence, issued_by: Russian Federation, addressed_to: 1718 Committee, date: 2012-04-30}
      """
    When the events are checked
    Then there is a violation of "dprk.arms.salw_notice"
    And the exemption "dprk.arms.salw_notice.notified" was weighed and did not apply for "dprk.arms.salw_notice"

  # --- classification and look-alikes ----------------------------------------------------------

  Scenario: An item with only an HS code for revolvers is a small arm
    Given the event:
      """
      {id: revolvers-hs, type: transfer, date: 2012-05-10, destination: KP, items: [{hs_code: "9302.00"}]}
      """
    When the events are checked
    Then there is a violation of "dprk.arms.salw_notice"
    And the explanation of "dprk.arms.salw_notice" mentions "classified through HS 930200"

  Scenario: An item going to the DPRK in 2012 with only a description needs review
    Given the event:
      """
      {id: crates-2012, type: transfer, date: 2012-05-10, destination: KP,
       items: [{description: long wooden crates}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.arms.salw_notice"
    And the review finding for "dprk.arms.salw_notice" names "items[0]" as missing

  Scenario: Pistols to China need no notice to the 1718 Committee
    Given the event:
      """
      {id: pistols-cn, type: transfer, date: 2012-05-10, origin: RU, destination: CN,
       items: [{category: small_arms_light_weapons}]}
      """
    When the events are checked
    Then there are no findings

  Scenario: Battle tanks are not small arms
    Given the event:
      """
      {id: tanks-2012, type: transfer, date: 2012-05-10, destination: KP,
       items: [{category: major_conventional_arms}]}
      """
    When the events are checked
    Then there is no finding for "dprk.arms.salw_notice"
    And there is a violation of "dprk.arms.import"
