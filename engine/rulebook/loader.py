"""Load a rules folder into a checked ``Rulebook`` (the *validate* step for rules).

Layout::

    rules/
      resolutions.yaml      the resolutions rules may cite (number, year, adoption date)
      taxonomy.yaml         item categories and their HS codes
      <regime>/*.yaml       rule files, one per resolution or measure

Every file is read with the strict YAML reader, checked against its pydantic spec, then
cross-checked in a second pass (fields, categories, citations, dates, ids). Every problem is
reported as a ``RuleError`` naming file, line and key.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from difflib import get_close_matches
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

import pycountry
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .._yaml import YamlProblem, line_of, load_yaml
from ..errors import RuleError
from ..events.countries import normalize_country
from ..events.model import (
    AuthorizationType,
    HumanitarianActor,
    IsoDate,
    ItemCondition,
    PartyKind,
    PartyRole,
    Purpose,
    Unit,
)
from .fields import FIELDS, OPS_BY_KIND, SCOPES, FieldSpec, Scope, text_key
from .measures import marks_for
from .regimes import REGIME_KEYS
from .spec import (
    AnyOf,
    Cap,
    CapSpec,
    Citation,
    Condition,
    ConditionSpec,
    Exemption,
    Link,
    LinkSpec,
    Period,
    Rule,
    RuleFileSpec,
    Scoped,
    Stage,
    Test,
)
from .taxonomy import Taxonomy, TaxonomyCycle, TaxonomySpec

__all__ = ["PARAGRAPHS", "Resolution", "Rulebook", "load_rulebook"]

PARAGRAPHS = "paragraphs.yaml"

ENUM_VALUES: dict[tuple[str, str], frozenset[str]]
_ENUMS: dict[tuple[str, str], frozenset[str]] = {
    ("party", "role"): frozenset(get_args(PartyRole)),
    ("party", "kind"): frozenset(get_args(PartyKind)),
    ("item", "unit"): frozenset(get_args(Unit)),
    ("authorization", "type"): frozenset(get_args(AuthorizationType)),
    ("item", "condition"): frozenset(get_args(ItemCondition)),
    ("event", "purposes"): frozenset(get_args(Purpose)),
    ("party", "humanitarian_actor"): frozenset(get_args(HumanitarianActor)),
}
ENUM_VALUES = _ENUMS  # (scope, field path) -> the values the contract allows


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ResolutionSpec(_Spec):
    """A resolution that rules may cite."""

    number: Annotated[int, Field(ge=1)]
    year: Annotated[int, Field(ge=1946, le=2100)]
    adopted: IsoDate
    regime: str
    title: str | None = None


class CatalogueSpec(_Spec):
    """The resolutions file."""

    version: Literal[1]
    resolutions: Annotated[list[ResolutionSpec], Field(min_length=1)]


@dataclass(frozen=True)
class Resolution:
    """A resolution of the catalogue."""

    number: int
    year: int
    adopted: date
    regime: str

    @property
    def symbol(self) -> str:
        """The UN document symbol, e.g. ``S/RES/1718 (2006)``."""
        return f"S/RES/{self.number} ({self.year})"


@dataclass(frozen=True)
class Rulebook:
    """Everything the engine knows about the law: rules, taxonomy, resolutions."""

    root: str
    rules: tuple[Rule, ...]
    taxonomy: Taxonomy
    resolutions: dict[int, Resolution]
    fingerprint: str
    caps: tuple[Cap, ...] = ()
    links: tuple[Link, ...] = ()

    @property
    def regimes(self) -> tuple[str, ...]:
        """Regimes with at least one rule, sorted."""
        return tuple(sorted({rule.regime for rule in self.rules}))

    def rule(self, rule_id: str) -> Rule:
        """The rule with this id (``KeyError`` if none)."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def _dotted(path: Sequence[str | int]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class _File:
    """One YAML file being loaded: its name, data and key lines."""

    def __init__(self, path: Path, shown: str, rel: str) -> None:
        self.shown = shown
        self.rel = rel
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise RuleError(f"cannot read: {exc}", file=shown) from None
        try:
            self.data, self.lines = load_yaml(text)
        except YamlProblem as exc:
            raise RuleError(exc.message, file=shown, line=exc.line, key=exc.key) from None

    def error(self, message: str, path: Sequence[str | int] = (), rule_id: str | None = None
              ) -> RuleError:
        return RuleError(message, file=self.shown, line=line_of(self.lines, tuple(path)) or 1,
                         key=_dotted(path) or None, rule_id=rule_id)

    def validate(self, model: type[BaseModel]) -> Any:
        try:
            return model.model_validate(self.data)
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and "[" in p))
            rule_id = None
            if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
                rules = self.data.get("rules") if isinstance(self.data, dict) else None
                if isinstance(rules, list) and loc[1] < len(rules) and isinstance(
                        rules[loc[1]], dict):
                    rule_id = rules[loc[1]].get("id")
            message = err["msg"]
            if err["type"] == "extra_forbidden":
                message = f"unknown key {loc[-1]!r}"
            elif err["type"] == "missing":
                message = f"missing key {loc[-1]!r}"
            raise self.error(message, loc, rule_id) from None


