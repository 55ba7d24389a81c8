"""The event model (contract v1) and the batch readers: what is accepted, what is rejected, where.

A bad event is never fatal: it becomes a rejection naming its line and field, and the rest of
the batch is still checked.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from sanctions_engine import Engine, Event, EventInputError, Report
from sanctions_engine.events.countries import normalize_country
from sanctions_engine.events.model import normalize_hs_code
from sanctions_engine.events.readers import parse_line, read_events

Builder = Callable[..., dict[str, Any]]
Writer = Callable[[Path, str | bytes], Path]

# A transfer of arms to the DPRK: always a finding, so "the rest of the batch is still checked"
# can be seen in the report.
ARMS_TO_KP = {"type": "transfer", "date": "2023-09-15", "destination": "KP",
              "items": [{"category": "arms"}]}


def _errors(report: Report) -> dict[str | None, list[tuple[str, str]]]:
    return {r.id: [(e.field, e.message) for e in r.errors] for r in report.rejected}


def _only_rejection(engine: Engine, event: dict[str, Any]) -> list[tuple[str, str]]:
    """Check ``event`` followed by a good arms transfer; return the one rejection's errors."""
    report = engine.check([event, {"id": "good", **ARMS_TO_KP}])
    assert report.summary.events == 2
    assert report.summary.rejected == 1, report.rejected
    assert report.summary.checked == 1
    assert [f.event_ids for f in report.findings] == [["good"]]
    (rejection,) = report.rejected
    assert rejection.line == 1
    return [(e.field, e.message) for e in rejection.errors]


# --- countries ------------------------------------------------------------------------------


@pytest.mark.parametrize(("given", "code"), [
    ("KP", "KP"),
    ("kp", "KP"),
    (" RU ", "RU"),
    ("Norway", "NO"),
    ("NO", "NO"),
    ("China", "CN"),
    ("Russian Federation", "RU"),
    ("DPRK", "KP"),
    ("dprk", "KP"),
    ("North Korea", "KP"),
    ("north korea", "KP"),
    ("Democratic People's Republic of Korea", "KP"),
    ("Korea, Democratic People's Republic of", "KP"),
    ("South Korea", "KR"),
])
def test_country_normalization(given: str, code: str) -> None:
    assert normalize_country(given) == code


@pytest.mark.parametrize("given", ["Narnia", "XX", "Korea", "Nort Korea", "K", ""])
def test_unknown_country_is_refused_without_guessing(given: str) -> None:
    with pytest.raises(ValueError, match="unknown country"):
        normalize_country(given)


def test_country_in_an_event_is_normalized(engine: Engine, make_event: Builder) -> None:
    event = Event.model_validate(make_event(origin="north korea", destination="ru",
                                            transit=["China", "DPRK"]))
    assert (event.origin, event.destination, event.transit) == ("KP", "RU", ["CN", "KP"])
    # ... and matched as the code: an arms transfer to "North Korea" is one to KP.
    report = engine.check([make_event(destination="North Korea", items=[{"category": "arms"}])])
    assert [f.rule_id for f in report.findings] == ["dprk.arms.import"]


def test_unknown_country_in_an_event_is_rejected(engine: Engine, make_event: Builder) -> None:
    errors = _only_rejection(engine, make_event(origin="Narnia"))
    assert len(errors) == 1
    assert errors[0][0] == "origin"
    assert "unknown country 'Narnia'" in errors[0][1]


def test_norway_stays_norway_in_yaml(engine: Engine, tmp_path: Path, write_text: Writer
                                     ) -> None:
    # YAML 1.1 reads a bare NO as false; the strict reader must not.
    path = write_text(tmp_path / "batch.yaml",
                      "- id: n1\n  type: transfer\n  date: 2023-01-05\n  origin: NO\n"
                      "  destination: CN\n  items:\n    - {category: fertilizer}\n")
    (record,) = list(read_events(str(path)))
    assert record.data["origin"] == "NO"
    assert record.data["date"] == "2023-01-05"  # dates stay text for the event model
    report = engine.check_files([str(path)])
    assert report.summary.checked == 1, report.rejected
    assert Event.model_validate(record.data).origin == "NO"


# --- HS codes -------------------------------------------------------------------------------


