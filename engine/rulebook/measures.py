"""The measures a UN list record can be listed for, and how a designation names them.

A record does not always carry every measure of its regime (``shared/reference/
un_list_format.md`` section 3: Libya records under the travel ban only or the asset freeze
only, the Houthis under the 2216 OP14 arms embargo alone). A rule says which of these measures
it applies (``measure:`` in its YAML); the screening step marks a designated party with the
regime and each measure its record carries on the event's date (``<regime>/<measure>``), or
``<regime>/*`` when the record carries every measure of its regime, so a rule's designated
test holds only for records listed for its measure.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["EVERY", "MEASURES", "Measure", "mark", "marks_for"]

Measure = Literal["arms_embargo", "asset_freeze", "travel_ban"]
MEASURES: tuple[Measure, ...] = ("arms_embargo", "asset_freeze", "travel_ban")
EVERY = "*"  # a record listed for every measure of its regime


def mark(regime: str, measure: str) -> str:
    """The designation mark of one measure (or ``EVERY``) of a regime."""
    return f"{regime}/{measure}"


def marks_for(regime: str, measure: str) -> tuple[str, str]:
    """The marks a rule applying ``measure`` of ``regime`` accepts: the measure itself, or a
    record listed for every measure of the regime."""
    return mark(regime, measure), mark(regime, EVERY)