def load_rulebook(root: str | Path) -> Rulebook:
    """Load and check the rules folder at ``root``."""
    base = Path(root)
    if not base.is_dir():
        raise RuleError("not a rules folder", file=str(root))
    shown = lambda p: str(Path(root) / p.relative_to(base))  # noqa: E731

    canon: list[tuple[str, Any]] = []
    cat_file = _file(base / "resolutions.yaml", shown, base)
    catalogue: CatalogueSpec = cat_file.validate(CatalogueSpec)
    resolutions: dict[int, Resolution] = {}
    for i, res in enumerate(catalogue.resolutions):
        if res.number in resolutions:
            raise cat_file.error(f"resolution {res.number} listed twice", ("resolutions", i))
        if res.adopted.year != res.year:
            raise cat_file.error(f"adopted {res.adopted} is not in year {res.year}",
                                 ("resolutions", i, "adopted"))
        resolutions[res.number] = Resolution(res.number, res.year, res.adopted, res.regime)
    canon.append(("resolutions.yaml", cat_file.data))

    tax_file = _file(base / "taxonomy.yaml", shown, base)
    tax_spec: TaxonomySpec = tax_file.validate(TaxonomySpec)
    for name, cat in tax_spec.categories.items():
        for j, parent in enumerate(cat.parents):
            if parent not in tax_spec.categories:
                raise tax_file.error(f"unknown parent category {parent!r}",
                                     ("categories", name, "parents", j))
    try:
        taxonomy = Taxonomy(tax_spec)
    except TaxonomyCycle as exc:
        raise tax_file.error(str(exc), ("categories", exc.category, "parents")) from None
    canon.append(("taxonomy.yaml", tax_file.data))

    rules: list[Rule] = []
    caps: list[Cap] = []
    links: list[Link] = []
    seen: dict[str, str] = {}
    # <regime>/paragraphs.yaml is the regime's paragraph catalogue (see coverage.py).
    rule_paths = sorted(p for p in base.glob("*/*.yaml")
                        if p.is_file() and p.name != PARAGRAPHS)
    if not rule_paths:
        raise RuleError("no rule files (expected <regime>/*.yaml)", file=str(root))
    for path in rule_paths:
        f = _file(path, shown, base)
        spec: RuleFileSpec = f.validate(RuleFileSpec)
        if spec.regime != path.parent.name:
            raise f.error(f"regime {spec.regime!r} does not match its folder "
                          f"{path.parent.name!r}", ("regime",))
        resolver = _Resolver(f, resolutions, taxonomy, spec.regime)

        def claim(rule: Rule, key: str, i: int, f: _File = f) -> None:
            if rule.id in seen:
                raise f.error(f"duplicate rule id (also in {seen[rule.id]})", (key, i, "id"),
                              rule.id)
            seen[rule.id] = f"{f.shown}:{rule.line}"

        for i, rule_spec in enumerate(spec.rules):
            rules.append(resolver.rule(i, rule_spec))
            claim(rules[-1], "rules", i)
        for i, cap_spec in enumerate(spec.caps):
            caps.append(resolver.cap(i, cap_spec))
            claim(caps[-1].rule, "caps", i)
        for i, link_spec in enumerate(spec.links):
            links.append(resolver.link(i, link_spec))
            claim(links[-1].rule, "links", i)
        canon.append((path.relative_to(base).as_posix(), f.data))

    digest = hashlib.sha256(
        json.dumps(sorted(canon, key=lambda c: c[0]), sort_keys=True, ensure_ascii=False,
                   separators=(",", ":")).encode("utf-8")).hexdigest()
    return Rulebook(str(root), tuple(sorted(rules, key=lambda r: r.id)), taxonomy, resolutions,
                    f"sha256:{digest}", tuple(sorted(caps, key=lambda c: c.rule.id)),
                    tuple(sorted(links, key=lambda k: k.rule.id)))


