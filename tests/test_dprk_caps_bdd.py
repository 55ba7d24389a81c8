"""Scenarios of features/dprk_caps.feature: totals across events toward the DPRK caps.

The shared steps live in conftest.py; the steps below are about totals and the state file and
are used by this feature only:

- ``Then the total for "<cap>" in the period from <date> is <n> <unit> (<share>%)``
- ``Then there is no total for "<cap>" in the period from <date>``
- ``Then the cap finding for "<cap>" [for event "<id>"] lists events "a, b" with running totals
  "x, y" [in <unit>]``
- ``Then the result does not depend on the order of the events``
- ``Given a first batch checked with the state file:`` / ``When the events are checked with the
  state file`` -- two batches through the command line (``sanctions_engine.cli.main``) with one
  ``--state`` file in a temporary folder;
- ``Given a state file written for another rulebook`` / ``Given a corrupt state file`` / ``When
  the command line checks the events with the state file`` / ``Then the command line exits with
  status 2 saying "<text>"`` / ``Then the state file is unchanged``.

The command line runs on the session's engine (``Engine.load`` is patched for these steps):
every compiled engine costs ~50 MB that durable-rules never gives back.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from eventdata import jsonable
from pytest_bdd import given, parsers, scenarios, then, when
from sanctions_engine import Engine
from sanctions_engine.cli import main
from sanctions_engine.report.models import Finding, Report

scenarios("dprk_caps.feature")

FOR_EVENT = r'(?: for event "(?P<event_id>[^"]+)")?'
DAY = r"(?P<start>\d{4}-\d{2}-\d{2})"


# --- helpers ---------------------------------------------------------------------------------


def _batch(docstring: str, first: int = 1) -> list[dict[str, Any]]:
    data = yaml.safe_load(docstring)
    assert isinstance(data, list), "the doc-string must hold a YAML list of events"
    out = []
    for n, event in enumerate(data, first):
        event = jsonable(event)
        event.setdefault("id", f"e{n}")
        out.append(event)
    return out


def _number(text: str) -> Decimal:
    """``1,000,866`` or ``500050.592`` as a Decimal."""
    return Decimal(text.replace(",", "").strip())


def _fail(message: str, report: Report) -> None:
    lines = [message, "totals:"]
    lines += [f"  {t.cap_id} {t.period.from_}..{t.period.until}: {t.total} of {t.limit} {t.unit}"
              f" ({t.share}%), {t.events} events" for t in report.totals] or ["  (none)"]
    lines.append("findings:")
    for f in report.findings:
        con = ", ".join(f"{c.event_id}:{c.running_total}{c.unit}"
                        for c in f.explanation.contributions)
        lines.append(f"  {','.join(f.event_ids)}: {f.severity} {f.rule_id}"
                     + (f" [{con}]" if con else "") + "".join(
                         f"\n      missing: {m}" for m in f.explanation.missing))
    lines += [f"  {r.id}: REJECTED" for r in report.rejected]
    pytest.fail("\n".join(lines), pytrace=False)


def _view(report: Report) -> Any:
    """What the order of the events must not change: findings and totals."""
    findings = sorted(
        (f.rule_id, tuple(f.event_ids), f.severity, f.explanation.text,
         tuple((c.event_id, c.quantity, c.unit, c.running_total)
               for c in f.explanation.contributions))
        for f in [*report.findings, *report.exempted])
    totals = sorted((t.cap_id, t.period.from_, t.unit, t.total, t.share, t.events)
                    for t in report.totals)
    return findings, totals, report.summary.model_dump()


@dataclass
class CliRun:
    status: int
    stderr: str
    report: Report | None


@pytest.fixture
def state_file(tmp_path: Path) -> Path:
    return tmp_path / "state" / "totals.json"


@pytest.fixture
def cli(engine: Engine, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], state_file: Path) -> Any:
    """Run ``sanctions-engine check EVENTS --state FILE --format json`` on a batch."""

    def load(cls: type[Engine], path: Any = None) -> Engine:
        assert path is None, "these scenarios use the shipped rules"
        return engine

    monkeypatch.setattr(Engine, "load", classmethod(load))
    state_file.parent.mkdir(exist_ok=True)
    runs = iter(range(1, 100))

    def run(events: list[dict[str, Any]]) -> CliRun:
        n = next(runs)
        path, out = tmp_path / f"batch{n}.jsonl", tmp_path / f"report{n}.json"
        path.write_text("".join(json.dumps(e) + "\n" for e in events), encoding="utf-8")
        capsys.readouterr()
        status = main(["check", str(path), "--state", str(state_file), "--format", "json",
                       "--quiet", "--output", str(out)])
        err = capsys.readouterr().err
        report = (Report.model_validate(json.loads(out.read_text(encoding="utf-8")))
                  if out.exists() else None)
        return CliRun(status, err, report)

    return run


def _checked(run: CliRun) -> Report:
    if run.status not in (0, 1) or run.report is None:
        pytest.fail(f"the command line exited with {run.status}: {run.stderr}", pytrace=False)
    return run.report


# --- Given / When ----------------------------------------------------------------------------


@given("a first batch checked with the state file:", target_fixture="first_report")
def first_batch(cli: Any, docstring: str) -> Report:
    return _checked(cli(_batch(docstring, first=101)))


@when("the events are checked with the state file", target_fixture="report")
def check_with_state(cli: Any, events: list[dict[str, Any]]) -> Report:
    assert events, "no events were given"
    return _checked(cli(events))


@given("a state file written for another rulebook", target_fixture="state_bytes")
def foreign_state(state_file: Path) -> bytes:
    state_file.parent.mkdir(exist_ok=True)
    text = json.dumps({
        "format": "sanctions-engine-state", "version": 1, "rulebook": "sha256:" + "0" * 64,
        "contributions": [{
            "cap_id": "dprk.refined_petroleum.cap", "period_from": "2018-01-01",
            "period_until": "2018-12-31", "event_id": "elsewhere", "date": "2018-01-05",
            "quantities": {"barrels": "499999"}, "batch": 0, "position": 0}]}, indent=1)
    state_file.write_text(text + "\n", encoding="utf-8")
    return state_file.read_bytes()


@given("a corrupt state file", target_fixture="state_bytes")
def corrupt_state(state_file: Path) -> bytes:
    """Half a state file, as a crash of a writer that did not rename would leave it."""
    state_file.parent.mkdir(exist_ok=True)
    state_file.write_bytes(b'{\n "format": "sanctions-engine-state",\n "version": 1,\n "rulebo')
    return state_file.read_bytes()


@when("the command line checks the events with the state file", target_fixture="cli_run")
def cli_check(cli: Any, events: list[dict[str, Any]]) -> CliRun:
    return cli(events)


# --- Then ------------------------------------------------------------------------------------


@then(parsers.re(r'the first batch had no finding for "(?P<rule_id>[^"]+)"'))
def first_batch_clean(first_report: Report, rule_id: str) -> None:
    if any(f.rule_id == rule_id for f in [*first_report.findings, *first_report.exempted]):
        _fail(f"the first batch has a finding for {rule_id}", first_report)


@then(parsers.re(r'the total for "(?P<cap_id>[^"]+)" in the period from ' + DAY
                 + r' is (?P<amount>[\d,.]+) (?P<unit>\S+) \((?P<share>[\d.]+)%\)'))
def total_is(report: Report, cap_id: str, start: str, amount: str, unit: str,
             share: str) -> None:
    found = [t for t in report.totals
             if t.cap_id == cap_id and t.period.from_ == start and t.unit == unit]
    if not found:
        _fail(f"no total for {cap_id} in {unit} in the period from {start}", report)
    (t,) = found
    if _number(str(t.total)) != _number(amount):
        _fail(f"{cap_id} from {start}: total {t.total} {unit}, not {amount}", report)
    if t.share != float(share):
        _fail(f"{cap_id} from {start}: share {t.share}%, not {share}%", report)


@then(parsers.re(r'there is no total for "(?P<cap_id>[^"]+)" in the period from ' + DAY))
def no_total(report: Report, cap_id: str, start: str) -> None:
    if any(t.cap_id == cap_id and t.period.from_ == start for t in report.totals):
        _fail(f"there is a total for {cap_id} in the period from {start}", report)


@then(parsers.re(r'the cap finding for "(?P<cap_id>[^"]+)"' + FOR_EVENT
                 + r' lists events "(?P<ids>[^"]+)" with running totals "(?P<runs>[^"]+)"'
                 + r'(?: in (?P<unit>\S+))?'))
def lists_contributions(report: Report, cap_id: str, event_id: str | None, ids: str, runs: str,
                        unit: str | None) -> None:
    found: list[Finding] = [
        f for f in report.findings
        if f.rule_id == cap_id and f.explanation.contributions
        and (event_id is None or event_id in f.event_ids)
        and (unit is None or any(c.unit == unit for c in f.explanation.contributions))]
    if len(found) != 1:
        _fail(f"{len(found)} cap findings for {cap_id}"
              + (f" for event {event_id}" if event_id else "")
              + (f" in {unit}" if unit else "") + ": expected exactly one", report)
    # One finding shows every limit the event passed: compare the contributions of one unit.
    contributions = [c for c in found[0].explanation.contributions
                     if c.unit == (unit or found[0].explanation.contributions[0].unit)]
    want_ids = [s.strip() for s in ids.split(",")]
    want_runs = [_number(s) for s in runs.split(", ")]
    got_ids = [c.event_id for c in contributions]
    got_runs = [_number(str(c.running_total)) for c in contributions]
    if (got_ids, got_runs) != (want_ids, want_runs):
        _fail(f"{cap_id}: contributions {list(zip(got_ids, got_runs, strict=True))}, expected "
              f"{list(zip(want_ids, want_runs, strict=False))}", report)
    if found[0].event_ids != [want_ids[-1]]:
        _fail(f"{cap_id}: the finding names {found[0].event_ids}, not the last contribution "
              f"{want_ids[-1]}", report)


@then("the result does not depend on the order of the events")
def order_independent(engine: Engine, events: list[dict[str, Any]], report: Report) -> None:
    expected = _view(report)
    orders = [list(reversed(events))]
    rng = random.Random(7)
    for _ in range(3):
        shuffled = events[:]
        rng.shuffle(shuffled)
        orders.append(shuffled)
    for order in orders:
        got = _view(engine.check(order))
        if got != expected:
            _fail(f"in the order {[e['id'] for e in order]} the result differs:\n{got}", report)


@then(parsers.parse("the state file holds {n:d} contributions"))
def state_holds(state_file: Path, n: int) -> None:
    data = json.loads(state_file.read_text(encoding="utf-8"))
    assert len(data["contributions"]) == n, data["contributions"]


@then(parsers.parse('the command line exits with status {status:d} saying "{text}"'))
def cli_exit(cli_run: CliRun, status: int, text: str, state_file: Path) -> None:
    assert cli_run.status == status, (cli_run.status, cli_run.stderr)
    assert text in cli_run.stderr, cli_run.stderr
    assert str(state_file) in cli_run.stderr, cli_run.stderr
    assert cli_run.report is None, "a refused state must not produce a report"


@then("the state file is unchanged")
def state_unchanged(state_file: Path, state_bytes: bytes) -> None:
    assert state_file.read_bytes() == state_bytes
    # No temporary file left beside it; the lock file of the run stays (README).
    assert sorted(p.name for p in state_file.parent.iterdir()) == [state_file.name,
                                                                   state_file.name + ".lock"]
