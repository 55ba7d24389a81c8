@dprk @exports
Feature: Sale or transfer of fishing rights by the DPRK (dprk.fishing_rights)
  2397 OP6 (verified) "clarifies" that 2371 OP9 (verified) prohibits the DPRK from selling or
  transferring fishing rights. A clarification says what the 2017-08-05 text already meant, so:
    2017-08-05  2371 OP9              a sale of fishing rights breaches the seafood paragraph
    2017-12-22  2371 OP9 + 2397 OP6   the same, now expressly clarified
  The events are of type fishing_rights_transfer (no goods); the seller is the DPRK or a DPRK
  entity, or the rights come from the DPRK (origin KP).
  Exemption:
    committee_exemption  from 2016-11-30  a 1718 Committee exemption valid on the day (2321 OP46)

  Scenario: The DPRK sells fishing rights to a Chinese fleet in October 2017: 2371 OP9
    Given the event:
      """
      id: rights-2017
      type: fishing_rights_transfer
      date: 2017-10-01
      parties:
        - {role: seller, kind: state, name: DPRK, country: KP}
        - {role: buyer, kind: entity, name: a Chinese fishing company, country: CN}
      amount: {value: 30000000, currency: USD}
      """
    When the events are checked
    Then there is a violation of "dprk.fishing_rights"
    And the finding for "dprk.fishing_rights" cites resolution 2371 paragraph "9" marked "verified"
    And the finding for "dprk.fishing_rights" does not cite resolution 2397

  Scenario: The day before 2371 was adopted, selling fishing rights was no finding
    Given the event:
      """
      id: rights-eve
      type: fishing_rights_transfer
      date: 2017-08-04
      parties:
        - {role: seller, kind: state, name: DPRK, country: KP}
        - {role: buyer, kind: entity, country: CN}
      """
    When the events are checked
    Then there is no finding for "dprk.fishing_rights"

  Scenario: On 2017-12-21 the finding still cites 2371 OP9 alone
    Given the event:
      """
      id: rights-2017-12-21
      type: fishing_rights_transfer
      date: 2017-12-21
      parties:
        - {role: seller, kind: entity, name: DPRK fisheries bureau, country: KP}
        - {role: buyer, kind: entity, country: CN}
      """
    When the events are checked
    Then the finding for "dprk.fishing_rights" cites resolution 2371 paragraph "9"
    And the finding for "dprk.fishing_rights" does not cite resolution 2397

  Scenario: From 2017-12-22 the finding also cites the clarification in 2397 OP6
    Given the event:
      """
      id: rights-2017-12-22
      type: fishing_rights_transfer
      date: 2017-12-22
      parties:
        - {role: seller, kind: entity, name: DPRK fisheries bureau, country: KP}
        - {role: buyer, kind: entity, country: CN}
      """
    When the events are checked
    Then there is a violation of "dprk.fishing_rights"
    And the finding for "dprk.fishing_rights" cites resolution 2397 paragraph "6" marked "verified"
    And the finding for "dprk.fishing_rights" cites resolution 2371 paragraph "9" marked "verified"

  Scenario: Rights to DPRK waters recorded only by origin
    Given the event:
      """
      {id: rights-origin, type: fishing_rights_transfer, date: 2019-06-01, origin: KP,
       destination: CN}
      """
    When the events are checked
    Then there is a violation of "dprk.fishing_rights"

  # --- look-alikes ---------------------------------------------------------------------------------

  Scenario: Russian fishing rights sold to a Chinese company are no DPRK matter
    Given the event:
      """
      id: rights-ru
      type: fishing_rights_transfer
      date: 2019-06-01
      origin: RU
      parties:
        - {role: seller, kind: state, name: Russian Federation, country: RU}
        - {role: buyer, kind: entity, country: CN}
      """
    When the events are checked
    Then there are no findings

  Scenario: A DPRK buyer of foreign fishing rights is not the DPRK selling them
    Given the event:
      """
      id: rights-bought-by-kp
      type: fishing_rights_transfer
      date: 2019-06-01
      origin: RU
      parties:
        - {role: seller, kind: entity, country: RU}
        - {role: buyer, kind: entity, name: a DPRK fishing company, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.fishing_rights"

  Scenario: A shipment of fish is seafood, not a transfer of fishing rights
    Given the event:
      """
      {id: fish-goods, type: transfer, date: 2019-06-01, origin: KP, destination: CN,
       items: [{category: seafood}]}
      """
    When the events are checked
    Then there is no finding for "dprk.fishing_rights"
    And there is a violation of "dprk.seafood.export"

  # --- 1718 Committee exemption --------------------------------------------------------------------

  Scenario: Fishing rights under a 1718 Committee exemption valid on the day
    Given the event:
      """
      id: rights-committee
      type: fishing_rights_transfer
      date: 2019-06-01
      parties:
        - {role: seller, kind: state, name: DPRK, country: KP}
        - {role: buyer, kind: entity, country: CN}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2019-05-01, valid_until: 2019-12-31}
      """
    When the events are checked
    Then "dprk.fishing_rights" is lifted by exemption "dprk.fishing_rights.committee_exemption"

  Scenario: A licence from a national fisheries ministry is not a Committee exemption
    Given the event:
      """
      id: rights-licence
      type: fishing_rights_transfer
      date: 2019-06-01
      parties:
        - {role: seller, kind: state, name: DPRK, country: KP}
        - {role: buyer, kind: entity, country: CN}
      authorizations:
        - {type: licence, issued_by: DPRK Ministry of Fisheries, date: 2019-05-01}
      """
    When the events are checked
    Then there is a violation of "dprk.fishing_rights"
    And the exemption "dprk.fishing_rights.committee_exemption" was weighed and did not apply for "dprk.fishing_rights"
