"""The UN consolidated list reader, snapshots, diffs and the designated-vessels file.

Every trap of ``shared/reference/un_list_format.md`` §5 has a tiny XML snippet here; the real
sample (``fixtures/lists/un-consolidated-2026-02-27.xml``) is checked for its counts.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sanctions_engine import SanctionsEngineError
from sanctions_engine.lists.aliases import split_alias
from sanctions_engine.lists.model import ListError, ListSnapshot
from sanctions_engine.lists.snapshots import diff, load_snapshot, save_snapshot
from sanctions_engine.lists.un_xml import imo_check_digit_ok, parse_consolidated, read_consolidated
from sanctions_engine.lists.vessels import load_vessels

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "fixtures" / "lists" / "un-consolidated-2026-02-27.xml"
VESSELS = ROOT / "fixtures" / "lists" / "dprk_vessels.yaml"
SAMPLE_SHA256 = "66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf"


def person(ref: str = "KPi.001", dataid: str = "1", first: str = "RI", second: str = "JE-SON",
           listed: str = "2009-07-16", extra: str = "", list_type: str = "DPRK") -> str:
    return f"""<INDIVIDUAL><DATAID>{dataid}</DATAID><VERSIONNUM>1</VERSIONNUM>
      <FIRST_NAME>{first}</FIRST_NAME><SECOND_NAME>{second}</SECOND_NAME>
      <UN_LIST_TYPE>{list_type}</UN_LIST_TYPE><REFERENCE_NUMBER>{ref}</REFERENCE_NUMBER>
      <LISTED_ON>{listed}</LISTED_ON><COMMENTS1/>
      <LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE>
      {extra}
      <SORT_KEY/><SORT_KEY_LAST_MOD/></INDIVIDUAL>"""


def entity(ref: str = "KPe.056 ", dataid: str = "2", name: str = "CHONMYONG SHIPPING CO",
           listed: str = "2018-03-30", comments: str = "", extra: str = "") -> str:
    return f"""<ENTITY><DATAID>{dataid}</DATAID><VERSIONNUM>1</VERSIONNUM>
      <FIRST_NAME>{name}</FIRST_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
      <REFERENCE_NUMBER>{ref}</REFERENCE_NUMBER><LISTED_ON>{listed}</LISTED_ON>
      <COMMENTS1>{comments}</COMMENTS1><LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE>
      {extra}<SORT_KEY/><SORT_KEY_LAST_MOD/></ENTITY>"""


def xml(individuals: list[str] = (), entities: list[str] = (),  # type: ignore[assignment]
        generated: str = 'dateGenerated="2026-02-27T00:00:09.554Z"') -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<CONSOLIDATED_LIST xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" {generated}>
  <INDIVIDUALS>{"".join(individuals)}</INDIVIDUALS>
  <ENTITIES>{"".join(entities)}</ENTITIES>
</CONSOLIDATED_LIST>""".encode()


def one(data: bytes) -> ListSnapshot:
    snapshot = parse_consolidated(data, source="test.xml")
    assert snapshot.problems == []
    return snapshot


@pytest.fixture(scope="module")
def sample() -> ListSnapshot:
    return read_consolidated(SAMPLE)


# --- the traps, one snippet each ----------------------------------------------------------------


def test_reference_with_trailing_space_is_trimmed() -> None:
    snap = one(xml(entities=[entity(ref="KPe.056 ")]))
    assert snap.records[0].reference == "KPe.056"
    assert snap.by_reference(" kpe.056 ") is snap.records[0]


def test_listed_on_with_time_zone_suffix_keeps_the_calendar_date() -> None:
    snap = one(xml([person(ref="SSi.001", listed="2015-07-01-04:00", list_type="SouthSudan")]))
    assert snap.records[0].listed_on == date(2015, 7, 1)
    assert snap.records[0].regime == "south_sudan"


def test_generation_date_in_both_formats_and_single_quotes() -> None:
    a = one(xml(generated='dateGenerated="2026-02-27T00:00:09.554Z"'))
    b = one(xml(generated="dateGenerated='2018-10-29T19:09:49.856-04:00'"))
    assert a.generated == datetime(2026, 2, 27, 0, 0, 9, 554000, tzinfo=UTC)
    assert b.generated.utcoffset() == timedelta(hours=-4)


