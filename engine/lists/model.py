"""Designation lists as data: listed parties, aliases, identifiers, snapshots."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    model_validator,
)

from ..errors import SanctionsEngineError
from ..rulebook.measures import Measure

_WS = re.compile(r"\s+")

FORMAT_VERSION = 1
"""Version of the JSON snapshot format written by ``save_snapshot``."""

VESSELS_FORMAT_VERSION = 1
"""Version of the designated-vessels YAML format read by ``load_vessels``."""


class ListError(SanctionsEngineError):
    """A list file that cannot be used at all: unreadable, not XML, hostile XML, wrong format.

    ``str()`` reads ``fixtures/lists/x.xml: not the UN consolidated list: root is <foo>`` (with
    ``:line`` when known). A single bad record is not an error: it is a ``ListProblem``.
    """

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.file = file
        self.line = line

    def __str__(self) -> str:
        where = self.file or "<list>"
        if self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.message}"


# --- models -------------------------------------------------------------------------------------


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


AliasQuality = Literal["good", "low", "former"]
"""``good`` (Good / a.k.a.), ``low`` (Low: not for automatic hits), ``former`` (f.k.a.)."""

_QUALITY: dict[str, AliasQuality] = {
    "good": "good", "a.k.a.": "good", "aka": "good",
    "low": "low",
    "f.k.a.": "former", "fka": "former",
}


class Alias(_Model):
    """One alias. ``raw`` is the ``ALIAS_NAME`` it was split from when that held several."""

    name: str
    quality: AliasQuality
    raw_quality: str = ""
    note: str | None = None
    raw: str | None = None


class CountryValue(_Model):
    """A country as the list writes it, with its ISO alpha-2 code when it is recognisable."""

    raw: str
    code: str | None = None


class BirthDate(_Model):
    """One ``INDIVIDUAL_DATE_OF_BIRTH`` block; several blocks are alternatives.

    ``type`` keeps the qualifier (``exact``, ``approximately``, ``between`` or ``None`` when the
    list leaves it empty); exactly one of ``date``, ``year``, ``from_year``/``to_year`` is set,
    or none when only a ``note`` was given.
    """

    type: Literal["exact", "approximately", "between"] | None = None
    date: dt.date | None = None
    year: int | None = None
    from_year: int | None = None
    to_year: int | None = None
    note: str | None = None

    def years(self) -> tuple[int, int] | None:
        """The range of years this block allows, or ``None`` when it gives none."""
        if self.date is not None:
            return (self.date.year, self.date.year)
        if self.year is not None:
            return (self.year, self.year)
        if self.from_year is not None and self.to_year is not None:
            return (self.from_year, self.to_year)
        return None


class Identifier(_Model):
    """A document or registration number.

    ``type``: ``passport``, ``national_id``, ``other_document`` (from ``INDIVIDUAL_DOCUMENT``),
    or ``imo_company`` -- an "IMO number" mined from an entity's ``COMMENTS1``. In the DPRK
    entries these are IMO *company* (owner/manager) numbers, not ship IMO numbers: never compare
    them with a vessel's IMO number.
    """

    type: Literal["passport", "national_id", "other_document", "imo_company"]
    number: str
    raw_type: str | None = None
    detail: str | None = None
    country: CountryValue | None = None
    issued: str | None = None
    note: str | None = None


class Address(_Model):
    """An address; every part optional (the list often gives only a country)."""

    street: str | None = None
    city: str | None = None
    state_province: str | None = None
    zip_code: str | None = None
    country: CountryValue | None = None
    note: str | None = None


ScopeRead = Literal["default", "named", "not_named", "unclear"]
"""How a record's measures were read: ``default`` (no listing sentence: every measure of the
regime), ``named`` (the listing sentences name the measures), ``not_named`` (a listing sentence
gives the paragraph or criteria but names no measure: every measure), ``unclear`` (a wording the
reader does not trust to narrow: every measure)."""


class ListingScope(_Model):
    """Which measures of its regime a record carries, as its own ``COMMENTS1`` says.

    ``measures`` is ``None`` for every measure of the regime (the default, and whenever the
    wording is not clear); ``since`` holds a measure listed on a later day than the record
    (``Listed on 17 March 2011 pursuant to paragraph 17 of resolution 1970 (Asset Freeze)``);
    ``phrase`` is the listing sentence(s) it was read from, as the list writes them.
    """

    read: ScopeRead = "default"
    measures: list[Measure] | None = None
    since: dict[Measure, date] = Field(default_factory=dict)
    phrase: str | None = None

    def on(self, day: date) -> tuple[Measure, ...] | None:
        """The measures the record carries on ``day`` (``None``: every measure)."""
        if self.measures is None:
            return None
        return tuple(m for m in self.measures if m not in self.since or self.since[m] <= day)


class ListedParty(_Model):
    """One record of the consolidated list (an ``INDIVIDUAL`` or an ``ENTITY``)."""

    reference: str
    dataid: int
    kind: Literal["individual", "entity"]
    regime: str
    regime_prefix: str | None
    list_type: str
    name: str
    name_parts: list[str] = Field(default_factory=list)
    name_original_script: str | None = None
    aliases: list[Alias] = Field(default_factory=list)
    titles: list[str] = Field(default_factory=list)
    designations: list[str] = Field(default_factory=list)
    gender: str | None = None
    dates_of_birth: list[BirthDate] = Field(default_factory=list)
    places_of_birth: list[Address] = Field(default_factory=list)
    nationalities: list[CountryValue] = Field(default_factory=list)
    addresses: list[Address] = Field(default_factory=list)
    identifiers: list[Identifier] = Field(default_factory=list)
    listed_on: date
    updated_on: list[date] = Field(default_factory=list)
    basis: list[str] = Field(default_factory=list)
    committee: str | None = None
    comments: str | None = None
    # Absent in snapshots written before it existed: load_snapshot reads it from ``basis``.
    scope: ListingScope = Field(default_factory=ListingScope)

    def country_codes(self) -> set[str]:
        """ISO codes of the record's nationalities and address countries."""
        codes = {c.code for c in self.nationalities if c.code}
        codes |= {a.country.code for a in self.addresses if a.country and a.country.code}
        return codes

    def all_names(self) -> Iterator[tuple[str, str, AliasQuality | None]]:
        """``(name, where, quality)`` for the name, the original script and every alias."""
        yield self.name, "name", None
        if self.name_original_script:
            yield self.name_original_script, "name_original_script", None
        for alias in self.aliases:
            yield alias.name, "alias", alias.quality


