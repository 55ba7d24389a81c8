"""Run compiled rules on durable-rules: facts in, fired rule names out (the *match* step).

Each ``Matcher`` owns its durable-rules hosts, so two engines share nothing. Facts are asserted
in chunks of at most ``CHUNK`` and retracted right after, so nothing of one chunk -- or one
batch -- is left for the next. The hosts' timer threads are switched off: every action runs
inside the assert call, on the caller's thread.

durable-rules walks its alpha network with a fixed stack of 64 nodes; a fact that satisfies
many tests at once overflows it (error 303) and is refused. Such a fact is not lost: it is
matched again on smaller rulesets, first one per rule, then, if a rule alone still overflows,
one per compiled test chain (a chain has one path, so it cannot overflow). The results are the
same rules, only found more slowly.
"""

from __future__ import annotations

import contextlib
import copy
import itertools
import json
import threading
from collections.abc import Callable, Sequence
from typing import Any

import durable_rules_engine
from durable.engine import Host, MessageNotHandledException

from ..errors import MatchError
from .compiler import CompiledRulebook, Variant
from .facts import CHUNK, fact_ids

__all__ = ["Matcher"]

_FACT_IDS = fact_ids(CHUNK)
_names = itertools.count()
_STACK_OVERFLOW = "error code: 303"


class _SyncHost(Host):  # type: ignore[misc]
    """A durable-rules host without its background timer threads."""

    def _run(self) -> None:
        pass


class _Tier:
    """One durable-rules host holding some rulesets, and what fired in it."""

    def __init__(self, rulesets: Sequence[dict[str, dict[str, Any]]], lazy: bool = False
                 ) -> None:
        """``lazy``: hand each ruleset to durable-rules only when a fact is first asserted in
        it (``ready``): a batch that reaches one ruleset, or none, never builds the others
        (about 0.2 s per 1,000 rules at start-up)."""
        self.fired: list[tuple[str, str]] = []
        self.host = _SyncHost()
        self.names: list[str] = [f"sanctions_{next(_names)}" for _ in rulesets]
        self._waiting: dict[str, dict[str, dict[str, Any]]] = dict(
            zip(self.names, rulesets, strict=True))
        if not lazy:
            for name in self.names:
                self.ready(name)

    def ready(self, name: str) -> None:
        """Make sure durable-rules has the ruleset ``name``."""
        ruleset = self._waiting.pop(name, None)
        if ruleset is None:
            return
        # set_rulesets deletes "run" from what it is given: hand it a copy.
        rs = copy.deepcopy(ruleset)
        for rule_name, rule in rs.items():
            rule["run"] = self._action(rule_name)
        self.host.set_rulesets({name: rs})

    def _action(self, rule_name: str) -> Callable[[Any], None]:
        fired = self.fired

        def run(c: Any) -> None:
            fired.append((c.m.id, rule_name))

        return run

    def assert_one(self, name: str, fact: dict[str, Any]) -> set[str] | None:
        """Rule names one fact fires in one ruleset; None if durable-rules refuses it."""
        self.ready(name)
        self.fired.clear()
        try:
            self.host.assert_fact(name, fact)
        except MessageNotHandledException:
            pass
        except durable_rules_engine.error as exc:
            if _STACK_OVERFLOW not in str(exc):
                raise MatchError(f"durable-rules failed: {exc}") from None
            return None
        finally:
            self.host.retract_fact(name, fact)
        return {rule for _, rule in self.fired}

    def pending(self) -> int:
        total = 0
        for name in self.names:
            if name in self._waiting:
                continue  # never built, so never asserted in
            # No session yet means nothing was ever asserted.
            with contextlib.suppress(durable_rules_engine.error):
                total += len(self.host.get_facts(name))
        return total


