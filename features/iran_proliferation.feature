@arms
Feature: Iran nuclear and ballistic-missile measures (rules/iran/proliferation.yaml)
  Re-applied effective 27 September 2025, 20:00 EDT (28 September 00:00 UTC; contested), judged
  from 2025-09-28:
    iran.missile.supply       1737 OP3-4 [U]               missile items to Iran
    iran.nuclear.supply       1737 OP3-4, 1803 OP8 [U]     nuclear items to Iran: a review, the
                                                           exceptions (1737 OP3(b), OP5, 1803
                                                           OP8(a)) turn on what the items are for
    iran.proliferation.export 1737 OP7 [U]                 nuclear or missile items from Iran
    iran.missile.services     1737 OP6, 1929 OP9 [U]       technical assistance on missile items
    iran.missile.activity     1929 OP9 [U]                 a ballistic-missile launch by Iran:
                                                           review whether it is nuclear-capable
  Exemption: the 1737 Committee's case-by-case approval (1737 OP9 [V] as an exemption provision).

  Scenario: Missile guidance sets delivered to Iran in 2026 breach the supply ban
    Given the event:
      """
      {id: ir-msl, type: transfer, date: 2026-02-10, origin: CN, destination: IR,
       items: [{category: missile_item, description: inertial guidance sets, quantity: 40, unit: each}]}
      """
    When the events are checked
    Then there is a violation of "iran.missile.supply"
    And the finding for "iran.missile.supply" cites resolution 1737 paragraph "4" marked "unconfirmed"
    And there is no finding for "iran.nuclear.supply"

  Scenario: A complete ballistic missile sold to an Iranian buyer is a missile item and major arms
    Given the event:
      """
      id: ir-bm
      type: transfer
      date: 2025-11-03
      origin: KP
      parties: [{role: buyer, kind: state, name: Islamic Republic of Iran, country: IR}]
      items: [{category: ballistic_missile, quantity: 2, unit: each}]
      """
    When the events are checked
    Then there is a violation of "iran.missile.supply"
    And there is a violation of "iran.arms.import"

  Scenario: The day before the re-application, missile items to Iran are no finding
    Given the event:
      """
      {id: ir-msl-eve, type: transfer, date: 2025-09-27, origin: CN, destination: IR,
       items: [{category: missile_item}]}
      """
    When the events are checked
    Then there is no finding for "iran.missile.supply"

  Scenario: Missile items to Turkey are no Iran matter
    Given the event:
      """
      {id: ir-msl-tr, type: transfer, date: 2026-02-10, origin: CN, destination: TR,
       items: [{category: missile_item}]}
      """
    When the events are checked
    Then there is no finding for "iran.missile.supply"

  Scenario: An item declared only as a WMD item is a review: it may be chemical or biological
    Given the event:
      """
      {id: ir-wmd, type: transfer, date: 2026-02-10, origin: CN, destination: IR,
       items: [{category: wmd_item}]}
      """
    When the events are checked
    Then there is a review finding for "iran.missile.supply"
    And there is a review finding for "iran.nuclear.supply"
    And there is no finding for "iran.arms.import"

  Scenario: Rocket motors by HS code are only possibly missile items: review
    Given the event:
      """
      {id: ir-hs, type: transfer, date: 2026-02-10, origin: CN, destination: IR,
       items: [{hs_code: "8412.10"}]}
      """
    When the events are checked
    Then there is a review finding for "iran.missile.supply"

  Scenario: Missile items approved by the 1737 Committee are lifted
    Given the event:
      """
      id: ir-msl-ok
      type: transfer
      date: 2026-02-10
      origin: DE
      destination: IR
      items: [{category: missile_item}]
      authorizations:
        - {type: committee_exemption, issued_by: 1737 Committee, date: 2026-01-05, valid_until: 2026-06-30}
      """
    When the events are checked
    Then "iran.missile.supply" is lifted by exemption "iran.missile.supply.committee_approval"

  Scenario: An approval of another Committee does not lift it
    Given the event:
      """
      id: ir-msl-other
      type: transfer
      date: 2026-02-10
      origin: DE
      destination: IR
      items: [{category: missile_item}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2026-01-05}
      """
    When the events are checked
    Then there is a violation of "iran.missile.supply"
    And the exemption "iran.missile.supply.committee_approval" was weighed and did not apply for "iran.missile.supply"

  Scenario: Nuclear items to Iran are a review naming the exception that may cover them
    Given the event:
      """
      {id: ir-nuc, type: transfer, date: 2026-03-01, origin: RU, destination: IR,
       items: [{category: nuclear_item, description: fuel assemblies}]}
      """
    When the events are checked
    Then there is a review finding for "iran.nuclear.supply"
    And the review finding for "iran.nuclear.supply" names "light-water reactors" as missing
    And the finding for "iran.nuclear.supply" cites resolution 1803 paragraph "8" marked "unconfirmed"
    And there is no finding for "iran.missile.supply"

  Scenario: The day before the re-application, nuclear items to Iran are no finding
    Given the event:
      """
      {id: ir-nuc-eve, type: transfer, date: 2025-09-27, origin: RU, destination: IR,
       items: [{category: nuclear_item}]}
      """
    When the events are checked
    Then there is no finding for "iran.nuclear.supply"

  Scenario: Nuclear items to Iran with the 1737 Committee's approval are lifted
    Given the event:
      """
      id: ir-nuc-ok
      type: transfer
      date: 2026-03-01
      origin: RU
      destination: IR
      items: [{category: nuclear_item}]
      authorizations:
        - {type: committee_exemption, issued_by: 1737 Committee, date: 2026-02-01}
      """
    When the events are checked
    Then "iran.nuclear.supply" is lifted by exemption "iran.nuclear.supply.committee_approval"

  Scenario: A Committee approval that expired before the delivery does not lift it
    Given the event:
      """
      id: ir-nuc-late
      type: transfer
      date: 2026-03-01
      origin: RU
      destination: IR
      items: [{category: nuclear_item}]
      authorizations:
        - {type: committee_exemption, issued_by: 1737 Committee, date: 2025-12-01, valid_until: 2026-01-31}
      """
    When the events are checked
    Then there is a review finding for "iran.nuclear.supply"
    And the exemption "iran.nuclear.supply.committee_approval" was weighed and did not apply for "iran.nuclear.supply"

  Scenario: Centrifuge components bought from Iran breach the export ban
    Given the event:
      """
      {id: ir-exp, type: transfer, date: 2026-01-20, origin: IR, destination: SY,
       items: [{category: nuclear_item, description: centrifuge rotors}]}
      """
    When the events are checked
    Then there is a violation of "iran.proliferation.export"
    And the finding for "iran.proliferation.export" cites resolution 1737 paragraph "7" marked "unconfirmed"

  Scenario: Missile items of other origin sold by an Iranian seller breach it too
    Given the event:
      """
      id: ir-exp-seller
      type: transfer
      date: 2026-01-20
      origin: AE
      destination: YE
      parties: [{role: seller, kind: entity, name: Example Trading, country: IR}]
      items: [{category: missile_item, origin: CN}]
      """
    When the events are checked
    Then there is a violation of "iran.proliferation.export"

  Scenario: An export declared only as a WMD item is a review
    Given the event:
      """
      {id: ir-exp-wmd, type: transfer, date: 2026-01-20, origin: IR, destination: SY,
       items: [{category: wmd_item}]}
      """
    When the events are checked
    Then there is a review finding for "iran.proliferation.export"

  Scenario: The day before the re-application, the export is no finding
    Given the event:
      """
      {id: ir-exp-eve, type: transfer, date: 2025-09-27, origin: IR, destination: SY,
       items: [{category: nuclear_item}]}
      """
    When the events are checked
    Then there is no finding for "iran.proliferation.export"

  Scenario: Iranian pistachios are no proliferation matter
    Given the event:
      """
      {id: ir-food, type: transfer, date: 2026-01-20, origin: IR, destination: DE,
       items: [{category: food_agricultural, description: pistachios}]}
      """
    When the events are checked
    Then there is no finding for "iran.proliferation.export"

  Scenario: Training Iranian engineers on missile guidance breaches the services ban
    Given the event:
      """
      id: ir-svc
      type: technical_cooperation
      date: 2026-04-02
      origin: BY
      parties:
        - {role: provider, kind: entity, name: Example Institute, country: BY}
        - {role: recipient, kind: entity, name: Example Aerospace Group, country: IR}
      items: [{category: missile_item, description: guidance and control course}]
      """
    When the events are checked
    Then there is a violation of "iran.missile.services"
    And the finding for "iran.missile.services" cites resolution 1929 paragraph "9" marked "unconfirmed"

  Scenario: Training on a subject declared only as WMD is a review
    Given the event:
      """
      id: ir-svc-wmd
      type: technical_cooperation
      date: 2026-04-02
      parties: [{role: recipient, kind: entity, name: Example Group, country: IR}]
      items: [{category: wmd_item}]
      """
    When the events are checked
    Then there is a review finding for "iran.missile.services"

  Scenario: The day before the re-application, the training is no finding
    Given the event:
      """
      id: ir-svc-eve
      type: technical_cooperation
      date: 2025-09-27
      parties: [{role: recipient, kind: entity, name: Example Aerospace Group, country: IR}]
      items: [{category: missile_item}]
      """
    When the events are checked
    Then there is no finding for "iran.missile.services"

  Scenario: Medical training for Iranian doctors is no missile matter
    Given the event:
      """
      id: ir-svc-med
      type: technical_cooperation
      date: 2026-04-02
      parties: [{role: recipient, kind: entity, name: Tehran Heart Centre, country: IR}]
      items: [{category: medical_science}]
      """
    When the events are checked
    Then there is no finding for "iran.missile.services"

  Scenario: Missile training approved by the 1737 Committee is lifted
    Given the event:
      """
      id: ir-svc-ok
      type: technical_cooperation
      date: 2026-04-02
      parties: [{role: recipient, kind: entity, name: Example Aerospace Group, country: IR}]
      items: [{category: missile_item}]
      authorizations:
        - {type: committee_exemption, issued_by: 1737 Committee, date: 2026-03-01}
      """
    When the events are checked
    Then "iran.missile.services" is lifted by exemption "iran.missile.services.committee_approval"

  Scenario: A notification is not the Committee's approval
    Given the event:
      """
      id: ir-svc-notice
      type: technical_cooperation
      date: 2026-04-02
      parties: [{role: recipient, kind: entity, name: Example Aerospace Group, country: IR}]
      items: [{category: missile_item}]
      authorizations:
        - {type: notification, addressed_to: 1737 Committee, date: 2026-03-01}
      """
    When the events are checked
    Then there is a violation of "iran.missile.services"
    And the exemption "iran.missile.services.committee_approval" was weighed and did not apply for "iran.missile.services"

  Scenario: A ballistic-missile launch by Iran is a review: is the missile nuclear-capable?
    Given the event:
      """
      id: ir-launch
      type: weapons_test
      date: 2026-05-14
      location: {country: IR}
      parties: [{role: conducting_state, kind: state, name: Islamic Republic of Iran, country: IR}]
      items: [{category: ballistic_missile, description: medium-range ballistic missile}]
      """
    When the events are checked
    Then there is a review finding for "iran.missile.activity"
    And the review finding for "iran.missile.activity" names "capable of delivering nuclear weapons" as missing

  Scenario: A launch before the re-application is no finding
    Given the event:
      """
      id: ir-launch-eve
      type: weapons_test
      date: 2025-09-27
      parties: [{role: conducting_state, kind: state, name: Islamic Republic of Iran, country: IR}]
      items: [{category: ballistic_missile}]
      """
    When the events are checked
    Then there is no finding for "iran.missile.activity"

  Scenario: A launch by another State is no Iran matter
    Given the event:
      """
      id: ir-launch-other
      type: weapons_test
      date: 2026-05-14
      parties: [{role: conducting_state, kind: state, name: Republic of India, country: IN}]
      items: [{category: ballistic_missile}]
      """
    When the events are checked
    Then there is no finding for "iran.missile.activity"
