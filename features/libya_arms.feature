@arms
Feature: Libya (1970) arms embargo, both ways
  rules/libya/arms.yaml. Not time-limited.

  libya.arms.import  supply of arms and related materiel to Libya, 1970 (2011) OP9 (verified),
                     from 2011-02-26.
  libya.arms.export  export from Libya and procurement from it, 1970 OP10 (verified), from
                     2011-02-26.
  Exemptions of the supply ban: 1970 OP9(c) (Committee approval, verified); 2009 OP13(a) as
  modified by 2174 OP8 (security assistance to the Libyan government with advance approval,
  verified), in that form from 2014-08-27. Not encoded: 1970 OP9(a)-(b), 2009 OP13(b) (see the rule file).

  Scenario: Rifles delivered to Libya breach the embargo: 1970 OP9
    Given the event:
      """
      id: ly-arms-import
      type: transfer
      date: 2019-05-06
      origin: AE
      destination: LY
      parties:
        - {role: supplier, kind: entity, name: Sunrise General Trading LLC, country: AE}
        - {role: recipient, kind: entity, name: Tripoli Security Services Co, country: LY}
      items:
        - {category: small_arms_light_weapons, quantity: 800, unit: each}
      """
    When the events are checked
    Then there is a violation of "libya.arms.import"
    And the finding for "libya.arms.import" cites resolution 1970 paragraph "9" marked "verified"
    And there is no finding for "libya.arms.export"

  Scenario: Ammunition bought from a Libyan seller for Sudan breaches the export ban: 1970 OP10
    Given the event:
      """
      id: ly-arms-export
      type: transfer
      date: 2019-05-06
      origin: LY
      destination: SD
      parties:
        - {role: seller, kind: entity, name: Sabha Trading House, country: LY}
        - {role: buyer, kind: entity, name: Nyala Import Co, country: SD}
      items:
        - {category: ammunition, quantity: 20, unit: t}
      """
    When the events are checked
    Then there is a violation of "libya.arms.export"
    And the finding for "libya.arms.export" cites resolution 1970 paragraph "10" marked "verified"
    And there is no finding for "libya.arms.import"

  Scenario: A delivery to Libya whose only item is unclassified is a review, not a violation
    Given the event:
      """
      id: ly-arms-unclassified
      type: transfer
      date: 2019-05-06
      origin: AE
      destination: LY
      parties:
        - {role: recipient, kind: entity, name: Tripoli Security Services Co, country: LY}
      items:
        - {description: crates of spare parts, quantity: 40, unit: each}
      """
    When the events are checked
    Then there is a review finding for "libya.arms.import"

  Scenario: Food to Libya, and rifles between two other countries, are not arms-embargo findings
    Given the events:
      """
      - id: ly-arms-food
        type: transfer
        date: 2019-05-06
        origin: AE
        destination: LY
        parties:
          - {role: recipient, kind: entity, name: Tripoli Security Services Co, country: LY}
        items:
          - {category: cereals, quantity: 500, unit: t}
      - id: ly-arms-elsewhere
        type: transfer
        date: 2019-05-06
        origin: AE
        destination: TN
        parties:
          - {role: supplier, kind: entity, name: Sunrise General Trading LLC, country: AE}
          - {role: recipient, kind: entity, name: Tunis Defence Supply, country: TN}
        items:
          - {category: small_arms_light_weapons, quantity: 800, unit: each}
      """
    When the events are checked
    Then there is no finding for "libya.arms.import"
    And there is no finding for "libya.arms.export"

  Scenario: The day before 1970 was adopted (2011-02-25) neither direction is a finding
    Given the events:
      """
      - id: ly-arms-import-day-before
        type: transfer
        date: 2011-02-25
        origin: AE
        destination: LY
        items:
          - {category: small_arms_light_weapons, quantity: 800, unit: each}
      - id: ly-arms-export-day-before
        type: transfer
        date: 2011-02-25
        origin: LY
        destination: SD
        items:
          - {category: ammunition, quantity: 20, unit: t}
      """
    When the events are checked
    Then there is no finding for "libya.arms.import"
    And there is no finding for "libya.arms.export"

  Scenario: A supply the 1970 Committee approved, valid on the day, is not a breach (1970 OP9(c))
    Given the event:
      """
      id: ly-arms-approved
      type: transfer
      date: 2019-05-06
      origin: AE
      destination: LY
      parties:
        - {role: recipient, kind: entity, name: Tripoli Security Services Co, country: LY}
      items:
        - {category: military_equipment, quantity: 12, unit: each}
      authorizations:
        - {type: committee_exemption, issued_by: 1970 Committee, date: 2019-04-01, valid_until: 2019-07-01}
      """
    When the events are checked
    Then "libya.arms.import" is lifted by exemption "libya.arms.import.committee_approval"

  Scenario: An approval of the 1970 Committee that had expired before the delivery does not cover it
    Given the event:
      """
      id: ly-arms-approval-expired
      type: transfer
      date: 2019-05-06
      origin: AE
      destination: LY
      parties:
        - {role: recipient, kind: entity, name: Tripoli Security Services Co, country: LY}
      items:
        - {category: military_equipment, quantity: 12, unit: each}
      authorizations:
        - {type: committee_exemption, issued_by: 1970 Committee, date: 2019-01-01, valid_until: 2019-03-01}
      """
    When the events are checked
    Then there is a violation of "libya.arms.import"
    And the exemption "libya.arms.import.committee_approval" was weighed and did not apply for "libya.arms.import"
    And the exemption "libya.arms.import.government_security_assistance" was weighed and did not apply for "libya.arms.import"

  Scenario: Approved security assistance to the Libyan government is not a breach (2009 OP13(a), 2174 OP8)
    Given the event:
      """
      id: ly-arms-government
      type: transfer
      date: 2019-05-06
      origin: IT
      destination: LY
      parties:
        - {role: supplier, kind: state, name: Italy, country: IT}
        - {role: recipient, kind: state, name: Government of National Accord, country: LY}
      items:
        - {category: military_equipment, quantity: 4, unit: each}
      authorizations:
        - {type: committee_exemption, issued_by: 1970 Committee, date: 2019-04-01, valid_until: 2019-07-01}
      """
    When the events are checked
    Then "libya.arms.import" is lifted by exemption "libya.arms.import.government_security_assistance"

  Scenario: Arms for the Libyan government without the Committee's approval are still a breach
    Given the event:
      """
      id: ly-arms-government-unapproved
      type: transfer
      date: 2019-05-06
      origin: IT
      destination: LY
      parties:
        - {role: supplier, kind: state, name: Italy, country: IT}
        - {role: recipient, kind: state, name: Government of National Accord, country: LY}
      items:
        - {category: military_equipment, quantity: 4, unit: each}
      """
    When the events are checked
    Then there is a violation of "libya.arms.import"
    And the exemption "libya.arms.import.government_security_assistance" was weighed and did not apply for "libya.arms.import"

  Scenario: Helmets and flak jackets brought in for UN staff's own use are not a breach (1970 OP9(b))
    Given the event:
      """
      id: ly-protective-un
      type: transfer
      date: 2019-05-06
      destination: LY
      purposes: [personal_use]
      parties:
        - {role: supplier, kind: entity, name: United Nations Support Mission in Libya, country: LY, humanitarian_actor: un}
      items:
        - {category: protective_clothing, quantity: 40, unit: each, description: military helmets}
        - {category: protective_clothing, quantity: 40, unit: each, description: flak jackets}
      """
    When the events are checked
    Then "libya.arms.import" is lifted by exemption "libya.arms.import.protective_clothing"

  Scenario: The same shipment with rifles in it is a breach: the exemption takes protective clothing only
    Given the event:
      """
      id: ly-protective-mixed
      type: transfer
      date: 2019-05-06
      destination: LY
      purposes: [personal_use]
      parties:
        - {role: supplier, kind: entity, name: United Nations Support Mission in Libya, country: LY, humanitarian_actor: un}
      items:
        - {category: protective_clothing, quantity: 40, unit: each, description: military helmets}
        - {category: small_arms_light_weapons, quantity: 4, unit: each}
      """
    When the events are checked
    Then there is a violation of "libya.arms.import"
    And the exemption "libya.arms.import.protective_clothing" was weighed and did not apply for "libya.arms.import"
