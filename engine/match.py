"""Run compiled rules on durable-rules: facts in, fired rule names out (the *match* step).

Each ``Matcher`` owns its own durable-rules host, so two engines share nothing. Facts are
asserted in chunks of at most ``CHUNK`` and retracted right after, so nothing of one chunk --
or one batch -- is left for the next. The host's timer threads are switched off: every action
runs inside ``assert_facts``, on the caller's thread.
"""

from __future__ import annotations

import copy
import itertools
import threading
from collections.abc import Callable, Sequence
from typing import Any

from durable.engine import Host

from .compile import CHUNK, CompiledRulebook, fact_ids
from .errors import MatchError

__all__ = ["Matcher"]

_FACT_IDS = fact_ids(CHUNK)
_host_names = itertools.count()


class _SyncHost(Host):  # type: ignore[misc]
    """A durable-rules host without its background timer threads."""

    def _run(self) -> None:
        pass


class Matcher:
    """Asserts facts on one compiled rulebook and reports which rules fired for each."""

    def __init__(self, compiled: CompiledRulebook) -> None:
        self._compiled = compiled
        self._lock = threading.Lock()
        self._fired: list[tuple[str, str]] = []
        self._host = _SyncHost()
        self._names: list[str] = []
        rulesets: dict[str, Any] = {}
        for n, ruleset in enumerate(compiled.rulesets):
            # set_rulesets deletes "run" from what it is given: hand it a copy.
            rs = copy.deepcopy(ruleset)
            for rule_name, rule in rs.items():
                rule["run"] = self._action(rule_name)
            name = f"sanctions{n}_{next(_host_names)}"
            rulesets[name] = rs
            self._names.append(name)
        self._host.set_rulesets(rulesets)

    def _action(self, rule_name: str) -> Callable[[Any], None]:
        fired = self._fired

        def run(c: Any) -> None:
            fired.append((c.m.id, rule_name))

        return run

    def match(self, facts: Sequence[dict[str, Any]]) -> list[set[str]]:
        """For each fact (ids are assigned here), the names of the rules it fired."""
        out: list[set[str]] = [set() for _ in facts]
        with self._lock:
            for start in range(0, len(facts), CHUNK):
                chunk = list(facts[start:start + CHUNK])
                for i, fact in enumerate(chunk):
                    fact["id"] = _FACT_IDS[i]
                for name in self._names:
                    self._fired.clear()
                    try:
                        self._host.assert_facts(name, chunk)
                    finally:
                        self._host.retract_facts(name, chunk)
                    seen = set()
                    for fid, rule_name in self._fired:
                        index = int(fid[1:])
                        if rule_name == self._compiled.catch_all:
                            seen.add(index)
                        else:
                            out[start + index].add(rule_name.partition("#")[0])
                    if len(seen) != len(chunk):
                        raise MatchError(f"durable-rules saw {len(seen)} of {len(chunk)} facts")
                self._fired.clear()
        return out

    def pending(self) -> int:
        """Facts still stored in the network (0 between batches)."""
        return sum(len(self._host.get_facts(name)) for name in self._names)
