"""Findings as data: citations with their status, conditions, dates, exemptions, chains, what
would clear them, and the screening rows of an event.

What a finding says is decided here and in its sibling modules; the report only gathers them.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

__all__ = ["STATUS_TEXT", "ChainOut", "CitationOut", "ClearOut", "Clearing", "ConditionOut",
           "ContributionOut", "DecisionOut", "ExemptionOut", "Explanation", "Finding", "InForce",
           "ScreeningOut"]


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
    # The record's own listing scope, when its comments give one (otherwise the key is left
    # out: every measure of the regime, and the rows of such records keep their bytes).
    scope: dict[str, Any] | None = None

    @model_serializer(mode="wrap")
    def _without_empty_scope(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        if data.get("scope") is None:
            data.pop("scope", None)
        return data
