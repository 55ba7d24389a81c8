@dprk @exports
Feature: Procurement of gold, titanium ore, vanadium ore and rare earths from the DPRK (dprk.minerals.export.gold_titanium_vanadium_rare_earth)
  2270 OP30 (number unconfirmed, content verified), from 2016-03-02: gold, titanium ore, vanadium
  ore and rare earth minerals may not be procured from the DPRK, whether or not they originate
  there. The text has no exception of its own.
  Exemption:
    committee_exemption  from 2016-11-30  a 1718 Committee exemption valid on the day (2321 OP46)

  # --- the ban and its first day -----------------------------------------------------------------

  Scenario: Gold bars from the DPRK in June 2016 breach 2270 OP30
    Given the event:
      """
      {id: gold-2016, type: transfer, date: 2016-06-01, origin: KP, destination: CN,
       items: [{category: gold, quantity: 12, unit: kg}]}
      """
    When the events are checked
    Then there is a violation of "dprk.minerals.export.gold_titanium_vanadium_rare_earth"
    And the finding for "dprk.minerals.export.gold_titanium_vanadium_rare_earth" cites resolution 2270 paragraph "30" marked "unconfirmed"

  Scenario: The day before 2270 was adopted, gold from the DPRK is no finding
    Given the event:
      """
      {id: gold-2016-eve, type: transfer, date: 2016-03-01, origin: KP, destination: CN,
       items: [{category: gold}]}
      """
    When the events are checked
    Then there is no finding for "dprk.minerals.export.gold_titanium_vanadium_rare_earth"

  Scenario: On the day 2270 was adopted rare earth minerals are banned
    Given the event:
      """
      {id: ree-2016-03-02, type: transfer, date: 2016-03-02, origin: KP, destination: CN,
       items: [{category: rare_earth_minerals}]}
      """
    When the events are checked
    Then there is a violation of "dprk.minerals.export.gold_titanium_vanadium_rare_earth"

  Scenario: Titanium ore sold by a DPRK trading company, no origin recorded
    Given the event:
      """
      id: ti-seller
      type: transfer
      date: 2017-02-10
      destination: CN
      parties: [{role: seller, kind: entity, name: Korea Mining Trading Company, country: KP}]
      items: [{category: titanium_ore, quantity: 5000, unit: t}]
      """
    When the events are checked
    Then there is a violation of "dprk.minerals.export.gold_titanium_vanadium_rare_earth"

  Scenario: Chinese rare earth concentrate shipped out of a DPRK port is caught all the same
    Given the event:
      """
      {id: ree-cn-via-kp, type: transfer, date: 2018-04-01, origin: KP, destination: JP,
       items: [{category: rare_earth_minerals, origin: CN}]}
      """
    When the events are checked
    Then there is a violation of "dprk.minerals.export.gold_titanium_vanadium_rare_earth"

  Scenario: DPRK gold sold on from Hong Kong is still procurement from the DPRK
    Given the event:
      """
      {id: gold-hk, type: transfer, date: 2018-04-01, origin: HK, destination: AE,
       items: [{category: gold, origin: KP}]}
      """
    When the events are checked
    Then there is a violation of "dprk.minerals.export.gold_titanium_vanadium_rare_earth"

  # --- HS codes --------------------------------------------------------------------------------------

  Scenario: Items with only HS codes for titanium ore and rare-earth compounds
    Given the events:
      """
      - {id: hs-2614, type: transfer, date: 2017-05-01, origin: KP, destination: CN,
         items: [{hs_code: "2614.00"}]}
      - {id: hs-2846, type: transfer, date: 2017-05-01, origin: KP, destination: CN,
         items: [{hs_code: "2846.90"}]}
      - {id: hs-7108, type: transfer, date: 2017-05-01, origin: KP, destination: CN,
         items: [{hs_code: "7108.12"}]}
      """
    When the events are checked
    Then there is a violation of "dprk.minerals.export.gold_titanium_vanadium_rare_earth" for event "hs-2614"
    And the explanation of "dprk.minerals.export.gold_titanium_vanadium_rare_earth" for event "hs-2614" mentions "classified through HS 2614"
    And there is a violation of "dprk.minerals.export.gold_titanium_vanadium_rare_earth" for event "hs-2846"
    And there is a violation of "dprk.minerals.export.gold_titanium_vanadium_rare_earth" for event "hs-7108"

  Scenario: Niobium, tantalum and vanadium ores share one HS code: review
    Given the event:
      """
      {id: hs-2615-90, type: transfer, date: 2017-05-01, origin: KP, destination: CN,
       items: [{hs_code: "2615.90"}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.minerals.export.gold_titanium_vanadium_rare_earth"
    And the review finding for "dprk.minerals.export.gold_titanium_vanadium_rare_earth" names "HS 261590 only possibly makes it vanadium_ore" as missing

  Scenario: Ferro-titanium is not titanium ore
    Given the event:
      """
      {id: ferro-ti, type: transfer, date: 2017-05-01, origin: KP, destination: CN,
       items: [{hs_code: "8108.20"}]}
      """
    When the events are checked
    Then there is no finding for "dprk.minerals.export.gold_titanium_vanadium_rare_earth"

  # --- look-alikes ---------------------------------------------------------------------------------

  Scenario: Australian gold to China is no DPRK matter
    Given the event:
      """
      {id: gold-au, type: transfer, date: 2018-04-01, origin: AU, destination: CN,
       items: [{category: gold}]}
      """
    When the events are checked
    Then there are no findings

  Scenario: Gold supplied to the DPRK is not covered by the export ban
    Given the event:
      """
      {id: gold-to-kp, type: transfer, date: 2018-04-01, origin: CN, destination: KP,
       items: [{category: gold}]}
      """
    When the events are checked
    Then there is no finding for "dprk.minerals.export.gold_titanium_vanadium_rare_earth"

  # --- 1718 Committee exemption (from 2016-11-30) --------------------------------------------------

  Scenario: Rare earth samples under a 1718 Committee exemption valid on the day
    Given the event:
      """
      id: ree-committee
      type: transfer
      date: 2018-05-01
      origin: KP
      destination: CN
      items: [{category: rare_earth_minerals, quantity: 5, unit: kg}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-04-01, valid_until: 2018-10-01}
      """
    When the events are checked
    Then "dprk.minerals.export.gold_titanium_vanadium_rare_earth" is lifted by exemption "dprk.minerals.export.gold_titanium_vanadium_rare_earth.committee_exemption"

  Scenario: An exemption issued by a national ministry is not a Committee exemption
    Given the event:
      """
      id: ree-ministry
      type: transfer
      date: 2018-05-01
      origin: KP
      destination: CN
      items: [{category: rare_earth_minerals}]
      authorizations:
        - {type: committee_exemption, issued_by: PRC Ministry of Commerce, date: 2018-04-01}
      """
    When the events are checked
    Then there is a violation of "dprk.minerals.export.gold_titanium_vanadium_rare_earth"
    And the exemption "dprk.minerals.export.gold_titanium_vanadium_rare_earth.committee_exemption" was weighed and did not apply for "dprk.minerals.export.gold_titanium_vanadium_rare_earth"

  Scenario: Before 2321 the Committee had no general exemption route
    Given the event:
      """
      id: gold-committee-2016
      type: transfer
      date: 2016-06-01
      origin: KP
      destination: CN
      items: [{category: gold}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2016-05-01}
      """
    When the events are checked
    Then there is a violation of "dprk.minerals.export.gold_titanium_vanadium_rare_earth"
    And the exemption "dprk.minerals.export.gold_titanium_vanadium_rare_earth.committee_exemption" was weighed and did not apply for "dprk.minerals.export.gold_titanium_vanadium_rare_earth" because "not available on 2016-06-01"
