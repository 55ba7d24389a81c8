"""Issue 11, the inputs users have: CSV, gzip, FollowTheMoney, detection, countries."""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path
from typing import Any

import pytest
from sanctions_engine import Engine, EventInputError
from sanctions_engine.events.countries import normalize_country

EVENTS = [
    {"id": "e1", "type": "transfer", "date": "2023-09-15", "origin": "KP", "destination": "RU",
     "transit": ["CN"], "description": "missiles, 24",
     "parties": [{"role": "supplier", "kind": "state", "name": "DPRK", "country": "KP"}],
     "items": [{"category": "ballistic_missile", "quantity": 24, "unit": "each"}]},
    {"id": "e2", "type": "transfer", "date": "2018-03-01", "origin": "KP", "destination": "CN",
     "items": [{"category": "coal", "quantity": 5000, "unit": "t",
                "value": {"value": 450000, "currency": "USD"}}],
     "vessels": [{"name": "WISE HONEST", "imo": "8905490", "flag": "KP"}]},
    {"id": "e3", "type": "transfer", "date": "2019-05-05", "destination": "KP",
     "items": [{"category": "luxury_goods", "description": "watches"}],
     "authorizations": [{"type": "committee_exemption", "issued_by": "1718 Committee",
                         "date": "2019-01-01", "valid_until": "2019-12-31"}]},
]


def _signature(report: Any) -> list[tuple[str, str, str]]:
    return [(f.event_ids[0], f.rule_id, f.severity) for f in report.findings] + [
        (f.event_ids[0], f.rule_id, "exempted") for f in report.exempted]


def _jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps(e) + "\n" for e in EVENTS), encoding="utf-8")
    return path


CSV_COLUMNS = ["id", "type", "date", "origin", "destination", "transit", "description",
               "parties[0].role", "parties[0].kind", "parties[0].name", "parties[0].country",
               "items[0].category", "items[0].description", "items[0].quantity",
               "items[0].unit", "items[0].value.value", "items[0].value.currency", "vessels",
               "authorizations"]


def _csv_text() -> str:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(CSV_COLUMNS)
    for e in EVENTS:
        party = (e.get("parties") or [{}])[0]
        item = e["items"][0]
        value = item.get("value", {})
        w.writerow([e["id"], e["type"], e["date"], e.get("origin", ""),
                    e.get("destination", ""), ";".join(e.get("transit", [])),
                    e.get("description", ""), party.get("role", ""), party.get("kind", ""),
                    party.get("name", ""), party.get("country", ""), item.get("category", ""),
                    item.get("description", ""), item.get("quantity", ""), item.get("unit", ""),
                    value.get("value", ""), value.get("currency", ""),
                    json.dumps(e["vessels"]) if "vessels" in e else "",
                    json.dumps(e["authorizations"]) if "authorizations" in e else ""])
    return out.getvalue()


def test_csv_gzip_and_jsonl_give_the_same_findings(engine: Engine, tmp_path: Path) -> None:
    expected = _signature(engine.check_files([str(_jsonl(tmp_path))]))
    assert expected and any(s[2] == "exempted" for s in expected)
    csv_path = tmp_path / "batch.csv"
    csv_path.write_text(_csv_text(), encoding="utf-8")
    assert _signature(engine.check_files([str(csv_path)])) == expected
    for name, data in (("batch.jsonl.gz", _jsonl(tmp_path).read_bytes()),
                       ("batch.csv.gz", _csv_text().encode("utf-8"))):
        gz = tmp_path / name
        gz.write_bytes(gzip.compress(data))
        report = engine.check_files([str(gz)])
        assert _signature(report) == expected, name
        assert not report.rejected


