@dprk @targeted
Feature: Travel ban on individuals designated under the 1718 regime
  dprk.travelban - 1718 OP8(e) (verified) from 2006-10-14; with 2094 OP9 (number unconfirmed) from
  2013-03-07. States prevent the entry into or transit through their territories of designated
  individuals: a travel event whose traveller the engine's screening finds on the UN Consolidated
  List under the 1718 regime (KPi.), listed on or before the event's date, going into or through a
  State other than the DPRK - or into the DPRK when the traveller is not a DPRK national (1718
  OP8(e) does not oblige a State to refuse its own nationals entry; only that case can be tested).

  Exemption:
    committee_exemption  1718 OP10 (verified)  a 1718 Committee exemption valid on the day

  The 2094 OP10 exceptions (judicial process, medical, safety, humanitarian) belong, in the
  reference, to the ban as extended to persons a State determines work for designated persons;
  for a listed person only the Committee's exemption lifts the ban.

  Scenario: Choe Hwi (KPi.042) at the Pyeongchang Olympics under the Committee's exemption (case N-04)
    Given the event:
      """
      id: choe-hwi-pyeongchang
      type: travel
      date: 2018-02-09
      end_date: 2018-02-11
      location: {country: KR, area: Pyeongchang}
      parties:
        - {role: traveller, kind: individual, name: Choe Hwi, country: KP}
      authorizations:
        - {type: committee_exemption, issued_by: 1718 Committee, date: 2018-02-08}
      """
    When the events are checked
    Then "dprk.travelban" is lifted by exemption "dprk.travelban.committee_exemption"
    And the screening of event "choe-hwi-pyeongchang" notes "KPi.042" as "in_force"

  Scenario: Choe Hwi entering the ROK without an exemption breaches 1718 OP8(e)
    Given the event:
      """
      id: choe-hwi-no-exemption
      type: travel
      date: 2018-05-01
      origin: KP
      destination: KR
      parties:
        - {role: traveller, kind: individual, name: Choe Hwi, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.travelban"
    And the finding for "dprk.travelban" cites resolution 1718 paragraph "8(e)" marked "verified"
    And the finding for "dprk.travelban" cites resolution 2094 paragraph "9" marked "unconfirmed"

  Scenario: An exemption granted by a national authority, not the Committee, does not lift the ban
    Given the event:
      """
      id: choe-hwi-national-permit
      type: travel
      date: 2018-05-01
      origin: KP
      destination: KR
      parties:
        - {role: traveller, kind: individual, name: Choe Hwi, country: KP}
      authorizations:
        - {type: committee_exemption, issued_by: Ministry of Unification, date: 2018-04-20}
      """
    When the events are checked
    Then there is a violation of "dprk.travelban"
    And the exemption "dprk.travelban.committee_exemption" was weighed and did not apply for "dprk.travelban"

  Scenario: A spelling variant (Choi Hwi) of a listed name is the same person
    Given the event:
      """
      id: choi-hwi-transit
      type: travel
      date: 2018-05-01
      origin: KP
      destination: RU
      transit: [CN]
      parties:
        - {role: traveller, kind: individual, name: Choi Hwi, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.travelban"
    And the screening of event "choi-hwi-transit" notes "KPi.042" as "in_force"

  Scenario: A traveller under a good alias (Cho Il Woo for CHO IL U, KPi.040)
    Given the event:
      """
      id: cho-il-woo
      type: travel
      date: 2018-07-01
      origin: KP
      destination: SG
      parties:
        - {role: traveller, kind: individual, name: Cho Il Woo, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.travelban"

  Scenario: The day before Choe Hwi was listed (2 June 2017) his journey is no finding
    Given the event:
      """
      id: choe-hwi-eve
      type: travel
      date: 2017-06-01
      origin: KP
      destination: CN
      parties:
        - {role: traveller, kind: individual, name: Choe Hwi, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.travelban"
    And the screening of event "choe-hwi-eve" notes "KPi.042" as "designated_later"

  Scenario: A designated DPRK national going home to the DPRK is no finding
    Given the event:
      """
      id: choe-hwi-home
      type: travel
      date: 2018-05-05
      origin: CN
      destination: KP
      parties:
        - {role: traveller, kind: individual, name: Choe Hwi, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.travelban"

  Scenario: A designated non-DPRK national entering the DPRK (Tsang Yung Yuan, KPi.080)
    Given the event:
      """
      id: tsang-to-pyongyang
      type: travel
      date: 2018-06-01
      origin: CN
      destination: KP
      parties:
        - {role: traveller, kind: individual, name: Tsang Yung Yuan, country: TW}
      """
    When the events are checked
    Then there is a violation of "dprk.travelban"

  Scenario: A listed person's journey for a judicial process still needs the Committee's exemption
    Given the event:
      """
      id: choe-hwi-court
      type: travel
      date: 2018-05-01
      origin: KP
      destination: NL
      purposes: [judicial_process]
      parties:
        - {role: traveller, kind: individual, name: Choe Hwi, country: KP}
      """
    When the events are checked
    Then there is a violation of "dprk.travelban"

  Scenario: A DPRK traveller with a similar but different name is no finding
    Given the event:
      """
      id: kim-jong-sok-travel
      type: travel
      date: 2018-05-01
      origin: KP
      destination: CN
      parties:
        - {role: traveller, kind: individual, name: Kim Jong Sok, country: KP}
      """
    When the events are checked
    Then there is no finding for "dprk.travelban"

  Scenario: A close name (Ri Su Yang for RI SU YONG, KPi.052) is a review
    Given the event:
      """
      id: ri-su-yang-travel
      type: travel
      date: 2018-05-01
      origin: KP
      destination: CN
      parties:
        - {role: traveller, kind: individual, name: Ri Su Yang, country: KP}
      """
    When the events are checked
    Then there is a review finding for "dprk.travelban"
