Feature: Al-Shabaab (2713) charcoal ban: no charcoal from Somalia
  rules/al_shabaab/charcoal.yaml. Open-ended.

  al_shabaab.charcoal  the export of charcoal from Somalia and its direct or indirect import by any
    State, whether or not it originated in Somalia: 2036 (2012) OP22 (verified), from 2012-02-22.
    An event shows it as charcoal (HS 4402) shipped from Somalia, or charcoal of Somali origin
    shipped from anywhere. Charcoal shipped to Somalia is not banned.
  No exemptions are encoded: the one-off export of stockpiles allowed by 2696 (2023) has no
  paragraph or terms in the reference, and 2696 is not in the rulebook's resolutions.

  Scenario: Charcoal shipped from Kismayo to Dubai breaches the ban: 2036 OP22
    Given the event:
      """
      id: so-charcoal-kismayo
      type: transfer
      date: 2013-05-14
      origin: SO
      destination: AE
      parties:
        - {role: seller, kind: entity, name: Jubba Charcoal Traders, country: SO}
        - {role: buyer, kind: entity, name: Deira Fuel Trading LLC, country: AE}
      items:
        - {category: charcoal, quantity: 12000, unit: t, origin: SO}
      """
    When the events are checked
    Then there is a violation of "al_shabaab.charcoal"
    And the finding for "al_shabaab.charcoal" cites resolution 2036 paragraph "22" marked "verified"

  Scenario: Somali charcoal re-shipped from Oman, declared by its HS code, is an indirect import from Somalia
    Given the event:
      """
      id: so-charcoal-via-oman
      type: transfer
      date: 2019-08-02
      origin: OM
      destination: AE
      parties:
        - {role: buyer, kind: entity, name: Deira Fuel Trading LLC, country: AE}
      items:
        - {hs_code: "440290", description: charcoal in 25 kg bags, quantity: 3000, unit: t, origin: SO}
      """
    When the events are checked
    Then there is a violation of "al_shabaab.charcoal"
    And the finding for "al_shabaab.charcoal" cites resolution 2036 paragraph "22" marked "verified"

  Scenario: Sesame from Somalia, Kenyan charcoal from Mombasa and charcoal shipped to Somalia are not charcoal from Somalia
    Given the events:
      """
      - id: so-charcoal-sesame
        type: transfer
        date: 2019-08-02
        origin: SO
        destination: AE
        items:
          - {category: food_agricultural, description: sesame seed, quantity: 500, unit: t}
      - id: so-charcoal-kenya
        type: transfer
        date: 2019-08-02
        origin: KE
        destination: AE
        items:
          - {category: charcoal, quantity: 800, unit: t, origin: KE}
      - id: so-charcoal-to-somalia
        type: transfer
        date: 2019-08-02
        origin: KE
        destination: SO
        parties:
          - {role: recipient, kind: entity, name: Mogadishu Bakeries Ltd, country: SO}
        items:
          - {category: charcoal, quantity: 40, unit: t, origin: KE}
      """
    When the events are checked
    Then there is no finding for "al_shabaab.charcoal"

  Scenario: Omani charcoal shipped with Somali sesame is not Somali charcoal
    Given the event:
      """
      id: so-charcoal-mixed
      type: transfer
      date: 2019-08-02
      origin: OM
      destination: AE
      items:
        - {category: charcoal, quantity: 100, unit: t, origin: OM}
        - {category: food_agricultural, description: sesame seed, quantity: 50, unit: t, origin: SO}
      """
    When the events are checked
    Then there is no finding for "al_shabaab.charcoal"

  Scenario: The day before 2036 was adopted (2012-02-21) charcoal from Somalia was no finding
    Given the event:
      """
      id: so-charcoal-day-before
      type: transfer
      date: 2012-02-21
      origin: SO
      destination: AE
      items:
        - {category: charcoal, quantity: 12000, unit: t}
      """
    When the events are checked
    Then there is no finding for "al_shabaab.charcoal"

  Scenario: Wood declared no finer, shipped from Somalia, may be charcoal: review
    Given the event:
      """
      id: so-charcoal-wood
      type: transfer
      date: 2019-08-02
      origin: SO
      destination: AE
      items:
        - {category: wood, quantity: 2000, unit: t}
      """
    When the events are checked
    Then there is a review finding for "al_shabaab.charcoal"
    And the review finding for "al_shabaab.charcoal" names "category wood is too coarse" as missing
    And the finding for "al_shabaab.charcoal" cites resolution 2036 paragraph "22" marked "verified"

  Scenario: Unclassified bags shipped from Somalia: review, the category is missing
    Given the event:
      """
      id: so-charcoal-unclassified
      type: transfer
      date: 2019-08-02
      origin: SO
      destination: AE
      items:
        - {description: bags, quantity: 2000, unit: t}
      """
    When the events are checked
    Then there is a review finding for "al_shabaab.charcoal"
    And the review finding for "al_shabaab.charcoal" names "no category or HS code" as missing

  Scenario: Charcoal from the DPRK is still wood for the DPRK sectoral ban, and no Somali charcoal
    Given the event:
      """
      id: kp-charcoal
      type: transfer
      date: 2018-03-01
      origin: KP
      destination: CN
      items:
        - {category: charcoal, quantity: 500, unit: t}
      """
    When the events are checked
    Then there is a violation of "dprk.sectoral.export"
    And there is no finding for "al_shabaab.charcoal"
