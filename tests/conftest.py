"""Shared fixtures and Given/When/Then steps of the BDD acceptance suites (``features/``).

Each ``features/<measure>.feature`` is bound by a thin ``tests/test_<measure>_bdd.py``; every step
lives here, grouped Given / When / Then. A scenario builds a batch of events, checks it once, and
asserts on the report. Every Then step fails with the whole report summarised, so a red scenario
says what the engine did find; a failing scenario also gets a "BDD scenario" section in the
failure report (see the hooks at the end).
"""

from __future__ import annotations

import fnmatch
import json
import os
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest
import yaml
from eventdata import jsonable
from pytest_bdd import given, parsers, then, when
from sanctions_engine import Engine
from sanctions_engine.report.models import Finding, Report
from sanctions_engine.screening.step import Designations

REPO = Path(__file__).resolve().parent.parent
# No start-up cache in the tests (a test of the cache points it at a folder of its own): a
# user's cache must not decide what a test sees, nor a test write into it.
os.environ["SANCTIONS_ENGINE_CACHE"] = "off"

# An optional tail shared by the Then steps: `... for event "e1"`.
FOR_EVENT = r'(?: for event "(?P<event_id>[^"]+)")?'


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def engine() -> Engine:
    """The shipped rules, loaded once for the whole session (loading is the costly part)."""
    return Engine.load()


@pytest.fixture
def events() -> list[dict[str, Any]]:
    """The batch a scenario builds with its Given steps."""
    return []


@pytest.fixture
def snapshots() -> list[Path]:
    """List snapshots a scenario screens against instead of the shipped lists."""
    return []


# --- helpers ---------------------------------------------------------------------------------


def _add(events: list[dict[str, Any]], data: Any) -> None:
    assert isinstance(data, dict), f"an event must be a mapping, not {data!r}"
    event = jsonable(data)
    event.setdefault("id", f"e{len(events) + 1}")
    events.append(event)


def summarize(report: Report) -> str:
    """Every finding, exempted finding and rejection of a report, one per line."""
    lines: list[str] = []

    def finding(f: Finding, lifted: bool) -> None:
        cites = ", ".join(f"{c.resolution} OP{c.paragraph} ({c.status})" for c in f.citations)
        kind = "exempted" if lifted else f.severity
        lines.append(f"  {','.join(f.event_ids)}: {kind} {f.rule_id} [{cites}]")
        for e in f.explanation.exemptions:
            lines.append(f"      exemption {e.id}: {'APPLIES' if e.applies else 'no'} - {e.why}")
        for m in f.explanation.missing:
            lines.append(f"      missing: {m}")

    for f in report.findings:
        finding(f, False)
    for f in report.exempted:
        finding(f, True)
    for r in report.rejected:
        errors = "; ".join(f"{e.field}: {e.message}" for e in r.errors)
        lines.append(f"  {r.id}: REJECTED (line {r.line}) {errors}")
    s = report.summary
    head = (f"report: {s.events} events, {s.checked} checked, {s.rejected} rejected, "
            f"{s.findings} findings, {s.exempted} exempted")
    return "\n".join([head, *(lines or ["  (nothing)"])])


def _fail(message: str, report: Report) -> None:
    pytest.fail(f"{message}\n{summarize(report)}", pytrace=False)


def _of(findings: list[Finding], rule_id: str, event_id: str | None) -> list[Finding]:
    return [f for f in findings
            if f.rule_id == rule_id and (event_id is None or event_id in f.event_ids)]


def _where(rule_id: str, event_id: str | None) -> str:
    return f'"{rule_id}"' + (f' for event "{event_id}"' if event_id else "")


def _no_rejections(report: Report) -> None:
    # A rejected event has no findings: without this, a typo would make "no finding" pass.
    if report.rejected:
        _fail("events were rejected, so an absence of findings proves nothing", report)


def _one(report: Report, rule_id: str, event_id: str | None) -> Finding:
    found = _of(report.findings, rule_id, event_id)
    if not found:
        _fail(f"no finding for {_where(rule_id, event_id)}", report)
    if len(found) > 1:
        _fail(f"{len(found)} findings for {_where(rule_id, event_id)}: name the event", report)
    return found[0]


