@dprk @coal
Feature: Procurement of coal from the DPRK (dprk.coal.export)
  Coal may not be procured from the DPRK, whether or not it originates there:
    2016-03-02  2270 OP29   ban, save livelihood transactions and Rajin transit
    2016-11-30  2321 OP26   aggregate cap, livelihood only (the cap itself is a totals question)
    2017-08-05  2371 OP8    full ban, save Rajin transit notified by the exporting State
  Exemptions:
    rajin_transit_procuring_state  2016-03-02..2017-08-04  non-DPRK coal via Rajin, notified ahead
    rajin_transit_exporting_state  from 2017-08-05          the same, under 2371 OP8
    livelihood                     2016-03-02..2017-08-04  a State determination of livelihood purpose
    committee_exemption            from 2016-11-30          a 1718 Committee exemption valid on the day

  # --- one breach per stage, and the day before the ban --------------------------------------

  Scenario: Coal from the DPRK in June 2016 is a review under 2270 OP29 (the livelihood exception)
    Given the event:
      """
      {id: coal-2016, type: transfer, date: 2016-06-01, origin: KP, destination: CN,
       items: [{category: coal, quantity: 30000, unit: t}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.coal.export"
    And the finding for "dprk.coal.export" cites resolution 2270 paragraph "29" marked "unconfirmed"
    And the review finding for "dprk.coal.export" names "livelihood" as missing

  Scenario: The day before 2270 was adopted, coal from the DPRK is no finding
    Given the event:
      """
      {id: coal-2016-eve, type: transfer, date: 2016-03-01, origin: KP, destination: CN,
       items: [{category: coal}]}
      """
    When the events are checked
    Then there are no findings

  Scenario: On the last day of 2270 OP29 it is still the paragraph cited
    Given the event:
      """
      {id: coal-2016-11-29, type: transfer, date: 2016-11-29, origin: KP, destination: CN,
       items: [{category: coal}]}
      """
    When the events are checked
    Then the finding for "dprk.coal.export" cites resolution 2270 paragraph "29"

  Scenario: From 2016-11-30 a coal shipment outside the livelihood route is a review under 2321 OP26 (livelihood, cap position)
    Given the event:
      """
      {id: coal-2016-11-30, type: transfer, date: 2016-11-30, origin: KP, destination: CN,
       items: [{category: coal}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.coal.export"
    And the finding for "dprk.coal.export" cites resolution 2321 paragraph "26" marked "unconfirmed"
    And the finding for "dprk.coal.export" does not cite resolution 2270
    And the review finding for "dprk.coal.export" names "livelihood" as missing

  Scenario: On 2017-08-04 coal still falls under 2321 OP26
    Given the event:
      """
      {id: coal-2017-08-04, type: transfer, date: 2017-08-04, origin: KP, destination: CN,
       items: [{category: coal}]}
      """
    When the events are checked
    Then the finding for "dprk.coal.export" cites resolution 2321 paragraph "26"
    And the finding for "dprk.coal.export" does not cite resolution 2371

  Scenario: On 2017-08-05 coal falls under the full ban of 2371 OP8
    Given the event:
      """
      {id: coal-2017-08-05, type: transfer, date: 2017-08-05, origin: KP, destination: CN,
       items: [{category: coal}]}
      """
    When the events are checked
    Then there is a violation of "dprk.coal.export"
    And the finding for "dprk.coal.export" cites resolution 2371 paragraph "8" marked "verified"
    And the finding for "dprk.coal.export" does not cite resolution 2321

  Scenario: Coal sold by a DPRK company through a vessel loading at sea (no origin recorded)
    Given the event:
      """
      id: coal-seller
      type: transfer
      date: 2018-03-30
      destination: VN
      parties: [{role: seller, kind: entity, name: Korea Kangbong Trading Corporation, country: KP}]
      vessels: [{name: XIN GUANG HAI, role: carrier}]
      items: [{category: coal}]
      """
    When the events are checked
    Then there is a violation of "dprk.coal.export"

  # --- Rajin transit, procuring State (2270 OP29 / 2321 OP26 era) ------------------------------

  Scenario: Russian coal through Rajin notified by the procuring State before the shipment
    Given the event:
      """
      id: rajin-2017
      type: transfer
      date: 2017-03-01
      origin: KP
      destination: CN
      location: {country: KP, port: Rajin}
      items: [{category: coal, origin: RU}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-02-20}
      """
    When the events are checked
    Then "dprk.coal.export" is lifted by exemption "dprk.coal.export.rajin_transit_procuring_state"

  Scenario: Rajin transit notified on the day of the shipment is not "in advance"
    Given the event:
      """
      id: rajin-2017-same-day
      type: transfer
      date: 2017-03-01
      origin: KP
      destination: CN
      location: {country: KP, port: Rason}
      items: [{category: coal, origin: RU}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-03-01}
      """
    When the events are checked
    Then there is a review finding for "dprk.coal.export"
    And the exemption "dprk.coal.export.rajin_transit_procuring_state" was weighed and did not apply for "dprk.coal.export"
    And the review finding for "dprk.coal.export" names "livelihood" as missing

  Scenario: Russian coal loaded at Nampo is not Rajin transit
    Given the event:
      """
      id: nampo-2017
      type: transfer
      date: 2017-03-01
      origin: KP
      destination: CN
      location: {country: KP, port: Nampo}
      items: [{category: coal, origin: RU}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-02-20}
      """
    When the events are checked
    Then there is a review finding for "dprk.coal.export"
    And the exemption "dprk.coal.export.rajin_transit_procuring_state" was weighed and did not apply for "dprk.coal.export"
    And the review finding for "dprk.coal.export" names "livelihood" as missing

  Scenario: DPRK coal through Rajin is not transit coal
    Given the event:
      """
      id: rajin-dprk-coal
      type: transfer
      date: 2017-03-01
      origin: KP
      destination: CN
      location: {country: KP, port: Rajin}
      items: [{category: coal, origin: KP}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-02-20}
      """
    When the events are checked
    Then there is a review finding for "dprk.coal.export"
    And the exemption "dprk.coal.export.rajin_transit_procuring_state" was weighed and did not apply for "dprk.coal.export"

  # --- Rajin transit, exporting State (2371 OP8) -----------------------------------------------
    And the review finding for "dprk.coal.export" names "livelihood" as missing

  Scenario: Russian coal through Rajin in 2018 notified by the exporting State
    Given the event:
      """
      id: rajin-2018
      type: transfer
      date: 2018-03-01
      origin: KP
      destination: CN
      location: {country: KP, port: Rajin (Rason)}
      items: [{category: coal, origin: RU, quantity: 40000, unit: t}]
      authorizations:
        - {type: notification, issued_by: Russian Federation, addressed_to: 1718 Committee, date: 2018-02-15}
      """
    When the events are checked
    Then "dprk.coal.export" is lifted by exemption "dprk.coal.export.rajin_transit_exporting_state"

  Scenario: On 2017-08-05 Rajin transit moves to the exporting-State route
    Given the event:
      """
      id: rajin-switch-day
      type: transfer
      date: 2017-08-05
      origin: KP
      destination: CN
      location: {country: KP, port: Najin}
      items: [{category: coal, origin: RU}]
      authorizations:
        - {type: notification, issued_by: Russian Federation, addressed_to: 1718 Committee, date: 2017-08-01}
      """
    When the events are checked
    Then "dprk.coal.export" is lifted by exemption "dprk.coal.export.rajin_transit_exporting_state"
    And the exempted findings include:
      """
      - rule_id: dprk.coal.export
        citations: [{resolution: 2371, paragraph: "8"}]
        explanation:
          exemptions:
            - id: dprk.coal.export.rajin_transit_procuring_state
              applies: false
              why: "not available on 2017-08-05*"
            - {id: dprk.coal.export.rajin_transit_exporting_state, applies: true}
      """

  Scenario: Rajin transit coal in 2018 without any notification
    Given the event:
      """
      id: rajin-2018-unnotified
      type: transfer
      date: 2018-03-01
      origin: KP
      destination: CN
      location: {country: KP, port: Rajin}
      items: [{category: coal, origin: RU}]
      """
    When the events are checked
    Then there is a violation of "dprk.coal.export"
    And the exemption "dprk.coal.export.rajin_transit_exporting_state" was weighed and did not apply for "dprk.coal.export"

  # --- livelihood (until 2017-08-04) -----------------------------------------------------------

  Scenario: Coal under a State determination of livelihood purpose in January 2017
    Given the event:
      """
      id: livelihood-2017
      type: transfer
      date: 2017-01-15
      origin: KP
      destination: CN
      items: [{category: coal}]
      authorizations:
        - {type: state_determination, issued_by: China, date: 2017-01-10,
           covers: "exclusively for livelihood purposes, no revenue for prohibited programmes"}
      """
    When the events are checked
    Then "dprk.coal.export" is lifted by exemption "dprk.coal.export.livelihood"

  Scenario: A State determination that does not speak of livelihood
    Given the event:
      """
      id: determination-trade-2017
      type: transfer
      date: 2017-01-15
      origin: KP
      destination: CN
      items: [{category: coal}]
      authorizations:
        - {type: state_determination, issued_by: China, date: 2017-01-10, covers: ordinary commercial contract}
      """
    When the events are checked
    Then there is a review finding for "dprk.coal.export"
    And the exemption "dprk.coal.export.livelihood" was weighed and did not apply for "dprk.coal.export"
    And the review finding for "dprk.coal.export" names "livelihood" as missing

  Scenario: After 2017-08-05 a livelihood determination no longer lifts the ban
    Given the event:
      """
      id: livelihood-2017-late
      type: transfer
      date: 2017-08-05
      origin: KP
      destination: CN
      items: [{category: coal}]
      authorizations:
        - {type: state_determination, issued_by: China, date: 2017-08-01, covers: livelihood purposes}
      """
    When the events are checked
    Then there is a violation of "dprk.coal.export"
    And the exemption "dprk.coal.export.livelihood" was weighed and did not apply for "dprk.coal.export" because "not available on 2017-08-05"

  # --- 1718 Committee exemption (from 2016-11-30) ----------------------------------------------

  Scenario: Coal under a 1718 Committee exemption valid on the day
    Given the event:
      """
      id: committee-2018
      type: transfer
      date: 2018-05-01
      origin: KP
      destination: CN
      items: [{category: coal}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-04-01, valid_until: 2018-10-01}
      """
    When the events are checked
    Then "dprk.coal.export" is lifted by exemption "dprk.coal.export.committee_exemption"

  Scenario: An exemption issued by a national ministry is not a Committee exemption
    Given the event:
      """
      id: ministry-2018
      type: transfer
      date: 2018-05-01
      origin: KP
      destination: CN
      items: [{category: coal}]
      authorizations:
        - {type: committee_exemption, issued_by: PRC Ministry of Commerce, date: 2018-04-01}
      """
    When the events are checked
    Then there is a violation of "dprk.coal.export"
    And the exemption "dprk.coal.export.committee_exemption" was weighed and did not apply for "dprk.coal.export"

  Scenario: A Committee exemption that lapsed before the shipment
    Given the event:
      """
      id: lapsed-2018
      type: transfer
      date: 2018-11-01
      origin: KP
      destination: CN
      items: [{category: coal}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-04-01, valid_until: 2018-10-01}
      """
    When the events are checked
    Then there is a violation of "dprk.coal.export"
    And the exemption "dprk.coal.export.committee_exemption" was weighed and did not apply for "dprk.coal.export"

  Scenario: Before 2321 the Committee exemption route did not exist
    Given the event:
      """
      id: committee-2016
      type: transfer
      date: 2016-06-01
      origin: KP
      destination: CN
      items: [{category: coal}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2016-05-01}
      """
    When the events are checked
    Then there is a review finding for "dprk.coal.export"
    And the exemption "dprk.coal.export.committee_exemption" was weighed and did not apply for "dprk.coal.export" because "not available on 2016-06-01"

  # --- classification and look-alikes ----------------------------------------------------------
    And the review finding for "dprk.coal.export" names "livelihood" as missing

  Scenario: An item with only an HS code for bituminous coal is coal
    Given the event:
      """
      {id: coal-hs, type: transfer, date: 2017-08-20, origin: KP, destination: CN,
       items: [{hs_code: "2701.12"}]}
      """
    When the events are checked
    Then there is a violation of "dprk.coal.export"
    And the explanation of "dprk.coal.export" mentions "classified through HS 270112"

  Scenario: Lignite is only possibly coal: review
    Given the event:
      """
      {id: lignite-hs, type: transfer, date: 2018-09-01, origin: KP, destination: CN,
       items: [{hs_code: "2702.10"}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.coal.export"
    And the review finding for "dprk.coal.export" names "HS 270210 only possibly makes it coal" as missing

  Scenario: Cargo leaving the DPRK with only a description needs review
    Given the event:
      """
      {id: black-rock, type: transfer, date: 2018-09-01, origin: KP, destination: CN,
       items: [{description: black rock in bulk}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.coal.export"
    And the review finding for "dprk.coal.export" names "items[0]" as missing

  Scenario: Australian coal to China is no DPRK matter
    Given the event:
      """
      {id: coal-au, type: transfer, date: 2018-09-01, origin: AU, destination: CN,
       items: [{category: coal}]}
      """
    When the events are checked
    Then there are no findings

  Scenario: Coal supplied to the DPRK is not covered by the export ban
    Given the event:
      """
      {id: coal-to-kp, type: transfer, date: 2018-09-01, origin: CN, destination: KP,
       items: [{category: coal}]}
      """
    When the events are checked
    Then there is no finding for "dprk.coal.export"

  Scenario: Peat from the DPRK is not coal
    Given the event:
      """
      {id: peat, type: transfer, date: 2018-09-01, origin: KP, destination: CN,
       items: [{hs_code: "2703"}]}
      """
    When the events are checked
    Then there is no finding for "dprk.coal.export"

  # --- violation only from certain facts (docs/rules.md) ----------------------------------------

  Scenario: Coal in 2017 that may be within the 2321 livelihood exception is a review naming what settles it
    Given the event:
      """
      {id: coal-2321-open, type: transfer, date: 2017-03-15, origin: KP, destination: CN,
       items: [{category: coal, quantity: 50000, unit: t, value: {value: 2500000, currency: USD}}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.coal.export"
    And the review finding for "dprk.coal.export" names "livelihood determination" as missing
    And the review finding for "dprk.coal.export" names "cap position" as missing
    And the finding for "dprk.coal.export" cites resolution 2321 paragraph "26" marked "unconfirmed"
    And there is no finding for "dprk.coal.cap"

  Scenario: The same coal bought from a designated DPRK company is outside the exception: the freeze is a violation
    Given the event:
      """
      id: coal-2321-designated
      type: transfer
      date: 2017-03-15
      origin: KP
      destination: CN
      parties:
        - {role: seller, kind: entity, name: Korea Mining Development Trading Corporation, country: KP}
      items: [{category: coal, quantity: 50000, unit: t}]
      """
    When the events are checked
    Then there is a review finding for "dprk.coal.export"
    And there is a violation of "dprk.assetfreeze.designated"
