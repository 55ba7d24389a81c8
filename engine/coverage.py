"""Law coverage: for each catalogued paragraph, the rules that encode it and the scenarios that
test it, or why it is deliberately not encoded.

Each regime may keep a paragraph catalogue, ``rules/<regime>/paragraphs.yaml``, transcribed
from the reference (for the DPRK: ``shared/reference/dprk_measures.md``). The catalogue is
the yardstick: every paragraph must be encoded by a rule or explained, and every citation in a
rule must be in the catalogue with the same verification status and force.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from .rulebook.loader import PARAGRAPHS, Rulebook, _File

__all__ = ["CoverageRow", "Scenario", "coverage", "coverage_problems", "read_scenarios"]


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ParagraphSpec(_Spec):
    """One operative paragraph of the catalogue."""

    resolution: Annotated[int, Field(ge=1)]
    # "?": a measure the reference names without a paragraph number (it can only be explained).
    paragraph: Annotated[str, Field(pattern=r"^(\d+(\([a-z0-9]+\))*|annex [IVX]+|\?)$")]
    status: Literal["verified", "content-verified", "unconfirmed"]
    force: Literal["decides", "calls-upon", "authorizes"]
    topic: Annotated[str, Field(min_length=1)]
    not_encoded: str | None = None


class ParagraphsSpec(_Spec):
    """A regime's paragraph catalogue."""

    regime: str
    paragraphs: list[ParagraphSpec]


@dataclass(frozen=True)
class Scenario:
    """A Gherkin scenario and the rule or exemption ids it names."""

    file: str
    line: int
    title: str
    ids: frozenset[str]


@dataclass
class CoverageRow:
    """One catalogued paragraph and what covers it."""

    regime: str
    symbol: str
    resolution: int
    paragraph: str
    status: str
    force: str
    topic: str
    not_encoded: str | None
    rules: list[str] = field(default_factory=list)
    scenarios: list[str] = field(default_factory=list)

    @property
    def state(self) -> str:
        """``encoded``, ``not encoded`` (explained) or ``missing``."""
        if self.rules:
            return "encoded"
        return "not encoded" if self.not_encoded else "missing"


_ID = re.compile(r'"([a-z][a-z0-9_]*(?:\.[a-z0-9][a-z0-9_-]*)+)"')


def read_scenarios(features: Path) -> list[Scenario]:
    """Every scenario of every ``.feature`` file under ``features``, with the ids it names."""
    out: list[Scenario] = []
    for path in sorted(features.rglob("*.feature")):
        title, start, ids = "", 0, set[str]()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            stripped = line.strip()
            if stripped.startswith(("Scenario:", "Scenario Outline:")):
                if title:
                    out.append(Scenario(path.name, start, title, frozenset(ids)))
                title, start, ids = stripped.split(":", 1)[1].strip(), number, set()
            elif title:
                ids.update(_ID.findall(line))
        if title:
            out.append(Scenario(path.name, start, title, frozenset(ids)))
    return out


def load_paragraphs(book: Rulebook) -> dict[str, list[ParagraphSpec]]:
    """Each regime's catalogue, where it has one."""
    root = Path(book.root)
    out: dict[str, list[ParagraphSpec]] = {}
    for path in sorted(root.glob(f"*/{PARAGRAPHS}")):
        f = _File(path, str(path), path.relative_to(root).as_posix())
        spec: ParagraphsSpec = f.validate(ParagraphsSpec)
        if spec.regime != path.parent.name:
            raise f.error(f"regime {spec.regime!r} does not match its folder", ("regime",))
        out[spec.regime] = spec.paragraphs
    return out


def _rule_of(ident: str, rule_ids: set[str]) -> str | None:
    probe = ident
    while probe:
        if probe in rule_ids:
            return probe
        probe = probe.rpartition(".")[0]
    return None


def coverage(book: Rulebook, scenarios: Iterable[Scenario] = ()) -> list[CoverageRow]:
    """One row per catalogued paragraph."""
    rule_ids = {r.id for r in book.rules} | {cap.rule.id for cap in book.caps} | {
        k.rule.id for k in book.links}
    tested: dict[str, list[str]] = {}
    for sc in scenarios:
        for ident in sc.ids:
            rule = _rule_of(ident, rule_ids)
            if rule is not None:
                tested.setdefault(rule, []).append(f"{sc.file}:{sc.line} {sc.title}")
    citing: dict[tuple[int, str], list[str]] = {}
    for r in (*book.rules, *(cap.rule for cap in book.caps), *(k.rule for k in book.links)):
        for cite in {(c.resolution, c.paragraph) for st in r.stages for c in st.citations} | {
                (c.resolution, c.paragraph) for ex in r.exemptions for c in ex.citations}:
            citing.setdefault(cite, []).append(r.id)
    rows = []
    for regime, paragraphs in load_paragraphs(book).items():
        for p in paragraphs:
            rules = sorted(set(citing.get((p.resolution, p.paragraph), [])))
            scen = sorted({s for r in rules for s in tested.get(r, [])})
            res = book.resolutions.get(p.resolution)
            symbol = res.symbol if res else f"S/RES/{p.resolution}"
            rows.append(CoverageRow(regime, symbol, p.resolution, p.paragraph, p.status,
                                    p.force, p.topic, p.not_encoded, rules, scen))
    return rows


def coverage_problems(book: Rulebook, scenarios: list[Scenario]) -> list[str]:
    """Everything that breaks the promise of a complete, tested, correctly cited rulebook."""
    problems: list[str] = []
    catalogues = load_paragraphs(book)
    rows = coverage(book, scenarios)
    for row in rows:
        if row.state == "missing":
            problems.append(f"{row.symbol} OP{row.paragraph} ({row.topic}): neither encoded "
                            "nor explained (add a rule or a not_encoded reason)")
        if row.rules and row.not_encoded:
            problems.append(f"{row.symbol} OP{row.paragraph}: encoded by {', '.join(row.rules)} "
                            "but also marked not_encoded")
    index = {(regime, p.resolution, p.paragraph): p
             for regime, ps in catalogues.items() for p in ps}
    for rule in (*book.rules, *(cap.rule for cap in book.caps), *(k.rule for k in book.links)):
        if rule.regime not in catalogues:
            continue
        cites = [c for st in rule.stages for c in st.citations]
        cites += [c for ex in rule.exemptions for c in ex.citations]
        for c in cites:
            p = index.get((rule.regime, c.resolution, c.paragraph))
            if p is None:
                problems.append(f"{rule.id}: cites {c.resolution} OP{c.paragraph}, which is not "
                                "in the paragraph catalogue")
            elif p.status != c.status or p.force != c.force:
                problems.append(f"{rule.id}: cites {c.resolution} OP{c.paragraph} as "
                                f"{c.status}/{c.force}; the catalogue says {p.status}/{p.force}")
    rule_ids = {r.id for r in book.rules} | {cap.rule.id for cap in book.caps} | {
        k.rule.id for k in book.links}
    known = rule_ids | {e.id for r in book.rules for e in r.exemptions}
    named: set[str] = set()
    for sc in scenarios:
        named |= sc.ids
        for ident in sorted(sc.ids):
            if ident.startswith(tuple(f"{g}." for g in book.regimes)) and ident not in known:
                problems.append(f"{sc.file}:{sc.line} names unknown rule or exemption {ident!r}")
    for rule_id in sorted(rule_ids - named):
        problems.append(f"{rule_id}: no scenario tests it")
    return problems
