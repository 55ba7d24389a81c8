@dprk @finance @targeted
Feature: Asset freeze on persons and entities designated under the 1718 regime
  dprk.assetfreeze.designated - 1718 OP8(d) (verified) from 2006-10-14; with 2094 OP8 (number
  unconfirmed) from 2013-03-07; with 2270 OP12 (verified: vessels are economic resources) from
  2016-03-02. No funds, financial assets or economic resources may be made available to or by a
  designated person or entity: a payment, financial service, supply, vessel registration, joint
  venture, property use, fishing-rights transfer or employment with a party that the engine's
  screening finds on the UN Consolidated List under the 1718 regime (KPi./KPe.), listed on or
  before the event's date. A strong match (same UN reference, or a name score >= 0.92) is a
  violation, a weak one (0.84-0.92) a review, a record listed after the event no finding (the
  screening notes it "designated_later"). Parties are named as the list names them
  (fixtures/lists/un-consolidated-2026-02-27.xml).

  Exemptions:
    basic_expenses_notified  1718 OP9 (unconfirmed)  notification to the 1718 Committee >= 7 days before
    committee_approval       1718 OP9 (unconfirmed)  1718 Committee approval valid on the day
    humanitarian_2664        2664 OP1 (verified)     from 2022-12-09: humanitarian or basic-needs
                                                     purpose and a 2664 OP1 actor

  # --- how a party is found on the list ------------------------------------------------------

  Scenario: A payment to the Foreign Trade Bank identified by its UN reference alone
    Given the event:
      """
      id: ftb-by-reference
      type: financial_transaction
      date: 2018-03-01
      origin: CN
      destination: KP
      amount: {value: 250000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Dalian Ocean Trading Co, country: CN}
        - {role: payee, kind: entity, identifiers: {un_reference: "KPe.047 "}}
      """
    When the events are checked
    Then there is a violation of "dprk.assetfreeze.designated"
    And the finding for "dprk.assetfreeze.designated" cites resolution 1718 paragraph "8(d)" marked "verified"
    And the finding for "dprk.assetfreeze.designated" cites resolution 2094 paragraph "8" marked "unconfirmed"
    And the finding for "dprk.assetfreeze.designated" cites resolution 2270 paragraph "12" marked "verified"
    And the screening of event "ftb-by-reference" notes "KPe.047" as "in_force"

  Scenario: Goods sold to KOMID under its alias Changgwang Sinyong Corporation
    Given the event:
      """
      id: komid-alias
      type: transfer
      date: 2018-06-01
      origin: CN
      destination: KP
      parties:
        - {role: seller, kind: entity, name: Liaoning Machinery Export Co, country: CN}
        - {role: buyer, kind: entity, name: Changgwang Sinyong Corporation, country: KP}
      items: [{description: spare parts for mining trucks, quantity: 40, unit: each}]
      """
    When the events are checked
    Then there is a violation of "dprk.assetfreeze.designated"
    And the screening of event "komid-alias" notes "KPe.001" as "in_force"

  Scenario: A payee written Gim Jeong Sik is KIM JONG SIK (KPi.066) in another romanization
    Given the event:
      """
      id: kim-jong-sik-variant
      type: financial_transaction
      date: 2018-06-01
      origin: RU
      destination: RU
      parties:
        - {role: payer, kind: entity, name: Vostok Logistics LLC, country: RU}
        - {role: payee, kind: individual, name: Gim Jeong Sik, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.assetfreeze.designated"
    And the screening of event "kim-jong-sik-variant" notes "KPi.066" as "in_force"

  Scenario: A name that only looks like a listed one (Kim Jong Sok, not KIM JONG SIK) is no finding
    Given the event:
      """
      id: kim-jong-sok
      type: financial_transaction
      date: 2018-06-01
      origin: RU
      destination: RU
      parties:
        - {role: payer, kind: entity, name: Vostok Logistics LLC, country: RU}
        - {role: payee, kind: individual, name: Kim Jong Sok, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.assetfreeze.designated"

  Scenario: A close name (Ri Su Yang for RI SU YONG, KPi.052) is a review, not a violation
    Given the event:
      """
      id: ri-su-yang
      type: financial_transaction
      date: 2018-06-01
      origin: CN
      destination: CN
      parties:
        - {role: payer, kind: entity, name: Dandong Border Trade Co, country: CN}
        - {role: payee, kind: individual, name: Ri Su Yang, country: KP}
      """
    When the events are checked
    Then there is a review finding for "dprk.assetfreeze.designated"

  # A real US-only designee: Dandong Hongxiang Industrial Development Co., Ltd. was designated by
  # the US Treasury (OFAC) on 26 Sep 2016 (from the Treasury press release of that day, not the
  # reference, whose case V-34 names DHID in a US indictment). It is not on the UN list.
  Scenario: A party designated by the United States only is no UN asset-freeze finding
    Given the event:
      """
      id: dhid-us-only
      type: financial_transaction
      date: 2017-03-01
      origin: CN
      destination: CN
      parties:
        - {role: payer, kind: entity, name: Shenyang Steel Trading Co, country: CN}
        - {role: payee, kind: entity, name: "Dandong Hongxiang Industrial Development Co., Ltd.", country: CN,
           identifiers: {ofac_sdn: "designated 2016-09-26 (US list only)"}}
      """
    When the events are checked
    Then there is no finding for "dprk.assetfreeze.designated"

  Scenario: An entity on the UN list under another regime is no 1718 asset-freeze finding
    Given the event:
      """
      id: other-regime
      type: financial_transaction
      date: 2018-06-01
      origin: AE
      destination: PK
      parties:
        - {role: payer, kind: entity, name: Gulf General Trading LLC, country: AE}
        - {role: payee, kind: entity, name: Al Rashid Trust, country: PK}
      """
    When the events are checked
    Then there is no finding for "dprk.assetfreeze.designated"

  # --- listing dates -------------------------------------------------------------------------

  Scenario: A payment through Koryo Bank on the day it was listed (2 June 2017)
    Given the event:
      """
      id: koryo-bank-listed
      type: financial_service
      date: 2017-06-02
      location: {country: CN}
      parties:
        - {role: client, kind: entity, name: Shenyang Hengsheng Trading Co, country: CN}
        - {role: bank, kind: entity, name: Koryo Bank, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.assetfreeze.designated"
    And the screening of event "koryo-bank-listed" notes "KPe.045" as "in_force"

  Scenario: The day before Koryo Bank was listed the same service is no finding
    Given the event:
      """
      id: koryo-bank-eve
      type: financial_service
      date: 2017-06-01
      location: {country: CN}
      parties:
        - {role: client, kind: entity, name: Shenyang Hengsheng Trading Co, country: CN}
        - {role: bank, kind: entity, name: Koryo Bank, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.assetfreeze.designated"
    And the screening of event "koryo-bank-eve" notes "KPe.045" as "designated_later"

  Scenario: A 2015 payment for Korea Kwangson Banking Corporation, listed only in 2016
    Given the event:
      """
      id: kkbc-2015
      type: financial_transaction
      date: 2015-06-01
      origin: CN
      destination: CN
      parties:
        - {role: payer, kind: entity, name: Dandong Trade Front Co, country: CN}
        - {role: client, kind: entity, name: Korea Kwangson Banking Corporation, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.assetfreeze.designated"
    And the screening of event "kkbc-2015" notes "KPe.025" as "designated_later"

  Scenario: A payment to Tanchon Commercial Bank in 2010 cites 1718 OP8(d) alone
    Given the event:
      """
      id: tanchon-2010
      type: financial_transaction
      date: 2010-05-01
      origin: AE
      destination: KP
      parties:
        - {role: payer, kind: entity, name: Emirates Metal Traders, country: AE}
        - {role: payee, kind: entity, name: Tanchon Commercial Bank, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.assetfreeze.designated"
    And the finding for "dprk.assetfreeze.designated" cites resolution 1718 paragraph "8(d)" marked "verified"
    And the finding for "dprk.assetfreeze.designated" does not cite resolution 2094
    And the finding for "dprk.assetfreeze.designated" does not cite resolution 2270

  # --- economic resources other than funds -----------------------------------------------------

  Scenario: A vessel leased to Chongchongang Shipping Company is an economic resource (2270 OP12)
    Given the event:
      """
      id: vessel-lease-ccg
      type: vessel_registration
      date: 2017-02-01
      vessels: [{name: SEA TRADER, flag: SL}]
      parties:
        - {role: owner, kind: entity, name: Sea Trader Shipping Ltd, country: HK}
        - {role: lessee, kind: entity, name: Chongchongang Shipping Company, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.assetfreeze.designated"
    And the finding for "dprk.assetfreeze.designated" cites resolution 2270 paragraph "12" marked "verified"

  Scenario: A payment between two companies that are not on any list is no finding
    Given the event:
      """
      id: clean-payment
      type: financial_transaction
      date: 2018-06-01
      origin: CN
      destination: KP
      parties:
        - {role: payer, kind: entity, name: Dalian Ocean Trading Co, country: CN}
        - {role: payee, kind: entity, name: Korea Pyongsu Trading Company, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.assetfreeze.designated"

  # --- exemptions: 1718 OP9 ------------------------------------------------------------------

  Scenario: Rent paid for a designated individual, notified to the 1718 Committee 10 days before
    Given the event:
      """
      id: rent-notified
      type: financial_transaction
      date: 2018-09-15
      location: {country: CN}
      parties:
        - {role: payer, kind: entity, name: Beijing Property Services Co, country: CN}
        - {role: payee, kind: individual, name: Kim Chol Nam, country: KP}
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2018-09-05}
      """
    When the events are checked
    Then "dprk.assetfreeze.designated" is lifted by exemption "dprk.assetfreeze.designated.basic_expenses_notified"

  Scenario: A notification only 3 days before does not leave the Committee its 5 working days
    Given the event:
      """
      id: rent-late-notice
      type: financial_transaction
      date: 2018-09-15
      location: {country: CN}
      parties:
        - {role: payer, kind: entity, name: Beijing Property Services Co, country: CN}
        - {role: payee, kind: individual, name: Kim Chol Nam, country: KP}
      authorizations:
        - {type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2018-09-12}
      """
    When the events are checked
    Then there is a violation of "dprk.assetfreeze.designated"
    And the exemption "dprk.assetfreeze.designated.basic_expenses_notified" was weighed and did not apply for "dprk.assetfreeze.designated"

  Scenario: An extraordinary expense approved by the 1718 Committee
    Given the event:
      """
      id: extraordinary-approved
      type: financial_transaction
      date: 2018-10-01
      location: {country: CH}
      parties:
        - {role: payer, kind: entity, name: Korea Daesong Bank, country: KP}
        - {role: payee, kind: entity, name: Geneva Hospital Services SA, country: CH}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-09-20, valid_until: 2018-10-31}
      """
    When the events are checked
    Then "dprk.assetfreeze.designated" is lifted by exemption "dprk.assetfreeze.designated.committee_approval"

  Scenario: A Committee approval that expired before the payment does not lift the freeze
    Given the event:
      """
      id: extraordinary-expired
      type: financial_transaction
      date: 2018-11-15
      location: {country: CH}
      parties:
        - {role: payer, kind: entity, name: Korea Daesong Bank, country: KP}
        - {role: payee, kind: entity, name: Geneva Hospital Services SA, country: CH}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-09-20, valid_until: 2018-10-31}
      """
    When the events are checked
    Then there is a violation of "dprk.assetfreeze.designated"
    And the exemption "dprk.assetfreeze.designated.committee_approval" was weighed and did not apply for "dprk.assetfreeze.designated"

  # --- exemption: 2664 (2022) OP1 --------------------------------------------------------------

  Scenario: The World Food Programme pays bank charges through the Foreign Trade Bank for food aid
    Given the event:
      """
      id: wfp-ftb-2023
      type: financial_transaction
      date: 2023-03-01
      origin: CN
      destination: KP
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: World Food Programme, humanitarian_actor: un}
        - {role: bank, kind: entity, name: Foreign Trade Bank, country: KP}
      """
    When the events are checked
    Then "dprk.assetfreeze.designated" is lifted by exemption "dprk.assetfreeze.designated.humanitarian_2664"

  Scenario: The same payment by a trading company that is not a 2664 actor is a violation
    Given the event:
      """
      id: trader-ftb-2023
      type: financial_transaction
      date: 2023-03-01
      origin: CN
      destination: KP
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: Dandong Grain Trading Co, country: CN}
        - {role: bank, kind: entity, name: Foreign Trade Bank, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.assetfreeze.designated"
    And the exemption "dprk.assetfreeze.designated.humanitarian_2664" was weighed and did not apply for "dprk.assetfreeze.designated"

  Scenario: Before 2664 (9 December 2022) the humanitarian carve-out did not exist
    Given the event:
      """
      id: wfp-ftb-2022
      type: financial_transaction
      date: 2022-12-08
      origin: CN
      destination: KP
      purposes: [basic_human_needs]
      parties:
        - {role: payer, kind: entity, name: World Food Programme, humanitarian_actor: un}
        - {role: bank, kind: entity, name: Foreign Trade Bank, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.assetfreeze.designated"
    And the exemption "dprk.assetfreeze.designated.humanitarian_2664" was weighed and did not apply for "dprk.assetfreeze.designated"

  # --- assets abroad of the DPRK Government or the WPK (2270 OP32) -----------------------------
  # dprk.assetfreeze.govt_wpk - 2270 OP32 (verified), from 2016-03-02: a review, because the
  # freeze rests on a State's determination that the Government or WPK entity is associated with
  # the programmes. Exemptions: diplomatic_mission (declared diplomatic purpose) and
  # committee_determination (1718 Committee, valid on the day).

  Scenario: A DPRK ministry paid abroad for a commercial contract is a review under 2270 OP32
    Given the event:
      """
      id: ministry-abroad
      type: financial_transaction
      date: 2017-05-01
      location: {country: CN}
      parties:
        - {role: payer, kind: entity, name: Shenyang Hengsheng Trading Co, country: CN}
        - {role: payee, kind: state, name: DPRK Ministry of External Economic Relations, country: KP}
      """
    When the events are checked
    Then there is a review finding for "dprk.assetfreeze.govt_wpk"
    And the finding for "dprk.assetfreeze.govt_wpk" cites resolution 2270 paragraph "32" marked "verified"
    And the exemption "dprk.assetfreeze.govt_wpk.diplomatic_mission" was weighed and did not apply for "dprk.assetfreeze.govt_wpk"
    And the exemption "dprk.assetfreeze.govt_wpk.committee_determination" was weighed and did not apply for "dprk.assetfreeze.govt_wpk"

  Scenario: The day before 2270 the same payment is no finding under 2270 OP32
    Given the event:
      """
      id: ministry-abroad-eve
      type: financial_transaction
      date: 2016-03-01
      location: {country: CN}
      parties:
        - {role: payer, kind: entity, name: Shenyang Hengsheng Trading Co, country: CN}
        - {role: payee, kind: state, name: DPRK Ministry of External Economic Relations, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.assetfreeze.govt_wpk"

  Scenario: Another State's ministry paid abroad is no matter for 2270 OP32
    Given the event:
      """
      id: other-ministry
      type: financial_transaction
      date: 2017-05-01
      location: {country: CN}
      parties:
        - {role: payer, kind: entity, name: Shenyang Hengsheng Trading Co, country: CN}
        - {role: payee, kind: state, name: Ministry of Foreign Affairs of Mongolia, country: MN}
      """
    When the events are checked
    Then there is no finding for "dprk.assetfreeze.govt_wpk"

  Scenario: The running costs of a DPRK embassy are a diplomatic mission's funds
    Given the event:
      """
      id: embassy-costs
      type: financial_transaction
      date: 2017-05-01
      location: {country: DE}
      purposes: [diplomatic]
      parties:
        - {role: payer, kind: state, name: Embassy of the DPRK in Berlin, country: KP}
        - {role: payee, kind: entity, name: Berliner Stadtwerke, country: DE}
      """
    When the events are checked
    Then "dprk.assetfreeze.govt_wpk" is lifted by exemption "dprk.assetfreeze.govt_wpk.diplomatic_mission"

  Scenario: A payment the 1718 Committee approved in advance
    Given the event:
      """
      id: ministry-approved
      type: financial_transaction
      date: 2017-05-01
      location: {country: CH}
      parties:
        - {role: payer, kind: state, name: DPRK Ministry of Public Health, country: KP}
        - {role: payee, kind: entity, name: Geneva Hospital Services SA, country: CH}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2017-04-20, valid_until: 2017-06-30}
      """
    When the events are checked
    Then "dprk.assetfreeze.govt_wpk" is lifted by exemption "dprk.assetfreeze.govt_wpk.committee_determination"
