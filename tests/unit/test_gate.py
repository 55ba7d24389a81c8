"""The gate in front of the Rete (``matching/gate.py``) is complete: it never keeps an event
away from a ruleset in which a rule the engine acts on would fire.

durable-rules is run anyway, on every ruleset, for random events: every variant it fires that
the engine acts on (anything but an exemption that fired without its rule) must sit in a
ruleset the gate routed the event to; an event routed nowhere fires nothing of the kind.
"""

from __future__ import annotations

import copy
from datetime import date, timedelta
from typing import Any, get_args

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sanctions_engine import Engine, Event
from sanctions_engine.events.model import EventType, HumanitarianActor, PartyRole, Purpose
from sanctions_engine.matching.facts import to_fact
from sanctions_engine.matching.gate import Gate, build_gate
from sanctions_engine.pipeline import default_rules_path
from sanctions_engine.rulebook.loader import load_rulebook

BOOK = load_rulebook(default_rules_path())
CATEGORIES = sorted(BOOK.taxonomy.categories)
HS_PREFIXES = sorted({m.code for c in BOOK.taxonomy.categories.values() for m in c.hs})
# Every country a compiled gate names, and a few that none does.
GATED = ["AF", "CD", "CF", "CN", "GW", "HT", "IQ", "IR", "KP", "LB", "LY", "ML", "RU", "SD",
         "SO", "SS", "SY", "US", "YE"]


def _edges() -> list[date]:
    days: set[date] = set()
    for rule in BOOK.rules:
        for d in [x for s in rule.stages for x in (s.start, s.end)] + [
                x for e in rule.exemptions for x in (e.start, e.end)]:
            if d is not None:
                days |= {d - timedelta(days=1), d, d + timedelta(days=1)}
    return sorted(days)


days = st.one_of(st.dates(date(2000, 1, 1), date(2027, 12, 31)), st.sampled_from(_edges()))
country = st.sampled_from(GATED)
maybe = st.one_of(st.none(), country)
area = st.one_of(st.none(), st.sampled_from(["North Darfur", "El Fasher", "East China Sea",
                                             "Nyala", "darfur region"]))
item = st.builds(
    lambda category, hs, origin: {k: v for k, v in (("category", category), ("hs_code", hs),
                                                   ("origin", origin), ("description", "x"))
                                  if v is not None},
    st.one_of(st.none(), st.sampled_from(CATEGORIES)),
    st.one_of(st.none(), st.sampled_from(HS_PREFIXES)), maybe)
party = st.builds(
    lambda role, c, name, actor: {k: v for k, v in (("role", role), ("country", c),
                                                   ("name", name), ("kind", "entity"),
                                                   ("humanitarian_actor", actor))
                                  if v is not None},
    st.sampled_from(get_args(PartyRole)), maybe,
    st.one_of(st.none(), st.sampled_from(["UNAMID", "United Nations", "Acme"])),
    st.one_of(st.none(), st.sampled_from(get_args(HumanitarianActor))))
vessel = st.builds(lambda flag, role: {k: v for k, v in (("flag", flag), ("role", role))
                                       if v is not None},
                   maybe, st.one_of(st.none(), st.sampled_from(["delivering", "receiving"])))
authorization = st.builds(
    lambda t, by, to, d: {k: v for k, v in (("type", t), ("issued_by", by), ("addressed_to", to),
                                            ("date", d)) if v is not None},
    st.sampled_from(["notification", "committee_exemption", "state_determination"]),
    st.one_of(st.none(), st.just("1718 Committee")),
    st.one_of(st.none(), st.just("the Committee")), st.one_of(st.none(), days.map(str)))
MARK = st.sampled_from([None, {"des": ["dprk"], "pdes": []}, {"des": [], "pdes": ["iran"]},
                        {"des": [], "pdes": []}, {"des": ["libya"], "pdes": ["dprk"]}])


