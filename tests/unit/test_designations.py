"""Designations on the event's date: listing date, removal from the list, weak and strong
matches, and what the report says of them (engine/designations.py)."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sanctions_engine import Engine, Event, RuleError
from sanctions_engine.lists.model import ListSnapshot
from sanctions_engine.lists.un_xml import read_consolidated
from sanctions_engine.lists.vessels import load_vessels
from sanctions_engine.rulebook.loader import load_rulebook
from sanctions_engine.screening.step import Designations, fact_keys

LISTS = Path(__file__).resolve().parents[2] / "fixtures" / "lists"

RULE = """\
regime: dprk
title: Designations (test)
rules:
  - id: dprk.test.freeze
    title: Funds to a designated party
    summary: No funds to or from a party designated under the DPRK regime.
    applies_to: [financial_transaction]
    when:
      - any_party:
          - {field: designated, in: [dprk]}
    stages:
      - from: 2006-10-14
        citations:
          - {resolution: 1718, paragraph: "8(d)", status: verified}
    exemptions:
      - id: dprk.test.freeze.humanitarian
        summary: Humanitarian carve-out
        citations:
          - {resolution: 2664, paragraph: "1", status: verified}
        from: 2022-12-09
        when:
          - {field: purposes, in: [humanitarian, basic_human_needs]}
          - any_party:
              - {field: humanitarian_actor, in: [un, humanitarian_organization]}
  - id: dprk.test.port
    title: Port call of a designated vessel
    summary: No port entry for a designated vessel.
    applies_to: [port_call]
    when:
      - any_vessel:
          - {field: designated, in: [dprk]}
    stages:
      - from: 2017-08-05
        citations:
          - {resolution: 2371, paragraph: "6", status: verified}
