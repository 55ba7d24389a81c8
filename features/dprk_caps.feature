@dprk @supplies
Feature: Caps on totals across events (dprk.refined_petroleum.cap, dprk.crude.cap, dprk.coal.cap)
  A cap limits what all States together may supply to (or procure from) the DPRK in a period; the
  event that takes the running total over the limit is the breach, and every event after it in the
  same period adds to a total already over:
    dprk.refined_petroleum.cap  500,000 barrels  2017-10-01..2017-12-31       2375 OP14 [U]
                                500,000 barrels  each calendar year from 2018  2397 OP5 [V]
    dprk.crude.cap              4,000,000 barrels or 525,000 t, each 12 months
                                from 22 December (2017-12-22..2018-12-21, ...)  2397 OP4 [V]
    dprk.coal.cap               US$53,495,894 or 1,000,866 t  2016-11-30..2016-12-31  2321 OP26 [U]
                                US$400,870,018 or 7,500,000 t 2017-01-01..2017-08-04  2321 OP26 [U]
                                (whichever is reached first; ended by the 2371 ban from 2017-08-05)
  Within a period contributions are taken by date, then event id, whatever the input order.
  Quantities are converted with the factors in rules/dprk/caps.yaml (m3 6.2898, l 0.0062898,
  t 7.33 barrels; crude 0.1364 t per barrel, 0.858 t per m3; coal kg 0.001 t); what cannot be
  converted is a review finding naming the field. With `--state FILE` the command line carries
  the totals from batch to batch.
  Each event is also judged by the per-event rules: refined petroleum supplies here are notified
  to the 1718 Committee (dprk.refined_petroleum.supply.notified lifts them) and coal shipments
  carry a State determination of livelihood purpose (dprk.coal.export.livelihood), so that only
  the cap is at stake. Crude oil has no per-event rule.

  # =============================================================================================
  # Refined petroleum: 500,000 barrels per calendar year (2397 OP5), Oct-Dec 2017 (2375 OP14)
  # =============================================================================================

  Scenario: Refined petroleum below the cap: 450,000 barrels in 2018 is 90 % of the allowance
    Given the events:
      """
      - {id: p1, type: transfer, date: 2018-02-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 200000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee, date: 2018-02-20}]}
      - {id: p2, type: transfer, date: 2018-06-01, origin: RU, destination: KP,
         items: [{category: refined_petroleum, quantity: 250000, unit: barrels}],
         authorizations: [{type: notification, issued_by: Russian Federation, addressed_to: 1718 Committee, date: 2018-06-25}]}
      """
    When the events are checked
    Then there is no finding for "dprk.refined_petroleum.cap"
    And "dprk.refined_petroleum.supply" is lifted by exemption "dprk.refined_petroleum.supply.notified" for event "p1"
    And "dprk.refined_petroleum.supply" is lifted by exemption "dprk.refined_petroleum.supply.notified" for event "p2"
    And the total for "dprk.refined_petroleum.cap" in the period from 2018-01-01 is 450,000 barrels (90%)

  Scenario: Refined petroleum exactly at the cap is not over it
    Given the events:
      """
      - {id: p1, type: transfer, date: 2018-02-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 300000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      - {id: p2, type: transfer, date: 2018-12-31, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 200000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      """
    When the events are checked
    Then there is no finding for "dprk.refined_petroleum.cap"
    And the total for "dprk.refined_petroleum.cap" in the period from 2018-01-01 is 500,000 barrels (100%)

  Scenario: Refined petroleum one barrel over the cap breaches 2397 OP5, and so does every later supply
    Given the events:
      """
      - {id: p1, type: transfer, date: 2018-02-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 300000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      - {id: p2, type: transfer, date: 2018-06-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 200000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      - {id: p3, type: transfer, date: 2018-09-01, origin: RU, destination: KP,
         items: [{category: refined_petroleum, quantity: 1, unit: barrels}],
         authorizations: [{type: notification, issued_by: Russian Federation, addressed_to: 1718 Committee}]}
      - {id: p4, type: transfer, date: 2018-11-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 5000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      """
    When the events are checked
    Then there is a violation of "dprk.refined_petroleum.cap" for event "p3"
    And the finding for "dprk.refined_petroleum.cap" for event "p3" cites resolution 2397 paragraph "5" marked "verified"
    And the finding for "dprk.refined_petroleum.cap" for event "p3" does not cite resolution 2375
    And the explanation of "dprk.refined_petroleum.cap" for event "p3" mentions "took the total over the cap"
    And the explanation of "dprk.refined_petroleum.cap" for event "p3" mentions "crossed here"
    And the cap finding for "dprk.refined_petroleum.cap" for event "p3" lists events "p1, p2, p3" with running totals "300,000, 500,000, 500,001"
    And the findings include:
      """
      - rule_id: dprk.refined_petroleum.cap
        severity: violation
        event_ids: [p3]
        explanation:
          stage: {from: 2018-01-01, until: 2018-12-31}
          contributions:
            - {event_id: p1, date: 2018-02-01, quantity: 300000, unit: barrels, running_total: 300000}
            - {event_id: p2, date: 2018-06-01, quantity: 200000, unit: barrels, running_total: 500000}
            - {event_id: p3, date: 2018-09-01, quantity: 1, unit: barrels, running_total: 500001}
      """
    And there is a violation of "dprk.refined_petroleum.cap" for event "p4"
    And the explanation of "dprk.refined_petroleum.cap" for event "p4" mentions "already over"
    # A later supply lists the one that crossed and itself (the crossing lists them all).
    And the cap finding for "dprk.refined_petroleum.cap" for event "p4" lists events "p3, p4" with running totals "500,001, 505,001"
    And there is no finding for "dprk.refined_petroleum.cap" for event "p1"
    And there is no finding for "dprk.refined_petroleum.cap" for event "p2"
    And "dprk.refined_petroleum.supply" is lifted by exemption "dprk.refined_petroleum.supply.notified" for event "p3"
    And the total for "dprk.refined_petroleum.cap" in the period from 2018-01-01 is 505,001 barrels (101%)

  Scenario: Refined petroleum totals reset with the calendar year (31 December / 1 January)
    Given the events:
      """
      - {id: dec, type: transfer, date: 2018-12-31, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 400000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      - {id: jan, type: transfer, date: 2019-01-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 400000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      - {id: next-dec, type: transfer, date: 2019-12-31, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 100000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      """
    When the events are checked
    Then there is no finding for "dprk.refined_petroleum.cap"
    And the total for "dprk.refined_petroleum.cap" in the period from 2018-01-01 is 400,000 barrels (80%)
    And the total for "dprk.refined_petroleum.cap" in the period from 2019-01-01 is 500,000 barrels (100%)

  Scenario: Refined petroleum over the cap in the 2375 OP14 period (October to December 2017)
    Given the events:
      """
      - {id: sept, type: transfer, date: 2017-09-30, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 900000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      - {id: oct, type: transfer, date: 2017-10-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 300000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      - {id: dec, type: transfer, date: 2017-12-31, origin: RU, destination: KP,
         items: [{category: refined_petroleum, quantity: 250000, unit: barrels}],
         authorizations: [{type: notification, issued_by: Russian Federation, addressed_to: 1718 Committee}]}
      """
    When the events are checked
    Then there is a violation of "dprk.refined_petroleum.cap" for event "dec"
    And the finding for "dprk.refined_petroleum.cap" for event "dec" cites resolution 2375 paragraph "14" marked "unconfirmed"
    And the finding for "dprk.refined_petroleum.cap" for event "dec" does not cite resolution 2397
    And the cap finding for "dprk.refined_petroleum.cap" lists events "oct, dec" with running totals "300,000, 550,000"
    And the total for "dprk.refined_petroleum.cap" in the period from 2017-10-01 is 550,000 barrels (110%)
    # before the first period nothing is counted: the supply is a breach of its own (no allowance yet)
    And there is no finding for "dprk.refined_petroleum.cap" for event "sept"
    And there is a violation of "dprk.refined_petroleum.supply" for event "sept"
    And "dprk.refined_petroleum.supply" is lifted by exemption "dprk.refined_petroleum.supply.notified_2375" for event "dec"

  Scenario: The 2375 period and 2018 are separate totals
    Given the events:
      """
      - {id: q4, type: transfer, date: 2017-12-31, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 450000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      - {id: y18, type: transfer, date: 2018-01-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 450000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      """
    When the events are checked
    Then there is no finding for "dprk.refined_petroleum.cap"
    And the total for "dprk.refined_petroleum.cap" in the period from 2017-10-01 is 450,000 barrels (90%)
    And the total for "dprk.refined_petroleum.cap" in the period from 2018-01-01 is 450,000 barrels (90%)

  Scenario: Refined petroleum supplies given out of date order are added up by date
    Given the events:
      """
      - {id: late, type: transfer, date: 2018-11-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 100000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      - {id: mid, type: transfer, date: 2018-07-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 200000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      - {id: same-day-b, type: transfer, date: 2018-03-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 125000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      - {id: same-day-a, type: transfer, date: 2018-03-01, origin: RU, destination: KP,
         items: [{category: refined_petroleum, quantity: 125000, unit: barrels}],
         authorizations: [{type: notification, issued_by: Russian Federation, addressed_to: 1718 Committee}]}
      """
    When the events are checked
    Then there is a violation of "dprk.refined_petroleum.cap" for event "late"
    And the cap finding for "dprk.refined_petroleum.cap" lists events "same-day-a, same-day-b, mid, late" with running totals "125,000, 250,000, 450,000, 550,000"
    And there is no finding for "dprk.refined_petroleum.cap" for event "mid"
    And the result does not depend on the order of the events

  Scenario: Refined petroleum in m3, tonnes and litres is converted to barrels
    Given the events:
      """
      - {id: cubic, type: transfer, date: 2018-02-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, description: diesel, quantity: 10000, unit: m3}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      - {id: tonnes, type: transfer, date: 2018-03-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, description: gas oil, quantity: 10000, unit: t}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      - {id: litres, type: transfer, date: 2018-04-01, origin: RU, destination: KP,
         items: [{category: refined_petroleum, description: gasoline, quantity: 1000000, unit: l}],
         authorizations: [{type: notification, issued_by: Russian Federation, addressed_to: 1718 Committee}]}
      """
    When the events are checked
    Then there is no finding for "dprk.refined_petroleum.cap"
    # 62,898 + 73,300 + 6,289.8 barrels
    And the total for "dprk.refined_petroleum.cap" in the period from 2018-01-01 is 142,487.8 barrels (28.5%)

  Scenario: A crossing that appears only after an unconfirmed conversion (tonnes at 7.33) is a review, with both totals
    Given the events:
      """
      - {id: cubic, type: transfer, date: 2018-02-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 60000, unit: m3}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      - {id: tonnes, type: transfer, date: 2018-03-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 16700, unit: t}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      - {id: litres, type: transfer, date: 2018-04-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 40000, unit: l}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.refined_petroleum.cap" for event "litres"
    And the review finding for "dprk.refined_petroleum.cap" names "t converted to barrels at 7.33 (unconfirmed)" as missing
    And the review finding for "dprk.refined_petroleum.cap" names "500050.592 barrels with the conversions; without them 377639.592 barrels against 500000 barrels" as missing
    And the cap finding for "dprk.refined_petroleum.cap" lists events "cubic, tonnes, litres" with running totals "377,388, 499,799, 500,050.592" in barrels
    And there is no finding for "dprk.refined_petroleum.cap" for event "tonnes"

  Scenario: Measured quantities over the cap are a violation, and the explanation says which unit decided
    Given the events:
      """
      - {id: cubic-big, type: transfer, date: 2018-02-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 70000, unit: m3}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      - {id: barrels-big, type: transfer, date: 2018-03-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 80000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      """
    When the events are checked
    Then there is a violation of "dprk.refined_petroleum.cap" for event "barrels-big"
    And the explanation of "dprk.refined_petroleum.cap" mentions "decided measured in barrels"

  Scenario: Crude reported in barrels stays under 4,000,000 barrels; 525,000 t is passed only with the unconfirmed factor: review
    Given the events:
      """
      - {id: crude-a, type: transfer, date: 2018-02-01, origin: RU, destination: KP,
         items: [{category: crude_oil, quantity: 2000000, unit: barrels}]}
      - {id: crude-b, type: transfer, date: 2018-06-01, origin: RU, destination: KP,
         items: [{category: crude_oil, quantity: 1900000, unit: barrels}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.crude.cap" for event "crude-b"
    And the review finding for "dprk.crude.cap" names "barrels converted to t at 0.1364 (unconfirmed; the cap's own figures give 0.1312) for crude-a, crude-b" as missing
    And the review finding for "dprk.crude.cap" names "531960 t with the conversions; without them 3900000 barrels against 4000000 barrels; 0 t against 525000 t" as missing
    And there is no finding for "dprk.crude.cap" for event "crude-a"

  Scenario: Crude reported in barrels over 4,000,000 barrels is a violation decided in barrels
    Given the events:
      """
      - {id: crude-c, type: transfer, date: 2018-02-01, origin: RU, destination: KP,
         items: [{category: crude_oil, quantity: 2000000, unit: barrels}]}
      - {id: crude-d, type: transfer, date: 2018-06-01, origin: RU, destination: KP,
         items: [{category: crude_oil, quantity: 2100000, unit: barrels}]}
      """
    When the events are checked
    Then there is a violation of "dprk.crude.cap" for event "crude-d"
    And the explanation of "dprk.crude.cap" mentions "decided measured in barrels"

  Scenario: Refined petroleum pumped ship-to-ship into a DPRK-flagged tanker counts toward the cap
    Given the events:
      """
      - {id: by-road, type: transfer, date: 2018-02-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 450000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      - id: at-sea
        type: ship_to_ship_transfer
        date: 2018-03-01
        location: {area: East China Sea}
        vessels:
          - {name: DELIVERING TANKER, role: delivering, flag: PA}
          - {name: RECEIVING TANKER, role: receiving, flag: KP}
        items: [{category: refined_petroleum, quantity: 8000, unit: m3}]
      """
    When the events are checked
    Then there is a review finding for "dprk.refined_petroleum.supply" for event "at-sea"
    And there is a violation of "dprk.refined_petroleum.cap" for event "at-sea"
    And the cap finding for "dprk.refined_petroleum.cap" lists events "by-road, at-sea" with running totals "450,000, 500,318.4"
    And the total for "dprk.refined_petroleum.cap" in the period from 2018-01-01 is 500,318.4 barrels (100.1%)

  Scenario: A refined petroleum supply whose quantity cannot be counted is a review naming the field
    Given the events:
      """
      - {id: no-quantity, type: transfer, date: 2018-02-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, description: diesel}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      - {id: drums, type: transfer, date: 2018-03-01, origin: CN, destination: KP,
         items: [{category: food, quantity: 10, unit: t},
                 {category: refined_petroleum, description: diesel in drums, quantity: 400, unit: each}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      - {id: counted, type: transfer, date: 2018-04-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 1000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.refined_petroleum.cap" for event "no-quantity"
    And the review finding for "dprk.refined_petroleum.cap" for event "no-quantity" names "items[0].quantity is missing" as missing
    And the review finding for "dprk.refined_petroleum.cap" for event "drums" names "items[1].quantity in each cannot be converted to barrels" as missing
    And the explanation of "dprk.refined_petroleum.cap" for event "drums" mentions "review needed"
    And there is no finding for "dprk.refined_petroleum.cap" for event "counted"
    And the total for "dprk.refined_petroleum.cap" in the period from 2018-01-01 is 1,000 barrels (0.2%)

  @cli
  Scenario: Refined petroleum carried over two batches with a state file: the second batch crosses
    Given a first batch checked with the state file:
      """
      - {id: monday-1, type: transfer, date: 2018-02-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 300000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      - {id: monday-2, type: transfer, date: 2018-05-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 150000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      """
    And the events:
      """
      - {id: tuesday-1, type: transfer, date: 2018-08-01, origin: RU, destination: KP,
         items: [{category: refined_petroleum, quantity: 60000, unit: barrels}],
         authorizations: [{type: notification, issued_by: Russian Federation, addressed_to: 1718 Committee}]}
      """
    When the events are checked with the state file
    Then the first batch had no finding for "dprk.refined_petroleum.cap"
    And there is a violation of "dprk.refined_petroleum.cap" for event "tuesday-1"
    And the cap finding for "dprk.refined_petroleum.cap" lists events "monday-1, monday-2, tuesday-1" with running totals "300,000, 450,000, 510,000"
    And the total for "dprk.refined_petroleum.cap" in the period from 2018-01-01 is 510,000 barrels (102%)
    And the state file holds 3 contributions

  @cli
  Scenario: A supply reported late, in a later batch, takes the period over the cap
    # the first batch stays under the cap; the late supply is dated before its events, so the
    # earlier batch's supplies dated after it are now over the cap
    Given a first batch checked with the state file:
      """
      - {id: march, type: transfer, date: 2018-03-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 300000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      - {id: may, type: transfer, date: 2018-05-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 150000, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      """
    And the events:
      """
      - {id: february-late, type: transfer, date: 2018-02-01, origin: RU, destination: KP,
         items: [{category: refined_petroleum, quantity: 100000, unit: barrels}],
         authorizations: [{type: notification, issued_by: Russian Federation, addressed_to: 1718 Committee}]}
      """
    When the events are checked with the state file
    Then the first batch had no finding for "dprk.refined_petroleum.cap"
    And there is a violation of "dprk.refined_petroleum.cap" for event "may"
    And the explanation of "dprk.refined_petroleum.cap" for event "may" mentions "from an earlier batch"
    And the cap finding for "dprk.refined_petroleum.cap" for event "may" lists events "february-late, march, may" with running totals "100,000, 400,000, 550,000"
    And there is no finding for "dprk.refined_petroleum.cap" for event "march"
    And the total for "dprk.refined_petroleum.cap" in the period from 2018-01-01 is 550,000 barrels (110%)

  @cli
  Scenario: A state file written for another rulebook is refused and left untouched
    Given a state file written for another rulebook
    And the events:
      """
      - {id: p1, type: transfer, date: 2018-02-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 10, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      """
    When the command line checks the events with the state file
    Then the command line exits with status 2 saying "written for rulebook sha256:000"
    And the command line exits with status 2 saying "start a new state file for this rulebook"
    And the state file is unchanged

  @cli
  Scenario: A corrupt state file is refused and left untouched
    Given a corrupt state file
    And the events:
      """
      - {id: p1, type: transfer, date: 2018-02-01, origin: CN, destination: KP,
         items: [{category: refined_petroleum, quantity: 10, unit: barrels}],
         authorizations: [{type: notification, issued_by: China, addressed_to: 1718 Committee}]}
      """
    When the command line checks the events with the state file
    Then the command line exits with status 2 saying "cannot use this state file"
    And the state file is unchanged

  # =============================================================================================
  # Crude oil: 4,000,000 barrels or 525,000 t per 12 months from 22 December (2397 OP4)
  # =============================================================================================

  Scenario: Crude oil below the cap, counted in tonnes and in barrels
    Given the events:
      """
      - {id: k1, type: transfer, date: 2018-01-15, origin: CN, destination: KP,
         items: [{category: crude_oil, description: pipeline crude, quantity: 200000, unit: t}]}
      - {id: k2, type: transfer, date: 2018-06-01, origin: CN, destination: KP,
         items: [{category: crude_oil, description: pipeline crude, quantity: 300000, unit: t}]}
      """
    When the events are checked
    Then there are no findings
    And the total for "dprk.crude.cap" in the period from 2017-12-22 is 500,000 t (95.2%)
    And the total for "dprk.crude.cap" in the period from 2017-12-22 is 3,665,000 barrels (91.6%)

  Scenario: Crude oil exactly at 525,000 tonnes is not over the cap
    Given the events:
      """
      - {id: k1, type: transfer, date: 2018-01-15, origin: CN, destination: KP,
         items: [{category: crude_oil, quantity: 300000, unit: t}]}
      - {id: k2, type: transfer, date: 2018-12-21, origin: CN, destination: KP,
         items: [{category: crude_oil, quantity: 225000, unit: t}]}
      """
    When the events are checked
    Then there is no finding for "dprk.crude.cap"
    And the total for "dprk.crude.cap" in the period from 2017-12-22 is 525,000 t (100%)

  Scenario: Crude oil one tonne over the cap breaches 2397 OP4
    Given the events:
      """
      - {id: k1, type: transfer, date: 2018-01-15, origin: CN, destination: KP,
         items: [{category: crude_oil, quantity: 300000, unit: t}]}
      - {id: k2, type: transfer, date: 2018-06-01, origin: CN, destination: KP,
         items: [{category: crude_oil, quantity: 225000, unit: t}]}
      - {id: k3, type: transfer, date: 2018-12-21, origin: CN, destination: KP,
         items: [{category: crude_oil, quantity: 1, unit: t}]}
      """
    When the events are checked
    Then there is a violation of "dprk.crude.cap" for event "k3"
    And the finding for "dprk.crude.cap" for event "k3" cites resolution 2397 paragraph "4" marked "verified"
    And the cap finding for "dprk.crude.cap" lists events "k1, k2, k3" with running totals "300,000, 525,000, 525,001" in t
    And there is no finding for "dprk.crude.cap" for event "k2"
    And the total for "dprk.crude.cap" in the period from 2017-12-22 is 525,001 t (100%)

  Scenario: The crude oil period turns on 22 December: 21 December is the old period, 22 December the new
    Given the events:
      """
      - {id: before-2397, type: transfer, date: 2017-12-21, origin: CN, destination: KP,
         items: [{category: crude_oil, quantity: 600000, unit: t}]}
      - {id: last-day, type: transfer, date: 2018-12-21, origin: CN, destination: KP,
         items: [{category: crude_oil, quantity: 400000, unit: t}]}
      - {id: anniversary, type: transfer, date: 2018-12-22, origin: CN, destination: KP,
         items: [{category: crude_oil, quantity: 400000, unit: t}]}
      """
    When the events are checked
    Then there is no finding for "dprk.crude.cap"
    And the total for "dprk.crude.cap" in the period from 2017-12-22 is 400,000 t (76.2%)
    And the total for "dprk.crude.cap" in the period from 2018-12-22 is 400,000 t (76.2%)
    And there is no total for "dprk.crude.cap" in the period from 2016-12-22

  Scenario: Crude oil over the cap in the second 12-month period
    Given the events:
      """
      - {id: full-first, type: transfer, date: 2018-12-21, origin: CN, destination: KP,
         items: [{category: crude_oil, quantity: 525000, unit: t}]}
      - {id: full-second, type: transfer, date: 2018-12-22, origin: CN, destination: KP,
         items: [{category: crude_oil, quantity: 525000, unit: t}]}
      - {id: one-more, type: transfer, date: 2019-12-21, origin: CN, destination: KP,
         items: [{category: crude_oil, quantity: 1, unit: t}]}
      """
    When the events are checked
    Then there is a violation of "dprk.crude.cap" for event "one-more"
    And the cap finding for "dprk.crude.cap" lists events "full-second, one-more" with running totals "525,000, 525,001" in t
    And there is no finding for "dprk.crude.cap" for event "full-first"
    And there is no finding for "dprk.crude.cap" for event "full-second"

  Scenario: Crude oil supplies given out of date order are added up by date
    Given the events:
      """
      - {id: k3, type: transfer, date: 2018-11-30, origin: CN, destination: KP,
         items: [{category: crude_oil, quantity: 100000, unit: t}]}
      - {id: k1, type: transfer, date: 2018-01-10, origin: CN, destination: KP,
         items: [{category: crude_oil, quantity: 250000, unit: t}]}
      - {id: k2, type: transfer, date: 2018-05-20, origin: CN, destination: KP,
         items: [{category: crude_oil, quantity: 250000, unit: t}]}
      """
    When the events are checked
    Then there is a violation of "dprk.crude.cap" for event "k3"
    And there is no finding for "dprk.crude.cap" for event "k2"
    And the cap finding for "dprk.crude.cap" lists events "k1, k2, k3" with running totals "250,000, 500,000, 600,000" in t
    And the result does not depend on the order of the events

  Scenario: Crude oil in m3 and barrels counts toward both the barrel and the tonne figure
    Given the events:
      """
      - {id: cubic, type: transfer, date: 2018-02-01, origin: CN, destination: KP,
         items: [{category: crude_oil, quantity: 100000, unit: m3}]}
      - {id: barrels, type: transfer, date: 2018-03-01, origin: CN, destination: KP,
         items: [{category: crude_oil, quantity: 1000000, unit: barrels}]}
      """
    When the events are checked
    Then there are no findings
    # 628,980 + 1,000,000 barrels; 85,800 + 136,400 t
    And the total for "dprk.crude.cap" in the period from 2017-12-22 is 1,628,980 barrels (40.7%)
    And the total for "dprk.crude.cap" in the period from 2017-12-22 is 222,200 t (42.3%)

  Scenario: Crude oil in litres has no factor in the rule: a review naming the field
    Given the events:
      """
      - {id: litres, type: transfer, date: 2018-02-01, origin: CN, destination: KP,
         items: [{category: crude_oil, quantity: 5000000, unit: l}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.crude.cap" for event "litres"
    And the review finding for "dprk.crude.cap" names "items[0].quantity in l cannot be converted to barrels" as missing
    And the review finding for "dprk.crude.cap" names "items[0].quantity in l cannot be converted to t" as missing
    And the total for "dprk.crude.cap" in the period from 2017-12-22 is 0 t (0%)

  @cli
  Scenario: Crude oil carried over two batches with a state file: the second batch crosses
    Given a first batch checked with the state file:
      """
      - {id: batch1, type: transfer, date: 2019-01-10, origin: CN, destination: KP,
         items: [{category: crude_oil, quantity: 500000, unit: t}]}
      """
    And the events:
      """
      - {id: batch2, type: transfer, date: 2019-03-10, origin: CN, destination: KP,
         items: [{category: crude_oil, quantity: 30000, unit: t}]}
      """
    When the events are checked with the state file
    Then the first batch had no finding for "dprk.crude.cap"
    And there is a violation of "dprk.crude.cap" for event "batch2"
    And the cap finding for "dprk.crude.cap" lists events "batch1, batch2" with running totals "500,000, 530,000" in t
    And the total for "dprk.crude.cap" in the period from 2018-12-22 is 530,000 t (101%)

  # =============================================================================================
  # Coal: US$ or tonnes, whichever is reached first (2321 OP26), until the 2371 ban
  # =============================================================================================

  @coal
  Scenario: Coal below both figures in 2017
    Given the events:
      """
      - {id: c1, type: transfer, date: 2017-02-01, origin: KP, destination: CN,
         items: [{category: coal, quantity: 3000000, unit: t, value: {value: 150000000, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      """
    When the events are checked
    Then there is no finding for "dprk.coal.cap"
    And "dprk.coal.export" is lifted by exemption "dprk.coal.export.livelihood"
    And the total for "dprk.coal.cap" in the period from 2017-01-01 is 3,000,000 t (40%)
    And the total for "dprk.coal.cap" in the period from 2017-01-01 is 150,000,000 USD (37.4%)

  @coal
  Scenario: Coal exactly at both figures is not over the cap
    Given the events:
      """
      - {id: c1, type: transfer, date: 2017-02-01, origin: KP, destination: CN,
         items: [{category: coal, quantity: 4000000, unit: t, value: {value: 200000000, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      - {id: c2, type: transfer, date: 2017-05-01, origin: KP, destination: CN,
         items: [{category: coal, quantity: 3500000, unit: t, value: {value: 200870018, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      """
    When the events are checked
    Then there is no finding for "dprk.coal.cap"
    And the total for "dprk.coal.cap" in the period from 2017-01-01 is 7,500,000 t (100%)
    And the total for "dprk.coal.cap" in the period from 2017-01-01 is 400,870,018 USD (100%)

  @coal
  Scenario: Coal one tonne over 7,500,000 t breaches 2321 OP26 though the US$ figure is not reached
    Given the events:
      """
      - {id: c1, type: transfer, date: 2017-02-01, origin: KP, destination: CN,
         items: [{category: coal, quantity: 5000000, unit: t, value: {value: 100000000, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      - {id: c2, type: transfer, date: 2017-05-01, origin: KP, destination: CN,
         items: [{category: coal, quantity: 2500001, unit: t, value: {value: 100000000, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      """
    When the events are checked
    Then there is a violation of "dprk.coal.cap" for event "c2"
    And the finding for "dprk.coal.cap" for event "c2" cites resolution 2321 paragraph "26" marked "unconfirmed"
    And the cap finding for "dprk.coal.cap" lists events "c1, c2" with running totals "5,000,000, 7,500,001" in t
    And there is no finding for "dprk.coal.cap" for event "c1"
    And the total for "dprk.coal.cap" in the period from 2017-01-01 is 200,000,000 USD (49.9%)

  @coal
  Scenario: Coal one dollar over US$400,870,018 breaches 2321 OP26 though the tonnage is not reached
    Given the events:
      """
      - {id: c1, type: transfer, date: 2017-02-01, origin: KP, destination: CN,
         items: [{category: coal, quantity: 1000000, unit: t, value: {value: 300000000, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      - {id: c2, type: transfer, date: 2017-05-01, origin: KP, destination: CN,
         items: [{category: coal, quantity: 1000000, unit: t, value: {value: 100870019, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      """
    When the events are checked
    Then there is a violation of "dprk.coal.cap" for event "c2"
    And the cap finding for "dprk.coal.cap" lists events "c1, c2" with running totals "300,000,000, 400,870,019" in USD
    And the total for "dprk.coal.cap" in the period from 2017-01-01 is 2,000,000 t (26.7%)

  @coal
  Scenario: Coal: whichever figure is reached first is the crossing; the other one crosses later
    Given the events:
      """
      - {id: c1, type: transfer, date: 2017-02-01, origin: KP, destination: CN,
         items: [{category: coal, quantity: 7000000, unit: t, value: {value: 100000000, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      - {id: c2, type: transfer, date: 2017-03-01, origin: KP, destination: CN,
         items: [{category: coal, quantity: 600000, unit: t, value: {value: 100000000, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      - {id: c3, type: transfer, date: 2017-04-01, origin: KP, destination: CN,
         items: [{category: coal, quantity: 100000, unit: t, value: {value: 250000000, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      """
    When the events are checked
    Then there is a violation of "dprk.coal.cap" for event "c2"
    And the explanation of "dprk.coal.cap" for event "c2" mentions "7600000 t against 7500000 t"
    And the cap finding for "dprk.coal.cap" for event "c2" lists events "c1, c2" with running totals "7,000,000, 7,600,000" in t
    And the cap finding for "dprk.coal.cap" for event "c3" lists events "c1, c2, c3" with running totals "100,000,000, 200,000,000, 450,000,000" in USD
    And the cap finding for "dprk.coal.cap" for event "c3" lists events "c2, c3" with running totals "7,600,000, 7,700,000" in t

  @coal
  Scenario: Coal in December 2016 has its own, smaller figures
    Given the events:
      """
      - {id: eve, type: transfer, date: 2016-11-29, origin: KP, destination: CN,
         items: [{category: coal, quantity: 2000000, unit: t, value: {value: 90000000, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      - {id: d1, type: transfer, date: 2016-11-30, origin: KP, destination: CN,
         items: [{category: coal, quantity: 600000, unit: t, value: {value: 30000000, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      - {id: d2, type: transfer, date: 2016-12-31, origin: KP, destination: CN,
         items: [{category: coal, quantity: 400867, unit: t, value: {value: 20000000, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      """
    When the events are checked
    Then there is a violation of "dprk.coal.cap" for event "d2"
    And the finding for "dprk.coal.cap" for event "d2" cites resolution 2321 paragraph "26" marked "unconfirmed"
    And the cap finding for "dprk.coal.cap" lists events "d1, d2" with running totals "600,000, 1,000,867" in t
    And the total for "dprk.coal.cap" in the period from 2016-11-30 is 50,000,000 USD (93.5%)
    # the day before 2321: no cap yet (2270 OP29 and its livelihood exception)
    And there is no finding for "dprk.coal.cap" for event "eve"

  @coal
  Scenario: Coal totals reset on 1 January 2017
    Given the events:
      """
      - {id: dec, type: transfer, date: 2016-12-31, origin: KP, destination: CN,
         items: [{category: coal, quantity: 1000000, unit: t, value: {value: 50000000, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      - {id: jan, type: transfer, date: 2017-01-01, origin: KP, destination: CN,
         items: [{category: coal, quantity: 1000000, unit: t, value: {value: 50000000, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      """
    When the events are checked
    Then there is no finding for "dprk.coal.cap"
    And the total for "dprk.coal.cap" in the period from 2016-11-30 is 1,000,000 t (99.9%)
    And the total for "dprk.coal.cap" in the period from 2017-01-01 is 1,000,000 t (13.3%)

  @coal
  Scenario: The coal cap ends on 2017-08-04; from 2017-08-05 the 2371 ban applies instead
    Given the events:
      """
      - {id: last-day, type: transfer, date: 2017-08-04, origin: KP, destination: CN,
         items: [{category: coal, quantity: 7500001, unit: t, value: {value: 1000000, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      - {id: ban, type: transfer, date: 2017-08-05, origin: KP, destination: CN,
         items: [{category: coal, quantity: 8000000, unit: t, value: {value: 1000000, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      """
    When the events are checked
    Then there is a violation of "dprk.coal.cap" for event "last-day"
    And the cap finding for "dprk.coal.cap" lists events "last-day" with running totals "7,500,001" in t
    And the total for "dprk.coal.cap" in the period from 2017-01-01 is 7,500,001 t (100%)
    And there is no finding for "dprk.coal.cap" for event "ban"
    And there is a violation of "dprk.coal.export" for event "ban"
    And the finding for "dprk.coal.export" for event "ban" cites resolution 2371 paragraph "8"

  @coal
  Scenario: Coal in kilograms is converted to tonnes; m3 and litres cannot be, a review naming the field
    Given the events:
      """
      - {id: kilos, type: transfer, date: 2017-02-01, origin: KP, destination: CN,
         items: [{category: coal, quantity: 2000000000, unit: kg, value: {value: 100000000, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      - {id: cubic, type: transfer, date: 2017-03-01, origin: KP, destination: CN,
         items: [{category: coal, quantity: 5000, unit: m3, value: {value: 500000, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      - {id: litres, type: transfer, date: 2017-04-01, origin: KP, destination: CN,
         items: [{category: coal, quantity: 5000, unit: l, value: {value: 500, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      """
    When the events are checked
    Then there is no finding for "dprk.coal.cap" for event "kilos"
    And the review finding for "dprk.coal.cap" for event "cubic" names "items[0].quantity in m3 cannot be converted to t" as missing
    And the review finding for "dprk.coal.cap" for event "litres" names "items[0].quantity in l cannot be converted to t" as missing
    And the total for "dprk.coal.cap" in the period from 2017-01-01 is 2,000,000 t (26.7%)
    # the value in US$ still counts where the quantity cannot
    And the total for "dprk.coal.cap" in the period from 2017-01-01 is 100,500,500 USD (25.1%)

  @coal
  Scenario: Coal without a value in US$ is a review naming the field; its tonnes still count
    Given the events:
      """
      - {id: yuan, type: transfer, date: 2017-02-01, origin: KP, destination: CN,
         items: [{category: coal, quantity: 100000, unit: t, value: {value: 60000000, currency: CNY}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      - {id: no-value, type: transfer, date: 2017-03-01, origin: KP, destination: CN,
         items: [{category: coal, quantity: 50000, unit: t}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      """
    When the events are checked
    Then there is a review finding for "dprk.coal.cap" for event "yuan"
    And the review finding for "dprk.coal.cap" for event "yuan" names "items[0].value is needed in USD (found CNY)" as missing
    And the review finding for "dprk.coal.cap" for event "no-value" names "items[0].value is needed in USD (found none)" as missing
    And the total for "dprk.coal.cap" in the period from 2017-01-01 is 150,000 t (2%)
    And the total for "dprk.coal.cap" in the period from 2017-01-01 is 0 USD (0%)

  @coal
  Scenario: Coal shipments given out of date order are added up by date
    Given the events:
      """
      - {id: july, type: transfer, date: 2017-07-01, origin: KP, destination: CN,
         items: [{category: coal, quantity: 3000000, unit: t, value: {value: 100000000, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      - {id: march, type: transfer, date: 2017-03-01, origin: KP, destination: CN,
         items: [{category: coal, quantity: 3000000, unit: t, value: {value: 100000000, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      - {id: may, type: transfer, date: 2017-05-01, origin: KP, destination: CN,
         items: [{category: coal, quantity: 3000000, unit: t, value: {value: 100000000, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      """
    When the events are checked
    Then there is a violation of "dprk.coal.cap" for event "july"
    And there is no finding for "dprk.coal.cap" for event "may"
    And the cap finding for "dprk.coal.cap" lists events "march, may, july" with running totals "3,000,000, 6,000,000, 9,000,000" in t
    And the result does not depend on the order of the events

  @coal @cli
  Scenario: Coal carried over two batches with a state file: the second batch crosses
    Given a first batch checked with the state file:
      """
      - {id: q1, type: transfer, date: 2017-03-31, origin: KP, destination: CN,
         items: [{category: coal, quantity: 2000000, unit: t, value: {value: 350000000, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      """
    And the events:
      """
      - {id: q2, type: transfer, date: 2017-06-30, origin: KP, destination: CN,
         items: [{category: coal, quantity: 1000000, unit: t, value: {value: 60000000, currency: USD}}],
         authorizations: [{type: state_determination, issued_by: China, covers: livelihood purposes}]}
      """
    When the events are checked with the state file
    Then the first batch had no finding for "dprk.coal.cap"
    And there is a violation of "dprk.coal.cap" for event "q2"
    And the cap finding for "dprk.coal.cap" lists events "q1, q2" with running totals "350,000,000, 410,000,000" in USD
    And the total for "dprk.coal.cap" in the period from 2017-01-01 is 3,000,000 t (40%)
    And the state file holds 2 contributions
