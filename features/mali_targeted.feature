@targeted
Feature: Mali travel ban and asset freeze (mali.travelban, mali.assetfreeze), judged against a historical list snapshot
  2374 (2017) OP1 [U] and OP4 [U], from 2017-09-05 until the measures lapsed on 2023-08-31. The Mali records
  are gone from the shipped list; these scenarios screen against the 8 Mali records of the real
  20 March 2020 list (fixtures/history/un-mali-2020-03-20.xml).

  Scenario: Travel in 2020 by an individual on the Mali list breaches the travel ban
    Given the list snapshot "fixtures/history/un-mali-2020-03-20.xml"
    And the event:
      """
      id: ml-tb-2020
      type: travel
      date: 2020-06-01
      destination: DZ
      parties: [{role: traveller, kind: individual, name: Ahmoudou Ag Asriw, country: ML}]
      """
    When the events are checked
    Then there is a violation of "mali.travelban"
    And the finding for "mali.travelban" cites resolution 2374 paragraph "1" marked "unconfirmed"
    And the explanation of "mali.travelban" mentions "MLi.001"

  Scenario: The day before he was listed (2018-12-20), his travel is no finding
    Given the list snapshot "fixtures/history/un-mali-2020-03-20.xml"
    And the event:
      """
      id: ml-tb-before
      type: travel
      date: 2018-12-19
      destination: DZ
      parties: [{role: traveller, kind: individual, name: Ahmoudou Ag Asriw, country: ML}]
      """
    When the events are checked
    Then there is no finding for "mali.travelban"
    And the screening of event "ml-tb-before" notes "MLi.001" as "designated_later"

  Scenario: After the measures lapsed (2023-09-01) his travel is no finding
    Given the list snapshot "fixtures/history/un-mali-2020-03-20.xml"
    And the event:
      """
      id: ml-tb-lapsed
      type: travel
      date: 2023-09-01
      destination: DZ
      parties: [{role: traveller, kind: individual, name: Ahmoudou Ag Asriw, country: ML}]
      """
    When the events are checked
    Then there is no finding for "mali.travelban"

  Scenario: On the last day in force (2023-08-31) it is still a violation
    Given the list snapshot "fixtures/history/un-mali-2020-03-20.xml"
    And the event:
      """
      id: ml-tb-last-day
      type: travel
      date: 2023-08-31
      destination: NE
      parties: [{role: traveller, kind: individual, name: Mohamed Ould Mataly, country: ML}]
      """
    When the events are checked
    Then there is a violation of "mali.travelban"

  Scenario: A traveller whose name is only close to a listed name is a review, not a violation
    Given the list snapshot "fixtures/history/un-mali-2020-03-20.xml"
    And the event:
      """
      id: ml-tb-weak
      type: travel
      date: 2020-06-01
      destination: DZ
      parties: [{role: traveller, kind: individual, name: Sidi Amar, country: ML}]
      """
    When the events are checked
    Then there is a review finding for "mali.travelban"
    And the review finding for "mali.travelban" names "MLi.006" as missing

  Scenario: An unlisted traveller from Mali is no finding
    Given the list snapshot "fixtures/history/un-mali-2020-03-20.xml"
    And the event:
      """
      id: ml-tb-unlisted
      type: travel
      date: 2020-06-01
      destination: DZ
      parties: [{role: traveller, kind: individual, name: Aminata Traore, country: ML}]
      """
    When the events are checked
    Then there is no finding for "mali.travelban"

  Scenario: Against the shipped (2026) list the Mali records are not there: no finding
    Given the event:
      """
      id: ml-tb-shipped
      type: travel
      date: 2020-06-01
      destination: DZ
      parties: [{role: traveller, kind: individual, name: Ahmoudou Ag Asriw, country: ML}]
      """
    When the events are checked
    Then there is no finding for "mali.travelban"

  # --- asset freeze (mali.assetfreeze): only the records listed for it ------------------------

  Scenario: A payment in 2020 to a party listed for the travel ban and the asset freeze breaches the freeze
    Given the list snapshot "fixtures/history/un-mali-2020-03-20.xml"
    And the event:
      """
      id: ml-af-2020
      type: financial_transaction
      date: 2020-06-01
      amount: {value: 15000, currency: EUR}
      parties:
        - {role: payer, kind: entity, name: Bamako Trade Finance SA, country: ML}
        - {role: payee, kind: individual, name: Mohamed Ould Mataly, country: ML}
      """
    When the events are checked
    Then there is a violation of "mali.assetfreeze"
    And the finding for "mali.assetfreeze" cites resolution 2374 paragraph "4" marked "unconfirmed"
    And the explanation of "mali.assetfreeze" mentions "MLi.008"
    And the explanation of "mali.assetfreeze" mentions "its listing carries the asset freeze and travel ban only"

  Scenario: A payment to a party listed for the travel ban alone is no asset-freeze finding
    Given the list snapshot "fixtures/history/un-mali-2020-03-20.xml"
    And the event:
      """
      id: ml-af-tb-only
      type: financial_transaction
      date: 2020-06-01
      amount: {value: 15000, currency: EUR}
      parties:
        - {role: payee, kind: individual, name: Ahmoudou Ag Asriw, country: ML}
      """
    When the events are checked
    Then there is no finding for "mali.assetfreeze"
    And the screening of event "ml-af-tb-only" shows "MLi.001" listed for "travel_ban" only

  Scenario: A payment to a name only close to a record listed for the freeze is a review
    Given the list snapshot "fixtures/history/un-mali-2020-03-20.xml"
    And the event:
      """
      id: ml-af-weak
      type: financial_transaction
      date: 2020-06-01
      amount: {value: 15000, currency: EUR}
      parties:
        - {role: payee, kind: individual, name: Sidi Amar, country: ML}
      """
    When the events are checked
    Then there is a review finding for "mali.assetfreeze"
    And the review finding for "mali.assetfreeze" names "MLi.006" as missing

  Scenario: A payment after the measures lapsed (2023-09-01) is no finding
    Given the list snapshot "fixtures/history/un-mali-2020-03-20.xml"
    And the event:
      """
      id: ml-af-lapsed
      type: financial_transaction
      date: 2023-09-01
      amount: {value: 15000, currency: EUR}
      parties:
        - {role: payee, kind: individual, name: Mohamed Ould Mataly, country: ML}
      """
    When the events are checked
    Then there is no finding for "mali.assetfreeze"

  Scenario: Humanitarian assistance by a UN agency is lifted by 2664 OP1
    Given the list snapshot "fixtures/history/un-mali-2020-03-20.xml"
    And the event:
      """
      id: ml-af-2664
      type: financial_transaction
      date: 2023-03-01
      amount: {value: 15000, currency: EUR}
      purposes: [humanitarian]
      parties:
        - {role: payer, kind: entity, name: World Food Programme, humanitarian_actor: un}
        - {role: payee, kind: individual, name: Mohamed Ould Mataly, country: ML}
      """
    When the events are checked
    Then "mali.assetfreeze" is lifted by exemption "mali.assetfreeze.humanitarian_2664"

  Scenario: The same payment without a humanitarian purpose is a violation
    Given the list snapshot "fixtures/history/un-mali-2020-03-20.xml"
    And the event:
      """
      id: ml-af-2664-not-met
      type: financial_transaction
      date: 2023-03-01
      amount: {value: 15000, currency: EUR}
      parties:
        - {role: payer, kind: entity, name: World Food Programme, humanitarian_actor: un}
        - {role: payee, kind: individual, name: Mohamed Ould Mataly, country: ML}
      """
    When the events are checked
    Then there is a violation of "mali.assetfreeze"
    And the exemption "mali.assetfreeze.humanitarian_2664" was weighed and did not apply for "mali.assetfreeze"