def test_empty_placeholders_are_absent() -> None:
    extra = """<LAST_DAY_UPDATED><VALUE/></LAST_DAY_UPDATED>
      <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ADDRESS><COUNTRY/></INDIVIDUAL_ADDRESS>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE/></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_PLACE_OF_BIRTH><COUNTRY/></INDIVIDUAL_PLACE_OF_BIRTH>
      <INDIVIDUAL_DOCUMENT/>"""
    record = one(xml([person(extra=extra)])).records[0]
    assert (record.aliases, record.addresses, record.dates_of_birth, record.places_of_birth,
            record.identifiers, record.updated_on) == ([], [], [], [], [], [])


def test_name_parts_are_trimmed_and_joined() -> None:
    record = one(xml([person(first=" GEDO ", second="AL-FATEH ")])).records[0]
    assert record.name == "GEDO AL-FATEH"
    assert record.name_parts == ["GEDO", "AL-FATEH"]


@pytest.mark.parametrize(("raw", "names"), [
    ("Fazel Rahim; Fazil Rahim", ["Fazel Rahim", "Fazil Rahim"]),
    ("حسن غول (Hassan Ghul; Hassan Gul; Hasan Gul)",
     ["حسن غول", "Hassan Ghul", "Hassan Gul", "Hasan Gul"]),
    ("Mohammed Sabet; Mohammad Sabet b) M. Javad Kareemi Sabet",
     ["Mohammed Sabet", "Mohammad Sabet", "M. Javad Kareemi Sabet"]),
    ("Amir Khazmat (original script: Амир Хазмат)", ["Amir Khazmat", "Амир Хазмат"]),
    ("EL PARA (COMBAT NAME)", ["EL PARA"]),
    ("(Sheikh) Musa Hilal", ["Sheikh Musa Hilal"]),
    (") Abdelrahman Mouhamad Zafir al Dabissi Juhan",
     ["Abdelrahman Mouhamad Zafir al Dabissi Juhan"]),
    ("Hay’at Tahrir al-Sham (HTS) (هيئة تحرير الشام (original script); Hayat Tahrir al-Sham)",  # noqa: RUF001
     ["Hay’at Tahrir al-Sham", "هيئة تحرير الشام", "Hayat Tahrir al-Sham"]),  # noqa: RUF001
    ("Leader (Hong Kong) International Trading Limited",
     ["Leader Hong Kong International Trading Limited"]),
    ("Safia Farkash Mohammed Al-Hadad, born 1 Jan. 1953 (Oman passport no.03825239)",
     ["Safia Farkash Mohammed Al-Hadad"]),
])
def test_packed_aliases_are_split(raw: str, names: list[str]) -> None:
    assert [name for name, _ in split_alias(raw)] == names


def test_alias_note_keeps_what_the_parenthesis_said() -> None:
    assert split_alias("EL PARA (COMBAT NAME)") == [("EL PARA", "COMBAT NAME")]


def test_alias_qualities_and_packed_aliases_in_a_record() -> None:
    extra = """<INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY>
        <ALIAS_NAME>Azim Adhajani; Azim Agha-Jani</ALIAS_NAME></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Haji</ALIAS_NAME></INDIVIDUAL_ALIAS>"""
    record = one(xml([person(ref="IRi.003", list_type="Iran", extra=extra)])).records[0]
    assert [(a.name, a.quality) for a in record.aliases] == [
        ("Azim Adhajani", "good"), ("Azim Agha-Jani", "good"), ("Haji", "low")]
    assert record.aliases[0].raw == "Azim Adhajani; Azim Agha-Jani"
    assert record.regime == "iran"


def test_entity_alias_qualities() -> None:
    extra = """<ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>A</ALIAS_NAME></ENTITY_ALIAS>
      <ENTITY_ALIAS><QUALITY>f.k.a.</QUALITY><ALIAS_NAME>B</ALIAS_NAME></ENTITY_ALIAS>
      <ENTITY_ALIAS><QUALITY/><ALIAS_NAME>C</ALIAS_NAME></ENTITY_ALIAS>"""
    record = one(xml(entities=[entity(extra=extra)])).records[0]
    assert [(a.name, a.quality) for a in record.aliases] == [
        ("A", "good"), ("B", "former"), ("C", "low")]


