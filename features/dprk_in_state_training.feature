@dprk @in_state
Feature: Specialised teaching or training of DPRK nationals (dprk.training.specialized)
  Technical_cooperation events: a DPRK recipient, the field as an item, in a Member State's
  territory or by its nationals (a non-DPRK provider).
    (2009-06-12  1874 OP28  "calls upon" only: not encoded)
    2016-03-02   2270 OP17  advanced physics, advanced computer simulation, geospatial navigation,
                            nuclear, aerospace and aeronautical engineering
    2016-11-30   2321 OP10  adds advanced materials science and chemical, mechanical, electrical
                            and industrial engineering
  Teaching described only as "training" is reviewed; an unclassified field too.
  Exemption: committee_exemption  from 2016-11-30  1718 Committee exemption valid on the day

  Scenario: On 2016-03-02 teaching nuclear engineering to a DPRK student breaches 2270 OP17
    Given the event:
      """
      id: nuclear-course-2016
      type: technical_cooperation
      date: 2016-03-02
      location: {country: CN}
      parties:
        - {role: provider, kind: entity, name: engineering university, country: CN}
        - {role: recipient, kind: individual, country: KP}
      items: [{category: nuclear_engineering}]
      """
    When the events are checked
    Then there is a violation of "dprk.training.specialized"
    And the finding for "dprk.training.specialized" cites resolution 2270 paragraph "17" marked "verified"
    And the finding for "dprk.training.specialized" does not cite resolution 2321

  Scenario: The day before 2270, the same course is no finding
    Given the event:
      """
      id: nuclear-course-eve
      type: technical_cooperation
      date: 2016-03-01
      location: {country: CN}
      parties:
        - {role: provider, kind: entity, country: CN}
        - {role: recipient, kind: individual, country: KP}
      items: [{category: nuclear_engineering}]
      """
    When the events are checked
    Then there is no finding for "dprk.training.specialized"

  Scenario: Advanced materials science on 2016-11-29 is not yet a listed field
    Given the event:
      """
      id: materials-2016-11-29
      type: technical_cooperation
      date: 2016-11-29
      location: {country: IN}
      parties:
        - {role: provider, kind: entity, country: IN}
        - {role: recipient, kind: individual, country: KP}
      items: [{category: advanced_materials_science}]
      """
    When the events are checked
    Then there is no finding for "dprk.training.specialized"

  Scenario: On 2016-11-30 2321 OP10 adds advanced materials science
    Given the event:
      """
      id: materials-2016-11-30
      type: technical_cooperation
      date: 2016-11-30
      location: {country: IN}
      parties:
        - {role: provider, kind: entity, country: IN}
        - {role: recipient, kind: individual, country: KP}
      items: [{category: advanced_materials_science}]
      """
    When the events are checked
    Then there is a violation of "dprk.training.specialized"
    And the finding for "dprk.training.specialized" cites resolution 2321 paragraph "10" marked "verified"

  Scenario: From 2016-11-30 the 2270 fields are cited with 2321 OP10
    Given the event:
      """
      id: aerospace-2018
      type: technical_cooperation
      date: 2018-04-10
      location: {country: MY}
      parties:
        - {role: provider, kind: entity, country: MY}
        - {role: recipient, kind: individual, country: KP}
      items: [{category: aerospace_engineering}]
      """
    When the events are checked
    Then the finding for "dprk.training.specialized" cites resolution 2321 paragraph "10" marked "verified"
    And the finding for "dprk.training.specialized" cites resolution 2270 paragraph "17" marked "verified"

  Scenario: A foreign lecturer teaching in Pyongyang teaches "by their nationals"
    Given the event:
      """
      id: lecturer-pyongyang
      type: technical_cooperation
      date: 2017-10-01
      location: {country: KP, area: Pyongyang}
      parties:
        - {role: provider, kind: individual, country: GB}
        - {role: recipient, kind: individual, country: KP}
      items: [{category: advanced_computer_simulation}]
      """
    When the events are checked
    Then there is a violation of "dprk.training.specialized"

  Scenario: DPRK teachers teaching DPRK students in the DPRK are outside the Member States' duty
    Given the event:
      """
      id: kp-internal
      type: technical_cooperation
      date: 2017-10-01
      location: {country: KP}
      parties:
        - {role: provider, kind: individual, country: KP}
        - {role: recipient, kind: individual, country: KP}
      items: [{category: nuclear_engineering}]
      """
    When the events are checked
    Then there is no finding for "dprk.training.specialized"

  Scenario: Teaching Chinese students nuclear engineering is no DPRK matter
    Given the event:
      """
      id: cn-students
      type: technical_cooperation
      date: 2018-04-10
      location: {country: CN}
      parties:
        - {role: provider, kind: entity, country: CN}
        - {role: recipient, kind: individual, country: CN}
      items: [{category: nuclear_engineering}]
      """
    When the events are checked
    Then there are no findings

  Scenario: Training a DPRK doctor in medical science is no listed discipline
    Given the event:
      """
      id: medical-training
      type: technical_cooperation
      date: 2018-04-10
      location: {country: SE}
      parties:
        - {role: provider, kind: entity, country: SE}
        - {role: recipient, kind: individual, country: KP}
      items: [{category: medical_science}]
      """
    When the events are checked
    Then there are no findings

  Scenario: Teaching described only as training needs review
    Given the event:
      """
      id: generic-training
      type: technical_cooperation
      date: 2018-04-10
      location: {country: RU}
      parties:
        - {role: provider, kind: entity, country: RU}
        - {role: recipient, kind: individual, country: KP}
      items: [{category: training, description: graduate engineering programme}]
      """
    When the events are checked
    Then there is a review finding for "dprk.training.specialized"
    And the review finding for "dprk.training.specialized" names "category training is too coarse" as missing

  Scenario: A course known only by its description needs review
    Given the event:
      """
      id: described-course
      type: technical_cooperation
      date: 2018-04-10
      location: {country: RU}
      parties:
        - {role: provider, kind: entity, country: RU}
        - {role: recipient, kind: individual, country: KP}
      items: [{description: postgraduate course in propulsion}]
      """
    When the events are checked
    Then there is a review finding for "dprk.training.specialized"
    And the review finding for "dprk.training.specialized" names "items[0]" as missing

  Scenario: Teaching under a 1718 Committee exemption valid on the day
    Given the event:
      """
      id: committee-course
      type: technical_cooperation
      date: 2018-04-10
      location: {country: CH}
      parties:
        - {role: provider, kind: entity, country: CH}
        - {role: recipient, kind: individual, country: KP}
      items: [{category: electrical_engineering}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-03-01, valid_until: 2018-12-31}
      """
    When the events are checked
    Then "dprk.training.specialized" is lifted by exemption "dprk.training.specialized.committee_exemption"

  Scenario: Before 2321 the Committee exemption route did not exist
    Given the event:
      """
      id: committee-course-2016
      type: technical_cooperation
      date: 2016-06-01
      location: {country: CH}
      parties:
        - {role: provider, kind: entity, country: CH}
        - {role: recipient, kind: individual, country: KP}
      items: [{category: geospatial_navigation}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2016-05-01}
      """
    When the events are checked
    Then there is a violation of "dprk.training.specialized"
    And the exemption "dprk.training.specialized.committee_exemption" was weighed and did not apply for "dprk.training.specialized" because "not available on 2016-06-01"

  Scenario: A Committee exemption that lapsed before the course
    Given the event:
      """
      id: committee-course-lapsed
      type: technical_cooperation
      date: 2019-04-10
      location: {country: CH}
      parties:
        - {role: provider, kind: entity, country: CH}
        - {role: recipient, kind: individual, country: KP}
      items: [{category: electrical_engineering}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-03-01, valid_until: 2018-12-31}
      """
    When the events are checked
    Then there is a violation of "dprk.training.specialized"
    And the exemption "dprk.training.specialized.committee_exemption" was weighed and did not apply for "dprk.training.specialized"
