@dprk @exports
Feature: Procurement of HS-coded goods from the DPRK under 2397 OP6 (dprk.sectoral.export)
  2397 OP6 (verified), from 2017-12-22: food and agricultural products (HS 12, 08, 07), machinery
  (HS 84), electrical equipment (HS 85), earth and stone including magnesite and magnesia
  (HS 25), wood (HS 44) and vessels (HS 89) may not be procured from the DPRK, whether or not they
  originate there. "Food and agricultural products" means those three chapters only: cereals (10),
  coffee and tea (09), preparations (19-22), tobacco (24), fish (03, see dprk.seafood.export) are
  not caught by this paragraph.
  Exemptions:
    wind_down            2017-12-22..2018-01-21  a written contract concluded before 2017-12-22,
                                                 notified to the Committee by 2018-02-05
    committee_exemption  from 2016-11-30          a 1718 Committee exemption valid on the day

  Scenario: Pumps from the DPRK on the day 2397 was adopted breach 2397 OP6
    Given the event:
      """
      {id: pumps-day, type: transfer, date: 2017-12-22, origin: KP, destination: CN,
       items: [{category: machinery, description: centrifugal pumps}]}
      """
    When the events are checked
    Then there is a violation of "dprk.sectoral.export"
    And the finding for "dprk.sectoral.export" cites resolution 2397 paragraph "6" marked "verified"

  Scenario: The day before 2397 was adopted, DPRK machinery is no finding
    Given the event:
      """
      {id: pumps-eve, type: transfer, date: 2017-12-21, origin: KP, destination: CN,
       items: [{category: machinery}]}
      """
    When the events are checked
    Then there is no finding for "dprk.sectoral.export"

  Scenario: One shipment for each chapter 2397 OP6 names, declared by HS code only
    Given the events:
      """
      - {id: hs-07, type: transfer, date: 2018-03-01, origin: KP, destination: CN, items: [{hs_code: "0712.39"}]}
      - {id: hs-08, type: transfer, date: 2018-03-01, origin: KP, destination: CN, items: [{hs_code: "0802.90"}]}
      - {id: hs-12, type: transfer, date: 2018-03-01, origin: KP, destination: CN, items: [{hs_code: "1211.20"}]}
      - {id: hs-25, type: transfer, date: 2018-03-01, origin: KP, destination: CN, items: [{hs_code: "2519.90"}]}
      - {id: hs-44, type: transfer, date: 2018-03-01, origin: KP, destination: CN, items: [{hs_code: "4403.21"}]}
      - {id: hs-84, type: transfer, date: 2018-03-01, origin: KP, destination: CN, items: [{hs_code: "8413.70"}]}
      - {id: hs-85, type: transfer, date: 2018-03-01, origin: KP, destination: CN, items: [{hs_code: "8544.49"}]}
      - {id: hs-89, type: transfer, date: 2018-03-01, origin: KP, destination: CN, items: [{hs_code: "8901.90"}]}
      """
    When the events are checked
    Then there is a violation of "dprk.sectoral.export" for event "hs-07"
    And there is a violation of "dprk.sectoral.export" for event "hs-08"
    And there is a violation of "dprk.sectoral.export" for event "hs-12"
    And there is a violation of "dprk.sectoral.export" for event "hs-25"
    And the explanation of "dprk.sectoral.export" for event "hs-25" mentions "classified through HS 25"
    And there is a violation of "dprk.sectoral.export" for event "hs-44"
    And there is a violation of "dprk.sectoral.export" for event "hs-84"
    And there is a violation of "dprk.sectoral.export" for event "hs-85"
    And there is a violation of "dprk.sectoral.export" for event "hs-89"

  Scenario: Sand shipped from the DPRK to Chinese waters (V-29 pattern)
    Given the event:
      """
      id: v29-sand
      type: transfer
      date: 2020-05-01
      origin: KP
      destination: CN
      items: [{hs_code: "2505.10", description: natural sand, quantity: 5000, unit: t}]
      source: {title: "PoE reports S/2020/151, S/2021/211 (pattern)", reference: dprk_cases V-29}
      """
    When the events are checked
    Then there is a violation of "dprk.sectoral.export"

  Scenario: Chinese-made generators shipped back out of the DPRK are caught all the same
    Given the event:
      """
      {id: generators-cn-via-kp, type: transfer, date: 2018-03-01, origin: KP, destination: CN,
       items: [{category: electrical_equipment, origin: CN, description: used diesel generators}]}
      """
    When the events are checked
    Then there is a violation of "dprk.sectoral.export"

  Scenario: A DPRK company sells a fishing vessel abroad
    Given the event:
      """
      id: vessel-sale
      type: transfer
      date: 2018-07-01
      destination: CN
      parties: [{role: seller, kind: entity, name: a DPRK shipping company, country: KP}]
      items: [{category: vessels, description: fishing trawler}]
      """
    When the events are checked
    Then there is a violation of "dprk.sectoral.export"

  Scenario: Goods declared by a neighbouring category: industrial machinery and a yacht are caught
    Given the events:
      """
      - {id: declared-industrial, type: transfer, date: 2018-03-01, origin: KP, destination: CN,
         items: [{category: industrial_machinery, description: lathes}]}
      - {id: declared-yacht, type: transfer, date: 2018-03-01, origin: KP, destination: CN,
         items: [{category: yachts}]}
      """
    When the events are checked
    Then there is a violation of "dprk.sectoral.export" for event "declared-industrial"
    And there is a violation of "dprk.sectoral.export" for event "declared-yacht"

  Scenario: "Electronics" from the DPRK fall in HS 84 or 85 but are not classified: review
    Given the event:
      """
      {id: electronics-2018, type: transfer, date: 2018-03-01, origin: KP, destination: CN,
       items: [{category: electronics, description: circuit boards}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.sectoral.export"
    And the review finding for "dprk.sectoral.export" names "category electronics is too coarse" as missing

  # --- the "07, 08 and 12 only" trap ---------------------------------------------------------------

  Scenario: Cereals, tea, preparations and tobacco are not "food and agricultural products"
    Given the events:
      """
      - {id: hs-1001, type: transfer, date: 2018-03-01, origin: KP, destination: CN, items: [{hs_code: "1001"}]}
      - {id: hs-0902, type: transfer, date: 2018-03-01, origin: KP, destination: CN, items: [{hs_code: "0902.30"}]}
      - {id: hs-1905, type: transfer, date: 2018-03-01, origin: KP, destination: CN, items: [{hs_code: "1905.90"}]}
      - {id: hs-2402, type: transfer, date: 2018-03-01, origin: KP, destination: CN, items: [{hs_code: "2402.20"}]}
      - {id: cereals, type: transfer, date: 2018-03-01, origin: KP, destination: CN, items: [{category: cereals}]}
      """
    When the events are checked
    Then there is no finding for "dprk.sectoral.export" for event "hs-1001"
    And there is no finding for "dprk.sectoral.export" for event "hs-0902"
    And there is no finding for "dprk.sectoral.export" for event "hs-1905"
    And there is no finding for "dprk.sectoral.export" for event "hs-2402"
    And there is no finding for "dprk.sectoral.export" for event "cereals"

  Scenario: Fish is seafood under 2371 OP9, not food under 2397 OP6
    Given the event:
      """
      {id: fish-2018, type: transfer, date: 2018-03-01, origin: KP, destination: CN,
       items: [{hs_code: "0303.89"}]}
      """
    When the events are checked
    Then there is no finding for "dprk.sectoral.export"
    And there is a violation of "dprk.seafood.export"

  Scenario: Ores (26) and worked stone (68) are not "earth and stone" (25)
    Given the events:
      """
      - {id: hs-2616, type: transfer, date: 2018-03-01, origin: KP, destination: CN, items: [{hs_code: "2616.10"}]}
      - {id: hs-6802, type: transfer, date: 2018-03-01, origin: KP, destination: CN, items: [{hs_code: "6802.93"}]}
      """
    When the events are checked
    Then there is no finding for "dprk.sectoral.export" for event "hs-2616"
    And there is no finding for "dprk.sectoral.export" for event "hs-6802"

  Scenario: "Food" of no finer kind from the DPRK may fall in HS 07, 08 or 12: review
    Given the event:
      """
      {id: food-2018, type: transfer, date: 2018-03-01, origin: KP, destination: CN,
       items: [{category: food, description: dried produce}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.sectoral.export"
    And the review finding for "dprk.sectoral.export" names "category food is too coarse" as missing

  # --- look-alikes ---------------------------------------------------------------------------------

  Scenario: Machinery supplied to the DPRK is not covered by the export ban
    Given the event:
      """
      {id: machinery-to-kp, type: transfer, date: 2018-03-01, origin: CN, destination: KP,
       items: [{category: machinery}]}
      """
    When the events are checked
    Then there is no finding for "dprk.sectoral.export"

  Scenario: Japanese machinery to China is no DPRK matter
    Given the event:
      """
      {id: machinery-jp, type: transfer, date: 2018-03-01, origin: JP, destination: CN,
       items: [{hs_code: "8413.70"}]}
      """
    When the events are checked
    Then there are no findings

  # --- wind-down (2017-12-22..2018-01-21, notification by 2018-02-05) ------------------------------

  Scenario: Last day of the 30-day window, prior contract notified in time
    Given the event:
      """
      id: sectoral-wind-down-last
      type: transfer
      date: 2018-01-21
      origin: KP
      destination: CN
      contract_date: 2017-11-15
      items: [{category: wood}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2018-02-05}
      """
    When the events are checked
    Then "dprk.sectoral.export" is lifted by exemption "dprk.sectoral.export.wind_down"

  Scenario: First day after the window, the same contract no longer helps
    Given the event:
      """
      id: sectoral-wind-down-after
      type: transfer
      date: 2018-01-22
      origin: KP
      destination: CN
      contract_date: 2017-11-15
      items: [{category: wood}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2018-02-05}
      """
    When the events are checked
    Then there is a violation of "dprk.sectoral.export"
    And the exemption "dprk.sectoral.export.wind_down" was weighed and did not apply for "dprk.sectoral.export" because "not available on 2018-01-22"

  Scenario: Notification on the 46th day is too late
    Given the event:
      """
      id: sectoral-notice-late
      type: transfer
      date: 2018-01-10
      origin: KP
      destination: CN
      contract_date: 2017-11-15
      items: [{category: earth_stone}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2018-02-06}
      """
    When the events are checked
    Then there is a violation of "dprk.sectoral.export"
    And the exemption "dprk.sectoral.export.wind_down" was weighed and did not apply for "dprk.sectoral.export"

  Scenario: A contract signed after 2397 is not a prior contract
    Given the event:
      """
      id: sectoral-late-contract
      type: transfer
      date: 2018-01-10
      origin: KP
      destination: CN
      contract_date: 2017-12-23
      items: [{category: earth_stone}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2018-01-15}
      """
    When the events are checked
    Then there is a violation of "dprk.sectoral.export"
    And the exemption "dprk.sectoral.export.wind_down" was weighed and did not apply for "dprk.sectoral.export"

  # --- 1718 Committee exemption --------------------------------------------------------------------

  Scenario: Electrical equipment returned under a 1718 Committee exemption valid on the day
    Given the event:
      """
      id: sectoral-committee
      type: transfer
      date: 2019-04-01
      origin: KP
      destination: SE
      items: [{category: electrical_equipment, description: humanitarian agency's generators returned}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2019-03-01, valid_until: 2019-09-01}
      """
    When the events are checked
    Then "dprk.sectoral.export" is lifted by exemption "dprk.sectoral.export.committee_exemption"

  Scenario: A Committee exemption that lapsed before the shipment
    Given the event:
      """
      id: sectoral-committee-lapsed
      type: transfer
      date: 2019-10-01
      origin: KP
      destination: SE
      items: [{category: electrical_equipment}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2019-03-01, valid_until: 2019-09-01}
      """
    When the events are checked
    Then there is a violation of "dprk.sectoral.export"
    And the exemption "dprk.sectoral.export.committee_exemption" was weighed and did not apply for "dprk.sectoral.export"