@pytest.mark.parametrize(("given", "digits"), [
    ("8703.23.01", "87032301"),
    ("2701", "2701"),
    ("2701.12", "270112"),
    ("27 01 12", "270112"),
    ("93", "93"),
    ("1234567890", "1234567890"),
    (2701, "2701"),
])
def test_hs_normalization(given: Any, digits: str) -> None:
    assert normalize_hs_code(given) == digits


@pytest.mark.parametrize("given", ["8", "12345678901", "87AB", "8703-23", "", "..", True, 8.7])
def test_bad_hs_code_is_refused(given: Any) -> None:
    with pytest.raises(ValueError, match="HS code"):
        normalize_hs_code(given)


@pytest.mark.parametrize("given", ["8", "12345678901", "87AB"])
def test_bad_hs_code_in_an_event_is_rejected(engine: Engine, make_event: Builder, given: str
                                             ) -> None:
    errors = _only_rejection(engine, make_event(items=[{"hs_code": given}]))
    assert errors == [("items[0].hs_code",
                       f"not an HS code: {given!r} (2 to 10 digits, dots optional)")]


def test_hs_code_with_dots_is_classified(engine: Engine, make_event: Builder) -> None:
    # 9302 (revolvers and pistols) is arms through the taxonomy.
    report = engine.check([make_event(destination="KP", items=[{"hs_code": "9302.00"}])])
    assert [f.rule_id for f in report.findings] == ["dprk.arms.import"]
    assert report.findings[0].severity == "violation"


# --- dates and fields -----------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["2023-13-01", "2023-02-30", "2023-2-3", "15/09/2023", "2023"])
def test_impossible_date_is_rejected(engine: Engine, make_event: Builder, bad: str) -> None:
    errors = _only_rejection(engine, make_event(date=bad))
    assert len(errors) == 1
    field, message = errors[0]
    assert field == "date"
    assert message.startswith(f"not a date: {bad!r}")


def test_impossible_date_message_is_the_contracts(engine: Engine, make_event: Builder) -> None:
    assert _only_rejection(engine, make_event(date="2023-13-01")) == [
        ("date", "not a date: '2023-13-01'")]


def test_end_date_before_date(engine: Engine, make_event: Builder) -> None:
    errors = _only_rejection(engine, make_event(date="2023-02-03", end_date="2023-01-01"))
    assert len(errors) == 1
    assert "end_date 2023-01-01 is before date 2023-02-03" in errors[0][1]


def test_unknown_field_with_did_you_mean(engine: Engine, make_event: Builder) -> None:
    errors = _only_rejection(engine, make_event(destinaton="KP"))
    assert errors == [("destinaton", "unknown field; did you mean 'destination'?")]


def test_unknown_nested_field_is_rejected(engine: Engine, make_event: Builder) -> None:
    errors = _only_rejection(engine, make_event(items=[{"category": "arms", "colour": "red"}]))
    assert [f for f, _ in errors] == ["items[0].colour"]
    assert errors[0][1].startswith("unknown field")


def test_unknown_category_with_did_you_mean(engine: Engine, make_event: Builder) -> None:
    errors = _only_rejection(engine, make_event(items=[{"category": "luxury_good"}]))
    assert errors == [("items[0].category",
                       "unknown category 'luxury_good'; did you mean 'luxury_goods'?")]


def test_item_with_nothing_to_classify(engine: Engine, make_event: Builder) -> None:
    errors = _only_rejection(engine, make_event(items=[{"quantity": 3, "unit": "t"}]))
    assert errors == [("items[0]",
                       "an item needs at least one of category, hs_code, description")]


def test_item_with_only_a_description_is_accepted(engine: Engine, make_event: Builder) -> None:
    report = engine.check([make_event(destination="KP", items=[{"description": "crates"}])])
    assert report.summary.checked == 1
    # Within a rule's reach but unclassified: review, never a violation.
    assert report.findings
    assert {f.severity for f in report.findings} == {"review"}


