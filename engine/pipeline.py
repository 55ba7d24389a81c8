"""``Engine``: load -> validate -> compile -> match -> explain -> report, in one place."""

from __future__ import annotations

import copy
import gc
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from . import __version__
from .errors import MatchError, StateError
from .events.model import Event
from .events.readers import Record, read_events, records_from
from .events.rejections import Rejection
from .events.validate import validate_records
from .findings.clearing import exemption_needs
from .findings.explain import Check, evaluate_all
from .findings.ids import finding_id
from .findings.state import (
    Contribution,
    Crossing,
    LinkFirst,
    TotalsState,
    add_up,
    as_json_number,
    measure,
)
from .matching.compiler import CompiledRulebook, Variant, compile_rulebook
from .matching.facts import CHUNK, to_fact
from .matching.matcher import Matcher
from .report.models import (
    ChainOut,
    CitationOut,
    Clearing,
    ClearOut,
    ConditionOut,
    ContributionOut,
    EngineInfo,
    ExemptionOut,
    Explanation,
    Finding,
    InForce,
    ListOut,
    Report,
    RulebookInfo,
    ScreeningOut,
    Summary,
    TotalOut,
)
from .rulebook.loader import Rulebook, load_rulebook
from .rulebook.spec import AnyOf, Citation, Condition, Rule, Scoped, Stage, Test
from .screening.step import Designations, Hit, fact_keys

__all__ = ["Engine", "default_rules_path"]

Progress = Callable[[int], None]


def default_rules_path() -> Path:
    """The rules shipped with the package (the repository's ``rules/`` folder)."""
    shipped = Path(str(resources.files("sanctions_engine.rules")))
    return shipped


