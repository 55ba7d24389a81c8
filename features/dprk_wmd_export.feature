@dprk @arms
Feature: Procurement of nuclear, ballistic-missile and other WMD items from the DPRK (dprk.wmd.export)
  The DPRK may not export, and no State may procure from it, items on the regime's WMD lists,
  whether or not they originate in the DPRK:
    2006-10-14  1718 OP8(b)   [V-c]
    2009-06-12  1874 OP23     [V]    (lists)
    2013-01-22  2087 OP5(b)   [V]    (lists)
    2013-03-07  2094 OP20     [V]    (Annex III)
  No exemption.

  Scenario: A DPRK shipment of listed items to Syria in 2008 breaches 1718 OP8(b)
    Given the event:
      """
      id: kp-sy-2008
      type: transfer
      date: 2008-03-01
      origin: KP
      destination: SY
      parties: [{role: supplier, kind: entity, name: DPRK nuclear procurement company, country: KP}]
      items: [{category: wmd_item, description: reactor components}]
      """
    When the events are checked
    Then there is a violation of "dprk.wmd.export"
    And the finding for "dprk.wmd.export" cites resolution 1718 paragraph "8(b)" marked "content-verified"
    And the finding for "dprk.wmd.export" does not cite resolution 1874

  Scenario: The day before 1718 was adopted, a DPRK export of listed items is no finding
    Given the event:
      """
      {id: kp-eve, type: transfer, date: 2006-10-13, origin: KP, destination: SY,
       items: [{category: wmd_item}]}
      """
    When the events are checked
    Then there is no finding for "dprk.wmd.export"

  Scenario: From 2009-06-12 the finding cites the 1874 lists
    Given the event:
      """
      {id: kp-2009, type: transfer, date: 2009-06-12, origin: KP, destination: MM,
       items: [{category: wmd_item}]}
      """
    When the events are checked
    Then there is a violation of "dprk.wmd.export"
    And the finding for "dprk.wmd.export" cites resolution 1874 paragraph "23" marked "verified"
    And the finding for "dprk.wmd.export" does not cite resolution 2087

  Scenario: From 2013-01-22 the finding cites the 2087 lists
    Given the event:
      """
      {id: kp-2013-01, type: transfer, date: 2013-01-22, origin: KP, destination: MM,
       items: [{category: wmd_item}]}
      """
    When the events are checked
    Then the finding for "dprk.wmd.export" cites resolution 2087 paragraph "5(b)" marked "verified"
    And the finding for "dprk.wmd.export" does not cite resolution 2094

  Scenario: From 2013-03-07 the finding cites 2094 Annex III
    Given the event:
      """
      {id: kp-2013-03, type: transfer, date: 2013-03-07, origin: KP, destination: MM,
       items: [{category: wmd_item}]}
      """
    When the events are checked
    Then there is a violation of "dprk.wmd.export"
    And the finding for "dprk.wmd.export" cites resolution 2094 paragraph "20" marked "verified"

  Scenario: DPRK-made listed items shipped on from China are still from the DPRK
    Given the event:
      """
      {id: kp-via-cn, type: transfer, date: 2018-05-01, origin: CN, destination: IR,
       items: [{category: wmd_item, origin: KP}]}
      """
    When the events are checked
    Then there is a violation of "dprk.wmd.export"

  Scenario: Ballistic missiles from the DPRK to Russia (2023)
    Given the event:
      """
      id: kn23-2023
      type: transfer
      date: 2023-12-30
      origin: KP
      destination: RU
      parties:
        - {role: supplier, kind: state, name: DPRK, country: KP}
        - {role: recipient, kind: state, name: Russian Federation, country: RU}
      items: [{category: ballistic_missile, description: KN-23 short-range ballistic missiles}]
      """
    When the events are checked
    Then there is a violation of "dprk.wmd.export"
    And there is a violation of "dprk.arms.export"

  Scenario: Cargo leaving the DPRK with only a description needs a control-list check
    Given the event:
      """
      {id: kp-unknown, type: transfer, date: 2018-05-01, origin: KP, destination: SY,
       items: [{description: aluminium tubes}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.wmd.export"

  Scenario: Listed items exported from Pakistan to Libya are no DPRK matter
    Given the event:
      """
      {id: pk-ly, type: transfer, date: 2008-03-01, origin: PK, destination: LY,
       items: [{category: wmd_item}]}
      """
    When the events are checked
    Then there are no findings
