@dprk @finance
Feature: Financial support for trade with the DPRK
  Export credits, guarantees, insurance and other financial support for trade with the DPRK (an
  item of category trade_finance, and a DPRK leg or party). The text changed from conditional to
  unconditional; since severity belongs to a rule, the measure is two rules with disjoint stages:

  dprk.finance.trade_support_conditional (review) - support that could contribute to the
  programmes, a State's determination no event carries:
    2013-03-07  2094 OP15 (public support only)
    2016-03-02  2270 OP36 (public and private), until 2016-11-29
  dprk.finance.trade_support (violation) - all public and private support, unconditionally:
    2016-11-30  2321 OP32, unless the Committee approves case by case in advance
  The hortatory 1874 OP20 (2009) is not encoded.
  Exemption:
    trade_support.committee_approval  from 2016-11-30  a 1718 Committee approval valid on the day

  # --- unconditional (2321 OP32) -------------------------------------------------------------

  Scenario: An export-credit guarantee for sales to a DPRK importer in 2017
    Given the event:
      """
      id: guarantee-2017
      type: financial_service
      date: 2017-03-01
      destination: KP
      parties:
        - {role: provider, kind: entity, name: Export Credit Agency, country: CN}
        - {role: client, kind: entity, name: Sino Exporter Co, country: CN}
        - {role: payee, kind: entity, name: Korea Import Corp, country: KP}
      items: [{category: trade_finance, description: export credit guarantee}]
      """
    When the events are checked
    Then there is a violation of "dprk.finance.trade_support"
    And the finding for "dprk.finance.trade_support" cites resolution 2321 paragraph "32" marked "verified"
    And there is no finding for "dprk.finance.trade_support_conditional"

  Scenario: On 2016-11-30 private trade finance is prohibited whether or not it could contribute
    Given the event:
      """
      id: loan-2016-11-30
      type: financial_transaction
      date: 2016-11-30
      origin: KP
      parties:
        - {role: financier, kind: entity, name: Private Bank Ltd, country: MY}
        - {role: client, kind: entity, name: Korea Export Corp, country: KP}
      items: [{category: trade_finance, description: pre-export loan}]
      """
    When the events are checked
    Then there is a violation of "dprk.finance.trade_support"
    And there is no finding for "dprk.finance.trade_support_conditional"

  Scenario: Trade finance between China and Viet Nam is no DPRK matter
    Given the event:
      """
      id: trade-finance-clean
      type: financial_service
      date: 2017-03-01
      origin: CN
      destination: VN
      parties:
        - {role: provider, kind: entity, name: Commercial Bank, country: CN}
        - {role: client, kind: entity, name: Hanoi Importer, country: VN}
      items: [{category: trade_finance}]
      """
    When the events are checked
    Then there is no finding for "dprk.finance.trade_support"
    And there is no finding for "dprk.finance.trade_support_conditional"

  Scenario: An account opened for a DPRK company is not, by itself, support for trade
    Given the event:
      """
      id: account-not-trade
      type: financial_service
      date: 2017-03-01
      location: {country: RU}
      parties:
        - {role: provider, kind: entity, name: Regional Bank, country: RU}
        - {role: client, kind: entity, name: Korea Trading Corp, country: KP}
      items: [{category: services, description: current account}]
      """
    When the events are checked
    Then there is no finding for "dprk.finance.trade_support"

  Scenario: A financial service of unknown kind for a DPRK client needs review
    Given the event:
      """
      id: unknown-finance
      type: financial_service
      date: 2017-03-01
      parties:
        - {role: provider, kind: entity, name: Regional Bank, country: RU}
        - {role: client, kind: entity, name: Korea Trading Corp, country: KP}
      items: [{description: facility agreement}]
      """
    When the events are checked
    Then there is a review finding for "dprk.finance.trade_support"
    And the review finding for "dprk.finance.trade_support" names "items[0]" as missing

  Scenario: Trade finance approved in advance by the 1718 Committee
    Given the event:
      """
      id: trade-finance-approved
      type: financial_service
      date: 2018-03-01
      destination: KP
      parties:
        - {role: provider, kind: entity, name: Development Bank, country: CH}
      items: [{category: trade_finance, description: letter of credit for medical equipment}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-02-01, valid_until: 2018-08-01}
      """
    When the events are checked
    Then "dprk.finance.trade_support" is lifted by exemption "dprk.finance.trade_support.committee_approval"

  Scenario: A Committee approval issued after the support was given
    Given the event:
      """
      id: trade-finance-late-approval
      type: financial_service
      date: 2018-01-15
      destination: KP
      parties:
        - {role: provider, kind: entity, name: Development Bank, country: CH}
      items: [{category: trade_finance}]
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-02-01, valid_until: 2018-08-01}
      """
    When the events are checked
    Then there is a violation of "dprk.finance.trade_support"
    And the exemption "dprk.finance.trade_support.committee_approval" was weighed and did not apply for "dprk.finance.trade_support"

  # --- conditional (2094 OP15, 2270 OP36): review --------------------------------------------

  Scenario: A public export credit for sales to the DPRK in 2014 is a review under 2094 OP15
    Given the event:
      """
      id: eca-2014
      type: financial_service
      date: 2014-06-01
      destination: KP
      parties:
        - {role: provider, kind: state, name: Export Credit Agency, country: CN}
      items: [{category: trade_finance, description: export credit}]
      """
    When the events are checked
    Then there is a review finding for "dprk.finance.trade_support_conditional"
    And the finding for "dprk.finance.trade_support_conditional" cites resolution 2094 paragraph "15" marked "unconfirmed"
    And there is no finding for "dprk.finance.trade_support"

  Scenario: The day before 2094 was adopted export credits are no finding
    Given the event:
      """
      id: eca-eve
      type: financial_service
      date: 2013-03-06
      destination: KP
      items: [{category: trade_finance}]
      """
    When the events are checked
    Then there is no finding for "dprk.finance.trade_support_conditional"

  Scenario: From 2016-03-02 the conditional ban is 2270 OP36
    Given the event:
      """
      id: trade-finance-2016-03-02
      type: financial_service
      date: 2016-03-02
      destination: KP
      items: [{category: trade_finance}]
      """
    When the events are checked
    Then there is a review finding for "dprk.finance.trade_support_conditional"
    And the finding for "dprk.finance.trade_support_conditional" cites resolution 2270 paragraph "36" marked "unconfirmed"
    And the finding for "dprk.finance.trade_support_conditional" does not cite resolution 2094

  Scenario: On 2016-11-29 trade finance is still only a review
    Given the event:
      """
      id: trade-finance-2016-11-29
      type: financial_service
      date: 2016-11-29
      destination: KP
      items: [{category: trade_finance}]
      """
    When the events are checked
    Then there is a review finding for "dprk.finance.trade_support_conditional"
    And there is no finding for "dprk.finance.trade_support"
