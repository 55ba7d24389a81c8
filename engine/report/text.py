"""The text report, for a person at a terminal."""


from __future__ import annotations

from typing import Any

from .models import Finding, Report


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
