Feature: Iraq (1518) cultural property: trade in Iraqi cultural property illegally removed
  rules/iraq/cultural_property.yaml. Open-ended; no exemptions encoded.

  iraq.cultural_property  (review) trade in or transfer of Iraqi cultural property illegally removed
    since 1990-08-06: 1483 (2003) OP7 (unconfirmed), from 2003-05-22. An event shows cultural
    property shipped from Iraq or of Iraqi origin; it cannot show that the item was removed
    illegally, or when: the finding asks for the provenance. From 2015-02-12 the same items are
    also reviewed under isil_al_qaida.cultural_property (2199 OP17).

  Scenario: A cuneiform tablet of Iraqi origin sold from Jordan to London in 2008: review under 1483 OP7
    Given the event:
      """
      id: iq-cp-tablet
      type: transfer
      date: 2008-09-10
      origin: JO
      destination: GB
      parties:
        - {role: seller, kind: individual, name: Samir Haddad, country: JO}
        - {role: buyer, kind: entity, name: Bloomsbury Ancient Art Ltd, country: GB}
      items:
        - {category: cultural_property, description: cuneiform clay tablet, quantity: 1, unit: each, origin: IQ}
      """
    When the events are checked
    Then there is a review finding for "iraq.cultural_property"
    And the finding for "iraq.cultural_property" cites resolution 1483 paragraph "7" marked "unconfirmed"
    And the review finding for "iraq.cultural_property" names "illegally removed from Iraq since 1990-08-06" as missing
    And there is no finding for "isil_al_qaida.cultural_property"

  Scenario: Unclassified goods shipped from Iraq in 2010: review, the category is missing
    Given the event:
      """
      id: iq-cp-unclassified
      type: transfer
      date: 2010-04-01
      origin: IQ
      destination: JO
      items:
        - {description: packed boxes, quantity: 3, unit: each}
      """
    When the events are checked
    Then there is a review finding for "iraq.cultural_property"
    And the review finding for "iraq.cultural_property" names "no category or HS code" as missing

  Scenario: A Syrian antiquity, and Iraqi dates, are outside the Iraqi ban
    Given the events:
      """
      - id: iq-cp-syrian
        type: transfer
        date: 2008-09-10
        origin: SY
        destination: LB
        items:
          - {category: cultural_property, description: Palmyrene funerary bust, quantity: 1, unit: each, origin: SY}
      - id: iq-cp-dates
        type: transfer
        date: 2008-09-10
        origin: IQ
        destination: AE
        items:
          - {category: food_agricultural, description: dates, quantity: 40, unit: t, origin: IQ}
      """
    When the events are checked
    Then there is no finding for "iraq.cultural_property"

  Scenario: The day before 1483 was adopted (2003-05-21) the tablet was no finding
    Given the event:
      """
      id: iq-cp-day-before
      type: transfer
      date: 2003-05-21
      origin: JO
      destination: GB
      items:
        - {category: cultural_property, description: cuneiform clay tablet, quantity: 1, unit: each, origin: IQ}
      """
    When the events are checked
    Then there is no finding for "iraq.cultural_property"