@pytest.mark.parametrize(("event", "field"), [
    ({"type": "transfer", "date": "2023-01-01"}, "id"),
    ({"id": "x", "date": "2023-01-01"}, "type"),
    ({"id": "x", "type": "transfer"}, "date"),
    ({"id": "", "type": "transfer", "date": "2023-01-01"}, "id"),
    ({"id": "x", "type": "shipment", "date": "2023-01-01"}, "type"),
    ({"id": "x", "type": "transfer", "date": "2023-01-01", "parties": [{"role": "king"}]},
     "parties[0].role"),
    ({"id": "x", "type": "transfer", "date": "2023-01-01",
      "items": [{"category": "arms", "quantity": -1}]}, "items[0].quantity"),
    ({"id": "x", "type": "transfer", "date": "2023-01-01",
      "amount": {"value": 5, "currency": "XXY"}}, "amount.currency"),
    ({"id": "x", "type": "transfer", "date": "2023-01-01", "vessels": [{"imo": "12345"}]},
     "vessels[0].imo"),
])
def test_invalid_events_name_the_field(engine: Engine, event: dict[str, Any], field: str
                                       ) -> None:
    errors = _only_rejection(engine, event)
    assert field in [f for f, _ in errors], errors


def test_every_error_of_an_event_is_reported(engine: Engine, make_event: Builder) -> None:
    errors = _only_rejection(engine, make_event(date="2023-02-30", origin="Narnia",
                                                items=[{"hs_code": "8"}]))
    assert {f for f, _ in errors} == {"date", "origin", "items[0].hs_code"}


@pytest.mark.parametrize("field", ["quantity", "value"])
@pytest.mark.parametrize("huge", ["1e1000000", "1e999999999"])
def test_huge_numbers_do_not_sink_the_batch(engine: Engine, make_event: Builder, field: str,
                                            huge: str) -> None:
    """A number far beyond any real quantity is clamped or rejected; it never takes the batch
    down (decimal.Overflow) or spins on a million-digit integer."""
    item: dict[str, Any] = {"category": "arms"}
    item[field] = huge if field == "quantity" else {"value": huge, "currency": "USD"}
    report = engine.check([make_event("big", destination="KP", items=[item]),
                           {"id": "good", **ARMS_TO_KP}])
    assert report.summary.events == 2
    assert report.summary.checked + report.summary.rejected == 2
    assert "good" in [f.event_ids[0] for f in report.findings]


def test_huge_amount_in_jsonl(engine: Engine, tmp_path: Path, write_text: Writer) -> None:
    path = write_text(tmp_path / "big.jsonl",
                      '{"id": "big", "type": "financial_transaction", "date": "2023-01-01", '
                      '"amount": {"value": 1e1000000, "currency": "USD"}}\n'
                      + json.dumps({"id": "good", **ARMS_TO_KP}) + "\n")
    report = engine.check_files([str(path)])
    assert report.summary.checked + report.summary.rejected == 2
    assert [f.event_ids[0] for f in report.findings] == ["good"]


def test_numeric_id_is_text(engine: Engine) -> None:
    report = engine.check([{"id": 7, **ARMS_TO_KP}])
    assert report.findings[0].event_ids == ["7"]


def test_event_model_is_accepted_as_input(engine: Engine, make_event: Builder) -> None:
    event = Event.model_validate(make_event(destination="KP", items=[{"category": "arms"}]))
    report = engine.check([event])
    assert [f.rule_id for f in report.findings] == ["dprk.arms.import"]


def test_event_model_refuses_unknown_keys() -> None:
    with pytest.raises(ValidationError):
        Event.model_validate({"id": "e", "type": "transfer", "date": "2023-01-01", "x": 1})


# --- readers --------------------------------------------------------------------------------


def _by_line(report: Report) -> dict[int | None, list[tuple[str, str]]]:
    return {r.line: [(e.field, e.message) for e in r.errors] for r in report.rejected}


def test_jsonl_with_bad_lines(engine: Engine, tmp_path: Path, write_text: Writer) -> None:
    good = json.dumps({"id": "g1", **ARMS_TO_KP})
    also_good = json.dumps({"id": "g2", **ARMS_TO_KP})
    raw = "\n".join([
        good,                       # 1
        '{"id": "broken", "type":',  # 2 malformed JSON
        "",                         # 3 blank: skipped, not an event
        "[1, 2]",                   # 4 not an object
        "   ",                      # 5 blank
        "42",                       # 6 not an object
        also_good,                  # 7
    ]).encode() + b"\n" + b'{"id": "\xff\xfe"}\n' + json.dumps(  # 8 not UTF-8
        {"id": "g3", **ARMS_TO_KP}).encode() + b"\n"              # 9
    path = write_text(tmp_path / "batch.jsonl", raw)

    report = engine.check_files([str(path)])

    assert report.summary.events == 7
    assert report.summary.checked == 3
    assert report.summary.rejected == 4
    rejected = _by_line(report)
    assert set(rejected) == {2, 4, 6, 8}
    assert rejected[2][0][0] == "(line)" and rejected[2][0][1].startswith("not JSON")
    assert rejected[4] == [("(line)", "an event must be an object, not list")]
    assert rejected[6] == [("(line)", "an event must be an object, not int")]
    assert rejected[8][0][1].startswith("not UTF-8 text")
    assert all(r.file == str(path) for r in report.rejected)
    assert [f.event_ids[0] for f in report.findings] == ["g1", "g2", "g3"]


