"""The report as CSV for case-management systems and spreadsheets (``--format csv``).

One row per finding, in the report's order, with a header row (docs/report.md):
``id, event, date, rule, severity, regime, citations, decision, reason``. ``citations`` are
``S/RES/1718 (2006) OP8(b) [verified]`` joined by ``; ``; ``decision`` is empty when the finding
is undecided (or no decisions file was given); ``reason`` is the finding's one sentence.
Exempted findings are not rows (they are not findings). A cell that a spreadsheet would run as
a formula (starting ``=``, ``+``, ``-``, ``@``, tab or carriage return) is prefixed with ``'``.
"""

from __future__ import annotations

import csv
import io

from .models import Report

__all__ = ["COLUMNS", "render_csv"]

COLUMNS = ["id", "event", "date", "rule", "severity", "regime", "citations", "decision",
           "reason"]


def _safe(text: str) -> str:
    # Spreadsheet formula injection: event text must never run as a formula.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def render_csv(r: Report) -> str:
    """The findings as CSV text (RFC 4180, CRLF line ends as the csv module writes them)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for f in r.findings:
        event = r.events.get(f.event_ids[0])
        day = event.date.isoformat() if event is not None else ""
        cites = "; ".join(f"{c.symbol} OP{c.paragraph} [{c.status}]" for c in f.citations)
        decision = f.decision.decision if f.decision is not None else ""
        writer.writerow([_safe(str(v)) for v in (
            f.id, ";".join(f.event_ids), day, f.rule_id, f.severity, f.regime, cites,
            decision, " ".join(f.explanation.text.split()))])
    return out.getvalue()
