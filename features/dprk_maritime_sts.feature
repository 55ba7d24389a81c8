@dprk @maritime
Feature: Ship-to-ship transfers to or from DPRK-flagged vessels (dprk.maritime.sts)
  2375 OP11 (number unconfirmed, wording verified), from 2017-09-11: no State's nationals,
  persons under its jurisdiction or flag vessels may facilitate or engage in a ship-to-ship
  transfer to or from a DPRK-flagged vessel, whatever the goods. The cargo is not tested: an
  unknown cargo is no reason to downgrade. A transfer between two non-DPRK vessels is not caught
  here (only through the commodity bans).
  Exemption:
    committee_exemption  from 2016-11-30  a 1718 Committee exemption valid on the day

  Scenario: Oil transferred to a DPRK tanker at sea breaches 2375 OP11
    Given the event:
      """
      id: sts-2018
      type: ship_to_ship_transfer
      date: 2018-01-19
      location: {area: East China Sea}
      vessels:
        - {name: LIGHTHOUSE WINMORE, imo: "9115860", flag: HK, role: delivering}
        - {name: SAM JONG 2, imo: "8106496", flag: KP, role: receiving}
      items: [{category: refined_petroleum, quantity: 600, unit: t}]
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.sts"
    And the finding for "dprk.maritime.sts" cites resolution 2375 paragraph "11" marked "unconfirmed"

  Scenario: On the day 2375 was adopted a transfer from a DPRK-flagged vessel is a breach
    Given the event:
      """
      id: sts-day-one
      type: ship_to_ship_transfer
      date: 2017-09-11
      vessels:
        - {name: RYE SONG GANG 1, flag: KP, role: delivering}
        - {name: UNNAMED TANKER, flag: PA, role: receiving}
      items: [{category: coal}]
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.sts"

  Scenario: The day before 2375 was adopted the transfer is no finding for this rule
    Given the event:
      """
      id: sts-eve
      type: ship_to_ship_transfer
      date: 2017-09-10
      vessels:
        - {name: RYE SONG GANG 1, flag: KP, role: delivering}
        - {name: UNNAMED TANKER, flag: PA, role: receiving}
      items: [{category: coal}]
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.sts"

  Scenario: Unknown cargo does not downgrade the finding
    Given the event:
      """
      id: sts-unknown-cargo
      type: ship_to_ship_transfer
      date: 2019-04-02
      vessels:
        - {name: UNKNOWN, flag: SL, role: delivering}
        - {name: CHON MA SAN, flag: KP, role: receiving}
      items: [{description: unidentified cargo seen on satellite imagery}]
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.sts"

  Scenario: A transfer with no cargo recorded at all is still a breach
    Given the event:
      """
      {id: sts-no-items, type: ship_to_ship_transfer, date: 2019-04-02,
       vessels: [{name: YU JONG 2, flag: KP, role: receiving}, {name: KATRIN, flag: TG, role: delivering}]}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.sts"

  Scenario: A DPRK-registered vessel named as a party counts as DPRK-flagged
    Given the event:
      """
      id: sts-vessel-party
      type: ship_to_ship_transfer
      date: 2018-05-01
      parties:
        - {role: recipient, kind: vessel, name: JI SONG 6, country: KP}
      vessels:
        - {name: UNNAMED, flag: MN, role: delivering}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.sts"

  Scenario: A transfer between two non-DPRK vessels is not caught by this rule
    Given the event:
      """
      id: sts-clean
      type: ship_to_ship_transfer
      date: 2018-01-19
      vessels:
        - {name: VESSEL A, flag: PA, role: delivering}
        - {name: VESSEL B, flag: SG, role: receiving}
      items: [{category: food}]
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.sts"

  Scenario: A DPRK-flagged vessel calling at a port is no ship-to-ship transfer
    Given the event:
      """
      {id: port-call-kp, type: port_call, date: 2018-01-19, location: {country: RU, port: Vladivostok},
       vessels: [{name: MANGYONGBONG, flag: KP}]}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.sts"

  Scenario: A transfer exempted by the 1718 Committee
    Given the event:
      """
      id: sts-exempted
      type: ship_to_ship_transfer
      date: 2019-03-01
      vessels:
        - {name: RELIEF CARRIER, flag: GB, role: delivering}
        - {name: DPRK COASTER, flag: KP, role: receiving}
      items: [{category: food}]
      purposes: [humanitarian]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2019-02-01, valid_until: 2019-06-30}
      """
    When the events are checked
    Then "dprk.maritime.sts" is lifted by exemption "dprk.maritime.sts.committee_exemption"

  Scenario: An exemption from a national authority does not lift the ban
    Given the event:
      """
      id: sts-national
      type: ship_to_ship_transfer
      date: 2019-03-01
      vessels:
        - {name: RELIEF CARRIER, flag: GB, role: delivering}
        - {name: DPRK COASTER, flag: KP, role: receiving}
      items: [{category: food}]
      authorizations:
        - {type: committee_exemption, issued_by: Norwegian Ministry of Foreign Affairs, date: 2019-02-01}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.sts"
    And the exemption "dprk.maritime.sts.committee_exemption" was weighed and did not apply for "dprk.maritime.sts"
