"""The per-event judgement: a pure function of the compiled rulebook and the lists.

``Judge.judge`` takes events and returns, for each, its findings, the findings an exemption
lifted, its screening rows, and what the cross-event step needs from it (cap contributions,
link halves). Nothing of one event reaches another here: that is the seam the worker processes
(``--jobs``) and the Spark runner cut along.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..events.model import Event
from ..matching.compiler import CompiledRulebook, Variant
from ..matching.facts import to_fact
from ..matching.gate import build_gate
from ..matching.matcher import Matcher
from ..rulebook.loader import Rulebook
from ..screening.step import Designations, Hit, fact_keys
from .caps import CapEntry, count
from .ids import identified
from .links import LinkThen, link_first, link_then
from .models import Finding, ScreeningOut
from .rules import RuleFindings
from .sentences import iso
from .state import LinkFirst

__all__ = ["Judge", "Judgement"]


@dataclass(frozen=True, slots=True)
class Judgement:
    """What one event comes to on its own (``position``: 1-based, in its batch)."""

    position: int
    event_id: str
    event: Event | None = None  # when a rule reached it: the reports show its facts
    findings: tuple[Finding, ...] = ()  # in rule-id order
    exempted: tuple[Finding, ...] = ()
    screening: tuple[ScreeningOut, ...] = ()
    contributions: tuple[CapEntry, ...] = ()
    firsts: tuple[LinkFirst, ...] = ()
    thens: tuple[LinkThen, ...] = ()

    @property
    def empty(self) -> bool:
        """Nothing to report and nothing for the cross-event step."""
        return not (self.findings or self.exempted or self.screening or self.contributions
                    or self.firsts or self.thens)


class Judge:
    """Judges events one chunk at a time (durable-rules is fastest on many facts at once)."""

    def __init__(self, rulebook: Rulebook, compiled: CompiledRulebook,
                 designations: Designations | None) -> None:
        self.rulebook = rulebook
        self.designations = designations
        self.rules = RuleFindings(rulebook)
        self.matcher = Matcher(compiled)
        self.gate = build_gate(compiled)
        self.caps = {cap.rule.id: cap for cap in rulebook.caps}
        self.links = {link.rule.id: link for link in rulebook.links}
        # A link's first event fires the link's ``first`` rule, which has an id of its own.
        self._link_of = {**self.links, **{link.first.id: link for link in rulebook.links}}

    def with_designations(self, designations: Designations | None) -> Judge:
        """The same judge (the same compiled rules and matcher) screening against other
        lists."""
        twin = copy.copy(self)
        twin.designations = designations
        return twin

    def judge(self, events: Sequence[tuple[int, Event]]) -> list[Judgement]:
        """The judgement of each ``(position, event)``, in the order given."""
        taxonomy = self.rulebook.taxonomy
        hits_of: list[list[Hit]] = []
        facts: list[dict[str, Any]] = []
        routes: list[frozenset[int]] = []
        reached: list[int] = []  # the events the gate lets through, by index in ``events``
        for i, (_, event) in enumerate(events):
            hits = self.designations.hits(event) if self.designations is not None else []
            hits_of.append(hits)
            marks = fact_keys(hits) if hits else None
            # The gate: an event no compiled rule can reach skips its fact and the network.
            route = self.gate.route(event, marks, taxonomy)
            if route:
                reached.append(i)
                routes.append(route)
                facts.append(to_fact(event, taxonomy, "", marks))
        fired_of: list[tuple[Variant, ...]] = [() for _ in events]
        fact_of: list[dict[str, Any]] = [{} for _ in events]
        for i, fact, fired in zip(reached, facts, self.matcher.fired(facts, routes),
                                  strict=True):
            fired_of[i] = fired
            fact_of[i] = fact
        out = []
        for (position, event), fact, hits, fired in zip(events, fact_of, hits_of, fired_of,
                                                        strict=True):
            screening = tuple(_screening_out(event.id, h) for h in hits)
            if not fired:
                out.append(Judgement(position, event.id, screening=screening))
                continue
            found, lifted = self.rules.explain(event, fact, fired, hits)
            firsts: list[LinkFirst] = []
            thens: list[LinkThen] = []
            entries: list[CapEntry] = []
            by_name = sorted(fired, key=lambda v: v.name)
            for v in by_name:
                if v.kind == "link-first":
                    firsts.append(link_first(self._link_of[v.rule.id], event))
                elif v.kind == "link-then":
                    thens.append(link_then(self.links[v.rule.id], v, event, fact, position,
                                           self.rules))
            for v in by_name:
                if v.kind == "contribution":
                    entry, review = count(self.caps[v.rule.id], v, event, fact, position,
                                          taxonomy, self.rules)
                    if entry is not None:
                        entries.append(entry)
                    if review is not None:
                        found.append(review)
            meta = event.meta
            out.append(Judgement(
                position, event.id, event,
                findings=tuple(identified(f, meta) for f in sorted(found, key=lambda f: f.rule_id)),
                exempted=tuple(identified(f, meta)
                               for f in sorted(lifted, key=lambda f: f.rule_id)),
                screening=screening, contributions=tuple(entries), firsts=tuple(firsts),
                thens=tuple(thens)))
        return out


def _screening_out(event_id: str, hit: Hit) -> ScreeningOut:
    m = hit.match
    return ScreeningOut(event_id=event_id, path=hit.path, list=m.list_name,
                        reference=m.reference, listed_name=m.listed_name, regime=hit.regime,
                        band="strong" if m.band == "strong" else "weak",
                        score=round(m.score, 4), status=hit.status,
                        listed_on=hit.listed_on.isoformat(),
                        removed_by=iso(hit.removed_by), text=hit.text(), match=m.to_dict(),
                        scope=hit.scope_dict())
