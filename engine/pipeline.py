"""``Engine``: read -> validate -> judge (screen, match, explain) -> across events -> report.

The loop below is the whole pipeline. Per-event work is ``Judge.judge`` (a pure function of
the compiled rulebook and the lists); what crosses events (caps, links, the state file) is
done once, at the end, from what the judgements handed over.
"""

from __future__ import annotations

import copy
import gc
import itertools
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import IO, Any

from . import __version__
from . import cache as startup_cache
from .errors import StateError
from .events.model import Event
from .events.readers import Record, read_events, records_from
from .events.rejections import Rejection
from .events.validate import validate_records
from .findings.caps import CapEntry, cap_findings
from .findings.judge import Judge, Judgement
from .findings.links import LinkThen, chains
from .findings.models import Finding, InForce, ScreeningOut
from .findings.state import LinkFirst, TotalsState, as_json_number
from .matching.compiler import CompiledRulebook, compile_rulebook
from .matching.facts import CHUNK
from .report.models import EngineInfo, ListOut, Report, RulebookInfo, Summary, TotalOut
from .report.stream import Spool, finding_line, write_json
from .rulebook.loader import Rulebook, load_rulebook
from .rulebook.spec import AnyOf, Condition, Scoped, Test
from .screening.step import Designations, default_lists_path
from .workers import judged_in_order, parallel

__all__ = ["Engine", "default_rules_path"]

Progress = Callable[[int], None]


def default_rules_path() -> Path:
    """The rules shipped with the package (the repository's ``rules/`` folder)."""
    return Path(str(resources.files("sanctions_engine.rules")))


@dataclass
class _Batch:
    """What a batch has gathered: its counts, its rows (in memory, or spooled to disk when
    ``spool`` is given), and the cross-event step's input."""

    spool: Spool | None = None
    total: int = 0
    checked: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    findings: list[tuple[int, Finding]] = field(default_factory=list)
    exempted: list[tuple[int, Finding]] = field(default_factory=list)
    screening: list[ScreeningOut] = field(default_factory=list)
    entries: list[CapEntry] = field(default_factory=list)
    firsts: list[LinkFirst] = field(default_factory=list)
    thens: list[LinkThen] = field(default_factory=list)
    events: dict[str, Event] = field(default_factory=dict)  # reached by a rule (in memory)
    severities: dict[str, int] = field(default_factory=lambda: {"violation": 0, "review": 0})
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("findings", "rejected", "exempted"), 0))
    sink: Callable[[Finding], None] | None = None  # sees each per-event finding when made

    def add(self, outcome: Rejection | Judgement) -> None:
        self.total += 1
        if isinstance(outcome, Rejection):
            self.counts["rejected"] += 1
            if self.spool is None:
                self.rejected.append(outcome)
            else:
                self.spool.add("rejected", outcome.model_dump(mode="json", by_alias=True))
            return
        self.checked += 1
        j = outcome
        for f in j.findings:
            self.severities[f.severity] += 1
            if self.sink is not None:
                self.sink(f)
        self.counts["findings"] += len(j.findings)
        self.counts["exempted"] += len(j.exempted)
        if self.spool is None:
            if j.event is not None:
                self.events[j.event_id] = j.event
            self.findings.extend((j.position, f) for f in j.findings)
            self.exempted.extend((j.position, f) for f in j.exempted)
            self.screening.extend(j.screening)
        else:
            for f in j.findings:
                self.spool.add("findings", f.model_dump(mode="json", by_alias=True),
                               (j.position, f.rule_id))
            for f in j.exempted:
                self.spool.add("exempted", f.model_dump(mode="json", by_alias=True))
            for row in j.screening:
                self.spool.add("screening", row.model_dump(mode="json", by_alias=True))
        self.entries.extend(j.contributions)
        self.firsts.extend(j.firsts)
        self.thens.extend(j.thens)


