@dprk @maritime
Feature: Port call after a ship-to-ship transfer with a DPRK-flagged vessel (dprk.maritime.impound)
  2397 OP9: a State shall seize, inspect and impound any vessel in its ports that it has reasonable
  grounds to believe was involved in prohibited activities. A ship-to-ship transfer with a
  DPRK-flagged vessel (prohibited by 2375 OP11 since 2017-09-11) is such an activity, so a later
  port call of the other vessel raises the port State's duty. The two events are linked by the
  vessel's IMO number, or by its name and flag when it has none. The finding is a review: no
  event shows whether the port State did impound the vessel.

  Background:
    Given the events:
      """
      - id: sts-yuk-tung
        type: ship_to_ship_transfer
        date: 2018-01-20
        location: {area: East China Sea}
        vessels:
          - {name: RYE SONG GANG 1, flag: KP, role: receiving}
          - {name: YUK TUNG, imo: "9180834", flag: KM, role: delivering}
        items: [{category: refined_petroleum}]
      """

  Scenario: The other vessel calls at a port later: the chain is shown with 2397 OP9
    Given the event:
      """
      {id: port-ningbo, type: port_call, date: 2018-03-02,
       location: {country: CN, port: Ningbo}, vessels: [{name: YUK TUNG, imo: "9180834", flag: KM}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.maritime.impound"
    And the finding for "dprk.maritime.impound" cites resolution 2397 paragraph "9" marked "verified"
    And the findings include:
      """
      - rule_id: dprk.maritime.impound
        severity: review
        event_ids: [port-ningbo]
        explanation:
          chain:
            - {event_id: sts-yuk-tung, date: 2018-01-20, type: ship_to_ship_transfer}
            - {event_id: port-ningbo, date: 2018-03-02, type: port_call}
      """

  Scenario: Without an IMO number the vessel is recognised by name and flag
    Given the events:
      """
      - {id: sts-no-imo, type: ship_to_ship_transfer, date: 2018-02-01,
         vessels: [{name: JI SONG 6, flag: KP}, {name: WAN HENG 11, flag: BZ}]}
      - {id: port-no-imo, type: port_call, date: 2018-02-10,
         location: {country: KR, port: Busan}, vessels: [{name: Wan Heng 11, flag: BZ}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.maritime.impound" for event "port-no-imo"

  Scenario: A port call before the transfer is no part of a chain
    Given the event:
      """
      {id: port-before, type: port_call, date: 2018-01-10,
       location: {country: CN, port: Ningbo}, vessels: [{name: YUK TUNG, imo: "9180834", flag: KM}]}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.impound"

  Scenario: Another vessel's port call is not linked
    Given the event:
      """
      {id: port-other, type: port_call, date: 2018-03-02,
       location: {country: CN, port: Ningbo}, vessels: [{name: YUK TUNG 2, imo: "9000003", flag: KM}]}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.impound"

  Scenario: The DPRK-flagged vessel's own port call in the DPRK is not this duty
    Given the event:
      """
      {id: port-nampo, type: port_call, date: 2018-03-02,
       location: {country: KP, port: Nampo}, vessels: [{name: RYE SONG GANG 1, flag: KP}]}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.impound"

  Scenario: The day before 2397 was adopted the duty did not exist
    Given the event:
      """
      {id: port-eve, type: port_call, date: 2017-12-21,
       location: {country: CN, port: Ningbo}, vessels: [{name: YUK TUNG, imo: "9180834", flag: KM}]}
      """
    And the event:
      """
      {id: sts-early, type: ship_to_ship_transfer, date: 2017-11-01,
       vessels: [{name: RYE SONG GANG 1, flag: KP}, {name: YUK TUNG, imo: "9180834", flag: KM}]}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.impound"
