@dprk @in_state
Feature: Scientific and technical cooperation with the DPRK (dprk.scitech.sensitive, dprk.scitech.cooperation)
  2321 OP11 (paragraph number unconfirmed), from 2016-11-30: cooperation involving persons or
  groups officially sponsored by or representing the DPRK (a DPRK party of kind state or
  entity) is suspended, except medical exchanges (field medical_science).
    dprk.scitech.sensitive    nuclear science, nuclear/aerospace/aeronautical engineering,
                              advanced manufacturing: only with a 1718 Committee determination
    dprk.scitech.cooperation  every other field: a State determination that it will not
                              contribute, notified to the Committee in advance
  An event with fields of both kinds is judged by both rules.

  # --- sensitive fields ---------------------------------------------------------------------------

  Scenario: Joint nuclear-science research with the DPRK Academy of Sciences breaches 2321 OP11
    Given the event:
      """
      id: nuclear-research-2017
      type: technical_cooperation
      date: 2017-05-01
      location: {country: CN}
      parties:
        - {role: partner, kind: entity, name: physics institute, country: CN}
        - {role: partner, kind: entity, name: State Academy of Sciences, country: KP}
      items: [{category: nuclear_science}]
      """
    When the events are checked
    Then there is a violation of "dprk.scitech.sensitive"
    And the finding for "dprk.scitech.sensitive" cites resolution 2321 paragraph "11" marked "unconfirmed"
    And there is no finding for "dprk.scitech.cooperation"

  Scenario: The day before 2321, the same research is no finding
    Given the event:
      """
      id: nuclear-research-eve
      type: technical_cooperation
      date: 2016-11-29
      location: {country: CN}
      parties:
        - {role: partner, kind: entity, country: CN}
        - {role: partner, kind: entity, country: KP}
      items: [{category: nuclear_science}]
      """
    When the events are checked
    Then there is no finding for "dprk.scitech.sensitive"
    And there is no finding for "dprk.scitech.cooperation"

  Scenario: An aerospace workshop with a DPRK government delegation on 2016-11-30
    Given the event:
      """
      id: aerospace-delegation
      type: technical_cooperation
      date: 2016-11-30
      location: {country: IR}
      parties:
        - {role: partner, kind: state, name: DPRK National Aerospace Development Administration, country: KP}
        - {role: partner, kind: entity, country: IR}
      items: [{category: aerospace_engineering}]
      """
    When the events are checked
    Then there is a violation of "dprk.scitech.sensitive"

  Scenario: A private exchange with an individual DPRK scientist is not officially sponsored
    Given the event:
      """
      id: individual-scientist
      type: technical_cooperation
      date: 2018-02-01
      location: {country: DE}
      parties:
        - {role: partner, kind: entity, country: DE}
        - {role: partner, kind: individual, country: KP}
      items: [{category: nuclear_science}]
      """
    When the events are checked
    Then there is no finding for "dprk.scitech.sensitive"

  Scenario: A Committee determination lifts the suspension in a sensitive field
    Given the event:
      """
      id: committee-nuclear
      type: technical_cooperation
      date: 2018-09-01
      location: {country: AT}
      parties:
        - {role: partner, kind: entity, country: AT}
        - {role: partner, kind: state, country: KP}
      items: [{category: nuclear_science, description: radiation safety for medical isotopes}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-08-01, valid_until: 2018-12-31}
      """
    When the events are checked
    Then "dprk.scitech.sensitive" is lifted by exemption "dprk.scitech.sensitive.committee_determination"

  Scenario: In a sensitive field a State determination and notice are not enough
    Given the event:
      """
      id: state-only-nuclear
      type: technical_cooperation
      date: 2018-09-01
      location: {country: AT}
      parties:
        - {role: partner, kind: entity, country: AT}
        - {role: partner, kind: state, country: KP}
      items: [{category: nuclear_science}]
      authorizations:
        - {type: state_determination, issued_by: Austria, date: 2018-07-01,
           covers: will not contribute to proliferation-sensitive nuclear activities}
        - {type: notification, issued_by: Austria, addressed_to: 1718 Committee, date: 2018-07-15}
      """
    When the events are checked
    Then there is a violation of "dprk.scitech.sensitive"
    And the exemption "dprk.scitech.sensitive.committee_determination" was weighed and did not apply for "dprk.scitech.sensitive"

  # --- other fields -----------------------------------------------------------------------------

  Scenario: Geological survey cooperation with a DPRK ministry breaches 2321 OP11
    Given the event:
      """
      id: geology-2018
      type: technical_cooperation
      date: 2018-03-01
      location: {country: MN}
      parties:
        - {role: partner, kind: entity, name: geological institute, country: MN}
        - {role: partner, kind: state, name: DPRK Ministry of Land and Environment Protection, country: KP}
      items: [{category: technical_assistance, description: geological survey methods}]
      """
    When the events are checked
    Then there is a violation of "dprk.scitech.cooperation"
    And the finding for "dprk.scitech.cooperation" cites resolution 2321 paragraph "11" marked "unconfirmed"
    And there is no finding for "dprk.scitech.sensitive"

  Scenario: Medical exchanges are not suspended
    Given the event:
      """
      id: medical-exchange
      type: technical_cooperation
      date: 2018-03-01
      location: {country: SE}
      parties:
        - {role: partner, kind: entity, country: SE}
        - {role: partner, kind: entity, name: Pyongyang Medical College, country: KP}
      items: [{category: medical_science}]
      """
    When the events are checked
    Then there is no finding for "dprk.scitech.cooperation"
    And there is no finding for "dprk.scitech.sensitive"

  Scenario: A medical label on one field does not cover a nuclear one
    Given the event:
      """
      id: medical-and-nuclear
      type: technical_cooperation
      date: 2018-03-01
      location: {country: SE}
      parties:
        - {role: partner, kind: entity, country: SE}
        - {role: partner, kind: entity, country: KP}
      items: [{category: medical_science}, {category: nuclear_science}]
      """
    When the events are checked
    Then there is a violation of "dprk.scitech.sensitive"
    And there is no finding for "dprk.scitech.cooperation"

  Scenario: Cooperation with a South Korean institute is no DPRK matter
    Given the event:
      """
      id: kr-cooperation
      type: technical_cooperation
      date: 2018-03-01
      location: {country: DE}
      parties:
        - {role: partner, kind: entity, country: DE}
        - {role: partner, kind: entity, country: KR}
      items: [{category: nuclear_science}, {category: technical_assistance}]
      """
    When the events are checked
    Then there are no findings

  Scenario: Research between DPRK bodies inside the DPRK is outside the Member States' duty
    Given the event:
      """
      id: kp-internal-research
      type: technical_cooperation
      date: 2018-03-01
      location: {country: KP}
      parties:
        - {role: partner, kind: entity, country: KP}
        - {role: partner, kind: state, country: KP}
      items: [{category: technical_assistance}]
      """
    When the events are checked
    Then there is no finding for "dprk.scitech.cooperation"

  Scenario: A field known only by its description needs review
    Given the event:
      """
      id: described-field
      type: technical_cooperation
      date: 2018-03-01
      location: {country: VN}
      parties:
        - {role: partner, kind: entity, country: VN}
        - {role: partner, kind: entity, country: KP}
      items: [{description: joint research programme}]
      """
    When the events are checked
    Then there is a review finding for "dprk.scitech.cooperation"
    And the review finding for "dprk.scitech.cooperation" names "items[0]" as missing
    And there is a review finding for "dprk.scitech.sensitive"

  Scenario: A State determination notified to the Committee in advance lifts the suspension
    Given the event:
      """
      id: state-determined-agronomy
      type: technical_cooperation
      date: 2018-05-01
      location: {country: IT}
      parties:
        - {role: partner, kind: entity, country: IT}
        - {role: partner, kind: entity, name: Academy of Agricultural Science, country: KP}
      items: [{category: training, description: rice cultivation research}]
      authorizations:
        - {type: state_determination, issued_by: Italy, date: 2018-03-01,
           covers: the cooperation will not contribute to the DPRK's nuclear or ballistic missile programmes}
        - {type: notification, issued_by: Italy, addressed_to: 1718 Committee, date: 2018-03-15}
      """
    When the events are checked
    Then "dprk.scitech.cooperation" is lifted by exemption "dprk.scitech.cooperation.state_determination_notified"

  Scenario: A notification sent on the day of the cooperation is not in advance
    Given the event:
      """
      id: state-determined-late-notice
      type: technical_cooperation
      date: 2018-05-01
      location: {country: IT}
      parties:
        - {role: partner, kind: entity, country: IT}
        - {role: partner, kind: entity, country: KP}
      items: [{category: training, description: rice cultivation research}]
      authorizations:
        - {type: state_determination, issued_by: Italy, date: 2018-03-01,
           covers: will not contribute to prohibited programmes}
        - {type: notification, issued_by: Italy, addressed_to: 1718 Committee, date: 2018-05-01}
      """
    When the events are checked
    Then there is a violation of "dprk.scitech.cooperation"
    And the exemption "dprk.scitech.cooperation.state_determination_notified" was weighed and did not apply for "dprk.scitech.cooperation"

  Scenario: A State determination covers other fields, never the sensitive one beside them
    Given the event:
      """
      id: mixed-fields
      type: technical_cooperation
      date: 2018-05-01
      location: {country: IT}
      parties:
        - {role: partner, kind: entity, country: IT}
        - {role: partner, kind: entity, country: KP}
      items: [{category: training, description: soil science}, {category: advanced_manufacturing}]
      authorizations:
        - {type: state_determination, issued_by: Italy, date: 2018-03-01, covers: will not contribute}
        - {type: notification, issued_by: Italy, addressed_to: 1718 Committee, date: 2018-03-15}
      """
    When the events are checked
    Then "dprk.scitech.cooperation" is lifted by exemption "dprk.scitech.cooperation.state_determination_notified"
    And there is a violation of "dprk.scitech.sensitive"

  Scenario: Cooperation under a 1718 Committee exemption valid on the day
    Given the event:
      """
      id: committee-cooperation
      type: technical_cooperation
      date: 2018-05-01
      location: {country: CH}
      parties:
        - {role: partner, kind: entity, country: CH}
        - {role: partner, kind: entity, country: KP}
      items: [{category: technical_assistance, description: water sanitation engineering}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-04-01, valid_until: 2018-10-01}
      """
    When the events are checked
    Then "dprk.scitech.cooperation" is lifted by exemption "dprk.scitech.cooperation.committee_exemption"

  Scenario: A Committee exemption that lapsed before the cooperation
    Given the event:
      """
      id: committee-cooperation-lapsed
      type: technical_cooperation
      date: 2018-11-01
      location: {country: CH}
      parties:
        - {role: partner, kind: entity, country: CH}
        - {role: partner, kind: entity, country: KP}
      items: [{category: technical_assistance}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-04-01, valid_until: 2018-10-01}
      """
    When the events are checked
    Then there is a violation of "dprk.scitech.cooperation"
    And the exemption "dprk.scitech.cooperation.committee_exemption" was weighed and did not apply for "dprk.scitech.cooperation"
