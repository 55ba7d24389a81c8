@dprk @coal
Feature: Procurement of iron and iron ore from the DPRK (dprk.iron.export)
  Iron and iron ore may not be procured from the DPRK, whether or not they originate there:
    2016-03-02  2270 OP29   ban, save transactions exclusively for livelihood purposes
    2016-11-30  2321 OP26   the same, restated
    2017-08-05  2371 OP8    full ban
  Exemptions:
    livelihood           2016-03-02..2017-08-04  a State determination of livelihood purpose
    wind_down            2017-08-05..2017-09-04  a written contract concluded before 2017-08-05,
                                                 notified to the Committee by 2017-09-19
    committee_exemption  from 2016-11-30          a 1718 Committee exemption valid on the day

  # --- one breach per stage, and the day before the ban --------------------------------------

  Scenario: Iron ore from the DPRK in June 2016 is a review under 2270 OP29 (the livelihood exception)
    Given the event:
      """
      {id: ore-2016, type: transfer, date: 2016-06-01, origin: KP, destination: CN,
       items: [{category: iron_ore, quantity: 20000, unit: t}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.iron.export"
    And the finding for "dprk.iron.export" cites resolution 2270 paragraph "29" marked "unconfirmed"
    And the review finding for "dprk.iron.export" names "livelihood" as missing

  Scenario: The day before 2270 was adopted, iron ore from the DPRK is no finding
    Given the event:
      """
      {id: ore-2016-eve, type: transfer, date: 2016-03-01, origin: KP, destination: CN,
       items: [{category: iron_ore}]}
      """
    When the events are checked
    Then there are no findings

  Scenario: Pig iron from the DPRK in December 2016 is a review under 2321 OP26 (livelihood)
    Given the event:
      """
      {id: iron-2016-12, type: transfer, date: 2016-12-15, origin: KP, destination: CN,
       items: [{category: iron}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.iron.export"
    And the finding for "dprk.iron.export" cites resolution 2321 paragraph "26" marked "unconfirmed"
    And the finding for "dprk.iron.export" does not cite resolution 2270
    And the review finding for "dprk.iron.export" names "livelihood" as missing

  Scenario: On 2017-08-04 iron ore still falls under 2321 OP26
    Given the event:
      """
      {id: ore-2017-08-04, type: transfer, date: 2017-08-04, origin: KP, destination: CN,
       items: [{category: iron_ore}]}
      """
    When the events are checked
    Then the finding for "dprk.iron.export" cites resolution 2321 paragraph "26"

  Scenario: On 2017-08-05 iron ore falls under the full ban of 2371 OP8
    Given the event:
      """
      {id: ore-2017-08-05, type: transfer, date: 2017-08-05, origin: KP, destination: CN,
       items: [{category: iron_ore}]}
      """
    When the events are checked
    Then there is a violation of "dprk.iron.export"
    And the finding for "dprk.iron.export" cites resolution 2371 paragraph "8" marked "verified"
    And the finding for "dprk.iron.export" does not cite resolution 2321

  Scenario: DPRK iron ore shipped on from a Chinese port is still procurement from the DPRK
    Given the event:
      """
      {id: ore-reexport, type: transfer, date: 2018-02-01, origin: CN, destination: VN,
       items: [{category: iron_ore, origin: KP}]}
      """
    When the events are checked
    Then there is a violation of "dprk.iron.export"

  # --- livelihood (until 2017-08-04) -----------------------------------------------------------

  Scenario: Iron ore under a State determination of livelihood purpose
    Given the event:
      """
      id: ore-livelihood
      type: transfer
      date: 2017-02-01
      origin: KP
      destination: CN
      items: [{category: iron_ore}]
      authorizations:
        - {type: state_determination, issued_by: China, date: 2017-01-20, covers: exclusively livelihood purposes}
      """
    When the events are checked
    Then "dprk.iron.export" is lifted by exemption "dprk.iron.export.livelihood"

  Scenario: A livelihood determination in the form of a licence is not a State determination
    Given the event:
      """
      id: ore-licence
      type: transfer
      date: 2017-02-01
      origin: KP
      destination: CN
      items: [{category: iron_ore}]
      authorizations:
        - {type: licence, issued_by: China, date: 2017-01-20, covers: livelihood purposes}
      """
    When the events are checked
    Then there is a review finding for "dprk.iron.export"
    And the exemption "dprk.iron.export.livelihood" was weighed and did not apply for "dprk.iron.export"
    And the review finding for "dprk.iron.export" names "livelihood" as missing

  Scenario: After 2017-08-05 a livelihood determination no longer lifts the ban
    Given the event:
      """
      id: ore-livelihood-late
      type: transfer
      date: 2017-10-01
      origin: KP
      destination: CN
      items: [{category: iron_ore}]
      authorizations:
        - {type: state_determination, issued_by: China, date: 2017-09-20, covers: livelihood purposes}
      """
    When the events are checked
    Then there is a violation of "dprk.iron.export"
    And the exemption "dprk.iron.export.livelihood" was weighed and did not apply for "dprk.iron.export" because "not available on 2017-10-01"

  # --- wind-down of prior contracts (2371 OP8) -------------------------------------------------

  Scenario: Iron ore under a July 2017 contract imported in August and notified in September
    Given the event:
      """
      id: ore-wind-down
      type: transfer
      date: 2017-08-20
      origin: KP
      destination: CN
      contract_date: 2017-07-01
      items: [{category: iron_ore}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-09-10}
      """
    When the events are checked
    Then "dprk.iron.export" is lifted by exemption "dprk.iron.export.wind_down"
    And the exempted findings include:
      """
      - rule_id: dprk.iron.export
        citations: [{resolution: 2371, paragraph: "8"}]
        explanation:
          exemptions:
            - {id: dprk.iron.export.livelihood, applies: false}
            - id: dprk.iron.export.wind_down
              applies: true
              citations: [{resolution: 2371, paragraph: "8", status: verified}]
      """

  Scenario: The last day of the wind-down with notification on the last permitted day
    Given the event:
      """
      id: ore-wind-down-last
      type: transfer
      date: 2017-09-04
      origin: KP
      destination: CN
      contract_date: 2017-08-04
      items: [{category: iron_ore}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-09-19}
      """
    When the events are checked
    Then "dprk.iron.export" is lifted by exemption "dprk.iron.export.wind_down"

  Scenario: A contract concluded after 2371 was adopted cannot be wound down
    Given the event:
      """
      id: ore-late-contract
      type: transfer
      date: 2017-08-20
      origin: KP
      destination: CN
      contract_date: 2017-08-10
      items: [{category: iron_ore}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-09-10}
      """
    When the events are checked
    Then there is a violation of "dprk.iron.export"
    And the exemption "dprk.iron.export.wind_down" was weighed and did not apply for "dprk.iron.export"

  Scenario: Notified to the Committee after 2017-09-19: too late
    Given the event:
      """
      id: ore-late-notice
      type: transfer
      date: 2017-08-20
      origin: KP
      destination: CN
      contract_date: 2017-07-01
      items: [{category: iron_ore}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-09-20}
      """
    When the events are checked
    Then there is a violation of "dprk.iron.export"
    And the exemption "dprk.iron.export.wind_down" was weighed and did not apply for "dprk.iron.export"

  Scenario: A prior contract without any notification
    Given the event:
      """
      id: ore-no-notice
      type: transfer
      date: 2017-08-20
      origin: KP
      destination: CN
      contract_date: 2017-07-01
      items: [{category: iron_ore}]
      """
    When the events are checked
    Then there is a violation of "dprk.iron.export"
    And the exemption "dprk.iron.export.wind_down" was weighed and did not apply for "dprk.iron.export"

  Scenario: Imported after the 30-day window, even under a prior contract
    Given the event:
      """
      id: ore-after-window
      type: transfer
      date: 2017-09-05
      origin: KP
      destination: CN
      contract_date: 2017-07-01
      items: [{category: iron_ore}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-09-10}
      """
    When the events are checked
    Then there is a violation of "dprk.iron.export"
    And the exemption "dprk.iron.export.wind_down" was weighed and did not apply for "dprk.iron.export" because "not available on 2017-09-05"

  # --- 1718 Committee exemption (from 2016-11-30) ----------------------------------------------

  Scenario: Iron under a 1718 Committee exemption valid on the day
    Given the event:
      """
      id: iron-committee
      type: transfer
      date: 2019-05-01
      origin: KP
      destination: RU
      items: [{category: iron}]
      authorizations:
        - {type: committee_exemption, issued_by: Security Council Committee established pursuant to resolution 1718 (2006), date: 2019-04-01, valid_until: 2019-10-01}
      """
    When the events are checked
    Then "dprk.iron.export" is lifted by exemption "dprk.iron.export.committee_exemption"

  Scenario: A Committee exemption not yet granted on the day of the shipment
    Given the event:
      """
      id: iron-committee-early
      type: transfer
      date: 2019-03-01
      origin: KP
      destination: RU
      items: [{category: iron}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2019-04-01, valid_until: 2019-10-01}
      """
    When the events are checked
    Then there is a violation of "dprk.iron.export"
    And the exemption "dprk.iron.export.committee_exemption" was weighed and did not apply for "dprk.iron.export"

  Scenario: An exemption granted by another sanctions committee
    Given the event:
      """
      id: iron-other-committee
      type: transfer
      date: 2019-05-01
      origin: KP
      destination: RU
      items: [{category: iron}]
      authorizations:
        - {type: committee_exemption, issued_by: Security Council Committee established pursuant to resolution 1737 (2006), date: 2019-04-01}
      """
    When the events are checked
    Then there is a violation of "dprk.iron.export"
    And the exemption "dprk.iron.export.committee_exemption" was weighed and did not apply for "dprk.iron.export"

  # --- classification and look-alikes ----------------------------------------------------------

  Scenario: An item with only an HS code for iron ore is iron ore
    Given the event:
      """
      {id: ore-hs, type: transfer, date: 2018-02-01, origin: KP, destination: CN,
       items: [{hs_code: "2601.11"}]}
      """
    When the events are checked
    Then there is a violation of "dprk.iron.export"
    And the explanation of "dprk.iron.export" mentions "classified through HS 260111"

  Scenario: Flat-rolled steel is only possibly iron: review
    Given the event:
      """
      {id: steel-hs, type: transfer, date: 2018-02-01, origin: KP, destination: CN,
       items: [{hs_code: "7210.49"}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.iron.export"
    And the review finding for "dprk.iron.export" names "only possibly makes it iron" as missing

  Scenario: Cargo leaving the DPRK with only a description needs review
    Given the event:
      """
      {id: red-ore, type: transfer, date: 2018-02-01, origin: KP, destination: CN,
       items: [{description: reddish ore in bulk}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.iron.export"
    And the review finding for "dprk.iron.export" names "items[0]" as missing

  Scenario: Brazilian iron ore to China is no DPRK matter
    Given the event:
      """
      {id: ore-br, type: transfer, date: 2018-02-01, origin: BR, destination: CN,
       items: [{category: iron_ore}]}
      """
    When the events are checked
    Then there are no findings

  Scenario: Steel structures from the DPRK are not iron under this rule
    Given the event:
      """
      {id: steel-structures, type: transfer, date: 2018-02-01, origin: KP, destination: CN,
       items: [{hs_code: "7308.90"}]}
      """
    When the events are checked
    Then there is no finding for "dprk.iron.export"
