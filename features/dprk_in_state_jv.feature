@dprk @in_state
Feature: Joint ventures with DPRK entities or individuals (dprk.jv.new, dprk.jv.closure)
  Joint_venture events with a DPRK partner, in a Member State or with a foreign partner.
  The event's date is the day the venture opened (or the additional investment was made).
    dprk.jv.new (judged on date)
      2017-08-05  2371 OP12  no new joint ventures, no expansion by additional investment
      2017-09-11  2375 OP18  no opening, maintenance or operation of any joint venture
    dprk.jv.closure (judged on end_date; ventures that existed before 2017-09-11)
      2018-01-10  2375 OP18  existing ventures closed within 120 days (by 2018-01-09)
  Exemptions:
    new.committee_approval_2371   2017-08-05..2017-09-10  1718 Committee approval (2371 OP12)
    new.committee_approval        from 2017-09-11          1718 Committee approval (2375 OP18)
    closure.china_hydroelectric   existing China-DPRK hydroelectric infrastructure project
    closure.rajin_khasan          existing Russia-DPRK Rajin-Khasan port and rail project
    closure.committee_approval    1718 Committee approval, open-ended or valid past the deadline

  # --- new joint ventures and expansion ---------------------------------------------------------

  Scenario: A joint venture opened in Dandong on 2017-08-05 breaches 2371 OP12
    Given the event:
      """
      id: jv-dandong
      type: joint_venture
      date: 2017-08-05
      location: {country: CN, area: Dandong}
      parties:
        - {role: partner, kind: entity, name: Dandong trading company, country: CN}
        - {role: partner, kind: entity, name: Korea General Trading Corporation, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.jv.new"
    And the finding for "dprk.jv.new" cites resolution 2371 paragraph "12" marked "unconfirmed"
    And the finding for "dprk.jv.new" does not cite resolution 2375

  Scenario: The day before 2371, opening a joint venture is no finding
    Given the event:
      """
      id: jv-eve
      type: joint_venture
      date: 2017-08-04
      location: {country: CN}
      parties:
        - {role: partner, kind: entity, country: CN}
        - {role: partner, kind: entity, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.jv.new"

  Scenario: On 2017-09-10 a new joint venture still falls under 2371 OP12
    Given the event:
      """
      id: jv-2017-09-10
      type: joint_venture
      date: 2017-09-10
      location: {country: CN}
      parties:
        - {role: partner, kind: entity, country: CN}
        - {role: partner, kind: entity, country: KP}
      """
    When the events are checked
    Then the finding for "dprk.jv.new" cites resolution 2371 paragraph "12"
    And the finding for "dprk.jv.new" does not cite resolution 2375

  Scenario: On 2017-09-11 a new joint venture falls under 2375 OP18
    Given the event:
      """
      id: jv-2017-09-11
      type: joint_venture
      date: 2017-09-11
      location: {country: CN}
      parties:
        - {role: partner, kind: entity, country: CN}
        - {role: partner, kind: entity, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.jv.new"
    And the finding for "dprk.jv.new" cites resolution 2375 paragraph "18" marked "verified"
    And there is no finding for "dprk.jv.closure"

  Scenario: Additional investment in an existing venture is an expansion
    Given the event:
      """
      id: jv-expansion
      type: joint_venture
      date: 2017-08-20
      location: {country: KP, area: Rason}
      amount: {value: 2000000, currency: CNY}
      parties:
        - {role: partner, kind: entity, name: Chinese fisheries investor, country: CN}
        - {role: partner, kind: entity, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.jv.new"

  Scenario: A venture of Chinese and Russian partners is no DPRK matter
    Given the event:
      """
      id: jv-cn-ru
      type: joint_venture
      date: 2018-05-01
      end_date: 2021-05-01
      location: {country: RU}
      parties:
        - {role: partner, kind: entity, country: CN}
        - {role: partner, kind: entity, country: RU}
      """
    When the events are checked
    Then there are no findings

  Scenario: Two DPRK partners inside the DPRK are outside the Member States' duty
    Given the event:
      """
      id: jv-kp-kp
      type: joint_venture
      date: 2018-05-01
      end_date: 2021-05-01
      location: {country: KP}
      parties:
        - {role: partner, kind: entity, country: KP}
        - {role: partner, kind: entity, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.jv.new"
    And there is no finding for "dprk.jv.closure"

  Scenario: A venture the 1718 Committee approved in advance in August 2017
    Given the event:
      """
      id: jv-approved-2371
      type: joint_venture
      date: 2017-08-20
      location: {country: CN}
      parties:
        - {role: partner, kind: entity, country: CN}
        - {role: partner, kind: entity, country: KP}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2017-08-15}
      """
    When the events are checked
    Then "dprk.jv.new" is lifted by exemption "dprk.jv.new.committee_approval_2371"

  Scenario: An approval by a national ministry is not the Committee's
    Given the event:
      """
      id: jv-ministry-2371
      type: joint_venture
      date: 2017-08-20
      location: {country: CN}
      parties:
        - {role: partner, kind: entity, country: CN}
        - {role: partner, kind: entity, country: KP}
      authorizations:
        - {type: committee_exemption, issued_by: PRC Ministry of Commerce, date: 2017-08-15}
      """
    When the events are checked
    Then there is a violation of "dprk.jv.new"
    And the exemption "dprk.jv.new.committee_approval_2371" was weighed and did not apply for "dprk.jv.new"

  Scenario: A public-utility venture the Committee approved under 2375
    Given the event:
      """
      id: jv-approved-2375
      type: joint_venture
      date: 2018-06-01
      location: {country: KP}
      parties:
        - {role: partner, kind: entity, name: Mongolian utility, country: MN}
        - {role: partner, kind: entity, country: KP}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-05-01, valid_until: 2020-05-01,
           covers: non-commercial public utility infrastructure project}
      """
    When the events are checked
    Then "dprk.jv.new" is lifted by exemption "dprk.jv.new.committee_approval"
    And the exempted findings include:
      """
      - rule_id: dprk.jv.new
        citations: [{resolution: 2375, paragraph: "18"}]
        explanation:
          exemptions:
            - id: dprk.jv.new.committee_approval_2371
              applies: false
              why: "not available on 2018-06-01*"
            - {id: dprk.jv.new.committee_approval, applies: true}
      """

  Scenario: A Committee approval that lapsed before the venture opened
    Given the event:
      """
      id: jv-lapsed
      type: joint_venture
      date: 2018-06-01
      location: {country: KP}
      parties:
        - {role: partner, kind: entity, country: MN}
        - {role: partner, kind: entity, country: KP}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2017-12-01, valid_until: 2018-03-01}
      """
    When the events are checked
    Then there is a violation of "dprk.jv.new"
    And the exemption "dprk.jv.new.committee_approval" was weighed and did not apply for "dprk.jv.new"

  # --- existing joint ventures: closed by 2018-01-09 (judged on end_date) -----------------------

  Scenario: A Chinese-DPRK venture opened in 2012 and still running in mid-2018 breaches 2375 OP18
    Given the event:
      """
      id: jv-2012
      type: joint_venture
      date: 2012-04-01
      end_date: 2018-06-30
      location: {country: CN, area: Shenyang}
      parties:
        - {role: partner, kind: entity, name: restaurant company, country: CN}
        - {role: partner, kind: entity, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.jv.closure"
    And the finding for "dprk.jv.closure" cites resolution 2375 paragraph "18" marked "verified"
    And there is no finding for "dprk.jv.new"

  Scenario: An existing venture closed on 2018-01-09 met the 120-day deadline
    Given the event:
      """
      id: jv-closed-on-time
      type: joint_venture
      date: 2012-04-01
      end_date: 2018-01-09
      location: {country: CN}
      parties:
        - {role: partner, kind: entity, country: CN}
        - {role: partner, kind: entity, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.jv.closure"

  Scenario: An existing venture closed on 2018-01-10 did not
    Given the event:
      """
      id: jv-closed-late
      type: joint_venture
      date: 2012-04-01
      end_date: 2018-01-10
      location: {country: CN}
      parties:
        - {role: partner, kind: entity, country: CN}
        - {role: partner, kind: entity, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.jv.closure"

  Scenario: A Chinese investor's venture inside the DPRK is caught through the foreign partner
    Given the event:
      """
      id: jv-rason-cn
      type: joint_venture
      date: 2014-09-01
      end_date: 2019-03-31
      location: {country: KP, area: Rason}
      parties:
        - {role: partner, kind: entity, country: CN}
        - {role: partner, kind: entity, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.jv.closure"

  Scenario: A Chinese-Japanese venture kept open is no DPRK matter
    Given the event:
      """
      id: jv-cn-jp
      type: joint_venture
      date: 2012-04-01
      end_date: 2021-01-01
      location: {country: CN}
      parties:
        - {role: partner, kind: entity, country: CN}
        - {role: partner, kind: entity, country: JP}
      """
    When the events are checked
    Then there are no findings

  Scenario: A venture opened in breach in 2018 is judged as new, not as an existing one
    Given the event:
      """
      id: jv-2018-open
      type: joint_venture
      date: 2018-02-01
      end_date: 2019-02-01
      location: {country: CN}
      parties:
        - {role: partner, kind: entity, country: CN}
        - {role: partner, kind: entity, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.jv.new"
    And there is no finding for "dprk.jv.closure"

  Scenario: An existing China-DPRK hydroelectric project is outside 2375 OP18
    Given the event:
      """
      id: jv-hydro
      type: joint_venture
      date: 1990-01-01
      end_date: 2022-12-31
      location: {area: Yalu River}
      parties:
        - {role: partner, kind: entity, name: Chinese power company, country: CN}
        - {role: partner, kind: entity, country: KP}
      items: [{category: hydroelectric_power_infrastructure, description: joint hydropower station}]
      """
    When the events are checked
    Then "dprk.jv.closure" is lifted by exemption "dprk.jv.closure.china_hydroelectric"

  Scenario: A hydroelectric project with a Russian partner is not the China-DPRK carve-out
    Given the event:
      """
      id: jv-hydro-ru
      type: joint_venture
      date: 2010-01-01
      end_date: 2019-12-31
      location: {country: KP}
      parties:
        - {role: partner, kind: entity, country: RU}
        - {role: partner, kind: entity, country: KP}
      items: [{category: hydroelectric_power_infrastructure}]
      """
    When the events are checked
    Then there is a violation of "dprk.jv.closure"
    And the exemption "dprk.jv.closure.china_hydroelectric" was weighed and did not apply for "dprk.jv.closure"

  Scenario: The Russia-DPRK Rajin-Khasan port and rail project is outside 2375 OP18
    Given the event:
      """
      id: jv-rajin-khasan
      type: joint_venture
      date: 2008-10-04
      end_date: 2023-12-31
      location: {country: KP, port: Rajin}
      parties:
        - {role: partner, kind: entity, name: RasonKonTrans (Russian side), country: RU}
        - {role: partner, kind: entity, name: Rajin port authority, country: KP}
      items: [{category: port_and_rail_infrastructure}]
      """
    When the events are checked
    Then "dprk.jv.closure" is lifted by exemption "dprk.jv.closure.rajin_khasan"

  Scenario: A Russian port venture at Nampo is not the Rajin-Khasan project
    Given the event:
      """
      id: jv-nampo-ru
      type: joint_venture
      date: 2015-01-01
      end_date: 2019-12-31
      location: {country: KP, port: Nampo}
      parties:
        - {role: partner, kind: entity, country: RU}
        - {role: partner, kind: entity, country: KP}
      items: [{category: port_and_rail_infrastructure}]
      """
    When the events are checked
    Then there is a violation of "dprk.jv.closure"
    And the exemption "dprk.jv.closure.rajin_khasan" was weighed and did not apply for "dprk.jv.closure"

  Scenario: An existing venture the Committee approved without end date
    Given the event:
      """
      id: jv-closure-approved
      type: joint_venture
      date: 2013-03-01
      end_date: 2020-03-01
      location: {country: KP}
      parties:
        - {role: partner, kind: entity, name: water utility NGO partner, country: SE}
        - {role: partner, kind: entity, country: KP}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2017-12-15,
           covers: non-profit public utility infrastructure}
      """
    When the events are checked
    Then "dprk.jv.closure" is lifted by exemption "dprk.jv.closure.committee_approval"

  Scenario: A Committee approval that ran out before the deadline does not keep a venture open
    Given the event:
      """
      id: jv-closure-approval-lapsed
      type: joint_venture
      date: 2013-03-01
      end_date: 2020-03-01
      location: {country: KP}
      parties:
        - {role: partner, kind: entity, country: SE}
        - {role: partner, kind: entity, country: KP}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2017-10-01, valid_until: 2017-12-31}
      """
    When the events are checked
    Then there is a violation of "dprk.jv.closure"
    And the exemption "dprk.jv.closure.committee_approval" was weighed and did not apply for "dprk.jv.closure"