def test_dates_of_birth_keep_their_qualifier() -> None:
    extra = """<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE>
        <DATE>1964-05-11</DATE></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE>
        <YEAR>1971</YEAR></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE>
        <FROM_YEAR>1967</FROM_YEAR><TO_YEAR>1969</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE/><NOTE>Nov. 1973</NOTE></INDIVIDUAL_DATE_OF_BIRTH>"""
    births = one(xml([person(extra=extra)])).records[0].dates_of_birth
    assert [(b.type, b.years(), b.note) for b in births] == [
        ("exact", (1964, 1964), None), ("approximately", (1971, 1971), None),
        ("between", (1967, 1969), None), (None, None, "Nov. 1973")]
    assert births[0].date == date(1964, 5, 11)


def test_nationalities_are_normalized_where_possible() -> None:
    extra = """<NATIONALITY><VALUE>Democratic People's Republic of Korea</VALUE>
      <VALUE>Iran (Islamic Republic of)</VALUE><VALUE>na</VALUE><VALUE/></NATIONALITY>"""
    record = one(xml([person(extra=extra)])).records[0]
    assert [(n.raw, n.code) for n in record.nationalities] == [
        ("Democratic People's Republic of Korea", "KP"), ("Iran (Islamic Republic of)", None),
        ("na", None)]  # "not available" in SDi.001, not Namibia (NA)


def test_gender_is_read_from_the_comment_when_missing() -> None:
    data = xml([person().replace("<COMMENTS1/>", "<COMMENTS1>Gender: male</COMMENTS1>")])
    assert one(data).records[0].gender == "Male"


def test_documents_in_three_languages_and_with_line_breaks() -> None:
    extra = """<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Numéro de passeport</TYPE_OF_DOCUMENT>
        <NUMBER>AAID00437</NUMBER><COUNTRY_OF_ISSUE>Guinea-Bissau</COUNTRY_OF_ISSUE>
        <NOTE>Expiration date 18 Feb. 2013</NOTE></INDIVIDUAL_DOCUMENT>
      <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Número de pasaporte</TYPE_OF_DOCUMENT>
        <NUMBER>X1</NUMBER></INDIVIDUAL_DOCUMENT>
      <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>National Identification
                    Number</TYPE_OF_DOCUMENT><NUMBER>M6600000258472 </NUMBER></INDIVIDUAL_DOCUMENT>
      <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT2>Birth certificate</TYPE_OF_DOCUMENT2>
        <NUMBER>77</NUMBER></INDIVIDUAL_DOCUMENT>"""
    ids = one(xml([person(extra=extra)])).records[0].identifiers
    assert [(i.type, i.number) for i in ids] == [
        ("passport", "AAID00437"), ("passport", "X1"), ("national_id", "M6600000258472"),
        ("other_document", "77")]
    assert ids[0].country is not None and ids[0].country.code == "GW"
    assert ids[0].note == "Expiration date 18 Feb. 2013"


@pytest.mark.parametrize("comment", [
    "International Maritime Organization (IMO) Number: 1790183.",
    "IMO number: 1790183.",
    "Company Number IMO 1790183.",
])
def test_imo_numbers_in_entity_comments_are_company_numbers(comment: str) -> None:
    ids = one(xml(entities=[entity(comments=comment)])).records[0].identifiers
    assert [(i.type, i.number) for i in ids] == [("imo_company", "1790183")]


def test_listing_basis_and_committee() -> None:
    comment = ("Listed pursuant to paragraph 15 of resolution 1970 (Travel Ban). "
               "Review pursuant to Security Council resolution 2610 (2021) was concluded.")
    data = xml([person(ref="LYi.001", list_type="Libya").replace(
        "<COMMENTS1/>", f"<COMMENTS1>{comment}</COMMENTS1>")])
    record = one(data).records[0]
    assert record.basis == ["Listed pursuant to paragraph 15 of resolution 1970 (Travel Ban)."]
    assert record.committee == "1970 (2011)"
    assert record.regime == "libya"


