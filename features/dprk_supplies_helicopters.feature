@dprk @supplies
Feature: Supply of new helicopters to the DPRK (dprk.helicopters.supply)
  No State may supply new helicopters to the DPRK:
    2016-11-30  2321 OP30  [V]
  Used helicopters are outside the paragraph; from 2017-12-22 every helicopter is a transportation
  vehicle under dprk.sectoral.supply. Exemption: the Committee's case-by-case approval (2321 OP30).

  Scenario: A new helicopter delivered to the DPRK in 2017 breaches 2321 OP30
    Given the event:
      """
      {id: heli-2017, type: transfer, date: 2017-04-01, origin: IT, destination: KP,
       items: [{category: helicopters, condition: new, quantity: 1, unit: each}]}
      """
    When the events are checked
    Then there is a violation of "dprk.helicopters.supply"
    And the finding for "dprk.helicopters.supply" cites resolution 2321 paragraph "30" marked "verified"

  Scenario: The day before 2321 was adopted, a new helicopter is no finding
    Given the event:
      """
      {id: heli-eve, type: transfer, date: 2016-11-29, origin: IT, destination: KP,
       items: [{category: helicopters, condition: new}]}
      """
    When the events are checked
    Then there is no finding for "dprk.helicopters.supply"

  Scenario: A new helicopter declared by its HS code in 2018 breaches both supply bans
    Given the event:
      """
      {id: heli-hs-2018, type: transfer, date: 2018-04-01, origin: RU, destination: KP,
       items: [{hs_code: "8802.12", condition: new}]}
      """
    When the events are checked
    Then there is a violation of "dprk.helicopters.supply"
    And there is a violation of "dprk.sectoral.supply"

  Scenario: New aircraft parts are only possibly helicopter goods: review
    Given the event:
      """
      {id: heli-parts, type: transfer, date: 2017-04-01, origin: RU, destination: KP,
       items: [{hs_code: "8803.10", condition: new}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.helicopters.supply"
    And the review finding for "dprk.helicopters.supply" names "only possibly makes it helicopters" as missing

  Scenario: A used helicopter in 2017 is outside 2321 OP30
    Given the event:
      """
      {id: heli-used-2017, type: transfer, date: 2017-04-01, origin: RU, destination: KP,
       items: [{category: helicopters, condition: used}]}
      """
    When the events are checked
    Then there is no finding for "dprk.helicopters.supply"

  Scenario: A new air-ambulance helicopter approved by the 1718 Committee
    Given the event:
      """
      id: heli-committee
      type: transfer
      date: 2017-04-01
      origin: IT
      destination: KP
      items: [{category: helicopters, condition: new}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2017-03-01, valid_until: 2017-09-01}
      """
    When the events are checked
    Then "dprk.helicopters.supply" is lifted by exemption "dprk.helicopters.supply.committee_approval"

  Scenario: A Committee approval granted after the delivery
    Given the event:
      """
      id: heli-committee-late
      type: transfer
      date: 2017-04-01
      origin: IT
      destination: KP
      items: [{category: helicopters, condition: new}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2017-05-01}
      """
    When the events are checked
    Then there is a violation of "dprk.helicopters.supply"
    And the exemption "dprk.helicopters.supply.committee_approval" was weighed and did not apply for "dprk.helicopters.supply"

  Scenario: A new helicopter sold to South Korea is no DPRK matter
    Given the event:
      """
      {id: heli-kr, type: transfer, date: 2017-04-01, origin: IT, destination: KR,
       items: [{category: helicopters, condition: new}]}
      """
    When the events are checked
    Then there are no findings

  Scenario: A helicopter with no HS code and no condition reaches the rule: a review naming the field
    Given the event:
      """
      {id: heli-no-condition, type: transfer, date: 2017-04-01, origin: IT, destination: KP,
       items: [{category: helicopters, quantity: 1, unit: each}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.helicopters.supply"
    And the review finding for "dprk.helicopters.supply" names "items[0].condition is not given" as missing
