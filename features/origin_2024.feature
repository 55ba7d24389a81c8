@dprk @origin
Feature: The week the project started from (January 2024)
  In the first week of January 2024 the United States reported that the DPRK had delivered
  ballistic missiles and launchers to Russia, which Russia fired at Ukraine. The same week the
  United States designated the DPRK for religious-freedom violations and ROK and US troops held
  a live-fire exercise near the border. Only the first is a breach of a UN measure:
  1718 OP8(b) and 1874 OP9 forbid procuring arms and related materiel from the DPRK.

  Scenario: Ballistic missiles and launchers delivered by the DPRK to Russia
    Given the event:
      """
      id: kp-ru-missiles-2024
      type: transfer
      date: 2024-01-04
      origin: KP
      destination: RU
      parties:
        - {role: supplier, kind: state, name: DPRK, country: KP}
        - {role: recipient, kind: state, name: Russian Federation, country: RU}
      items:
        - {category: ballistic_missile, description: short-range ballistic missiles}
        - {category: missile_launcher, description: ballistic missile launchers}
      source: {title: NSC spokesperson John Kirby on DPRK missiles supplied to Russia, published: 2024-01-04}
      """
    When the events are checked
    Then there is a violation of "dprk.arms.export"
    And the finding for "dprk.arms.export" cites resolution 1718 paragraph "8(b)"
    And the finding for "dprk.arms.export" cites resolution 1874 paragraph "9" marked "unconfirmed"
    And there is no finding for "dprk.arms.import"
    And the findings include:
      """
      - rule_id: dprk.arms.export
        severity: violation
        event_ids: [kp-ru-missiles-2024]
        regime: dprk
        citations:
          - {symbol: S/RES/1718 (2006), resolution: 1718, year: 2006, paragraph: 8(b)}
          - {symbol: S/RES/1874 (2009), resolution: 1874, year: 2009, paragraph: "9"}
        explanation:
          conditions:
            - {field: type, actual: transfer}
            - {field: origin, op: equals, expected: KP, actual: KP}
            - {field: "items[0].category", actual: ballistic_missile}
          in_force: {from: 2006-10-14, until: null}
          stage: {from: 2009-06-12, until: null}
          missing: []
      """

  Scenario: A US designation for religious-freedom violations is a US measure, not a UN one
    Given the event:
      """
      id: us-irfa-cpc-2024
      type: other
      date: 2024-01-04
      description: The US re-designates the DPRK a Country of Particular Concern (IRFA)
      parties:
        - {role: provider, kind: state, name: United States, country: US}
        - {role: recipient, kind: state, name: DPRK, country: KP}
      """
    When the events are checked
    Then there are no findings

  Scenario: A ROK-US live-fire exercise near the border
    Given the event:
      """
      id: rok-us-live-fire-2024
      type: other
      date: 2024-01-05
      location: {country: KR, area: near the Military Demarcation Line}
      parties:
        - {role: operator, kind: state, name: Republic of Korea, country: KR}
        - {role: operator, kind: state, name: United States, country: US}
      """
    When the events are checked
    Then there are no findings

  Scenario: The same exercise recorded as a weapons test by the ROK and the US
    Given the event:
      """
      id: rok-us-firing-2024
      type: weapons_test
      date: 2024-01-05
      location: {country: KR}
      parties:
        - {role: conducting_state, kind: state, name: Republic of Korea, country: KR}
        - {role: conducting_state, kind: state, name: United States, country: US}
      items:
        - {category: ammunition, description: artillery rounds fired in the drill}
      """
    When the events are checked
    Then there are no findings

  Scenario: The whole week in one batch: only the missile delivery is a finding
    Given the events:
      """
      - {id: kp-ru-missiles-2024, type: transfer, date: 2024-01-04, origin: KP, destination: RU,
         items: [{category: ballistic_missile}, {category: missile_launcher}]}
      - {id: us-irfa-cpc-2024, type: other, date: 2024-01-04,
         parties: [{role: recipient, kind: state, country: KP}]}
      - {id: rok-us-live-fire-2024, type: other, date: 2024-01-05, location: {country: KR}}
      """
    When the events are checked
    Then there is a violation of "dprk.arms.export" for event "kp-ru-missiles-2024"
    And there is no finding for event "us-irfa-cpc-2024"
    And there is no finding for event "rok-us-live-fire-2024"

  Scenario: The seed batch of documented cases
    Given the events of "fixtures/events/seed.jsonl"
    When the events are checked
    Then there is a violation of "dprk.arms.export" for event "kp-ru-missiles-2024"
    And there is no finding for event "us-irfa-cpc-2024"
    And there is no finding for event "rok-us-live-fire-2024"
    And there is a violation of "dprk.arms.export" for event "v09-maia1-munitions"
    And there is a violation of "dprk.arms.export" for event "v06-glocom-ethiopia"
    And there is a violation of "dprk.luxury.supply" for event "v33-luxury-cars"
    And the finding for "dprk.coal.export" for event "v11-coal-shipment-2017" cites resolution 2371 paragraph "8" marked "verified"
    And "dprk.coal.export" is lifted by exemption "dprk.coal.export.rajin_transit_exporting_state" for event "rajin-transit-coal-2018"
    And "dprk.luxury.supply" is lifted by exemption "dprk.luxury.supply.committee_exemption" for event "n05-olympic-delegation"
    And there is no finding for event "n08-msf-medical"

  Scenario: A misspelt country is rejected, never guessed
    Given the event:
      """
      {"id": "typo", "type": "transfer", "date": "2024-01-04", "origin": "KP", "destination": "Rusia",
       "items": [{"category": "ballistic_missile"}]}
      """
    When the events are checked
    Then the event "typo" is rejected naming field "destination"
