@dprk @maritime
Feature: Port entry of designated vessels and of vessels of designated owners
  Two measures, each judged only on what a port_call carries by itself:

  dprk.maritime.port_entry_designated_owner - 2270 OP22 (number unconfirmed), from 2016-03-02:
  deny port entry to a vessel owned or controlled by a designated person (an owner or operator
  with a 1718 reference, KPi./KPe.). The limb "vessels carrying prohibited cargo" rests on a
  belief about the cargo and is not encoded (the cargo's own bans catch it).

  dprk.maritime.port_entry_ban - 2371 OP6, from 2017-08-05, with 2375 OP6 from 2017-09-11: deny
  port entry to a vessel the 1718 Committee designated (a vessel party with a UN reference; the
  designated-vessel list itself is a later issue).

  Both are excepted for emergencies, return to the port of origin and inspection, but no event
  field carries those reasons yet (reported as an engine gap). Exemptions:
    port_entry_designated_owner.committee_exemption  from 2016-03-02  Committee determination in advance
    port_entry_ban.committee_exemption               from 2017-08-05  Committee approval in advance

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
        - {role: owner, kind: entity, name: Ocean Maritime Management, country: KP,
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
        - {role: owner, kind: entity, name: Ocean Maritime Management, country: KP,
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
        - {role: operator, kind: entity, name: Korea Designated Shipping, country: KP,
           identifiers: {un_reference: KPe.050}}
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
        - {role: owner, kind: entity, name: Korea Ordinary Shipping, country: KP}
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
        - {role: owner, kind: entity, name: Other Regime Listed Co, country: AE,
           identifiers: {un_reference: QDe.999}}
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
        - {role: owner, kind: entity, name: Ocean Maritime Management, country: KP,
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
        - {role: owner, kind: entity, name: Ocean Maritime Management, country: KP,
           identifiers: {un_reference: KPe.020}}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2016-08-20, valid_until: 2016-09-30}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.port_entry_designated_owner"
    And the exemption "dprk.maritime.port_entry_designated_owner.committee_exemption" was weighed and did not apply for "dprk.maritime.port_entry_designated_owner"

  # --- vessels designated by the 1718 Committee (2371 OP6, 2375 OP6) -------------------------

  Scenario: A designated vessel enters a port in August 2017: 2371 OP6
    Given the event:
      """
      id: dv-2017-08
      type: port_call
      date: 2017-08-20
      location: {country: CN, port: Longkou}
      vessels: [{name: DESIGNATED ONE, imo: "8000008", flag: KP}]
      parties:
        - {role: carrier, kind: vessel, name: DESIGNATED ONE, country: KP,
           identifiers: {un_reference: 1718 Designated Vessels List, imo: "8000008"}}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.port_entry_ban"
    And the finding for "dprk.maritime.port_entry_ban" cites resolution 2371 paragraph "6" marked "verified"
    And the finding for "dprk.maritime.port_entry_ban" does not cite resolution 2375

  Scenario: The day before 2371 was adopted a designated vessel's port call is no finding
    Given the event:
      """
      id: dv-eve
      type: port_call
      date: 2017-08-04
      location: {country: CN, port: Longkou}
      parties:
        - {role: carrier, kind: vessel, name: DESIGNATED ONE, country: KP,
           identifiers: {un_reference: 1718 Designated Vessels List}}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.port_entry_ban"

  Scenario: On 2017-09-10 a designated vessel's port call still cites 2371 OP6 alone
    Given the event:
      """
      id: dv-2017-09-10
      type: port_call
      date: 2017-09-10
      location: {country: CN, port: Longkou}
      parties:
        - {role: carrier, kind: vessel, name: DESIGNATED ONE, country: KP,
           identifiers: {un_reference: 1718 Designated Vessels List}}
      """
    When the events are checked
    Then the finding for "dprk.maritime.port_entry_ban" cites resolution 2371 paragraph "6"
    And the finding for "dprk.maritime.port_entry_ban" does not cite resolution 2375

  Scenario: From 2017-09-11 the port-entry ban also rests on 2375 OP6
    Given the event:
      """
      id: dv-2017-09-11
      type: port_call
      date: 2017-09-11
      location: {country: CN, port: Longkou}
      parties:
        - {role: carrier, kind: vessel, name: DESIGNATED ONE, country: KP,
           identifiers: {un_reference: 1718 Designated Vessels List}}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.port_entry_ban"
    And the finding for "dprk.maritime.port_entry_ban" cites resolution 2375 paragraph "6" marked "verified"
    And the finding for "dprk.maritime.port_entry_ban" cites resolution 2371 paragraph "6" marked "verified"

  Scenario: A vessel party with only an IMO number is not shown to be designated
    Given the event:
      """
      id: vessel-imo-only
      type: port_call
      date: 2018-05-01
      location: {country: CN, port: Longkou}
      parties:
        - {role: carrier, kind: vessel, name: ORDINARY ONE, country: PA, identifiers: {imo: "8000009"}}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.port_entry_ban"

  Scenario: A designated vessel's entry approved in advance by the 1718 Committee
    Given the event:
      """
      id: dv-approved
      type: port_call
      date: 2018-02-07
      location: {country: KR, port: Mukho}
      parties:
        - {role: carrier, kind: vessel, name: DESIGNATED FERRY, country: KP,
           identifiers: {un_reference: 1718 Designated Vessels List}}
      purposes: [diplomatic]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-02-05, valid_until: 2018-02-10}
      """
    When the events are checked
    Then "dprk.maritime.port_entry_ban" is lifted by exemption "dprk.maritime.port_entry_ban.committee_exemption"

  Scenario: A designated vessel's entry under a national decision only
    Given the event:
      """
      id: dv-national
      type: port_call
      date: 2018-02-07
      location: {country: KR, port: Mukho}
      parties:
        - {role: carrier, kind: vessel, name: DESIGNATED FERRY, country: KP,
           identifiers: {un_reference: 1718 Designated Vessels List}}
      authorizations:
        - {type: licence, issued_by: Ministry of Unification, date: 2018-02-05}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.port_entry_ban"
    And the exemption "dprk.maritime.port_entry_ban.committee_exemption" was weighed and did not apply for "dprk.maritime.port_entry_ban"
