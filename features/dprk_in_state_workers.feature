@dprk @in_state
Feature: DPRK nationals working abroad (dprk.workers.authorizations, dprk.workers.repatriation)
  Employment events: a worker of DPRK nationality, location.country the host State.
    2017-08-05  2371 OP11  freeze of the NUMBER of work authorisations: a State total, not
                           encoded (one employment event cannot show it)
    2017-09-11  2375 OP17  no new work authorisations (judged on the event's date and the
                           permit's date)      -> dprk.workers.authorizations
    2019-12-23  2397 OP8   every DPRK national earning income repatriated by 2019-12-22
                           (judged on end_date) -> dprk.workers.repatriation
  Exemptions:
    authorizations.prior_contract        written contract finalised before 2017-09-11
    authorizations.committee_approval    1718 Committee approval given in advance
    repatriation.host_state_national     State determination: the worker is also its national
    repatriation.repatriation_prohibited State determination: law forbids repatriation
    repatriation.committee_exemption     1718 Committee exemption running past the deadline

  # --- 2375 OP17: no new work authorisations -----------------------------------------------------

  Scenario: A Russian work permit issued in 2018 to a DPRK construction worker breaches 2375 OP17
    Given the event:
      """
      id: permit-2018
      type: employment
      date: 2018-03-01
      end_date: 2018-12-31
      location: {country: RU, area: Vladivostok}
      parties:
        - {role: worker, kind: individual, country: KP}
        - {role: employer, kind: entity, name: Primorye construction company, country: RU}
      authorizations:
        - {type: work_permit, issued_by: Russian Federation, date: 2018-02-20}
      """
    When the events are checked
    Then there is a violation of "dprk.workers.authorizations"
    And the finding for "dprk.workers.authorizations" cites resolution 2375 paragraph "17" marked "verified"
    And there is no finding for "dprk.workers.repatriation"

  Scenario: On 2017-09-11, the day 2375 was adopted, a new work permit is a breach
    Given the event:
      """
      id: permit-adoption-day
      type: employment
      date: 2017-09-11
      end_date: 2017-12-31
      location: {country: CN}
      parties: [{role: worker, kind: individual, country: KP}]
      authorizations: [{type: work_permit, issued_by: China, date: 2017-09-11}]
      """
    When the events are checked
    Then there is a violation of "dprk.workers.authorizations"

  Scenario: The day before 2375, a work permit is no finding (the 2371 freeze is a State total)
    Given the event:
      """
      id: permit-eve
      type: employment
      date: 2017-09-10
      end_date: 2017-12-31
      location: {country: CN}
      parties: [{role: worker, kind: individual, country: KP}]
      authorizations: [{type: work_permit, issued_by: China}]
      """
    When the events are checked
    Then there is no finding for "dprk.workers.authorizations"

  Scenario: An undated work permit for an employment that begins after the ban counts as new
    Given the event:
      """
      id: permit-undated
      type: employment
      date: 2018-06-01
      end_date: 2019-05-31
      location: {country: AE}
      parties: [{role: worker, kind: individual, country: DPRK}]
      authorizations: [{type: work_permit, issued_by: United Arab Emirates}]
      """
    When the events are checked
    Then there is a violation of "dprk.workers.authorizations"

  Scenario: A permit issued before 2375 for work that starts after it is not a new authorisation
    Given the event:
      """
      id: permit-issued-august
      type: employment
      date: 2017-10-01
      end_date: 2018-09-30
      location: {country: RU}
      parties: [{role: worker, kind: individual, country: KP}]
      authorizations: [{type: work_permit, issued_by: Russian Federation, date: 2017-08-20}]
      """
    When the events are checked
    Then there is no finding for "dprk.workers.authorizations"

  Scenario: A Chinese worker with a Russian work permit is no DPRK matter
    Given the event:
      """
      id: permit-cn-worker
      type: employment
      date: 2018-03-01
      end_date: 2020-12-31
      location: {country: RU}
      parties: [{role: worker, kind: individual, country: CN}]
      authorizations: [{type: work_permit, issued_by: Russian Federation, date: 2018-02-20}]
      """
    When the events are checked
    Then there are no findings

  Scenario: A DPRK national working inside the DPRK is not abroad
    Given the event:
      """
      id: work-in-kp
      type: employment
      date: 2018-03-01
      end_date: 2020-12-31
      location: {country: KP, area: Rason}
      parties:
        - {role: worker, kind: individual, country: KP}
        - {role: employer, kind: entity, country: CN}
      authorizations: [{type: work_permit, issued_by: DPRK, date: 2018-02-20}]
      """
    When the events are checked
    Then there is no finding for "dprk.workers.authorizations"
    And there is no finding for "dprk.workers.repatriation"

  Scenario: A permit under a written contract finalised the day before 2375 is not caught
    Given the event:
      """
      id: prior-contract
      type: employment
      date: 2017-11-01
      end_date: 2018-10-31
      contract_date: 2017-09-10
      location: {country: RU}
      parties: [{role: worker, kind: individual, country: KP}]
      authorizations: [{type: work_permit, issued_by: Russian Federation, date: 2017-10-15}]
      """
    When the events are checked
    Then "dprk.workers.authorizations" is lifted by exemption "dprk.workers.authorizations.prior_contract"

  Scenario: A contract finalised on the day 2375 was adopted is not a prior contract
    Given the event:
      """
      id: contract-adoption-day
      type: employment
      date: 2017-11-01
      end_date: 2018-10-31
      contract_date: 2017-09-11
      location: {country: RU}
      parties: [{role: worker, kind: individual, country: KP}]
      authorizations: [{type: work_permit, issued_by: Russian Federation, date: 2017-10-15}]
      """
    When the events are checked
    Then there is a violation of "dprk.workers.authorizations"
    And the exemption "dprk.workers.authorizations.prior_contract" was weighed and did not apply for "dprk.workers.authorizations"

  Scenario: Employment the 1718 Committee approved in advance
    Given the event:
      """
      id: committee-approved-work
      type: employment
      date: 2018-03-01
      end_date: 2018-08-31
      location: {country: MN}
      parties: [{role: worker, kind: individual, country: KP}]
      authorizations:
        - {type: work_permit, issued_by: Mongolia, date: 2018-02-20}
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-01-10, valid_until: 2018-12-31,
           covers: humanitarian assistance delivery}
      """
    When the events are checked
    Then "dprk.workers.authorizations" is lifted by exemption "dprk.workers.authorizations.committee_approval"

  Scenario: A Committee approval given after the employment began is not "in advance"
    Given the event:
      """
      id: committee-late
      type: employment
      date: 2018-03-01
      end_date: 2018-08-31
      location: {country: MN}
      parties: [{role: worker, kind: individual, country: KP}]
      authorizations:
        - {type: work_permit, issued_by: Mongolia, date: 2018-02-20}
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-04-01}
      """
    When the events are checked
    Then there is a violation of "dprk.workers.authorizations"
    And the exemption "dprk.workers.authorizations.committee_approval" was weighed and did not apply for "dprk.workers.authorizations"

  # --- 2397 OP8: repatriation by 2019-12-22 (judged on end_date) -------------------------------

  Scenario: A DPRK worker still employed in China in 2020 breaches 2397 OP8
    Given the event:
      """
      id: seafood-plant-2020
      type: employment
      date: 2016-05-01
      end_date: 2020-06-30
      location: {country: CN, area: Donggang}
      parties:
        - {role: worker, kind: individual, country: KP}
        - {role: employer, kind: entity, name: seafood processing plant, country: CN}
      """
    When the events are checked
    Then there is a violation of "dprk.workers.repatriation"
    And the finding for "dprk.workers.repatriation" cites resolution 2397 paragraph "8" marked "verified"
    And there is no finding for "dprk.workers.authorizations"

  Scenario: An employment that ends on 2019-12-22 met the deadline
    Given the event:
      """
      id: left-on-deadline
      type: employment
      date: 2016-05-01
      end_date: 2019-12-22
      location: {country: CN}
      parties: [{role: worker, kind: individual, country: KP}]
      """
    When the events are checked
    Then there is no finding for "dprk.workers.repatriation"

  Scenario: An employment that ends on 2019-12-23 did not
    Given the event:
      """
      id: left-day-after
      type: employment
      date: 2016-05-01
      end_date: 2019-12-23
      location: {country: CN}
      parties: [{role: worker, kind: individual, country: KP}]
      """
    When the events are checked
    Then there is a violation of "dprk.workers.repatriation"

  Scenario: A DPRK IT worker earning income remotely for a Laotian company in 2021
    Given the event:
      """
      id: it-worker-2021
      type: employment
      date: 2019-01-15
      end_date: 2021-03-31
      location: {country: LA}
      parties:
        - {role: worker, kind: individual, country: KP}
        - {role: employer, kind: entity, country: LA}
      """
    When the events are checked
    Then there is a violation of "dprk.workers.repatriation"

  Scenario: A Vietnamese worker employed abroad past 2019 is no DPRK matter
    Given the event:
      """
      id: vn-worker
      type: employment
      date: 2016-05-01
      end_date: 2021-06-30
      location: {country: RU}
      parties: [{role: worker, kind: individual, country: VN}]
      """
    When the events are checked
    Then there are no findings

  Scenario: A work permit issued in 2018 for work lasting into 2020 breaches both duties
    Given the event:
      """
      id: permit-and-stay
      type: employment
      date: 2018-04-01
      end_date: 2020-03-31
      location: {country: RU}
      parties: [{role: worker, kind: individual, country: KP}]
      authorizations: [{type: work_permit, issued_by: Russian Federation, date: 2018-03-25}]
      """
    When the events are checked
    Then there is a violation of "dprk.workers.authorizations" for event "permit-and-stay"
    And there is a violation of "dprk.workers.repatriation" for event "permit-and-stay"

  Scenario: A prior contract does not outlast the repatriation deadline
    Given the event:
      """
      id: prior-contract-2020
      type: employment
      date: 2017-10-01
      end_date: 2020-09-30
      contract_date: 2017-06-01
      location: {country: RU}
      parties: [{role: worker, kind: individual, country: KP}]
      authorizations: [{type: work_permit, issued_by: Russian Federation, date: 2017-09-20}]
      """
    When the events are checked
    Then "dprk.workers.authorizations" is lifted by exemption "dprk.workers.authorizations.prior_contract"
    And there is a violation of "dprk.workers.repatriation"

  Scenario: The host State determined that the worker is also its national
    Given the event:
      """
      id: dual-national
      type: employment
      date: 2015-04-01
      end_date: 2021-04-01
      location: {country: JP}
      parties: [{role: worker, kind: individual, country: KP}]
      authorizations:
        - {type: state_determination, issued_by: Japan, date: 2019-11-01,
           covers: "worker is a dual national (Japanese nationality)"}
      """
    When the events are checked
    Then "dprk.workers.repatriation" is lifted by exemption "dprk.workers.repatriation.host_state_national"

  Scenario: A residence permit is not a determination of nationality
    Given the event:
      """
      id: residence-permit
      type: employment
      date: 2015-04-01
      end_date: 2021-04-01
      location: {country: JP}
      parties: [{role: worker, kind: individual, country: KP}]
      authorizations:
        - {type: state_determination, issued_by: Japan, date: 2019-11-01, covers: long-term residence permit}
      """
    When the events are checked
    Then there is a violation of "dprk.workers.repatriation"
    And the exemption "dprk.workers.repatriation.host_state_national" was weighed and did not apply for "dprk.workers.repatriation"

  Scenario: Repatriation barred by non-refoulement
    Given the event:
      """
      id: refugee-worker
      type: employment
      date: 2017-02-01
      end_date: 2020-11-30
      location: {country: TH}
      parties: [{role: worker, kind: individual, country: KP}]
      authorizations:
        - {type: state_determination, issued_by: Thailand, date: 2019-12-01,
           covers: "repatriation prohibited: non-refoulement under international refugee law"}
      """
    When the events are checked
    Then "dprk.workers.repatriation" is lifted by exemption "dprk.workers.repatriation.repatriation_prohibited"

  Scenario: A refugee claim that is only a notification is not the State's determination
    Given the event:
      """
      id: refugee-notification
      type: employment
      date: 2017-02-01
      end_date: 2020-11-30
      location: {country: TH}
      parties: [{role: worker, kind: individual, country: KP}]
      authorizations:
        - {type: notification, issued_by: Thailand, addressed_to: 1718 Committee, date: 2019-12-01,
           covers: worker has applied for refugee status}
      """
    When the events are checked
    Then there is a violation of "dprk.workers.repatriation"
    And the exemption "dprk.workers.repatriation.repatriation_prohibited" was weighed and did not apply for "dprk.workers.repatriation"

  Scenario: A 1718 Committee exemption valid past the deadline
    Given the event:
      """
      id: committee-worker
      type: employment
      date: 2016-09-01
      end_date: 2020-08-31
      location: {country: CH}
      parties: [{role: worker, kind: individual, country: KP}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2019-10-01, valid_until: 2020-12-31}
      """
    When the events are checked
    Then "dprk.workers.repatriation" is lifted by exemption "dprk.workers.repatriation.committee_exemption"

  Scenario: A Committee exemption that lapsed before the deadline does not cover the stay
    Given the event:
      """
      id: committee-worker-lapsed
      type: employment
      date: 2016-09-01
      end_date: 2020-08-31
      location: {country: CH}
      parties: [{role: worker, kind: individual, country: KP}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-10-01, valid_until: 2019-06-30}
      """
    When the events are checked
    Then there is a violation of "dprk.workers.repatriation"
    And the exemption "dprk.workers.repatriation.committee_exemption" was weighed and did not apply for "dprk.workers.repatriation"
