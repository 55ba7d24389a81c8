"""Properties over random events (hypothesis).

1. The engine never crashes on contract-shaped events, and every event is checked or rejected.
2. Junk is rejected, not crashed on.
3. The key invariant: the rules durable-rules fires on a fact are exactly those a plain Python
   evaluation of the same conditions (``explain.evaluate_all``) says should fire -- the compiler
   and the explainer agree, both ways (no invented match, no missed one).
"""

from __future__ import annotations

import copy
from datetime import date, timedelta
from typing import Any, get_args

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sanctions_engine import Engine, Event
from sanctions_engine.events.model import (
    AuthorizationType,
    EventType,
    HumanitarianActor,
    PartyRole,
    Purpose,
    Unit,
)
from sanctions_engine.findings.explain import evaluate_all
from sanctions_engine.matching.compiler import Variant
from sanctions_engine.matching.facts import to_fact
from sanctions_engine.pipeline import default_rules_path
from sanctions_engine.rulebook.loader import load_rulebook

# Strategies are built from the shipped rulebook once, at import (hypothesis needs them then).
BOOK = load_rulebook(default_rules_path())
CATEGORIES = sorted(BOOK.taxonomy.categories)
# Categories the rules name, with their descendants: drawn more often than the rest.
RULED = sorted({c for c in CATEGORIES
                if BOOK.taxonomy.ancestors(c) & {"arms", "luxury_goods", "coal", "iron",
                                                 "iron_ore"}})
HS_PREFIXES = sorted({m.code for c in BOOK.taxonomy.categories.values() for m in c.hs})

SETTINGS = settings(max_examples=200, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

@pytest.fixture(scope="module")
def engine() -> Engine:
    """The whole shipped rulebook (not the core the mechanics tests use)."""
    return Engine.load()


def _boundaries() -> list[date]:
    """Every day a stage or exemption starts or ends, and the days either side."""
    days: set[date] = set()
    for rule in BOOK.rules:
        edges = [d for s in rule.stages for d in (s.start, s.end)]
        edges += [d for e in rule.exemptions for d in (e.start, e.end)]
        for d in edges:
            if d is not None:
                days |= {d - timedelta(days=1), d, d + timedelta(days=1)}
    return sorted(days)


BOUNDARIES = _boundaries()

days = st.one_of(st.dates(date(2005, 1, 1), date(2025, 12, 31)), st.sampled_from(BOUNDARIES))
iso = days.map(date.isoformat)
country = st.sampled_from(["KP", "KP", "RU", "CN", "US"])
maybe_country = st.one_of(st.none(), country)
some_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
port = st.one_of(st.none(), st.sampled_from(["Rajin", "Port of Najin", "RASON", "Nampo",
                                             "Vladivostok", "rajin\nport", "Rajín"]), some_text)
issuer = st.one_of(st.sampled_from(["1718 Committee", "the 1718 committee", "Committee 17 18",
                                    "Russia"]), st.none(), some_text)
addressee = st.one_of(st.sampled_from(["1718 Committee", "Sanctions Committee", "committee",
                                       "Ministry"]), st.none(), some_text)
covers = st.one_of(st.sampled_from(["livelihood purposes", "Livelihood", "coal",
                                    "live lihood"]), st.none(), some_text)
hs_code = st.one_of(
    st.builds(lambda p, tail: p + tail, st.sampled_from(HS_PREFIXES),
              st.text("0123456789", max_size=4)).filter(lambda s: len(s) <= 10),
    st.text("0123456789", min_size=2, max_size=10),
)
decimal_text = st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False,
                           allow_infinity=False).map(str)


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


item = st.builds(
    lambda category, hs, description, quantity, unit, value, origin: _drop_none({
        "category": category, "hs_code": hs, "description": description,
        "quantity": quantity, "unit": unit, "value": value, "origin": origin}),
    st.one_of(st.none(), st.sampled_from(RULED), st.sampled_from(CATEGORIES)),
    st.one_of(st.none(), hs_code),
    st.one_of(st.none(), st.just("goods")),
    st.one_of(st.none(), decimal_text, st.integers(0, 10**6)),
    st.one_of(st.none(), st.sampled_from(get_args(Unit))),
    st.one_of(st.none(), st.builds(lambda v: {"value": v, "currency": "USD"}, decimal_text)),
    maybe_country,
).filter(lambda i: any(k in i for k in ("category", "hs_code", "description")))

