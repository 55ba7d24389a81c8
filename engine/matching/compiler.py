"""Compile a ``Rulebook`` onto durable-rules.

Each rule stage becomes one durable-rules rule (its conditions, its event types and its dates
joined by ``$and``); each category or designation test with room for doubt adds a *review*
twin, and each exemption becomes a rule of its own. Events are asserted as facts, never
posted: a posted event fires at most one rule, a fact fires every rule it satisfies.

The traps of durable-rules 2.0.28 are kept out here, in one place: no floats (numbers are
integers in thousandths, dates are day ordinals), no dotted keys, no test that can match the
session's state message (every rule tests ``t``, which that message lacks), rulesets split
below 4096 rules, at most 512 different tests under one node, and fact ids whose 32-bit
hashes are known to be distinct.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..errors import RuleError
from ..rulebook.loader import ENUM_VALUES, Rulebook
from ..rulebook.spec import AnyOf, Condition, Exemption, Rule, Scoped, Stage, Test

# durable-rules refuses a ruleset of more than 4096 rules (MAX_ACTIONS, error 106). Every
# ruleset costs each fact a second assert and a second catch-all action (measured: 2 rulesets
# of ~1,270 rules, 7,811 facts/s; see benchmarks/README.md), so rulesets are as large as allowed.
MAX_RULES_PER_RULESET = 4000
MAX_CHILDREN = 512  # durable-rules hangs above this many tests under one node
# Each "or" is lifted to the top (condition_terms), so alternatives multiply: 22 any_of of two
# options are 4 million durable-rules rules (never finishes, 5.4 GB). The shipped rules need
# at most 210 for one rule.
MAX_ALTERNATIVES = 1_024
# durable-rules walks its alpha network with a stack of 64 nodes (events.c): every test under
# a node that a fact passes is pushed at once, and array tests ($iany) are never shared between
# rules. So the rules under one scalar prefix (type, gate, dates, scalar conditions) can push
# their array tests together, and copies of the same rules push the same ones: a ruleset takes
# at most this many rules under one prefix. Measured with the rule-count curve of
# benchmarks/throughput.py (the rules replicated 8 times, 952 rules, all-DPRK events): at 96
# every chunk overflowed into fact-by-fact matching, at 40 none did. The shipped rulebook then
# needs two rulesets; the gate asserts a fact only in those it can reach.
MAX_SHARED_PREFIX = 40


@dataclass(frozen=True)
class Variant:
    """What a durable-rules rule name stands for."""

    kind: str  # stage, review, exemption, contribution (to a cap), link-first, link-then
    rule: Rule
    stage: Stage | None = None
    review_of: Test | None = None
    exemption: Exemption | None = None
    gate: str | None = None  # a fact key that must be 1 (an exemption takes its rule's gate)
    name: str = ""  # its durable-rules rule name (set by the compiler; read by nobody else)
    order: int = 0  # its place in compile order: findings are built in this order


@dataclass(frozen=True)
class CompiledRulebook:
    """The rulesets as durable-rules dicts (without actions) and what each rule name means."""

    rulesets: tuple[dict[str, dict[str, Any]], ...]
    variants: dict[str, Variant]
    catch_all: str

    def variant_of(self, rule_name: str) -> Variant | None:
        """The variant a compiled durable-rules rule belongs to (``<variant>#<k>`` is one
        alternative of it); None for the catch-all."""
        return self.variants.get(rule_name.partition("#")[0])


# --- rules -> durable-rules JSON ---------------------------------------------------------


Term = list[dict[str, Any]]  # tests joined by $and; none of them contains an $or


def _all(tests: list[dict[str, Any]]) -> dict[str, Any]:
    return tests[0] if len(tests) == 1 else {"$and": tests}


class _TooMany(Exception):
    """A rule whose conditions expand to more than ``MAX_ALTERNATIVES`` alternatives."""

    def __init__(self, count: int) -> None:
        super().__init__(count)
        self.count = count


def _product(groups: list[list[Term]]) -> list[Term]:
    size = 1
    for alternatives in groups:
        size *= len(alternatives)
    if size > MAX_ALTERNATIVES:
        raise _TooMany(size)  # counted before any is built
    out: list[Term] = [[]]
    for alternatives in groups:
        out = [left + right for left in out for right in alternatives]
    return out


def _one_of(values: tuple[Any, ...]) -> dict[str, Any]:
    """A test on one element of a list of scalars: equal to any of ``values``.

    ``$or`` over ``$i`` values of a scalar list is evaluated correctly by durable-rules
    (measured); only ``$or`` between tests on an array of objects is not.
    """
    tests = [{"$i": v} for v in values]
    if len(tests) == 1:
        return tests[0]
    # An $or straight under $iany reads an uninitialised node field in durable-rules 2.0.28
    # (createAlpha, rete.c: the forward node of an $or never sets expression.right.type;
    # valgrind shows it) and then, at random, refuses the ruleset with error 102. Closing the
    # $and with a plain test that every listed value passes ("" is never one) gives the $iany
    # a fully built node to check, and the same meaning.
    assert "" not in values
    return {"$and": [{"$or": tests}, {"$neq": {"$i": ""}}]}


def _test_terms(t: Test, prefix: str, review: bool, relaxed: bool) -> list[Term]:
    key = prefix + t.field.key

    def none_of(values: tuple[Any, ...]) -> list[Term]:
        return [[{"$iall": {key: {"$neq": {"$i": v}}}} for v in values]]

    if t.field.kind == "category":
        if t.op == "not_in":
            # In a review twin an item with no certain category is not excluded.
            return ([[{prefix + "ncats": 0}]] if relaxed else []) + none_of(t.value)
        if not review:
            return [[{"$iany": {key: _one_of(t.value)}}]]
        # Within reach, but not established: unclassified, possibly in, or declared too coarsely.
        terms: list[Term] = [[{prefix + "cls": 0}],
                             [{"$iany": {prefix + "pcats": _one_of(t.value)}}]]
        if t.review_if:
            terms.append([{"$iany": {prefix + "own": _one_of(t.review_if)}}])
        return terms
    if t.field.kind == "designation":
        # A review twin asks for a weak match (or a record perhaps removed by the day).
        return [[{"$iany": {prefix + ("pdes" if review else "des"): _one_of(t.value)}}]]
    if review and t.review_if_absent:
        # Within reach but silent: the event lacks the field the test needs.
        return [[{"$nex": {key: 1}}]]
    if t.field.many:
        if t.op == "equals":
            return [[{"$iany": {key: {"$i": t.value}}}]]
        if t.op == "in":
            return [[{"$iany": {key: _one_of(t.value)}}]]
        if t.op == "not_in":
            return none_of(t.value)
    match t.op:
        case "equals":
            return [[{key: t.value}]]
        case "not_equals":
            return [[{"$neq": {key: t.value}}]]
        case "in":
            if frozenset(t.value) == ENUM_VALUES.get((t.scope, t.field.path)):
                # Every value the contract allows: the same as "present", one rule not many.
                return [[{"$ex": {key: 1}}]]
            return [[{key: v}] for v in t.value]
        case "not_in":
            return [[{"$neq": {key: v}} for v in t.value]]
        case "gt" | "gte" | "lt" | "lte":
            return [[{f"${t.op}": {key: t.value}}]]
        case "exists":
            return [[{"$ex" if t.value else "$nex": {key: 1}}]]
        case "prefix":
            return [[{"$mt": {key: f"{p}.*"}}] for p in t.value]
        case "mentions":
            return [[{"$mt": {key: f".*{t.value}.*"}}]]
    raise AssertionError(t.op)


def condition_terms(c: Condition, prefix: str = "", review_of: Test | None = None
                    ) -> list[Term]:
    """One condition in disjunctive normal form: alternatives, each a list of tests.

    durable-rules 2.0.28 evaluates an ``$or`` nested inside ``$iany`` wrongly (measured: a
    true second branch is missed), so every ``or`` is lifted to the top: "some item with X
    and (A or B)" becomes "some item with X and A" or "some item with X and B", each its own
    durable-rules rule.
    """
    if isinstance(c, Test):
        return _test_terms(c, prefix, c is review_of, review_of is not None)
    if isinstance(c, AnyOf):
        return [term for option in c.options
                for term in condition_terms(option, prefix, review_of)]
    assert isinstance(c, Scoped)
    if c.every:
        # Certain facts only (no review relaxation), and one conjunction (the loader refuses
        # an "or" inside every_*). durable-rules' $iall is false on an empty list (measured).
        (term,) = _product([condition_terms(x, "$i.", None) for x in c.conditions])
        return [[{"$iall": {c.list_key: _all(term)}}]]
    inner = _product([condition_terms(x, "$i.", review_of) for x in c.conditions])
    return [[{"$iany": {c.list_key: _all(term)}}] for term in inner]


def _terms(conditions: tuple[Condition, ...], review_of: Test | None = None) -> list[Term]:
    return _product([condition_terms(c, "", review_of) for c in conditions])


def category_tests(conditions: tuple[Condition, ...]) -> Iterator[Test]:
    """Every test with room for doubt, each the seed of a review twin: an ``in`` test on an
    item category (unclassified, possibly in it, declared too coarsely) or on a designation
    (a weak match)."""
    for c in conditions:
        if isinstance(c, Test) and (c.review_if_absent or (
                c.field.kind in ("category", "designation") and c.op == "in")):
            yield c
        elif isinstance(c, AnyOf):
            yield from category_tests(c.options)
        elif isinstance(c, Scoped) and not c.every:  # every_*: certain facts only
            yield from category_tests(c.conditions)


def _dates(start: Any, end: Any, key: str = "d") -> Term:
    out: Term = []
    if start is not None:
        out.append({"$gte": {key: start.toordinal()}})
    if end is not None:
        out.append({"$lte": {key: end.toordinal()}})
    return out


_COUNTRY_KEYS = frozenset({"origin", "destination", "loc_country", "country", "flag"})


def _countries_named(test: dict[str, Any]) -> set[str]:
    """Countries a test can only pass with: an equality on a country field, at any depth."""
    out: set[str] = set()
    for key, value in test.items():
        bare = key.removeprefix("$i.")
        if bare in _COUNTRY_KEYS and isinstance(value, str):
            out.add(value)
        elif key == "$and":
            for sub in value:
                out |= _countries_named(sub)
        elif key == "$iany" and isinstance(value, dict):
            for list_key, inner in value.items():
                if list_key == "transit" and inner.get("$i") is not None:
                    out.add(inner["$i"])
                elif isinstance(inner, dict):
                    out |= _countries_named(inner)
    return out


def _tests_designation(test: Any) -> bool:
    if isinstance(test, dict):
        return any(k.removeprefix("$i.") in ("des", "pdes") or _tests_designation(v)
                   for k, v in test.items())
    if isinstance(test, list):
        return any(_tests_designation(v) for v in test)
    return False


def _gates(term: Term) -> set[str]:
    """The scalar gate tests a term implies: ``c_<country>`` for each country it needs,
    ``dz`` if it needs a designated party or vessel."""
    named = set().union(*(_countries_named(t) for t in term))
    return {f"c_{c}" for c in named} | ({"dz"} if any(_tests_designation(t) for t in term)
                                        else set())


def _main_gate(gates: set[str]) -> str | None:
    """The gate a term opens with: a country it needs, else a designation.

    The test is implied by the term (it cannot change what matches), but it lets the network
    drop an event that names no such country, or no listed party or vessel (nearly all of
    them), at once, before the dates and the rest. A scalar test, not an array test:
    durable-rules shares equal scalar tests between rules, but gives every array test ($iany)
    a node of its own.
    """
    countries = sorted(g for g in gates if g.startswith("c_"))
    if countries:
        return countries[0]
    return "dz" if "dz" in gates else None


def _gated(term: Term, *gates: str | None) -> Term:
    """The term with the given gate tests put first, after the event type."""
    tests = [{g: 1} for g in dict.fromkeys(g for g in gates if g is not None)]
    return [term[0], *tests, *term[1:]]


def _types(rule: Rule) -> list[Term]:
    return [[{"t": t}] for t in rule.applies_to]


def compile_rulebook(book: Rulebook) -> CompiledRulebook:
    """Every rule stage, review twin and exemption as durable-rules rules.

    A variant whose conditions have several alternatives becomes several durable-rules rules
    named ``<variant>#<k>``; any of them firing means the variant fired. A rule that expands
    to more than ``MAX_ALTERNATIVES`` is refused, naming it.
    """
    current: list[Rule] = []  # the rule being compiled
    try:
        return _compile(book, current)
    except _TooMany as exc:
        rule = current[-1]
        raise RuleError(f"the conditions expand to {exc.count:,} alternatives (each any_of "
                        f"multiplies them); at most {MAX_ALTERNATIVES:,} per rule: split the "
                        "rule, or test a list with 'in'", file=str(Path(book.root) / rule.file),
                        line=rule.line, rule_id=rule.id) from None


def _compile(book: Rulebook, current: list[Rule]) -> CompiledRulebook:
    entries: list[tuple[str, dict[str, Any]]] = []
    units: list[int] = []  # where each rule's (cap's, link's) entries start: packed together
    variants: dict[str, Variant] = {}

    implied: list[set[str]] = []  # the gates each term of the current rule implies
    per_rule: dict[str, int] = {}  # alternatives compiled for each rule

    def add(name: str, variant: Variant, groups: list[list[Term]],
            gate: str | None = None) -> None:
        variants[name] = variant = replace(variant, name=name, order=len(variants))
        terms = _product(groups)
        per_rule[variant.rule.id] = per_rule.get(variant.rule.id, 0) + len(terms)
        if per_rule[variant.rule.id] > MAX_ALTERNATIVES:
            raise _TooMany(per_rule[variant.rule.id])
        for k, term in enumerate(terms):
            gates = _gates(term)
            implied.append(gates)
            entries.append((f"{name}#{k}", _all(_gated(term, gate, _main_gate(gates)))))

    for rule in book.rules:
        units.append(len(entries))
        current.append(rule)
        implied.clear()
        for stage in rule.stages:
            conds = rule.conditions + stage.conditions
            name = f"r|{rule.id}|{stage.index}"
            judged = "d" if rule.judged_on == "date" else "end_date"
            dates = [[_dates(stage.start, stage.end, judged)]]
            add(name, Variant("stage", rule, stage), [_types(rule), *dates, _terms(conds)])
            for k, test in enumerate(category_tests(conds)):
                add(f"{name}|review{k}", Variant("review", rule, stage, review_of=test),
                    [_types(rule), *dates, _terms(conds, test)])
        # An exemption is only weighed on an event its rule fired for: it may take a gate
        # that every term of the rule implies (a designation, a country), so that it is not
        # tried on every payment that names no listed party.
        common = set.intersection(*implied) if implied else set()
        gate = min(common) if common else None
        for j, ex in enumerate(rule.exemptions):
            add(f"x|{rule.id}|{j}", Variant("exemption", rule, exemption=ex, gate=gate),
                [_types(rule), [_dates(ex.start, ex.end)], _terms(ex.conditions)], gate)
    for cap in book.caps:
        units.append(len(entries))
        rule = cap.rule
        current.append(rule)
        for stage in rule.stages:
            add(f"c|{rule.id}|{stage.index}", Variant("contribution", rule, stage),
                [_types(rule), [_dates(stage.start, stage.end)], _terms(rule.conditions)])
    for link in book.links:
        units.append(len(entries))
        current.append(link.rule)
        add(f"l1|{link.rule.id}|0", Variant("link-first", link.first, link.first.stages[0]),
            [_types(link.first), _terms(link.first.conditions)])
        for stage in link.rule.stages:
            add(f"l2|{link.rule.id}|{stage.index}", Variant("link-then", link.rule, stage),
                [_types(link.rule), [_dates(stage.start, stage.end)],
                 _terms(link.rule.conditions)])
    catch_all = "zz|seen"
    rulesets: list[dict[str, dict[str, Any]]] = []
    for chunk in _pack(entries, units):
        rs: dict[str, dict[str, Any]] = {name: {"all": [{"m": body}]} for name, body in chunk}
        # Fires last for every fact: proves each fact reached the network, and keeps
        # assert_facts from refusing a chunk in which some fact matched nothing.
        rs[catch_all] = {"pri": 1_000_000, "all": [{"m": {"$ex": {"t": 1}}}]}
        _check_shape(rs, book, variants)
        rulesets.append(rs)
    return CompiledRulebook(tuple(rulesets), variants, catch_all)


def _scalar_prefix(body: dict[str, Any]) -> str:
    """The tests of a compiled rule before its first array test (shared between rules)."""
    prefix = []
    for test in body.get("$and", [body]):
        if "$iany" in test or "$iall" in test:
            break
        prefix.append(repr(sorted(test.items())))
    return "&".join(prefix)


def _pack(entries: list[tuple[str, dict[str, Any]]], units: list[int]
          ) -> list[list[tuple[str, dict[str, Any]]]]:
    """The compiled rules in rulesets: each rule's rules together (an exemption is weighed in
    its rule's ruleset; a rule too big for one ruleset is cut, and the gate routes a fact to
    its exemptions' rulesets too), each ruleset within MAX_RULES_PER_RULESET and
    MAX_SHARED_PREFIX, the first ruleset with room taken, in rule order (the same rulebook
    packs the same way)."""
    packed: list[tuple[list[tuple[str, dict[str, Any]]], dict[str, int]]] = []

    def counts(unit: list[tuple[str, dict[str, Any]]]) -> dict[str, int]:
        need: dict[str, int] = {}
        for _, body in unit:
            key = _scalar_prefix(body)
            need[key] = need.get(key, 0) + 1
        return need

    def fits(size: int, shared: dict[str, int], unit: list[tuple[str, dict[str, Any]]],
             need: dict[str, int]) -> bool:
        return size + len(unit) <= MAX_RULES_PER_RULESET and all(
            shared.get(k, 0) + n <= MAX_SHARED_PREFIX for k, n in need.items())

    def place(unit: list[tuple[str, dict[str, Any]]], need: dict[str, int]) -> None:
        for rules, shared in packed:
            if fits(len(rules), shared, unit, need):
                break
        else:
            rules, shared = [], {}
            packed.append((rules, shared))
        rules.extend(unit)
        for k, n in need.items():
            shared[k] = shared.get(k, 0) + n

    bounds = [0, *units, len(entries)]
    for start, end in itertools.pairwise(bounds):
        unit = entries[start:end]
        need = counts(unit)
        if fits(0, {}, unit, need):
            if unit:
                place(unit, need)
            continue
        for entry in unit:  # too big for any ruleset: one compiled rule at a time
            place([entry], counts([entry]))
    return [rules for rules, _ in packed] or [[]]


def _check_shape(ruleset: dict[str, dict[str, Any]], book: Rulebook,
                 variants: dict[str, Variant]) -> None:
    """Refuse a ruleset whose alpha tree would have more than 512 tests under one node,
    naming the rule that added the test past the limit."""
    children: dict[tuple[str, ...], dict[str, str]] = {}  # test -> the entry that added it
    for name, rule in ruleset.items():
        body = rule["all"][0]["m"]
        tests = body.get("$and", [body])
        path: tuple[str, ...] = ()
        for test in tests:
            key = repr(sorted(test.items()))
            if "$iany" in test or "$iall" in test:
                key += name  # array tests are never shared: each is a node of its own
            children.setdefault(path, {}).setdefault(key, name)
            path = (*path, key)
    worst: dict[str, str] = max(children.values(), key=len, default={})
    if len(worst) > MAX_CHILDREN:
        variant = variants.get(list(worst.values())[MAX_CHILDREN].partition("#")[0])
        culprit = variant.rule if variant is not None else None
        raise RuleError(f"the compiled rules put {len(worst)} different tests under one node; "
                        f"durable-rules hangs above {MAX_CHILDREN}: order conditions so that "
                        "the discriminating ones come first (this rule added the test past "
                        "the limit)",
                        file=str(Path(book.root) / culprit.file) if culprit else book.root,
                        line=culprit.line if culprit else None,
                        rule_id=culprit.id if culprit else None)
