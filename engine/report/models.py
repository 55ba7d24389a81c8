"""The report as data: findings, rejections, totals, screening and summary.

The JSON form is the contract (``shared/contract/report.md``). Nothing here reads a clock: the
same input gives the same bytes.
"""


from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

from ..events.model import Event
from ..events.rejections import Rejection

STATUS_TEXT = {
    "verified": "",
    "content-verified": " [paragraph number not independently verified]",
    "unconfirmed": " [paragraph number unconfirmed]",
}


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True, populate_by_name=True)


class CitationOut(_Out):
    """A cited paragraph, with the status of its number."""

    symbol: str
    resolution: int
    year: int
    paragraph: str
    status: Literal["verified", "content-verified", "unconfirmed"]

    def short(self) -> str:
        """``S/RES/1718 (2006) OP8(b)`` plus a warning when the number is not verified."""
        return f"{self.symbol} OP{self.paragraph}{STATUS_TEXT[self.status]}"


class ConditionOut(_Out):
    """One condition: field, operator, expected and actual value."""

    field: str
    op: str
    expected: Any
    actual: Any
    note: str | None = None


class InForce(_Out):
    """An interval of days, both ends included; ``until`` null while in force."""

    from_: str = Field(alias="from")
    until: str | None


class ExemptionOut(_Out):
    """An exemption weighed, and why it did or did not lift the rule."""

    id: str
    summary: str
    applies: bool
    why: str
    citations: list[CitationOut] = Field(default_factory=list)
    conditions: list[ConditionOut] = Field(default_factory=list)


class ContributionOut(_Out):
    """One event counted toward a cap, and the running total after it."""

    event_id: str
    date: str
    quantity: Any
    unit: str
    running_total: Any


class ChainOut(_Out):
    """One event of a chain of linked events, and what ties it to the others."""

    event_id: str
    date: str
    type: str
    vessel: str


class Explanation(_Out):
    """Why a rule matched, as data, with one sentence rendered from it."""

    text: str
    conditions: list[ConditionOut]
    in_force: InForce
    stage: InForce
    exemptions: list[ExemptionOut]
    missing: list[str] = Field(default_factory=list)
    contributions: list[ContributionOut] = Field(default_factory=list)
    chain: list[ChainOut] = Field(default_factory=list)


class TotalOut(_Out):
    """A cap's total so far in one period, and its share of the limit."""

    cap_id: str
    period: InForce
    unit: str
    total: Any
    limit: Any
    share: float
    events: int


class ClearOut(_Out):
    """An exemption that did not lift a finding, as what would have to be true for it to."""

    exemption: str
    summary: str
    needs: list[str]


class Clearing(_Out):
    """What would clear a finding: the exemptions not met, and the measure's dates."""

    exemptions: list[ClearOut]
    in_force_from: str
    lapses: str | None


class DecisionOut(_Out):
    """A reviewer's decision in force on a finding (``check --decisions``)."""

    decision: Literal["dismissed", "confirmed", "escalated"]
    by: str
    on: str
    why: str
    until: str | None = None


def _drop_none(data: Any, keys: tuple[str, ...]) -> Any:
    """Optional keys are left out when empty, so that reports without them keep their bytes."""
    if isinstance(data, dict):
        for key in keys:
            if key in data and data[key] is None:
                del data[key]
    return data


class Finding(_Out):
    """One (event, rule) match; ``id`` is stable (``findings/ids.py``, docs/report.md)."""

    id: str = ""
    rule_id: str
    severity: Literal["violation", "review"]
    event_ids: list[str]
    regime: str
    title: str
    citations: list[CitationOut]
    explanation: Explanation
    rule_source: str
    clearing: Clearing | None = None
    meta: dict[str, Any] | None = None
    decision: DecisionOut | None = None

    @model_serializer(mode="wrap")
    def _omit_empty(self, handler: SerializerFunctionWrapHandler) -> Any:
        return _drop_none(handler(self), ("clearing", "meta", "decision"))


class Summary(_Out):
    """Counts for the whole batch."""

    events: int
    checked: int
    rejected: int
    findings: int
    by_severity: dict[str, int]
    exempted: int = 0
    undecided: int | None = None  # with --decisions: findings without a decision in force

    @model_serializer(mode="wrap")
    def _omit_empty(self, handler: SerializerFunctionWrapHandler) -> Any:
        return _drop_none(handler(self), ("undecided",))


class EngineInfo(_Out):
    """Which engine wrote the report."""

    name: str = "sanctions-engine"
    version: str


class RulebookInfo(_Out):
    """Which rules judged the batch."""

    fingerprint: str
    rules: int
    regimes: list[str]


class ListOut(_Out):
    """A designation list the batch was screened against (enough to fetch the same bytes)."""

    name: str
    source: str | None
    generated: str
    sha256: str
    records: int
    thresholds: dict[str, float]  # the match scores for strong (violation) and weak (review)


class ScreeningOut(_Out):
    """A party or vessel of an event that matched a listed record, and what that means on the
    event's date: ``in_force`` (a rule may act on it), ``designated_later`` (listed after the
    event: no finding), ``delisted``, ``possibly_delisted`` (removed around the event's date)."""

    event_id: str
    path: str
    list: str
    reference: str
    listed_name: str
    regime: str
    band: Literal["strong", "weak"]
    score: float
    status: Literal["in_force", "designated_later", "delisted", "possibly_delisted"]
    listed_on: str
    removed_by: str | None = None
    text: str
    match: dict[str, Any]


class DecisionRef(_Out):
    """A decision of the decisions file, as read."""

    finding: str
    decision: str
    by: str
    on: str
    why: str
    until: str | None = None


class DecisionsOut(_Out):
    """What a decisions file did: applied, still undecided, stale (no such finding now) and
    expired (past ``until`` on ``as_of``)."""

    file: str | None
    as_of: str
    applied: int
    undecided: int
    stale: list[DecisionRef]
    expired: list[DecisionRef]


class Report(_Out):
    """The result of checking one batch.

    ``events``: the events with findings or exempted, by id, for the text, Markdown and HTML
    reports; never in the JSON (the events are the input)."""

    engine: EngineInfo
    rulebook: RulebookInfo
    summary: Summary
    findings: list[Finding]
    rejected: list[Rejection]
    exempted: list[Finding] = Field(default_factory=list)
    totals: list[TotalOut] = Field(default_factory=list)
    lists: list[ListOut] = Field(default_factory=list)
    screening: list[ScreeningOut] = Field(default_factory=list)
    decisions: DecisionsOut | None = None
    events: dict[str, Event] = Field(default_factory=dict, exclude=True)

    @model_serializer(mode="wrap")
    def _omit_empty(self, handler: SerializerFunctionWrapHandler) -> Any:
        return _drop_none(handler(self), ("decisions",))

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON document as Python data."""
        return self.model_dump(mode="json", by_alias=True)

    def to_json(self, indent: int | None = 2) -> str:
        """The contract's JSON document."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent) + "\n"

    def render(self, fmt: str = "text") -> str:
        """``text``, ``json``, ``markdown``, ``html`` or ``csv``."""
        if fmt == "json":
            return self.to_json()
        if fmt == "csv":
            from .csv import render_csv

            return render_csv(self)
        if fmt == "html":
            from .html import render_html

            return render_html(self)
        if fmt == "markdown":
            from .markdown import _markdown

            return _markdown(self)
        if fmt == "text":
            from .text import _text

            return _text(self)
        raise ValueError(f"unknown format {fmt!r}")
