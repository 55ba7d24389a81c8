@dprk @finance
Feature: DPRK banks abroad: branches, offices, joint ventures, correspondent relationships
  2270 OP33 (number unconfirmed), from 2016-03-02: no new branch, subsidiary or representative
  office of a DPRK bank, and no new joint venture, ownership interest or correspondent
  relationship with DPRK banks; those existing had 90 days to close (to 2016-05-31). Caught: a
  financial_service outside the DPRK (or with no place given) with a DPRK bank as provider or
  as bank. Two rules:

  dprk.finance.dprk_banks_abroad - judged on the event's date (an opening, or the service on a day):
    exemptions  closure_window       2016-03-02..2016-05-31  existing before 2270 (contract_date
                                                             before 2016-03-02)
                committee_approval   from 2016-03-02          a 1718 Committee approval valid on the day
  dprk.finance.dprk_banks_abroad_closure - judged on the event's end_date: a presence that began
    before 2270 (date or contract_date before 2016-03-02) or inside the window, still open on
    2016-06-01 or later.

  # --- dprk.finance.dprk_banks_abroad --------------------------------------------------------

  Scenario: A DPRK bank opens a representative office in Shenyang in 2016
    Given the event:
      """
      id: rep-office
      type: financial_service
      date: 2016-08-01
      location: {country: CN}
      parties:
        - {role: provider, kind: entity, name: Foreign Trade Bank of the DPRK, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.finance.dprk_banks_abroad"
    And the finding for "dprk.finance.dprk_banks_abroad" cites resolution 2270 paragraph "33" marked "unconfirmed"

  Scenario: The day before 2270 was adopted opening the office is no finding
    Given the event:
      """
      id: rep-office-eve
      type: financial_service
      date: 2016-03-01
      location: {country: CN}
      parties:
        - {role: provider, kind: entity, name: Foreign Trade Bank of the DPRK, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.finance.dprk_banks_abroad"

  Scenario: A correspondent relationship with a DPRK bank, place not given
    Given the event:
      """
      id: correspondent
      type: financial_service
      date: 2017-01-10
      parties:
        - {role: provider, kind: entity, name: Border Commercial Bank, country: CN}
        - {role: bank, kind: entity, name: Korea Daesong Bank, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.finance.dprk_banks_abroad"

  Scenario: A DPRK bank serving a client inside the DPRK is not a bank abroad
    Given the event:
      """
      id: bank-at-home
      type: financial_service
      date: 2017-01-10
      location: {country: KP}
      parties:
        - {role: provider, kind: entity, name: Korea Daesong Bank, country: KP}
        - {role: client, kind: entity, name: Korea Trading Corp, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.finance.dprk_banks_abroad"

  Scenario: A DPRK company's account at a Chinese bank does not involve a DPRK bank
    Given the event:
      """
      id: company-account
      type: financial_service
      date: 2017-01-10
      location: {country: CN}
      parties:
        - {role: provider, kind: entity, name: Border Commercial Bank, country: CN}
        - {role: client, kind: entity, name: Korea Trading Corp, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.finance.dprk_banks_abroad"

  Scenario: An existing correspondent relationship on the last day of the 90 days
    Given the event:
      """
      id: existing-last-day
      type: financial_service
      date: 2016-05-31
      contract_date: 2012-04-01
      location: {country: CN}
      parties:
        - {role: provider, kind: entity, name: Border Commercial Bank, country: CN}
        - {role: bank, kind: entity, name: Korea Daesong Bank, country: KP}
      """
    When the events are checked
    Then "dprk.finance.dprk_banks_abroad" is lifted by exemption "dprk.finance.dprk_banks_abroad.closure_window"

  Scenario: The same relationship still used the day after the 90 days
    Given the event:
      """
      id: existing-day-after
      type: financial_service
      date: 2016-06-01
      contract_date: 2012-04-01
      location: {country: CN}
      parties:
        - {role: provider, kind: entity, name: Border Commercial Bank, country: CN}
        - {role: bank, kind: entity, name: Korea Daesong Bank, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.finance.dprk_banks_abroad"
    And the exemption "dprk.finance.dprk_banks_abroad.closure_window" was weighed and did not apply for "dprk.finance.dprk_banks_abroad" because "not available on 2016-06-01"

  Scenario: A relationship opened after 2270 gets no closing window
    Given the event:
      """
      id: new-in-window
      type: financial_service
      date: 2016-04-01
      location: {country: CN}
      parties:
        - {role: provider, kind: entity, name: Border Commercial Bank, country: CN}
        - {role: bank, kind: entity, name: Korea Daesong Bank, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.finance.dprk_banks_abroad"
    And the exemption "dprk.finance.dprk_banks_abroad.closure_window" was weighed and did not apply for "dprk.finance.dprk_banks_abroad"

  Scenario: A DPRK bank office approved in advance by the 1718 Committee
    Given the event:
      """
      id: office-approved
      type: financial_service
      date: 2018-01-10
      location: {country: CH}
      parties:
        - {role: provider, kind: entity, name: Korea Example Bank, country: KP}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2017-12-01}
      """
    When the events are checked
    Then "dprk.finance.dprk_banks_abroad" is lifted by exemption "dprk.finance.dprk_banks_abroad.committee_approval"

  Scenario: A central-bank licence is not a Committee approval
    Given the event:
      """
      id: office-licensed
      type: financial_service
      date: 2018-01-10
      location: {country: CH}
      parties:
        - {role: provider, kind: entity, name: Korea Example Bank, country: KP}
      authorizations:
        - {type: licence, issued_by: National Bank, date: 2017-12-01}
      """
    When the events are checked
    Then there is a violation of "dprk.finance.dprk_banks_abroad"
    And the exemption "dprk.finance.dprk_banks_abroad.committee_approval" was weighed and did not apply for "dprk.finance.dprk_banks_abroad"

  # --- dprk.finance.dprk_banks_abroad_closure (judged on end_date) ---------------------------

  Scenario: A DPRK bank branch opened in 2012 and closed only in September 2016
    Given the event:
      """
      id: branch-kept
      type: financial_service
      date: 2012-01-01
      end_date: 2016-09-30
      location: {country: RU}
      parties:
        - {role: provider, kind: entity, name: Korea Example Bank, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.finance.dprk_banks_abroad_closure"
    And the finding for "dprk.finance.dprk_banks_abroad_closure" cites resolution 2270 paragraph "33" marked "unconfirmed"
    And there is no finding for "dprk.finance.dprk_banks_abroad"

  Scenario: A branch closed on the last day of the 90 days
    Given the event:
      """
      id: branch-closed-in-time
      type: financial_service
      date: 2012-01-01
      end_date: 2016-05-31
      location: {country: RU}
      parties:
        - {role: provider, kind: entity, name: Korea Example Bank, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.finance.dprk_banks_abroad_closure"

  Scenario: A branch closed on the first day after the 90 days
    Given the event:
      """
      id: branch-closed-late
      type: financial_service
      date: 2012-01-01
      end_date: 2016-06-01
      location: {country: RU}
      parties:
        - {role: provider, kind: entity, name: Korea Example Bank, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.finance.dprk_banks_abroad_closure"

  Scenario: A relationship under a pre-2270 contract, used in the window and kept past it
    Given the event:
      """
      id: contract-kept
      type: financial_service
      date: 2016-04-01
      end_date: 2016-07-01
      contract_date: 2015-12-01
      location: {country: CN}
      parties:
        - {role: provider, kind: entity, name: Border Commercial Bank, country: CN}
        - {role: bank, kind: entity, name: Korea Daesong Bank, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.finance.dprk_banks_abroad_closure"
    And "dprk.finance.dprk_banks_abroad" is lifted by exemption "dprk.finance.dprk_banks_abroad.closure_window"

  Scenario: A period that began after the window is judged as an opening, not a late closure
    Given the event:
      """
      id: period-after-window
      type: financial_service
      date: 2016-07-01
      end_date: 2016-09-01
      location: {country: CN}
      parties:
        - {role: provider, kind: entity, name: Korea Example Bank, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.finance.dprk_banks_abroad_closure"
    And there is a violation of "dprk.finance.dprk_banks_abroad"