party = st.builds(
    lambda role, kind, c, name, actor: _drop_none({"role": role, "kind": kind, "country": c,
                                                   "name": name, "humanitarian_actor": actor}),
    st.sampled_from(get_args(PartyRole)), st.one_of(st.none(), st.just("state")),
    maybe_country, st.one_of(st.none(), some_text),
    st.one_of(st.none(), st.sampled_from(get_args(HumanitarianActor))))


@st.composite
def authorizations(draw: st.DrawFn, day: date) -> dict[str, Any]:
    """An authorization, dated near the event more often than not (so exemptions are met)."""
    def near() -> str | None:
        choice = draw(st.sampled_from(["none", "near", "any"]))
        if choice == "none":
            return None
        if choice == "near":
            return (day + timedelta(days=draw(st.integers(-12, 12)))).isoformat()
        return draw(iso)

    return _drop_none({
        "type": draw(st.one_of(st.sampled_from(["notification", "committee_exemption",
                                                "state_determination"]),
                               st.sampled_from(get_args(AuthorizationType)))),
        "issued_by": draw(issuer), "addressed_to": draw(addressee),
        "date": near(), "valid_until": near(), "covers": draw(covers)})


vessel = st.builds(lambda flag, role: _drop_none({"flag": flag, "role": role}),
                   maybe_country, st.one_of(st.none(), st.sampled_from(["delivering", "carrier"])))

event_type = st.one_of(st.just("transfer"), st.sampled_from([t.value for t in EventType]))


@st.composite
def events(draw: st.DrawFn, valid: bool = True) -> dict[str, Any]:
    """A contract-shaped event; with ``valid``, one the event model accepts."""
    day = draw(days)
    event: dict[str, Any] = {"id": "tbd", "type": draw(event_type), "date": day.isoformat()}
    if draw(st.booleans()):
        span = draw(st.integers(0 if valid else -30, 400))
        event["end_date"] = (day + timedelta(days=span)).isoformat()
    for key in ("origin", "destination"):
        value = draw(maybe_country)
        if value is not None:
            event[key] = value
    if draw(st.booleans()):
        event["transit"] = draw(st.lists(country, max_size=2))
    if draw(st.booleans()):
        event["location"] = _drop_none({"country": draw(maybe_country), "port": draw(port)})
    event["items"] = draw(st.lists(item, max_size=3))
    event["parties"] = draw(st.lists(party, max_size=3))
    event["authorizations"] = draw(st.lists(authorizations(day), max_size=2))
    event["vessels"] = draw(st.lists(vessel, max_size=1))
    if draw(st.booleans()):
        event["purposes"] = draw(st.lists(st.sampled_from(get_args(Purpose)), max_size=2,
                                          unique=True))
    if draw(st.booleans()):
        event["contract_date"] = draw(iso)
    if draw(st.booleans()):
        event["amount"] = {"value": draw(decimal_text), "currency": "EUR"}
    if not valid and draw(st.booleans()):
        # One contract-shaped mistake: a misspelt key, a bad date, an unknown category.
        mistake = draw(st.sampled_from(["key", "date", "category", "country", "hs"]))
        if mistake == "key":
            event["destinaton"] = "KP"
        elif mistake == "date":
            event["date"] = draw(st.sampled_from(["2023-02-30", "2023-13-01", "yesterday"]))
        elif mistake == "category":
            event["items"].append({"category": "luxury_good"})
        elif mistake == "country":
            event["origin"] = "Narnia"
        else:
            event["items"].append({"hs_code": "8"})
    return event


