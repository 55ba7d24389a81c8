"""The report as one self-contained HTML page for analysts (``--format html``).

Rendered from the same data as the JSON: no script, no external resource, no clock, every
value escaped. Findings are grouped by event; each opens to its citations (with their
verification status), the conditions that matched, the list matches, the exemptions weighed,
the contributions to a cap and the chain of linked events.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import ConditionOut, Finding, Report

__all__ = ["render_html"]

_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:72em;color:#1b1b1b;padding:0 1em}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.4em 0}td,th{border:1px solid #ddd;padding:.25em .5em;
text-align:left;vertical-align:top}th{background:#f4f4f4}
details{border:1px solid #ddd;border-radius:4px;margin:.5em 0;padding:.3em .7em}
summary{cursor:pointer}.violation{color:#a40000;font-weight:600}.review{color:#8a5a00;
font-weight:600}.status{font-size:.85em;padding:0 .3em;border-radius:3px;background:#eee}
.unconfirmed{background:#ffe2b3}.content-verified{background:#fff3c4}.verified{background:#dff0d8}
.applies{color:#1d6b1d;font-weight:600}.muted{color:#666}code{font-size:.95em}
"""


def _e(value: Any) -> str:
    return escape("-" if value is None else str(value))


def _value(value: Any) -> str:
    if isinstance(value, dict) and "reference" in value and "band" in value:
        return (f"<b>{_e(value['reference'])}</b> {_e(value.get('listed_name'))} "
                f"({_e(value['band'])}, score {_e(value['score'])})")
    if isinstance(value, dict) and set(value) == {"from", "until"}:
        return f"{_e(value['from'])} to {_e(value['until'] or 'now')}"
    if isinstance(value, list):
        return ", ".join(_value(v) for v in value) or "-"
    return _e(value)


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A table; ``rows`` are cells already rendered (escaped) as HTML."""
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
                   for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _muted(text: Any) -> str:
    return f"<span class=muted>{_e(text)}</span>"


def _condition_rows(conditions: list[ConditionOut]) -> str:
    return _table(["field", "test", "expected", "found", "note"], (
        [f"<code>{_e(c.field)}</code>", _e(c.op.replace("_", " ")), _value(c.expected),
         _value(c.actual), _muted(c.note or "")] for c in conditions))


def _finding(f: Finding) -> str:
    ex = f.explanation
    cites = "<br>".join(
        f"{_e(c.symbol)} OP{_e(c.paragraph)} <span class='status {c.status}'>"
        f"{_e(c.status)}</span>" for c in f.citations)
    parts = [
        f"<details><summary><span class={f.severity}>{_e(f.severity.upper())}</span> "
        f"<code>{_e(f.rule_id)}</code> {_e(f.title)}</summary>",
        f"<p>{_e(ex.text)}</p>",
        f"<p>{cites}<br><span class=muted>text in force {_e(ex.stage.from_)} to "
        f"{_e(ex.stage.until or 'now')}; measure {_e(ex.in_force.from_)} to "
        f"{_e(ex.in_force.until or 'now')}; rule {_e(f.rule_source)}</span></p>",
        _condition_rows(ex.conditions),
    ]
    if ex.missing:
        parts.append("<p>Review needs: " + "; ".join(_e(m) for m in ex.missing) + "</p>")
    if ex.exemptions:
        parts.append(_table(["exemption weighed", "", "why"], (
            [f"<code>{_e(x.id)}</code><br>{_e(x.summary)}",
             "<span class=applies>applies</span>" if x.applies else _muted("does not apply"),
             _e(x.why)] for x in ex.exemptions)))
    if ex.contributions:
        parts.append(_table(["contribution", "date", "quantity", "running total"], (
            [_e(c.event_id), _e(c.date), f"{_e(c.quantity)} {_e(c.unit)}", _e(c.running_total)]
            for c in ex.contributions)))
    if ex.chain:
        parts.append(_table(["linked event", "date", "type", "vessel"], (
            [_e(c.event_id), _e(c.date), _e(c.type), _e(c.vessel)] for c in ex.chain)))
    parts.append("</details>")
    return "\n".join(parts)


def render_html(r: Report) -> str:
    """The whole report as one HTML document."""
    s = r.summary
    sev = ", ".join(f"{k} {v}" for k, v in sorted(s.by_severity.items()))
    out = ["<!DOCTYPE html>", "<html lang=en><head><meta charset=utf-8>",
           "<title>Sanctions check report</title>", f"<style>{_CSS}</style></head><body>",
           "<h1>Sanctions check report</h1>",
           f"<p>sanctions-engine {_e(r.engine.version)}; rulebook "
           f"<code>{_e(r.rulebook.fingerprint)}</code> ({r.rulebook.rules} rules: "
           f"{_e(', '.join(r.rulebook.regimes))})</p>"]
    if r.lists:
        out.append("<p>Screened against: " + "; ".join(
            f"{_e(x.name)} {_e(x.source)} of {_e(x.generated)}, {x.records} records, sha256 "
            f"<code>{_e(x.sha256[:16])}</code>..., strong {_e(x.thresholds.get('strong'))} "
            f"/ weak {_e(x.thresholds.get('weak'))}" for x in r.lists) + "</p>")
    out.append(_table(["events", "checked", "rejected", "findings", "exempted"], [
        [str(s.events), str(s.checked), str(s.rejected), f"{s.findings} ({_e(sev)})",
         str(s.exempted)]]))
    if r.findings:
        out.append("<h2>Findings</h2>")
        by_event: dict[str, list[Finding]] = {}
        for f in r.findings:
            by_event.setdefault(f.event_ids[0], []).append(f)
        for event_id, findings in by_event.items():
            out.append(f"<h3>Event {_e(event_id)}</h3>")
            out.extend(_finding(f) for f in findings)
    else:
        out.append("<p>No findings.</p>")
    notes = [h for h in r.screening if h.status != "in_force"]
    if notes:
        out.append("<h2>Screening notes</h2><p class=muted>Matches that do not count on the "
                   "event's date.</p>")
        out.append(_table(["event", "party or vessel", "status", "match"], (
            [_e(h.event_id), _e(h.path), _e(h.status.replace("_", " ")), _e(h.text)]
            for h in notes)))
    if r.totals:
        out.append("<h2>Totals toward caps</h2>")
        out.append(_table(["cap", "period", "total", "share", "events"], (
            [f"<code>{_e(t.cap_id)}</code>", f"{_e(t.period.from_)} to "
             f"{_e(t.period.until or 'now')}", f"{_e(t.total)} of {_e(t.limit)} {_e(t.unit)}",
             f"{_e(t.share)}%", str(t.events)] for t in r.totals)))
    if r.exempted:
        out.append("<h2>Exempted</h2><p class=muted>Within a rule's reach, lifted by an "
                   "exemption.</p>")
        out.extend(_finding(f) for f in r.exempted)
    if r.rejected:
        out.append("<h2>Rejected</h2>")
        out.append(_table(["file", "line", "id", "field", "message"], (
            [_e(rej.file or ""), _e(rej.line), _e(rej.id), f"<code>{_e(err.field)}</code>",
             _e(err.message)] for rej in r.rejected for err in rej.errors)))
    out.append("<p class=muted>A tool to support compliance work, not legal advice.</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