def test_jsonl_refuses_nan_and_keeps_decimals(tmp_path: Path, write_text: Writer) -> None:
    path = write_text(tmp_path / "b.jsonl",
                      '{"id": "a", "quantity": NaN}\n{"id": "b", "q": 0.1}\n')
    first, second = list(read_events(str(path)))
    assert first.error is not None and "NaN" in first.error
    # A well-formed line is handed on as bytes, validated straight from them; parsed, it
    # gives decimals.
    assert second.raw is not None
    data, error = parse_line(second.raw)
    assert error is None and str(data["q"]) == "0.1"
    assert not isinstance(data["q"], float)


def test_json_array_records_the_line_of_each_element(engine: Engine, tmp_path: Path,
                                                      write_text: Writer) -> None:
    text = (
        "[\n"                                                         # 1
        f"  {json.dumps({'id': 'a1', **ARMS_TO_KP})},\n"              # 2
        '  {"id": "a2",\n'                                            # 3
        '   "type": "transfer",\n'                                    # 4
        '   "date": "2023-13-01"},\n'                                 # 5
        "\n"                                                          # 6
        "  7,\n"                                                      # 7
        f"  {json.dumps({'id': 'a4', **ARMS_TO_KP})}\n"               # 8
        "]\n")
    path = write_text(tmp_path / "batch.json", text)

    assert [r.line for r in read_events(str(path))] == [2, 3, 7, 8]
    report = engine.check_files([str(path)])
    assert _by_line(report) == {3: [("date", "not a date: '2023-13-01'")],
                                7: [("(line)", "an event must be an object, not int")]}
    assert [f.event_ids[0] for f in report.findings] == ["a1", "a4"]


def test_json_array_broken_midway(engine: Engine, tmp_path: Path, write_text: Writer) -> None:
    text = f"[\n  {json.dumps({'id': 'b1', **ARMS_TO_KP})},\n  {{\"id\": oops}}\n]\n"
    path = write_text(tmp_path / "broken.json", text)
    report = engine.check_files([str(path)])
    assert report.summary.checked == 1
    assert list(_by_line(report)) == [3]
    assert _by_line(report)[3][0][1].startswith("not JSON")


def test_json_that_is_not_an_array(engine: Engine, tmp_path: Path, write_text: Writer) -> None:
    path = write_text(tmp_path / "one.json", json.dumps({"id": "x", **ARMS_TO_KP}))
    with pytest.raises(EventInputError) as excinfo:
        engine.check_files([str(path)])
    assert str(excinfo.value) == f"{path}:1: a .json batch must be a JSON array of events"


def test_yaml_list_records_lines(engine: Engine, tmp_path: Path, write_text: Writer) -> None:
    text = (
        "# a comment\n"                 # 1
        "- id: y1\n"                    # 2
        "  type: transfer\n"            # 3
        "  date: 2023-09-15\n"          # 4
        "  destination: KP\n"           # 5
        "  items: [{category: arms}]\n"  # 6
        "- id: y2\n"                    # 7
        "  type: transfer\n"            # 8
        "  date: 2023-02-30\n"          # 9
        "- just text\n"                 # 10
        "- {id: y4, type: transfer, date: 2023-09-15, destination: KP,\n"  # 11
        "   items: [{category: arms}]}\n")
    path = write_text(tmp_path / "batch.yaml", text)
    assert [r.line for r in read_events(str(path))] == [2, 7, 10, 11]
    report = engine.check_files([str(path)])
    assert _by_line(report) == {7: [("date", "not a date: '2023-02-30'")],
                                10: [("(line)", "an event must be an object, not str")]}
    assert [f.event_ids[0] for f in report.findings] == ["y1", "y4"]