@st.composite
def marked_events(draw: st.DrawFn) -> tuple[Event, dict[str, Any]]:
    day = draw(days)
    raw: dict[str, Any] = {"id": "g", "type": draw(st.sampled_from([t.value for t in EventType])),
                           "date": day.isoformat()}
    if draw(st.booleans()):
        raw["end_date"] = (day + timedelta(days=draw(st.integers(0, 400)))).isoformat()
    for key in ("origin", "destination"):
        value = draw(maybe)
        if value is not None:
            raw[key] = value
    raw["transit"] = draw(st.lists(country, max_size=1))
    if draw(st.booleans()):
        raw["location"] = {k: v for k, v in (("country", draw(maybe)), ("area", draw(area)))
                           if v is not None}
    raw["items"] = draw(st.lists(item.filter(lambda i: len(i) > 1 or "category" in i),
                                 max_size=2))
    raw["parties"] = draw(st.lists(party, max_size=2))
    raw["vessels"] = draw(st.lists(vessel, max_size=2))
    raw["authorizations"] = draw(st.lists(authorization, max_size=1))
    raw["purposes"] = draw(st.lists(st.sampled_from(get_args(Purpose)), max_size=1))
    event = Event.model_validate(raw, context={"categories": frozenset(CATEGORIES)})
    marks = {}
    for path in [f"parties[{i}]" for i in range(len(event.parties))] + [
            f"vessels[{i}]" for i in range(len(event.vessels))]:
        mark = draw(MARK)
        if mark is not None:
            marks[path] = mark
    return event, marks


@pytest.fixture(scope="module")
def shipped() -> tuple[Engine, Gate, dict[str, set[int]]]:
    engine = Engine.load()
    where: dict[str, set[int]] = {}  # variant -> rulesets holding its durable-rules rules
    for index, ruleset in enumerate(engine.compiled.rulesets):
        for name in ruleset:
            where.setdefault(name.partition("#")[0], set()).add(index)
    return engine, build_gate(engine.compiled), where


def _acted_on(engine: Engine, fired: set[str]) -> set[str]:
    """The variants the engine uses: an exemption only where a variant of its rule fired."""
    variants = engine.compiled.variants
    judged = {variants[n].rule.id for n in fired if variants[n].kind != "exemption"}
    return {n for n in fired if variants[n].kind != "exemption" or variants[n].rule.id in judged}


def _check(shipped: tuple[Engine, Gate, dict[str, set[int]]], event: Event,
           marks: dict[str, Any]) -> tuple[frozenset[int], set[str]]:
    engine, gate, where = shipped
    routed = gate.route(event, marks or None, engine.rulebook.taxonomy)
    fact = to_fact(event, engine.rulebook.taxonomy, "", marks or None)
    (fired,) = engine._matcher.match([copy.deepcopy(fact)])
    acted = _acted_on(engine, fired)
    for name in acted:
        assert where[name] & routed, (
            f"{name} fired in ruleset(s) {sorted(where[name])}, the gate routed the event to "
            f"{sorted(routed)}: {fact}")
    return routed, acted


@settings(max_examples=300, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(case=marked_events())
def test_the_gate_keeps_out_only_events_no_rule_fires_on(
        shipped: tuple[Engine, Gate, dict[str, set[int]]],
        case: tuple[Event, dict[str, Any]]) -> None:
    _check(shipped, *case)


def test_the_property_is_not_vacuous(shipped: tuple[Engine, Gate, dict[str, set[int]]]) -> None:
    """On a fixed sample the gate both keeps events out and lets events in that fire."""
    seen = {"out": 0, "in_fired": 0}

    @settings(max_examples=300, deadline=None, database=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(case=marked_events())
    def collect(case: tuple[Event, dict[str, Any]]) -> None:
        routed, acted = _check(shipped, *case)
        seen["out"] += not routed
        seen["in_fired"] += bool(routed and acted)

    collect()
    assert seen["out"] >= 30 and seen["in_fired"] >= 10, seen


@pytest.mark.parametrize(("event", "reached"), [
    ({"type": "transfer", "date": "2024-03-01", "origin": "CN", "destination": "US",
      "items": [{"category": "machinery"}]}, False),
    ({"type": "transfer", "date": "2024-03-01", "origin": "CN", "destination": "KP",
      "items": [{"category": "machinery"}]}, True),
    ({"type": "transfer", "date": "2024-03-01", "origin": "CN", "destination": "EG",
      "location": {"area": "North Darfur"}, "items": [{"category": "arms"}]}, True),
    ({"type": "transfer", "date": "2024-03-01", "origin": "CN", "destination": "EG",
      "location": {"area": "North Darfur"}, "items": [{"category": "food"}]}, False),
    ({"type": "other", "date": "2024-03-01", "origin": "KP"}, False),
])
def test_what_the_gate_lets_in(shipped: tuple[Engine, Gate, dict[str, set[int]]],
                               event: dict[str, Any], reached: bool) -> None:
    model = Event.model_validate({"id": "e", **event})
    routed, _ = _check(shipped, model, {})
    assert bool(routed) == reached
