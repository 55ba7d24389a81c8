@targeted
Feature: A listing carries its own scope
  A UN list record does not always carry every measure of its regime
  (shared/reference/un_list_format.md section 3). The list reader reads the measures from the
  record's own listing sentence in COMMENTS1 (engine/lists/scope.py), only where it names them
  ("(Travel Ban)", "(Asset Freeze)", "(targeted arms embargo)"); a rule that applies one measure
  (measure: in its YAML) is reached only by records listed for it, and its explanation shows
  the scope. A listing sentence that names no measure leaves every measure of the regime, and
  the explanation says so. On the shipped list: the Houthis (YEe.001) are listed for the 2216
  OP14 arms embargo alone; five Libya records for the travel ban alone, two for the asset
  freeze alone (LYi.009, LYi.019), six for the asset freeze only from 17 March 2011.

  # --- Yemen: the Houthis, listed for the targeted arms embargo alone ------------------------

  Scenario: A payment to the Houthis, listed for the arms embargo alone, is not an asset-freeze violation
    Given the event:
      """
      id: scope-hou-pay
      type: financial_transaction
      date: 2023-05-02
      amount: {value: 25000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Gulf Coast Trading LLC, country: AE}
        - {role: payee, kind: entity, name: Ansarallah, country: YE}
      """
    When the events are checked
    Then there is no finding for "yemen.assetfreeze"
    And there are no findings
    And the screening of event "scope-hou-pay" shows "YEe.001" listed for "arms_embargo" only

  Scenario: Arms delivered to the Houthis breach the 2216 OP14 embargo, citing the listing and its scope
    Given the event:
      """
      id: scope-hou-arms
      type: transfer
      date: 2023-05-02
      destination: YE
      parties:
        - {role: supplier, kind: entity, name: Coastal Freight FZE, country: AE}
        - {role: recipient, kind: entity, name: The Houthis, country: YE}
      items:
        - {category: small_arms_light_weapons, description: assault rifles}
      """
    When the events are checked
    Then there is a violation of "yemen.arms"
    And the finding for "yemen.arms" cites resolution 2216 paragraph "14" marked "verified"
    And the explanation of "yemen.arms" mentions "YEe.001"
    And the explanation of "yemen.arms" mentions "its listing carries the arms embargo only"
    And the explanation of "yemen.arms" mentions "(targeted arms embargo)"
    And there is no finding for "yemen.assetfreeze"

  Scenario: Arms to a name only close to the Houthis' is a review naming the listing
    Given the event:
      """
      id: scope-hou-arms-weak
      type: transfer
      date: 2023-05-02
      destination: YE
      parties:
        - {role: recipient, kind: entity, name: Houthi Movement, country: YE}
      items:
        - {category: small_arms_light_weapons, description: assault rifles}
      """
    When the events are checked
    Then there is a review finding for "yemen.arms"
    And the review finding for "yemen.arms" names "YEe.001" as missing

  Scenario: A payment to a name only close to the Houthis' is no asset-freeze review either
    Given the event:
      """
      id: scope-hou-pay-weak
      type: financial_transaction
      date: 2023-05-02
      amount: {value: 25000, currency: USD}
      parties:
        - {role: payee, kind: entity, name: Houthi Movement, country: YE}
      """
    When the events are checked
    Then there is no finding for "yemen.assetfreeze"

  Scenario: A payment to a Yemen record whose comments give no listing sentence: every measure applies
    Given the event:
      """
      id: scope-ye-default
      type: financial_transaction
      date: 2023-05-02
      amount: {value: 25000, currency: USD}
      parties:
        - {role: payee, kind: individual, name: Abdulmalik al-Houthi, country: YE}
      """
    When the events are checked
    Then there is a violation of "yemen.assetfreeze"
    And the screening of event "scope-ye-default" shows "YEi.004" listed for every measure

  # --- Libya: travel ban only, asset freeze only --------------------------------------------

  Scenario: A payment to a Libya record listed for the travel ban alone is not an asset-freeze violation
    Given the event:
      """
      id: scope-ly-tb-pay
      type: financial_transaction
      date: 2023-05-02
      amount: {value: 9000, currency: EUR}
      parties:
        - {role: payee, kind: individual, name: Abdulqader Mohammed Al-Baghdadi, country: LY}
      """
    When the events are checked
    Then there is no finding for "libya.assetfreeze"
    And the screening of event "scope-ly-tb-pay" shows "LYi.001" listed for "travel_ban" only

  Scenario: Travel by the same record breaches the travel ban, the explanation showing its scope
    Given the event:
      """
      id: scope-ly-tb-travel
      type: travel
      date: 2023-05-02
      destination: TN
      parties:
        - {role: traveller, kind: individual, name: Abdulqader Mohammed Al-Baghdadi, country: LY}
      """
    When the events are checked
    Then there is a violation of "libya.travelban"
    And the finding for "libya.travelban" cites resolution 1970 paragraph "15" marked "verified"
    And the explanation of "libya.travelban" mentions "its listing carries the travel ban only"
    And the explanation of "libya.travelban" mentions "paragraph 15 of resolution 1970 (Travel Ban)"

  Scenario: Travel by a Libya record listed for the asset freeze alone is not a travel-ban violation
    Given the event:
      """
      id: scope-ly-af-travel
      type: travel
      date: 2023-05-02
      destination: OM
      parties:
        - {role: traveller, kind: individual, name: Safia Farkash Al-Barassi, country: LY}
      """
    When the events are checked
    Then there is no finding for "libya.travelban"
    And the screening of event "scope-ly-af-travel" shows "LYi.019" listed for "asset_freeze" only

  Scenario: A payment to the same record breaches the asset freeze
    Given the event:
      """
      id: scope-ly-af-pay
      type: financial_transaction
      date: 2023-05-02
      amount: {value: 9000, currency: EUR}
      parties:
        - {role: payee, kind: individual, name: Safia Farkash Al-Barassi, country: LY}
      """
    When the events are checked
    Then there is a violation of "libya.assetfreeze"
    And the explanation of "libya.assetfreeze" mentions "its listing carries the asset freeze only"

  # --- Libya: a measure listed later than the record ----------------------------------------

  Scenario: A payment before the record was listed for the asset freeze (17 March 2011) is no asset-freeze finding
    Given the event:
      """
      id: scope-ly-dorda-early
      type: financial_transaction
      date: 2011-03-10
      amount: {value: 9000, currency: EUR}
      parties:
        - {role: payee, kind: individual, name: Abu Zayd Umar Dorda, country: LY}
      """
    When the events are checked
    Then there is no finding for "libya.assetfreeze"

  Scenario: Travel on the same day breaches the travel ban, listed from 26 February 2011
    Given the event:
      """
      id: scope-ly-dorda-travel
      type: travel
      date: 2011-03-10
      destination: TN
      parties:
        - {role: traveller, kind: individual, name: Abu Zayd Umar Dorda, country: LY}
      """
    When the events are checked
    Then there is a violation of "libya.travelban"
    And the explanation of "libya.travelban" mentions "asset freeze only from 2011-03-17"

  Scenario: A payment from 17 March 2011 breaches the asset freeze
    Given the event:
      """
      id: scope-ly-dorda-af
      type: financial_transaction
      date: 2011-03-17
      amount: {value: 9000, currency: EUR}
      parties:
        - {role: payee, kind: individual, name: Abu Zayd Umar Dorda, country: LY}
      """
    When the events are checked
    Then there is a violation of "libya.assetfreeze"

  # --- a listing sentence that names no measure ---------------------------------------------

  Scenario: The LIA's listing names a paragraph but no measure: every measure applies, and the explanation says so
    Given the event:
      """
      id: scope-ly-lia
      type: financial_transaction
      date: 2023-05-02
      amount: {value: 1000000, currency: USD}
      parties:
        - {role: payer, kind: entity, name: Euro Asset Bank SA, country: LU}
        - {role: payee, kind: entity, name: Libyan Investment Authority, country: LY}
      """
    When the events are checked
    Then there is a violation of "libya.assetfreeze"
    And the explanation of "libya.assetfreeze" mentions "the listing names no measure"
    And the explanation of "libya.assetfreeze" mentions "every measure of the libya regime applies"
    And the screening of event "scope-ly-lia" shows "LYe.001" listed for every measure
