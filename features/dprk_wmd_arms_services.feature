@dprk @arms
Feature: Arms-related technical training, advice, services and assistance (dprk.arms.services_import, dprk.arms.services_export)
  Events of type technical_cooperation; the item names what the training or service is about
  (military_training, or the arms or WMD items it relates to).
  To the DPRK (dprk.arms.services_import):
    2006-10-14  1718 OP8(c)  [V-c]  related to major conventional arms and WMD items
    2009-06-12  1874 OP10    [V]    all arms but small arms and light weapons
    2016-03-02  2270 OP6     [U]    all arms, small arms included
  From the DPRK (dprk.arms.services_export):
    2009-06-12  1874 OP9     [U]    all arms-related training, advice, services, assistance
    2016-03-02  2270 OP9     [U]    incl. hosting DPRK trainers, advisers or officials for military,
                                    paramilitary or police training
  No exemption.

  # --- to the DPRK ------------------------------------------------------------------------------------

  Scenario: Tank maintenance training for DPRK officers in 2008 breaches 1718 OP8(c)
    Given the event:
      """
      id: tank-training-2008
      type: technical_cooperation
      date: 2008-04-01
      location: {country: BY}
      parties:
        - {role: provider, kind: entity, name: Minsk tank repair plant, country: BY}
        - {role: recipient, kind: individual, name: DPRK armoured-corps officers, country: KP}
      items: [{category: major_conventional_arms, description: maintenance of T-72 tanks}]
      """
    When the events are checked
    Then there is a violation of "dprk.arms.services_import"
    And the finding for "dprk.arms.services_import" cites resolution 1718 paragraph "8(c)" marked "content-verified"
    And the finding for "dprk.arms.services_import" does not cite resolution 1874

  Scenario: Military training of no stated kind in 2008 may or may not relate to major arms: review
    Given the event:
      """
      id: training-2008
      type: technical_cooperation
      date: 2008-04-01
      parties:
        - {role: provider, kind: entity, name: foreign military academy, country: BY}
        - {role: recipient, kind: individual, name: DPRK officers, country: KP}
      items: [{category: military_training}]
      """
    When the events are checked
    Then there is a review finding for "dprk.arms.services_import"
    And the review finding for "dprk.arms.services_import" names "too coarse" as missing

  Scenario: The day before 1718 was adopted, arms training for the DPRK is no finding
    Given the event:
      """
      id: training-eve
      type: technical_cooperation
      date: 2006-10-13
      parties: [{role: recipient, kind: individual, name: DPRK officers, country: KP}]
      items: [{category: major_conventional_arms}]
      """
    When the events are checked
    Then there is no finding for "dprk.arms.services_import"

  Scenario: From 2009-06-12 any military training for the DPRK breaches 1874 OP10
    Given the event:
      """
      id: training-2009
      type: technical_cooperation
      date: 2009-06-12
      location: {country: KP}
      parties:
        - {role: provider, kind: entity, name: foreign instructors, country: BY}
        - {role: recipient, kind: entity, name: "Korean People's Army", country: KP}
      items: [{category: military_training}]
      """
    When the events are checked
    Then there is a violation of "dprk.arms.services_import"
    And the finding for "dprk.arms.services_import" cites resolution 1874 paragraph "10" marked "verified"
    And the finding for "dprk.arms.services_import" does not cite resolution 2270

  Scenario: Small-arms maintenance training in 2012 is outside the 1874 ban
    Given the event:
      """
      id: salw-training-2012
      type: technical_cooperation
      date: 2012-05-01
      parties: [{role: recipient, kind: entity, name: DPRK border guards, country: KP}]
      items: [{category: small_arms_light_weapons, description: rifle maintenance course}]
      """
    When the events are checked
    Then there is no finding for "dprk.arms.services_import"

  Scenario: From 2016-03-02 small-arms training for the DPRK breaches 2270 OP6
    Given the event:
      """
      id: salw-training-2016
      type: technical_cooperation
      date: 2016-03-02
      parties: [{role: recipient, kind: entity, name: DPRK border guards, country: KP}]
      items: [{category: small_arms_light_weapons}]
      """
    When the events are checked
    Then there is a violation of "dprk.arms.services_import"
    And the finding for "dprk.arms.services_import" cites resolution 2270 paragraph "6" marked "unconfirmed"

  Scenario: Technical assistance on missile engines for the DPRK
    Given the event:
      """
      id: missile-assistance-2017
      type: technical_cooperation
      date: 2017-08-01
      destination: KP
      parties: [{role: provider, kind: individual, name: foreign rocket-engine engineers, country: UA}]
      items: [{category: wmd_item, description: liquid-propellant engine design advice}]
      """
    When the events are checked
    Then there is a violation of "dprk.arms.services_import"

  Scenario: Military training for Japanese officers is no DPRK matter
    Given the event:
      """
      id: training-jp
      type: technical_cooperation
      date: 2018-04-01
      parties:
        - {role: provider, kind: state, name: United States, country: US}
        - {role: recipient, kind: state, name: Japan, country: JP}
      items: [{category: military_training}]
      """
    When the events are checked
    Then there is no finding for "dprk.arms.services_import"
    And there is no finding for "dprk.arms.services_export"

  # --- from the DPRK -----------------------------------------------------------------------------------

  Scenario: The day before 1874 was adopted, DPRK military trainers abroad are no finding here
    Given the event:
      """
      id: kp-trainers-2009-eve
      type: technical_cooperation
      date: 2009-06-11
      location: {country: ZW}
      parties:
        - {role: provider, kind: state, name: DPRK, country: KP}
        - {role: recipient, kind: entity, name: Zimbabwe National Army brigade, country: ZW}
      items: [{category: military_training}]
      """
    When the events are checked
    Then there is no finding for "dprk.arms.services_export"

  Scenario: DPRK technicians servicing air-defence missiles abroad in 2012 breach 1874 OP9
    Given the event:
      """
      id: kp-missile-service-2012
      type: technical_cooperation
      date: 2012-07-01
      location: {country: EG}
      parties:
        - {role: provider, kind: entity, name: DPRK arms trading company, country: KP}
        - {role: recipient, kind: state, name: foreign air-defence command, country: EG}
      items: [{category: major_conventional_arms, description: overhaul of surface-to-air missiles}]
      """
    When the events are checked
    Then there is a violation of "dprk.arms.services_export"
    And the finding for "dprk.arms.services_export" cites resolution 1874 paragraph "9" marked "unconfirmed"
    And the finding for "dprk.arms.services_export" does not cite resolution 2270

  Scenario: Hosting DPRK police trainers in Uganda in 2016 breaches 2270 OP9
    Given the event:
      """
      id: kp-police-trainers-ug
      type: technical_cooperation
      date: 2016-03-02
      location: {country: UG}
      parties:
        - {role: provider, kind: individual, name: DPRK police instructors, country: KP}
        - {role: recipient, kind: entity, name: Uganda Police Force, country: UG}
      items: [{category: military_training, description: police martial-arts and tactics training}]
      """
    When the events are checked
    Then there is a violation of "dprk.arms.services_export"
    And the finding for "dprk.arms.services_export" cites resolution 2270 paragraph "9" marked "unconfirmed"
    And the finding for "dprk.arms.services_export" cites resolution 1874 paragraph "9"

  Scenario: DPRK doctors teaching surgery abroad provide no arms-related service
    Given the event:
      """
      id: kp-doctors
      type: technical_cooperation
      date: 2016-06-01
      location: {country: ET}
      parties:
        - {role: provider, kind: individual, name: DPRK surgeons, country: KP}
        - {role: recipient, kind: entity, name: regional hospital, country: ET}
      items: [{category: medical_science}]
      """
    When the events are checked
    Then there is no finding for "dprk.arms.services_export"
