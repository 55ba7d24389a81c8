Feature: ISIL (Da'esh) and Al-Qaida (1267) related trade measures of 2199 (2015)
  rules/isil_al_qaida/trade.yaml. Open-ended; every citation unconfirmed; no exemptions encoded.

  isil_al_qaida.cultural_property  (review) trade in Iraqi cultural property illegally removed
    since 1990-08-06 and Syrian since 2011-03-15: 2199 (2015) OP17, from 2015-02-12. An event shows
    cultural property shipped from Iraq or Syria, or of Iraqi or Syrian origin; it cannot show that
    the item was removed illegally, or when: the finding asks for the provenance.
  isil_al_qaida.oil_trade  direct or indirect trade in oil and oil products with ISIL, Al-Nusrah
    Front and the other parties on the ISIL/Al-Qaida list: 2199 (2015) OP10 and OP11, from
    2015-02-12. The same event is also an asset-freeze finding.

  Scenario: A Syrian mosaic offered from Turkey to a New York dealer in 2016: review under 2199 OP17
    Given the event:
      """
      id: qd-cp-mosaic
      type: transfer
      date: 2016-05-03
      origin: TR
      destination: US
      parties:
        - {role: seller, kind: individual, name: Kemal Aydin, country: TR}
        - {role: buyer, kind: entity, name: Madison Antiquities Gallery, country: US}
      items:
        - {category: cultural_property, description: Roman-era floor mosaic, quantity: 1, unit: each, origin: SY}
      """
    When the events are checked
    Then there is a review finding for "isil_al_qaida.cultural_property"
    And the finding for "isil_al_qaida.cultural_property" cites resolution 2199 paragraph "17" marked "unconfirmed"
    And the review finding for "isil_al_qaida.cultural_property" names "provenance" as missing
    And there is no finding for "iraq.cultural_property"

  Scenario: An antique over 100 years old shipped from Iraq, declared by HS 9706, is reviewed under both bans
    Given the event:
      """
      id: qd-cp-iraq-antique
      type: transfer
      date: 2016-05-03
      origin: IQ
      destination: AE
      items:
        - {hs_code: "970600", description: bronze ewer, quantity: 1, unit: each}
      """
    When the events are checked
    Then there is a review finding for "isil_al_qaida.cultural_property"
    And there is a review finding for "iraq.cultural_property"
    And the finding for "iraq.cultural_property" cites resolution 1483 paragraph "7" marked "unconfirmed"

  Scenario: A painting of Syrian origin (HS 9701, only possibly cultural property) shipped from Lebanon: review
    Given the event:
      """
      id: qd-cp-painting
      type: transfer
      date: 2019-10-01
      origin: LB
      destination: FR
      items:
        - {hs_code: "970110", description: oil painting, quantity: 1, unit: each, origin: SY}
      """
    When the events are checked
    Then there is a review finding for "isil_al_qaida.cultural_property"
    And the review finding for "isil_al_qaida.cultural_property" names "only possibly makes it cultural_property" as missing

  Scenario: Unclassified crates shipped from Syria: review, the category is missing
    Given the event:
      """
      id: qd-cp-crates
      type: transfer
      date: 2019-10-01
      origin: SY
      destination: LB
      items:
        - {description: wooden crates, quantity: 12, unit: each}
      """
    When the events are checked
    Then there is a review finding for "isil_al_qaida.cultural_property"
    And the review finding for "isil_al_qaida.cultural_property" names "no category or HS code" as missing

  Scenario: An Egyptian antiquity from Egypt and Syrian olive oil are outside the cultural-property ban
    Given the events:
      """
      - id: qd-cp-egypt
        type: transfer
        date: 2016-05-03
        origin: EG
        destination: US
        items:
          - {category: cultural_property, description: scarab amulet, quantity: 1, unit: each, origin: EG}
      - id: qd-cp-olive-oil
        type: transfer
        date: 2016-05-03
        origin: SY
        destination: LB
        items:
          - {category: food, description: olive oil, quantity: 20, unit: t, origin: SY}
      """
    When the events are checked
    Then there is no finding for "isil_al_qaida.cultural_property"
    And there is no finding for "iraq.cultural_property"

  Scenario: The day before 2199 was adopted (2015-02-11) the Syrian mosaic was no finding of 2199
    Given the event:
      """
      id: qd-cp-day-before
      type: transfer
      date: 2015-02-11
      origin: TR
      destination: US
      items:
        - {category: cultural_property, description: Roman-era floor mosaic, quantity: 1, unit: each, origin: SY}
      """
    When the events are checked
    Then there is no finding for "isil_al_qaida.cultural_property"

  Scenario: Crude oil bought from ISIL in 2016 breaches 2199 OP10-11, and the asset freeze
    Given the event:
      """
      id: qd-oil-isil
      type: transfer
      date: 2016-01-20
      origin: SY
      destination: TR
      parties:
        - {role: seller, kind: entity, name: Islamic State in Iraq and the Levant}
        - {role: buyer, kind: entity, name: Border Petroleum Trading, country: TR}
      items:
        - {category: crude_oil, quantity: 4000, unit: barrels}
      """
    When the events are checked
    Then there is a violation of "isil_al_qaida.oil_trade"
    And the finding for "isil_al_qaida.oil_trade" cites resolution 2199 paragraph "10" marked "unconfirmed"
    And the finding for "isil_al_qaida.oil_trade" cites resolution 2199 paragraph "11" marked "unconfirmed"
    And there is a violation of "isil_al_qaida.assetfreeze"

  Scenario: Diesel sold to Al-Nusrah Front through a broker breaches 2199 OP10-11
    Given the event:
      """
      id: qd-oil-anf
      type: transfer
      date: 2017-03-15
      origin: TR
      destination: SY
      parties:
        - {role: seller, kind: entity, name: Hatay Fuel Distribution, country: TR}
        - {role: intermediary, kind: entity, name: Jabhat al-Nusrah}
      items:
        - {hs_code: "271019", description: diesel, quantity: 300, unit: t}
      """
    When the events are checked
    Then there is a violation of "isil_al_qaida.oil_trade"

  Scenario: Crude oil from a seller on no list, and cereals sold to ISIL, are not oil trade with a listed party
    Given the events:
      """
      - id: qd-oil-unlisted
        type: transfer
        date: 2016-01-20
        origin: IQ
        destination: TR
        parties:
          - {role: seller, kind: entity, name: North Oil Company, country: IQ}
        items:
          - {category: crude_oil, quantity: 4000, unit: barrels}
      - id: qd-oil-cereals
        type: transfer
        date: 2016-01-20
        origin: TR
        destination: SY
        parties:
          - {role: buyer, kind: entity, name: Islamic State in Iraq and the Levant}
        items:
          - {category: cereals, quantity: 100, unit: t}
      """
    When the events are checked
    Then there is no finding for "isil_al_qaida.oil_trade"
    And there is a violation of "isil_al_qaida.assetfreeze" for event "qd-oil-cereals"

  Scenario: The day before 2199 (2015-02-11) crude from ISIL is an asset-freeze finding only
    Given the event:
      """
      id: qd-oil-day-before
      type: transfer
      date: 2015-02-11
      origin: SY
      destination: TR
      parties:
        - {role: seller, kind: entity, name: Islamic State in Iraq and the Levant}
      items:
        - {category: crude_oil, quantity: 4000, unit: barrels}
      """
    When the events are checked
    Then there is no finding for "isil_al_qaida.oil_trade"
    And there is a violation of "isil_al_qaida.assetfreeze"

  Scenario: Bitumen (HS 2713, only possibly a refined petroleum product) bought from ISIL: review
    Given the event:
      """
      id: qd-oil-bitumen
      type: transfer
      date: 2016-01-20
      origin: SY
      destination: TR
      parties:
        - {role: seller, kind: entity, name: Islamic State in Iraq and the Levant}
      items:
        - {hs_code: "2713", description: bitumen, quantity: 200, unit: t}
      """
    When the events are checked
    Then there is a review finding for "isil_al_qaida.oil_trade"
    And the review finding for "isil_al_qaida.oil_trade" names "only possibly makes it refined_petroleum" as missing