def _assert_facts_lean(tier: _Tier, name: str, text: str) -> None:
    """``Host.assert_facts`` without durable-rules' Python action machinery.

    durable-rules runs each fired rule's action through a ``Closure``, a ``Promise`` and a
    JSON round trip of the session state (``json.dumps`` then ``update_state``), about 60 us
    per action; with one action per fact at least (the catch-all) that was a quarter of the
    pipeline. Our actions only record (fact id, rule name), so this drives the same C calls
    in the same order (``assert_facts``, ``start_action_for_state``, ``update_state``,
    ``complete_and_start_action``) and records the pair itself. The state is handed back
    unchanged, as our actions never change it. ``text``: the facts as one JSON array.
    """
    tier.ready(name)
    handle = tier.host.get_ruleset(name)._handle
    _drain(tier, handle, durable_rules_engine.assert_facts(handle, text))


def _retract_facts_lean(tier: _Tier, name: str, text: str) -> None:
    """``Host.retract_facts`` on the very JSON the facts were asserted with (durable-rules'
    own would encode them again); anything a retraction fires is recorded as an assert's."""
    handle = tier.host.get_ruleset(name)._handle
    _drain(tier, handle, durable_rules_engine.retract_facts(handle, text))


_MESSAGE_HEAD = '":{"m":{"id": "'


def _fired_pair(message_text: str) -> tuple[str, str]:
    """(fact id, rule name) of an action's message, ``{"<rule>":{"m":{"id": "<id>", ...}}}``.

    durable-rules hands back the fact as we wrote it, id first: the two are read off its
    head instead of parsing the whole fact for every rule it fired (at 1,000 rules, a DPRK
    fact fires some 200). Any other shape is parsed.
    """
    if message_text.startswith('{"'):
        head, found, rest = message_text.partition(_MESSAGE_HEAD)
        end = rest.find('"')
        if found and end > 0 and '"' not in head[2:]:
            return rest[:end], head[2:]
    message = json.loads(message_text)
    for rule_name, content in message.items():
        return content["m"]["id"], rule_name
    raise MatchError("durable-rules started an action with no rule")


def _drain(tier: _Tier, handle: Any, result: Any) -> None:
    """Run the actions an assert or a retraction started, recording (fact id, rule name)."""
    if result[0] in (1, 2):  # not handled / already observed: cannot happen with the catch-all
        raise MatchError(f"durable-rules refused the facts (code {result[0]})")
    if result[0] == 3:
        return
    state_handle = result[1]
    started = durable_rules_engine.start_action_for_state(handle, state_handle)
    if not started:
        return
    state_text, message_text = started[0], started[1]
    fired = tier.fired
    while message_text:
        fired.append(_fired_pair(message_text))
        durable_rules_engine.update_state(handle, state_text)
        message_text = durable_rules_engine.complete_and_start_action(handle, state_handle)


_NO_ID = '{"id": ""'


def _body(fact: dict[str, Any]) -> str:
    """The fact's JSON after its id: what follows ``{"id": "<id>"``."""
    fact["id"] = ""
    text = json.dumps(fact, ensure_ascii=False)
    if not text.startswith(_NO_ID):  # the id is not the first key: put it first
        text = json.dumps({"id": "", **fact}, ensure_ascii=False)
    return text[len(_NO_ID):]


