"""The Markdown report, for tickets and wikis.

Markdown is text, not HTML: every value from the input goes through ``_md``, which writes
``<``, ``>`` and ``&`` as entities and backslash-escapes the Markdown punctuation (links,
images, emphasis, code, tables, headings), so ``<img onerror=...>`` and
``[x](javascript:...)`` show as text in a ticket system that renders inline HTML.
"""


from __future__ import annotations

import re
from typing import Any

from .facts import event_facts
from .models import Finding, Report
from .text import _by_event, _header, clearing_lines

_PUNCT = re.compile(r"([\\`*\[\]|~])")


def _md(text: Any) -> str:
    """Input text as inert Markdown on one line (safe inside a table cell)."""
    s = " ".join(str(text).split())
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _PUNCT.sub(r"\\\1", s)


def _decision(f: Finding) -> str:
    d = f.decision
    if d is None:
        return ""
    until = f" until {d.until}" if d.until else ""
    return f"**{d.decision}** by {_md(d.by)} on {d.on}{until}: {_md(d.why)}"


def _event_block(r: Report, event_id: str, findings: list[Finding], exempted: bool
                 ) -> list[str]:
    event = r.events.get(event_id)
    out = ["", f"### Event {_md(event_id)}" + (" (exempted)" if exempted else ""), ""]
    if event is None:
        out.append("- from an earlier batch: known from the state only")
    else:
        out += [f"- **{label}**: {_md(value)}" for label, value in event_facts(event)]
    out.append("")
    for f in findings:
        label = "EXEMPTED" if exempted else f.severity.upper()
        out.append(f"- **{label}** `{f.rule_id}` {_md(f.title)} (id `{f.id}`)")
        if f.decision is not None:
            out.append(f"  - decision: {_decision(f)}")
        cites = "; ".join(_md(c.short()) for c in f.citations)
        out.append(f"  - {cites}")
        out.append(f"  - {_md(f.explanation.text)}")
        for e in f.explanation.exemptions:
            if exempted and e.applies:
                out.append(f"  - lifted by `{e.id}`: {_md(e.why)}")
        if not exempted:
            out += [f"  - {_md(line)}" for line in clearing_lines(f)]
    return out


def _markdown(r: Report) -> str:
    h = _header(r)
    lines = ["# Sanctions check report", "", *(f"- {_md(line)}" for line in h)]
    if r.findings:
        lines += ["", "## Findings", "", "| id | event | severity | rule | citations | "
                  "decision | explanation |", "|---|---|---|---|---|---|---|"]
        for f in r.findings:
            cites = "<br>".join(_md(c.short()) for c in f.citations)
            dec = f.decision.decision if f.decision is not None else ""
            lines.append(f"| `{f.id}` | {_md(f.event_ids[0])} | {f.severity} | `{f.rule_id}` | "
                         f"{cites} | {dec} | {_md(f.explanation.text)} |")
        lines += ["", "## Events with findings"]
        for event_id, group in _by_event(r.findings).items():
            lines += _event_block(r, event_id, group, exempted=False)
    if r.exempted:
        lines += ["", "## Exempted", "", "Within a rule's reach, lifted by an exemption: "
                  "not violations."]
        for event_id, group in _by_event(r.exempted).items():
            lines += _event_block(r, event_id, group, exempted=True)
    notes = [h for h in r.screening if h.status != "in_force"]
    if notes:
        lines += ["", "## Screening notes", "", "| event | party or vessel | status | match |",
                  "|---|---|---|---|"]
        for n in notes:
            lines.append(f"| {_md(n.event_id)} | {_md(n.path)} | "
                         f"{n.status.replace('_', ' ')} | {_md(n.text)} |")
    d = r.decisions
    if d is not None and (d.stale or d.expired):
        lines += ["", "## Decisions not applied", "", "| finding | decision | by | on | why |",
                  "|---|---|---|---|---|"]
        for kind, ds in (("stale", d.stale), ("expired", d.expired)):
            for x in ds:
                lines.append(f"| `{x.finding}` | {x.decision} ({kind}) | {_md(x.by)} | {x.on} | "
                             f"{_md(x.why)} |")
    if r.rejected:
        lines += ["", "## Rejected", "", "| file | line | id | field | message |",
                  "|---|---|---|---|---|"]
        for rej in r.rejected:
            for err in rej.errors:
                lines.append(f"| {_md(rej.file or '')} | {rej.line} | {_md(rej.id or '')} | "
                             f"{_md(err.field)} | {_md(err.message)} |")
    return "\n".join(lines) + "\n"