class Engine:
    """A compiled rulebook, ready to check batches of events.

    Two engines share nothing; one batch leaves nothing behind for the next.
    """

    def __init__(self, rulebook: Rulebook, designations: Designations | None = None) -> None:
        """``designations``: the lists parties and vessels are screened against; by default
        the shipped lists, when a rule tests ``designated``."""
        self.rulebook = rulebook
        if designations is None and _tests_designations(rulebook):
            designations = Designations.default()
        self.designations = designations
        self.compiled: CompiledRulebook = compile_rulebook(rulebook)
        self._matcher = Matcher(self.compiled)
        self._categories = frozenset(rulebook.taxonomy.categories)
        self._caps = {cap.rule.id: cap for cap in rulebook.caps}
        self._by_rule: dict[str, list[tuple[str, Variant]]] = {}
        for name, variant in self.compiled.variants.items():
            self._by_rule.setdefault(variant.rule.id, []).append((name, variant))

    def with_designations(self, designations: Designations) -> Engine:
        """The same compiled rules screening against other lists (nothing is recompiled)."""
        twin = copy.copy(self)  # shares the compiled rules and the matcher
        twin.designations = designations
        return twin

    @classmethod
    def load(cls, path: str | Path | None = None, designations: Designations | None = None
             ) -> Engine:
        """An engine for the rules folder at ``path`` (the shipped rules by default)."""
        return cls(load_rulebook(path if path is not None else default_rules_path()),
                   designations)

    # --- checking ---------------------------------------------------------------------

    def check(self, events: Iterable[Any], *, progress: Progress | None = None,
              state: TotalsState | None = None) -> Report:
        """Check events given as dicts or ``Event`` models.

        ``state`` carries the totals toward caps from earlier batches; it is updated in place
        (see ``TotalsState.load`` and ``save``).
        """
        return self.check_records(records_from(events), progress=progress, state=state)

    def check_files(self, paths: Iterable[str], *, progress: Progress | None = None,
                    state: TotalsState | None = None) -> Report:
        """Check the events of one or more files (``-`` is standard input)."""

        def records() -> Iterator[Record]:
            for path in paths:
                yield from read_events(path)

        return self.check_records(records(), progress=progress, state=state)

    def new_state(self) -> TotalsState:
        """An empty state for this rulebook."""
        return TotalsState(self.rulebook.fingerprint)

    def check_records(self, records: Iterable[Record], *, progress: Progress | None = None,
                      state: TotalsState | None = None) -> Report:
        """Check records as read by ``load``; the heart of the pipeline."""
        if state is not None and state.fingerprint != self.rulebook.fingerprint:
            raise StateError("the state was written for another rulebook")
        with _batch_gc():
            return self._check_records(records, progress, state)

    def _check_records(self, records: Iterable[Record], progress: Progress | None,
                       state: TotalsState | None) -> Report:
        findings: list[tuple[int, Finding]] = []
        exempted: list[tuple[int, Finding]] = []
        rejected: list[Rejection] = []
        total = checked = 0
        pending: list[tuple[int, Event, dict[str, Any]]] = []
        screened: list[ScreeningOut] = []
        hits_of: dict[int, list[Hit]] = {}
        counted: list[Contribution] = []
        counted_events: dict[int, tuple[Event, dict[str, Any]]] = {}
        linked: list[tuple[str, int, Event, dict[str, Any]]] = []
        taxonomy = self.rulebook.taxonomy
        seen: dict[str, Event] = {}  # events some rule reached: the reports show their facts

        def flush() -> None:
            fired = self._matcher.match([fact for _, _, fact in pending])
            for (position, event, fact), names in zip(pending, fired, strict=True):
                if not names:
                    continue
                seen[event.id] = event
                found, lifted = self._explain(event, fact, names, hits_of.get(position, []))
                findings.extend((position, f) for f in found)
                exempted.extend((position, f) for f in lifted)
                for name in sorted(n for n in names if n.startswith(("l1|", "l2|"))):
                    linked.append((name, position, event, fact))
                for name in sorted(n for n in names if n.startswith("c|")):
                    review = self._count(name, position, event, fact, counted)
                    counted_events[position] = (event, fact)
                    if review is not None:
                        findings.append((position, review))
            pending.clear()
            hits_of.clear()

        for _, result in validate_records(records, self._categories):
            total += 1
            if isinstance(result, Rejection):
                rejected.append(result)
            else:
                checked += 1
                marks = None
                if self.designations is not None:
                    hits = self.designations.hits(result)
                    if hits:
                        hits_of[total] = hits
                        marks = fact_keys(hits)
                        screened.extend(_screening_out(result.id, h) for h in hits)
                pending.append((total, result, to_fact(result, taxonomy, "", marks)))
                if len(pending) >= CHUNK:
                    flush()
            if progress is not None and total % 10_000 == 0:
                progress(total)
        if pending:
            flush()
        if progress is not None:
            progress(total)
        prior = state.contributions if state is not None else []
        # An event checked again (a retry, a re-run) replaces what the state holds for it.
        again = {(c.cap_id, c.event_id) for c in counted}
        prior = [c for c in prior if (c.cap_id, c.event_id) not in again]
        for c in prior:
            cap = self._caps.get(c.cap_id)
            if cap is None or not any(p.window(date.fromisoformat(c.period_from))
                                      for p in cap.periods):
                raise StateError(f"the state holds a contribution of {c.event_id} to "
                                 f"{c.cap_id} ({c.period_from}) that this rulebook has no "
                                 "period for")
        crossings, period_totals = add_up(self._caps, [*prior, *counted])
        # One finding per event and cap, even when it passes two limits (t and US$): the
        # finding shows each limit's total and contributions.
        by_event: dict[tuple[str, str], list[Crossing]] = {}
        for crossing in crossings:
            key = (crossing.contribution.cap_id, crossing.contribution.event_id)
            by_event.setdefault(key, []).append(crossing)
        for group in by_event.values():
            head = group[0].contribution
            if head.batch == 0:
                # An earlier batch's event, over the cap now that this batch added to the
                # period: reported after this batch's events.
                finding = self._late_cap_finding(group[0])
                findings.append((total + 1, self._merge_limits(finding, group)))
                continue
            event, fact = counted_events[head.position]
            finding = self._cap_finding(group[0], event, fact)
            findings.append((head.position, self._merge_limits(finding, group)))
        if state is not None:
            state.contributions = [*prior, *(replace(c, batch=0) for c in counted)]
        chained, firsts = self._chains(linked, state.links if state is not None else ())
        findings.extend(chained)
        if state is not None:
            state.links = firsts
        findings.sort(key=lambda pf: (pf[0], pf[1].rule_id))
        exempted.sort(key=lambda pf: (pf[0], pf[1].rule_id))
        by_severity = {"violation": 0, "review": 0}
        for _, f in findings:
            by_severity[f.severity] += 1
        book = self.rulebook
        kept = [_identified(f, seen) for _, f in findings]
        lifted = [_identified(f, seen) for _, f in exempted]
        shown = {i for f in (*kept, *lifted) for i in f.event_ids}
        return Report(
            engine=EngineInfo(version=__version__),
            rulebook=RulebookInfo(fingerprint=book.fingerprint, rules=len(book.rules),
                                  regimes=list(book.regimes)),
            summary=Summary(events=total, checked=checked, rejected=len(rejected),
                            findings=len(findings), by_severity=by_severity,
                            exempted=len(exempted)),
            findings=kept, rejected=rejected, exempted=lifted,
            events={k: v for k, v in seen.items() if k in shown},
            totals=[TotalOut(cap_id=t.cap_id,
                             period=InForce.model_validate({"from": t.period_from,
                                                            "until": t.period_until}),
                             unit=t.unit, total=as_json_number(t.total),
                             limit=as_json_number(t.limit), share=t.share, events=t.events)
                    for t in period_totals],
            lists=[ListOut(**i.to_dict()) for i in
                   (self.designations.info() if self.designations is not None else [])],
            screening=screened)

    # --- linked events ----------------------------------------------------------------

    def _chains(self, linked: list[tuple[str, int, Event, dict[str, Any]]],
                prior: Sequence[LinkFirst] = ()) -> tuple[list[tuple[int, Finding]],
                                                           list[LinkFirst]]:
        """A later event tied to an earlier one by the same vessel (IMO, else name and flag),
        the earlier one from this batch or, through the state, from an earlier batch. Returns
        the findings and this batch's first events (for the state)."""
        out: list[tuple[int, Finding]] = []
        links = {link.rule.id: link for link in self.rulebook.links}
        mine_firsts = []
        for name, _, ev, _ in linked:
            if name.startswith("l1|"):
                link = links[name.split("|")[1]]
                mine_firsts.append(LinkFirst(
                    link.rule.id, ev.id, ev.date.isoformat(), ev.type.value,
                    tuple((k, _vessel_text(v)) for v in ev.vessels
                          if v.flag != link.not_flagged for k in _vessel_keys(v))))
        again = {f.event_id for f in mine_firsts}
        # An event checked again (a re-run) replaces what the state holds for it.
        firsts = [f for f in prior if f.event_id not in again] + mine_firsts
        for name, position, event, fact in linked:
            if not name.startswith("l2|"):
                continue
            link = links[name.split("|")[1]]
            mine = {k: v for v in event.vessels for k in _vessel_keys(v)}
            earlier: list[tuple[LinkFirst, tuple[str, ...]]] = []
            day = event.date.isoformat()
            for first in firsts:
                if (first.link_id != link.rule.id or first.event_id == event.id
                        or first.date > day):
                    continue
                shared = sorted(set(mine) & {k for k, _ in first.vessels})
                if shared:
                    earlier.append((first, shared[0]))
            if not earlier:
                continue
            earlier.sort(key=lambda fk: (fk[0].date, fk[0].event_id))
            variant = self.compiled.variants[name]
            finding = self._finding(event, fact, Variant("stage", link.rule, variant.stage),
                                    set())
            chain = [ChainOut(event_id=f.event_id, date=f.date, type=f.type,
                              vessel=dict(f.vessels)[key]) for f, key in earlier]
            own = mine[earlier[0][1]]
            chain.append(ChainOut(event_id=event.id, date=day, type=event.type.value,
                                  vessel=_vessel_text(own)))
            cites = " and ".join(c.short() for c in finding.citations)
            where = event.location.port or event.location.country if event.location else None
            text = (f"{event.id} ({day}): {_vessel_text(own)} "
                    f"{event.type.value.replace('_', ' ')}{f' at {where}' if where else ''} "
                    "after " + ", ".join(f"{f.type.replace('_', ' ')} {f.event_id} ({f.date})"
                                         + ("" if f in mine_firsts else ", an earlier batch")
                                         for f, _ in earlier)
                    + f"; review {link.rule.needs} - {cites}.")
            explanation = finding.explanation.model_copy(update={"chain": chain, "text": text})
            out.append((position, finding.model_copy(update={"explanation": explanation})))
        return out, [f for f in prior if f.event_id not in again] + mine_firsts

    # --- totals -----------------------------------------------------------------------

    def _count(self, name: str, position: int, event: Event, fact: dict[str, Any],
               counted: list[Contribution]) -> Finding | None:
        """Record an event's contribution to a cap; a review finding if it cannot be measured."""
        variant = self.compiled.variants[name]
        cap = self._caps[variant.rule.id]
        assert variant.stage is not None
        period = cap.periods[variant.stage.index]
        window = period.window(event.date)
        if window is None:
            return None
        units = [unit for _, unit in period.limits]
        amounts, problems = measure(cap, event, self.rulebook.taxonomy, units)
        counted.append(Contribution(cap.rule.id, window[0].isoformat(), _iso(window[1]),
                                    event.id, event.date.isoformat(),
                                    {u: str(a) for u, a in amounts.items()}, 1, position))
        if not problems:
            return None
        finding = self._finding(event, fact, Variant("stage", cap.rule, variant.stage), set())
        text = (f"{event.id} ({event.date.isoformat()}) counts toward {cap.rule.id} but "
                f"{'; '.join(problems)}: review needed.")
        explanation = finding.explanation.model_copy(update={"missing": problems, "text": text})
        return finding.model_copy(update={"severity": "review", "explanation": explanation})

    @staticmethod
    def _merge_limits(finding: Finding, group: list[Crossing]) -> Finding:
        """Add the other limits an event passed (each with its total and contributions)."""
        if len(group) == 1:
            return finding
        ex = finding.explanation
        conditions, contributions = list(ex.conditions), list(ex.contributions)
        for crossing in group[1:]:
            c, unit = crossing.contribution, crossing.unit
            conditions.append(ConditionOut(
                field=f"total ({unit}, {c.period_from} to {c.period_until or 'now'})",
                op="lte", expected=as_json_number(crossing.limit),
                actual=as_json_number(crossing.total),
                note="crossed here" if crossing.first else "already over"))
            contributions += [ContributionOut(
                event_id=h.event_id, date=h.date,
                quantity=as_json_number(Decimal(h.quantities[unit])), unit=unit,
                running_total=as_json_number(run)) for h, run in crossing.history]
        also = "; ".join(f"{as_json_number(x.total)} {x.unit} against "
                         f"{as_json_number(x.limit)} {x.unit}" for x in group[1:])
        explanation = ex.model_copy(update={
            "conditions": conditions, "contributions": contributions,
            "text": ex.text.rstrip(".") + f"; also {also}."})
        return finding.model_copy(update={"explanation": explanation})

    def _late_cap_finding(self, crossing: Crossing) -> Finding:
        """A cap finding on an event of an earlier batch (known from the state only)."""
        c = crossing.contribution
        cap = self._caps[c.cap_id]
        day = date.fromisoformat(c.date)
        stage = next(st for st in cap.rule.stages
                     if st.start <= day and (st.end is None or day <= st.end))
        unit, limit = crossing.unit, crossing.limit
        citations = self._citations(stage.citations)
        cites = " and ".join(x.short() for x in citations)
        text = (f"{c.event_id} ({c.date}, from an earlier batch) is now over the cap: events "
                f"of this batch dated before it take the total to "
                f"{as_json_number(crossing.total)} {unit} against {as_json_number(limit)} "
                f"{unit} for {c.period_from} to {c.period_until or 'now'} - {cites}.")
        return Finding(
            rule_id=cap.rule.id, severity="violation", event_ids=[c.event_id],
            regime=cap.rule.regime, title=cap.rule.title, citations=citations,
            explanation=Explanation(
                text=text,
                conditions=[ConditionOut(field=f"total ({unit}, {c.period_from} to "
                                               f"{c.period_until or 'now'})", op="lte",
                                         expected=as_json_number(limit),
                                         actual=as_json_number(crossing.total),
                                         note="crossed here, after events reported late")],
                in_force=InForce.model_validate({"from": cap.rule.start.isoformat(),
                                                 "until": _iso(cap.rule.end)}),
                stage=InForce.model_validate({"from": c.period_from,
                                              "until": c.period_until}),
                exemptions=[],
                contributions=[ContributionOut(
                    event_id=h.event_id, date=h.date,
                    quantity=as_json_number(Decimal(h.quantities[unit])), unit=unit,
                    running_total=as_json_number(run)) for h, run in crossing.history]),
            rule_source=f"{cap.rule.file}:{cap.rule.line}")

    def _cap_finding(self, crossing: Crossing, event: Event, fact: dict[str, Any]) -> Finding:
        c = crossing.contribution
        cap = self._caps[c.cap_id]
        stage = next(st for st in cap.rule.stages
                     if st.start <= event.date and (st.end is None or event.date <= st.end))
        base = self._finding(event, fact, Variant("stage", cap.rule, stage), set())
        unit, limit = crossing.unit, crossing.limit
        cites = " and ".join(x.short() for x in base.citations)
        verb = "took the total" if crossing.first else "added to a total already"
        text = (f"{event.id} ({event.date.isoformat()}) {verb} over the cap: "
                f"{as_json_number(crossing.total)} {unit} against {as_json_number(limit)} "
                f"{unit} for {c.period_from} to {c.period_until or 'now'} - {cites}.")
        conditions = [*base.explanation.conditions,
                      ConditionOut(field=f"total ({unit}, {c.period_from} to "
                                         f"{c.period_until or 'now'})",
                                   op="lte", expected=as_json_number(limit),
                                   actual=as_json_number(crossing.total),
                                   note="crossed here" if crossing.first else "already over")]
        contributions = [ContributionOut(event_id=h.event_id, date=h.date,
                                         quantity=as_json_number(Decimal(h.quantities[unit])),
                                         unit=unit, running_total=as_json_number(run))
                         for h, run in crossing.history]
        explanation = base.explanation.model_copy(update={
            "text": text, "conditions": conditions, "contributions": contributions,
            "stage": InForce.model_validate({"from": c.period_from, "until": c.period_until})})
        return base.model_copy(update={"explanation": explanation})

    # --- explaining -------------------------------------------------------------------

    def _explain(self, event: Event, fact: dict[str, Any], names: set[str],
                 hits: Sequence[Hit] = ()) -> tuple[list[Finding], list[Finding]]:
        found: list[Finding] = []
        lifted: list[Finding] = []
        rule_ids = sorted({self.compiled.variants[n].rule.id for n in names})
        for rule_id in rule_ids:
            variants = [(n, v) for n, v in self._by_rule[rule_id] if n in names]
            main = [v for _, v in variants if v.kind == "stage"]
            reviews = [v for _, v in variants if v.kind == "review"]
            chosen = main[0] if main else (reviews[0] if reviews else None)
            if chosen is None:
                continue  # only an exemption matched: nothing to lift
            finding = self._finding(event, fact, chosen, names, hits)
            if any(e.applies for e in finding.explanation.exemptions):
                lifted.append(finding)
            else:
                found.append(finding)
        return found, lifted

    def _citations(self, citations: Iterable[Citation]) -> list[CitationOut]:
        out = []
        for c in citations:
            res = self.rulebook.resolutions[c.resolution]
            out.append(CitationOut(symbol=res.symbol, resolution=res.number, year=res.year,
                                   paragraph=c.paragraph, status=c.status))
        return out

    def _finding(self, event: Event, fact: dict[str, Any], variant: Variant, names: set[str],
                 hits: Sequence[Hit] = ()) -> Finding:
        rule, stage = variant.rule, variant.stage
        assert stage is not None
        ok, checks = evaluate_all(rule.conditions + stage.conditions, fact, event,
                                  variant.review_of)
        if not ok:
            raise MatchError(f"durable-rules matched {rule.id} on event {event.id} but the "
                             f"conditions do not hold: {checks[-1]}")
        checks = [_with_hits(c, hits, variant.kind == "review") for c in checks]
        severity = "review" if variant.kind == "review" else rule.severity
        missing = [_doubt(c) for c in checks if c.note and variant.kind == "review"
                   and c.field.endswith(("category", "designated"))]
        if severity == "review" and rule.needs and not missing:
            missing = [rule.needs]
        exemptions = [self._weigh(rule, j, event, fact, names) for j in range(len(rule.exemptions))]
        citations = self._citations(stage.citations)
        conditions = [ConditionOut(field="type", op="in", expected=list(rule.applies_to),
                                   actual=event.type.value)]
        conditions += [ConditionOut(field=c.field, op=c.op, expected=c.expected, actual=c.actual,
                                    note=c.note) for c in checks]
        judged = event.date if rule.judged_on == "date" else (event.end_date or event.date)
        conditions.append(ConditionOut(field=rule.judged_on, op="in_force",
                                       expected=_interval(stage.start, stage.end),
                                       actual=_iso(judged)))
        text = _sentence(event, rule, stage, severity, checks, citations, missing)
        return Finding(
            rule_id=rule.id, severity=severity, event_ids=[event.id], regime=rule.regime,
            title=rule.title, citations=citations,
            explanation=Explanation(
                text=text, conditions=conditions,
                in_force=InForce.model_validate({"from": rule.start.isoformat(),
                                                 "until": _iso(rule.end)}),
                stage=InForce.model_validate({"from": stage.start.isoformat(),
                                              "until": _iso(stage.end)}),
                exemptions=exemptions, missing=missing),
            rule_source=f"{rule.file}:{rule.line}",
            clearing=_clearing(rule, event.date))

    def _weigh(self, rule: Rule, j: int, event: Event, fact: dict[str, Any], names: set[str]
               ) -> ExemptionOut:
        ex = rule.exemptions[j]
        applies = f"x|{rule.id}|{j}" in names
        day = event.date
        in_force = (ex.start is None or ex.start <= day) and (ex.end is None or day <= ex.end)
        checks: list[Check] = []
        if not in_force:
            why = (f"not available on {day}: this route applies "
                   f"{_iso(ex.start) or 'from the start'} to {_iso(ex.end) or 'now'}")
            ok = False
        else:
            ok, checks = evaluate_all(ex.conditions, fact, event)
            if ok:
                why = "met: " + "; ".join(
                    f"{c.field}: {c.note}" if c.op == "every" else f"{c.field} = {c.actual}"
                    for c in checks)
            else:
                bad = checks[-1]
                why = f"not met: {bad.note or render_check(bad)}"
        if ok != applies:
            raise MatchError(f"exemption {ex.id} on event {event.id}: durable-rules says "
                             f"{applies}, the explanation says {ok}")
        return ExemptionOut(
            id=ex.id, summary=ex.summary, applies=applies, why=why,
            citations=self._citations(ex.citations),
            conditions=[ConditionOut(field=c.field, op=c.op, expected=c.expected,
                                     actual=c.actual, note=c.note) for c in checks])

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


