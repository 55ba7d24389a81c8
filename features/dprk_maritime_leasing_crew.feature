@dprk @maritime
Feature: Leasing or chartering vessels to the DPRK, crew services for it (dprk.maritime.leasing_crew)
  No leasing or chartering of vessels to the DPRK, DPRK entities or designated persons, and no
  crew services for them (a DPRK or designated lessee; or crew services with a DPRK or designated
  client, operator, owner or lessee):
    2016-03-02  2270 OP19            ban, save livelihood activities notified in advance
    2016-11-30  2321 OP8, 2270 OP19  without exception, unless the Committee approves in advance
  Exemptions:
    livelihood_notified  2016-03-02..2016-11-29  declared purpose livelihood and a notification to
                                                 the Committee dated before the event
    committee_approval   from 2016-11-30          a 1718 Committee approval valid on the day
  Aircraft are not encoded: events carry no aircraft.

  # --- one breach per stage, the day before, the day 2321 replaced 2270 ----------------------

  Scenario: A tanker leased to a DPRK company in June 2016 breaches 2270 OP19
    Given the event:
      """
      id: lease-2016
      type: vessel_registration
      date: 2016-06-01
      vessels: [{name: OCEAN STAR, imo: "9000001", flag: PA}]
      parties:
        - {role: owner, kind: entity, name: Star Shipping Ltd, country: HK}
        - {role: lessee, kind: entity, name: Korea Ocean Shipping Company, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.leasing_crew"
    And the finding for "dprk.maritime.leasing_crew" cites resolution 2270 paragraph "19" marked "verified"

  Scenario: The day before 2270 was adopted the lease is no finding
    Given the event:
      """
      id: lease-eve
      type: vessel_registration
      date: 2016-03-01
      vessels: [{name: OCEAN STAR, flag: PA}]
      parties:
        - {role: lessee, kind: entity, name: Korea Ocean Shipping Company, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.leasing_crew"

  Scenario: On 2016-11-29 the lease still falls under 2270 OP19 alone
    Given the event:
      """
      id: lease-2016-11-29
      type: vessel_registration
      date: 2016-11-29
      vessels: [{name: OCEAN STAR, flag: PA}]
      parties:
        - {role: lessee, kind: entity, name: Korea Ocean Shipping Company, country: KP}
      """
    When the events are checked
    Then the finding for "dprk.maritime.leasing_crew" cites resolution 2270 paragraph "19"
    And the finding for "dprk.maritime.leasing_crew" does not cite resolution 2321

  Scenario: On 2016-11-30 the lease falls under 2321 OP8 (no exception)
    Given the event:
      """
      id: lease-2016-11-30
      type: vessel_registration
      date: 2016-11-30
      vessels: [{name: OCEAN STAR, flag: PA}]
      parties:
        - {role: lessee, kind: entity, name: Korea Ocean Shipping Company, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.leasing_crew"
    And the finding for "dprk.maritime.leasing_crew" cites resolution 2321 paragraph "8" marked "verified"
    And the finding for "dprk.maritime.leasing_crew" cites resolution 2270 paragraph "19" marked "verified"

  # --- who and what is caught ----------------------------------------------------------------

  Scenario: A vessel chartered to a designated entity registered outside the DPRK
    Given the event:
      """
      id: lease-designated
      type: vessel_registration
      date: 2018-05-01
      vessels: [{name: BULK TRADER, flag: TG}]
      parties:
        - {role: lessee, kind: entity, name: Yuk Tung Energy Pte Ltd, country: SG}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.leasing_crew"

  Scenario: Crew services for a vessel operated by a DPRK company
    Given the event:
      """
      id: crew-for-dprk
      type: vessel_registration
      date: 2018-02-01
      vessels: [{name: BULK TRADER, flag: TG}]
      parties:
        - {role: provider, kind: entity, name: Manning Agency Ltd, country: PH}
        - {role: operator, kind: entity, name: Korea Myohyang Shipping, country: KP}
      items: [{category: crew_services, quantity: 18, unit: each}]
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.leasing_crew"

  Scenario: A service of unknown kind for a DPRK operator needs review
    Given the event:
      """
      id: unknown-service
      type: vessel_registration
      date: 2018-02-01
      vessels: [{name: BULK TRADER, flag: TG}]
      parties:
        - {role: operator, kind: entity, name: Korea Myohyang Shipping, country: KP}
      items: [{description: manning and technical management agreement}]
      """
    When the events are checked
    Then there is a review finding for "dprk.maritime.leasing_crew"
    And the review finding for "dprk.maritime.leasing_crew" names "items[0]" as missing

  Scenario: A lease to a non-DPRK company of a vessel the DPRK owns is not a lease to the DPRK
    Given the event:
      """
      id: lease-from-dprk
      type: vessel_registration
      date: 2018-02-01
      vessels: [{name: BULK TRADER, flag: TG}]
      parties:
        - {role: owner, kind: entity, name: Korea Myohyang Shipping, country: KP}
        - {role: lessee, kind: entity, name: Coastal Traders Ltd, country: CN}
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.leasing_crew"

  Scenario: Crew services for a Singapore operator are not for the DPRK
    Given the event:
      """
      id: crew-clean
      type: vessel_registration
      date: 2018-02-01
      vessels: [{name: BULK TRADER, flag: SG}]
      parties:
        - {role: provider, kind: entity, name: Manning Agency Ltd, country: PH}
        - {role: operator, kind: entity, name: Lion Shipping Pte, country: SG}
      items: [{category: crew_services}]
      """
    When the events are checked
    Then there is no finding for "dprk.maritime.leasing_crew"

  # --- livelihood notified in advance (2016-03-02..2016-11-29) -------------------------------

  Scenario: A lease for livelihood purposes notified to the Committee beforehand
    Given the event:
      """
      id: lease-livelihood
      type: vessel_registration
      date: 2016-07-01
      vessels: [{name: FISHING CARRIER, flag: MN}]
      parties:
        - {role: lessee, kind: entity, name: Korea Fisheries Cooperative, country: KP}
      purposes: [livelihood]
      authorizations:
        - {type: notification, issued_by: Mongolia, addressed_to: 1718 Committee, date: 2016-06-15}
      """
    When the events are checked
    Then "dprk.maritime.leasing_crew" is lifted by exemption "dprk.maritime.leasing_crew.livelihood_notified"

  Scenario: A livelihood lease notified only on the day it starts is not notified in advance
    Given the event:
      """
      id: lease-livelihood-same-day
      type: vessel_registration
      date: 2016-07-01
      vessels: [{name: FISHING CARRIER, flag: MN}]
      parties:
        - {role: lessee, kind: entity, name: Korea Fisheries Cooperative, country: KP}
      purposes: [livelihood]
      authorizations:
        - {type: notification, issued_by: Mongolia, addressed_to: 1718 Committee, date: 2016-07-01}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.leasing_crew"
    And the exemption "dprk.maritime.leasing_crew.livelihood_notified" was weighed and did not apply for "dprk.maritime.leasing_crew"

  Scenario: A notified lease that does not declare a livelihood purpose
    Given the event:
      """
      id: lease-notified-no-purpose
      type: vessel_registration
      date: 2016-07-01
      vessels: [{name: FISHING CARRIER, flag: MN}]
      parties:
        - {role: lessee, kind: entity, name: Korea Fisheries Cooperative, country: KP}
      authorizations:
        - {type: notification, issued_by: Mongolia, addressed_to: 1718 Committee, date: 2016-06-15}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.leasing_crew"
    And the exemption "dprk.maritime.leasing_crew.livelihood_notified" was weighed and did not apply for "dprk.maritime.leasing_crew"

  Scenario: From 2016-11-30 a livelihood notification no longer lifts the ban
    Given the event:
      """
      id: lease-livelihood-2321
      type: vessel_registration
      date: 2016-11-30
      vessels: [{name: FISHING CARRIER, flag: MN}]
      parties:
        - {role: lessee, kind: entity, name: Korea Fisheries Cooperative, country: KP}
      purposes: [livelihood]
      authorizations:
        - {type: notification, issued_by: Mongolia, addressed_to: 1718 Committee, date: 2016-11-01}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.leasing_crew"
    And the exemption "dprk.maritime.leasing_crew.livelihood_notified" was weighed and did not apply for "dprk.maritime.leasing_crew" because "not available on 2016-11-30"

  # --- Committee approval in advance (from 2016-11-30) ---------------------------------------

  Scenario: A charter approved in advance by the 1718 Committee
    Given the event:
      """
      id: lease-approved
      type: vessel_registration
      date: 2018-04-01
      vessels: [{name: FISHING CARRIER, flag: MN}]
      parties:
        - {role: lessee, kind: entity, name: Korea Fisheries Cooperative, country: KP}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-03-01, valid_until: 2018-12-31}
      """
    When the events are checked
    Then "dprk.maritime.leasing_crew" is lifted by exemption "dprk.maritime.leasing_crew.committee_approval"

  Scenario: A Committee approval that lapsed before the charter began
    Given the event:
      """
      id: lease-approval-lapsed
      type: vessel_registration
      date: 2019-02-01
      vessels: [{name: FISHING CARRIER, flag: MN}]
      parties:
        - {role: lessee, kind: entity, name: Korea Fisheries Cooperative, country: KP}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-03-01, valid_until: 2018-12-31}
      """
    When the events are checked
    Then there is a violation of "dprk.maritime.leasing_crew"
    And the exemption "dprk.maritime.leasing_crew.committee_approval" was weighed and did not apply for "dprk.maritime.leasing_crew"
