"""The compiler and the matcher: the durable-rules traps are kept out, and nothing leaks.

See shared/reference/durable_rules.md: no floats, no dotted keys, every rule tests ``t`` (so none
can match the session state message), rulesets below 4096 rules, at most 512 tests under one
node, 32-bit FNV-1 ids that do not collide, facts (every rule fires) rather than events (one
rule fires), and one durable-rules host per engine.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sanctions_engine.matching.compiler as compile_module
import sanctions_engine.matching.matcher as matcher_module
from durable.engine import Host, MessageObservedException
from sanctions_engine import Engine, Event, Report, RuleError
from sanctions_engine.matching.compiler import MAX_CHILDREN, compile_rulebook
from sanctions_engine.matching.facts import CHUNK, fact_ids, fnv1_32, to_fact
from sanctions_engine.matching.matcher import Matcher
from sanctions_engine.rulebook.loader import load_rulebook

Builder = Callable[..., dict[str, Any]]

# An event with every field the contract has, decimals and text that needs folding included.
RICH_EVENT: dict[str, Any] = {
    "id": "rich", "type": "transfer", "date": "2017-01-10", "end_date": "2017-02-01",
    "description": "Everything at once", "origin": "KP", "destination": "China",
    "transit": ["RU", "CN"],
    "location": {"country": "KP", "port": "Rajin Port", "area": "Sea of Japan",
                 "lat": 42.25, "lon": 130.3},
    "parties": [{"role": "supplier", "kind": "entity", "name": "Korea Mining Co.",
                 "country": "KP", "identifiers": {"un.reference": "KPe.001"}},
                {"role": "buyer", "name": "ÉTOILE Trading", "country": "CN"}],
    "items": [{"category": "coal", "hs_code": "2701.12", "quantity": "1000.25", "unit": "t",
               "value": {"value": "99.999", "currency": "usd"}, "origin": "RU"},
              {"hs_code": "8703.23"},
              {"description": "unmarked crates"}],
    "vessels": [{"name": "Star", "imo": "IMO 1234567", "flag": "Sierra Leone",
                 "role": "Delivering"}],
    "amount": {"value": 12.5, "currency": "EUR"},
    "contract_date": "2016-12-01",
    "authorizations": [{"type": "notification", "issued_by": "Russia",
                        "addressed_to": "1718 Committee", "date": "2017-01-01",
                        "valid_until": "2017-12-31", "covers": "Coal via Rajin"},
                       {"type": "licence"}],
    "source": {"title": "Panel report", "extra.key": 1.5},
}

pytestmark = pytest.mark.usefixtures("core_by_default")


def _walk(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, f"{path}/{key}")
            yield f"{path}/<key {key}>", key
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _walk(item, f"{path}[{i}]")


def _rule_bodies(engine: Engine) -> Iterator[tuple[str, dict[str, Any]]]:
    for ruleset in engine.compiled.rulesets:
        for name, rule in ruleset.items():
            (pattern,) = rule["all"]
            yield name, pattern["m"]


def _first_test(body: dict[str, Any]) -> dict[str, Any]:
    return body["$and"][0] if "$and" in body else body


def _outcomes(report: Report) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    return ([(f.event_ids[0], f.rule_id, f.severity) for f in report.findings],
            [(f.event_ids[0], f.rule_id) for f in report.exempted])


# --- ids ------------------------------------------------------------------------------------


class _QuietHost(Host):  # type: ignore[misc]
    def _run(self) -> None:  # no timer threads
        pass


def _id_host() -> _QuietHost:
    host = _QuietHost()
    host.set_rulesets({"ids": {"any": {"all": [{"m": {"$ex": {"t": 1}}}],
                                       "run": lambda c: None}}})
    return host


# durable-rules hashes ids with 32-bit FNV-1a (xor, then multiply): these are the FNV-1a test
# vectors. (FNV-1, multiply then xor, gives 0x050c5d7e for "a": not what durable-rules does.)
@pytest.mark.parametrize(("text", "value"), [
    ("", 0x811C9DC5),
    ("a", 0xE40C292C),
    ("foobar", 0xBF9CF968),
], ids=["empty", "a", "foobar"])
def test_fnv1_32_known_values(text: str, value: int) -> None:
    assert fnv1_32(text) == value


def test_fnv1_32_is_the_hash_durable_rules_uses() -> None:
    """Two distinct ids that durable-rules takes for the same message (durable_rules.md §3):
    the id check in ``fact_ids`` is only worth something if it uses the same hash."""
    host = _id_host()
    host.assert_fact("ids", {"id": "e522789", "t": 1})
    with pytest.raises(MessageObservedException):
        host.assert_fact("ids", {"id": "e739192", "t": 1})
    assert fnv1_32("e522789") == fnv1_32("e739192")


def test_fact_ids_coexist_in_durable_rules() -> None:
    host = _id_host()
    facts = [{"id": i, "t": 1} for i in fact_ids()]
    host.assert_facts("ids", facts)  # a collision would raise MessageObservedException
    host.retract_facts("ids", facts)


def test_fact_ids_are_distinct_under_the_hash() -> None:
    ids = fact_ids()
    assert len(ids) == CHUNK == len(set(ids))
    assert len({fnv1_32(i) for i in ids}) == CHUNK


# --- facts ----------------------------------------------------------------------------------


def test_to_fact_has_no_floats_no_dotted_keys_and_dates_as_ints(engine: Engine) -> None:
    event = Event.model_validate(RICH_EVENT)
    fact = to_fact(event, engine.rulebook.taxonomy, "f0")
    for path, value in _walk(fact):
        assert not isinstance(value, float | Decimal), f"{path}: {value!r}"
        assert value is not None, path  # absent means absent: durable-rules counts null as set
        if "<key" in path:
            assert isinstance(value, str) and "." not in value and not value.startswith("$"), path
    assert fact["id"] == "f0"
    assert fact["t"] == "transfer"
    assert fact["d"] == event.date.toordinal()
    assert fact["end_date"] == event.end_date.toordinal()  # type: ignore[union-attr]
    assert fact["contract_date"] == event.contract_date.toordinal()  # type: ignore[union-attr]
    json.dumps(fact, allow_nan=False)  # plain JSON


def test_to_fact_values(engine: Engine) -> None:
    fact = to_fact(Event.model_validate(RICH_EVENT), engine.rulebook.taxonomy, "x")
    assert (fact["origin"], fact["destination"], fact["transit"]) == ("KP", "CN", ["RU", "CN"])
    assert (fact["loc_country"], fact["loc_port"], fact["loc_area"]) == (
        "KP", "rajin port", "sea of japan")
    assert fact["amount_value"] == 12500 and fact["amount_currency"] == "EUR"
    coal, car, crates = fact["items"]
    assert "coal" in coal["cats"] and coal["cls"] == 1
    assert (coal["hs"], coal["qty"], coal["value"], coal["currency"], coal["origin"],
            coal["unit"]) == ("270112", 1000250, 99999, "USD", "RU", "t")
    assert "luxury_goods" in car["pcats"] and "luxury_goods" not in car["cats"]
    assert car["cls"] == 1
    # Nothing to classify the crates by: cls 0, the mark a review twin looks for.
    assert (crates["cats"], crates["pcats"], crates["cls"]) == ([], [], 0)
    assert "hs" not in crates and "qty" not in crates
    # home: the party's country is where the event happens (KP), or else its destination.
    assert fact["parties"][1] == {"role": "buyer", "country": "CN", "name": "étoile trading",
                                  "home": 0}
    assert fact["parties"][0]["home"] == 1
    assert fact["vessels"] == [{"flag": "SL", "role": "delivering", "imo": "1234567"}]
    notification, licence = fact["authorizations"]
    assert notification["days_before"] == 9000  # 9 days, in thousandths like every number
    assert notification["valid"] == 1
    assert notification["covers"] == "coal via rajin"
    assert licence == {"type": "licence", "valid": 1}


def test_authorization_validity_on_the_event_date(engine: Engine, make_event: Builder) -> None:
    auths = [{"type": "committee_exemption", "date": "2023-10-01"},  # issued after the event
             {"type": "committee_exemption", "valid_until": "2023-09-14"},  # expired the day before
             {"type": "committee_exemption", "date": "2023-09-15", "valid_until": "2023-09-15"}]
    fact = to_fact(Event.model_validate(make_event(authorizations=auths)),
                   engine.rulebook.taxonomy, "x")
    assert [a["valid"] for a in fact["authorizations"]] == [0, 0, 1]


def test_compiled_rules_have_no_floats_and_no_dotted_fact_keys(engine: Engine) -> None:
    for name, body in _rule_bodies(engine):
        for path, value in _walk(body):
            assert not isinstance(value, float), f"{name}{path}"
        json.dumps(body, allow_nan=False)


# --- rule shape -----------------------------------------------------------------------------


def test_every_rule_tests_the_event_type_first(engine: Engine) -> None:
    """The session state message has no ``t``: a rule whose first test is on ``t`` cannot match
    it, so no action can re-fire forever."""
    seen = 0
    for name, body in _rule_bodies(engine):
        first = _first_test(body)
        options = first.get("$or", [first])
        for option in options:
            if name == engine.compiled.catch_all:
                assert option == {"$ex": {"t": 1}}
            else:
                assert list(option) == ["t"], (name, first)
                assert isinstance(option["t"], str)
        seen += 1
    assert seen > len(engine.rulebook.rules)


def _ends_in_or(expression: dict[str, Any]) -> bool:
    if "$or" in expression:
        return True
    if "$and" in expression:
        return _ends_in_or(expression["$and"][-1])
    return False


def test_no_array_test_ends_in_an_or(engine: Engine) -> None:
    """durable-rules leaves the node of an $or half built; under $iany/$iall it then reads the
    unset half and, at random, refuses the whole ruleset (error 102; valgrind shows the read)."""
    arrays = 0
    for name, body in _rule_bodies(engine):
        for path, value in _walk(body):
            if path.endswith(("/$iany", "/$iall")) or path in {"/$iany", "/$iall"}:
                (inner,) = value.values()
                assert not _ends_in_or(inner), (name, path)
                arrays += 1
    assert arrays > 100


def test_an_or_under_an_array_test_is_closed_by_a_plain_test() -> None:
    one_of = compile_module._one_of(("a", "b"))
    assert not _ends_in_or(one_of)
    assert compile_module._one_of(("a",)) == {"$i": "a"}


def test_no_rule_tests_session_state(engine: Engine) -> None:
    for name, body in _rule_bodies(engine):
        keys = {k for path, k in _walk(body) if "<key" in path}
        assert "$s" not in keys and "sid" not in keys, name


def test_every_variant_is_compiled_and_every_rule_name_is_a_variant(engine: Engine) -> None:
    names = {name.partition("#")[0] for name, _ in _rule_bodies(engine)}
    names.discard(engine.compiled.catch_all)
    assert names == set(engine.compiled.variants)
    stages = {(v.rule.id, v.stage.index) for v in engine.compiled.variants.values()
              if v.kind == "stage" and v.stage is not None}
    assert stages == {(r.id, s.index) for r in engine.rulebook.rules for s in r.stages}


def test_rulesets_stay_below_the_durable_rules_limit(engine: Engine) -> None:
    assert compile_module.MAX_RULES_PER_RULESET + 1 < 4096
    for ruleset in engine.compiled.rulesets:
        assert len(ruleset) < 4096
        assert engine.compiled.catch_all in ruleset


def test_many_rulesets_give_the_same_report(engine: Engine, monkeypatch: pytest.MonkeyPatch,
                                            sample_events: list[dict[str, Any]]) -> None:
    monkeypatch.setattr(compile_module, "MAX_RULES_PER_RULESET", 7)
    split = Engine(engine.rulebook)
    assert len(split.compiled.rulesets) > 3
    assert all(len(rs) <= 8 for rs in split.compiled.rulesets)
    assert split.check(sample_events).to_json() == engine.check(sample_events).to_json()


def _many_rules(count: int) -> str:
    rules = "".join(
        f"  - id: dprk.synthetic.r{i}\n"
        f"    title: Synthetic rule {i}\n"
        f"    summary: A payment of exactly {i} units.\n"
        f"    applies_to: [financial_transaction]\n"
        f"    when:\n"
        f"      - {{field: amount.value, equals: {i}}}\n"
        f"    stages:\n"
        f"      - from: 2006-10-14\n"
        f"        citations:\n"
        f"          - {{resolution: 1718, paragraph: \"8(d)\", status: verified}}\n"
        for i in range(count))
    return f"regime: dprk\nrules:\n{rules}"


def _only_synthetic(rules_copy: Path) -> None:
    """Leave no other rule under the synthetic rules' node (the count is exact)."""
    for path in rules_copy.glob("*/*.yaml"):
        path.unlink()
    for folder in rules_copy.iterdir():
        if folder.is_dir() and folder.name != "dprk":
            folder.rmdir()