class ListProblem(_Model):
    """A record that was skipped, with where it was and why."""

    element: str
    position: int
    reference: str | None = None
    dataid: str | None = None
    message: str

    def __str__(self) -> str:
        who = self.reference or (f"DATAID {self.dataid}" if self.dataid else "no reference")
        return f"{self.element} #{self.position} ({who}): {self.message}"


class ListSnapshot(_Model):
    """One consolidated-list file, as read."""

    format_version: Literal[1] = 1
    source: str | None = None
    generated: datetime
    sha256: str
    record_count: int
    records: list[ListedParty]
    problems: list[ListProblem] = Field(default_factory=list)

    @model_validator(mode="after")
    def _count(self) -> ListSnapshot:
        if self.record_count != len(self.records):
            raise ValueError(f"record_count {self.record_count} but {len(self.records)} records")
        return self

    def by_reference(self, reference: str) -> ListedParty | None:
        """The record with this reference number (spaces trimmed, case ignored), or ``None``."""
        key = reference.strip().casefold()
        for record in self.records:
            if record.reference.casefold() == key:
                return record
        return None

    def count_by_regime(self) -> dict[str, int]:
        """Number of records per regime key, sorted by key."""
        counts: dict[str, int] = {}
        for record in self.records:
            counts[record.regime] = counts.get(record.regime, 0) + 1
        return dict(sorted(counts.items()))