def test_yaml_that_is_not_a_list(engine: Engine, tmp_path: Path, write_text: Writer) -> None:
    path = write_text(tmp_path / "one.yml", "id: x\ntype: transfer\n")
    with pytest.raises(EventInputError, match="must be a list of events"):
        engine.check_files([str(path)])


def test_yaml_with_duplicate_keys_is_refused(engine: Engine, tmp_path: Path,
                                             write_text: Writer) -> None:
    path = write_text(tmp_path / "dup.yaml",
                      "- id: x\n  type: transfer\n  date: 2023-01-01\n  id: y\n")
    with pytest.raises(EventInputError) as excinfo:
        engine.check_files([str(path)])
    assert str(excinfo.value).startswith(f"{path}:4: ")
    assert "duplicate key 'id'" in str(excinfo.value)


def test_duplicate_id_rejected_at_its_line_naming_the_first(
        engine: Engine, tmp_path: Path, write_text: Writer) -> None:
    lines = [json.dumps({"id": "d1", **ARMS_TO_KP}),
             json.dumps({"id": "d2", **ARMS_TO_KP}),
             json.dumps({"id": "d1", **ARMS_TO_KP, "date": "2023-09-16"})]
    path = write_text(tmp_path / "dups.jsonl", "\n".join(lines) + "\n")
    report = engine.check_files([str(path)])
    assert report.summary.checked == 2
    (rejection,) = report.rejected
    assert (rejection.line, rejection.id, rejection.file) == (3, "d1", str(path))
    assert [(e.field, e.message) for e in rejection.errors] == [
        ("id", f"duplicate event id 'd1' (first at {path}:1)")]
    assert [f.event_ids[0] for f in report.findings] == ["d1", "d2"]


def test_duplicate_id_across_files(engine: Engine, tmp_path: Path, write_text: Writer) -> None:
    one = write_text(tmp_path / "one.jsonl", json.dumps({"id": "x", **ARMS_TO_KP}) + "\n")
    two = write_text(tmp_path / "two.jsonl", json.dumps({"id": "x", **ARMS_TO_KP}) + "\n")
    report = engine.check_files([str(one), str(two)])
    assert report.summary.checked == 1
    assert report.rejected[0].file == str(two)
    assert f"first at {one}:1" in report.rejected[0].errors[0].message


def test_duplicate_id_in_memory_names_the_position(engine: Engine) -> None:
    report = engine.check([{"id": "m", **ARMS_TO_KP}, {"id": "m", **ARMS_TO_KP}])
    assert report.rejected[0].line == 2
    assert report.rejected[0].errors[0].message == "duplicate event id 'm' (first at position 1)"


def test_stdin(engine: Engine) -> None:
    data = (json.dumps({"id": "s1", **ARMS_TO_KP}) + "\n" + "not json\n"
            + json.dumps({"id": "s3", "type": "other", "date": "2023-01-01"}) + "\n").encode()
    records = list(read_events("-", stdin=io.BytesIO(data)))
    assert [(r.file, r.line) for r in records] == [("<stdin>", 1), ("<stdin>", 2),
                                                   ("<stdin>", 3)]
    assert records[1].error is not None and records[1].error.startswith("not JSON")
    report = engine.check_records(read_events("-", stdin=io.BytesIO(data)))
    assert (report.summary.events, report.summary.checked, report.summary.rejected) == (3, 2, 1)
    assert [f.event_ids for f in report.findings] == [["s1"]]


def test_missing_file(engine: Engine, tmp_path: Path) -> None:
    missing = tmp_path / "nope.jsonl"
    with pytest.raises(EventInputError) as excinfo:
        engine.check_files([str(missing)])
    assert str(excinfo.value).startswith(f"{missing}: cannot read")


def test_json_file_not_utf8(engine: Engine, tmp_path: Path, write_text: Writer) -> None:
    path = write_text(tmp_path / "latin.json", b'[{"id": "\xe9"}]')
    with pytest.raises(EventInputError, match="not UTF-8"):
        engine.check_files([str(path)])


def test_empty_files_are_empty_batches(engine: Engine, tmp_path: Path, write_text: Writer
                                       ) -> None:
    paths = [write_text(tmp_path / "e.jsonl", ""), write_text(tmp_path / "e.json", "[]"),
             write_text(tmp_path / "e.yaml", "")]
    report = engine.check_files([str(p) for p in paths])
    assert (report.summary.events, report.findings, report.rejected) == (0, [], [])