def test_regime_follows_the_prefix_not_the_label() -> None:
    record = one(xml([person(ref="SOi.001", list_type="Somalia")])).records[0]
    assert (record.regime, record.regime_prefix, record.list_type) == (
        "al_shabaab", "SO", "Somalia")


def test_amendment_dates_are_sorted() -> None:
    extra = """<LAST_DAY_UPDATED><VALUE>2022-07-26</VALUE><VALUE>2019-01-02</VALUE>
      <VALUE/></LAST_DAY_UPDATED>"""
    record = one(xml([person(extra=extra)])).records[0]
    assert record.updated_on == [date(2019, 1, 2), date(2022, 7, 26)]


# --- bad records and bad files ------------------------------------------------------------------


@pytest.mark.parametrize(("record", "message"), [
    (person(ref=""), "no REFERENCE_NUMBER"),
    (person(dataid="x1"), "DATAID is not a whole number"),
    (person(listed="2015-13-45"), "not a date"),
    (person(listed=""), "no LISTED_ON"),
    (person(first="", second=""), "no name"),
    (person(ref="KPe.099"), "is not of an individual"),
    (person(extra="""<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>SOMETIME</TYPE_OF_DATE>
        </INDIVIDUAL_DATE_OF_BIRTH>"""), "unknown TYPE_OF_DATE"),
])
def test_a_malformed_record_is_skipped_with_a_problem(record: str, message: str) -> None:
    good = person(ref="KPi.002", dataid="20", first="KIM")
    snap = parse_consolidated(xml([good, record], [entity()]))
    assert [r.reference for r in snap.records] == ["KPi.002", "KPe.056"]
    assert snap.record_count == 2
    assert len(snap.problems) == 1
    problem = snap.problems[0]
    assert problem.element == "INDIVIDUAL" and problem.position == 2
    assert message in problem.message
    assert "INDIVIDUAL #2" in str(problem)


