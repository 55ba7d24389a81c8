@dprk @exports
Feature: Procurement of statues from the DPRK (dprk.statues.export)
  2321 OP29 (number unconfirmed, content verified), from 2016-11-30: statues may not be procured
  from the DPRK, whether or not they originate there, unless the 1718 Committee approves in
  advance, case by case. Building statues abroad (Mansudae-type projects) is a service, not a
  procurement of goods, and is not judged by this rule.
  Exemption:
    committee_approval  from 2016-11-30  the Committee's case-by-case approval, given before the
                                          procurement (2321 OP29's own route)

  Scenario: A bronze statue bought from the DPRK in 2017 breaches 2321 OP29
    Given the event:
      """
      {id: statue-2017, type: transfer, date: 2017-06-01, origin: KP, destination: SN,
       items: [{category: statues, description: bronze statue, quantity: 1, unit: each}]}
      """
    When the events are checked
    Then there is a violation of "dprk.statues.export"
    And the finding for "dprk.statues.export" cites resolution 2321 paragraph "29" marked "unconfirmed"

  Scenario: The day before 2321 was adopted, a statue from the DPRK is no finding
    Given the event:
      """
      {id: statue-eve, type: transfer, date: 2016-11-29, origin: KP, destination: SN,
       items: [{category: statues}]}
      """
    When the events are checked
    Then there is no finding for "dprk.statues.export"

  Scenario: On the day 2321 was adopted the ban applies
    Given the event:
      """
      {id: statue-day, type: transfer, date: 2016-11-30, origin: KP, destination: SN,
       items: [{category: statues}]}
      """
    When the events are checked
    Then there is a violation of "dprk.statues.export"

  Scenario: Original sculpture declared only by its HS code
    Given the event:
      """
      {id: statue-hs, type: transfer, date: 2018-07-01, origin: KP, destination: CN,
       items: [{hs_code: "9703.00"}]}
      """
    When the events are checked
    Then there is a violation of "dprk.statues.export"

  Scenario: Ceramic statuettes are only possibly statues: review
    Given the event:
      """
      {id: statuette-hs, type: transfer, date: 2018-07-01, origin: KP, destination: CN,
       items: [{hs_code: "6913.90"}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.statues.export"
    And the review finding for "dprk.statues.export" names "HS 691390 only possibly makes it statues" as missing

  # --- look-alikes ---------------------------------------------------------------------------------

  Scenario: Paintings from the DPRK are not statues
    Given the event:
      """
      {id: paintings, type: transfer, date: 2018-07-01, origin: KP, destination: CN,
       items: [{hs_code: "9701.10"}]}
      """
    When the events are checked
    Then there is no finding for "dprk.statues.export"

  Scenario: An Italian statue is no DPRK matter
    Given the event:
      """
      {id: statue-it, type: transfer, date: 2018-07-01, origin: IT, destination: SN,
       items: [{category: statues}]}
      """
    When the events are checked
    Then there are no findings

  # --- Committee approval (2321 OP29) --------------------------------------------------------------

  Scenario: A statue procured with the Committee's prior approval
    Given the event:
      """
      id: statue-approved
      type: transfer
      date: 2018-05-01
      origin: KP
      destination: CN
      items: [{category: statues}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-04-01,
           covers: one commemorative statue}
      """
    When the events are checked
    Then "dprk.statues.export" is lifted by exemption "dprk.statues.export.committee_approval"

  Scenario: Approval given after the statue was shipped is not "in advance"
    Given the event:
      """
      id: statue-approved-late
      type: transfer
      date: 2018-05-01
      origin: KP
      destination: CN
      items: [{category: statues}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-06-01}
      """
    When the events are checked
    Then there is a violation of "dprk.statues.export"
    And the exemption "dprk.statues.export.committee_approval" was weighed and did not apply for "dprk.statues.export"