def partial_compare(actual: Any, expected: Any, path: str = "") -> str | None:
    """``None`` when ``expected`` is a partial match of ``actual``, else what differs.

    Dicts compare only the keys given, lists element-wise on the elements given (``actual`` may
    be longer), strings with ``*`` as a wildcard, everything else by equality. After qutebrowser's
    ``tests/helpers/testutils.py::partial_compare``.
    """
    here = path or "(top)"
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return f"{here}: expected a mapping, got {actual!r}"
        for key, value in expected.items():
            if key not in actual:
                return f"{here}: no key {key!r} (keys: {sorted(actual)})"
            diff = partial_compare(actual[key], value, f"{path}.{key}" if path else str(key))
            if diff:
                return diff
        return None
    if isinstance(expected, list):
        if not isinstance(actual, list):
            return f"{here}: expected a list, got {actual!r}"
        if len(actual) < len(expected):
            return f"{here}: {len(expected)} elements expected, {len(actual)} found: {actual!r}"
        for i, (a, e) in enumerate(zip(actual, expected, strict=False)):
            diff = partial_compare(a, e, f"{path}[{i}]")
            if diff:
                return diff
        return None
    if isinstance(expected, str) and isinstance(actual, str) and "*" in expected:
        ok = fnmatch.fnmatchcase(actual, expected)
    elif isinstance(expected, bool) or isinstance(actual, bool):
        ok = type(expected) is type(actual) and expected == actual
    else:
        ok = expected == actual
    return None if ok else f"{here}: expected {expected!r}, got {actual!r}"


def _include(found: list[Finding], docstring: str, report: Report, what: str) -> None:
    expected = jsonable(yaml.safe_load(docstring))
    assert isinstance(expected, list), "the doc-string must hold a YAML list of findings"
    dumped = [f.model_dump(mode="json", by_alias=True) for f in found]
    for n, want in enumerate(expected):
        diffs = [partial_compare(d, want) for d in dumped]
        if None not in diffs:
            near = "\n".join(f"  {d['rule_id']} {d['event_ids']}: {x}"
                             for d, x in zip(dumped, diffs, strict=True))
            _fail(f"{what} entry {n} matches no finding:\n{yaml.safe_dump(want, sort_keys=False)}"
                  f"closest differences:\n{near or '  (no findings)'}", report)


# --- Given -----------------------------------------------------------------------------------


@given("the event:")
def given_event(events: list[dict[str, Any]], docstring: str) -> None:
    """One event as a YAML (or JSON) mapping; ``id`` defaults to ``e<n>``."""
    _add(events, yaml.safe_load(docstring))


@given("the events:")
def given_events(events: list[dict[str, Any]], docstring: str) -> None:
    """Several events as a YAML (or JSON) list."""
    data = yaml.safe_load(docstring)
    assert isinstance(data, list), "the doc-string must hold a YAML list of events"
    for event in data:
        _add(events, event)


