@dprk @maritime
Feature: The DPRK flag and registry, and services to DPRK-flagged vessels (dprk.maritime.flag_services)
  2270 OP20 (number unconfirmed), from 2016-03-02: a State's nationals may not register a vessel
  in the DPRK, obtain authorisation for a vessel to fly the DPRK flag, or own, lease, operate,
  class, certify or insure a DPRK-flagged vessel. Caught: a vessel registered in the DPRK or
  flying its flag, with a non-DPRK owner, operator, lessee, insurer or service provider.
  Exemptions:
    livelihood_notified  2016-03-02..2016-11-29  declared purpose livelihood and a notification to
                                                 the Committee dated before the event (the
                                                 reference says 2321 tightened the route; the
                                                 paragraph is not identified, so it is encoded to
                                                 end where the 2270 OP19 route ended)
    committee_exemption  from 2016-11-30          a 1718 Committee exemption valid on the day

  Scenario: A Hong Kong owner puts its ship under the DPRK flag in 2016
    Given the event:
      """
      id: reflag-2016
      type: vessel_registration
      date: 2016-06-01
      vessels: [{name: GOLD STAR 3, imo: "8000003", flag: KP}]
      parties:
        - {role: owner, kind: entity, name: Gold Star Shipping Ltd, country: HK}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.flag_services"
    And the finding for "dprk.maritime.flag_services" cites resolution 2270 paragraph "20" marked "unconfirmed"

  Scenario: The day before 2270 was adopted the reflagging is no finding
    Given the event:
      """
      id: reflag-eve
      type: vessel_registration
      date: 2016-03-01
      vessels: [{name: GOLD STAR 3, flag: KP}]
      parties:
        - {role: owner, kind: entity, name: Gold Star Shipping Ltd, country: HK}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.flag_services"

  Scenario: Registering a vessel in the DPRK, flag not yet recorded
    Given the event:
      """
      id: register-in-kp
      type: vessel_registration
      date: 2019-01-10
      location: {country: KP, port: Nampo}
      vessels: [{name: NEW NAME, imo: "8000004"}]
      parties:
        - {role: owner, kind: entity, name: Offshore Holdings Ltd, country: MH}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.flag_services"

  Scenario: A Russian insurer covers a DPRK-flagged vessel
    Given the event:
      """
      id: insure-kp-flag
      type: vessel_registration
      date: 2017-02-01
      vessels: [{name: TAE SONG, flag: KP}]
      parties:
        - {role: insurer, kind: entity, name: Some Insurance JSC, country: RU}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.flag_services"

  Scenario: A classification society certifies a DPRK-flagged vessel
    Given the event:
      """
      id: class-kp-flag
      type: vessel_registration
      date: 2017-02-01
      vessels: [{name: TAE SONG, flag: KP}]
      parties:
        - {role: provider, kind: entity, name: Example Classification Society, country: PA}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.flag_services"

  Scenario: A DPRK-flagged vessel owned and operated by DPRK companies involves no foreign service
    Given the event:
      """
      id: kp-own-vessel
      type: vessel_registration
      date: 2017-02-01
      vessels: [{name: TAE SONG, flag: KP}]
      parties:
        - {role: owner, kind: entity, name: Korea Tae Song Shipping, country: KP}
        - {role: operator, kind: entity, name: Korea Tae Song Shipping, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.flag_services"

  Scenario: A Hong Kong vessel registered in Hong Kong is no DPRK matter
    Given the event:
      """
      id: hk-register
      type: vessel_registration
      date: 2017-02-01
      location: {country: HK}
      vessels: [{name: HARBOUR LIGHT, flag: HK}]
      parties:
        - {role: owner, kind: entity, name: Harbour Light Ltd, country: HK}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.flag_services"

  # --- livelihood notified in advance (2016-03-02..2016-11-29) -------------------------------

  Scenario: Operating a DPRK-flagged fishing vessel for livelihood, notified beforehand
    Given the event:
      """
      id: flag-livelihood
      type: vessel_registration
      date: 2016-08-01
      vessels: [{name: FISHING BOAT 7, flag: KP}]
      parties:
        - {role: operator, kind: entity, name: Coastal Fisheries Ltd, country: CN}
      purposes: [livelihood]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2016-07-01}
      """
    When the events are checked
    Then "dprk.maritime.flag_services" is lifted by exemption "dprk.maritime.flag_services.livelihood_notified"

  Scenario: A livelihood operation notified to a national ministry, not the Committee
    Given the event:
      """
      id: flag-livelihood-ministry
      type: vessel_registration
      date: 2016-08-01
      vessels: [{name: FISHING BOAT 7, flag: KP}]
      parties:
        - {role: operator, kind: entity, name: Coastal Fisheries Ltd, country: CN}
      purposes: [livelihood]
      authorizations:
        - {type: notification, issued_by: Coastal Fisheries Ltd, addressed_to: Ministry of Commerce, date: 2016-07-01}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.flag_services"
    And the exemption "dprk.maritime.flag_services.livelihood_notified" was weighed and did not apply for "dprk.maritime.flag_services"

  Scenario: From 2016-11-30 the livelihood route is no longer available
    Given the event:
      """
      id: flag-livelihood-2017
      type: vessel_registration
      date: 2017-01-15
      vessels: [{name: FISHING BOAT 7, flag: KP}]
      parties:
        - {role: operator, kind: entity, name: Coastal Fisheries Ltd, country: CN}
      purposes: [livelihood]
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2016-12-01}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.flag_services"
    And the exemption "dprk.maritime.flag_services.livelihood_notified" was weighed and did not apply for "dprk.maritime.flag_services" because "not available on 2017-01-15"

  # --- Committee exemption (from 2016-11-30) -------------------------------------------------

  Scenario: Operating a DPRK-flagged vessel under a 1718 Committee exemption
    Given the event:
      """
      id: flag-exempted
      type: vessel_registration
      date: 2018-06-01
      vessels: [{name: FISHING BOAT 7, flag: KP}]
      parties:
        - {role: operator, kind: entity, name: Coastal Fisheries Ltd, country: CN}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-05-01, valid_until: 2019-05-01}
      """
    When the events are checked
    Then "dprk.maritime.flag_services" is lifted by exemption "dprk.maritime.flag_services.committee_exemption"

  Scenario: Before 2321 the general Committee route did not exist
    Given the event:
      """
      id: flag-exempted-2016
      type: vessel_registration
      date: 2016-06-01
      vessels: [{name: FISHING BOAT 7, flag: KP}]
      parties:
        - {role: operator, kind: entity, name: Coastal Fisheries Ltd, country: CN}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2016-05-01}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.flag_services"
    And the exemption "dprk.maritime.flag_services.committee_exemption" was weighed and did not apply for "dprk.maritime.flag_services" because "not available on 2016-06-01"
