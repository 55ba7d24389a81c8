@dprk @exports
Feature: Procurement of copper, nickel, silver and zinc from the DPRK (dprk.minerals.export.copper_nickel_silver_zinc)
  2321 OP28 (number unconfirmed, content verified), from 2016-11-30: copper, nickel, silver and
  zinc may not be procured from the DPRK, whether or not they originate there. No exception in
  the text.
  Exemption:
    committee_exemption  from 2016-11-30  a 1718 Committee exemption valid on the day (2321 OP46)

  Scenario: Zinc, silver and copper in Chinese customs data for early 2017 (V-16)
    Given the events:
      """
      - {id: v16-zinc, type: transfer, date: 2017-03-01, origin: KP, destination: CN,
         items: [{category: zinc, value: {value: 680000, currency: USD}}],
         source: {title: "VOA/KITA data reported by Yonhap", reference: dprk_cases V-16}}
      - {id: v16-silver, type: transfer, date: 2017-03-01, origin: KP, destination: CN,
         items: [{category: silver, value: {value: 120000, currency: USD}}]}
      - {id: v16-copper, type: transfer, date: 2017-02-01, origin: KP, destination: CN,
         items: [{category: copper, value: {value: 100000, currency: USD}}]}
      """
    When the events are checked
    Then there is a violation of "dprk.minerals.export.copper_nickel_silver_zinc" for event "v16-zinc"
    And the finding for "dprk.minerals.export.copper_nickel_silver_zinc" for event "v16-zinc" cites resolution 2321 paragraph "28" marked "unconfirmed"
    And there is a violation of "dprk.minerals.export.copper_nickel_silver_zinc" for event "v16-silver"
    And there is a violation of "dprk.minerals.export.copper_nickel_silver_zinc" for event "v16-copper"

  Scenario: The day before 2321 was adopted, DPRK copper is no finding
    Given the event:
      """
      {id: copper-eve, type: transfer, date: 2016-11-29, origin: KP, destination: CN,
       items: [{category: copper}]}
      """
    When the events are checked
    Then there is no finding for "dprk.minerals.export.copper_nickel_silver_zinc"

  Scenario: On the day 2321 was adopted DPRK nickel is banned
    Given the event:
      """
      {id: nickel-day, type: transfer, date: 2016-11-30, origin: KP, destination: CN,
       items: [{category: nickel}]}
      """
    When the events are checked
    Then there is a violation of "dprk.minerals.export.copper_nickel_silver_zinc"

  Scenario: Items with only HS codes for copper cathodes, zinc ore and unwrought nickel
    Given the events:
      """
      - {id: hs-7403, type: transfer, date: 2018-01-10, origin: KP, destination: CN,
         items: [{hs_code: "7403.11"}]}
      - {id: hs-2608, type: transfer, date: 2018-01-10, origin: KP, destination: CN,
         items: [{hs_code: "2608"}]}
      - {id: hs-7502, type: transfer, date: 2018-01-10, origin: KP, destination: CN,
         items: [{hs_code: "7502.10"}]}
      """
    When the events are checked
    Then there is a violation of "dprk.minerals.export.copper_nickel_silver_zinc" for event "hs-7403"
    And there is a violation of "dprk.minerals.export.copper_nickel_silver_zinc" for event "hs-2608"
    And there is a violation of "dprk.minerals.export.copper_nickel_silver_zinc" for event "hs-7502"

  Scenario: Silver jewellery is only possibly "silver": review
    Given the event:
      """
      {id: silver-jewellery, type: transfer, date: 2018-01-10, origin: KP, destination: CN,
       items: [{hs_code: "7113.11"}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.minerals.export.copper_nickel_silver_zinc"
    And the review finding for "dprk.minerals.export.copper_nickel_silver_zinc" names "HS 711311 only possibly makes it silver" as missing

  Scenario: DPRK zinc ingots shipped on from a Chinese port
    Given the event:
      """
      {id: zinc-reexport, type: transfer, date: 2018-01-10, origin: CN, destination: VN,
       items: [{category: zinc, origin: KP}]}
      """
    When the events are checked
    Then there is a violation of "dprk.minerals.export.copper_nickel_silver_zinc"

  # --- look-alikes ---------------------------------------------------------------------------------

  Scenario: Aluminium from the DPRK is not one of the four metals
    Given the event:
      """
      {id: aluminium, type: transfer, date: 2017-03-01, origin: KP, destination: CN,
       items: [{hs_code: "7601.10"}]}
      """
    When the events are checked
    Then there is no finding for "dprk.minerals.export.copper_nickel_silver_zinc"

  Scenario: Chilean copper to China is no DPRK matter
    Given the event:
      """
      {id: copper-cl, type: transfer, date: 2017-03-01, origin: CL, destination: CN,
       items: [{category: copper}]}
      """
    When the events are checked
    Then there are no findings

  # --- 1718 Committee exemption --------------------------------------------------------------------

  Scenario: Copper under a 1718 Committee exemption valid on the day
    Given the event:
      """
      id: copper-committee
      type: transfer
      date: 2018-05-01
      origin: KP
      destination: CN
      items: [{category: copper}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-04-01, valid_until: 2018-10-01}
      """
    When the events are checked
    Then "dprk.minerals.export.copper_nickel_silver_zinc" is lifted by exemption "dprk.minerals.export.copper_nickel_silver_zinc.committee_exemption"

  Scenario: A Committee exemption that lapsed before the shipment
    Given the event:
      """
      id: copper-lapsed
      type: transfer
      date: 2018-11-01
      origin: KP
      destination: CN
      items: [{category: copper}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-04-01, valid_until: 2018-10-01}
      """
    When the events are checked
    Then there is a violation of "dprk.minerals.export.copper_nickel_silver_zinc"
    And the exemption "dprk.minerals.export.copper_nickel_silver_zinc.committee_exemption" was weighed and did not apply for "dprk.minerals.export.copper_nickel_silver_zinc"
