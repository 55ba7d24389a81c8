@dprk @supplies
Feature: Supply of refined petroleum products to the DPRK (dprk.refined_petroleum.supply, dprk.refined_petroleum.designated_party)
  Refined petroleum products (diesel and kerosene included) may reach the DPRK only within an
  aggregate allowance, each supply notified to the 1718 Committee, no designated party involved,
  exclusively for livelihood:
    2017-09-11  2375 OP14 [U]  prohibition from adoption; the first allowance period runs
                               2017-10-01..2017-12-31, so nothing is excepted before 2017-10-01
    2017-12-22  2397 OP5 [V] is adopted, but its allowance begins 2018-01-01: the 2375 OP14 period
                and its conditions govern deliveries until 2017-12-31
    2018-01-01  2397 OP5 [V]   500,000 barrels per 12 months, 30-day notifications
  Per event: a supply not notified (dprk.refined_petroleum.supply) or involving a designated party
  (dprk.refined_petroleum.designated_party) is a breach on its own. The caps are totals across
  events (the totals issue), not judged here.
  Exemptions:
    supply.notified_2375      2017-10-01..2017-12-31  notification to the Committee
    supply.notified           from 2018-01-01          notification to the Committee
    *.committee_exemption     a 1718 Committee exemption valid on the day (2321 OP46)

  # --- 2375 OP14 ------------------------------------------------------------------------------------

  Scenario: The day before 2375 was adopted, diesel to the DPRK is no finding
    Given the event:
      """
      {id: diesel-eve, type: transfer, date: 2017-09-10, origin: CN, destination: KP,
       items: [{category: refined_petroleum, description: diesel}]}
      """
    When the events are checked
    Then there is no finding for "dprk.refined_petroleum.supply"

  Scenario: Before the first allowance period even a notified supply breaches 2375 OP14
    Given the event:
      """
      id: diesel-sept-2017
      type: transfer
      date: 2017-09-20
      origin: CN
      destination: KP
      items: [{category: refined_petroleum, description: diesel, quantity: 1000, unit: t}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-10-15}
      """
    When the events are checked
    Then there is a violation of "dprk.refined_petroleum.supply"
    And the finding for "dprk.refined_petroleum.supply" cites resolution 2375 paragraph "14" marked "unconfirmed"
    And the exemption "dprk.refined_petroleum.supply.notified_2375" was weighed and did not apply for "dprk.refined_petroleum.supply" because "not available on 2017-09-20"

  Scenario: A supply on 2017-10-01 notified to the Committee is within the first allowance
    Given the event:
      """
      id: diesel-oct-2017
      type: transfer
      date: 2017-10-01
      origin: CN
      destination: KP
      items: [{category: refined_petroleum, description: gasoline, quantity: 800, unit: t}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-10-25}
      """
    When the events are checked
    Then "dprk.refined_petroleum.supply" is lifted by exemption "dprk.refined_petroleum.supply.notified_2375"

  Scenario: A supply in November 2017 that shows no notification is a review: the notification is due after it
    Given the event:
      """
      {id: diesel-nov-2017, type: transfer, date: 2017-11-10, origin: RU, destination: KP,
       items: [{category: refined_petroleum, description: diesel}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.refined_petroleum.supply"
    And the finding for "dprk.refined_petroleum.supply" cites resolution 2375 paragraph "14"
    And the exemption "dprk.refined_petroleum.supply.notified_2375" was weighed and did not apply for "dprk.refined_petroleum.supply"

  Scenario: Refined petroleum pumped ship-to-ship into a DPRK-flagged tanker (October 2017)
    Given the event:
      """
      id: lighthouse-winmore
      type: ship_to_ship_transfer
      date: 2017-10-19
      location: {area: off Yeosu and in the Yellow Sea}
      vessels:
        - {name: LIGHTHOUSE WINMORE, role: delivering, flag: HK}
        - {name: SAM JONG 2, role: receiving, flag: KP}
      items: [{category: refined_petroleum, quantity: 600, unit: t}]
      """
    When the events are checked
    Then there is a review finding for "dprk.refined_petroleum.supply"
    And the finding for "dprk.refined_petroleum.supply" cites resolution 2375 paragraph "14"

  Scenario: After 2397 was adopted the 2375 allowance still governs December 2017
    Given the event:
      """
      id: diesel-dec-2017
      type: transfer
      date: 2017-12-27
      origin: CN
      destination: KP
      items: [{category: refined_petroleum}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2018-01-20}
      """
    When the events are checked
    Then "dprk.refined_petroleum.supply" is lifted by exemption "dprk.refined_petroleum.supply.notified_2375"

  Scenario: On 2017-12-31 an unnotified supply is still judged under 2375 OP14
    Given the event:
      """
      {id: diesel-new-year-eve, type: transfer, date: 2017-12-31, origin: CN, destination: KP,
       items: [{category: refined_petroleum}]}
      """
    When the events are checked
    Then the finding for "dprk.refined_petroleum.supply" cites resolution 2375 paragraph "14"
    And the finding for "dprk.refined_petroleum.supply" does not cite resolution 2397

  # --- 2397 OP5 -------------------------------------------------------------------------------------

  Scenario: From 2018-01-01 a supply that shows no notification is a review under 2397 OP5
    Given the event:
      """
      {id: diesel-2018, type: transfer, date: 2018-01-01, origin: CN, destination: KP,
       items: [{category: refined_petroleum}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.refined_petroleum.supply"
    And the finding for "dprk.refined_petroleum.supply" cites resolution 2397 paragraph "5" marked "verified"
    And the review finding for "dprk.refined_petroleum.supply" names "notification of the supply to the 1718 Committee" as missing
    And the review finding for "dprk.refined_petroleum.supply" names "position of the aggregate cap" as missing
    And the finding for "dprk.refined_petroleum.supply" does not cite resolution 2375

  Scenario: A notified supply in 2018 is within the 2397 allowance
    Given the event:
      """
      id: diesel-2018-notified
      type: transfer
      date: 2018-01-01
      origin: RU
      destination: KP
      parties:
        - {role: supplier, kind: entity, name: Vladivostok fuel trader, country: RU}
        - {role: recipient, kind: entity, name: DPRK fuel importer, country: KP}
      items: [{category: refined_petroleum, quantity: 1200, unit: t}]
      authorizations:
        - {type: notification, issued_by: Russian Federation, addressed_to: 1718 Committee, date: 2018-01-29}
      """
    When the events are checked
    Then "dprk.refined_petroleum.supply" is lifted by exemption "dprk.refined_petroleum.supply.notified"
    And the exempted findings include:
      """
      - rule_id: dprk.refined_petroleum.supply
        citations: [{resolution: 2397, paragraph: "5"}]
        explanation:
          exemptions:
            - id: dprk.refined_petroleum.supply.notified_2375
              applies: false
              why: "not available on 2018-01-01*"
            - {id: dprk.refined_petroleum.supply.notified, applies: true}
      """
    And there is no finding for "dprk.refined_petroleum.designated_party"

  Scenario: Diesel declared only by its HS code is a refined petroleum product
    Given the event:
      """
      {id: diesel-hs, type: transfer, date: 2019-04-01, origin: CN, destination: KP,
       items: [{hs_code: "2710.19.91"}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.refined_petroleum.supply"

  Scenario: A notification sent to a national ministry is not a notification to the Committee
    Given the event:
      """
      id: diesel-ministry
      type: transfer
      date: 2018-03-01
      origin: CN
      destination: KP
      items: [{category: refined_petroleum}]
      authorizations:
        - {type: notification, issued_by: Dandong customs, addressed_to: PRC Ministry of Commerce, date: 2018-03-05}
      """
    When the events are checked
    Then there is a review finding for "dprk.refined_petroleum.supply"
    And the exemption "dprk.refined_petroleum.supply.notified" was weighed and did not apply for "dprk.refined_petroleum.supply"

  Scenario: Liquefied petroleum gas is only possibly a refined product: review
    Given the event:
      """
      {id: lpg, type: transfer, date: 2018-03-01, origin: CN, destination: KP,
       items: [{hs_code: "2711.13"}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.refined_petroleum.supply"

  Scenario: Refined petroleum under a 1718 Committee exemption valid on the day
    Given the event:
      """
      id: diesel-committee
      type: transfer
      date: 2019-05-01
      origin: SE
      destination: KP
      items: [{category: refined_petroleum, description: diesel for aid-agency generators}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2019-04-01, valid_until: 2019-10-01}
      """
    When the events are checked
    Then "dprk.refined_petroleum.supply" is lifted by exemption "dprk.refined_petroleum.supply.committee_exemption"

  Scenario: A Committee exemption that lapsed before the delivery
    Given the event:
      """
      id: diesel-committee-lapsed
      type: transfer
      date: 2019-11-01
      origin: SE
      destination: KP
      items: [{category: refined_petroleum}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2019-04-01, valid_until: 2019-10-01}
      """
    When the events are checked
    Then there is a review finding for "dprk.refined_petroleum.supply"
    And the exemption "dprk.refined_petroleum.supply.committee_exemption" was weighed and did not apply for "dprk.refined_petroleum.supply"

  # --- designated parties -----------------------------------------------------------------------------

  Scenario: A notified supply to a designated entity breaches 2397 OP5 all the same
    Given the event:
      """
      id: diesel-designated-2018
      type: transfer
      date: 2018-04-01
      origin: RU
      destination: KP
      parties:
        - {role: recipient, kind: entity, name: Korea Daesong General Trading Corporation, country: KP,
           identifiers: {un_reference: KPe.042}}
      items: [{category: refined_petroleum}]
      authorizations:
        - {type: notification, issued_by: Russian Federation, addressed_to: 1718 Committee, date: 2018-04-28}
      """
    When the events are checked
    Then there is a violation of "dprk.refined_petroleum.designated_party"
    And the finding for "dprk.refined_petroleum.designated_party" cites resolution 2397 paragraph "5" marked "verified"
    And "dprk.refined_petroleum.supply" is lifted by exemption "dprk.refined_petroleum.supply.notified"

  Scenario: A designated intermediary in the first allowance period breaches 2375 OP14
    Given the event:
      """
      id: diesel-designated-2017
      type: transfer
      date: 2017-10-01
      origin: CN
      destination: KP
      parties:
        - {role: intermediary, kind: entity, name: Korea Kumsan Trading Corporation, country: KP,
           identifiers: {un_reference: KPe.044}}
      items: [{category: refined_petroleum}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-10-30}
      """
    When the events are checked
    Then there is a violation of "dprk.refined_petroleum.designated_party"
    And the finding for "dprk.refined_petroleum.designated_party" cites resolution 2375 paragraph "14" marked "unconfirmed"

  Scenario: Before the first allowance period the designated-party test has no role
    Given the event:
      """
      id: diesel-designated-sept
      type: transfer
      date: 2017-09-30
      origin: CN
      destination: KP
      parties:
        - {role: recipient, kind: entity, name: Korea Kumsan Trading Corporation, country: KP,
           identifiers: {un_reference: KPe.044}}
      items: [{category: refined_petroleum}]
      """
    When the events are checked
    Then there is no finding for "dprk.refined_petroleum.designated_party"
    And there is a violation of "dprk.refined_petroleum.supply"

  Scenario: A designated party's supply under a 1718 Committee exemption
    Given the event:
      """
      id: diesel-designated-committee
      type: transfer
      date: 2018-04-01
      origin: RU
      destination: KP
      parties:
        - {role: recipient, kind: entity, name: Korea Daesong General Trading Corporation, country: KP,
           identifiers: {un_reference: KPe.042}}
      items: [{category: refined_petroleum}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-03-20, valid_until: 2018-06-20}
      """
    When the events are checked
    Then "dprk.refined_petroleum.designated_party" is lifted by exemption "dprk.refined_petroleum.designated_party.committee_exemption"

  Scenario: A Committee exemption issued by a national authority does not lift the designated-party breach
    Given the event:
      """
      id: diesel-designated-fake
      type: transfer
      date: 2018-04-01
      origin: RU
      destination: KP
      parties:
        - {role: recipient, kind: entity, name: Korea Daesong General Trading Corporation, country: KP,
           identifiers: {un_reference: KPe.042}}
      items: [{category: refined_petroleum}]
      authorizations:
        - {type: committee_exemption, issued_by: Ministry of Economic Development, date: 2018-03-20}
      """
    When the events are checked
    Then there is a violation of "dprk.refined_petroleum.designated_party"
    And the exemption "dprk.refined_petroleum.designated_party.committee_exemption" was weighed and did not apply for "dprk.refined_petroleum.designated_party"

  # --- look-alikes -------------------------------------------------------------------------------------

  Scenario: Diesel to Japan with a designated-looking reference is no DPRK matter
    Given the event:
      """
      id: diesel-jp
      type: transfer
      date: 2018-04-01
      origin: KR
      destination: JP
      parties: [{role: recipient, kind: entity, name: Tokyo fuel importer, country: JP,
                 identifiers: {un_reference: QDe.001}}]
      items: [{category: refined_petroleum}]
      """
    When the events are checked
    Then there is no finding for "dprk.refined_petroleum.supply"
    And there is no finding for "dprk.refined_petroleum.designated_party"

  Scenario: Fertiliser to the DPRK is not a petroleum product
    Given the event:
      """
      {id: urea, type: transfer, date: 2018-04-01, origin: CN, destination: KP,
       items: [{hs_code: "3102.10"}]}
      """
    When the events are checked
    Then there is no finding for "dprk.refined_petroleum.supply"