def test_duplicate_reference_and_dataid_are_problems() -> None:
    snap = parse_consolidated(xml([person(), person(dataid="9"), person(ref="KPi.003")]))
    assert [r.reference for r in snap.records] == ["KPi.001"]
    assert ["duplicate reference" in p.message for p in snap.problems] == [True, False]
    assert "duplicate DATAID" in snap.problems[1].message


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:00Z"><INDIVIDUALS>&lol3;</INDIVIDUALS>
</CONSOLIDATED_LIST>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:00Z"><INDIVIDUALS>&xxe;</INDIVIDUALS>
</CONSOLIDATED_LIST>"""
EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE CONSOLIDATED_LIST SYSTEM "http://example.invalid/x.dtd">
<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:00Z"/>"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL_ENTITY, EXTERNAL_DTD],
                         ids=["billion-laughs", "external-entity", "external-dtd"])
def test_hostile_xml_is_refused(data: bytes) -> None:
    with pytest.raises(ListError, match="refused") as caught:
        parse_consolidated(data, source="evil.xml")
    assert str(caught.value).startswith("evil.xml: ")
    assert isinstance(caught.value, SanctionsEngineError)


@pytest.mark.parametrize(("data", "message"), [
    (b"<CONSOLIDATED_LIST", "not well-formed XML"),
    (b"<sdnList/>", "root is <sdnList>"),
    (b"<CONSOLIDATED_LIST/>", "no dateGenerated"),
    (b"<CONSOLIDATED_LIST dateGenerated='yesterday'/>", "not a date-time"),
])
def test_unusable_files_raise_list_error(data: bytes, message: str) -> None:
    with pytest.raises(ListError, match=message):
        parse_consolidated(data)


def test_missing_file_raises_list_error(tmp_path: Path) -> None:
    with pytest.raises(ListError, match="cannot read"):
        read_consolidated(tmp_path / "nope.xml")


# --- the real sample ----------------------------------------------------------------------------


def test_the_sample_loads_with_its_counts(sample: ListSnapshot) -> None:
    assert sample.problems == []
    assert sample.record_count == len(sample.records) == 1003
    assert sum(r.kind == "individual" for r in sample.records) == 730
    assert sum(r.kind == "entity" for r in sample.records) == 273
    dprk = [r for r in sample.records if r.regime == "dprk"]
    assert len(dprk) == 155
    assert sum(r.kind == "individual" for r in dprk) == 80
    assert sample.sha256 == SAMPLE_SHA256
    assert sample.generated == datetime(2026, 2, 27, 0, 0, 9, 554000, tzinfo=UTC)
    assert sample.source == SAMPLE.name
    assert max(r.listed_on for r in dprk) == date(2018, 3, 30)


def test_the_sample_counts_per_regime(sample: ListSnapshot) -> None:
    assert sample.count_by_regime() == {
        "al_shabaab": 24, "car": 15, "dprk": 155, "drc": 53, "guinea_bissau": 10, "haiti": 11,
        "iran": 121, "iraq": 75, "isil_al_qaida": 341, "libya": 30, "south_sudan": 8,
        "sudan": 9, "taliban": 140, "yemen": 11}


def test_the_sample_traps_are_handled(sample: ListSnapshot) -> None:
    raw = SAMPLE.read_text(encoding="utf-8")
    assert raw.count("<REFERENCE_NUMBER>KPe.056 </REFERENCE_NUMBER>") == 1
    assert all(r.reference == r.reference.strip() for r in sample.records)
    assert sample.by_reference("KPe.056") is not None
    assert sample.by_reference("SSi.001").listed_on == date(2015, 7, 1)  # type: ignore[union-attr]
    packed = [a for r in sample.records for a in r.aliases if a.raw and ";" in a.raw]
    assert len({a.raw for a in packed}) == 27
    chonmyong = sample.by_reference("KPe.056")
    assert chonmyong is not None
    assert [(i.type, i.number) for i in chonmyong.identifiers] == [("imo_company", "5571322")]
    # 16 DPRK entities carry an "IMO number"; 15 fail the *ship* IMO check digit: company numbers.
    imo = [i.number for r in sample.records for i in r.identifiers if i.type == "imo_company"]
    assert len(imo) == 16
    assert sum(not imo_check_digit_ok(n) for n in imo) == 15


def test_dprk_case_n04_choe_hwi(sample: ListSnapshot) -> None:
    record = sample.by_reference("KPi.042")
    assert record is not None
    assert (record.name, record.listed_on, record.regime) == (
        "CHOE HWI", date(2017, 6, 2), "dprk")


# --- diff ---------------------------------------------------------------------------------------


def test_diff_shows_additions_removals_and_field_changes() -> None:
    old = one(xml([person(), person(ref="KPi.002", dataid="2", first="KIM")]))
    new = one(xml([person(listed="2009-07-17"), person(ref="KPi.003", dataid="3", first="PAK")],
                  generated='dateGenerated="2026-03-01T00:00:00Z"'))
    changes = diff(old, new)
    assert [r.reference for r in changes.additions] == ["KPi.003"]
    assert [r.reference for r in changes.removals] == ["KPi.002"]  # a delisting
    assert len(changes.changes) == 1
    change = changes.changes[0]
    assert change.reference == "KPi.001"
    assert [(c.field, c.old, c.new) for c in change.changes] == [
        ("listed_on", "2009-07-16", "2009-07-17")]
    assert not changes.empty
    assert diff(old, old).empty


# --- JSON snapshots -----------------------------------------------------------------------------


def test_snapshot_round_trip(sample: ListSnapshot, tmp_path: Path) -> None:
    path = tmp_path / "snaps" / "un.json"
    save_snapshot(sample, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert next(iter(data)) == "format_version" and data["format_version"] == 1
    again = load_snapshot(path)
    assert again == sample
    assert diff(sample, again).empty
    assert [p.name for p in path.parent.iterdir()] == ["un.json"]  # no temporary file left


def test_snapshot_overwrite_is_atomic(tmp_path: Path) -> None:
    path = tmp_path / "un.json"
    small = one(xml([person()]))
    save_snapshot(small, path)
    save_snapshot(one(xml([person(), person(ref="KPi.002", dataid="2")])), path)
    assert load_snapshot(path).record_count == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["un.json"]


@pytest.mark.parametrize(("text", "message"), [
    ('{"format_version": 2}', "format_version 2 is not supported"),
    ("[]", "not a list snapshot"),
    ("{", "not JSON"),
    ('{"format_version": 1, "generated": "2026-01-01T00:00:00Z"}', "invalid snapshot at"),
])
def test_bad_snapshots_are_refused(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ListError, match=message):
        load_snapshot(path)


def test_snapshot_record_count_must_agree() -> None:
    snap = one(xml([person()]))
    with pytest.raises(ValueError, match="record_count 2 but 1 records"):
        ListSnapshot.model_validate({**snap.model_dump(), "record_count": 2})


# --- designated vessels -------------------------------------------------------------------------


def test_the_dprk_vessels_file() -> None:
    vessels = load_vessels(VESSELS)
    by_name = {v.name: v for v in vessels.vessels}
    assert len(vessels.vessels) == 23
    assert all(v.sources and v.basis for v in vessels.vessels)
    assert {v.name for v in vessels.vessels if v.designated_on == date(2017, 10, 5)} == {
        "PETREL 8", "HAO FAN 6", "TONG SAN 2", "JIE SHUN"}
    assert {(v.name, v.imo) for v in vessels.vessels
            if v.designated_on == date(2017, 12, 28)} == {
        ("BILLIONS NO. 18", "9191773"), ("UL JI BONG 6", "9114555"),
        ("RUNG RA 2", "9020534"), ("RYE SONG GANG 1", "7389704")}
    assert sum(v.designated_on == date(2018, 3, 30) for v in vessels.vessels) == 11
    assert by_name["KOTI"].imo == "9417115" and not by_name["KOTI"].imo_confirmed
    assert by_name["KUM UN SAN 3"].aliases == ["PU RYONG"]
    assert by_name["KUM UN SAN 3"].designated_on is None
    assert by_name["PETREL 8"].flag == "KM" and by_name["PETREL 8"].imo is None
    assert all(imo_check_digit_ok(v.imo) for v in vessels.vessels if v.imo)
    assert vessels.sha256 and vessels.source == VESSELS.name


BASE_VESSEL = """format_version: 1
name: test
as_of: 2018-01-01
vessels:
  - name: X
    designated_on: 2017-10-05
    basis: b
    sources: [{title: t}]