def test_more_than_512_tests_under_one_node_is_refused(rules_copy: Path) -> None:
    """durable-rules hangs in set_rulesets above 512 children: the compiler must refuse first."""
    _only_synthetic(rules_copy)
    (rules_copy / "dprk" / "zz_synthetic.yaml").write_text(_many_rules(MAX_CHILDREN + 1),
                                                          encoding="utf-8")
    book = load_rulebook(rules_copy)
    with pytest.raises(RuleError) as excinfo:
        compile_rulebook(book)  # never handed to durable-rules: that would hang
    # The refusal names the rule that added the test past the limit, its file and line.
    assert excinfo.value.file == str(rules_copy / "dprk" / "zz_synthetic.yaml")
    assert excinfo.value.rule_id is not None and excinfo.value.line is not None
    assert f"{MAX_CHILDREN + 1} different tests under one node" in str(excinfo.value)


def test_512_tests_under_one_node_are_accepted(rules_copy: Path) -> None:
    _only_synthetic(rules_copy)
    (rules_copy / "dprk" / "zz_synthetic.yaml").write_text(_many_rules(MAX_CHILDREN),
                                                          encoding="utf-8")
    compiled = compile_rulebook(load_rulebook(rules_copy))
    assert len(compiled.variants) == MAX_CHILDREN