def _clearing(rule: Rule, day: date) -> Clearing:
    """What would clear a finding of ``rule`` on ``day``: each exemption available that day
    (none applied, or the finding would be exempted) as what an event would need to show."""
    routes = [ClearOut(exemption=ex.id, summary=ex.summary, needs=exemption_needs(ex, day))
              for ex in rule.exemptions
              if (ex.start is None or ex.start <= day) and (ex.end is None or day <= ex.end)]
    return Clearing(exemptions=routes, in_force_from=rule.start.isoformat(),
                    lapses=_iso(rule.end))


def _identified(f: Finding, events: dict[str, Event]) -> Finding:
    """The finding with its stable id and the sender's ``meta`` of its event."""
    fid = finding_id(f.event_ids, f.rule_id, f.explanation.stage.from_,
                     [(c.field, c.actual) for c in f.explanation.conditions])
    event = events.get(f.event_ids[0])
    meta = event.meta if event is not None else None
    return f.model_copy(update={"id": fid, "meta": meta})


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


def _with_hits(check: Check, hits: Sequence[Hit], review: bool) -> Check:
    """A ``designated`` check showing the matches themselves: which name matched which listed
    record, the score, the signals, the listing date."""
    if not check.field.endswith("designated") or not check.holds:
        return check
    path = check.field.removesuffix(".designated")
    mine = [h for h in hits if h.path == path and h.counts and h.regime in check.expected
            and (h.strong != review)]
    if not mine:
        return check
    return replace(check, actual=[h.to_dict() for h in mine],
                   note=(check.note + ": " if check.note else "") + mine[0].text())