class Matcher:
    """Asserts facts on one compiled rulebook and reports which rules fired for each."""

    def __init__(self, compiled: CompiledRulebook) -> None:
        self._compiled = compiled
        self._lock = threading.Lock()
        self._main = _Tier(compiled.rulesets, lazy=True)
        self._groups: dict[str, dict[str, dict[str, Any]]] = {}
        for ruleset in compiled.rulesets:
            for name, rule in ruleset.items():
                if name != compiled.catch_all:
                    self._groups.setdefault(name.split("|")[1], {})[name] = rule
        self._per_rule: _Tier | None = None
        self._per_chain: dict[str, _Tier] = {}

    def match(self, facts: Sequence[dict[str, Any]],
              routes: Sequence[frozenset[int]] | None = None) -> list[set[str]]:
        """For each fact (ids are assigned here), the names of the rules it fired.

        ``routes``: per fact, the rulesets (indexes into ``compiled.rulesets``) to assert it
        in, as the gate gives them; by default every ruleset.
        """
        out: list[set[str]] = [set() for _ in facts]
        with self._lock:
            # Each fact is encoded once, whatever the number of rulesets it goes to; only
            # its id (its place in the chunk) differs from one assert to the next.
            bodies: list[str | None] = [None] * len(facts)
            for r, name in enumerate(self._main.names):
                mine = (list(range(len(facts))) if routes is None
                        else [i for i, rs in enumerate(routes) if r in rs])
                for start in range(0, len(mine), CHUNK):
                    part = mine[start:start + CHUNK]
                    chunk = [facts[i] for i in part]
                    texts = []
                    for k, i in enumerate(part):
                        body = bodies[i]
                        if body is None:
                            body = bodies[i] = _body(facts[i])
                        texts.append(f'{{"id": "{_FACT_IDS[k]}"{body}')
                        facts[i]["id"] = _FACT_IDS[k]
                    text = "[" + ", ".join(texts) + "]"
                    for k, fired in enumerate(self._assert_chunk(name, chunk, text)):
                        out[part[k]] |= fired
        return [{n.partition("#")[0] for n in names} for names in out]

    def fired(self, facts: Sequence[dict[str, Any]],
              routes: Sequence[frozenset[int]] | None = None) -> list[tuple[Variant, ...]]:
        """For each fact, the variants it fired, typed and in compile order (``routes`` as
        for ``match``)."""
        variants = self._compiled.variants
        return [tuple(sorted((variants[n] for n in names), key=lambda v: v.order))
                for names in self.match(facts, routes)]

    def _assert_chunk(self, name: str, chunk: list[dict[str, Any]], text: str
                      ) -> list[set[str]]:
        tier = self._main
        tier.fired.clear()
        try:
            _assert_facts_lean(tier, name, text)
        except durable_rules_engine.error as exc:
            if _STACK_OVERFLOW not in str(exc):
                raise MatchError(f"durable-rules failed: {exc}") from None
            # Some fact overflowed the walk; nothing of this chunk can be trusted. Retract
            # it all and go fact by fact.
            tier.host.retract_facts(name, chunk)
            return [self._one(name, fact) for fact in chunk]
        _retract_facts_lean(tier, name, text)
        out: list[set[str]] = [set() for _ in chunk]
        seen: set[int] = set()
        for fid, rule_name in tier.fired:
            index = int(fid[1:])
            if rule_name == self._compiled.catch_all:
                seen.add(index)
            else:
                out[index].add(rule_name)
        if len(seen) != len(chunk):
            raise MatchError(f"durable-rules saw {len(seen)} of {len(chunk)} facts")
        return out

    def _one(self, name: str, fact: dict[str, Any]) -> set[str]:
        fired = self._main.assert_one(name, fact)
        if fired is not None:
            if self._compiled.catch_all not in fired:
                raise MatchError("durable-rules did not see a fact asserted alone")
            return fired - {self._compiled.catch_all}
        if self._per_rule is None:
            self._per_rule = _Tier(list(self._groups.values()))
        out: set[str] = set()
        for group, rs_name in zip(self._groups, self._per_rule.names, strict=True):
            got = self._per_rule.assert_one(rs_name, fact)
            if got is None:
                got = self._per_chain_match(group, fact)
            out |= got
        return out

    def _per_chain_match(self, group: str, fact: dict[str, Any]) -> set[str]:
        tier = self._per_chain.get(group)
        if tier is None:
            tier = _Tier([{name: rule} for name, rule in self._groups[group].items()])
            self._per_chain[group] = tier
        out: set[str] = set()
        for rs_name in tier.names:
            got = tier.assert_one(rs_name, fact)
            if got is None:
                raise MatchError("durable-rules refused a single test chain (stack overflow)")
            out |= got
        return out

    def pending(self) -> int:
        """Facts still stored in the network (0 between batches)."""
        tiers = [self._main, *([self._per_rule] if self._per_rule else []),
                 *self._per_chain.values()]
        return sum(t.pending() for t in tiers)