def test_shape_check_with_a_small_limit(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compile_module, "MAX_CHILDREN", 1)
    with pytest.raises(RuleError, match="under one node"):
        compile_rulebook(engine.rulebook)


# --- facts, not events ----------------------------------------------------------------------


def _recorder(fired: list[str], rule_name: str) -> Callable[[Any], None]:
    # One parameter: durable-rules takes an action with two for an asynchronous one.
    def run(c: Any) -> None:
        fired.append(rule_name)

    return run


def test_posted_event_fires_one_rule_asserted_fact_fires_all(engine: Engine,
                                                             make_event: Builder) -> None:
    """Why the engine asserts facts: a posted event fires one rule, a fact every rule."""
    event = Event.model_validate(make_event(
        date="2020-01-10", destination="KP", items=[{"category": "yachts"},
                                                    {"category": "arms"}]))
    fact = to_fact(event, engine.rulebook.taxonomy, "f1")
    fired: list[str] = []
    rulesets: dict[str, Any] = {}
    for n, ruleset in enumerate(engine.compiled.rulesets):
        rs = copy.deepcopy(ruleset)
        for rule_name, rule in rs.items():
            rule["run"] = _recorder(fired, rule_name)
        rulesets[f"demo{n}"] = rs
    host = _QuietHost()
    host.set_rulesets(rulesets)
    name = next(iter(rulesets))

    host.post(name, dict(fact))
    posted = list(fired)
    fired.clear()
    host.assert_fact(name, dict(fact, id="f2"))
    asserted = {n.partition("#")[0] for n in fired}
    host.retract_fact(name, dict(fact, id="f2"))

    assert {"r|dprk.arms.import|2", "r|dprk.luxury.supply|0",
            engine.compiled.catch_all} <= asserted
    # A posted event is consumed by the first action: it can never fire every rule it meets.
    # (Seen once in ~15 full runs: `posted` held other than one name; hence <, with the list.)
    assert len(posted) < len(asserted), (posted, sorted(asserted))

    # And the engine reports both.
    report = engine.check([event])
    assert [f.rule_id for f in report.findings] == ["dprk.arms.import", "dprk.luxury.supply"]