def _numbered(batch: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [dict(e, id=f"p{i}") for i, e in enumerate(batch)]


def _expected(engine: Engine, event: Event, fact: dict[str, Any]) -> set[str]:
    """The variants a pure-Python evaluation says should fire on this fact."""
    out = set()
    day = event.date
    for name, variant in engine.compiled.variants.items():
        if event.type.value not in variant.rule.applies_to:
            continue
        if _fires(variant, day, fact, event):
            out.add(name)
    return out


def _fires(v: Variant, day: date, fact: dict[str, Any], event: Event) -> bool:
    if v.kind == "exemption":
        ex = v.exemption
        assert ex is not None
        if (ex.start is not None and day < ex.start) or (ex.end is not None and day > ex.end):
            return False
        if v.gate is not None and fact.get(v.gate) != 1:
            return False  # weighed only where its rule can fire
        return evaluate_all(ex.conditions, fact, event)[0]
    stage = v.stage
    assert stage is not None
    if v.rule.judged_on == "end_date":  # a duty about how long something lasts (docs/rules.md)
        day = event.end_date or event.date
    if day < stage.start or (stage.end is not None and day > stage.end):
        return False
    return evaluate_all(v.rule.conditions + stage.conditions, fact, event, v.review_of)[0]


# --- properties ---------------------------------------------------------------------------


@SETTINGS
@given(batch=st.lists(events(valid=False), min_size=1, max_size=6))
def test_random_events_never_crash(engine: Engine, batch: list[dict[str, Any]]) -> None:
    batch = _numbered(batch)
    report = engine.check(batch)
    s = report.summary
    assert s.checked + s.rejected == s.events == len(batch)
    assert s.findings == len(report.findings)
    assert s.by_severity["violation"] + s.by_severity["review"] == s.findings
    ids = [e["id"] for e in batch]
    assert all(f.event_ids[0] in ids for f in report.findings)
    assert engine._matcher.pending() == 0


json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), some_text,
                        st.decimals(allow_nan=False, allow_infinity=False, places=2))
junk_value = st.recursive(json_scalar,
                          lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                  st.dictionaries(some_text, inner, max_size=3)),
                          max_leaves=8)
event_key = st.one_of(st.sampled_from(sorted(Event.model_fields)), some_text)
junk_event = st.one_of(
    junk_value,
    st.dictionaries(event_key, junk_value, max_size=6),
    # Valid head, junk body: gets past id/type/date to the nested models.
    st.builds(lambda extra, d: {"id": "j", "type": "transfer", "date": d, **extra},
              st.dictionaries(event_key, junk_value, max_size=4), iso),
)


@SETTINGS
@given(batch=st.lists(junk_event, min_size=1, max_size=5))
def test_junk_is_rejected_not_crashed_on(engine: Engine, batch: list[Any]) -> None:
    report = engine.check(batch)
    s = report.summary
    assert s.checked + s.rejected == s.events == len(batch)
    for rejection in report.rejected:
        assert rejection.errors
        assert all(e.field and e.message for e in rejection.errors)
    assert engine._matcher.pending() == 0


def _assert_agree(engine: Engine, models: list[Event], facts: list[dict[str, Any]]) -> None:
    """durable-rules fires exactly the variants the Python evaluator says, fact by fact."""
    fired = engine._matcher.match(copy.deepcopy(facts))
    for model, fact, names in zip(models, facts, fired, strict=True):
        expected = _expected(engine, model, fact)
        assert names == expected, (
            f"durable-rules only: {sorted(names - expected)}; "
            f"Python only: {sorted(expected - names)}; fact: {fact}")
    assert engine._matcher.pending() == 0


@SETTINGS
@given(batch=st.lists(events(valid=True), min_size=1, max_size=5))
def test_durable_rules_and_the_explainer_agree(engine: Engine, batch: list[dict[str, Any]]
                                               ) -> None:
    models = [Event.model_validate(e, context={"categories": frozenset(CATEGORIES)})
              for e in _numbered(batch)]
    facts = [to_fact(m, engine.rulebook.taxonomy, "") for m in models]
    _assert_agree(engine, models, facts)


