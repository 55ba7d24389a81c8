"""The report: findings, rejections and summary as data, and its renderers (the *report* step).

The JSON form is the contract (``shared/contract/report.md``); text and markdown are rendered
from the same data. Nothing here reads a clock: the same input gives the same bytes.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "ChainOut",
    "CitationOut",
    "ConditionOut",
    "ContributionOut",
    "ExemptionOut",
    "Explanation",
    "FieldError",
    "Finding",
    "InForce",
    "ListOut",
    "Rejection",
    "Report",
    "ScreeningOut",
    "Summary",
    "TotalOut",
]

STATUS_TEXT = {
    "verified": "",
    "content-verified": " [paragraph number not independently verified]",
    "unconfirmed": " [paragraph number unconfirmed]",
}


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True, populate_by_name=True)


class CitationOut(_Out):
    """A cited paragraph, with the status of its number."""

    symbol: str
    resolution: int
    year: int
    paragraph: str
    status: Literal["verified", "content-verified", "unconfirmed"]

    def short(self) -> str:
        """``S/RES/1718 (2006) OP8(b)`` plus a warning when the number is not verified."""
        return f"{self.symbol} OP{self.paragraph}{STATUS_TEXT[self.status]}"


class ConditionOut(_Out):
    """One condition: field, operator, expected and actual value."""

    field: str
    op: str
    expected: Any
    actual: Any
    note: str | None = None


class InForce(_Out):
    """An interval of days, both ends included; ``until`` null while in force."""

    from_: str = Field(alias="from")
    until: str | None


class ExemptionOut(_Out):
    """An exemption weighed, and why it did or did not lift the rule."""

    id: str
    summary: str
    applies: bool
    why: str
    citations: list[CitationOut] = Field(default_factory=list)
    conditions: list[ConditionOut] = Field(default_factory=list)


class ContributionOut(_Out):
    """One event counted toward a cap, and the running total after it."""

    event_id: str
    date: str
    quantity: Any
    unit: str
    running_total: Any


class ChainOut(_Out):
    """One event of a chain of linked events, and what ties it to the others."""

    event_id: str
    date: str
    type: str
    vessel: str


class Explanation(_Out):
    """Why a rule matched, as data, with one sentence rendered from it."""

    text: str
    conditions: list[ConditionOut]
    in_force: InForce
    stage: InForce
    exemptions: list[ExemptionOut]
    missing: list[str] = Field(default_factory=list)
    contributions: list[ContributionOut] = Field(default_factory=list)
    chain: list[ChainOut] = Field(default_factory=list)


class TotalOut(_Out):
    """A cap's total so far in one period, and its share of the limit."""

    cap_id: str
    period: InForce
    unit: str
    total: Any
    limit: Any
    share: float
    events: int


class Finding(_Out):
    """One (event, rule) match."""

    rule_id: str
    severity: Literal["violation", "review"]
    event_ids: list[str]
    regime: str
    title: str
    citations: list[CitationOut]
    explanation: Explanation
    rule_source: str


class FieldError(_Out):
    """What is wrong with one field of a rejected event."""

    field: str
    message: str


class Rejection(_Out):
    """An event that could not be checked, with every reason."""

    line: int | None
    id: str | None
    errors: list[FieldError]
    file: str | None = None


class Summary(_Out):
    """Counts for the whole batch."""

    events: int
    checked: int
    rejected: int
    findings: int
    by_severity: dict[str, int]
    exempted: int = 0


class EngineInfo(_Out):
    """Which engine wrote the report."""

    name: str = "sanctions-engine"
    version: str


class RulebookInfo(_Out):
    """Which rules judged the batch."""

    fingerprint: str
    rules: int
    regimes: list[str]


class ListOut(_Out):
    """A designation list the batch was screened against (enough to fetch the same bytes)."""

    name: str
    source: str | None
    generated: str
    sha256: str
    records: int
    thresholds: dict[str, float]  # the match scores for strong (violation) and weak (review)


class ScreeningOut(_Out):
    """A party or vessel of an event that matched a listed record, and what that means on the
    event's date: ``in_force`` (a rule may act on it), ``designated_later`` (listed after the
    event: no finding), ``delisted``, ``possibly_delisted`` (removed around the event's date)."""

    event_id: str
    path: str
    list: str
    reference: str
    listed_name: str
    regime: str
    band: Literal["strong", "weak"]
    score: float
    status: Literal["in_force", "designated_later", "delisted", "possibly_delisted"]
    listed_on: str
    removed_by: str | None = None
    text: str
    match: dict[str, Any]


class Report(_Out):
    """The result of checking one batch."""

    engine: EngineInfo
    rulebook: RulebookInfo
    summary: Summary
    findings: list[Finding]
    rejected: list[Rejection]
    exempted: list[Finding] = Field(default_factory=list)
    totals: list[TotalOut] = Field(default_factory=list)
    lists: list[ListOut] = Field(default_factory=list)
    screening: list[ScreeningOut] = Field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON document as Python data."""
        return self.model_dump(mode="json", by_alias=True)

    def to_json(self, indent: int | None = 2) -> str:
        """The contract's JSON document."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent) + "\n"

    def render(self, fmt: str = "text") -> str:
        """``text``, ``json``, ``markdown`` or ``html``."""
        if fmt == "json":
            return self.to_json()
        if fmt == "html":
            from .report_html import render_html

            return render_html(self)
        if fmt == "markdown":
            return _markdown(self)
        if fmt == "text":
            return _text(self)
        raise ValueError(f"unknown format {fmt!r}")


