"""Every English sentence of a finding, from the data the finding already carries.

Findings are data (conditions, citations, dates); this module is where they become text, so a
translation or a change of wording touches one file.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from ..events.model import Event, Vessel
from ..rulebook.spec import Exemption, Rule, Stage
from .explain import Check
from .models import CitationOut

__all__ = ["cap_text", "chain_text", "count_review_text", "decided_text", "doubt",
           "exemption_why", "late_cap_text", "limits_text", "render_check", "rule_text",
           "scope_text", "uncertain_crossing", "vessel_text"]


def cites(citations: Sequence[CitationOut]) -> str:
    """``S/RES/1718 (2006) OP8(b) and S/RES/1874 (2009) OP9 [...]``."""
    return " and ".join(c.short() for c in citations)


def render_check(c: Check) -> str:
    """``destination equals KP, found RU``."""
    return f"{c.field} {c.op.replace('_', ' ')} {c.expected}, found {c.actual}"


def iso(day: date | None) -> str | None:
    """A date as ISO text, ``None`` kept."""
    return day.isoformat() if day is not None else None


def rule_text(event: Event, rule: Rule, stage: Stage, severity: str, checks: list[Check],
              citations: list[CitationOut], missing: list[str]) -> str:
    """The sentence of a rule finding: the facts that matched, the principle, the law."""
    facts = "; ".join(
        f"{c.field}: {c.note}" if c.field.endswith(".designated") and c.note else
        f"{c.field} not given" if c.actual is None and c.op != "exists" else
        f"{c.field} {c.actual}" + (f" ({c.note})" if c.note and severity != "review" else "")
        for c in checks)
    since = f"in force since {stage.start.isoformat()}" + (
        f" until {stage.end.isoformat()}" if stage.end else "")
    head = f"{event.id} ({event.date.isoformat()}): {facts}"
    if severity == "review":
        return (f"{head}; may fall under {rule.title[0].lower() + rule.title[1:]} "
                f"({cites(citations)}, {since}), but "
                f"{'; '.join(missing) or 'a needed fact is missing'}: review needed.")
    principle = rule.summary.split(";")[0].rstrip(". ")
    return f"{head}; {principle} - {cites(citations)} ({since})."


def doubt(check: Check) -> str:
    """What a review finding needs, in a few words."""
    assert check.note is not None
    if not check.field.endswith(".designated") or not isinstance(check.actual, list):
        return check.note
    best = check.actual[0]
    return (f"confirmation that {check.field.removesuffix('.designated')} is "
            f"{best['listed_name']} ({best['reference']}): only a weak match, score "
            f"{best['score']}")


def exemption_why(ex: Exemption, day: date, in_force: bool, ok: bool,
                  checks: list[Check]) -> str:
    """Why an exemption did or did not lift a finding."""
    if not in_force:
        return (f"not available on {day}: this route applies "
                f"{iso(ex.start) or 'from the start'} to {iso(ex.end) or 'now'}")
    if ok:
        return "met: " + "; ".join(
            f"{c.field}: {c.note}" if c.op == "every" else f"{c.field} = {c.actual}"
            for c in checks)
    bad = checks[-1]
    return f"not met: {bad.note or render_check(bad)}"


def vessel_text(vessel: Vessel) -> str:
    """``Sea Star, IMO 1234567, flag PA``."""
    parts = [vessel.name or "unnamed vessel"]
    if vessel.imo:
        parts.append(f"IMO {vessel.imo}")
    if vessel.flag:
        parts.append(f"flag {vessel.flag}")
    return ", ".join(parts)


def chain_text(event_id: str, day: str, own: str, type_: str, where: str | None,
               earlier: Sequence[tuple[str, str, str, bool]], needs: str | None,
               citations: Sequence[CitationOut]) -> str:
    """A linked event after its first events; ``earlier``: (type, event id, date, in this
    batch) of each."""
    return (f"{event_id} ({day}): {own} {type_.replace('_', ' ')}"
            f"{f' at {where}' if where else ''} after "
            + ", ".join(f"{t.replace('_', ' ')} {e} ({d})" + ("" if mine else ", an earlier batch")
                        for t, e, d, mine in earlier)
            + f"; review {needs} - {cites(citations)}.")


def count_review_text(event: Event, cap_id: str, problems: Sequence[str]) -> str:
    """An event that counts toward a cap but cannot be measured."""
    return (f"{event.id} ({event.date.isoformat()}) counts toward {cap_id} but "
            f"{'; '.join(problems)}: review needed.")


def _period(period_from: str, period_until: str | None) -> str:
    return f"{period_from} to {period_until or 'now'}"


def total_field(unit: str, period_from: str, period_until: str | None) -> str:
    """The name of a cap total as a condition field."""
    return f"total ({unit}, {_period(period_from, period_until)})"


def cap_text(event_id: str, day: str, first: bool, total: Any, limit: Any, unit: str,
             period_from: str, period_until: str | None,
             citations: Sequence[CitationOut]) -> str:
    """An event that took a total over its cap (or added to one already over)."""
    verb = "took the total" if first else "added to a total already"
    return (f"{event_id} ({day}) {verb} over the cap: "
            f"{total} {unit} against {limit} {unit} for "
            f"{_period(period_from, period_until)} - {cites(citations)}.")


def late_cap_text(event_id: str, day: str, total: Any, limit: Any, unit: str, period_from: str,
                  period_until: str | None, citations: Sequence[CitationOut]) -> str:
    """An event of an earlier batch now over the cap."""
    return (f"{event_id} ({day}, from an earlier batch) is now over the cap: events "
            f"of this batch dated before it take the total to "
            f"{total} {unit} against {limit} {unit} for "
            f"{_period(period_from, period_until)} - {cites(citations)}.")


def limits_text(text: str, others: Sequence[tuple[Any, Any, str]]) -> str:
    """A cap sentence with the other limits the event passed: (total, limit, unit) each."""
    also = "; ".join(f"{total} {unit} against {limit} {unit}" for total, limit, unit in others)
    return text.rstrip(".") + f"; also {also}."


def decided_text(text: str, unit: str, doubted: bool) -> str:
    """A cap sentence saying which unit decided the crossing."""
    how = (f"measured in {unit}" if not doubted else
           f"in {unit}, over the limit even without the uncertain conversions")
    return text.rstrip(".") + f"; decided {how}."


def uncertain_crossing(text: str, total: Any, unit: str, levels: Sequence[tuple[Any, Any, str]],
                       doubts: Sequence[str]) -> tuple[str, list[str]]:
    """A cap sentence, and what it needs, when the total passes the limit only after a
    conversion the cap cannot rely on; ``levels``: (total without it, limit, unit) each."""
    measured = "; ".join(f"{t} {u} against {limit} {u}" for t, limit, u in levels)
    figures = f"{total} {unit} with the conversions; without them {measured}"
    missing = [f"a confirmed conversion: the total passes the cap only after "
               f"{'; '.join(doubts)} ({figures})"]
    return (text.rstrip(".") + f"; but that crossing appears only after a conversion the cap "
            f"cannot rely on ({figures}): review needed, not a violation."), missing


_MEASURE_NAMES = {"arms_embargo": "arms embargo", "asset_freeze": "asset freeze",
                  "travel_ban": "travel ban"}


def _quoted(phrase: str | None, limit: int = 200) -> str:
    text = phrase or ""
    return f'"{text if len(text) <= limit else text[:limit - 3].rstrip() + "..."}"'


def scope_text(scope: dict[str, Any] | None, regime: str) -> str:
    """What a record's own listing says of its measures, after its match (empty when the
    list gives no listing sentence: every measure of the regime, nothing to say)."""
    if scope is None:
        return ""
    if scope["read"] == "named":
        names = " and ".join(_MEASURE_NAMES[m] for m in scope["measures"])
        later = "".join(f"; {_MEASURE_NAMES[m]} only from {d}"
                        for m, d in scope["since"].items())
        return (f"; its listing carries the {names} only{later} (the list: "
                f"{_quoted(scope['phrase'])})")
    why = ("names no measure" if scope["read"] == "not_named"
           else "is not clear about its measures")
    return (f"; the listing {why} ({_quoted(scope['phrase'])}): every measure of the {regime} "
            f"regime applies")
