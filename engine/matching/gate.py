"""The gate in front of the Rete: which rulesets an event can reach, decided before its fact.

Most events name no sanctioned country, no designated party and nothing a rule without such a
gate looks at; building their fact and walking durable-rules' network for them costs more than
everything else the engine does with them. From the compiled rulesets this module derives, per
event type, what every compiled rule needs first -- the scalar gates the compiler put after the
type (``c_<country>``, ``dz``), the dates it is in force, a location area, an item category or
an item with nothing to classify it by -- and asks only that of an ``Event``. The answer is a
necessary condition: when it says no ruleset can fire, none can (``tests/unit/test_gate.py``
proves it on random events against durable-rules itself).

Exemptions are left out of the index: an exemption is only weighed where a variant of its rule
fired (the engine ignores an exemption that fired alone), and it sits in its rule's ruleset, so
its rule's entries route the event there.

The index reads durable-rules' encoding (fact keys, ``$iany``, ``$i.``): it belongs with the
compiler and ``to_fact`` in ``matching/``, and must follow them when they change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..events.model import Event, EventType
from ..rulebook.taxonomy import Taxonomy
from .compiler import CompiledRulebook
from .facts import any_marks, countries_named

__all__ = ["Gate", "build_gate"]

_NO_END = 10**9


@dataclass(frozen=True)
class Entry:
    """What one or more compiled rules of one ruleset need of an event (all of it)."""

    ruleset: int
    gates: frozenset[str]  # fact keys that must be 1: c_<country>, dz
    categories: tuple[frozenset[str], ...]  # each: some item in one of these (any doubt)
    unclassified: bool  # some item with neither category nor HS code
    area: bool  # the location names an area
    day: tuple[int, int]  # the event's date (ordinal) within these bounds
    end: tuple[int, int]  # its end date (the date when it has none) within these


def _values(test: Any) -> frozenset[str] | None:
    """The values of a ``_one_of`` test on one element (``{"$i": v}`` or an ``$or`` of them)."""
    if isinstance(test, dict) and set(test) == {"$i"} and isinstance(test["$i"], str):
        return frozenset({test["$i"]})
    if isinstance(test, dict) and "$and" in test:
        for sub in test["$and"]:
            if isinstance(sub, dict) and "$or" in sub:
                values = [_values(x) for x in sub["$or"]]
                if all(v is not None for v in values):
                    return frozenset().union(*(v for v in values if v is not None))
    return None


def _item_needs(inner: Any, cats: list[frozenset[str]]) -> bool:
    """Read one ``$iany`` over items: category sets it needs into ``cats``; whether it needs an
    unclassified item."""
    tests = inner.get("$and", [inner]) if isinstance(inner, dict) else []
    unclassified = False
    for t in tests:
        if not isinstance(t, dict):
            continue
        if t.get("$i.cls") == 0 and len(t) == 1:
            unclassified = True
        any_of = t.get("$iany")
        if isinstance(any_of, dict) and len(any_of) == 1:
            ((key, test),) = any_of.items()
            if key in ("$i.cats", "$i.pcats", "$i.own"):
                values = _values(test)
                if values is not None:
                    cats.append(values)
    return unclassified


def _entry(ruleset: int, body: dict[str, Any]) -> tuple[str, Entry] | None:
    """The event type a compiled rule tests and what it needs; None for the catch-all."""
    tests = body.get("$and", [body])
    kind = tests[0].get("t") if isinstance(tests[0], dict) else None
    if not isinstance(kind, str):
        return None
    gates: set[str] = set()
    cats: list[frozenset[str]] = []
    unclassified = area = False
    bounds = {"d": [0, _NO_END], "end_date": [0, _NO_END]}
    for t in tests[1:]:
        if len(t) != 1:
            continue
        ((op, arg),) = t.items()
        if arg == 1 and (op == "dz" or op.startswith("c_")):
            gates.add(op)
        elif op in ("$gte", "$lte") and isinstance(arg, dict) and len(arg) == 1:
            ((key, value),) = arg.items()
            if key in bounds and isinstance(value, int):
                if op == "$gte":
                    bounds[key][0] = max(bounds[key][0], value)
                else:
                    bounds[key][1] = min(bounds[key][1], value)
        elif op == "$mt" and isinstance(arg, dict) and "loc_area" in arg:
            area = True
        elif op == "$iany" and isinstance(arg, dict) and "items" in arg:
            unclassified |= _item_needs(arg["items"], cats)
    # Anything not read above is left out: the entry only gets weaker, never wrong.
    return kind, Entry(ruleset, frozenset(gates), tuple(cats), unclassified, area,
                       (bounds["d"][0], bounds["d"][1]),
                       (bounds["end_date"][0], bounds["end_date"][1]))


_TYPES = tuple(t.value for t in EventType)


def _anything(ruleset: int) -> Entry:
    return Entry(ruleset, frozenset(), (), False, False, (0, _NO_END), (0, _NO_END))


class Gate:
    """Per event type, what the compiled rules need first; ``route`` asks it of an event."""

    def __init__(self, entries: Iterable[tuple[str, Entry]], rulesets: int,
                 companions: Mapping[int, frozenset[int]] | None = None) -> None:
        """``companions``: per ruleset, the other rulesets that hold exemptions of its rules."""
        self._companions = dict(companions or {})
        merged: dict[tuple[Any, ...], Entry] = {}
        for kind, e in entries:
            # Entries needing the same things in the same ruleset become one, their dates
            # widened to cover both: fewer to try, still a necessary condition.
            key = (kind, e.ruleset, e.gates, e.categories, e.unclassified, e.area)
            old = merged.get(key)
            if old is not None:
                e = Entry(e.ruleset, e.gates, e.categories, e.unclassified, e.area,
                          (min(old.day[0], e.day[0]), max(old.day[1], e.day[1])),
                          (min(old.end[0], e.end[0]), max(old.end[1], e.end[1])))
            merged[key] = e
        self.rulesets = rulesets
        # type -> gate key -> entries opening with it; type -> entries with no gate
        self._keyed: dict[str, dict[str, list[Entry]]] = {}
        self._open: dict[str, list[Entry]] = {}
        for (kind, *_), e in sorted(merged.items(), key=lambda kv: repr(kv[0])):
            if e.gates:
                first = min(e.gates)
                self._keyed.setdefault(kind, {}).setdefault(first, []).append(e)
            else:
                self._open.setdefault(kind, []).append(e)

    def route(self, event: Event, marks: Mapping[str, Mapping[str, Sequence[str]]] | None,
              taxonomy: Taxonomy) -> frozenset[int]:
        """The rulesets some compiled rule of which the event may satisfy (empty: none)."""
        kind = event.type.value
        keyed = self._keyed.get(kind, {})
        candidates: list[Entry] = list(self._open.get(kind, ()))
        if keyed:
            have = {f"c_{c}" for c in countries_named(event)}
            if any_marks(marks):
                have.add("dz")
            for key in have & keyed.keys():
                for e in keyed[key]:
                    if e.gates <= have:
                        candidates.append(e)
        if not candidates:
            return frozenset()
        day = event.date.toordinal()
        end = (event.end_date or event.date).toordinal()
        cats: set[str] | None = None
        out: set[int] = set()
        for e in candidates:
            if e.ruleset in out or not (e.day[0] <= day <= e.day[1]
                                        and e.end[0] <= end <= e.end[1]):
                continue
            if e.area and (event.location is None or event.location.area is None):
                continue
            if e.unclassified and not any(i.category is None and i.hs_code is None
                                          for i in event.items):
                continue
            if e.categories:
                if cats is None:
                    cats = set()
                    for item in event.items:
                        c = taxonomy.classify(item.category, item.hs_code)
                        cats.update(c.certain, c.possible, c.own)
                if not all(need & cats for need in e.categories):
                    continue
            out.add(e.ruleset)
        for r in list(out):
            out |= self._companions.get(r, frozenset())
        return frozenset(out)


def build_gate(compiled: CompiledRulebook) -> Gate:
    """The gate of a compiled rulebook."""
    entries: list[tuple[str, Entry]] = []
    judged: dict[str, set[int]] = {}  # rule id -> rulesets holding its other variants
    weighed: dict[str, set[int]] = {}  # rule id -> rulesets holding its exemptions
    for index, ruleset in enumerate(compiled.rulesets):
        for name, rule in ruleset.items():
            variant = compiled.variant_of(name)
            if variant is None:
                continue  # the catch-all
            if variant.kind == "exemption":
                weighed.setdefault(variant.rule.id, set()).add(index)
                continue  # it goes where its rule goes
            judged.setdefault(variant.rule.id, set()).add(index)
            found = _entry(index, rule["all"][0]["m"])
            if found is None:  # no type test to index it by: every event goes there
                entries.extend((kind, _anything(index)) for kind in _TYPES)
            else:
                entries.append(found)
    companions: dict[int, set[int]] = {}
    for rule_id, rulesets in weighed.items():
        for index in judged.get(rule_id, ()):
            companions.setdefault(index, set()).update(rulesets - {index})
    return Gate(entries, len(compiled.rulesets),
                {k: frozenset(v) for k, v in companions.items() if v})