def _doubt(check: Check) -> str:
    """What a review finding needs, in a few words."""
    assert check.note is not None
    if not check.field.endswith(".designated") or not isinstance(check.actual, list):
        return check.note
    best = check.actual[0]
    return (f"confirmation that {check.field.removesuffix('.designated')} is "
            f"{best['listed_name']} ({best['reference']}): only a weak match, score "
            f"{best['score']}")


def _screening_out(event_id: str, hit: Hit) -> ScreeningOut:
    m = hit.match
    return ScreeningOut(event_id=event_id, path=hit.path, list=m.list_name,
                        reference=m.reference, listed_name=m.listed_name, regime=hit.regime,
                        band="strong" if m.band == "strong" else "weak",
                        score=round(m.score, 4), status=hit.status,
                        listed_on=hit.listed_on.isoformat(),
                        removed_by=_iso(hit.removed_by), text=hit.text(), match=m.to_dict())


def _vessel_keys(vessel: Any) -> list[tuple[str, ...]]:
    """How a vessel is recognised in another event: IMO number, else name and flag."""
    if vessel.imo:
        return [("imo", vessel.imo)]
    if vessel.name:
        return [("name", vessel.name.casefold(), vessel.flag or "")]
    return []


def _vessel_text(vessel: Any) -> str:
    parts = [vessel.name or "unnamed vessel"]
    if vessel.imo:
        parts.append(f"IMO {vessel.imo}")
    if vessel.flag:
        parts.append(f"flag {vessel.flag}")
    return ", ".join(parts)