def _file(path: Path, shown: Any, base: Path) -> _File:
    if not path.is_file():
        raise RuleError("missing file", file=shown(path))
    return _File(path, shown(path), path.relative_to(base).as_posix())


class _Resolver:
    """Second pass over one rule: fields, operands, citations and dates."""

    def __init__(self, f: _File, resolutions: dict[int, Resolution], taxonomy: Taxonomy,
                 regime: str) -> None:
        self.f = f
        self.resolutions = resolutions
        self.taxonomy = taxonomy
        self.regime = regime
        self.rule_id: str | None = None
        self.measure: str | None = None  # the list measure of the rule being resolved

    def error(self, message: str, path: Sequence[str | int]) -> RuleError:
        return self.f.error(message, path, self.rule_id)

    def rule(self, i: int, spec: Any) -> Rule:
        self.rule_id = spec.id
        self.measure = spec.measure
        at: tuple[str | int, ...] = ("rules", i)
        conditions = self.conditions(spec.when, "event", (*at, "when"))
        stages: list[Stage] = []
        for j, st in enumerate(spec.stages):
            sp = (*at, "stages", j)
            self.interval(stages, st.from_, st.until, st.citations, sp)
            severity = st.severity or spec.severity
            if severity == "violation" and all(c.force == "calls-upon" for c in st.citations):
                raise self.error("a hortatory paragraph ('calls upon') cannot ground a violation;"
                                 " cite the binding paragraph or use severity: review",
                                 (*sp, "citations"))
            if st.severity == "review" and not (st.needs or spec.needs):
                raise self.error("a review stage must say, under 'needs', what an event cannot "
                                 "show", (*sp, "severity"))
            if st.needs and st.severity != "review":
                raise self.error("'needs' goes with 'severity: review' on a stage",
                                 (*sp, "needs"))
            stages.append(Stage(j, st.from_, st.until, tuple(st.citations),
                                self.conditions(st.when, "event", (*sp, "when")),
                                st.severity, st.needs))
        exemptions: list[Exemption] = []
        ids: set[str] = set()
        for j, ex in enumerate(spec.exemptions):
            ep = (*at, "exemptions", j)
            if ex.id in ids:
                raise self.error(f"duplicate exemption id {ex.id!r}", (*ep, "id"))
            ids.add(ex.id)
            if ex.from_ and ex.until and ex.until < ex.from_:
                raise self.error(f"until {ex.until} is before from {ex.from_}", (*ep, "until"))
            self.citations(ex.citations, ex.from_, (*ep, "citations"))
            exemptions.append(Exemption(ex.id, ex.summary, tuple(ex.citations), ex.from_,
                                        ex.until, self.conditions(ex.when, "event",
                                                                  (*ep, "when"))))
        if spec.severity == "review" and not spec.needs:
            raise self.error("a review-only rule must say, under 'needs', what an event cannot "
                             "show (e.g. the State's determination)", (*at, "severity"))
        return Rule(spec.id, self.regime, spec.title, spec.summary,
                    tuple(t.value for t in spec.applies_to), spec.severity, spec.judged_on,
                    conditions,
                    tuple(stages), tuple(exemptions), self.f.rel,
                    line_of(self.f.lines, at) or 1, spec.needs, spec.measure)

    def interval(self, before: Sequence[Stage], start: date, until: date | None,
                 citations: Sequence[Citation], path: tuple[str | int, ...],
                 noun: str = "stage") -> None:
        """A stage or period: ordered, not overlapping the one before, cited after adoption."""
        if until is not None and until < start:
            raise self.error(f"until {until} is before from {start}", (*path, "until"))
        if before and (before[-1].end is None or start <= before[-1].end):
            raise self.error(f"{noun} starts {start} while the previous {noun} is still in "
                             f"force (until {before[-1].end or 'open'})", (*path, "from"))
        self.citations(citations, start, (*path, "citations"))

    def cap(self, i: int, spec: CapSpec) -> Cap:
        self.rule_id = spec.id
        self.measure = None
        at: tuple[str | int, ...] = ("caps", i)
        conditions = self.conditions(spec.when, "event", (*at, "when"))
        counts = tuple(self.category(c, (*at, "counts", k)) for k, c in enumerate(spec.counts))
        stages: list[Stage] = []
        periods: list[Period] = []
        for j, p in enumerate(spec.periods):
            self.interval(stages, p.from_, p.until, p.citations, (*at, "periods", j), "period")
            stages.append(Stage(j, p.from_, p.until, tuple(p.citations), ()))
            periods.append(Period(p.from_, p.until, p.every,
                                  tuple((lim.value, lim.unit) for lim in p.limits),
                                  tuple(p.citations)))
        conversions: dict[tuple[str, str], tuple[Decimal, str, str]] = {
            (c.unit, c.to): (c.factor, c.source, c.status) for c in spec.conversions}
        rule = Rule(spec.id, self.regime, spec.title, spec.summary,
                    tuple(t.value for t in spec.applies_to), "violation", "date", conditions,
                    tuple(stages), (), self.f.rel, line_of(self.f.lines, at) or 1)
        return Cap(rule, counts, conversions, tuple(periods))

    def link(self, i: int, spec: LinkSpec) -> Link:
        self.rule_id = spec.id
        self.measure = None
        at: tuple[str | int, ...] = ("links", i)
        stages: list[Stage] = []
        for j, st in enumerate(spec.stages):
            self.interval(stages, st.from_, st.until, st.citations, (*at, "stages", j))
            stages.append(Stage(j, st.from_, st.until, tuple(st.citations), ()))
        line = line_of(self.f.lines, at) or 1
        then = Rule(spec.id, self.regime, spec.title, spec.summary,
                    tuple(t.value for t in spec.then.applies_to), "review", "date",
                    self.conditions(spec.then.when, "event", (*at, "then", "when")),
                    tuple(stages), (), self.f.rel, line, spec.needs)
        first = Rule(f"{spec.id}.first", self.regime, spec.title, spec.summary,
                     tuple(t.value for t in spec.first.applies_to), "review", "date",
                     self.conditions(spec.first.when, "event", (*at, "first", "when")),
                     (Stage(0, date.min, None, (), ()),), (), self.f.rel, line, spec.needs)
        not_flagged = (normalize_country(spec.first_vessels_not_flagged)
                       if spec.first_vessels_not_flagged else None)
        return Link(then, first, not_flagged)

    def citations(self, citations: Sequence[Citation], start: date | None,
                  path: tuple[str | int, ...]) -> None:
        for k, c in enumerate(citations):
            res = self.resolutions.get(c.resolution)
            if res is None:
                raise self.error(f"resolution {c.resolution} is not in resolutions.yaml",
                                 (*path, k, "resolution"))
            if start is not None and start < res.adopted:
                raise self.error(f"in force from {start}, before resolution {c.resolution} was "
                                 f"adopted on {res.adopted}", (*path, k, "resolution"))

    def conditions(self, specs: Sequence[ConditionSpec], scope: Scope,
                   path: tuple[str | int, ...]) -> tuple[Condition, ...]:
        return tuple(self.condition(s, scope, (*path, k)) for k, s in enumerate(specs))

    def condition(self, spec: ConditionSpec, scope: Scope, path: tuple[str | int, ...]
                  ) -> Condition:
        if spec.any_of is not None:
            return AnyOf(self.conditions(spec.any_of, scope, (*path, "any_of")))
        for key, (inner, list_key) in SCOPES.items():
            specs = getattr(spec, key)
            if specs is not None:
                if scope != "event":
                    raise self.error(f"{key!r} cannot be nested inside another scope",
                                     (*path, key))
                conds = self.conditions(specs, inner, (*path, key))
                if key.startswith("every_"):
                    self.single_term(conds, (*path, key))
                return Scoped(inner, list_key, conds, every=key.startswith("every_"))
        assert spec.field is not None
        fields = FIELDS[scope]
        field = fields.get(spec.field)
        if field is None:
            hint = get_close_matches(spec.field, list(fields), n=1)
            why = (" (free text is never matched by rules)" if spec.field == "description"
                   else f"; did you mean {hint[0]!r}?" if hint else "")
            raise self.error(f"unknown {scope} field {spec.field!r}{why}; known: "
                             f"{', '.join(sorted(fields))}", (*path, "field"))
        op, operand = spec.op()
        if op not in OPS_BY_KIND[field.kind]:
            raise self.error(f"operator {op!r} does not apply to {field.kind} field "
                             f"{spec.field!r}; use one of "
                             f"{', '.join(sorted(OPS_BY_KIND[field.kind]))}", (*path, op))
        if field.many and op in ("not_equals",):
            raise self.error(f"{op!r} is ambiguous on the list field {spec.field!r}", (*path, op))
        value = self.operand(field, scope, op, operand, (*path, op))
        if field.kind == "designation" and self.measure is not None:
            # Only a record listed for the rule's measure, or for every measure of its regime.
            value = tuple(m for r in value for m in marks_for(r, self.measure))
        review_if: tuple[str, ...] = ()
        if spec.review_if is not None:
            if field.kind != "category":
                raise self.error("'review_if' applies to category tests only",
                                 (*path, "review_if"))
            review_if = tuple(self.category(c, (*path, "review_if", k))
                              for k, c in enumerate(spec.review_if))
        absent = bool(spec.review_if_absent)
        if absent and field.kind in ("category", "designation"):
            raise self.error("'review_if_absent' is for plain fields: a category or designation "
                             "test has its own review twin", (*path, "review_if_absent"))
        return Test(scope, field, op, value, operand, review_if, absent)

    def single_term(self, conds: tuple[Condition, ...], path: tuple[str | int, ...]) -> None:
        """Refuse, inside ``every_*``, what would need an "or" per element: durable-rules
        cannot say "every element satisfies A or B" (its $or under an array test is unsafe), and
        "every element A, or every element B" would mean something else."""
        for k, c in enumerate(conds):
            if isinstance(c, AnyOf):
                raise self.error("'any_of' cannot be used inside an 'every_*' scope", (*path, k))
            assert isinstance(c, Test)
            many_values = (c.op in ("in", "prefix") and c.field.kind not in ("category",)
                           and not c.field.many and len(c.value) > 1)
            if many_values:
                raise self.error(f"inside an 'every_*' scope, {c.op!r} on {c.field.path!r} "
                                 "takes one value (write one rule per value)", (*path, k))

    def operand(self, field: FieldSpec, scope: Scope, op: str, operand: Any,
                path: tuple[str | int, ...]) -> Any:
        if op == "exists":
            return bool(operand)
        if op in ("in", "not_in"):
            if not isinstance(operand, list) or not operand:
                raise self.error(f"{op!r} needs a non-empty list", path)
            return tuple(self.scalar(field, scope, v, (*path, k)) for k, v in enumerate(operand))
        if op == "prefix":
            out = []
            for k, v in enumerate(operand):
                if field.kind == "hs":
                    if not (isinstance(v, str) and v.isdigit() and 2 <= len(v) <= 10):
                        raise self.error(f"not an HS prefix: {v!r} (2 to 10 digits)",
                                         (*path, k))
                    out.append(v)
                else:
                    text = str(v).casefold()
                    if not (text.isascii() and text.isalnum()):
                        raise self.error(f"a text prefix takes letters and digits: {v!r}",
                                         (*path, k))
                    out.append(text)
            return tuple(out)
        if op == "mentions":
            # Punctuation is a word break on both sides (fields.text_key).
            text = text_key(str(operand))
            if not text or any(ch in str(operand) for ch in "*?[](){}|\\^$+"):
                raise self.error("'mentions' takes words (letters, digits, spaces, hyphens), "
                                 "not a pattern", path)
            return text
        return self.scalar(field, scope, operand, path)

    def scalar(self, field: FieldSpec, scope: Scope, v: Any, path: tuple[str | int, ...]) -> Any:
        kind = field.kind
        try:
            if kind == "country":
                return normalize_country(str(v))
            if kind == "date":
                return date.fromisoformat(str(v)).toordinal()
            if kind == "number":
                if isinstance(v, bool):
                    raise ValueError("a number, not a boolean")
                return int(Decimal(str(v)) * 1000)
            if kind == "bool":
                if not isinstance(v, bool):
                    raise ValueError("true or false")
                return int(v)
            if kind == "category":
                return self.category(v, path)
            if kind == "designation":
                if v not in REGIME_KEYS:
                    raise ValueError(f"a regime of the UN list: {', '.join(sorted(REGIME_KEYS))}")
                return str(v)
            if kind == "enum":
                allowed = _ENUMS.get((scope, field.path))
                if field.path.endswith("currency"):
                    if pycountry.currencies.get(alpha_3=str(v).upper()) is None:
                        raise ValueError("an ISO 4217 currency code")
                    return str(v).upper()
                if allowed is not None and v not in allowed:
                    raise ValueError(f"one of {', '.join(sorted(allowed))}")
                return str(v)
            return text_key(str(v))
        except (ValueError, InvalidOperation) as exc:
            raise self.error(f"bad value {v!r} for {kind} field {field.path!r}: {exc}",
                             path) from None

    def category(self, name: Any, path: tuple[str | int, ...]) -> str:
        if not isinstance(name, str) or name not in self.taxonomy.categories:
            hint = get_close_matches(str(name), list(self.taxonomy.categories), n=1)
            extra = f"; did you mean {hint[0]!r}?" if hint else ""
            raise self.error(f"unknown category {name!r}{extra}", path)
        return name