class Engine:
    """A compiled rulebook, ready to check batches of events.

    Two engines share nothing; one batch leaves nothing behind for the next.
    """

    def __init__(self, rulebook: Rulebook, designations: Designations | None = None, *,
                 compiled: CompiledRulebook | None = None) -> None:
        """``designations``: the lists parties and vessels are screened against; by default
        the shipped lists, when a rule tests ``designated``. ``compiled``: the rulebook's
        compiled form when it is known already (the start-up cache)."""
        self.rulebook = rulebook
        if designations is None and _tests_designations(rulebook):
            designations = Designations.default()
        self.designations = designations
        self.compiled: CompiledRulebook = (compiled if compiled is not None
                                           else compile_rulebook(rulebook))
        self._judge = Judge(rulebook, self.compiled, designations)
        self._matcher = self._judge.matcher
        self._categories = frozenset(rulebook.taxonomy.categories)

    @property
    def judge(self) -> Judge:
        """The per-event judgement: the seam the worker processes and the Spark runner use."""
        return self._judge

    @property
    def categories(self) -> frozenset[str]:
        """The item categories of the rulebook's taxonomy (validation reads them)."""
        return self._categories

    def with_designations(self, designations: Designations) -> Engine:
        """The same compiled rules screening against other lists (nothing is recompiled)."""
        twin = copy.copy(self)  # shares the compiled rules and the matcher
        twin.designations = designations
        twin._judge = self._judge.with_designations(designations)
        return twin

    @classmethod
    def load(cls, path: str | Path | None = None, designations: Designations | None = None
             ) -> Engine:
        """An engine for the rules folder at ``path`` (the shipped rules by default).

        The loaded rulebook and its compiled form come from the start-up cache when it holds
        them for exactly these files and this code (``cache.py``), and go into it when not.
        """
        root = Path(path if path is not None else default_rules_path())
        if startup_cache.cache_dir() is None:
            return cls(load_rulebook(root), designations)
        if designations is not None:  # lists of the caller's own: only the rules are kept
            key = startup_cache.entry_key(root.resolve())
            parts = startup_cache.load_entry(key, (Rulebook, CompiledRulebook))
            if parts is not None:
                return cls(parts[0], designations, compiled=parts[1])
            engine = cls(load_rulebook(root), designations)
            startup_cache.store_entry(key, (engine.rulebook, engine.compiled))
            return engine
        # The shipped lists too (None when no rule screens), keyed by their files as well.
        key = startup_cache.entry_key(root.resolve(), default_lists_path().resolve())
        kinds = (Rulebook, CompiledRulebook, (Designations, type(None)))
        parts = startup_cache.load_entry(key, kinds)
        if parts is not None:
            book, compiled, lists = parts
            return cls(book, lists, compiled=compiled)
        engine = cls(load_rulebook(root))
        startup_cache.store_entry(key, (engine.rulebook, engine.compiled, engine.designations))
        return engine

    # --- checking ---------------------------------------------------------------------

    def check(self, events: Iterable[Any], *, progress: Progress | None = None,
              state: TotalsState | None = None, jobs: int = 1) -> Report:
        """Check events given as dicts or ``Event`` models.

        ``state`` carries the totals toward caps from earlier batches; it is updated in place
        (see ``TotalsState.load`` and ``save``).
        """
        return self.check_records(records_from(events), progress=progress, state=state,
                                  jobs=jobs)

    def check_files(self, paths: Iterable[str], *, progress: Progress | None = None,
                    state: TotalsState | None = None, jobs: int = 1) -> Report:
        """Check the events of one or more files (``-`` is standard input)."""

        def records() -> Iterator[Record]:
            for path in paths:
                yield from read_events(path)

        return self.check_records(records(), progress=progress, state=state, jobs=jobs)

    def new_state(self) -> TotalsState:
        """An empty state for this rulebook."""
        return TotalsState(self.rulebook.fingerprint)

    def check_records(self, records: Iterable[Record], *, progress: Progress | None = None,
                      state: TotalsState | None = None, jobs: int = 1) -> Report:
        """Check records as read by ``events.readers``; the heart of the pipeline.

        ``jobs``: worker processes for the per-event judgement (1: in this process); the
        report is the same whatever the number.
        """
        batch = _Batch()
        with _batch_gc():
            self._run(records, batch, progress, state, jobs)
            late, totals = self._across(batch, state)
        findings = [f for _, f in sorted([*batch.findings, *late],
                                         key=lambda pf: (pf[0], pf[1].rule_id))]
        exempted = [f for _, f in sorted(batch.exempted, key=lambda pf: (pf[0], pf[1].rule_id))]
        shown = {i for f in (*findings, *exempted) for i in f.event_ids}
        return self._head(batch, late, totals).model_copy(update={
            "findings": findings, "rejected": batch.rejected, "exempted": exempted,
            "screening": batch.screening,
            "events": {k: v for k, v in batch.events.items() if k in shown}})

    def write_report(self, records: Iterable[Record], out: IO[str], fmt: str = "json", *,
                     progress: Progress | None = None, state: TotalsState | None = None,
                     jobs: int = 1) -> Summary:
        """Check records and write the report as it goes, in flat memory: ``json`` (the same
        bytes as ``check_records(...).to_json()``) or ``jsonl`` (one finding a line: each
        event's findings as it is judged, then those that need the whole batch, caps and
        links, in event order)."""
        if fmt not in ("json", "jsonl"):
            raise ValueError(f"not a streamed format: {fmt!r}")
        batch = _Batch(spool=Spool())
        if fmt == "jsonl":
            def sink(f: Finding) -> None:
                out.write(finding_line(f) + "\n")

            batch.sink = sink
        try:
            with _batch_gc():
                self._run(records, batch, progress, state, jobs)
                late, totals = self._across(batch, state)
            head = self._head(batch, late, totals)
            assert batch.spool is not None
            if fmt == "jsonl":
                for _, f in sorted(late, key=lambda pf: (pf[0], pf[1].rule_id)):
                    out.write(finding_line(f) + "\n")
            else:
                spool = batch.spool
                write_json(out, head.to_dict(), {
                    "findings": spool.merged_findings(late),
                    "rejected": (row for _, _, row in spool.rows("rejected")),
                    "exempted": (row for _, _, row in spool.rows("exempted")),
                    "screening": (row for _, _, row in spool.rows("screening"))})
            return head.summary
        finally:
            if batch.spool is not None:
                batch.spool.close()

    def _run(self, records: Iterable[Record], batch: _Batch, progress: Progress | None,
             state: TotalsState | None, jobs: int) -> None:
        """Read, validate and judge every record (in ``jobs`` processes), into ``batch``."""
        if state is not None and state.fingerprint != self.rulebook.fingerprint:
            raise StateError("the state was written for another rulebook")
        head: list[Record] = []
        if parallel(jobs):
            # A small batch is judged here: forking workers would cost more than it saves.
            records = iter(records)
            head = list(itertools.islice(records, 2 * CHUNK))
            records = itertools.chain(head, records)
        if len(head) == 2 * CHUNK:
            for outcome in judged_in_order(self._judge, self._categories, records, jobs,
                                           CHUNK, progress):
                batch.add(outcome)
        else:
            pending: list[tuple[int, Event]] = []
            validated = validate_records(records, self._categories)
            for position, (_, result) in enumerate(validated, start=1):
                if isinstance(result, Rejection):
                    batch.add(result)
                else:
                    pending.append((position, result))
                    if len(pending) >= CHUNK:
                        for j in self._judge.judge(pending):
                            batch.add(j)
                        pending.clear()
                if progress is not None and position % 10_000 == 0:
                    progress(position)
            for j in self._judge.judge(pending):
                batch.add(j)
        if progress is not None:
            progress(batch.total)

    def _across(self, batch: _Batch, state: TotalsState | None
                ) -> tuple[list[tuple[int, Finding]], list[TotalOut]]:
        """The cross-event step: caps and links over the whole batch (and the state)."""
        rules = self._judge.rules
        capped, period_totals, kept = cap_findings(
            self._judge.caps, rules, state.contributions if state is not None else [],
            batch.entries, batch.total + 1)
        chained, firsts = chains(self._judge.links, state.links if state is not None else (),
                                 batch.firsts, batch.thens)
        if state is not None:
            state.contributions, state.links = kept, firsts
        totals = [TotalOut(cap_id=t.cap_id,
                           period=InForce.model_validate({"from": t.period_from,
                                                          "until": t.period_until}),
                           unit=t.unit, total=as_json_number(t.total),
                           limit=as_json_number(t.limit), share=t.share, events=t.events)
                  for t in period_totals]
        return [*capped, *chained], totals

    def _head(self, batch: _Batch, late: list[tuple[int, Finding]], totals: list[TotalOut]
              ) -> Report:
        """The report without its rows: engine, rulebook, summary, totals, lists."""
        by_severity = dict(batch.severities)
        for _, f in late:
            by_severity[f.severity] += 1
        book = self.rulebook
        return Report(
            engine=EngineInfo(version=__version__),
            rulebook=RulebookInfo(fingerprint=book.fingerprint, rules=len(book.rules),
                                  regimes=list(book.regimes)),
            summary=Summary(events=batch.total, checked=batch.checked,
                            rejected=batch.counts["rejected"],
                            findings=batch.counts["findings"] + len(late),
                            by_severity=by_severity, exempted=batch.counts["exempted"]),
            findings=[], rejected=[], totals=totals,
            lists=[ListOut(**i.to_dict()) for i in
                   (self.designations.info() if self.designations is not None else [])])

    def describe(self) -> dict[str, Any]:
        """A short summary of the loaded rulebook."""
        return {"rules": len(self.rulebook.rules), "fingerprint": self.rulebook.fingerprint,
                "compiled": len(self.compiled.variants)}


