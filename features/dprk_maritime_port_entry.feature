@dprk @maritime
Feature: Port entry of designated vessels and of vessels of designated owners
  Two measures, each judged on what a port_call carries and on the designation lists the engine
  screens parties and vessels against (UN Consolidated List; 1718 Committee designated vessels,
  fixtures/lists/dprk_vessels.yaml, partial):

  dprk.maritime.port_entry_designated_owner - 2270 OP22 (number unconfirmed), from 2016-03-02:
  deny port entry to a vessel owned or controlled by a designated person (an owner or operator on
  the UN list under the 1718 regime on the day). The limb "vessels carrying prohibited cargo" rests
  on a belief about the cargo and is not encoded (the cargo's own bans catch it).

  dprk.maritime.port_entry_ban - 2371 OP6, from 2017-08-05, with 2375 OP6 from 2017-09-11: deny
  port entry to a vessel the 1718 Committee designated (a vessel matching a designated vessel by
  IMO number or name, designated on or before the day). The first vessels were designated in
  October 2017: no listed vessel falls in the 2371-only stage.

  Both are excepted for emergencies, return to the port of origin (declared purposes) and Committee
  approval; 2270 OP22 also for inspection, which no event field carries. Exemptions:
    port_entry_designated_owner.committee_exemption  from 2016-03-02  Committee determination in advance
    port_entry_designated_owner.emergency            from 2016-03-02  purpose emergency
    port_entry_designated_owner.return_to_origin     from 2016-03-02  purpose return_to_port_of_origin
    port_entry_ban.committee_exemption               from 2017-08-05  Committee approval in advance
    port_entry_ban.emergency                         from 2017-08-05  purpose emergency
    port_entry_ban.return_to_origin                  from 2017-08-05  purpose return_to_port_of_origin

  # --- vessels of designated owners (2270 OP22) ----------------------------------------------

  Scenario: A vessel of a designated shipping company enters a port in 2016
    Given the event:
      """
      id: omm-port-call
      type: port_call
      date: 2016-09-01
      location: {country: VN, port: Haiphong}
      vessels: [{name: EXAMPLE OMM VESSEL, imo: "8000007", flag: KH}]
      parties:
        - {role: owner, kind: entity, name: "Ocean Maritime Management Company, Limited", country: KP,
           identifiers: {un_reference: KPe.020}}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.port_entry_designated_owner"
    And the finding for "dprk.maritime.port_entry_designated_owner" cites resolution 2270 paragraph "22" marked "unconfirmed"
    And there is no finding for "dprk.maritime.port_entry_ban"

  Scenario: The day before 2270 was adopted the port call is no finding
    Given the event:
      """
      id: omm-port-call-eve
      type: port_call
      date: 2016-03-01
      location: {country: VN, port: Haiphong}
      vessels: [{name: EXAMPLE OMM VESSEL, flag: KH}]
      parties:
        - {role: owner, kind: entity, name: "Ocean Maritime Management Company, Limited", country: KP,
           identifiers: {un_reference: KPe.020}}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.port_entry_designated_owner"

  Scenario: A vessel operated by a designated company, owned by a front company
    Given the event:
      """
      id: designated-operator
      type: port_call
      date: 2018-05-01
      location: {country: RU, port: Nakhodka}
      vessels: [{name: FRONT VESSEL, flag: PA}]
      parties:
        - {role: owner, kind: entity, name: Front Shipping Ltd, country: MH}
        - {role: operator, kind: entity, name: Chongchongang Shipping Company, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.port_entry_designated_owner"

  Scenario: A DPRK owner without a designation is not a designated owner
    Given the event:
      """
      id: undesignated-owner
      type: port_call
      date: 2018-05-01
      location: {country: RU, port: Vladivostok}
      vessels: [{name: ORDINARY VESSEL, flag: KP}]
      parties:
        - {role: owner, kind: entity, name: Korea Pyongsu Shipping Company, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.port_entry_designated_owner"
    And there is no finding for "dprk.maritime.port_entry_ban"

  Scenario: An owner listed under another sanctions regime is not designated under 1718
    Given the event:
      """
      id: other-regime-owner
      type: port_call
      date: 2018-05-01
      location: {country: SG, port: Singapore}
      vessels: [{name: OTHER VESSEL, flag: PA}]
      parties:
        - {role: owner, kind: entity, name: Al Rashid Trust, country: PK,
           identifiers: {un_reference: QDe.005}}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.port_entry_designated_owner"

  Scenario: Entry the 1718 Committee determined in advance to be needed
    Given the event:
      """
      id: owner-entry-approved
      type: port_call
      date: 2016-09-01
      location: {country: VN, port: Haiphong}
      vessels: [{name: EXAMPLE OMM VESSEL, flag: KH}]
      parties:
        - {role: owner, kind: entity, name: "Ocean Maritime Management Company, Limited", country: KP,
           identifiers: {un_reference: KPe.020}}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2016-08-20, valid_until: 2016-09-30}
      """
    When the events are checked
    Then "dprk.maritime.port_entry_designated_owner" is lifted by exemption "dprk.maritime.port_entry_designated_owner.committee_exemption"

  Scenario: A Committee determination for another period does not cover the entry
    Given the event:
      """
      id: owner-entry-other-period
      type: port_call
      date: 2016-10-15
      location: {country: VN, port: Haiphong}
      vessels: [{name: EXAMPLE OMM VESSEL, flag: KH}]
      parties:
        - {role: owner, kind: entity, name: "Ocean Maritime Management Company, Limited", country: KP,
           identifiers: {un_reference: KPe.020}}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2016-08-20, valid_until: 2016-09-30}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.port_entry_designated_owner"
    And the exemption "dprk.maritime.port_entry_designated_owner.committee_exemption" was weighed and did not apply for "dprk.maritime.port_entry_designated_owner"

  Scenario: A vessel of a designated owner in port in an emergency
    Given the event:
      """
      id: owner-emergency
      type: port_call
      date: 2016-09-01
      location: {country: VN, port: Haiphong}
      vessels: [{name: EXAMPLE OMM VESSEL, flag: KH}]
      purposes: [emergency]
      parties:
        - {role: owner, kind: entity, name: "Ocean Maritime Management Company, Limited", country: KP}
      """
    When the events are checked
    Then "dprk.maritime.port_entry_designated_owner" is lifted by exemption "dprk.maritime.port_entry_designated_owner.emergency"

  Scenario: A vessel of a designated owner returning to its port of origin
    Given the event:
      """
      id: owner-return
      type: port_call
      date: 2016-09-01
      location: {country: VN, port: Haiphong}
      vessels: [{name: EXAMPLE OMM VESSEL, flag: KH}]
      purposes: [return_to_port_of_origin]
      parties:
        - {role: owner, kind: entity, name: "Ocean Maritime Management Company, Limited", country: KP}
      """
    When the events are checked
    Then "dprk.maritime.port_entry_designated_owner" is lifted by exemption "dprk.maritime.port_entry_designated_owner.return_to_origin"

  Scenario: A commercial call of a designated owner's vessel is neither an emergency nor a return
    Given the event:
      """
      id: owner-commercial
      type: port_call
      date: 2016-09-01
      location: {country: VN, port: Haiphong}
      vessels: [{name: EXAMPLE OMM VESSEL, flag: KH}]
      purposes: [livelihood]
      parties:
        - {role: owner, kind: entity, name: "Ocean Maritime Management Company, Limited", country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.port_entry_designated_owner"
    And the exemption "dprk.maritime.port_entry_designated_owner.emergency" was weighed and did not apply for "dprk.maritime.port_entry_designated_owner"
    And the exemption "dprk.maritime.port_entry_designated_owner.return_to_origin" was weighed and did not apply for "dprk.maritime.port_entry_designated_owner"

  Scenario: Before OMM was listed (28 July 2014) its vessel's port call is no finding
    Given the event:
      """
      id: omm-before-listing
      type: port_call
      date: 2014-07-27
      location: {country: VN, port: Haiphong}
      vessels: [{name: EXAMPLE OMM VESSEL, flag: KH}]
      parties:
        - {role: owner, kind: entity, name: "Ocean Maritime Management Company, Limited", country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.port_entry_designated_owner"

  # --- vessels designated by the 1718 Committee (2371 OP6, 2375 OP6) -------------------------

  Scenario: PETREL 8 in port in August 2017, before its designation (5 October 2017), is no finding
    Given the event:
      """
      id: petrel8-2017-08
      type: port_call
      date: 2017-08-20
      location: {country: CN, port: Longkou}
      vessels: [{name: PETREL 8, flag: KM}]
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.port_entry_ban"
    And the screening of event "petrel8-2017-08" notes "NAME:petrel 8" as "designated_later"

  Scenario: PETREL 8 in port after its designation breaches 2371 OP6 and 2375 OP6
    Given the event:
      """
      id: petrel8-2017-11
      type: port_call
      date: 2017-11-15
      location: {country: CN, port: Longkou}
      vessels: [{name: PETREL 8, flag: KM}]
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.port_entry_ban"
    And the finding for "dprk.maritime.port_entry_ban" cites resolution 2375 paragraph "6" marked "verified"
    And the finding for "dprk.maritime.port_entry_ban" cites resolution 2371 paragraph "6" marked "verified"

  Scenario: RYE SONG GANG 1 found by its IMO number under another name
    Given the event:
      """
      id: rsg1-by-imo
      type: port_call
      date: 2018-02-10
      location: {country: RU, port: Nakhodka}
      vessels: [{name: MYONG RYU 1, imo: "7389704", flag: KP}]
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.port_entry_ban"
    And the screening of event "rsg1-by-imo" notes "IMO7389704" as "in_force"

  Scenario: The day before RYE SONG GANG 1 was designated (28 December 2017) its port call is no finding
    Given the event:
      """
      id: rsg1-eve
      type: port_call
      date: 2017-12-27
      location: {country: RU, port: Nakhodka}
      vessels: [{name: RYE SONG GANG 1, imo: "7389704", flag: KP}]
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.port_entry_ban"
    And the screening of event "rsg1-eve" notes "IMO7389704" as "designated_later"

  Scenario: A sister ship with another number (HAO FAN 8, not HAO FAN 6) is not designated
    Given the event:
      """
      id: hao-fan-8
      type: port_call
      date: 2018-05-01
      location: {country: CN, port: Longkou}
      vessels: [{name: HAO FAN 8, flag: KN}]
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.port_entry_ban"

  Scenario: A vessel with only an IMO number that is not designated
    Given the event:
      """
      id: vessel-imo-only
      type: port_call
      date: 2018-05-01
      location: {country: CN, port: Longkou}
      vessels: [{name: ORDINARY ONE, imo: "9074729", flag: PA}]
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.port_entry_ban"

  Scenario: A designated vessel's entry approved in advance by the 1718 Committee
    Given the event:
      """
      id: dv-approved
      type: port_call
      date: 2018-06-07
      location: {country: CN, port: Longkou}
      vessels: [{name: UL JI BONG 6, imo: "9114555"}]
      purposes: [humanitarian]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-06-05, valid_until: 2018-06-10}
      """
    When the events are checked
    Then "dprk.maritime.port_entry_ban" is lifted by exemption "dprk.maritime.port_entry_ban.committee_exemption"

  Scenario: A designated vessel's entry under a national decision only
    Given the event:
      """
      id: dv-national
      type: port_call
      date: 2018-06-07
      location: {country: CN, port: Longkou}
      vessels: [{name: UL JI BONG 6, imo: "9114555"}]
      authorizations:
        - {type: licence, issued_by: Ministry of Transport, date: 2018-06-05}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.port_entry_ban"
    And the exemption "dprk.maritime.port_entry_ban.committee_exemption" was weighed and did not apply for "dprk.maritime.port_entry_ban"
    And the exemption "dprk.maritime.port_entry_ban.emergency" was weighed and did not apply for "dprk.maritime.port_entry_ban"
    And the exemption "dprk.maritime.port_entry_ban.return_to_origin" was weighed and did not apply for "dprk.maritime.port_entry_ban"

  Scenario: A designated tanker entering port in an emergency
    Given the event:
      """
      id: koti-emergency
      type: port_call
      date: 2018-07-01
      location: {country: KR, port: Yeosu}
      vessels: [{name: KOTI, imo: "9417115", flag: PA}]
      purposes: [emergency]
      """
    When the events are checked
    Then "dprk.maritime.port_entry_ban" is lifted by exemption "dprk.maritime.port_entry_ban.emergency"

  Scenario: A designated vessel returning to its port of origin
    Given the event:
      """
      id: rsg1-return
      type: port_call
      date: 2018-07-01
      location: {country: KP, port: Nampo}
      vessels: [{name: RYE SONG GANG 1, imo: "7389704", flag: KP}]
      purposes: [return_to_port_of_origin]
      """
    When the events are checked
    Then "dprk.maritime.port_entry_ban" is lifted by exemption "dprk.maritime.port_entry_ban.return_to_origin"
