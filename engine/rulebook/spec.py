"""The rule format: what a YAML rule file may say (specs), and the checked rule it becomes.

A rule file holds the rules of one resolution or measure. Each rule has a stable id, a title,
a summary in our own words, the event types it applies to, conditions (``when``), one or more
*stages* -- the successive texts of the measure, each with its in-force dates and citations --
and the exemptions that can lift it. ``docs/rules.md`` documents the format with examples.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..events.model import EventType, IsoDate
from .fields import FieldSpec, Scope
from .measures import Measure

__all__ = [
    "AnyOf",
    "Cap",
    "CapSpec",
    "Citation",
    "Condition",
    "ConditionSpec",
    "Exemption",
    "ExemptionSpec",
    "Link",
    "LinkSpec",
    "Period",
    "Rule",
    "RuleFileSpec",
    "RuleSpec",
    "Scoped",
    "Stage",
    "StageSpec",
    "Test",
]

RULE_ID = r"^[a-z][a-z0-9_]*(\.[a-z0-9][a-z0-9_-]*)+$"
Scalar = str | int | float | bool
OPS = ("equals", "not_equals", "in", "not_in", "gt", "gte", "lt", "lte", "exists", "prefix",
       "mentions")
SCOPE_KEYS = ("any_item", "any_party", "any_vessel", "any_authorization", "every_item")


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Citation(_Spec):
    """A resolution paragraph, with how sure we are of its number."""

    resolution: Annotated[int, Field(ge=1)]
    paragraph: Annotated[str, Field(pattern=r"^(\d+(\([a-z0-9]+\))*|annex [IVX]+)$")]
    status: Literal["verified", "content-verified", "unconfirmed"]
    force: Literal["decides", "calls-upon", "authorizes"] = "decides"
    note: str | None = None


class ConditionSpec(_Spec):
    """One condition as written in YAML: a field test, ``any_of``, or a scoped ``any_*``."""

    field: str | None = None
    equals: Scalar | None = None
    not_equals: Scalar | None = None
    in_: list[Scalar] | None = Field(default=None, alias="in")
    not_in: list[Scalar] | None = None
    gt: Scalar | None = None
    gte: Scalar | None = None
    lt: Scalar | None = None
    lte: Scalar | None = None
    exists: bool | None = None
    prefix: list[str] | None = None
    mentions: str | None = None
    review_if: list[str] | None = None
    review_if_absent: bool | None = None
    any_of: list[ConditionSpec] | None = None
    any_item: list[ConditionSpec] | None = None
    any_party: list[ConditionSpec] | None = None
    any_vessel: list[ConditionSpec] | None = None
    any_authorization: list[ConditionSpec] | None = None
    every_item: list[ConditionSpec] | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _one_thing(self) -> ConditionSpec:
        ops = [op for op in OPS if getattr(self, "in_" if op == "in" else op) is not None]
        groups = [k for k in ("any_of", *SCOPE_KEYS) if getattr(self, k) is not None]
        if self.field is not None:
            if groups:
                raise ValueError(f"a field test cannot also have {groups[0]!r}")
            if len(ops) != 1:
                raise ValueError(
                    f"a field test needs exactly one operator of {', '.join(OPS)}; got "
                    f"{', '.join(ops) or 'none'}")
        else:
            if ops:
                raise ValueError(f"operator {ops[0]!r} needs a 'field'")
            if len(groups) != 1:
                raise ValueError("a condition needs a 'field' test, 'any_of' or one of "
                                 + ", ".join(SCOPE_KEYS))
            if not getattr(self, groups[0]):
                raise ValueError(f"{groups[0]!r} needs at least one condition")
        if self.review_if is not None and "in" not in ops:
            raise ValueError("'review_if' goes with an 'in' test on category")
        if self.review_if_absent is not None and (self.field is None or "exists" in ops):
            raise ValueError("'review_if_absent' goes with a field test other than 'exists'")
        return self

    def op(self) -> tuple[str, Any]:
        """The operator and its operand of a field test."""
        for op in OPS:
            value = getattr(self, "in_" if op == "in" else op)
            if value is not None:
                return op, value
        raise AssertionError("not a field test")


class StageSpec(_Spec):
    """One text of the measure: in force from..until, cited as..., with extra conditions."""

    from_: IsoDate = Field(alias="from")
    until: IsoDate | None = None
    citations: Annotated[list[Citation], Field(min_length=1)]
    when: list[ConditionSpec] = Field(default_factory=list)
    note: str | None = None
    # A text with an exception that no event can rule out (a livelihood determination, an
    # allowance notified after the fact) is judged as a review, saying what would settle it.
    severity: Literal["violation", "review"] | None = None
    needs: str | None = None


class ExemptionSpec(_Spec):
    """What lifts the rule, with its own citation and optional dates."""

    id: Annotated[str, Field(pattern=RULE_ID)]
    summary: Annotated[str, Field(min_length=1)]
    citations: Annotated[list[Citation], Field(min_length=1)]
    from_: IsoDate | None = Field(default=None, alias="from")
    until: IsoDate | None = None
    when: Annotated[list[ConditionSpec], Field(min_length=1)]


class RuleSpec(_Spec):
    """A rule as written in YAML."""

    id: Annotated[str, Field(pattern=RULE_ID)]
    title: Annotated[str, Field(min_length=1)]
    summary: Annotated[str, Field(min_length=1)]
    applies_to: Annotated[list[EventType], Field(min_length=1)]
    severity: Literal["violation", "review"] = "violation"
    judged_on: Literal["date", "end_date"] = "date"
    needs: str | None = None  # for severity review: the fact or determination an event lacks
    # The list measure the rule applies: its designated tests are then reached only by records
    # listed for it (a record's own scope, rulebook/measures.py).
    measure: Measure | None = None
    when: list[ConditionSpec] = Field(default_factory=list)
    stages: Annotated[list[StageSpec], Field(min_length=1)]
    exemptions: list[ExemptionSpec] = Field(default_factory=list)
    see_also: list[str] = Field(default_factory=list)


class LimitSpec(_Spec):
    """One limit of a cap: a quantity in a unit (``barrels``, ``t``, ``USD``...)."""

    value: Annotated[Decimal, Field(gt=0)]
    unit: Annotated[str, Field(min_length=1)]


class PeriodSpec(_Spec):
    """A cap period: fixed (from..until) or recurring every year from ``from``."""

    from_: IsoDate = Field(alias="from")
    until: IsoDate | None = None
    every: Literal["year"] | None = None
    limits: Annotated[list[LimitSpec], Field(min_length=1)]
    citations: Annotated[list[Citation], Field(min_length=1)]
    note: str | None = None


class ConversionSpec(_Spec):
    """A factor from an item unit to a limit unit, with where the factor comes from."""

    unit: str
    to: str
    factor: Annotated[Decimal, Field(gt=0)]
    source: Annotated[str, Field(min_length=1)]
    status: Literal["verified", "content-verified", "unconfirmed"]


class CapSpec(_Spec):
    """A limit on the total of many events over a period (e.g. barrels per year)."""

    id: Annotated[str, Field(pattern=RULE_ID)]
    title: Annotated[str, Field(min_length=1)]
    summary: Annotated[str, Field(min_length=1)]
    applies_to: Annotated[list[EventType], Field(min_length=1)]
    when: list[ConditionSpec] = Field(default_factory=list)
    counts: Annotated[list[str], Field(min_length=1)]  # item categories whose quantities add up
    conversions: list[ConversionSpec] = Field(default_factory=list)
    periods: Annotated[list[PeriodSpec], Field(min_length=1)]


class SelectorSpec(_Spec):
    """Which events take one place in a chain."""

    applies_to: Annotated[list[EventType], Field(min_length=1)]
    when: list[ConditionSpec] = Field(default_factory=list)


class LinkSpec(_Spec):
    """Two events tied by the same vessel: a first event, then a later one."""

    id: Annotated[str, Field(pattern=RULE_ID)]
    title: Annotated[str, Field(min_length=1)]
    summary: Annotated[str, Field(min_length=1)]
    needs: Annotated[str, Field(min_length=1)]  # a chain shows a duty; what it cannot show
    first: SelectorSpec
    then: SelectorSpec
    first_vessels_not_flagged: str | None = None  # e.g. KP: the counterpart, not the DPRK ship
    stages: Annotated[list[StageSpec], Field(min_length=1)]


class RuleFileSpec(_Spec):
    """A rule file: the regime, its rules, caps and links."""

    regime: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    title: str | None = None
    rules: list[RuleSpec] = Field(default_factory=list)
    caps: list[CapSpec] = Field(default_factory=list)
    links: list[LinkSpec] = Field(default_factory=list)

    @model_validator(mode="after")
    def _something(self) -> RuleFileSpec:
        if not self.rules and not self.caps and not self.links:
            raise ValueError("a rule file needs 'rules', 'caps' or 'links'")
        return self


# --- Checked rules: what the compiler and the explainer work with -------------------------


@dataclass(frozen=True)
class Test:
    """A field test with its operand normalized to the fact's representation."""

    scope: Scope
    field: FieldSpec
    op: str
    value: Any  # fact representation: str, int (dates as ordinals, numbers in thousandths), tuple
    shown: Any  # the operand as the rule wrote it, for explanations
    review_if: tuple[str, ...] = ()
    review_if_absent: bool = False  # an event without the field gets the rule's review twin


