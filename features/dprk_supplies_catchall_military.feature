@dprk @supplies @arms
Feature: Military catch-all (dprk.arms.catchall_military)
  Any item except food or medicine is banned to and from the DPRK if the State determines it could
  directly contribute to the operational capabilities of the DPRK's armed forces, or to exports
  that support another State's armed forces:
    2016-03-02  2270 OP8  [V]
  The ban rests on a State's determination, which an event cannot make: the rule is review-only.
  It asks for review when an item other than food, medicine, arms or WMD items (those have their
  own rules) goes to or from the DPRK with an armed force named as recipient or buyer.
  Exemptions:
    humanitarian_livelihood  2270 OP8(a): State determination of exclusively humanitarian or
                             livelihood purpose, notified to the Committee in advance
    committee_determination  2270 OP8(b): the Committee's case-by-case determination

  Scenario: Trucks for the Korean People's Army in 2017: review under 2270 OP8
    Given the event:
      """
      id: kpa-trucks
      type: transfer
      date: 2017-06-01
      origin: CN
      destination: KP
      parties: [{role: recipient, kind: entity, name: "Korean People's Army", country: KP}]
      items: [{category: consumer_goods, description: tyres and truck batteries}]
      """
    When the events are checked
    Then there is a review finding for "dprk.arms.catchall_military"
    And the finding for "dprk.arms.catchall_military" cites resolution 2270 paragraph "8" marked "verified"

  Scenario: The day before 2270 was adopted the catch-all did not exist
    Given the event:
      """
      id: kpa-eve
      type: transfer
      date: 2016-03-01
      origin: CN
      destination: KP
      parties: [{role: recipient, kind: entity, name: "Korean People's Army", country: KP}]
      items: [{category: consumer_goods}]
      """
    When the events are checked
    Then there is no finding for "dprk.arms.catchall_military"

  Scenario: Goods from the DPRK bought by another State's defence ministry: review
    Given the event:
      """
      id: export-to-army
      type: transfer
      date: 2016-09-01
      origin: KP
      destination: ER
      parties:
        - {role: seller, kind: entity, name: DPRK export company, country: KP}
        - {role: buyer, kind: state, name: Ministry of Defence, country: ER}
      items: [{category: consumer_goods, description: field radios batteries and uniforms}]
      """
    When the events are checked
    Then there is a review finding for "dprk.arms.catchall_military"

  Scenario: Rice for the army is food, outside the catch-all
    Given the event:
      """
      id: kpa-rice
      type: transfer
      date: 2017-06-01
      origin: CN
      destination: KP
      parties: [{role: recipient, kind: entity, name: "Korean People's Army", country: KP}]
      items: [{category: cereals}]
      """
    When the events are checked
    Then there is no finding for "dprk.arms.catchall_military"

  Scenario: Medicines for a military hospital are outside the catch-all
    Given the event:
      """
      id: kpa-medicine
      type: transfer
      date: 2017-06-01
      origin: CN
      destination: KP
      parties: [{role: recipient, kind: entity, name: Military hospital No. 2, country: KP}]
      items: [{hs_code: "3004.20"}]
      """
    When the events are checked
    Then there is no finding for "dprk.arms.catchall_military"

  Scenario: Rifles for the army are arms: the arms embargo, not the catch-all
    Given the event:
      """
      id: kpa-rifles
      type: transfer
      date: 2017-06-01
      origin: CN
      destination: KP
      parties: [{role: recipient, kind: entity, name: "Korean People's Army", country: KP}]
      items: [{category: small_arms_light_weapons}]
      """
    When the events are checked
    Then there is a violation of "dprk.arms.import"
    And there is no finding for "dprk.arms.catchall_military"

  Scenario: Tyres for a DPRK civilian bus company are no catch-all matter
    Given the event:
      """
      id: bus-tyres
      type: transfer
      date: 2017-06-01
      origin: CN
      destination: KP
      parties: [{role: recipient, kind: entity, name: Pyongyang Passenger Transport Company, country: KP}]
      items: [{category: consumer_goods, description: bus tyres}]
      """
    When the events are checked
    Then there is no finding for "dprk.arms.catchall_military"

  # --- 2270 OP8(a): humanitarian or livelihood determination, notified in advance -------------------

  Scenario: Blankets for army-run flood relief, determined humanitarian and notified in advance
    Given the event:
      """
      id: kpa-blankets
      type: transfer
      date: 2016-09-20
      origin: CN
      destination: KP
      parties: [{role: recipient, kind: entity, name: "Korean People's Army flood relief unit", country: KP}]
      items: [{category: consumer_goods, description: blankets and tents}]
      authorizations:
        - {type: state_determination, issued_by: China, date: 2016-09-05,
           covers: "exclusively humanitarian purposes: flood relief in North Hamgyong"}
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2016-09-08}
      """
    When the events are checked
    Then "dprk.arms.catchall_military" is lifted by exemption "dprk.arms.catchall_military.humanitarian_livelihood"

  Scenario: A humanitarian determination notified only on the day of delivery is not advance notice
    Given the event:
      """
      id: kpa-blankets-same-day
      type: transfer
      date: 2016-09-20
      origin: CN
      destination: KP
      parties: [{role: recipient, kind: entity, name: "Korean People's Army flood relief unit", country: KP}]
      items: [{category: consumer_goods}]
      authorizations:
        - {type: state_determination, issued_by: China, date: 2016-09-05, covers: exclusively humanitarian purposes}
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2016-09-20}
      """
    When the events are checked
    Then there is a review finding for "dprk.arms.catchall_military"
    And the exemption "dprk.arms.catchall_military.humanitarian_livelihood" was weighed and did not apply for "dprk.arms.catchall_military"

  Scenario: A livelihood determination never notified to the Committee
    Given the event:
      """
      id: kpa-farm-tools
      type: transfer
      date: 2018-04-01
      origin: CN
      destination: KP
      parties: [{role: recipient, kind: entity, name: "Korean People's Army farm", country: KP}]
      items: [{category: consumer_goods, description: hand tools}]
      authorizations:
        - {type: state_determination, issued_by: China, date: 2018-03-01, covers: exclusively livelihood purposes}
      """
    When the events are checked
    Then there is a review finding for "dprk.arms.catchall_military"
    And the exemption "dprk.arms.catchall_military.humanitarian_livelihood" was weighed and did not apply for "dprk.arms.catchall_military"

  # --- 2270 OP8(b): the Committee's determination --------------------------------------------------

  Scenario: The 1718 Committee determined the supply would not contribute
    Given the event:
      """
      id: kpa-committee
      type: transfer
      date: 2019-02-01
      origin: SE
      destination: KP
      parties: [{role: recipient, kind: entity, name: Ministry of People's Armed Forces hospital, country: KP}]
      items: [{category: medical_supplies}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2019-01-10, valid_until: 2019-07-10}
      """
    When the events are checked
    Then "dprk.arms.catchall_military" is lifted by exemption "dprk.arms.catchall_military.committee_determination"

  Scenario: A national licence is not the Committee's determination
    Given the event:
      """
      id: kpa-licence
      type: transfer
      date: 2019-02-01
      origin: SE
      destination: KP
      parties: [{role: recipient, kind: entity, name: Ministry of People's Armed Forces hospital, country: KP}]
      items: [{category: medical_supplies}]
      authorizations:
        - {type: licence, issued_by: Swedish Inspectorate of Strategic Products, date: 2019-01-10}
      """
    When the events are checked
    Then there is a review finding for "dprk.arms.catchall_military"
    And the exemption "dprk.arms.catchall_military.committee_determination" was weighed and did not apply for "dprk.arms.catchall_military"