def render_check(c: Check) -> str:
    """``destination equals KP, found RU``."""
    return f"{c.field} {c.op.replace('_', ' ')} {c.expected}, found {c.actual}"


def _iso(day: Any) -> str | None:
    return day.isoformat() if day is not None else None


def _interval(start: Any, end: Any) -> dict[str, str | None]:
    return {"from": _iso(start), "until": _iso(end)}


def _sentence(event: Event, rule: Rule, stage: Stage, severity: str, checks: list[Check],
              citations: list[CitationOut], missing: list[str]) -> str:
    facts = "; ".join(
        f"{c.field}: {c.note}" if c.field.endswith(".designated") and c.note else
        f"{c.field} {c.actual}" + (f" ({c.note})" if c.note and severity != "review" else "")
        for c in checks)
    cites = " and ".join(c.short() for c in citations)
    since = f"in force since {stage.start.isoformat()}" + (
        f" until {stage.end.isoformat()}" if stage.end else "")
    head = f"{event.id} ({event.date.isoformat()}): {facts}"
    if severity == "review":
        return (f"{head}; may fall under {rule.title[0].lower() + rule.title[1:]} "
                f"({cites}, {since}), but {'; '.join(missing) or 'a needed fact is missing'}: "
                "review needed.")
    principle = rule.summary.split(";")[0].rstrip(". ")
    return f"{head}; {principle} - {cites} ({since})."

