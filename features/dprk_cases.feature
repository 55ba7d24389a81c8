@dprk
Feature: Documented DPRK incidents and their look-alikes (shared/reference/dprk_cases.md)
  Every incident of the case file - Part A (V-xx: violations, findings, allegations) and Part B
  (N-xx: look-alikes that are not violations) - is encoded in fixtures/events/dprk_cases.jsonl,
  one or more events per case, using only the facts the case gives; where a rule needs a fact the
  case lacks (mostly the exact day) the event's description says "illustrative". Each scenario
  states what the law and the case lead one to expect of the engine for that case: the rule and
  the paragraphs cited (with their status in dprk_measures.md), a review where the measure rests
  on a State's determination, an exemption that lifts the rule, or no finding at all. Findings are
  per event: the Background checks the whole file, and each scenario names its events.

  The comment above each scenario gives the case's status in the index of dprk_cases.md.
  Not reachable by any event (no rule, by design or not yet): designations as such (list data;
  the port-entry ban bites on later port calls, the asset freeze and travel ban on later conduct),
  1874 OP14 seizure and disposal, 2397 OP9 impounding, the aggregate caps of 2397 OP4/OP5 (totals)
  and the 90-day crude-oil reports. Every party and vessel is screened against the UN list and
  the designated vessels: where a case's party was listed only after the event, the screening
  notes it as designated_later and no targeted measure applies.

  Background:
    Given the events of "fixtures/events/dprk_cases.jsonl"
    When the events are checked

  # === Part A ==================================================================================

  # V-02 status: conviction set aside on appeal (the High Court, 12 May 2017, left only the
  # remittance-licence conviction). 2094 OP11 turns on a State's determination that the assets
  # "could contribute": the rule is review-only, which is what the appeal came to - no finding
  # of a sanctions violation. A review and a violation of one rule never coexist on one event,
  # so "cites" (exactly one finding) plus "review finding" rules the violation out.
  @finance
  Scenario: V-02 Chinpo's canal payments for OMM are a review under 2094 OP11, not a violation; its 2010 remittance is no finding
    Then there is a review finding for "dprk.finance.services" for event "V-02-chinpo-canal-2013-05-28"
    And the finding for "dprk.finance.services" for event "V-02-chinpo-canal-2013-05-28" cites resolution 2094 paragraph "11" marked "verified"
    And there is a review finding for "dprk.finance.services" for event "V-02-chinpo-canal-2013-07-08"
    And the finding for "dprk.finance.services" for event "V-02-chinpo-canal-2013-07-08" cites resolution 2094 paragraph "11" marked "verified"
    And the findings include:
      """
      - {rule_id: dprk.finance.services, severity: review, event_ids: [V-02-chinpo-canal-2013-05-28]}
      - {rule_id: dprk.finance.services, severity: review, event_ids: [V-02-chinpo-canal-2013-07-08]}
      """
    # Before 2094 (2013-03-07) only the hortatory 1874 OP18 spoke of financial services.
    And there is no finding for event "V-02-chinpo-remittance-2010"
    # OMM (KPe.020) was listed on 28 July 2014, after both payments: no asset-freeze finding.
    And there is no finding for "dprk.assetfreeze.designated" for event "V-02-chinpo-canal-2013-05-28"
    And the screening of event "V-02-chinpo-canal-2013-05-28" notes "KPe.020" as "designated_later"

  # V-05 status: interdicted. The export attempt breaches the arms export ban; sending the
  # intercepted goods back to Pyongyang is itself a supply of arms-related materiel to the DPRK
  # (1874 OP10, the stage in force in 2011). 1874 OP14 (seize and dispose) has no rule.
  @arms
  Scenario: V-05 Glocom equipment stopped at Port Klang breaches 1718 OP8(b)/1874 OP9, and its return to Pyongyang 1874 OP10
    Then there is a violation of "dprk.arms.export" for event "V-05-glocom-portklang-2011"
    And the finding for "dprk.arms.export" for event "V-05-glocom-portklang-2011" cites resolution 1718 paragraph "8(b)" marked "content-verified"
    And the finding for "dprk.arms.export" for event "V-05-glocom-portklang-2011" cites resolution 1874 paragraph "9" marked "unconfirmed"
    And there is a violation of "dprk.arms.import" for event "V-05-glocom-return-2011"
    And the finding for "dprk.arms.import" for event "V-05-glocom-return-2011" cites resolution 1874 paragraph "10" marked "verified"
    And the finding for "dprk.arms.import" for event "V-05-glocom-return-2011" cites resolution 1718 paragraph "8(a)(i)" marked "content-verified"
    And the finding for "dprk.arms.import" for event "V-05-glocom-return-2011" does not cite resolution 2270

  # V-06 status: alleged (PoE draft). The case maps 1874 OP9 and 2270 OP6; 2270 OP6 is the
  # import side of the embargo (to the DPRK, dprk_measures.md sections 5 and 12), so an export
  # from the DPRK cites 1718 OP8(b) and 1874 OP9 only.
  @arms
  Scenario: V-06 Glocom radios delivered to Ethiopia's defence ministry breach 1718 OP8(b) and 1874 OP9
    Then there is a violation of "dprk.arms.export" for event "V-06-glocom-ethiopia-2022-06"
    And the finding for "dprk.arms.export" for event "V-06-glocom-ethiopia-2022-06" cites resolution 1718 paragraph "8(b)" marked "content-verified"
    And the finding for "dprk.arms.export" for event "V-06-glocom-ethiopia-2022-06" cites resolution 1874 paragraph "9" marked "unconfirmed"
    And the finding for "dprk.arms.export" for event "V-06-glocom-ethiopia-2022-06" does not cite resolution 2270
    # Military equipment is arms: the catch-all is not the ground.
    And there is no finding for "dprk.arms.catchall_military" for event "V-06-glocom-ethiopia-2022-06"

  # V-07 status: finding (PoE). KOMID is KPe.001 (listed 2009); the events name it
  # "Korea Mining Development Trading Corporation (KOMID)": the name and the bracketed acronym
  # are screened each on its own, so the supplier is found and the asset freeze applies too.
  @arms
  Scenario: V-07 KOMID's attempted supply of small arms to Yemen, Libya and Sudan breaches 1718 OP8(b) and 1874 OP9
    Then there is a violation of "dprk.arms.export" for event "V-07-komid-yemen-2018"
    And there is a violation of "dprk.assetfreeze.designated" for event "V-07-komid-yemen-2018"
    And the explanation of "dprk.assetfreeze.designated" for event "V-07-komid-yemen-2018" mentions "KPe.001"
    And the finding for "dprk.arms.export" for event "V-07-komid-yemen-2018" cites resolution 1874 paragraph "9" marked "unconfirmed"
    And the finding for "dprk.arms.export" for event "V-07-komid-yemen-2018" cites resolution 1718 paragraph "8(b)" marked "content-verified"
    And there is a violation of "dprk.arms.export" for event "V-07-komid-libya-2018"
    And the finding for "dprk.arms.export" for event "V-07-komid-libya-2018" cites resolution 1874 paragraph "9" marked "unconfirmed"
    And there is a violation of "dprk.arms.export" for event "V-07-komid-sudan-2018"
    And the finding for "dprk.arms.export" for event "V-07-komid-sudan-2018" cites resolution 1874 paragraph "9" marked "unconfirmed"

  # V-09 status: alleged (governments and OSINT); Russia and the DPRK deny. The engine judges the
  # events as reported; the finding's status is that of the reports, not a Panel finding.
  @arms
  Scenario: V-09 munitions shipped from Rajin to Russia on four Russian-flagged ships breach 1718 OP8(b) and 1874 OP9
    Then there is a violation of "dprk.arms.export" for event "V-09-maia1-2023-10"
    And the finding for "dprk.arms.export" for event "V-09-maia1-2023-10" cites resolution 1718 paragraph "8(b)" marked "content-verified"
    And the finding for "dprk.arms.export" for event "V-09-maia1-2023-10" cites resolution 1874 paragraph "9" marked "unconfirmed"
    And there is a violation of "dprk.arms.export" for event "V-09-angara-2023-08"
    And the finding for "dprk.arms.export" for event "V-09-angara-2023-08" cites resolution 1874 paragraph "9" marked "unconfirmed"
    And there is a violation of "dprk.arms.export" for event "V-09-lady-r-2023-09"
    And the finding for "dprk.arms.export" for event "V-09-lady-r-2023-09" cites resolution 1874 paragraph "9" marked "unconfirmed"
    And there is a violation of "dprk.arms.export" for event "V-09-maria-2023-11"
    And the finding for "dprk.arms.export" for event "V-09-maria-2023-11" cites resolution 1874 paragraph "9" marked "unconfirmed"
    And there is no finding for "dprk.arms.import" for event "V-09-maia1-2023-10"

  # V-10 status: finding (PoE), details [U] (from memory; "include only after checking the PoE
  # paragraphs" - encoded so the case is not lost, the description says so). Before 2270 the
  # services limb of 1874 OP9 is the only text.
  @arms
  Scenario: V-10 Mansudae's munitions factory in Namibia is an arms-related service under 1874 OP9
    Then there is a violation of "dprk.arms.services_export" for event "V-10-mansudae-namibia-2015"
    And the finding for "dprk.arms.services_export" for event "V-10-mansudae-namibia-2015" cites resolution 1874 paragraph "9" marked "unconfirmed"
    And the finding for "dprk.arms.services_export" for event "V-10-mansudae-namibia-2015" does not cite resolution 2270

  # V-11 status: Committee designation. The designation is list data (no finding); the conduct
  # behind it, carrying DPRK coal, iron ore and seafood, breaches 2371 OP8 and OP9.
  @coal @exports @maritime
  Scenario: V-11 the first designated vessels carried DPRK coal, iron ore and seafood, breaching 2371 OP8 and OP9; the designation itself is no finding
    Then there is no finding for event "V-11-designation-2017-10-05"
    And there is a violation of "dprk.coal.export" for event "V-11-cargo-2017-08"
    And the finding for "dprk.coal.export" for event "V-11-cargo-2017-08" cites resolution 2371 paragraph "8" marked "verified"
    And there is a violation of "dprk.iron.export" for event "V-11-cargo-2017-08"
    And the finding for "dprk.iron.export" for event "V-11-cargo-2017-08" cites resolution 2371 paragraph "8" marked "verified"
    And there is a violation of "dprk.seafood.export" for event "V-11-cargo-2017-08"
    And the finding for "dprk.seafood.export" for event "V-11-cargo-2017-08" cites resolution 2371 paragraph "9" marked "verified"
    # No prior contract is documented, so the 2371 wind-down (to 2017-09-04) does not help.
    And the exemption "dprk.seafood.export.wind_down" was weighed and did not apply for "dprk.seafood.export" for event "V-11-cargo-2017-08"

  # V-12 status: Committee designation. Only RYE SONG GANG 1's conduct is documented (V-19); for
  # the other three vessels it is [U], so the designation record is all there is: no finding.
  @maritime
  Scenario: V-12 the 28 December 2017 designation is list data; RYE SONG GANG 1's transfer behind it breaches 2375 OP11
    Then there is no finding for event "V-12-designation-2017-12-28"
    And there is a violation of "dprk.maritime.sts" for event "V-19-ryesonggang1-2017-11"

  # V-15 status: Committee designation. Documented conduct: Tsang Yung Yuan's coal exports
  # (2371 OP8) and the tankers' transfers (KOTI: V-18, YUK TUNG: V-20; 2375 OP11). Seeking an oil
  # deal is not a supply: no finding. The package itself is list data.
  @coal @maritime
  Scenario: V-15 the 30 March 2018 package: Tsang Yung Yuan's coal breaches 2371 OP8, KOTI's and YUK TUNG's transfers 2375 OP11; the designation and the sought oil deal are no finding
    Then there is no finding for event "V-15-designation-2018-03-30"
    And there is a violation of "dprk.coal.export" for event "V-15-tsang-coal-2017-09"
    And the finding for "dprk.coal.export" for event "V-15-tsang-coal-2017-09" cites resolution 2371 paragraph "8" marked "verified"
    And there is no finding for event "V-15-tsang-oil-deal-2017-12"
    # Tsang Yung Yuan (KPi.080) and his companies were listed in the package itself (30 Mar
    # 2018), after the coal: no asset-freeze finding on the 2017 shipment.
    And there is no finding for "dprk.assetfreeze.designated" for event "V-15-tsang-coal-2017-09"
    And the screening of event "V-15-tsang-coal-2017-09" notes "KPi.080" as "designated_later"
    And there is a violation of "dprk.maritime.sts" for event "V-18-koti-kumunsan3-2017-12-09"
    And there is a violation of "dprk.maritime.sts" for event "V-20-yuktung-ryesonggang1-2018-01-20"

  # V-16 status: disputed (possible data error). The event is the customs statistic taken at
  # face value, so the rule finds a violation of 2321 OP28 (number unconfirmed); that the
  # statistic may be an administrative error is evidence the event format cannot carry.
  @exports
  Scenario: V-16 Chinese customs data on DPRK zinc, silver and copper in Q1 2017 read as a breach of 2321 OP28 (number unconfirmed)
    Then there is a violation of "dprk.minerals.export.copper_nickel_silver_zinc" for event "V-16-china-customs-2017-q1"
    And the finding for "dprk.minerals.export.copper_nickel_silver_zinc" for event "V-16-china-customs-2017-q1" cites resolution 2321 paragraph "28" marked "unconfirmed"

  # V-18 status: ROK detention; UN designation. The cargo is "possibly oil" and its direction is
  # not documented: the transfer rule does not test cargo; no fuel rule is reached. KOTI's call
  # at Pyeongtaek came before its UN designation (30 Mar 2018): no port-entry ban applied.
  @maritime
  Scenario: V-18 KUM UN SAN 3 and KOTI breach 2375 OP11; KOTI at Pyeongtaek before its designation is no finding
    Then there is a violation of "dprk.maritime.sts" for event "V-18-koti-kumunsan3-2017-12-09"
    And the finding for "dprk.maritime.sts" for event "V-18-koti-kumunsan3-2017-12-09" cites resolution 2375 paragraph "11" marked "unconfirmed"
    And there is no finding for "dprk.refined_petroleum.supply" for event "V-18-koti-kumunsan3-2017-12-09"
    And there is no finding for "dprk.maritime.port_entry_ban" for event "V-18-koti-pyeongtaek-2017-12"
    And the screening of event "V-18-koti-pyeongtaek-2017-12" notes "IMO9417115" as "designated_later"
    And there is no finding for "dprk.maritime.port_entry_designated_owner" for event "V-18-koti-pyeongtaek-2017-12"
    # The port call follows the transfer with a DPRK-flagged ship: 2397 OP9 (in force from
    # 2017-12-22) obliged the ROK to seize, inspect and impound KOTI, which it did (detention).
    And there is a review finding for "dprk.maritime.impound" for event "V-18-koti-pyeongtaek-2017-12"

  # V-19 status: US imagery; UN designation. The direction of the oil is not documented, so the
  # refined-petroleum rule (supply TO the DPRK) is not reached; the transfer is enough.
  @maritime
  Scenario: V-19 RYE SONG GANG 1's ship-to-ship transfer breaches 2375 OP11
    Then there is a violation of "dprk.maritime.sts" for event "V-19-ryesonggang1-2017-11"
    And the finding for "dprk.maritime.sts" for event "V-19-ryesonggang1-2017-11" cites resolution 2375 paragraph "11" marked "unconfirmed"
    And there is no finding for "dprk.refined_petroleum.supply" for event "V-19-ryesonggang1-2017-11"

  # V-20 status: Japan report; UN designation (YUK TUNG, 30 Mar 2018).
  @maritime
  Scenario: V-20 YUK TUNG alongside RYE SONG GANG 1 breaches 2375 OP11
    Then there is a violation of "dprk.maritime.sts" for event "V-20-yuktung-ryesonggang1-2018-01-20"
    And the finding for "dprk.maritime.sts" for event "V-20-yuktung-ryesonggang1-2018-01-20" cites resolution 2375 paragraph "11" marked "unconfirmed"
    And there is no finding for "dprk.refined_petroleum.supply" for event "V-20-yuktung-ryesonggang1-2018-01-20"

  # V-22 status: Japan report; China disputes ("unclear"). The 2371 OP6 port ban on the listed
  # JI SONG 6 needs a port call, none documented.
  @maritime
  Scenario: V-22 JI SONG 6 with hoses connected to a Chinese-flagged vessel breaches 2375 OP11
    Then there is a violation of "dprk.maritime.sts" for event "V-22-jisong6-2018-05-19"
    And the finding for "dprk.maritime.sts" for event "V-22-jisong6-2018-05-19" cites resolution 2375 paragraph "11" marked "unconfirmed"
    And there is no finding for "dprk.maritime.port_entry_ban" for event "V-22-jisong6-2018-05-19"

  # V-23 status: Japan report (notified to the Committee). Cargo unknown: no reason to downgrade.
  @maritime
  Scenario: V-23 a DPRK-flagged tanker alongside a small vessel on 21 and 22 June 2018 breaches 2375 OP11 twice
    Then there is a violation of "dprk.maritime.sts" for event "V-23-sts-2018-06-21"
    And the finding for "dprk.maritime.sts" for event "V-23-sts-2018-06-21" cites resolution 2375 paragraph "11" marked "unconfirmed"
    And there is a violation of "dprk.maritime.sts" for event "V-23-sts-2018-06-22"

  # V-25 status: PoE finding; China and Russia dispute. Per event: a delivery whose event shows
  # no notification is a review under 2397 OP5 (the notification is due after the supply, and the
  # allowance is a total across events); the ship-to-ship transfer with a DPRK-flagged tanker
  # breaches 2375 OP11 outright; notified sales are lifted.
  @supplies @maritime
  Scenario: V-25 unreported tanker deliveries breach 2375 OP11 and are reviews under 2397 OP5; the sales China and Russia notified are lifted
    Then there is a review finding for "dprk.refined_petroleum.supply" for event "V-25-unreported-sts-2018"
    And the finding for "dprk.refined_petroleum.supply" for event "V-25-unreported-sts-2018" cites resolution 2397 paragraph "5" marked "verified"
    And the exemption "dprk.refined_petroleum.supply.notified" was weighed and did not apply for "dprk.refined_petroleum.supply" for event "V-25-unreported-sts-2018"
    And there is a violation of "dprk.maritime.sts" for event "V-25-unreported-sts-2018"
    And there is a review finding for "dprk.refined_petroleum.supply" for event "V-25-unreported-sts-2019"
    And the finding for "dprk.refined_petroleum.supply" for event "V-25-unreported-sts-2019" cites resolution 2397 paragraph "5" marked "verified"
    And there is a violation of "dprk.maritime.sts" for event "V-25-unreported-sts-2019"
    And "dprk.refined_petroleum.supply" is lifted by exemption "dprk.refined_petroleum.supply.notified" for event "V-25-notified-china-2018"
    And "dprk.refined_petroleum.supply" is lifted by exemption "dprk.refined_petroleum.supply.notified" for event "V-25-notified-russia-2018"

  # V-27 status: disputed. The origin decides: taken at the DPRK label the sale breaches 2371 OP9;
  # on China's account (Russian pollock) it is no finding.
  @exports
  Scenario: V-27 pollock sold in Yanji breaches 2371 OP9 if it is DPRK seafood as labelled, and is no finding if Russian as China says
    Then there is a violation of "dprk.seafood.export" for event "V-27-yanji-as-labelled-2023"
    And the finding for "dprk.seafood.export" for event "V-27-yanji-as-labelled-2023" cites resolution 2371 paragraph "9" marked "verified"
    And there is no finding for event "V-27-yanji-china-account-2023"

  # V-28 status: pattern reported, [U]. Relabelling as Chinese does not change the origin.
  @exports
  Scenario: V-28 DPRK apparel relabelled as Chinese breaches 2375 OP16
    Then there is a violation of "dprk.textiles.export" for event "V-28-textiles-2018"
    And the finding for "dprk.textiles.export" for event "V-28-textiles-2018" cites resolution 2375 paragraph "16" marked "verified"
    And the exemption "dprk.textiles.export.committee_approval" was weighed and did not apply for "dprk.textiles.export" for event "V-28-textiles-2018"

  # V-29 status: pattern reported, [U].
  @exports
  Scenario: V-29 DPRK sand shipped to Chinese waters breaches 2397 OP6 (HS 25)
    Then there is a violation of "dprk.sectoral.export" for event "V-29-sand-2019"
    And the finding for "dprk.sectoral.export" for event "V-29-sand-2019" cites resolution 2397 paragraph "6" marked "verified"

  # V-31 status: pattern (PoE, US), details [U]. 2397 OP8 covers every DPRK national earning
  # income abroad, permit or not; with no permit, 2375 OP17 (work authorisations) is not reached.
  @in_state
  Scenario: V-31 a DPRK IT worker earning income in China after 22 December 2019 breaches 2397 OP8
    Then there is a violation of "dprk.workers.repatriation" for event "V-31-it-worker-2020"
    And the finding for "dprk.workers.repatriation" for event "V-31-it-worker-2020" cites resolution 2397 paragraph "8" marked "verified"
    And there is no finding for "dprk.workers.authorizations" for event "V-31-it-worker-2020"

  # V-33 status: PoE (press report). Cars are luxury goods and, from 2397, transportation
  # vehicles (HS 87): one shipment, two measures (dprk_measures.md section 9a).
  @luxury @supplies
  Scenario: V-33 luxury cars in Pyongyang breach 1718 OP8(a)(iii) and 2397 OP7
    Then there is a violation of "dprk.luxury.supply" for event "V-33-luxury-cars-2019"
    And the finding for "dprk.luxury.supply" for event "V-33-luxury-cars-2019" cites resolution 1718 paragraph "8(a)(iii)" marked "verified"
    And the exemption "dprk.luxury.supply.committee_exemption" was weighed and did not apply for "dprk.luxury.supply" for event "V-33-luxury-cars-2019"
    And there is a violation of "dprk.sectoral.supply" for event "V-33-luxury-cars-2019"
    And the finding for "dprk.sectoral.supply" for event "V-33-luxury-cars-2019" cites resolution 2397 paragraph "7" marked "unconfirmed"

  # V-34 status: US indictment (US law). KKBC was UN-listed only in 2016: a US listing is not a
  # UN designation, so no UN asset-freeze finding; before 2094 no binding financial measure; after
  # it, 2094 OP11 asks for a State's determination (review, never a violation).
  @finance
  Scenario: V-34 DHID's dollar payments for KKBC: no finding in 2010, a review under 2094 OP11 in 2014, never a violation
    Then there is no finding for event "V-34-dhid-kkbc-2010"
    And the screening of event "V-34-dhid-kkbc-2010" notes "KPe.025" as "designated_later"
    And there is no finding for "dprk.assetfreeze.designated" for event "V-34-dhid-kkbc-2014"
    And the screening of event "V-34-dhid-kkbc-2014" notes "KPe.025" as "designated_later"
    And there is a review finding for "dprk.finance.services" for event "V-34-dhid-kkbc-2014"
    And the finding for "dprk.finance.services" for event "V-34-dhid-kkbc-2014" cites resolution 2094 paragraph "11" marked "verified"

  # V-35 status: attribution by the US. The PoE frames cyber theft under the financial measures
  # [U exact paragraphs]: a review under 2094 OP11, low confidence.
  @finance
  Scenario: V-35 the Bangladesh Bank heist is a review under 2094 OP11
    Then there is a review finding for "dprk.finance.services" for event "V-35-bangladesh-bank-2016-02"
    And the finding for "dprk.finance.services" for event "V-35-bangladesh-bank-2016-02" cites resolution 2094 paragraph "11" marked "verified"

  # V-36 status: attribution by the US (FBI), [U]. As V-35; from 2016 the stage also names gold.
  @finance
  Scenario: V-36 the Ronin bridge hack is a review under 2094 OP11
    Then there is a review finding for "dprk.finance.services" for event "V-36-ronin-2022-03"
    And the finding for "dprk.finance.services" for event "V-36-ronin-2022-03" cites resolution 2094 paragraph "11" marked "verified"

  # V-38 status: pattern reported, [U]. Opened before 2375, still open after 9 Jan 2018.
  @in_state
  Scenario: V-38 a DPRK joint venture abroad still operating in 2019 breaches 2375 OP18
    Then there is a violation of "dprk.jv.closure" for event "V-38-jv-restaurant-2019"
    And the finding for "dprk.jv.closure" for event "V-38-jv-restaurant-2019" cites resolution 2375 paragraph "18" marked "verified"
    And there is no finding for "dprk.jv.new" for event "V-38-jv-restaurant-2019"

  # === Part B: look-alikes ===================================================================

  # N-01 status: not a violation. The crude cap (2397 OP4) is a total (dprk.crude.cap): 40,000 t
  # is far below 525,000 t, so no finding; the 90-day report is a reporting duty, not a rule.
  @supplies
  Scenario: N-01 crude oil through the China-DPRK pipeline within the cap is no finding
    Then there is no finding for event "N-01-crude-pipeline-2018"

  # N-02 status: not a violation.
  @supplies
  Scenario: N-02 refined petroleum notified to the Committee is lifted from 2397 OP5
    Then "dprk.refined_petroleum.supply" is lifted by exemption "dprk.refined_petroleum.supply.notified" for event "N-02-refined-notified-2018"
    And there is no finding for "dprk.refined_petroleum.designated_party" for event "N-02-refined-notified-2018"

  # N-04 status: not a violation. Choe Hwi is KPi.042, listed 2 June 2017 (travel ban and asset
  # freeze): the travel ban (1718 OP8(e)) reaches his journey and the Committee's exemption of
  # 8 Feb 2018 (1718 OP10) lifts it.
  Scenario: N-04 Choe Hwi's travel to Pyeongchang is lifted from the travel ban by the Committee's exemption
    Then "dprk.travelban" is lifted by exemption "dprk.travelban.committee_exemption" for event "N-04-choe-hwi-travel-2018-02-09"
    And the screening of event "N-04-choe-hwi-travel-2018-02-09" notes "KPi.042" as "in_force"

  # N-05 status: not a violation.
  @luxury
  Scenario: N-05 luxury gifts taken back by the Olympic delegation are lifted by the Committee's exemption
    Then "dprk.luxury.supply" is lifted by exemption "dprk.luxury.supply.committee_exemption" for event "N-05-delegation-luxury-2018-02-11"

  # N-08 status: not a violation. What falls under 2397 OP7 (machinery, electrical equipment,
  # metals) is lifted by the Committee's exemption (2397 OP25 / 2321 OP46 route); medical items
  # and books fall under no measure at all.
  @supplies
  Scenario: N-08 humanitarian deliveries under Committee exemptions are exempted or no finding
    Then "dprk.sectoral.supply" is lifted by exemption "dprk.sectoral.supply.committee_exemption" for event "N-08-who-msf-2019-12"
    And "dprk.sectoral.supply" is lifted by exemption "dprk.sectoral.supply.committee_exemption" for event "N-08-ikecr-cameras-2020"
    And "dprk.sectoral.supply" is lifted by exemption "dprk.sectoral.supply.committee_exemption" for event "N-08-gyeonggi-greenhouses-2020"
    And there is no finding for event "N-08-samcare-2021"

  # N-12 status: not a violation (2270 OP31 carve-out).
  @supplies
  Scenario: N-12 jet fuel uplifted in China for a flight to Pyongyang is lifted from 2270 OP31
    Then "dprk.aviation.fuel" is lifted by exemption "dprk.aviation.fuel.civil_flight" for event "N-12-jet-fuel-abroad-2016-04"
    And there is no finding for "dprk.refined_petroleum.supply" for event "N-12-jet-fuel-abroad-2016-04"

  # N-13 status: not a violation (compliance actions) - for the workers. The case itself flags
  # the date check for the businesses: 2375 OP18 required closure by 9 Jan 2018, so a venture
  # still open in August 2019 breaches it, however compliant Nepal's later action.
  @in_state
  Scenario: N-13 Nepal's repatriation by 31 October 2019 is no finding; its DPRK-invested business open until August 2019 breaches 2375 OP18
    Then there is no finding for "dprk.workers.repatriation" for event "N-13-nepal-workers-2019"
    And there is no finding for event "N-13-nepal-workers-2019"
    And there is a violation of "dprk.jv.closure" for event "N-13-nepal-jv-2019"
    And the finding for "dprk.jv.closure" for event "N-13-nepal-jv-2019" cites resolution 2375 paragraph "18" marked "verified"
