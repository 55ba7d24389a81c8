@dprk @finance
Feature: Bank accounts of DPRK diplomatic missions and diplomats (dprk.diplomatic.accounts)
  2321 OP16 (number unconfirmed; force, decides or calls upon, unconfirmed), from 2016-11-30:
  one bank account per DPRK diplomatic mission or consular post, one per accredited DPRK diplomat
  or consular officer. The limit is a count across accounts that one event cannot show, and the
  paragraph may be hortatory, so the rule is review-only: an account outside the DPRK for a DPRK
  client with a declared diplomatic purpose is a review (check it is the only one).

  Scenario: A DPRK embassy opens an account at a European bank
    Given the event:
      """
      id: embassy-account
      type: financial_service
      date: 2017-02-01
      location: {country: DE}
      purposes: [diplomatic]
      parties:
        - {role: provider, kind: entity, name: Example Bank AG, country: DE}
        - {role: client, kind: state, name: Embassy of the DPRK, country: KP}
      """
    When the events are checked
    Then there is a review finding for "dprk.diplomatic.accounts"
    And the finding for "dprk.diplomatic.accounts" cites resolution 2321 paragraph "16" marked "unconfirmed"

  Scenario: The day before 2321 was adopted the account is no finding
    Given the event:
      """
      id: embassy-account-eve
      type: financial_service
      date: 2016-11-29
      location: {country: DE}
      purposes: [diplomatic]
      parties:
        - {role: client, kind: state, name: Embassy of the DPRK, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.diplomatic.accounts"

  Scenario: An accredited DPRK diplomat's personal account
    Given the event:
      """
      id: diplomat-account
      type: financial_service
      date: 2018-09-01
      location: {country: PL}
      purposes: [diplomatic]
      parties:
        - {role: provider, kind: entity, name: Example Bank SA, country: PL}
        - {role: client, kind: individual, name: Accredited Diplomat, country: KP}
      """
    When the events are checked
    Then there is a review finding for "dprk.diplomatic.accounts"

  Scenario: A DPRK trading company's account declares a purpose other than diplomatic
    Given the event:
      """
      id: company-account
      type: financial_service
      date: 2018-09-01
      location: {country: PL}
      purposes: [livelihood]
      parties:
        - {role: provider, kind: entity, name: Example Bank SA, country: PL}
        - {role: client, kind: entity, name: Korea Trading Corp, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.diplomatic.accounts"

  Scenario: An account of a DPRK client whose event gives no purpose is a review naming the field
    Given the event:
      """
      id: account-no-purpose
      type: financial_service
      date: 2018-09-01
      location: {country: PL}
      parties:
        - {role: provider, kind: entity, name: Example Bank SA, country: PL}
        - {role: client, kind: entity, name: Embassy of the DPRK in Warsaw, country: KP}
      """
    When the events are checked
    Then there is a review finding for "dprk.diplomatic.accounts"
    And the review finding for "dprk.diplomatic.accounts" names "purposes is not given" as missing

  Scenario: Another State's embassy account is not limited
    Given the event:
      """
      id: other-embassy
      type: financial_service
      date: 2018-09-01
      location: {country: PL}
      purposes: [diplomatic]
      parties:
        - {role: client, kind: state, name: Embassy of Sweden, country: SE}
      """
    When the events are checked
    Then there is no finding for "dprk.diplomatic.accounts"

  Scenario: An account held inside the DPRK is not at a bank in another State's territory
    Given the event:
      """
      id: account-in-kp
      type: financial_service
      date: 2018-09-01
      location: {country: KP}
      purposes: [diplomatic]
      parties:
        - {role: client, kind: state, name: DPRK Ministry of Foreign Affairs, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.diplomatic.accounts"
