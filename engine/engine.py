"""``Engine``: load -> validate -> compile -> match -> explain -> report, in one place."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from . import __version__
from .compile import CHUNK, CompiledRulebook, Variant, compile_rulebook, to_fact
from .errors import MatchError
from .events import Event
from .explain import Check, evaluate_all
from .load import Record, read_events, records_from
from .match import Matcher
from .report import (
    CitationOut,
    ConditionOut,
    EngineInfo,
    ExemptionOut,
    Explanation,
    Finding,
    InForce,
    Rejection,
    Report,
    RulebookInfo,
    Summary,
)
from .rulebook import Rulebook, load_rulebook
from .rulespec import Citation, Rule, Stage
from .validate import validate_records

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

    def __init__(self, rulebook: Rulebook) -> None:
        self.rulebook = rulebook
        self.compiled: CompiledRulebook = compile_rulebook(rulebook)
        self._matcher = Matcher(self.compiled)
        self._categories = frozenset(rulebook.taxonomy.categories)
        self._by_rule: dict[str, list[tuple[str, Variant]]] = {}
        for name, variant in self.compiled.variants.items():
            self._by_rule.setdefault(variant.rule.id, []).append((name, variant))

    @classmethod
    def load(cls, path: str | Path | None = None) -> Engine:
        """An engine for the rules folder at ``path`` (the shipped rules by default)."""
        return cls(load_rulebook(path if path is not None else default_rules_path()))

    # --- checking ---------------------------------------------------------------------

    def check(self, events: Iterable[Any], *, progress: Progress | None = None) -> Report:
        """Check events given as dicts or ``Event`` models."""
        return self.check_records(records_from(events), progress=progress)

    def check_files(self, paths: Iterable[str], *, progress: Progress | None = None) -> Report:
        """Check the events of one or more files (``-`` is standard input)."""

        def records() -> Iterator[Record]:
            for path in paths:
                yield from read_events(path)

        return self.check_records(records(), progress=progress)

    def check_records(self, records: Iterable[Record], *,
                      progress: Progress | None = None) -> Report:
        """Check records as read by ``load``; the heart of the pipeline."""
        findings: list[Finding] = []
        exempted: list[Finding] = []
        rejected: list[Rejection] = []
        total = checked = 0
        pending: list[tuple[Event, dict[str, Any]]] = []
        taxonomy = self.rulebook.taxonomy

        def flush() -> None:
            fired = self._matcher.match([fact for _, fact in pending])
            for (event, fact), names in zip(pending, fired, strict=True):
                if names:
                    found, lifted = self._explain(event, fact, names)
                    findings.extend(found)
                    exempted.extend(lifted)
            pending.clear()

        for _, result in validate_records(records, self._categories):
            total += 1
            if isinstance(result, Rejection):
                rejected.append(result)
            else:
                checked += 1
                pending.append((result, to_fact(result, taxonomy, "")))
                if len(pending) >= CHUNK:
                    flush()
            if progress is not None and total % 10_000 == 0:
                progress(total)
        if pending:
            flush()
        if progress is not None:
            progress(total)
        by_severity = {"violation": 0, "review": 0}
        for f in findings:
            by_severity[f.severity] += 1
        book = self.rulebook
        return Report(
            engine=EngineInfo(version=__version__),
            rulebook=RulebookInfo(fingerprint=book.fingerprint, rules=len(book.rules),
                                  regimes=list(book.regimes)),
            summary=Summary(events=total, checked=checked, rejected=len(rejected),
                            findings=len(findings), by_severity=by_severity,
                            exempted=len(exempted)),
            findings=findings, rejected=rejected, exempted=exempted)

    # --- explaining -------------------------------------------------------------------

    def _explain(self, event: Event, fact: dict[str, Any], names: set[str]
                 ) -> tuple[list[Finding], list[Finding]]:
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
            finding = self._finding(event, fact, chosen, names)
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

    def _finding(self, event: Event, fact: dict[str, Any], variant: Variant, names: set[str]
                 ) -> Finding:
        rule, stage = variant.rule, variant.stage
        assert stage is not None
        ok, checks = evaluate_all(rule.conditions + stage.conditions, fact, event,
                                  variant.review_of)
        if not ok:
            raise MatchError(f"durable-rules matched {rule.id} on event {event.id} but the "
                             f"conditions do not hold: {checks[-1]}")
        severity = "review" if variant.kind == "review" else rule.severity
        missing = [c.note for c in checks if c.note and variant.kind == "review"
                   and c.field.endswith("category")]
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
            rule_source=f"{rule.file}:{rule.line}")

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
                why = "met: " + "; ".join(f"{c.field} = {c.actual}" for c in checks)
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

