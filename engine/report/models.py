"""The report as data: findings, rejections, totals, screening and summary.

The JSON form is the contract (``shared/contract/report.md``). Nothing here reads a clock: the
same input gives the same bytes.
"""


from __future__ import annotations

import json
from typing import Any

from pydantic import Field, SerializerFunctionWrapHandler, model_serializer

from ..events.model import Event
from ..events.rejections import FieldError, Rejection
from ..findings.models import (
    ChainOut,
    CitationOut,
    Clearing,
    ClearOut,
    ConditionOut,
    ContributionOut,
    DecisionOut,
    ExemptionOut,
    Explanation,
    Finding,
    InForce,
    ScreeningOut,
    _drop_none,
    _Out,
)

__all__ = [
    "ChainOut", "CitationOut", "ClearOut", "Clearing", "ConditionOut", "ContributionOut",
    "DecisionOut", "DecisionRef", "DecisionsOut", "EngineInfo", "ExemptionOut", "Explanation",
    "FieldError", "Finding", "InForce", "ListOut", "Rejection", "Report", "RulebookInfo",
    "ScreeningOut", "Summary", "TotalOut",
]


class TotalOut(_Out):
    """A cap's total so far in one period, and its share of the limit."""

    cap_id: str
    period: InForce
    unit: str
    total: Any
    limit: Any
    share: float
    events: int


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
