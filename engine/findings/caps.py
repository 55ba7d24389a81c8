"""Caps across events: each event's contribution (per event), then the totals and the
findings on the events that take a total over its limit (across events)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from ..errors import StateError
from ..events.model import Event
from ..matching.compiler import Variant
from ..rulebook.spec import Cap
from ..rulebook.taxonomy import Taxonomy
from .ids import identified
from .models import ConditionOut, ContributionOut, Explanation, Finding, InForce
from .rules import RuleFindings
from .sentences import (
    cap_text,
    count_review_text,
    decided_text,
    iso,
    late_cap_text,
    limits_text,
    total_field,
    uncertain_crossing,
)
from .state import Contribution, Crossing, PeriodTotal, add_up, as_json_number, measure_all

__all__ = ["CapEntry", "cap_findings", "count"]


@dataclass(frozen=True, slots=True)
class CapEntry:
    """One event's contribution to a cap, with the finding a crossing would start from."""

    contribution: Contribution
    base: Finding  # the cap rule's finding on the event, before any total is known


def count(cap: Cap, variant: Variant, event: Event, fact: dict[str, Any], position: int,
          taxonomy: Taxonomy, rules: RuleFindings) -> tuple[CapEntry | None, Finding | None]:
    """An event's contribution to a cap, and a review finding if it cannot be measured."""
    assert variant.stage is not None
    period = cap.periods[variant.stage.index]
    window = period.window(event.date)
    if window is None:
        return None, None
    units = [unit for _, unit in period.limits]
    amounts, problems, uncertain, why = measure_all(cap, event, taxonomy, units, period.limits)
    contribution = Contribution(cap.rule.id, window[0].isoformat(), iso(window[1]), event.id,
                                event.date.isoformat(), {u: str(a) for u, a in amounts.items()},
                                1, position, {u: str(a) for u, a in uncertain.items()}, why)
    base = rules.finding(event, fact, Variant("stage", cap.rule, variant.stage)).model_copy(
        update={"meta": event.meta})
    if not problems:
        return CapEntry(contribution, base), None
    explanation = base.explanation.model_copy(update={
        "missing": problems, "text": count_review_text(event, cap.rule.id, problems)})
    review = base.model_copy(update={"severity": "review", "explanation": explanation})
    return CapEntry(contribution, base), review


def cap_findings(caps: dict[str, Cap], rules: RuleFindings, prior: list[Contribution],
                 entries: list[CapEntry], after: int
                 ) -> tuple[list[tuple[int, Finding]], list[PeriodTotal], list[Contribution]]:
    """The findings of every crossing (at the crossing event's position; an earlier batch's
    event at ``after``), the period totals, and the contributions the state keeps."""
    counted = [e.contribution for e in entries]
    # An event checked again (a retry, a re-run) replaces what the state holds for it.
    again = {(c.cap_id, c.event_id) for c in counted}
    prior = [c for c in prior if (c.cap_id, c.event_id) not in again]
    for c in prior:
        cap = caps.get(c.cap_id)
        if cap is None or not any(p.window(date.fromisoformat(c.period_from))
                                  for p in cap.periods):
            raise StateError(f"the state holds a contribution of {c.event_id} to "
                             f"{c.cap_id} ({c.period_from}) that this rulebook has no "
                             "period for")
    crossings, period_totals = add_up(caps, [*prior, *counted])
    bases = {(e.contribution.cap_id, e.contribution.position): e.base for e in entries}
    # One finding per event and cap, even when it passes two limits (t and US$): the
    # finding shows each limit's total and contributions.
    by_event: dict[tuple[str, str], list[Crossing]] = {}
    for crossing in crossings:
        key = (crossing.contribution.cap_id, crossing.contribution.event_id)
        by_event.setdefault(key, []).append(crossing)
    out: list[tuple[int, Finding]] = []
    for group in by_event.values():
        head = group[0].contribution
        # The limit that decides: one crossed on what was measured, if any.
        group.sort(key=lambda x: not x.certain)
        if head.batch == 0:
            # An earlier batch's event, over the cap now that this batch added to the
            # period: reported after this batch's events.
            finding = _late(caps[head.cap_id], rules, group[0])
            out.append((after, identified(_decided(_merge_limits(finding, group), group),
                                          None)))
            continue
        base = bases[(head.cap_id, head.position)]
        finding = _decided(_merge_limits(_crossing(base, group[0]), group), group)
        out.append((head.position, identified(finding, base.meta)))
    kept = [*prior, *(replace(c, batch=0) for c in counted)]
    return out, period_totals, kept


