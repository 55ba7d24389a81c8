"""The text report, for a person at a terminal.

Each event with findings is introduced by its own facts; each finding shows its id, its
decision (with ``--decisions``), citations with their status, the conditions, the exemptions
weighed and one line per way it could be cleared. Text from the input is defanged (``_t``):
``<``/``>`` become ``&lt;``/``&gt;`` and a Markdown link's ``](`` becomes ``]\\(``, so a
report pasted into a ticket system that renders HTML or Markdown shows the text, never runs it.
"""


from __future__ import annotations

from typing import Any

from .facts import event_facts
from .models import Finding, Report


def _t(value: Any) -> str:
    """Input text made inert for HTML and Markdown renderers, still readable as text."""
    return str(value).replace("<", "&lt;").replace(">", "&gt;").replace("](", "]\\(")


def _fmt(value: Any) -> str:
    """A condition's operand or value as a person reads it."""
    if isinstance(value, dict) and set(value) == {"from", "until"}:
        return f"{value['from']} to {value['until'] or 'now'}"
    if isinstance(value, dict) and "reference" in value and "band" in value:
        return f"{_t(value['reference'])} ({value['band']}, score {value['score']})"
    if isinstance(value, list):
        return "[" + ", ".join(_fmt(v) for v in value) + "]"
    return "-" if value is None else _t(value)


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
        f"{s.findings} findings ({sev}); {s.exempted} exempted"
        + (f"; {s.undecided} undecided" if s.undecided is not None else ""),
    ]
    if r.lists:
        out.append("screened against " + "; ".join(
            f"{x.name} {x.generated} ({x.records} records, sha256 {x.sha256[:12]}...)"
            for x in r.lists))
    return out


def clearing_lines(f: Finding) -> list[str]:
    """One line per way the finding could be cleared, then the measure's dates (plain text)."""
    c = f.clearing
    if c is None:
        return []
    out = [f"clear with {'; '.join(x.needs)} ({x.exemption})" for x in c.exemptions]
    out.append(f"measure in force from {c.in_force_from}"
               + (f", lapses after {c.lapses}" if c.lapses else ", no end date"))
    return out


def _finding_lines(f: Finding, exempted: bool = False) -> list[str]:
    label = "EXEMPTED" if exempted else f.severity.upper()
    lines = [f"  {label:9} {f.rule_id} - {f.title}", f"            id {f.id}"]
    if f.decision is not None:
        d = f.decision
        until = f" until {d.until}" if d.until else ""
        lines.append(f"            decision: {d.decision.upper()} by {_t(d.by)} on {d.on}"
                     f"{until}: {_t(d.why)}")
    for c in f.citations:
        lines.append(f"            {c.short()}")
    lines.append(f"            in force {f.explanation.stage.from_} to "
                 f"{f.explanation.stage.until or 'now'}")
    lines.append(f"            {_t(f.explanation.text)}")
    for cond in f.explanation.conditions:
        note = f"  ({_t(cond.note)})" if cond.note else ""
        lines.append(f"              - {cond.field} {cond.op.replace('_', ' ')} "
                     f"{_fmt(cond.expected)}: {_fmt(cond.actual)}{note}")
    for link in f.explanation.chain:
        lines.append(f"              chain: {_t(link.event_id)} {link.date} {link.type} "
                     f"({_t(link.vessel)})")
    for con in f.explanation.contributions:
        lines.append(f"              + {_t(con.event_id)} {con.date}: {con.quantity} "
                     f"{con.unit} -> {con.running_total}")
    for e in f.explanation.exemptions:
        lines.append(f"              exemption {e.id} ({e.summary}): "
                     f"{'APPLIES' if e.applies else 'does not apply'} - {_t(e.why)}")
    if not exempted:
        lines += [f"              {_t(line)}" for line in clearing_lines(f)]
    return lines


def _event_lines(r: Report, event_id: str) -> list[str]:
    event = r.events.get(event_id)
    out = ["", f"Event {_t(event_id)}"]
    if event is None:
        return [*out, "  (from an earlier batch: known from the state only)"]
    return out + [f"  {label}: {_t(value)}" for label, value in event_facts(event)]


def _text(r: Report) -> str:
    lines = _header(r)
    for event_id, findings in _by_event(r.findings).items():
        lines += _event_lines(r, event_id)
        for f in findings:
            lines += _finding_lines(f)
    if r.totals:
        lines += ["", "Totals toward caps"]
        for t in r.totals:
            lines.append(f"  {t.cap_id} {t.period.from_} to {t.period.until or 'now'}: "
                         f"{t.total} of {t.limit} {t.unit} ({t.share}%), {t.events} events")
    notes = [h for h in r.screening if h.status != "in_force"]
    if notes:
        lines += ["", "Screening notes (matches that do not count on the event's date)"]
        for h in notes:
            lines.append(f"  {_t(h.event_id)} {h.path}: {h.status.replace('_', ' ')} - "
                         f"{_t(h.text)}")
    if r.exempted:
        lines += ["", "Exempted (within a rule's reach, lifted by an exemption: not violations)"]
        for event_id, findings in _by_event(r.exempted).items():
            lines += _event_lines(r, event_id)
            for f in findings:
                lines += _finding_lines(f, exempted=True)
    d = r.decisions
    if d is not None and (d.stale or d.expired):
        lines += ["", "Decisions not applied"]
        for kind, ds in (("stale (no such finding now)", d.stale), ("expired", d.expired)):
            for x in ds:
                lines.append(f"  {x.finding} {x.decision} by {_t(x.by)} on {x.on}: {kind}")
    if r.rejected:
        lines += ["", "Rejected"]
        for rej in r.rejected:
            where = f"{_t(rej.file)}:{rej.line}" if rej.file else f"line {rej.line}"
            for err in rej.errors:
                lines.append(f"  {where} (id {_t(rej.id or '?')}): {_t(err.field)}: "
                             f"{_t(err.message)}")
    if not r.findings and not r.rejected:
        lines += ["", "No findings."]
    return "\n".join(lines) + "\n"