def test_csv_bad_row_is_a_rejection_with_row_and_column(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("id,type,date,items[0].category,items[0].quantity,parties\n"
                    "a,transfer,2023-09-15,coal,many,\n"
                    "b,transfer,2023-09-15,coal,5,\"[{bad\"\n"
                    "c,transfer,2023-09-15,coal,5,\n", encoding="utf-8")
    report = engine.check_files([str(path)])
    by_line = {r.line: r for r in report.rejected}
    assert set(by_line) == {2, 3} and report.summary.checked == 1
    assert by_line[2].errors[0].field == "items[0].quantity"
    assert "row 3, column 'parties'" in by_line[3].errors[0].message


def test_csv_unknown_column_is_one_error(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("id,type,date,destinaton\na,transfer,2023-09-15,KP\n", encoding="utf-8")
    with pytest.raises(EventInputError, match="did you mean 'destination'"):
        engine.check_files([str(path)])


def test_a_file_that_is_not_what_its_name_says(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(_csv_text(), encoding="utf-8")
    with pytest.raises(EventInputError) as excinfo:
        engine.check_files([str(path)])
    assert "looks like CSV" in str(excinfo.value) and "--input-format csv" in str(excinfo.value)
    from sanctions_engine.events.readers import read_events

    records = list(read_events(str(path), input_format="csv"))
    assert [r.data["id"] for r in records] == ["e1", "e2", "e3"]


def test_stdin_is_recognised_by_content(engine: Engine) -> None:
    from sanctions_engine.events.readers import read_events

    data = gzip.compress(_csv_text().encode("utf-8"))
    records = list(read_events("-", stdin=io.BytesIO(data)))
    assert [r.data["id"] for r in records] == ["e1", "e2", "e3"]


# --- FollowTheMoney -------------------------------------------------------------------------

FTM = [
    {"id": "pay-1", "schema": "Payment", "properties": {
        "payer": ["co-1"], "beneficiary": ["pe-1"], "amount": ["12000"], "currency": ["USD"],
        "date": ["2023-09-15"], "purpose": ["consulting fees"]}},
    {"id": "co-1", "schema": "Company", "properties": {"name": ["Acme Trading Ltd"],
                                                       "country": ["sg"]}},
    {"id": "pe-1", "schema": "Person", "properties": {"name": ["KIM JONG SIK"],
                                                      "nationality": ["kp"]}},
    {"id": "sa-1", "schema": "Sanction", "properties": {"entity": ["pe-1"],
                                                        "unscId": ["KPi.066"]}},
]
FTM_AS_EVENT = {"id": "pay-1", "type": "financial_transaction", "date": "2023-09-15",
                "amount": {"value": 12000, "currency": "USD"},
                "description": "consulting fees",
                "parties": [{"role": "payer", "kind": "entity", "name": "Acme Trading Ltd",
                             "country": "SG"},
                            {"role": "payee", "kind": "individual", "name": "KIM JONG SIK",
                             "country": "KP", "identifiers": {"un_reference": "KPi.066"}}]}


def test_followthemoney_payments_are_financial_transactions(tmp_path: Path) -> None:
    pytest.importorskip("followthemoney", reason="the [ftm] extra is not installed")
    engine = Engine.load()  # the asset freezes are outside the core rules
    path = tmp_path / "payments.ftm.json"
    path.write_text("".join(json.dumps(e) + "\n" for e in FTM), encoding="utf-8")
    from sanctions_engine.events.readers import read_events

    (record,) = list(read_events(str(path)))
    assert record.data["parties"][1]["identifiers"] == {"un_reference": "KPi.066"}
    expected = engine.check([FTM_AS_EVENT])
    got = engine.check_files([str(path)])
    assert got.findings and _signature(got) == _signature(expected)
    # The same stream named .jsonl is recognised by its first entity.
    other = tmp_path / "entities.jsonl"
    other.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    assert _signature(engine.check_files([str(other)])) == _signature(expected)


# --- countries ------------------------------------------------------------------------------


@pytest.mark.parametrize(("given", "code"), [
    ("PRK", "KP"), ("prk", "KP"), ("UAE", "AE"), ("ARE", "AE"), ("Burma", "MM"),
    ("N. Korea", "KP"), ("North Korea", "KP"), ("Kosovo", "XK"), ("XK", "XK"),
    ("Viet Nam", "VN"), ("Korea, Democratic People's Republic of", "KP")])
def test_countries_codes_names_and_reviewed_aliases(given: str, code: str) -> None:
    assert normalize_country(given) == code


@pytest.mark.parametrize("given", ["Nort Korea", "Korea", "PRKK", "\u017fyr"])
def test_no_fuzzy_guessing(given: str) -> None:
    with pytest.raises(ValueError, match="unknown country"):
        normalize_country(given)