"""


@pytest.mark.parametrize(("text", "message", "line"), [
    (BASE_VESSEL.replace("    basis: b\n", "    basis: b\n    basis: c\n"),
     "duplicate key 'basis'", 8),
    (BASE_VESSEL.replace("    basis: b\n", "    basis: b\n    imo: '9191774'\n"),
     "fails the ship IMO check digit", 8),
    (BASE_VESSEL.replace("    basis: b\n", "    basis: b\n    imo: '12345'\n"),
     "not an IMO number", 8),
    (BASE_VESSEL.replace("    basis: b\n", "    basis: b\n    tonnage: 3\n"),
     "Extra inputs are not permitted", 8),
    (BASE_VESSEL.replace("    designated_on: 2017-10-05\n", ""), "needs designated_note", 5),
    (BASE_VESSEL.replace("    designated_on: 2017-10-05\n", "    designated_on: 5 Oct 2017\n"),
     "not a date", 6),
    (BASE_VESSEL.replace("    sources: [{title: t}]\n", "    sources: []\n"),
     "at least 1 item", 8),
    (BASE_VESSEL + "  - {name: x, designated_on: 2017-10-05, basis: b, sources: [{title: t}]}\n",
     "listed twice", 9),
    (BASE_VESSEL.replace("format_version: 1", "format_version: 2"), "not supported", 1),
    ("- a\n", "a vessels file is a mapping", 1),
])
def test_bad_vessel_files_name_the_line(tmp_path: Path, text: str, message: str,
                                        line: int) -> None:
    path = tmp_path / "v.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ListError, match=message) as caught:
        load_vessels(path)
    assert caught.value.line == line
