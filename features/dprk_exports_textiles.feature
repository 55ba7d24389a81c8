@dprk @exports
Feature: Procurement of textiles from the DPRK (dprk.textiles.export)
  2375 OP16 (verified), from 2017-09-11: textiles, including but not limited to fabrics and
  partially or fully completed apparel, may not be procured from the DPRK, whether or not they
  originate there. 2375 gives no HS codes: the taxonomy reads Section XI (HS 50-63) as textiles;
  footwear (64) and headgear (65) are outside.
  Exemptions:
    wind_down           2017-09-11..2017-12-10  a written contract concluded before 2017-09-11,
                                                notified to the Committee (within 135 days, by
                                                2018-01-24: that limit is unconfirmed)
    committee_approval  from 2017-09-11          the Committee's case-by-case approval, given in
                                                advance (2375 OP16's own route)

  Scenario: Finished apparel from the DPRK on the day 2375 was adopted breaches 2375 OP16
    Given the event:
      """
      {id: apparel-day, type: transfer, date: 2017-09-11, origin: KP, destination: CN,
       items: [{category: apparel, description: men's suits, quantity: 4000, unit: each}]}
      """
    When the events are checked
    Then there is a violation of "dprk.textiles.export"
    And the finding for "dprk.textiles.export" cites resolution 2375 paragraph "16" marked "verified"
    And the explanation of "dprk.textiles.export" mentions "apparel is a kind of textiles"

  Scenario: The day before 2375 was adopted, DPRK apparel is no finding
    Given the event:
      """
      {id: apparel-eve, type: transfer, date: 2017-09-10, origin: KP, destination: CN,
       items: [{category: apparel}]}
      """
    When the events are checked
    Then there is no finding for "dprk.textiles.export"

  Scenario: Items with only HS codes for T-shirts and woven cotton fabric
    Given the events:
      """
      - {id: hs-6109, type: transfer, date: 2018-03-01, origin: KP, destination: CN,
         items: [{hs_code: "6109"}]}
      - {id: hs-5208, type: transfer, date: 2018-03-01, origin: KP, destination: CN,
         items: [{hs_code: "5208.12"}]}
      """
    When the events are checked
    Then there is a violation of "dprk.textiles.export" for event "hs-6109"
    And there is a violation of "dprk.textiles.export" for event "hs-5208"

  Scenario: Garments sewn in the DPRK and relabelled as Chinese (V-28 pattern)
    Given the event:
      """
      id: relabelled
      type: transfer
      date: 2018-06-01
      origin: CN
      destination: DE
      items: [{category: apparel, origin: KP, description: "jackets labelled Made in China"}]
      """
    When the events are checked
    Then there is a violation of "dprk.textiles.export"

  Scenario: Chinese fabric shipped back out of the DPRK is caught whether or not it originates there
    Given the event:
      """
      {id: fabric-cn-via-kp, type: transfer, date: 2018-06-01, origin: KP, destination: CN,
       items: [{category: textiles, origin: CN, description: unused fabric returned}]}
      """
    When the events are checked
    Then there is a violation of "dprk.textiles.export"

  Scenario: Carpets declared as rugs are textiles for the export ban
    Given the event:
      """
      {id: rugs, type: transfer, date: 2018-03-01, origin: KP, destination: CN,
       items: [{category: rugs_tapestries, description: hand-knotted carpets}]}
      """
    When the events are checked
    Then there is a violation of "dprk.textiles.export"
    And there is no finding for "dprk.luxury.supply"

  # --- look-alikes ---------------------------------------------------------------------------------

  Scenario: Footwear from the DPRK is not textiles
    Given the event:
      """
      {id: shoes, type: transfer, date: 2018-03-01, origin: KP, destination: CN,
       items: [{hs_code: "6403.99"}]}
      """
    When the events are checked
    Then there is no finding for "dprk.textiles.export"

  Scenario: Textiles supplied to the DPRK are not covered by the export ban
    Given the event:
      """
      {id: fabric-to-kp, type: transfer, date: 2018-03-01, origin: CN, destination: KP,
       items: [{category: textiles}]}
      """
    When the events are checked
    Then there is no finding for "dprk.textiles.export"

  Scenario: Bangladeshi apparel to Germany is no DPRK matter
    Given the event:
      """
      {id: apparel-bd, type: transfer, date: 2018-03-01, origin: BD, destination: DE,
       items: [{hs_code: "6205.20"}]}
      """
    When the events are checked
    Then there are no findings

  # --- wind-down (2017-09-11..2017-12-10) ------------------------------------------------------------

  Scenario: Last day of the 90-day window, prior contract notified to the Committee
    Given the event:
      """
      id: textiles-wind-down-last
      type: transfer
      date: 2017-12-10
      origin: KP
      destination: CN
      contract_date: 2017-08-01
      items: [{category: textiles}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-12-20}
      """
    When the events are checked
    Then "dprk.textiles.export" is lifted by exemption "dprk.textiles.export.wind_down"

  Scenario: On 2017-12-11 (a national reading of the window) the UN window is closed
    Given the event:
      """
      id: textiles-wind-down-after
      type: transfer
      date: 2017-12-11
      origin: KP
      destination: CN
      contract_date: 2017-08-01
      items: [{category: textiles}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-12-20}
      """
    When the events are checked
    Then there is a violation of "dprk.textiles.export"
    And the exemption "dprk.textiles.export.wind_down" was weighed and did not apply for "dprk.textiles.export" because "not available on 2017-12-11"

  Scenario: A contract signed after 2375 is not a prior contract
    Given the event:
      """
      id: textiles-late-contract
      type: transfer
      date: 2017-10-01
      origin: KP
      destination: CN
      contract_date: 2017-09-15
      items: [{category: textiles}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2017-10-05}
      """
    When the events are checked
    Then there is a violation of "dprk.textiles.export"
    And the exemption "dprk.textiles.export.wind_down" was weighed and did not apply for "dprk.textiles.export"

  Scenario: A prior contract never notified to the Committee
    Given the event:
      """
      id: textiles-unnotified
      type: transfer
      date: 2017-10-01
      origin: KP
      destination: CN
      contract_date: 2017-08-01
      items: [{category: textiles}]
      """
    When the events are checked
    Then there is a violation of "dprk.textiles.export"
    And the exemption "dprk.textiles.export.wind_down" was weighed and did not apply for "dprk.textiles.export"

  Scenario: A notification after the 135-day limit
    Given the event:
      """
      id: textiles-notice-late
      type: transfer
      date: 2017-10-01
      origin: KP
      destination: CN
      contract_date: 2017-08-01
      items: [{category: textiles}]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2018-01-25}
      """
    When the events are checked
    Then there is a violation of "dprk.textiles.export"
    And the exemption "dprk.textiles.export.wind_down" was weighed and did not apply for "dprk.textiles.export"

  # --- Committee approval (2375 OP16) --------------------------------------------------------------

  Scenario: Textiles procured with the Committee's case-by-case approval
    Given the event:
      """
      id: textiles-approved
      type: transfer
      date: 2018-05-01
      origin: KP
      destination: CN
      items: [{category: textiles}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-04-01, valid_until: 2018-12-31}
      """
    When the events are checked
    Then "dprk.textiles.export" is lifted by exemption "dprk.textiles.export.committee_approval"

  Scenario: An import licence from a national ministry is not the Committee's approval
    Given the event:
      """
      id: textiles-ministry
      type: transfer
      date: 2018-05-01
      origin: KP
      destination: CN
      items: [{category: textiles}]
      authorizations:
        - {type: committee_exemption, issued_by: PRC Ministry of Commerce, date: 2018-04-01}
      """
    When the events are checked
    Then there is a violation of "dprk.textiles.export"
    And the exemption "dprk.textiles.export.committee_approval" was weighed and did not apply for "dprk.textiles.export"
