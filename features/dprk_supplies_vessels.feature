@dprk @supplies
Feature: Supply of vessels to the DPRK (dprk.vessels.supply)
  No State may supply vessels to the DPRK:
    2016-11-30  2321 OP30  [V]  new vessels
    2017-12-22  2397 OP14  [V]  any vessel, new or used
  Pleasure craft (yachts, jet skis) are vessels. Exemption: the Committee's case-by-case approval
  (2321 OP30), valid on the day. From 2017-12-22 every vessel (HS 89) is also a transportation
  vehicle under dprk.sectoral.supply.

  Scenario: A new cargo ship delivered to the DPRK in 2017 breaches 2321 OP30
    Given the event:
      """
      {id: new-ship-2017, type: transfer, date: 2017-03-01, origin: CN, destination: KP,
       items: [{category: vessels, hs_code: "8901.90", condition: new, description: 5000 dwt general cargo ship}]}
      """
    When the events are checked
    Then there is a violation of "dprk.vessels.supply"
    And the finding for "dprk.vessels.supply" cites resolution 2321 paragraph "30" marked "verified"
    And the finding for "dprk.vessels.supply" does not cite resolution 2397

  Scenario: The day before 2321 was adopted, a new ship to the DPRK is no finding
    Given the event:
      """
      {id: new-ship-eve, type: transfer, date: 2016-11-29, origin: CN, destination: KP,
       items: [{category: vessels, condition: new}]}
      """
    When the events are checked
    Then there is no finding for "dprk.vessels.supply"

  Scenario: A used ship sold to a DPRK buyer in 2017 is outside 2321 OP30
    Given the event:
      """
      id: used-ship-2017
      type: transfer
      date: 2017-12-21
      origin: CN
      parties: [{role: buyer, kind: entity, name: DPRK shipping company, country: KP}]
      items: [{category: vessels, condition: used}]
      """
    When the events are checked
    Then there is no finding for "dprk.vessels.supply"

  Scenario: From 2017-12-22 a used ship breaches 2397 OP14
    Given the event:
      """
      id: used-ship-2017-12-22
      type: transfer
      date: 2017-12-22
      origin: CN
      parties: [{role: buyer, kind: entity, name: DPRK shipping company, country: KP}]
      items: [{category: vessels, condition: used}]
      """
    When the events are checked
    Then there is a violation of "dprk.vessels.supply"
    And the finding for "dprk.vessels.supply" cites resolution 2397 paragraph "14" marked "verified"

  Scenario: A tanker declared only by its HS code, condition unknown, in 2019
    Given the event:
      """
      {id: tanker-2019, type: transfer, date: 2019-06-01, origin: SL, destination: KP,
       items: [{hs_code: "8901.20"}]}
      """
    When the events are checked
    Then there is a violation of "dprk.vessels.supply"
    And the finding for "dprk.vessels.supply" cites resolution 2321 paragraph "30"

  Scenario: A new yacht in 2017 is a new vessel as well as a luxury good
    Given the event:
      """
      {id: yacht-2017, type: transfer, date: 2017-05-01, origin: IT, destination: KP,
       items: [{category: yachts, condition: new}]}
      """
    When the events are checked
    Then there is a violation of "dprk.vessels.supply"
    And there is a violation of "dprk.luxury.supply"

  Scenario: A vessel of unknown condition in 2017 is a review naming the missing field
    Given the event:
      """
      {id: ship-unknown-2017, type: transfer, date: 2017-05-01, origin: CN, destination: KP,
       items: [{category: vessels}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.vessels.supply"
    And the review finding for "dprk.vessels.supply" names "items[0].condition is not given" as missing

  Scenario: A used vessel in 2017 is outside 2321 OP30 (new vessels only)
    Given the event:
      """
      {id: ship-used-2017, type: transfer, date: 2017-05-01, origin: CN, destination: KP,
       items: [{category: vessels, condition: used}]}
      """
    When the events are checked
    Then there is no finding for "dprk.vessels.supply"

  Scenario: A fishing boat approved by the 1718 Committee
    Given the event:
      """
      id: boat-committee
      type: transfer
      date: 2018-06-01
      origin: KR
      destination: KP
      items: [{category: vessels, condition: used}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-05-01, valid_until: 2018-11-01}
      """
    When the events are checked
    Then "dprk.vessels.supply" is lifted by exemption "dprk.vessels.supply.committee_approval"

  Scenario: A flag State's permission is not the Committee's approval
    Given the event:
      """
      id: boat-flag-permission
      type: transfer
      date: 2018-06-01
      origin: SL
      destination: KP
      items: [{category: vessels, condition: used}]
      authorizations:
        - {type: licence, issued_by: Sierra Leone Maritime Administration, date: 2018-05-01}
      """
    When the events are checked
    Then there is a violation of "dprk.vessels.supply"
    And the exemption "dprk.vessels.supply.committee_approval" was weighed and did not apply for "dprk.vessels.supply"

  Scenario: A used ship sold to a Japanese buyer is no DPRK matter
    Given the event:
      """
      {id: ship-jp, type: transfer, date: 2018-06-01, origin: CN, destination: JP,
       items: [{category: vessels, condition: used}]}
      """
    When the events are checked
    Then there are no findings
