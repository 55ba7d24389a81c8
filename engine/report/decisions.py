"""Reviewer decisions remembered between runs (``check --decisions FILE``).

A decisions file (YAML or JSON) is a list of ``{finding, decision, by, on, why, until?}``;
``finding`` is a finding's stable ``id`` (``finding_ids``). A decision applies to the finding
with that id; one whose id no longer appears (the facts changed) is *stale* and never applied;
one past its ``until`` date is *expired* and no longer applies. Of several decisions on one
finding, the latest ``on`` wins (the later in the file on a tie). An entry whose ``decision``
is empty (a template not yet filled in) is skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from .._yaml import YamlProblem, load_yaml
from ..errors import DecisionsError
from .models import DecisionOut, DecisionRef, DecisionsOut, Finding, Report

__all__ = ["Decision", "apply_decisions", "decide", "decisions_schema", "load_decisions",
           "template"]

FINDING_ID = r"^F-[0-9a-f]{20}$"
Verdict = Literal["dismissed", "confirmed", "escalated"]


class Decision(BaseModel):
    """A reviewer's decision on one finding."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    finding: Annotated[str, Field(pattern=FINDING_ID, description="the finding's id")]
    decision: Verdict
    by: Annotated[str, Field(min_length=1, description="who decided")]
    on: Annotated[date, Field(description="when (YYYY-MM-DD)")]
    why: Annotated[str, Field(min_length=1, description="the reason, for the audit trail")]
    until: Annotated[date | None, Field(description="last day the decision holds")] = None


_LIST = TypeAdapter(list[Decision])


def decisions_schema() -> dict[str, Any]:
    """The JSON Schema of a decisions file."""
    schema = _LIST.json_schema()
    schema["title"] = "sanctions-engine decisions file"
    return schema


def _where(loc: tuple[Any, ...]) -> tuple[int | None, str]:
    index = loc[0] if loc and isinstance(loc[0], int) else None
    key = ".".join(str(p) for p in loc[1:]) or "(entry)"
    return index, key


def load_decisions(path: str | Path) -> list[Decision]:
    """The decisions of a YAML or JSON file; ``DecisionsError`` names file, line and key."""
    shown = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DecisionsError(f"cannot read: {exc}", file=shown) from None
    lines: dict[tuple[Any, ...], int] = {}
    if shown.endswith(".json"):
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise DecisionsError(f"not JSON: {exc}", file=shown) from None
    else:
        try:
            data, lines = load_yaml(text)
        except YamlProblem as exc:
            raise DecisionsError(exc.message, file=shown, line=exc.line) from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise DecisionsError("a decisions file is a list of {finding, decision, by, on, why}",
                             file=shown, line=1)
    keep = [(i, d) for i, d in enumerate(data)
            if not (isinstance(d, dict) and d.get("decision") in (None, ""))]
    try:
        return _LIST.validate_python([d for _, d in keep])
    except ValidationError as exc:
        err = exc.errors()[0]
        index, key = _where(tuple(err["loc"]))
        original = keep[index][0] if index is not None else None
        line = lines.get((original,)) if original is not None else None
        msg = str(err["msg"]).removeprefix("Value error, ")
        raise DecisionsError(f"entry {original + 1 if original is not None else '?'}, "
                             f"{key}: {msg}", file=shown, line=line) from None


def _ref(d: Decision) -> DecisionRef:
    return DecisionRef(finding=d.finding, decision=d.decision, by=d.by, on=d.on.isoformat(),
                       why=d.why, until=d.until.isoformat() if d.until else None)


def _out(d: Decision) -> DecisionOut:
    return DecisionOut(decision=d.decision, by=d.by, on=d.on.isoformat(), why=d.why,
                       until=d.until.isoformat() if d.until else None)


def decide(decisions: Sequence[Decision], finding_ids: Iterable[str], as_of: date
           ) -> tuple[dict[str, Decision], list[Decision], list[Decision]]:
    """The decision in force on ``as_of`` for each finding id, the stale decisions (no such
    finding) and the expired ones (past ``until``)."""
    known = set(finding_ids)
    chosen: dict[str, tuple[int, Decision]] = {}
    stale: list[Decision] = []
    expired: list[Decision] = []
    for n, d in enumerate(decisions):
        if d.finding not in known:
            stale.append(d)
            continue
        if d.until is not None and d.until < as_of:
            expired.append(d)
            continue
        best = chosen.get(d.finding)
        if best is None or (d.on, n) >= (best[1].on, best[0]):
            chosen[d.finding] = (n, d)
    return {k: d for k, (_, d) in chosen.items()}, stale, expired


def apply_decisions(report: Report, decisions: Sequence[Decision], as_of: date,
                    file: str | None = None) -> Report:
    """The report with each decided finding (and exempted one) marked, the undecided
    findings counted and the decisions not applied listed."""
    ids = [f.id for f in (*report.findings, *report.exempted)]
    applied, stale, expired = decide(decisions, ids, as_of)

    def mark(f: Finding) -> Finding:
        d = applied.get(f.id)
        return f if d is None else f.model_copy(update={"decision": _out(d)})

    findings = [mark(f) for f in report.findings]
    undecided = sum(f.decision is None for f in findings)
    outcome = DecisionsOut(file=file, as_of=as_of.isoformat(), applied=len(applied),
                           undecided=undecided, stale=[_ref(d) for d in stale],
                           expired=[_ref(d) for d in expired])
    return report.model_copy(update={
        "findings": findings, "exempted": [mark(f) for f in report.exempted],
        "summary": report.summary.model_copy(update={"undecided": undecided}),
        "decisions": outcome})


def _scalar(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML scalar


def template(report: dict[str, Any]) -> str:
    """A decisions file to fill in (YAML) for every finding of a JSON report."""
    out = ["# Decisions for sanctions-engine findings. Fill in decision (dismissed, confirmed",
           "# or escalated), by, on (YYYY-MM-DD), why and, optionally, until (YYYY-MM-DD).",
           "# Entries left without a decision are skipped. Use with: check --decisions FILE",
           ""]
    findings = report.get("findings")
    if not isinstance(findings, list):
        raise DecisionsError("not a JSON report: no findings list")
    for f in findings:
        if not isinstance(f, dict) or "id" not in f:
            raise DecisionsError("a finding has no id: write the report with this version")
        events = ", ".join(str(e) for e in f.get("event_ids", []))
        note = f"{events}: {f.get('severity')} {f.get('rule_id')} - {f.get('title', '')}"
        out.append("# " + " ".join(note.split()))  # one comment line, whatever the input
        out += [f"- finding: {_scalar(f['id'])}", "  decision:", "  by:", "  on:", "  why:", ""]
    return "\n".join(out) + ("" if findings else "[]\n")