# --- nothing shared, nothing left behind ----------------------------------------------------


def test_pending_is_zero_on_a_fresh_matcher(engine: Engine) -> None:
    matcher = Matcher(engine.compiled)
    assert matcher.pending() == 0


def test_two_engines_share_nothing(engine: Engine, sample_events: list[dict[str, Any]],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    one, two = Engine(engine.rulebook), Engine(engine.rulebook)
    two.check([{"id": "warm", "type": "other", "date": "2020-01-01"}])
    observed: list[tuple[int, int]] = []
    original = matcher_module._retract_facts_lean

    def spy(tier: Any, ruleset: str, text: str) -> Any:
        # Inside one's batch, with its facts still asserted.
        if tier is one._matcher._main:
            observed.append((one._matcher.pending(), two._matcher.pending()))
        return original(tier, ruleset, text)

    monkeypatch.setattr(matcher_module, "_retract_facts_lean", spy)
    report = one.check(sample_events)
    assert report.findings
    assert observed
    assert all(mine > 0 and theirs == 0 for mine, theirs in observed), observed
    assert one._matcher.pending() == 0
    assert one._matcher._main.host is not two._matcher._main.host


def test_a_batch_leaves_nothing_behind(engine: Engine, sample_events: list[dict[str, Any]],
                                       sample_expected: Any) -> None:
    first = engine.check(sample_events)
    assert engine._matcher.pending() == 0
    second = engine.check(sample_events)
    assert engine._matcher.pending() == 0
    assert first.to_json() == second.to_json()
    assert _outcomes(first) == sample_expected


def test_the_same_fact_ids_are_reused_across_chunks(engine: Engine, make_event: Builder) -> None:
    """More events than one chunk: ids f0..f999 come back, and each finding lands on its event."""
    events = []
    for i in range(CHUNK * 2 + 37):
        hit = i % 7 == 3
        events.append(make_event(f"c{i}", destination="KP" if hit else "CN",
                                 items=[{"category": "arms"}]))
    report = engine.check(events)
    assert report.summary.checked == len(events)
    expected = [f"c{i}" for i in range(len(events)) if i % 7 == 3]
    assert [f.event_ids[0] for f in report.findings] == expected
    assert {f.rule_id for f in report.findings} == {"dprk.arms.import"}
    assert engine._matcher.pending() == 0


def test_match_returns_variant_names_per_fact(engine: Engine, make_event: Builder) -> None:
    taxonomy = engine.rulebook.taxonomy
    facts = [to_fact(Event.model_validate(make_event(f"m{i}", **fields)), taxonomy, "")
             for i, fields in enumerate([
                 {"destination": "KP", "items": [{"category": "arms"}]},
                 {"destination": "CN", "items": [{"category": "arms"}]},
                 {"destination": "KP", "items": [{"category": "yachts"}]}])]
    fired = engine._matcher.match(facts)
    assert fired == [{"r|dprk.arms.import|2"}, set(), {"r|dprk.luxury.supply|0"}]
    assert all(name in engine.compiled.variants for names in fired for name in names)


def test_one_fact_within_reach_of_many_rules(engine: Engine, make_event: Builder) -> None:
    """An unclassified item from the DPRK sold by a DPRK supplier is within reach of every
    procurement rule at once, through every alternative of each; durable-rules refuses a
    message that too many alpha nodes match (error 303), so the compiled shape must not
    get there -- and if it did, the batch must not die of a raw durable-rules error."""
    event = make_event(date="2023-10-13", origin="KP",
                       items=[{"description": "goods", "origin": "KP"}],
                       parties=[{"role": "supplier", "country": "KP"},
                                {"role": "seller", "country": "KP"}])
    report = engine.check([event, make_event("after", destination="KP",
                                             items=[{"category": "arms"}])])
    assert [(f.event_ids[0], f.rule_id, f.severity) for f in report.findings] == [
        ("e1", "dprk.arms.export", "review"),
        ("e1", "dprk.coal.export", "review"),
        ("e1", "dprk.iron.export", "review"),
        ("after", "dprk.arms.import", "violation"),
    ]