@contextmanager
def _batch_gc() -> Iterator[None]:
    """The garbage collector tuned for one batch, then put back as it was.

    durable-rules leaves a reference cycle of ~20 objects for every action it runs (one per
    fact at least: the catch-all), so young collections run constantly and full ones traverse
    everything alive, the engine included. Objects alive before the batch are frozen (never
    traversed; unfrozen after) and young garbage is collected less often. Measured on the
    100,000-event benchmark batch: 27.7 s CPU before, 20.5 s after (benchmarks/README.md).
    The collector is process-wide: with batches checked at once in threads, the first to
    start saves the settings and the last to finish puts them back, whatever happens.
    """
    with _GC.lock:
        if _GC.running == 0:
            _GC.saved = gc.get_threshold()
            _GC.froze = gc.get_freeze_count() == 0  # never undo a freeze the caller made
            if _GC.froze:
                gc.freeze()
            gc.set_threshold(20_000, 20, 20)
        _GC.running += 1
    try:
        yield
    finally:
        with _GC.lock:
            _GC.running -= 1
            if _GC.running == 0:
                gc.set_threshold(*_GC.saved)
                if _GC.froze:
                    gc.unfreeze()


class _GcTuning:
    """The collector settings shared by the batches running at once."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.running = 0
        self.saved = gc.get_threshold()
        self.froze = False


_GC = _GcTuning()


def _tests_designations(book: Rulebook) -> bool:
    """Whether any rule or exemption tests ``designated`` (then the lists are needed)."""

    def walk(conds: Iterable[Condition]) -> bool:
        for c in conds:
            if isinstance(c, Test) and c.field.kind == "designation":
                return True
            if isinstance(c, AnyOf) and walk(c.options):
                return True
            if isinstance(c, Scoped) and walk(c.conditions):
                return True
        return False

    return any(walk(rule.conditions) or any(walk(s.conditions) for s in rule.stages)
               or any(walk(x.conditions) for x in rule.exemptions) for rule in book.rules)
