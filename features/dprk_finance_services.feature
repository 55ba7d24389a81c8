@dprk @finance
Feature: Financial services and transfers of assets that could contribute (dprk.finance.services)
  States must prevent financial services and transfers of financial or other assets, incl. bulk
  cash and gold, that could contribute to the DPRK's nuclear or ballistic-missile programmes or
  other prohibited activities. "Could contribute" is a State's determination that no event
  carries, so the rule is review-only: a financial event with a DPRK leg (origin, destination,
  place) or party, or a party with a 1718 reference, is a review finding, never a violation.
    2013-03-07  2094 OP11, OP14 (bulk cash)
    2016-03-02  the same, and 2270 OP37 (gold)
  The hortatory 1874 OP18 (2009) is not encoded: a call grounds no finding.
  Exemption:
    committee_exemption  from 2016-11-30  a 1718 Committee exemption valid on the day

  Scenario: A 2014 payment to a DPRK bank is a review under 2094 OP11
    Given the event:
      """
      id: wire-2014
      type: financial_transaction
      date: 2014-05-01
      origin: CN
      destination: KP
      amount: {value: 250000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Dandong Trading Co, country: CN}
        - {role: payee, kind: entity, name: Korea Kwangson Banking Corp, country: KP}
      items: [{category: funds}]
      """
    When the events are checked
    Then there is a review finding for "dprk.finance.services"
    And the finding for "dprk.finance.services" cites resolution 2094 paragraph "11" marked "verified"
    And the finding for "dprk.finance.services" cites resolution 2094 paragraph "14" marked "unconfirmed"
    And the finding for "dprk.finance.services" does not cite resolution 2270

  Scenario: The day before 2094 was adopted the payment is no finding
    Given the event:
      """
      id: wire-eve
      type: financial_transaction
      date: 2013-03-06
      origin: CN
      destination: KP
      parties:
        - {role: payee, kind: entity, name: Korea Kwangson Banking Corp, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.finance.services"

  Scenario: On 2016-03-01 the gold clarification is not yet cited
    Given the event:
      """
      id: wire-2016-03-01
      type: financial_transaction
      date: 2016-03-01
      parties:
        - {role: payer, kind: entity, name: Korea Trading Corp, country: KP}
        - {role: payee, kind: entity, name: Supplier Ltd, country: MY}
      """
    When the events are checked
    Then there is a review finding for "dprk.finance.services"
    And the finding for "dprk.finance.services" does not cite resolution 2270

  Scenario: From 2016-03-02 a transfer of gold also cites 2270 OP37
    Given the event:
      """
      id: gold-courier
      type: financial_transaction
      date: 2016-03-02
      origin: KP
      destination: CN
      parties:
        - {role: payer, kind: individual, name: Gold Courier, country: KP}
      items: [{category: gold, quantity: 12, unit: kg}]
      """
    When the events are checked
    Then there is a review finding for "dprk.finance.services"
    And the finding for "dprk.finance.services" cites resolution 2270 paragraph "37" marked "unconfirmed"
    And the finding for "dprk.finance.services" cites resolution 2094 paragraph "11" marked "verified"

  Scenario: Bulk cash carried into the DPRK by a courier
    Given the event:
      """
      id: cash-courier
      type: financial_transaction
      date: 2017-10-01
      origin: CN
      destination: KP
      parties:
        - {role: payer, kind: individual, name: Cash Courier, country: CN}
      items: [{category: bulk_cash, value: {value: 900000, currency: USD}}]
      """
    When the events are checked
    Then there is a review finding for "dprk.finance.services"

  Scenario: A payment through a front company of a designated entity, all outside the DPRK
    Given the event:
      """
      id: front-company
      type: financial_transaction
      date: 2018-07-01
      origin: HK
      destination: SG
      parties:
        - {role: payer, kind: entity, name: Leader (Hong Kong) International, country: HK,
           identifiers: {un_reference: KPe.017}}
        - {role: payee, kind: entity, name: Supplier Pte, country: SG}
      """
    When the events are checked
    Then there is a review finding for "dprk.finance.services"

  Scenario: A payment between a Chinese and a Singapore company is no DPRK matter
    Given the event:
      """
      id: wire-clean
      type: financial_transaction
      date: 2018-07-01
      origin: CN
      destination: SG
      parties:
        - {role: payer, kind: entity, name: Dalian Co, country: CN}
        - {role: payee, kind: entity, name: Supplier Pte, country: SG}
      """
    When the events are checked
    Then there is no finding for "dprk.finance.services"

  Scenario: A humanitarian transfer exempted by the 1718 Committee
    Given the event:
      """
      id: ngo-transfer
      type: financial_transaction
      date: 2019-04-01
      origin: CH
      destination: KP
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: Example Relief NGO, country: CH}
        - {role: payee, kind: entity, name: NGO Pyongyang Office, country: KP}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2019-03-01, valid_until: 2019-09-01}
      """
    When the events are checked
    Then "dprk.finance.services" is lifted by exemption "dprk.finance.services.committee_exemption"

  Scenario: A declared humanitarian purpose alone does not lift the review
    Given the event:
      """
      id: ngo-transfer-unexempted
      type: financial_transaction
      date: 2019-04-01
      origin: CH
      destination: KP
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: Example Relief NGO, country: CH}
      """
    When the events are checked
    Then there is a review finding for "dprk.finance.services"
    And the exemption "dprk.finance.services.committee_exemption" was weighed and did not apply for "dprk.finance.services"