@given(parsers.parse('the events of "{path}"'))
def given_events_file(events: list[dict[str, Any]], path: str) -> None:
    """The events of a JSON Lines file, relative to the repository root."""
    for n, line in enumerate((REPO / path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                _add(events, json.loads(line))
            except json.JSONDecodeError as exc:
                pytest.fail(f"{path}:{n}: not JSON: {exc}", pytrace=False)


# --- When ------------------------------------------------------------------------------------


@given(parsers.parse('the list snapshot "{path}"'))
def list_snapshot(snapshots: list[Path], path: str) -> None:
    """Screen against this snapshot (e.g. a historical list with a lapsed regime's records)."""
    assert (REPO / path).is_file(), f"no list snapshot {path}"
    snapshots.append(REPO / path)


@when("the events are checked", target_fixture="report")
def check(engine: Engine, events: list[dict[str, Any]], snapshots: list[Path]) -> Report:
    assert events, "no events were given"
    if snapshots:
        # The same compiled rules, screened against the given snapshots only.
        return engine.with_designations(Designations.load(snapshots)).check(events)
    return engine.check(events)


# --- Then: findings --------------------------------------------------------------------------


@then(parsers.re(r'there is a violation of "(?P<rule_id>[^"]+)"' + FOR_EVENT))
def violation(report: Report, rule_id: str, event_id: str | None) -> None:
    found = _of(report.findings, rule_id, event_id)
    if not any(f.severity == "violation" for f in found):
        _fail(f"expected a violation of {_where(rule_id, event_id)}", report)


@then(parsers.re(r'there is a review finding for "(?P<rule_id>[^"]+)"' + FOR_EVENT))
def review(report: Report, rule_id: str, event_id: str | None) -> None:
    found = _of(report.findings, rule_id, event_id)
    if not any(f.severity == "review" for f in found):
        _fail(f"expected a review finding for {_where(rule_id, event_id)}", report)


@then(parsers.re(r'there is no finding for "(?P<rule_id>[^"]+)"' + FOR_EVENT))
def no_finding(report: Report, rule_id: str, event_id: str | None) -> None:
    """Neither a finding nor an exempted one: the rule does not reach the event at all."""
    _no_rejections(report)
    if _of(report.findings, rule_id, event_id) or _of(report.exempted, rule_id, event_id):
        _fail(f"expected no finding for {_where(rule_id, event_id)}", report)


@then(parsers.parse('there is no finding for event "{event_id}"'))
def no_finding_for_event(report: Report, event_id: str) -> None:
    _no_rejections(report)
    if any(event_id in f.event_ids for f in [*report.findings, *report.exempted]):
        _fail(f'expected no finding for event "{event_id}"', report)


@then("there are no findings")
def no_findings(report: Report) -> None:
    _no_rejections(report)
    if report.findings or report.exempted:
        _fail("expected no findings", report)


@then(parsers.re(r'the finding for "(?P<rule_id>[^"]+)"' + FOR_EVENT
                 + r' cites resolution (?P<resolution>\d+) paragraph "(?P<paragraph>[^"]+)"'
                 + r'(?: marked "(?P<status>[^"]+)")?'))
def cites(report: Report, rule_id: str, event_id: str | None, resolution: str, paragraph: str,
          status: str | None) -> None:
    f = _one(report, rule_id, event_id)
    hits = [c for c in f.citations if c.resolution == int(resolution) and c.paragraph == paragraph]
    if not hits:
        _fail(f"{_where(rule_id, event_id)} does not cite {resolution} OP{paragraph}", report)
    if status is not None and hits[0].status != status:
        _fail(f"{_where(rule_id, event_id)} cites {resolution} OP{paragraph} as "
              f"{hits[0].status!r}, not {status!r}", report)


@then(parsers.re(r'the finding for "(?P<rule_id>[^"]+)"' + FOR_EVENT
                 + r" does not cite resolution (?P<resolution>\d+)"))
def does_not_cite(report: Report, rule_id: str, event_id: str | None, resolution: str) -> None:
    f = _one(report, rule_id, event_id)
    if any(c.resolution == int(resolution) for c in f.citations):
        _fail(f"{_where(rule_id, event_id)} cites resolution {resolution}", report)


@then(parsers.re(r'the review finding for "(?P<rule_id>[^"]+)"' + FOR_EVENT
                 + r' names "(?P<text>[^"]+)" as missing'))
def names_missing(report: Report, rule_id: str, event_id: str | None, text: str) -> None:
    f = _one(report, rule_id, event_id)
    if f.severity != "review" or not any(text in m for m in f.explanation.missing):
        _fail(f"{_where(rule_id, event_id)} is not a review naming {text!r} as missing "
              f"(missing: {f.explanation.missing})", report)


@then(parsers.re(r'the explanation of "(?P<rule_id>[^"]+)"' + FOR_EVENT
                 + r' mentions "(?P<text>[^"]+)"'))
def explanation_mentions(report: Report, rule_id: str, event_id: str | None, text: str) -> None:
    f = _one(report, rule_id, event_id)
    e = f.explanation
    said = [e.text, *e.missing, *(c.note for c in e.conditions if c.note)]
    if not any(text in s for s in said):
        _fail(f"the explanation of {_where(rule_id, event_id)} does not mention {text!r}:\n"
              + "\n".join(f"  {s}" for s in said), report)


@then("the findings include:")
def findings_include(report: Report, docstring: str) -> None:
    """Each listed finding partially matches some finding's JSON form (see partial_compare)."""
    _include(report.findings, docstring, report, "findings")


@then("the exempted findings include:")
def exempted_include(report: Report, docstring: str) -> None:
    _include(report.exempted, docstring, report, "exempted findings")


# --- Then: exemptions ------------------------------------------------------------------------


@then(parsers.re(r'"(?P<rule_id>[^"]+)" is lifted by exemption "(?P<exemption_id>[^"]+)"'
                 + FOR_EVENT))
def lifted(report: Report, rule_id: str, exemption_id: str, event_id: str | None) -> None:
    if _of(report.findings, rule_id, event_id):
        _fail(f"{_where(rule_id, event_id)} is still a finding; expected it lifted by "
              f"{exemption_id}", report)
    for f in _of(report.exempted, rule_id, event_id):
        if any(e.id == exemption_id and e.applies for e in f.explanation.exemptions):
            return
    _fail(f"{_where(rule_id, event_id)} is not lifted by exemption {exemption_id}", report)


@then(parsers.re(r'the exemption "(?P<exemption_id>[^"]+)" was weighed and did not apply for '
                 r'"(?P<rule_id>[^"]+)"' + FOR_EVENT + r'(?: because "(?P<why>[^"]+)")?'))
def not_applied(report: Report, exemption_id: str, rule_id: str, event_id: str | None,
                why: str | None) -> None:
    """The rule stands as a finding; the exemption is in its explanation, not applying."""
    f = _one(report, rule_id, event_id)
    weighed = [e for e in f.explanation.exemptions if e.id == exemption_id]
    if not weighed:
        _fail(f"exemption {exemption_id} was not weighed for {_where(rule_id, event_id)}", report)
    if weighed[0].applies:
        _fail(f"exemption {exemption_id} applies to {_where(rule_id, event_id)}", report)
    if why is not None and why not in weighed[0].why:
        _fail(f"exemption {exemption_id}: why {weighed[0].why!r} does not say {why!r}", report)


# --- Then: list screening --------------------------------------------------------------------


@then(parsers.parse('the screening of event "{event_id}" notes "{reference}" as "{status}"'))
def screening_notes(report: Report, event_id: str, reference: str, status: str) -> None:
    seen = [h for h in report.screening if h.event_id == event_id]
    if any(h.reference == reference and h.status == status for h in seen):
        return
    found = ", ".join(f"{h.reference} {h.status} ({h.band} {h.score})" for h in seen) or "none"
    _fail(f'event "{event_id}": no {reference} noted as {status}; screening found: {found}',
          report)


@then(parsers.parse('the screening of event "{event_id}" shows "{reference}" listed for '
                    '"{measures}" only'))
def screening_scope(report: Report, event_id: str, reference: str, measures: str) -> None:
    """The record's own listing scope, as the report's screening row carries it."""
    seen = [h for h in report.screening if h.event_id == event_id and h.reference == reference]
    want = sorted(m.strip() for m in measures.split(","))
    if any(h.scope is not None and h.scope["read"] == "named" and h.scope["measures"] == want
           for h in seen):
        return
    _fail(f'event "{event_id}": {reference} is not listed for {want} only; scopes: '
          + "; ".join(str(h.scope) for h in seen), report)


@then(parsers.parse('the screening of event "{event_id}" shows "{reference}" listed for every '
                    'measure'))
def screening_every_measure(report: Report, event_id: str, reference: str) -> None:
    seen = [h for h in report.screening if h.event_id == event_id and h.reference == reference]
    if seen and all(h.scope is None or h.scope["measures"] is None for h in seen):
        return
    _fail(f'event "{event_id}": {reference} not matched, or not listed for every measure: '
          + "; ".join(str(h.scope) for h in seen), report)


@then(parsers.parse('the screening of event "{event_id}" finds nothing'))
def screening_nothing(report: Report, event_id: str) -> None:
    seen = [h for h in report.screening if h.event_id == event_id]
    if seen:
        _fail(f'event "{event_id}" matched: ' + "; ".join(h.text for h in seen), report)


# --- Then: rejections ------------------------------------------------------------------------


@then(parsers.parse('the event "{event_id}" is rejected naming field "{field}"'))
def rejected(report: Report, event_id: str, field: str) -> None:
    for r in report.rejected:
        if r.id == event_id:
            if any(e.field == field for e in r.errors):
                return
            _fail(f'event "{event_id}" is rejected, but not for field "{field}"', report)
    _fail(f'event "{event_id}" is not rejected', report)


# --- a "BDD scenario" section in failure reports (as qutebrowser's end2end conftest) ----------

_SCENARIO = pytest.StashKey[Any]()
_FAILED_STEP = pytest.StashKey[Any]()


def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature: Any,
                               scenario: Any) -> None:
    request.node.stash[_SCENARIO] = (feature, scenario)


def pytest_bdd_step_error(request: pytest.FixtureRequest, step: Any) -> None:
    request.node.stash[_FAILED_STEP] = step


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]
                              ) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    stashed = item.stash.get(_SCENARIO, None)
    if stashed is not None and report.when == "call" and report.failed:
        feature, scenario = stashed
        failed = item.stash.get(_FAILED_STEP, None)
        lines = [f"Feature: {feature.name} ({feature.rel_filename})",
                 f"Scenario: {scenario.name} (line {scenario.line_number})"]
        for step in scenario.steps:
            mark = "  <-- failed" if step is failed else ""
            lines.append(f"  {step.keyword} {step.name}{mark}")
            if step.docstring:
                lines += ['    """', *(f"    {s}" for s in step.docstring.splitlines()), '    """']
        report.sections.append(("BDD scenario", "\n".join(lines)))
    return report
