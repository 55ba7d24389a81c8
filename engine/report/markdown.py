"""The Markdown report, for tickets and wikis."""


from __future__ import annotations

from typing import Any

from .models import Report
from .text import _header


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
