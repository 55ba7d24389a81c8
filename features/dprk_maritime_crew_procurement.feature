@dprk @maritime
Feature: Procuring vessel crew services from the DPRK (dprk.maritime.crew_procurement)
  2321 OP23, from 2016-11-30: a State's nationals may not procure vessel or aircraft crewing
  services from the DPRK (crew services with a DPRK provider, supplier or seller). Aircraft are
  not encoded: events carry no aircraft.
  Exemption:
    committee_exemption  from 2016-11-30  a 1718 Committee exemption valid on the day

  Scenario: A shipowner hires a DPRK crew through a DPRK manning company
    Given the event:
      """
      id: crew-from-dprk
      type: vessel_registration
      date: 2017-05-10
      vessels: [{name: SEA BREEZE, flag: KH}]
      parties:
        - {role: owner, kind: entity, name: Seabreeze Maritime, country: CN}
        - {role: provider, kind: entity, name: Korea Crew Manning Company, country: KP}
      items: [{category: crew_services, quantity: 22, unit: each}]
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.crew_procurement"
    And the finding for "dprk.maritime.crew_procurement" cites resolution 2321 paragraph "23" marked "verified"

  Scenario: The day before 2321 was adopted hiring DPRK crew is no finding for this rule
    Given the event:
      """
      id: crew-from-dprk-eve
      type: vessel_registration
      date: 2016-11-29
      vessels: [{name: SEA BREEZE, flag: KH}]
      parties:
        - {role: provider, kind: entity, name: Korea Crew Manning Company, country: KP}
      items: [{category: crew_services}]
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.crew_procurement"

  Scenario: Crew hired from a Philippine agency is not procured from the DPRK
    Given the event:
      """
      id: crew-from-ph
      type: vessel_registration
      date: 2017-05-10
      vessels: [{name: SEA BREEZE, flag: KH}]
      parties:
        - {role: provider, kind: entity, name: Manila Manning Inc, country: PH}
      items: [{category: crew_services}]
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.crew_procurement"

  Scenario: An unclassified service bought from a DPRK provider needs review
    Given the event:
      """
      id: service-from-dprk
      type: vessel_registration
      date: 2017-05-10
      vessels: [{name: SEA BREEZE, flag: KH}]
      parties:
        - {role: provider, kind: entity, name: Korea Crew Manning Company, country: KP}
      items: [{description: ship management contract}]
      """
    When the events are checked
    Then there is a review finding for "dprk.maritime.crew_procurement"

  Scenario: DPRK crew hired under a 1718 Committee exemption
    Given the event:
      """
      id: crew-exempted
      type: vessel_registration
      date: 2018-05-10
      vessels: [{name: SEA BREEZE, flag: KH}]
      parties:
        - {role: provider, kind: entity, name: Korea Crew Manning Company, country: KP}
      items: [{category: crew_services}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-04-01}
      """
    When the events are checked
    Then "dprk.maritime.crew_procurement" is lifted by exemption "dprk.maritime.crew_procurement.committee_exemption"

  Scenario: A Committee exemption dated after the hiring does not cover it
    Given the event:
      """
      id: crew-exempted-late
      type: vessel_registration
      date: 2018-03-10
      vessels: [{name: SEA BREEZE, flag: KH}]
      parties:
        - {role: provider, kind: entity, name: Korea Crew Manning Company, country: KP}
      items: [{category: crew_services}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-04-01}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.crew_procurement"
    And the exemption "dprk.maritime.crew_procurement.committee_exemption" was weighed and did not apply for "dprk.maritime.crew_procurement"
