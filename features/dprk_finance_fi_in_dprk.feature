@dprk @finance
Feature: Financial institutions' offices, branches and accounts in the DPRK
  Financial institutions may not open offices, subsidiaries, branches or bank accounts in the
  DPRK (a financial_service located in the DPRK with a non-DPRK institution as provider or bank):
    2016-03-02  2270 OP34               new ones (existing ones only on credible information,
                                        2270 OP35: a determination, not encoded)
    2016-11-30  2321 OP31, 2270 OP34    new ones, and existing ones after 90 days (to 2017-02-28)
  Two rules:

  dprk.finance.fi_in_dprk - judged on the event's date:
    exemptions  existing_2270       2016-03-02..2016-11-29  existing before 2270 (contract_date
                                                            before 2016-03-02)
                closure_window      2016-11-30..2017-02-28  the same, within the 90 days of 2321
                committee_approval  from 2016-11-30          a 1718 Committee approval (humanitarian,
                                                            diplomatic, UN) valid on the day
  dprk.finance.fi_in_dprk_closure - judged on the event's end_date: an office or account that
    began before 2321 (date or contract_date before 2016-11-30) or inside the window, still open
    on 2017-03-01 or later.

  # --- dprk.finance.fi_in_dprk ---------------------------------------------------------------

  Scenario: A foreign bank opens a representative office in Pyongyang in 2016
    Given the event:
      """
      id: office-pyongyang
      type: financial_service
      date: 2016-06-01
      location: {country: KP, area: Pyongyang}
      parties:
        - {role: provider, kind: entity, name: Example Commercial Bank, country: CN}
      """
    When the events are checked
    Then there is a violation of "dprk.finance.fi_in_dprk"
    And the finding for "dprk.finance.fi_in_dprk" cites resolution 2270 paragraph "34" marked "unconfirmed"
    And the finding for "dprk.finance.fi_in_dprk" does not cite resolution 2321

  Scenario: The day before 2270 was adopted opening the office is no finding
    Given the event:
      """
      id: office-pyongyang-eve
      type: financial_service
      date: 2016-03-01
      location: {country: KP}
      parties:
        - {role: provider, kind: entity, name: Example Commercial Bank, country: CN}
      """
    When the events are checked
    Then there is no finding for "dprk.finance.fi_in_dprk"

  Scenario: On 2016-11-30 a new account in the DPRK falls under 2321 OP31
    Given the event:
      """
      id: account-2016-11-30
      type: financial_service
      date: 2016-11-30
      location: {country: KP}
      parties:
        - {role: provider, kind: entity, name: Korea Example Bank, country: KP}
        - {role: bank, kind: entity, name: Regional Bank, country: RU}
      """
    When the events are checked
    Then there is a violation of "dprk.finance.fi_in_dprk"
    And the finding for "dprk.finance.fi_in_dprk" cites resolution 2321 paragraph "31" marked "unconfirmed"
    And the finding for "dprk.finance.fi_in_dprk" cites resolution 2270 paragraph "34" marked "unconfirmed"

  Scenario: A DPRK bank serving a DPRK client at home involves no foreign institution
    Given the event:
      """
      id: domestic
      type: financial_service
      date: 2017-05-01
      location: {country: KP}
      parties:
        - {role: provider, kind: entity, name: Korea Example Bank, country: KP}
        - {role: client, kind: entity, name: Korea Trading Corp, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.finance.fi_in_dprk"

  Scenario: A foreign bank's branch in Beijing is not in the DPRK
    Given the event:
      """
      id: branch-beijing
      type: financial_service
      date: 2017-05-01
      location: {country: CN}
      parties:
        - {role: provider, kind: entity, name: Example Commercial Bank, country: SG}
      """
    When the events are checked
    Then there is no finding for "dprk.finance.fi_in_dprk"

  Scenario: In 2016 an office that existed before 2270 is not yet bound to close
    Given the event:
      """
      id: existing-2016
      type: financial_service
      date: 2016-11-29
      contract_date: 2010-05-01
      location: {country: KP}
      parties:
        - {role: provider, kind: entity, name: Example Commercial Bank, country: CN}
      """
    When the events are checked
    Then "dprk.finance.fi_in_dprk" is lifted by exemption "dprk.finance.fi_in_dprk.existing_2270"

  Scenario: An office with no contract date is not shown to have existed before 2270
    Given the event:
      """
      id: undated-2016
      type: financial_service
      date: 2016-07-01
      location: {country: KP}
      parties:
        - {role: provider, kind: entity, name: Example Commercial Bank, country: CN}
      """
    When the events are checked
    Then there is a violation of "dprk.finance.fi_in_dprk"
    And the exemption "dprk.finance.fi_in_dprk.existing_2270" was weighed and did not apply for "dprk.finance.fi_in_dprk"

  Scenario: From 2016-11-30 the pre-2270 office is inside the 90 days of 2321
    Given the event:
      """
      id: existing-2016-11-30
      type: financial_service
      date: 2016-11-30
      contract_date: 2010-05-01
      location: {country: KP}
      parties:
        - {role: provider, kind: entity, name: Example Commercial Bank, country: CN}
      """
    When the events are checked
    Then "dprk.finance.fi_in_dprk" is lifted by exemption "dprk.finance.fi_in_dprk.closure_window"
    And the exempted findings include:
      """
      - rule_id: dprk.finance.fi_in_dprk
        explanation:
          exemptions:
            - id: dprk.finance.fi_in_dprk.existing_2270
              applies: false
              why: "not available on 2016-11-30*"
            - {id: dprk.finance.fi_in_dprk.closure_window, applies: true}
      """

  Scenario: The last day of the 90 days of 2321
    Given the event:
      """
      id: existing-last-day
      type: financial_service
      date: 2017-02-28
      contract_date: 2010-05-01
      location: {country: KP}
      parties:
        - {role: provider, kind: entity, name: Example Commercial Bank, country: CN}
      """
    When the events are checked
    Then "dprk.finance.fi_in_dprk" is lifted by exemption "dprk.finance.fi_in_dprk.closure_window"

  Scenario: The first day after the 90 days of 2321
    Given the event:
      """
      id: existing-day-after
      type: financial_service
      date: 2017-03-01
      contract_date: 2010-05-01
      location: {country: KP}
      parties:
        - {role: provider, kind: entity, name: Example Commercial Bank, country: CN}
      """
    When the events are checked
    Then there is a violation of "dprk.finance.fi_in_dprk"
    And the exemption "dprk.finance.fi_in_dprk.closure_window" was weighed and did not apply for "dprk.finance.fi_in_dprk" because "not available on 2017-03-01"

  Scenario: An account kept for a diplomatic mission with the Committee's approval
    Given the event:
      """
      id: approved-account
      type: financial_service
      date: 2018-01-15
      location: {country: KP, area: Pyongyang}
      purposes: [diplomatic]
      parties:
        - {role: provider, kind: entity, name: Korea Example Bank, country: KP}
        - {role: bank, kind: entity, name: Embassy Paying Bank, country: SE}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2017-12-01, valid_until: 2018-12-01}
      """
    When the events are checked
    Then "dprk.finance.fi_in_dprk" is lifted by exemption "dprk.finance.fi_in_dprk.committee_approval"

  Scenario: A Committee approval that had lapsed
    Given the event:
      """
      id: lapsed-account
      type: financial_service
      date: 2019-01-15
      location: {country: KP, area: Pyongyang}
      purposes: [diplomatic]
      parties:
        - {role: provider, kind: entity, name: Korea Example Bank, country: KP}
        - {role: bank, kind: entity, name: Embassy Paying Bank, country: SE}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2017-12-01, valid_until: 2018-12-01}
      """
    When the events are checked
    Then there is a violation of "dprk.finance.fi_in_dprk"
    And the exemption "dprk.finance.fi_in_dprk.committee_approval" was weighed and did not apply for "dprk.finance.fi_in_dprk"

  # --- dprk.finance.fi_in_dprk_closure (judged on end_date) ----------------------------------

  Scenario: A foreign bank's Pyongyang branch open from 2010 to mid-2017
    Given the event:
      """
      id: branch-kept
      type: financial_service
      date: 2010-05-01
      end_date: 2017-06-30
      location: {country: KP}
      parties:
        - {role: provider, kind: entity, name: Example Commercial Bank, country: CN}
      """
    When the events are checked
    Then there is a violation of "dprk.finance.fi_in_dprk_closure"
    And the finding for "dprk.finance.fi_in_dprk_closure" cites resolution 2321 paragraph "31" marked "unconfirmed"
    And there is no finding for "dprk.finance.fi_in_dprk"

  Scenario: Closed on the last day of the 90 days
    Given the event:
      """
      id: branch-closed-in-time
      type: financial_service
      date: 2010-05-01
      end_date: 2017-02-28
      location: {country: KP}
      parties:
        - {role: provider, kind: entity, name: Example Commercial Bank, country: CN}
      """
    When the events are checked
    Then there is no finding for "dprk.finance.fi_in_dprk_closure"

  Scenario: Closed on the first day after the 90 days
    Given the event:
      """
      id: branch-closed-late
      type: financial_service
      date: 2010-05-01
      end_date: 2017-03-01
      location: {country: KP}
      parties:
        - {role: provider, kind: entity, name: Example Commercial Bank, country: CN}
      """
    When the events are checked
    Then there is a violation of "dprk.finance.fi_in_dprk_closure"
