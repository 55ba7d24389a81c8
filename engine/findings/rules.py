"""Rule findings: the variants durable-rules fired for one event, turned into cited findings.

The same conditions are evaluated again in Python (``explain``) to say which item or party
satisfied each test; where Python and durable-rules disagree, that is a ``MatchError``, never a
finding nobody can explain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from ..errors import MatchError
from ..events.model import Event
from ..matching.compiler import Variant
from ..rulebook.loader import Rulebook
from ..rulebook.spec import Citation, Rule
from ..screening.step import Hit
from .clearing import clearing
from .explain import Check, evaluate_all
from .models import (
    CitationOut,
    Clearing,
    ConditionOut,
    ExemptionOut,
    Explanation,
    Finding,
    InForce,
)
from .sentences import doubt, exemption_why, iso, rule_text, scope_text

__all__ = ["RuleFindings"]

_CLEARINGS = 100_000  # (rule, day) pairs kept; the shipped rules fire on far fewer


class RuleFindings:
    """Builds the findings of one rulebook; holds nothing that changes between events."""

    def __init__(self, rulebook: Rulebook) -> None:
        self.rulebook = rulebook
        # What depends only on the rule and the day, built once: the same rules fire on many
        # events of a day (a finding reads these, never changes them).
        self._clearings: dict[tuple[str, date], Clearing] = {}
        self._citations: dict[int, tuple[tuple[Citation, ...], list[CitationOut]]] = {}

    def explain(self, event: Event, fact: dict[str, Any], fired: Sequence[Variant],
                hits: Sequence[Hit] = ()) -> tuple[list[Finding], list[Finding]]:
        """The findings of the fired variants (one per rule: its stage, else its review) and
        the findings an exemption lifted."""
        found: list[Finding] = []
        lifted: list[Finding] = []
        by_rule: dict[str, list[Variant]] = {}
        for v in fired:
            by_rule.setdefault(v.rule.id, []).append(v)
        for rule_id in sorted(by_rule):
            variants = sorted(by_rule[rule_id], key=lambda v: v.order)
            main = [v for v in variants if v.kind == "stage"]
            reviews = [v for v in variants if v.kind == "review"]
            chosen = main[0] if main else (reviews[0] if reviews else None)
            if chosen is None:
                continue  # only an exemption matched: nothing to lift
            finding = self.finding(event, fact, chosen, fired, hits)
            if any(e.applies for e in finding.explanation.exemptions):
                lifted.append(finding)
            else:
                found.append(finding)
        return found, lifted

    def citations(self, citations: tuple[Citation, ...]) -> list[CitationOut]:
        """Citations as the report shows them, each with its verification status."""
        known = self._citations.get(id(citations))
        if known is not None and known[0] is citations:
            return list(known[1])
        out = []
        for c in citations:
            res = self.rulebook.resolutions[c.resolution]
            out.append(CitationOut(symbol=res.symbol, resolution=res.number, year=res.year,
                                   paragraph=c.paragraph, status=c.status))
        # Keyed by the tuple's identity, kept alive here so that the identity stays its own.
        self._citations[id(citations)] = (citations, out)
        return list(out)

    def clearing(self, rule: Rule, day: date) -> Clearing:
        """What would clear a finding of ``rule`` on ``day`` (see ``clearing.clearing``)."""
        key = (rule.id, day)
        found = self._clearings.get(key)
        if found is None:
            if len(self._clearings) >= _CLEARINGS:
                self._clearings.clear()  # a bound on memory, not an eviction policy
            found = self._clearings[key] = clearing(rule, day)
        return found

    def finding(self, event: Event, fact: dict[str, Any], variant: Variant,
                fired: Sequence[Variant] = (), hits: Sequence[Hit] = ()) -> Finding:
        """The finding of one variant on one event, with its exemptions weighed."""
        rule, stage = variant.rule, variant.stage
        assert stage is not None
        ok, checks = evaluate_all(rule.conditions + stage.conditions, fact, event,
                                  variant.review_of)
        if not ok:
            raise MatchError(f"durable-rules matched {rule.id} on event {event.id} but the "
                             f"conditions do not hold: {checks[-1]}")
        checks = [_with_hits(c, hits, variant.kind == "review", rule.measure) for c in checks]
        # A stage whose text has an exception no event can rule out is a review of its own.
        severity = ("review" if variant.kind == "review"
                    else stage.severity or rule.severity)
        needs = stage.needs or rule.needs
        doubted = variant.review_of
        missing = [doubt(c) for c in checks if c.note and variant.kind == "review"
                   and (c.field.endswith(("category", "designated"))
                        or (doubted is not None and doubted.review_if_absent
                            and c.actual is None and "is not given" in c.note))]
        if severity == "review" and needs and not missing:
            missing = [needs]
        lifting = {id(v.exemption) for v in fired if v.kind == "exemption" and v.rule is rule}
        exemptions = [self._weigh(rule, j, event, fact, id(ex) in lifting)
                      for j, ex in enumerate(rule.exemptions)]
        citations = self.citations(stage.citations)
        conditions = [ConditionOut(field="type", op="in", expected=list(rule.applies_to),
                                   actual=event.type.value)]
        conditions += [ConditionOut(field=c.field, op=c.op, expected=c.expected, actual=c.actual,
                                    note=c.note) for c in checks]
        judged = event.date if rule.judged_on == "date" else (event.end_date or event.date)
        conditions.append(ConditionOut(field=rule.judged_on, op="in_force",
                                       expected={"from": iso(stage.start),
                                                 "until": iso(stage.end)},
                                       actual=iso(judged)))
        return Finding(
            rule_id=rule.id, severity=severity, event_ids=[event.id], regime=rule.regime,
            title=rule.title, citations=citations,
            explanation=Explanation(
                text=rule_text(event, rule, stage, severity, checks, citations, missing),
                conditions=conditions,
                in_force=InForce.model_validate({"from": rule.start.isoformat(),
                                                 "until": iso(rule.end)}),
                stage=InForce.model_validate({"from": stage.start.isoformat(),
                                              "until": iso(stage.end)}),
                exemptions=exemptions, missing=missing),
            rule_source=f"{rule.file}:{rule.line}", clearing=self.clearing(rule, event.date))

    def _weigh(self, rule: Rule, j: int, event: Event, fact: dict[str, Any], applies: bool
               ) -> ExemptionOut:
        ex = rule.exemptions[j]
        day = event.date
        in_force = (ex.start is None or ex.start <= day) and (ex.end is None or day <= ex.end)
        checks: list[Check] = []
        ok = False
        if in_force:
            ok, checks = evaluate_all(ex.conditions, fact, event)
        if ok != applies:
            raise MatchError(f"exemption {ex.id} on event {event.id}: durable-rules says "
                             f"{applies}, the explanation says {ok}")
        return ExemptionOut(
            id=ex.id, summary=ex.summary, applies=applies,
            why=exemption_why(ex, day, in_force, ok, checks),
            citations=self.citations(ex.citations),
            conditions=[ConditionOut(field=c.field, op=c.op, expected=c.expected,
                                     actual=c.actual, note=c.note) for c in checks])


def _with_hits(check: Check, hits: Sequence[Hit], review: bool, measure: str | None) -> Check:
    """A ``designated`` check showing the matches themselves: which name matched which listed
    record, the score, the signals, the listing date, and the record's own listing scope
    (only records listed for the rule's ``measure`` reached it)."""
    if not check.field.endswith("designated") or not check.holds:
        return check
    path = check.field.removesuffix(".designated")
    mine = [h for h in hits if h.path == path and h.counts and h.regime in check.expected
            and (h.strong != review) and h.carries(measure)]
    if not mine:
        return check
    return replace(check, actual=[h.to_dict() for h in mine],
                   note=(check.note + ": " if check.note else "") + mine[0].text()
                   + scope_text(mine[0].scope_dict(), mine[0].regime))