@dataclass(frozen=True)
class AnyOf:
    """At least one of the options holds."""

    options: tuple[Condition, ...]


@dataclass(frozen=True)
class Scoped:
    """Some element of an event list (items, parties, ...) satisfies every condition; with
    ``every``, the list is not empty and each of its elements does."""

    scope: Scope
    list_key: str
    conditions: tuple[Condition, ...]
    every: bool = False


Condition = Test | AnyOf | Scoped


@dataclass(frozen=True)
class Exemption:
    """A checked exemption."""

    id: str
    summary: str
    citations: tuple[Citation, ...]
    start: date | None
    end: date | None
    conditions: tuple[Condition, ...]


@dataclass(frozen=True)
class Stage:
    """A checked stage: the text in force between ``start`` and ``end`` (inclusive)."""

    index: int
    start: date
    end: date | None
    citations: tuple[Citation, ...]
    conditions: tuple[Condition, ...]
    severity: str | None = None  # the rule's severity unless this text says review
    needs: str | None = None


@dataclass(frozen=True)
class Rule:
    """A checked rule, ready to compile."""

    id: str
    regime: str
    title: str
    summary: str
    applies_to: tuple[str, ...]
    severity: str
    judged_on: str  # "date", or "end_date" for duties about how long something lasts
    conditions: tuple[Condition, ...]
    stages: tuple[Stage, ...]
    exemptions: tuple[Exemption, ...]
    file: str
    line: int
    needs: str | None = None
    measure: str | None = None  # the list measure it applies (asset_freeze, ...), if one

    @property
    def start(self) -> date:
        """First day the measure was in force."""
        return self.stages[0].start

    @property
    def end(self) -> date | None:
        """Last day in force, or None while it is."""
        return self.stages[-1].end

    def stage_on(self, day: date) -> Stage | None:
        """The stage in force on ``day``."""
        for stage in self.stages:
            if stage.start <= day and (stage.end is None or day <= stage.end):
                return stage
        return None