def _total(crossing: Crossing, note: str) -> ConditionOut:
    c = crossing.contribution
    return ConditionOut(field=total_field(crossing.unit, c.period_from, c.period_until),
                        op="lte", expected=as_json_number(crossing.limit),
                        actual=as_json_number(crossing.total), note=note)


def _history(crossing: Crossing) -> list[ContributionOut]:
    unit = crossing.unit
    return [ContributionOut(event_id=h.event_id, date=h.date,
                            quantity=as_json_number(Decimal(h.quantities[unit])), unit=unit,
                            running_total=as_json_number(run)) for h, run in crossing.history]


def _crossing(base: Finding, crossing: Crossing) -> Finding:
    """The finding on an event of this batch that took (or kept) a total over its limit."""
    c = crossing.contribution
    text = cap_text(c.event_id, c.date, crossing.first, as_json_number(crossing.total),
                    as_json_number(crossing.limit), crossing.unit, c.period_from,
                    c.period_until, base.citations)
    conditions = [*base.explanation.conditions,
                  _total(crossing, "crossed here" if crossing.first else "already over")]
    explanation = base.explanation.model_copy(update={
        "text": text, "conditions": conditions, "contributions": _history(crossing),
        "stage": InForce.model_validate({"from": c.period_from, "until": c.period_until})})
    return base.model_copy(update={"explanation": explanation})


def _late(cap: Cap, rules: RuleFindings, crossing: Crossing) -> Finding:
    """A cap finding on an event of an earlier batch (known from the state only)."""
    c = crossing.contribution
    day = date.fromisoformat(c.date)
    stage = next(st for st in cap.rule.stages
                 if st.start <= day and (st.end is None or day <= st.end))
    citations = rules.citations(stage.citations)
    text = late_cap_text(c.event_id, c.date, as_json_number(crossing.total),
                         as_json_number(crossing.limit), crossing.unit, c.period_from,
                         c.period_until, citations)
    return Finding(
        rule_id=cap.rule.id, severity="violation", event_ids=[c.event_id],
        regime=cap.rule.regime, title=cap.rule.title, citations=citations,
        explanation=Explanation(
            text=text,
            conditions=[_total(crossing, "crossed here, after events reported late")],
            in_force=InForce.model_validate({"from": cap.rule.start.isoformat(),
                                             "until": iso(cap.rule.end)}),
            stage=InForce.model_validate({"from": c.period_from, "until": c.period_until}),
            exemptions=[], contributions=_history(crossing)),
        rule_source=f"{cap.rule.file}:{cap.rule.line}")


def _merge_limits(finding: Finding, group: list[Crossing]) -> Finding:
    """Add the other limits an event passed (each with its total and contributions)."""
    if len(group) == 1:
        return finding
    ex = finding.explanation
    conditions, contributions = list(ex.conditions), list(ex.contributions)
    for crossing in group[1:]:
        conditions.append(_total(crossing, "crossed here" if crossing.first else "already over"))
        contributions += _history(crossing)
    text = limits_text(ex.text, [(as_json_number(x.total), as_json_number(x.limit), x.unit)
                                 for x in group[1:]])
    explanation = ex.model_copy(update={
        "conditions": conditions, "contributions": contributions, "text": text})
    return finding.model_copy(update={"explanation": explanation})


def _decided(finding: Finding, group: list[Crossing]) -> Finding:
    """Say which unit decided a cap finding; a crossing that appears only after a conversion
    the cap cannot rely on is at most a review, with both totals shown."""
    ex = finding.explanation
    sure = [c for c in group if c.certain]
    if sure:
        c = sure[0]
        text = decided_text(ex.text, c.unit, bool(c.doubts))
        return finding.model_copy(update={"explanation": ex.model_copy(update={"text": text})})
    c = group[0]
    levels = [(as_json_number(total), as_json_number(limit), unit)
              for unit, total, limit in c.levels]
    text, missing = uncertain_crossing(ex.text, as_json_number(c.total), c.unit, levels,
                                       c.doubts)
    return finding.model_copy(update={"severity": "review", "explanation": ex.model_copy(
        update={"text": text, "missing": missing})})