MARKS = st.sampled_from([None, {"des": ["dprk", "dprk/*"], "pdes": []},
                         {"des": [], "pdes": ["dprk", "dprk/*"]},
                         {"des": ["iran", "iran/*"], "pdes": ["dprk", "dprk/*"]},
                         {"des": [], "pdes": []},
                         # a record listed for one measure only (its own listing scope)
                         {"des": ["dprk", "dprk/travel_ban"], "pdes": []},
                         {"des": ["dprk", "dprk/arms_embargo"], "pdes": ["dprk/*"]},
                         {"des": ["dprk"], "pdes": ["dprk", "dprk/asset_freeze"]}])


@SETTINGS
@given(batch=st.lists(events(valid=True), min_size=1, max_size=5), data=st.data())
def test_durable_rules_and_the_explainer_agree_on_designations(
        engine: Engine, batch: list[dict[str, Any]], data: st.DataObject) -> None:
    """The same invariant with parties and vessels marked designated (strong, weak, another
    regime), as the screening step marks them, on the shipped rules (which test them)."""
    models = [Event.model_validate(e, context={"categories": frozenset(CATEGORIES)})
              for e in _numbered(batch)]
    facts = []
    for m in models:
        marks = {}
        for path in [f"parties[{i}]" for i in range(len(m.parties))] + [
                f"vessels[{i}]" for i in range(len(m.vessels))]:
            mark = data.draw(MARKS)
            if mark is not None:
                marks[path] = mark
        facts.append(to_fact(m, engine.rulebook.taxonomy, "", marks))
    _assert_agree(engine, models, facts)


def test_the_generators_reach_the_rules(engine: Engine) -> None:
    """Guard against a vacuous invariant: random events do fire stage, review and exemption
    variants (checked on a fixed sample of the strategy)."""
    kinds: set[str] = set()

    @settings(max_examples=300, deadline=None, database=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow])
    @given(e=events(valid=True))
    def collect(e: dict[str, Any]) -> None:
        model = Event.model_validate(e)
        fact = to_fact(model, engine.rulebook.taxonomy, "")
        for name in _expected(engine, model, fact):
            kinds.add(engine.compiled.variants[name].kind)

    collect()
    assert {"stage", "review", "exemption"} <= kinds, kinds


@pytest.mark.parametrize("seed_event", [
    # Hand-picked corners of the invariant that random search may take long to meet.
    {"type": "transfer", "date": "2017-01-10", "origin": "KP",
     "location": {"port": "rajin\nport"}, "items": [{"category": "coal", "origin": "RU"}],
     "authorizations": [{"type": "notification", "addressed_to": "1718\nCommittee",
                         "date": "2017-01-01"}]},
    {"type": "transfer", "date": "2012-03-01", "destination": "KP",
     "items": [{"category": "small_arms_light_weapons"}, {"category": "ammunition"}]},
    {"type": "transfer", "date": "2009-06-11", "destination": "KP",
     "items": [{"category": "arms"}, {"hs_code": "930110"}]},
    {"type": "transfer", "date": "2017-08-20", "origin": "KP", "contract_date": "2017-08-01",
     "items": [{"category": "iron_ore"}],
     "authorizations": [{"type": "notification", "addressed_to": "1718 Committee",
                         "date": "2017-09-19"}]},
    {"type": "transfer", "date": "2020-01-01",
     "parties": [{"role": "buyer", "country": "KP"}, {"role": "supplier", "country": "RU"}],
     "items": [{"hs_code": "8703"}, {"category": "consumer_goods"}]},
])
def test_agreement_on_corner_cases(engine: Engine, seed_event: dict[str, Any]) -> None:
    model = Event.model_validate({"id": "corner", **seed_event})
    fact = to_fact(model, engine.rulebook.taxonomy, "")
    (names,) = engine._matcher.match([copy.deepcopy(fact)])
    assert names == _expected(engine, model, fact)
    engine.check([model])  # and the explained pipeline agrees too (MatchError otherwise)
