"""The report (shared/contract/report.md) and the command line.

Same input, same bytes; the JSON keys of the contract; a fingerprint that follows the rules and
not their comments; findings in event order then rule id; exit statuses 0, 1 and 2.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sanctions_engine import Engine, __version__
from sanctions_engine.cli import main
from sanctions_engine.rulebook.loader import load_rulebook

Writer = Callable[[Path, str | bytes], Path]

# The keys of every object of the JSON report: the contract's, and the ones the engine adds
# (pinned, so that adding or dropping a key is a deliberate change of this list).
CONTRACT_KEYS: dict[str, set[str]] = {
    "report": {"engine", "rulebook", "summary", "findings", "rejected"},
    "engine": {"name", "version"},
    "rulebook": {"fingerprint", "rules", "regimes"},
    "summary": {"events", "checked", "rejected", "findings", "by_severity"},
    "by_severity": {"violation", "review"},
    "finding": {"rule_id", "severity", "event_ids", "regime", "title", "citations",
                "explanation"},
    "citation": {"symbol", "resolution", "year", "paragraph"},
    "explanation": {"text", "conditions", "in_force", "exemptions"},
    "condition": {"field", "op", "expected", "actual"},
    "in_force": {"from", "until"},
    "exemption": {"id", "applies", "why"},
    "rejection": {"line", "id", "errors"},
    "error": {"field", "message"},
}
ENGINE_EXTRAS: dict[str, set[str]] = {
    # findings an exemption lifted; totals toward caps; designation lists used; list matches
    "report": {"exempted", "totals", "lists", "screening"},
    "summary": {"exempted"},
    # file:line of the rule; the stable id; what would clear it (docs/report.md)
    "finding": {"rule_source", "id", "clearing"},
    "citation": {"status"},                # verified / content-verified / unconfirmed
    # the stage in force; what a review lacks; a cap's contributions; a chain of linked events
    "explanation": {"stage", "missing", "contributions", "chain"},
    "condition": {"note"},
    "exemption": {"summary", "citations", "conditions"},
    "rejection": {"file"},
}

pytestmark = pytest.mark.usefixtures("core_by_default")


def _keys(kind: str) -> set[str]:
    return CONTRACT_KEYS[kind] | ENGINE_EXTRAS.get(kind, set())


def _jsonl(path: Path, events: list[dict[str, Any]], write_text: Writer) -> Path:
    return write_text(path, "".join(json.dumps(e) + "\n" for e in events))


# --- the report as data ---------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "text", "markdown", "html"])
def test_same_input_same_bytes(engine: Engine, sample_events: list[dict[str, Any]], fmt: str
                               ) -> None:
    first = engine.check(sample_events).render(fmt).encode("utf-8")
    again = engine.check(sample_events).render(fmt).encode("utf-8")
    other = Engine(engine.rulebook).check(sample_events).render(fmt).encode("utf-8")
    assert first == again == other
    assert first.endswith(b"\n")


def test_unknown_format(engine: Engine) -> None:
    with pytest.raises(ValueError, match="unknown format"):
        engine.check([]).render("pdf")


def test_json_keys_are_the_contracts(engine: Engine, sample_events: list[dict[str, Any]]
                                     ) -> None:
    doc = json.loads(engine.check(sample_events).to_json())

    def check(kind: str, obj: dict[str, Any]) -> None:
        assert CONTRACT_KEYS[kind] <= set(obj), f"{kind}: missing {CONTRACT_KEYS[kind] - set(obj)}"
        assert set(obj) == _keys(kind), f"{kind}: unexpected {set(obj) - _keys(kind)}"

    check("report", doc)
    check("engine", doc["engine"])
    check("rulebook", doc["rulebook"])
    check("summary", doc["summary"])
    check("by_severity", doc["summary"]["by_severity"])
    assert doc["findings"] and doc["rejected"] and doc["exempted"]
    exemptions = 0
    for finding in doc["findings"] + doc["exempted"]:
        check("finding", finding)
        for citation in finding["citations"]:
            check("citation", citation)
        explanation = finding["explanation"]
        check("explanation", explanation)
        check("in_force", explanation["in_force"])
        for condition in explanation["conditions"]:
            check("condition", condition)
        for exemption in explanation["exemptions"]:
            check("exemption", exemption)
            exemptions += 1
    assert exemptions
    for rejection in doc["rejected"]:
        check("rejection", rejection)
        for error in rejection["errors"]:
            check("error", error)


def test_json_values(engine: Engine, sample_events: list[dict[str, Any]]) -> None:
    doc = json.loads(engine.check(sample_events).to_json())
    assert doc["engine"] == {"name": "sanctions-engine", "version": __version__}
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", doc["rulebook"]["fingerprint"])
    assert doc["rulebook"]["rules"] == len(engine.rulebook.rules)
    assert doc["rulebook"]["regimes"] == sorted({r.regime for r in engine.rulebook.rules})
    summary = doc["summary"]
    assert (summary["events"], summary["checked"], summary["rejected"]) == (9, 8, 1)
    assert summary["findings"] == len(doc["findings"]) == 5
    assert summary["by_severity"] == {"violation": 4, "review": 1}
    first = doc["findings"][0]
    assert (first["rule_id"], first["severity"], first["event_ids"], first["regime"]) == (
        "dprk.arms.export", "violation", ["e1"], "dprk")
    assert [(c["symbol"], c["resolution"], c["year"], c["paragraph"])
            for c in first["citations"]] == [("S/RES/1718 (2006)", 1718, 2006, "8(b)"),
                                             ("S/RES/1874 (2009)", 1874, 2009, "9")]
    assert first["explanation"]["in_force"] == {"from": "2006-10-14", "until": None}
    assert first["explanation"]["text"].startswith("e1 (2023-09-15): ")
    assert {"field": "origin", "op": "equals", "expected": "KP", "actual": "KP",
            "note": None} in first["explanation"]["conditions"]
    assert doc["rejected"] == [{"line": 9, "id": "e9", "file": None, "errors": [
        {"field": "date", "message": "not a date: '2023-02-30'"}]}]


def test_findings_by_event_position_then_rule_id(engine: Engine,
                                                 sample_events: list[dict[str, Any]]) -> None:
    events = list(reversed(sample_events))  # ids no longer in sorted order
    report = engine.check(events)
    position = {e["id"]: i for i, e in enumerate(events)}
    order = [(position[f.event_ids[0]], f.rule_id) for f in report.findings]
    assert order == sorted(order)
    assert [f.event_ids[0] for f in report.findings] == ["e5", "e4", "e2", "e2", "e1"]
    assert [f.rule_id for f in report.findings if f.event_ids == ["e2"]] == [
        "dprk.arms.import", "dprk.luxury.supply"]


# --- fingerprint ----------------------------------------------------------------------------


def test_fingerprint_follows_the_rules_not_their_comments(rules_copy: Path) -> None:
    before = load_rulebook(rules_copy).fingerprint
    assert before.startswith("sha256:")
    luxury = rules_copy / "dprk" / "luxury.yaml"
    text = luxury.read_text(encoding="utf-8")

    luxury.write_text("# a new comment\n" + text.replace(
        "    title: Supply of luxury goods to the DPRK\n",
        "    title: Supply of luxury goods to the DPRK   # trailing comment\n"), encoding="utf-8")
    assert load_rulebook(rules_copy).fingerprint == before

    luxury.write_text(text.replace("Supply of luxury goods to the DPRK\n",
                                   "Supply of luxury goods to North Korea\n", 1),
                      encoding="utf-8")
    changed = load_rulebook(rules_copy).fingerprint
    assert changed != before
    assert changed.startswith("sha256:")


def test_fingerprint_follows_the_taxonomy(rules_copy: Path) -> None:
    before = load_rulebook(rules_copy).fingerprint
    taxonomy = rules_copy / "taxonomy.yaml"
    text = taxonomy.read_text(encoding="utf-8")
    taxonomy.write_text(text.replace("title: Yachts\n", "title: Yachts and boats\n", 1),
                        encoding="utf-8")
    assert load_rulebook(rules_copy).fingerprint != before


def test_fingerprint_does_not_depend_on_the_folder(rules_copy: Path, shipped_rules: Path
                                                   ) -> None:
    assert load_rulebook(rules_copy).fingerprint == load_rulebook(shipped_rules).fingerprint


# --- command line ---------------------------------------------------------------------------


def test_cli_clean_batch_exits_0(tmp_path: Path, write_text: Writer,
                                 capsys: pytest.CaptureFixture[str],
                                 sample_events: list[dict[str, Any]]) -> None:
    clean = [e for e in sample_events if e["id"] in ("e3", "e8")]
    path = _jsonl(tmp_path / "clean.jsonl", clean, write_text)
    assert main(["check", str(path), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "2 events: 2 checked, 0 rejected; 0 findings" in out
    assert "No findings." in out


def test_cli_findings_exit_1(tmp_path: Path, write_text: Writer,
                             capsys: pytest.CaptureFixture[str],
                             sample_events: list[dict[str, Any]]) -> None:
    path = _jsonl(tmp_path / "hit.jsonl", sample_events[:3], write_text)
    assert main(["check", str(path), "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert [f["event_ids"][0] for f in doc["findings"]] == ["e1", "e2", "e2"]


def test_cli_rejected_line_exits_2_and_still_reports(
        tmp_path: Path, write_text: Writer, capsys: pytest.CaptureFixture[str],
        sample_events: list[dict[str, Any]]) -> None:
    path = write_text(tmp_path / "bad.jsonl",
                      json.dumps(sample_events[0]) + "\n{not json\n")
    assert main(["check", str(path), "--format", "json"]) == 2
    doc = json.loads(capsys.readouterr().out)
    assert doc["summary"]["findings"] == 1
    assert doc["rejected"][0]["line"] == 2
    assert doc["rejected"][0]["file"] == str(path)


def test_cli_only_rejections_exit_2(tmp_path: Path, write_text: Writer,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = write_text(tmp_path / "bad.jsonl", '{"id": "x", "type": "transfer"}\n')
    assert main(["check", str(path)]) == 2
    out = capsys.readouterr().out
    assert "Rejected" in out
    assert f"{path}:1 (id x): date: required field is missing" in out


def test_cli_broken_rules_exit_2_naming_file_and_line(
        rules_copy: Path, tmp_path: Path, write_text: Writer,
        capsys: pytest.CaptureFixture[str], sample_events: list[dict[str, Any]]) -> None:
    luxury = rules_copy / "dprk" / "luxury.yaml"
    text = luxury.read_text(encoding="utf-8")
    luxury.write_text(text.replace("in: [luxury_goods]}", "in: [luxury_good]}"),
                      encoding="utf-8")
    line = next(n for n, s in enumerate(luxury.read_text().splitlines(), 1)
                if "luxury_good]" in s)
    events = _jsonl(tmp_path / "ok.jsonl", sample_events[:1], write_text)

    assert main(["check", str(events), "--rules", str(rules_copy)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"error: {luxury}:{line}: ")
    assert "did you mean 'luxury_goods'?" in captured.err

    assert main(["rules", "--rules", str(rules_copy), "list"]) == 2
    assert f"{luxury}:{line}" in capsys.readouterr().err


def test_cli_missing_event_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                        ) -> None:
    missing = tmp_path / "missing.jsonl"
    assert main(["check", str(missing)]) == 2
    assert capsys.readouterr().err.startswith(f"error: {missing}: cannot read")


@pytest.mark.parametrize("argv", [
    [],
    ["check"],
    ["check", "x.jsonl", "--format", "pdf"],
    ["frobnicate"],
    ["rules"],
    ["schema", "widgets"],
])
def test_cli_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as excinfo:
        main(argv)
    assert excinfo.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_cli_output_file_matches_stdout(tmp_path: Path, write_text: Writer,
                                        capsys: pytest.CaptureFixture[str],
                                        sample_events: list[dict[str, Any]]) -> None:
    events = _jsonl(tmp_path / "batch.jsonl", sample_events[:5], write_text)
    assert main(["check", str(events), "--format", "markdown"]) == 1
    shown = capsys.readouterr().out
    target = tmp_path / "out" / "report.md"
    target.parent.mkdir()
    assert main(["check", str(events), "--format", "markdown", "--output", str(target)]) == 1
    assert capsys.readouterr().out == ""
    assert target.read_text(encoding="utf-8") == shown
    assert [p.name for p in target.parent.iterdir()] == ["report.md"]  # no temporary left


def test_cli_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                         sample_events: list[dict[str, Any]]) -> None:
    data = "".join(json.dumps(e) + "\n" for e in sample_events[:2]).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main(["check", "-", "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["summary"]["events"] == 2


def test_cli_json_is_the_library_report(tmp_path: Path, write_text: Writer, engine: Engine,
                                        capsys: pytest.CaptureFixture[str],
                                        sample_events: list[dict[str, Any]]) -> None:
    path = _jsonl(tmp_path / "batch.jsonl", sample_events, write_text)
    assert main(["check", str(path), "--format", "json"]) == 2  # e9 is rejected
    assert capsys.readouterr().out == engine.check_files([str(path)]).to_json()


def test_python_m_version() -> None:
    done = subprocess.run([sys.executable, "-m", "sanctions_engine", "--version"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"sanctions-engine {__version__}\n"


def test_python_m_check_exit_status(tmp_path: Path, write_text: Writer,
                                    sample_events: list[dict[str, Any]]) -> None:
    path = _jsonl(tmp_path / "batch.jsonl", sample_events[:1], write_text)
    done = subprocess.run([sys.executable, "-m", "sanctions_engine", "check", str(path)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1, done.stderr
    assert "dprk.arms.export" in done.stdout


@pytest.mark.parametrize(("what", "must_have"), [
    ("rules", {"regime", "rules"}),
    ("events", {"id", "type", "date", "destination", "items", "authorizations"}),
])
def test_cli_schema_is_json(what: str, must_have: set[str],
                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", what]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["type"] == "object"
    assert must_have <= set(schema["properties"])


def test_cli_rules_list(engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == [r.id for r in engine.rulebook.rules]
    arms = next(line for line in lines if line.startswith("dprk.arms.export "))
    assert "2006-10-14 to now" in arms
    assert "1718 OP8(b)" in arms


def test_cli_rules_show(engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "show", "dprk.arms.export"]) == 0
    out = capsys.readouterr().out
    rule = engine.rulebook.rule("dprk.arms.export")
    assert out.startswith(f"dprk.arms.export - {rule.title}\n")
    assert f"source: {rule.file}:{rule.line}" in out
    assert "S/RES/1718 (2006) OP8(b) (content-verified)" in out
    assert "S/RES/1874 (2009) OP9 (unconfirmed)" in out
    assert out.count("  stage ") == len(rule.stages)


def test_cli_rules_show_unknown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "show", "dprk.nothing.here"]) == 2
    assert "no rule 'dprk.nothing.here'" in capsys.readouterr().err


def test_html_report_is_escaped_and_complete(engine: Engine,
                                             sample_events: list[dict[str, Any]]) -> None:
    from html.parser import HTMLParser

    hostile = dict(sample_events[0], id="<script>alert(1)</script>")
    report = engine.check([hostile, *sample_events[1:], {"id": "bad", "type": "transfer"}])
    page = report.render("html")
    # One script, the page's own filter script, at the end; the event's is escaped.
    assert page.count("<script>") == 1 and page.index("<script>") > page.index("</main>")
    assert "alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>\n")
    assert "http" not in page.lower().replace("http-equiv", "")  # nothing fetched from outside
    for f in report.findings:
        assert f.rule_id in page
        for c in f.citations:
            assert f"{c.symbol} OP{c.paragraph}" in page
    assert "Rejected" in page and "Exempted" in page

    class Tags(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.open: list[str] = []

        def handle_starttag(self, tag: str, attrs: Any) -> None:
            if tag in ("details", "table", "p", "h1", "h2", "h3", "summary"):
                self.open.append(tag)

        def handle_endtag(self, tag: str) -> None:
            if tag in ("details", "table", "p", "h1", "h2", "h3", "summary"):
                assert self.open.pop() == tag

    tags = Tags()
    tags.feed(page)
    assert tags.open == []