def _fmt(value: Any) -> str:
    """A condition's operand or value as a person reads it."""
    if isinstance(value, dict) and set(value) == {"from", "until"}:
        return f"{value['from']} to {value['until'] or 'now'}"
    if isinstance(value, dict) and "reference" in value and "band" in value:
        return f"{value['reference']} ({value['band']}, score {value['score']})"  # a list match
    if isinstance(value, list):
        return "[" + ", ".join(_fmt(v) for v in value) + "]"
    return "-" if value is None else str(value)


def _by_event(findings: list[Finding]) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for f in findings:
        out.setdefault(f.event_ids[0], []).append(f)
    return out


def _header(r: Report) -> list[str]:
    s = r.summary
    sev = ", ".join(f"{k} {v}" for k, v in sorted(s.by_severity.items())) or "none"
    out = [
        f"sanctions-engine {r.engine.version} - rulebook {r.rulebook.fingerprint[:19]}... "
        f"({r.rulebook.rules} rules: {', '.join(r.rulebook.regimes)})",
        f"{s.events} events: {s.checked} checked, {s.rejected} rejected; "
        f"{s.findings} findings ({sev}); {s.exempted} exempted",
    ]
    if r.lists:
        out.append("screened against " + "; ".join(
            f"{x.name} {x.generated} ({x.records} records, sha256 {x.sha256[:12]}...)"
            for x in r.lists))
    return out


def _text(r: Report) -> str:
    lines = _header(r)
    for event_id, findings in _by_event(r.findings).items():
        lines += ["", f"Event {event_id}"]
        for f in findings:
            lines.append(f"  {f.severity.upper():9} {f.rule_id} - {f.title}")
            for c in f.citations:
                lines.append(f"            {c.short()}")
            lines.append(f"            in force {f.explanation.stage.from_} to "
                         f"{f.explanation.stage.until or 'now'}")
            lines.append(f"            {f.explanation.text}")
            for cond in f.explanation.conditions:
                note = f"  ({cond.note})" if cond.note else ""
                lines.append(f"              - {cond.field} {cond.op.replace('_', ' ')} "
                             f"{_fmt(cond.expected)}: {_fmt(cond.actual)}{note}")
            for link in f.explanation.chain:
                lines.append(f"              chain: {link.event_id} {link.date} {link.type} "
                             f"({link.vessel})")
            for con in f.explanation.contributions:
                lines.append(f"              + {con.event_id} {con.date}: {con.quantity} "
                             f"{con.unit} -> {con.running_total}")
            for e in f.explanation.exemptions:
                lines.append(f"              exemption {e.id} ({e.summary}): "
                             f"{'APPLIES' if e.applies else 'does not apply'} - {e.why}")
    if r.totals:
        lines += ["", "Totals toward caps"]
        for t in r.totals:
            lines.append(f"  {t.cap_id} {t.period.from_} to {t.period.until or 'now'}: "
                         f"{t.total} of {t.limit} {t.unit} ({t.share}%), {t.events} events")
    notes = [h for h in r.screening if h.status != "in_force"]
    if notes:
        lines += ["", "Screening notes (matches that do not count on the event's date)"]
        for h in notes:
            lines.append(f"  {h.event_id} {h.path}: {h.status.replace('_', ' ')} - {h.text}")
    if r.exempted:
        lines += ["", "Exempted (within a rule's reach, lifted by an exemption)"]
        for f in r.exempted:
            lifted = [e for e in f.explanation.exemptions if e.applies]
            lines.append(f"  {f.event_ids[0]}: {f.rule_id} lifted by "
                         f"{', '.join(e.id for e in lifted)} - {lifted[0].why if lifted else ''}")
    if r.rejected:
        lines += ["", "Rejected"]
        for rej in r.rejected:
            where = f"{rej.file}:{rej.line}" if rej.file else f"line {rej.line}"
            for err in rej.errors:
                lines.append(f"  {where} (id {rej.id or '?'}): {err.field}: {err.message}")
    if not r.findings and not r.rejected:
        lines += ["", "No findings."]
    return "\n".join(lines) + "\n"


def _md(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _markdown(r: Report) -> str:
    h = _header(r)
    lines = ["# Sanctions check report", "", *(f"- {line}" for line in h)]
    if r.findings:
        lines += ["", "## Findings", "", "| event | severity | rule | citations | explanation |",
                  "|---|---|---|---|---|"]
        for f in r.findings:
            cites = "<br>".join(_md(c.short()) for c in f.citations)
            lines.append(f"| {_md(f.event_ids[0])} | {f.severity} | `{f.rule_id}` | {cites} | "
                         f"{_md(f.explanation.text)} |")
    if r.exempted:
        lines += ["", "## Exempted", ""]
        for f in r.exempted:
            lifted = ", ".join(e.id for e in f.explanation.exemptions if e.applies)
            lines.append(f"- {_md(f.event_ids[0])}: `{f.rule_id}` lifted by `{lifted}`")
    notes = [h for h in r.screening if h.status != "in_force"]
    if notes:
        lines += ["", "## Screening notes", "", "| event | party or vessel | status | match |",
                  "|---|---|---|---|"]
        for n in notes:
            lines.append(f"| {_md(n.event_id)} | {n.path} | {n.status.replace('_', ' ')} | "
                         f"{_md(n.text)} |")
    if r.rejected:
        lines += ["", "## Rejected", "", "| file | line | id | field | message |",
                  "|---|---|---|---|---|"]
        for rej in r.rejected:
            for err in rej.errors:
                lines.append(f"| {_md(rej.file or '')} | {rej.line} | {_md(rej.id or '')} | "
                             f"{_md(err.field)} | {_md(err.message)} |")
    return "\n".join(lines) + "\n"