@dataclass(frozen=True)
class Period:
    """A checked cap period."""

    start: date
    end: date | None
    every: str | None
    limits: tuple[tuple[Decimal, str], ...]
    citations: tuple[Citation, ...]

    def window(self, day: date) -> tuple[date, date | None] | None:
        """The period (first and last day) that contains ``day``, if any."""
        if day < self.start or (self.end is not None and day > self.end):
            return None
        if self.every is None:
            return self.start, self.end
        years = day.year - self.start.year
        if (day.month, day.day) < (self.start.month, self.start.day):
            years -= 1
        first = self.start.replace(year=self.start.year + years)
        if first.year == date.max.year:
            last = date.max  # the calendar ends before the next period would start
        else:
            following = self.start.replace(year=self.start.year + years + 1)
            last = date.fromordinal(following.toordinal() - 1)
        if self.end is not None and last > self.end:
            last = self.end
        return first, last


@dataclass(frozen=True)
class Cap:
    """A checked cap: its selection is a ``Rule`` (one stage per period) so that it compiles
    and explains like any rule."""

    rule: Rule
    counts: tuple[str, ...]
    conversions: dict[tuple[str, str], tuple[Decimal, str, str]]
    periods: tuple[Period, ...]


@dataclass(frozen=True)
class Link:
    """A checked link: two selector rules (the first has one open stage) and the country whose
    vessels in the first event are not the ones followed."""

    rule: Rule  # the later event's selector, with the stages and citations of the duty
    first: Rule
    not_flagged: str | None
