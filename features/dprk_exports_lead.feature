@dprk @exports
Feature: Procurement of lead and lead ore from the DPRK (dprk.minerals.export.lead)
  2371 OP10 (number unconfirmed), from 2017-08-05: lead and lead ore may not be procured from the
  DPRK, whether or not they originate there.
  Exemptions:
    wind_down            2017-08-05..2017-09-04  a written contract concluded before 2017-08-05,
                                                 notified to the Committee by 2017-09-19
                                                 (the wind-down itself is unconfirmed)
    committee_exemption  from 2016-11-30          a 1718 Committee exemption valid on the day

  Scenario: Lead ore from the DPRK on the day 2371 was adopted breaches 2371 OP10
    Given the event:
      """
      {id: lead-ore-day, type: transfer, date: 2017-08-05, origin: KP, destination: CN,
       items: [{category: lead_ore, quantity: 3000, unit: t}]}
      """
    When the events are checked
    Then there is a violation of "dprk.minerals.export.lead"
    And the finding for "dprk.minerals.export.lead" cites resolution 2371 paragraph "10" marked "unconfirmed"

  Scenario: The day before 2371 was adopted, lead ore from the DPRK is no finding
    Given the event:
      """
      {id: lead-ore-eve, type: transfer, date: 2017-08-04, origin: KP, destination: CN,
       items: [{category: lead_ore}]}
      """
    When the events are checked
    Then there is no finding for "dprk.minerals.export.lead"

  Scenario: Items with only HS codes for lead ore and unwrought lead
    Given the events:
      """
      - {id: hs-2607, type: transfer, date: 2018-02-01, origin: KP, destination: CN,
         items: [{hs_code: "2607.00"}]}
      - {id: hs-7801, type: transfer, date: 2018-02-01, origin: KP, destination: CN,
         items: [{hs_code: "7801.10"}]}
      """
    When the events are checked
    Then there is a violation of "dprk.minerals.export.lead" for event "hs-2607"
    And there is a violation of "dprk.minerals.export.lead" for event "hs-7801"

  Scenario: Lead sold by a DPRK company with the goods' origin left blank
    Given the event:
      """
      id: lead-seller
      type: transfer
      date: 2018-02-01
      destination: CN
      parties: [{role: supplier, kind: entity, name: Korea Lead Export Company, country: KP}]
      items: [{category: lead}]
      """
    When the events are checked
    Then there is a violation of "dprk.minerals.export.lead"

  # --- look-alikes ---------------------------------------------------------------------------------

  Scenario: Tin from the DPRK is not lead
    Given the event:
      """
      {id: tin, type: transfer, date: 2018-02-01, origin: KP, destination: CN,
       items: [{hs_code: "8001.10"}]}
      """
    When the events are checked
    Then there is no finding for "dprk.minerals.export.lead"

  Scenario: Lead supplied to the DPRK is not covered by the export ban
    Given the event:
      """
      {id: lead-to-kp, type: transfer, date: 2018-02-01, origin: CN, destination: KP,
       items: [{category: lead}]}
      """
    When the events are checked
    Then there is no finding for "dprk.minerals.export.lead"

  # --- wind-down (2017-08-05..2017-09-04, notification by 2017-09-19) ------------------------------

  Scenario: Last day of the wind-down, prior contract notified in time
    Given the event:
      """
      id: lead-wind-down-last
      type: transfer
      date: 2017-09-04
      origin: KP
      destination: CN
      contract_date: 2017-07-20
      items: [{category: lead_ore}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-09-10}
      """
    When the events are checked
    Then "dprk.minerals.export.lead" is lifted by exemption "dprk.minerals.export.lead.wind_down"

  Scenario: First day after the wind-down, the same contract no longer helps
    Given the event:
      """
      id: lead-wind-down-after
      type: transfer
      date: 2017-09-05
      origin: KP
      destination: CN
      contract_date: 2017-07-20
      items: [{category: lead_ore}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-09-10}
      """
    When the events are checked
    Then there is a violation of "dprk.minerals.export.lead"
    And the exemption "dprk.minerals.export.lead.wind_down" was weighed and did not apply for "dprk.minerals.export.lead" because "not available on 2017-09-05"

  Scenario: A contract signed after 2371 is not a prior contract
    Given the event:
      """
      id: lead-late-contract
      type: transfer
      date: 2017-08-20
      origin: KP
      destination: CN
      contract_date: 2017-08-10
      items: [{category: lead}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-09-01}
      """
    When the events are checked
    Then there is a violation of "dprk.minerals.export.lead"
    And the exemption "dprk.minerals.export.lead.wind_down" was weighed and did not apply for "dprk.minerals.export.lead"

  Scenario: A notification sent after the 45-day limit
    Given the event:
      """
      id: lead-late-notice
      type: transfer
      date: 2017-08-20
      origin: KP
      destination: CN
      contract_date: 2017-07-20
      items: [{category: lead}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-09-20}
      """
    When the events are checked
    Then there is a violation of "dprk.minerals.export.lead"
    And the exemption "dprk.minerals.export.lead.wind_down" was weighed and did not apply for "dprk.minerals.export.lead"

  # --- 1718 Committee exemption --------------------------------------------------------------------

  Scenario: Lead under a 1718 Committee exemption valid on the day
    Given the event:
      """
      id: lead-committee
      type: transfer
      date: 2019-03-01
      origin: KP
      destination: CN
      items: [{category: lead}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2019-02-01}
      """
    When the events are checked
    Then "dprk.minerals.export.lead" is lifted by exemption "dprk.minerals.export.lead.committee_exemption"

  Scenario: A Committee exemption issued after the shipment does not cover it
    Given the event:
      """
      id: lead-committee-later
      type: transfer
      date: 2019-03-01
      origin: KP
      destination: CN
      items: [{category: lead}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2019-04-01}
      """
    When the events are checked
    Then there is a violation of "dprk.minerals.export.lead"
    And the exemption "dprk.minerals.export.lead.committee_exemption" was weighed and did not apply for "dprk.minerals.export.lead"