"""


@pytest.fixture(scope="module")
def snapshot() -> ListSnapshot:
    return read_consolidated(LISTS / "un-consolidated-2026-02-27.xml")


@pytest.fixture(scope="module")
def history(snapshot: ListSnapshot) -> Designations:
    """Two snapshots: KPi.066 (KIM JONG SIK) is missing from the newer one (a delisting)."""
    later = snapshot.generated + timedelta(days=30)
    records = [r for r in snapshot.records if r.reference != "KPi.066"]
    newer = snapshot.model_copy(update={"generated": later, "sha256": "0" * 64,
                                        "records": records, "record_count": len(records)})
    return Designations([newer, snapshot], load_vessels(LISTS / "dprk_vessels.yaml"))


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory, one_rule_file: Any) -> Path:
    return one_rule_file(tmp_path_factory.mktemp("designations"), RULE)


@pytest.fixture(scope="module")
def engine(rules: Path, history: Designations) -> Engine:
    return Engine.load(rules, history)


def _pay(event_id: str, day: str, *parties: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"id": event_id, "type": "financial_transaction", "date": day,
            "parties": list(parties), **extra}


def _payee(name: str | None = None, **fields: Any) -> dict[str, Any]:
    party: dict[str, Any] = {"role": "payee", "kind": "individual", **fields}
    if name is not None:
        party["name"] = name
    return party


def _outcome(engine: Engine, events: list[dict[str, Any]]) -> dict[str, list[str]]:
    report = engine.check(events)
    out: dict[str, list[str]] = {e["id"]: [] for e in events}
    for f in report.findings:
        out[f.event_ids[0]].append(f"{f.severity}:{f.rule_id}")
    for f in report.exempted:
        out[f.event_ids[0]].append(f"exempted:{f.rule_id}")
    return out


# --- the two time axes --------------------------------------------------------------------


def test_a_designation_counts_from_its_listing_date(history: Designations) -> None:
    kim = history.screener.lookup("KPe.020")
    assert kim is not None and kim.listed_on.isoformat() == "2014-07-28"
    party = {"role": "payee", "kind": "entity", "identifiers": {"un_reference": "KPe.020"}}
    before = Event.model_validate(_pay("x", "2014-07-27", party))
    on = Event.model_validate(_pay("y", "2014-07-28", party))
    assert [h.status for h in history.hits(before)] == ["designated_later"]
    assert [h.status for h in history.hits(on)] == ["in_force"]
    assert fact_keys(history.hits(before)) == {}
    assert fact_keys(history.hits(on)) == {"parties[0]": {"des": ["dprk", "dprk/*"],
                                                          "pdes": []}}


def test_a_record_missing_from_the_newer_snapshot_is_delisted(history: Designations,
                                                              snapshot: ListSnapshot) -> None:
    old_day = snapshot.generated.date()
    new_day = (snapshot.generated + timedelta(days=30)).date()

    def status(day: str) -> list[str]:
        event = Event.model_validate(_pay("x", day, _payee("KIM JONG SIK")))
        return [h.status for h in history.hits(event)]

    assert status("2018-01-01") == ["in_force"]
    assert status(old_day.isoformat()) == ["possibly_delisted"]
    assert status((new_day - timedelta(days=1)).isoformat()) == ["possibly_delisted"]
    assert status(new_day.isoformat()) == ["delisted"]


def test_the_newest_snapshot_is_the_current_list(snapshot: ListSnapshot) -> None:
    # The same history given newest first: sorted by generation date, not by argument order.
    later = snapshot.model_copy(update={"generated": snapshot.generated + timedelta(days=1)})
    one = Designations([snapshot, later])
    two = Designations([later, snapshot])
    assert [i.generated for i in one.info()] == [i.generated for i in two.info()]
    assert one.screener.lookup("KPi.066") is not None


def test_weak_matches_go_to_pdes_strong_to_des(history: Designations) -> None:
    event = Event.model_validate(_pay("x", "2019-01-01", _payee("Kim Jong Si"),
                                      _payee("Gim Jeong Sik")))
    assert fact_keys(history.hits(event)) == {
        "parties[0]": {"des": [], "pdes": ["dprk", "dprk/*"]},
        "parties[1]": {"des": ["dprk", "dprk/*"], "pdes": []}}


def test_a_vessel_designated_without_a_day_counts_from_the_lists_date(
        history: Designations) -> None:
    vessels = history.vessels
    assert vessels is not None
    undated = next(v for v in vessels.vessels if v.designated_on is None)
    event = Event.model_validate({"id": "p", "type": "port_call", "date": "2018-10-30",
                                  "vessels": [{"name": undated.name}]})
    (hit,) = [h for h in history.hits(event) if h.match.band == "strong"]
    assert hit.status == "designated_later"
    assert hit.listed_on == vessels.as_of and hit.listed_note is not None


# --- rules on designations ----------------------------------------------------------------


def test_strong_weak_later_delisted_and_carved_out(engine: Engine) -> None:
    wfp = {"role": "payer", "kind": "entity", "name": "World Food Programme",
           "humanitarian_actor": "un"}
    out = _outcome(engine, [
        _pay("strong", "2019-01-01", _payee("Gim Jeong Sik")),
        _pay("weak", "2019-01-01", _payee("Kim Jong Si")),
        _pay("miss", "2019-01-01", _payee("Kim Jong Sok")),
        _pay("later", "2017-12-21", _payee("Kim Jong Sik")),
        _pay("gone", "2026-04-01", _payee("Kim Jong Sik")),
        _pay("maybe", "2026-03-01", _payee("Kim Jong Sik")),
        _pay("carve", "2023-01-01", _payee(identifiers={"un_reference": "KPe.020"}), wfp,
             purposes=["humanitarian"]),
        _pay("no-actor", "2023-01-01", _payee(identifiers={"un_reference": "KPe.020"}),
             purposes=["humanitarian"]),
        {"id": "port", "type": "port_call", "date": "2018-01-01",
         "location": {"country": "CN"}, "vessels": [{"name": "PETREL 8"}]},
        {"id": "port-early", "type": "port_call", "date": "2017-10-04",
         "location": {"country": "CN"}, "vessels": [{"name": "PETREL 8"}]},
    ])
    assert out == {
        "strong": ["violation:dprk.test.freeze"],
        "weak": ["review:dprk.test.freeze"],
        "miss": [],
        "later": [],
        "gone": [],
        "maybe": ["review:dprk.test.freeze"],
        "carve": ["exempted:dprk.test.freeze"],
        "no-actor": ["violation:dprk.test.freeze"],
        "port": ["violation:dprk.test.port"],
        "port-early": [],
    }


def test_the_finding_shows_the_match(engine: Engine) -> None:
    report = engine.check([_pay("e", "2019-01-01", _payee("Gim Jeong Sik"))])
    (finding,) = report.findings
    cond = next(c for c in finding.explanation.conditions
                if c.field == "parties[0].designated")
    (hit,) = cond.actual
    assert (hit["reference"], hit["listed_name"], hit["band"]) == ("KPi.066", "KIM JONG SIK",
                                                                    "strong")
    assert hit["party_value"] == "Gim Jeong Sik" and hit["listed_on"] == "2017-12-22"
    assert "KPi.066" in finding.explanation.text and "listed 2017-12-22" in cond.note


def test_the_review_says_what_is_missing(engine: Engine) -> None:
    report = engine.check([_pay("e", "2019-01-01", _payee("Kim Jong Si"))])
    (finding,) = report.findings
    assert finding.severity == "review"
    (missing,) = finding.explanation.missing
    assert "KPi.066" in missing and "weak match" in missing


def test_the_report_names_the_lists_and_notes_later_designations(engine: Engine) -> None:
    report = engine.check([_pay("later", "2017-12-21", _payee("Kim Jong Sik"))])
    assert [x.name for x in report.lists] == ["un_consolidated", "un_consolidated",
                                              "designated_vessels"]
    (note,) = report.screening
    assert (note.reference, note.status) == ("KPi.066", "designated_later")
    assert "designated later" in report.render("text")
    assert "designated later" in report.render("markdown")
    doc = json.loads(report.to_json())
    assert doc["screening"][0]["listed_on"] == "2017-12-22"
    assert engine.check([_pay("later", "2017-12-21", _payee("Kim Jong Sik"))]).to_json() == \
        report.to_json()


def test_an_engine_without_designation_rules_screens_nothing(core_rules: Path) -> None:
    from sanctions_engine.pipeline import _tests_designations

    assert not _tests_designations(load_rulebook(core_rules))


def test_designations_load_from_files(tmp_path: Path, snapshot: ListSnapshot) -> None:
    from sanctions_engine.lists.snapshots import save_snapshot

    save_snapshot(snapshot, tmp_path / "s.json")
    d = Designations.load([tmp_path / "s.json"], LISTS / "dprk_vessels.yaml")
    assert d.info()[0].sha256 == snapshot.sha256
    assert isinstance(d.snapshots[0].generated, datetime)


# --- rule files ----------------------------------------------------------------------------


@pytest.mark.parametrize(("test", "message"), [
    ("{field: designated, in: [north_korea]}", "a regime of the UN list"),
    ("{field: designated, equals: dprk}", "operator 'equals' does not apply"),
    ("{field: humanitarian_actor, in: [ngo]}", "one of"),
])
def test_bad_designation_tests_are_refused(rules: Path, tmp_path: Path, test: str,
                                           message: str) -> None:
    target = tmp_path / "rules"
    shutil.copytree(rules, target)
    path = target / "dprk" / "test.yaml"
    path.write_text(RULE.replace("{field: designated, in: [dprk]}", test, 1), encoding="utf-8")
    with pytest.raises(RuleError) as excinfo:
        load_rulebook(target)
    assert message in str(excinfo.value) and "test.yaml:" in str(excinfo.value)


def test_cli_check_with_a_list_history(rules: Path, tmp_path: Path, history: Designations,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    from sanctions_engine.cli import main
    from sanctions_engine.lists.snapshots import save_snapshot

    paths = []
    for i, snap in enumerate(history.snapshots):
        save_snapshot(snap, tmp_path / f"list{i}.json")
        paths += ["--list", str(tmp_path / f"list{i}.json")]
    events = tmp_path / "e.jsonl"
    events.write_text(json.dumps(_pay("gone", "2026-04-01", _payee("Kim Jong Sik"))) + "\n"
                      + json.dumps(_pay("on", "2019-01-01", _payee("Kim Jong Sik"))) + "\n",
                      encoding="utf-8")
    assert main(["check", str(events), "--rules", str(rules), "--format", "json", *paths]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert [f["event_ids"] for f in doc["findings"]] == [["on"]]
    assert [(s["event_id"], s["status"]) for s in doc["screening"]] == [("gone", "delisted"),
                                                                        ("on", "in_force")]
    assert [x["sha256"] for x in doc["lists"]][:2] == [s.sha256 for s in history.snapshots]


def test_cli_thresholds_are_used_and_reported(rules: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from sanctions_engine.cli import main

    events = tmp_path / "e.jsonl"
    events.write_text(json.dumps(_pay("weak", "2019-01-01", _payee("Kim Jong Si"))) + "\n",
                      encoding="utf-8")
    base = ["check", str(events), "--rules", str(rules), "--format", "json"]
    assert main(base) == 1
    doc = json.loads(capsys.readouterr().out)
    assert [f["severity"] for f in doc["findings"]] == ["review"]
    assert doc["lists"][0]["thresholds"] == {"strong": 0.92, "weak": 0.84}
    assert main([*base, "--strong", "0.8", "--weak", "0.7"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert [f["severity"] for f in doc["findings"]] == ["violation"]
    assert doc["lists"][0]["thresholds"] == {"strong": 0.8, "weak": 0.7}
    assert main([*base, "--strong", "0.5", "--weak", "0.7"]) == 2
    assert "--weak (0.7) <= --strong (0.5)" in capsys.readouterr().err


def test_designation_rules_open_with_the_designation_gate(engine: Engine) -> None:
    """After the type, ``dz = 1``: an event naming no listed party leaves the network at once."""
    bodies = [(name, rule["all"][0]["m"]) for ruleset in engine.compiled.rulesets
              for name, rule in ruleset.items() if name.startswith("r|dprk.test.")]
    assert len(bodies) == 4  # two rules, each with its review twin
    for name, body in bodies:
        assert body["$and"][1] == {"dz": 1}, name
    fact_keys_of = engine.check([_pay("e", "2019-01-01", _payee("Nobody Particular"))])
    assert not fact_keys_of.findings and not fact_keys_of.screening


def test_a_batch_leaves_the_garbage_collector_as_it_found_it(engine: Engine) -> None:
    import gc

    before = (gc.get_threshold(), gc.get_freeze_count())
    engine.check([_pay("e", "2019-01-01", _payee("Gim Jeong Sik"))])
    with pytest.raises(RuntimeError):
        engine.check(_boom())
    assert (gc.get_threshold(), gc.get_freeze_count()) == before


def _boom() -> Any:
    yield _pay("e", "2019-01-01", _payee("Gim Jeong Sik"))
    raise RuntimeError("a reader failing mid-batch")
