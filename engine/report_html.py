"""The report as one self-contained HTML page for analysts (``--format html``).

Rendered from the same data as the JSON: no script, no external resource, no clock, every
value escaped. Findings are grouped by event; each opens to its citations (with their
verification status), the conditions that matched, the list matches, the exemptions weighed,
the contributions to a cap and the chain of linked events.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .report import ConditionOut, Finding, Report

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


def _condition_rows(conditions: list[ConditionOut]) -> str:
    rows = "".join(
        f"<tr><td><code>{_e(c.field)}</code></td><td>{_e(c.op.replace('_', ' '))}</td>"
        f"<td>{_value(c.expected)}</td><td>{_value(c.actual)}</td>"
        f"<td class=muted>{_e(c.note or '')}</td></tr>" for c in conditions)
    return ("<table><tr><th>field</th><th>test</th><th>expected</th><th>found</th>"
            f"<th>note</th></tr>{rows}</table>")


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
        rows = "".join(
            f"<tr><td><code>{_e(x.id)}</code><br>{_e(x.summary)}</td>"
            f"<td class={'applies' if x.applies else 'muted'}>"
            f"{'applies' if x.applies else 'does not apply'}</td><td>{_e(x.why)}</td></tr>"
            for x in ex.exemptions)
        parts.append("<table><tr><th>exemption weighed</th><th></th><th>why</th></tr>"
                     f"{rows}</table>")
    if ex.contributions:
        rows = "".join(f"<tr><td>{_e(c.event_id)}</td><td>{_e(c.date)}</td>"
                       f"<td>{_e(c.quantity)} {_e(c.unit)}</td><td>{_e(c.running_total)}</td></tr>"
                       for c in ex.contributions)
        parts.append("<table><tr><th>contribution</th><th>date</th><th>quantity</th>"
                     f"<th>running total</th></tr>{rows}</table>")
    if ex.chain:
        rows = "".join(f"<tr><td>{_e(c.event_id)}</td><td>{_e(c.date)}</td>"
                       f"<td>{_e(c.type)}</td><td>{_e(c.vessel)}</td></tr>" for c in ex.chain)
        parts.append("<table><tr><th>linked event</th><th>date</th><th>type</th>"
                     f"<th>vessel</th></tr>{rows}</table>")
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
    out.append(f"<table><tr><th>events</th><th>checked</th><th>rejected</th><th>findings</th>"
               f"<th>exempted</th></tr><tr><td>{s.events}</td><td>{s.checked}</td>"
               f"<td>{s.rejected}</td><td>{s.findings} ({_e(sev)})</td><td>{s.exempted}</td>"
               "</tr></table>")
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
        rows = "".join(f"<tr><td>{_e(h.event_id)}</td><td>{_e(h.path)}</td>"
                       f"<td>{_e(h.status.replace('_', ' '))}</td><td>{_e(h.text)}</td></tr>"
                       for h in notes)
        out.append("<h2>Screening notes</h2><p class=muted>Matches that do not count on the "
                   "event's date.</p><table><tr><th>event</th><th>party or vessel</th>"
                   f"<th>status</th><th>match</th></tr>{rows}</table>")
    if r.totals:
        rows = "".join(f"<tr><td><code>{_e(t.cap_id)}</code></td><td>{_e(t.period.from_)} to "
                       f"{_e(t.period.until or 'now')}</td><td>{_e(t.total)} of {_e(t.limit)} "
                       f"{_e(t.unit)}</td><td>{_e(t.share)}%</td><td>{t.events}</td></tr>"
                       for t in r.totals)
        out.append("<h2>Totals toward caps</h2><table><tr><th>cap</th><th>period</th>"
                   f"<th>total</th><th>share</th><th>events</th></tr>{rows}</table>")
    if r.exempted:
        out.append("<h2>Exempted</h2><p class=muted>Within a rule's reach, lifted by an "
                   "exemption.</p>")
        out.extend(_finding(f) for f in r.exempted)
    if r.rejected:
        rows = "".join(
            f"<tr><td>{_e(rej.file or '')}</td><td>{_e(rej.line)}</td><td>{_e(rej.id)}</td>"
            f"<td><code>{_e(err.field)}</code></td><td>{_e(err.message)}</td></tr>"
            for rej in r.rejected for err in rej.errors)
        out.append("<h2>Rejected</h2><table><tr><th>file</th><th>line</th><th>id</th>"
                   f"<th>field</th><th>message</th></tr>{rows}</table>")
    out.append("<p class=muted>A tool to support compliance work, not legal advice.</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
