"""Linked events: a later event tied to an earlier one by the same vessel (IMO, else name and
flag). Each event gives its half (per event); the chains are found across events."""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..events.model import Event, Vessel
from ..matching.compiler import Variant
from ..rulebook.spec import Link
from .ids import identified
from .models import ChainOut, Finding
from .rules import RuleFindings
from .sentences import chain_text
from .sentences import vessel_text as _vessel_text
from .state import LinkFirst

__all__ = ["LinkThen", "chains", "link_first", "link_then", "vessel_keys"]

VesselKey = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LinkThen:
    """The later event of a link, waiting for a first event with one of its vessels."""

    link_id: str
    position: int
    event_id: str
    date: str
    type: str
    where: str | None
    vessels: tuple[tuple[VesselKey, str], ...]  # recognition key -> vessel as shown
    # The link rule's finding on the event, before the chain is known, pickled: a batch keeps
    # every later half until its end and most never find a first (about 1 KB each instead of
    # some 10 KB of models; memory stays within the bounds at a million events).
    packed: bytes

    @property
    def base(self) -> Finding:
        """The link rule's finding on the event, before the chain is known."""
        finding: Finding = pickle.loads(self.packed)
        return finding


def vessel_keys(vessel: Vessel) -> list[VesselKey]:
    """How a vessel is recognised in another event: IMO number, else name and flag."""
    if vessel.imo:
        return [("imo", vessel.imo)]
    if vessel.name:
        return [("name", vessel.name.casefold(), vessel.flag or "")]
    return []


def link_first(link: Link, event: Event) -> LinkFirst:
    """The first event of a link, as the state keeps it."""
    return LinkFirst(link.rule.id, event.id, event.date.isoformat(), event.type.value,
                     tuple((k, _vessel_text(v)) for v in event.vessels
                           if v.flag != link.not_flagged for k in vessel_keys(v)))


def link_then(link: Link, variant: Variant, event: Event, fact: dict[str, Any], position: int,
              rules: RuleFindings) -> LinkThen:
    """The later event of a link, with the finding its chain would complete."""
    mine = {k: _vessel_text(v) for v in event.vessels for k in vessel_keys(v)}
    where = event.location.port or event.location.country if event.location else None
    base = rules.finding(event, fact, Variant("stage", link.rule, variant.stage)).model_copy(
        update={"meta": event.meta})
    return LinkThen(link.rule.id, position, event.id, event.date.isoformat(), event.type.value,
                    where, tuple(mine.items()), pickle.dumps(base, pickle.HIGHEST_PROTOCOL))


def chains(links: dict[str, Link], prior: Sequence[LinkFirst], firsts: Sequence[LinkFirst],
           thens: Sequence[LinkThen]) -> tuple[list[tuple[int, Finding]], list[LinkFirst]]:
    """The findings of every later event with earlier firsts (this batch's or, through the
    state, an earlier batch's), and the firsts the state keeps."""
    again = {f.event_id for f in firsts}
    # An event checked again (a re-run) replaces what the state holds for it.
    known = [f for f in prior if f.event_id not in again] + list(firsts)
    mine_set = set(firsts)
    out: list[tuple[int, Finding]] = []
    for then in thens:
        link = links[then.link_id]
        mine = dict(then.vessels)
        earlier: list[tuple[LinkFirst, VesselKey]] = []
        for first in known:
            if (first.link_id != then.link_id or first.event_id == then.event_id
                    or first.date > then.date):
                continue
            shared = sorted(set(mine) & {k for k, _ in first.vessels})
            if shared:
                earlier.append((first, shared[0]))
        if not earlier:
            continue
        earlier.sort(key=lambda fk: (fk[0].date, fk[0].event_id))
        chain = [ChainOut(event_id=f.event_id, date=f.date, type=f.type,
                          vessel=dict(f.vessels)[key]) for f, key in earlier]
        own = mine[earlier[0][1]]
        chain.append(ChainOut(event_id=then.event_id, date=then.date, type=then.type,
                              vessel=own))
        base = then.base
        text = chain_text(then.event_id, then.date, own, then.type, then.where,
                          [(f.type, f.event_id, f.date, f in mine_set) for f, _ in earlier],
                          link.rule.needs, base.citations)
        explanation = base.explanation.model_copy(update={"chain": chain, "text": text})
        out.append((then.position, identified(
            base.model_copy(update={"explanation": explanation}), base.meta)))
    return out, known
