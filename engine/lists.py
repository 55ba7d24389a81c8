"""Designation lists: the UN Security Council Consolidated List (XML) and designated vessels (YAML).

The UN publishes the list as a **full snapshot** (``consolidated.xml``); a delisted party simply
disappears from the next file. So this module reads one file into a ``ListSnapshot`` (its
generation date, the sha256 of the bytes read, the records and the problems met), ``diff``
compares two snapshots (additions, removals, field-level changes: delisting is visible only
this way), and ``save_snapshot``/``load_snapshot`` keep a versioned JSON copy so that a
finding can say against which list, of which date, it was made.

The traps of the real file (``shared/reference/un_list_format.md`` §5) are handled here:
reference numbers with trailing spaces, ``LISTED_ON`` with a time-zone suffix
(``2015-07-01-04:00``), empty placeholder elements, several aliases packed into one
``ALIAS_NAME`` (``"a; b"``, ``"arabic (latin; latin)"``, ``"x b) y"``), free-text countries,
IMO numbers that live only in ``COMMENTS1``. A record that cannot be used (no reference, no
DATAID, no name, no listing date) is skipped and reported as a ``ListProblem``; the rest loads.

The XML is parsed with defusedxml with DTDs forbidden: the real file has none, and a DTD is
how entity-expansion ("billion laughs") and external-entity attacks get in.

Designated vessels are not in the XML (the 1718 Committee publishes them separately); they are
read from a YAML file whose format is documented in ``docs/lists.md``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, Literal

import defusedxml
import defusedxml.ElementTree as DET
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from ._files import write_atomically
from ._yaml import YamlProblem, line_of, load_yaml
from .countries import normalize_country
from .errors import SanctionsEngineError

__all__ = [
    "FORMAT_VERSION",
    "REGIMES",
    "REGIME_KEYS",
    "VESSELS_FORMAT_VERSION",
    "Address",
    "Alias",
    "AliasQuality",
    "BirthDate",
    "CountryValue",
    "DesignatedVessel",
    "FieldChange",
    "Identifier",
    "ListDiff",
    "ListError",
    "ListProblem",
    "ListSnapshot",
    "ListedParty",
    "RecordChange",
    "Regime",
    "VesselList",
    "VesselSource",
    "diff",
    "imo_check_digit_ok",
    "load_snapshot",
    "load_vessels",
    "parse_consolidated",
    "read_consolidated",
    "save_snapshot",
    "split_alias",
]

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


# --- regimes ------------------------------------------------------------------------------------


class Regime(BaseModel):
    """A sanctions regime as the list names it: reference prefix, list type, committee."""

    model_config = ConfigDict(frozen=True)

    prefix: str
    key: str
    list_type: str
    committee: str
    name: str


def _regime(prefix: str, key: str, list_type: str, committee: str, name: str) -> Regime:
    return Regime(prefix=prefix, key=key, list_type=list_type, committee=committee, name=name)


# The reference prefix is the reliable regime key; UN_LIST_TYPE labels are historical
# (``Somalia`` is the Al-Shabaab regime, ``Iran`` the 1737 list since Sept 2025).
REGIMES: dict[str, Regime] = {r.prefix: r for r in (
    _regime("QD", "isil_al_qaida", "Al-Qaida", "1267 (1999) / 1989 (2011) / 2253 (2015)",
            "ISIL (Da'esh) and Al-Qaida"),
    _regime("TA", "taliban", "Taliban", "1988 (2011)", "Taliban"),
    _regime("IQ", "iraq", "Iraq", "1518 (2003)", "Iraq"),
    _regime("CD", "drc", "DRC", "1533 (2004)", "Democratic Republic of the Congo"),
    _regime("SD", "sudan", "Sudan", "1591 (2005)", "Sudan"),
    _regime("KP", "dprk", "DPRK", "1718 (2006)", "Democratic People's Republic of Korea"),
    _regime("IR", "iran", "Iran", "1737 (2006)", "Iran"),
    _regime("LY", "libya", "Libya", "1970 (2011)", "Libya"),
    _regime("GB", "guinea_bissau", "GB", "2048 (2012)", "Guinea-Bissau"),
    _regime("CF", "car", "CAR", "2745 (2024), formerly 2127 (2013)", "Central African Republic"),
    _regime("YE", "yemen", "Yemen", "2140 (2014)", "Yemen"),
    _regime("SS", "south_sudan", "SouthSudan", "2206 (2015)", "South Sudan"),
    _regime("HT", "haiti", "Haiti", "2653 (2022)", "Haiti"),
    _regime("SO", "al_shabaab", "Somalia", "2713 (2023), formerly 751 (1992)", "Al-Shabaab"),
    _regime("ML", "mali", "Mali", "2374 (2017), lapsed 31 Aug 2023", "Mali"),
)}
REGIME_KEYS: frozenset[str] = frozenset(r.key for r in REGIMES.values())
_BY_LIST_TYPE: dict[str, Regime] = {r.list_type.casefold(): r for r in REGIMES.values()}

# Current format ``KPi.001``; older files used ``QI.A.288.10`` / ``QE.A.73.02``.
_REFERENCE = re.compile(r"(?P<prefix>[A-Z]{2})(?P<kind>[ie])\.\d{3}")


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


# --- reading the XML ----------------------------------------------------------------------------

_WS = re.compile(r"\s+")


def _clean(text: str | None) -> str | None:
    """Trim and collapse whitespace; an empty placeholder is absent."""
    if text is None:
        return None
    out = _WS.sub(" ", text).strip()
    return out or None


def _text(element: ET.Element, tag: str) -> str | None:
    return _clean(element.findtext(tag))


def _values(element: ET.Element, tag: str) -> list[str]:
    return [v for v in (_clean(x.text) for x in element.findall(f"{tag}/VALUE")) if v]


# ``2015-07-01``, ``2015-07-01-04:00``, ``2015-07-01Z``, ``2015-07-01+02:00``: the date as written.
_DATE_TZ = re.compile(r"(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})?")


def _parse_list_date(value: str) -> date:
    """A list date, ignoring a time-zone suffix (the calendar date is what the list states)."""
    match = _DATE_TZ.fullmatch(value.strip())
    if match is None:
        raise ValueError(f"not a date: {value!r}")
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        raise ValueError(f"not a date: {value!r}") from None


def _country(raw: str | None) -> CountryValue | None:
    """A free-text country of the list. The list writes names, never ISO codes: a two-letter
    value is not read as a code (SDi.001's nationality "na" means "not available", not
    Namibia)."""
    if raw is None:
        return None
    code: str | None = None
    if len(raw.strip()) > 2:
        try:
            code = normalize_country(raw)
        except ValueError:
            code = None
    return CountryValue(raw=raw, code=code)


# Sentences that state the legal basis of a listing ("Listed pursuant to paragraph 4 of
# resolution 2048 (2012) ..."). Only these are ``basis``; the regime's committee is always set.
_SENTENCE = re.compile(r"(?<=[.”\"])\s+(?=[A-Z“\"])")
# "[^.]" but also the dot of "18 Jul. 2012".
_BASIS = re.compile(r"\blisted\b(?:[^.]|\.(?= \d)){0,60}?\bpursuant to\b[^.]*?"
                    r"\bresolutions?\s+\d{3,4}",
                    re.IGNORECASE)


def _basis(comments: str | None) -> list[str]:
    """Sentences saying under which resolution (and paragraph) the party was listed."""
    if not comments:
        return []
    return [s.strip() for s in _SENTENCE.split(comments) if _BASIS.search(s)]


# "IMO number: 5571322", "International Maritime Organization (IMO) Number: 1790183",
# "Company Number IMO 5434358".
_IMO_IN_TEXT = re.compile(
    r"\bIMO\)?\s*(?:number|no\.?)?\s*:?\s*(\d{7})\b|\bnumber\s+IMO\s*:?\s*(\d{7})\b",
    re.IGNORECASE,
)


def _imo_numbers(text: str | None) -> list[str]:
    if not text:
        return []
    found: list[str] = []
    for match in _IMO_IN_TEXT.finditer(text):
        number = match.group(1) or match.group(2)
        if number not in found:
            found.append(number)
    return found


def imo_check_digit_ok(number: str) -> bool:
    """The ship IMO check digit: digits 1-6 times 7..2, summed, last digit = digit 7."""
    if not re.fullmatch(r"\d{7}", number):
        return False
    total = sum(int(d) * w for d, w in zip(number[:6], range(7, 1, -1), strict=True))
    return total % 10 == int(number[6])


_GENDER_IN_COMMENT = re.compile(r"\bGender:\s*(male|female)\b", re.IGNORECASE)

_DOC_TYPES: tuple[tuple[str, Literal["passport", "national_id"]], ...] = (
    ("passport", "passport"), ("passeport", "passport"), ("pasaporte", "passport"),
    ("national identification", "national_id"), ("identity card", "national_id"),
)


def _document(element: ET.Element) -> Identifier | None:
    number = _text(element, "NUMBER")
    if number is None:
        return None
    raw_type = _text(element, "TYPE_OF_DOCUMENT")
    kind: Literal["passport", "national_id", "other_document"] = "other_document"
    folded = (raw_type or "").casefold()
    for needle, mapped in _DOC_TYPES:
        if needle in folded:
            kind = mapped
            break
    return Identifier(
        type=kind, number=number, raw_type=raw_type,
        detail=_text(element, "TYPE_OF_DOCUMENT2"),
        country=_country(_text(element, "ISSUING_COUNTRY") or _text(element, "COUNTRY_OF_ISSUE")),
        issued=_text(element, "DATE_OF_ISSUE"),
        note=_text(element, "NOTE"),
    )


def _address(element: ET.Element) -> Address | None:
    parts = {
        "street": _text(element, "STREET"), "city": _text(element, "CITY"),
        "state_province": _text(element, "STATE_PROVINCE"), "zip_code": _text(element, "ZIP_CODE"),
        "note": _text(element, "NOTE"),
    }
    country = _country(_text(element, "COUNTRY"))
    if country is None and not any(parts.values()):
        return None
    return Address(country=country, **parts)


def _int(value: str | None, what: str) -> int:
    if value is None or not re.fullmatch(r"-?\d+", value):
        raise ValueError(f"{what} is not a whole number: {value!r}")
    return int(value)


def _birth_date(element: ET.Element) -> BirthDate | None:
    raw_type = (_text(element, "TYPE_OF_DATE") or "").casefold()
    kind: Literal["exact", "approximately", "between"] | None = None
    if raw_type in ("exact", "approximately", "between"):
        kind = raw_type  # type: ignore[assignment]
    elif raw_type:
        raise ValueError(f"unknown TYPE_OF_DATE {raw_type!r}")
    exact, year = _text(element, "DATE"), _text(element, "YEAR")
    low, high = _text(element, "FROM_YEAR"), _text(element, "TO_YEAR")
    note = _text(element, "NOTE")
    if exact is not None:
        return BirthDate(type=kind, date=_parse_list_date(exact), note=note)
    if year is not None:
        return BirthDate(type=kind, year=_int(year, "YEAR"), note=note)
    if low is not None or high is not None:
        if low is None or high is None:
            raise ValueError("a BETWEEN date of birth needs FROM_YEAR and TO_YEAR")
        return BirthDate(type=kind, from_year=_int(low, "FROM_YEAR"),
                         to_year=_int(high, "TO_YEAR"), note=note)
    if note is not None:
        return BirthDate(type=kind, note=note)
    return None


def _aliases(element: ET.Element, tag: str) -> list[Alias]:
    out: list[Alias] = []
    for block in element.findall(tag):
        raw_name = _text(block, "ALIAS_NAME")
        if raw_name is None:
            continue  # the placeholder <QUALITY/><ALIAS_NAME/> means "no alias"
        raw_quality = _text(block, "QUALITY") or ""
        # An alias with an unknown or empty quality is not trusted for automatic hits.
        quality = _QUALITY.get(raw_quality.casefold(), "low")
        block_note = _text(block, "NOTE")
        pieces = split_alias(raw_name)
        for name, note in pieces:
            notes = "; ".join(n for n in (note, block_note) if n) or None
            out.append(Alias(name=name, quality=quality, raw_quality=raw_quality, note=notes,
                             raw=raw_name if len(pieces) > 1 or name != raw_name else None))
    return out


def _record(element: ET.Element) -> ListedParty:
    """One INDIVIDUAL or ENTITY element -> ``ListedParty``; ``ValueError`` when unusable."""
    is_individual = element.tag == "INDIVIDUAL"
    kind: Literal["individual", "entity"] = "individual" if is_individual else "entity"
    reference = _text(element, "REFERENCE_NUMBER")
    if reference is None:
        raise ValueError("no REFERENCE_NUMBER")
    dataid = _int(_text(element, "DATAID"), "DATAID")
    list_type = _text(element, "UN_LIST_TYPE") or ""
    match = _REFERENCE.fullmatch(reference)
    prefix: str | None = None
    if match is not None:
        prefix = match.group("prefix")
        if (match.group("kind") == "i") != is_individual:
            raise ValueError(f"reference {reference!r} is not of an {element.tag.lower()}")
    regime_entry = REGIMES.get(prefix or "") or _BY_LIST_TYPE.get(list_type.casefold())
    if regime_entry is not None:
        regime = regime_entry.key
    elif list_type:
        regime = re.sub(r"[^a-z0-9]+", "_", list_type.casefold()).strip("_")
    else:
        raise ValueError(f"reference {reference!r} names no known regime and UN_LIST_TYPE is empty")

    parts = [p for p in (_text(element, t) for t in
                         ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) if p]
    if not parts:
        raise ValueError("no name (FIRST_NAME is empty)")
    listed_raw = _text(element, "LISTED_ON")
    if listed_raw is None:
        raise ValueError("no LISTED_ON")
    listed_on = _parse_list_date(listed_raw)
    updated = sorted({_parse_list_date(v) for v in _values(element, "LAST_DAY_UPDATED")})

    comments = _text(element, "COMMENTS1")
    gender = _text(element, "GENDER")
    if gender is None and comments:
        found = _GENDER_IN_COMMENT.search(comments)
        gender = found.group(1).capitalize() if found else None

    identifiers: list[Identifier] = []
    births: list[BirthDate] = []
    places: list[Address] = []
    addresses: list[Address] = []
    if is_individual:
        for doc in element.findall("INDIVIDUAL_DOCUMENT"):
            ident = _document(doc)
            if ident is not None:
                identifiers.append(ident)
        for block in element.findall("INDIVIDUAL_DATE_OF_BIRTH"):
            birth = _birth_date(block)
            if birth is not None:
                births.append(birth)
        for block in element.findall("INDIVIDUAL_PLACE_OF_BIRTH"):
            place = _address(block)
            if place is not None:
                places.append(place)
    for block in element.findall("INDIVIDUAL_ADDRESS" if is_individual else "ENTITY_ADDRESS"):
        addr = _address(block)
        if addr is not None:
            addresses.append(addr)
    if not is_individual:
        for number in _imo_numbers(comments):
            identifiers.append(Identifier(
                type="imo_company", number=number, raw_type="IMO number (COMMENTS1)",
                note="IMO company (owner/manager) number; not a ship's IMO number"))

    nationalities = [c for c in (_country(v) for v in _values(element, "NATIONALITY")) if c]
    return ListedParty(
        reference=reference, dataid=dataid, kind=kind, regime=regime, regime_prefix=prefix,
        list_type=list_type, name=" ".join(parts), name_parts=parts,
        name_original_script=_text(element, "NAME_ORIGINAL_SCRIPT"),
        aliases=_aliases(element, "INDIVIDUAL_ALIAS" if is_individual else "ENTITY_ALIAS"),
        titles=_values(element, "TITLE"), designations=_values(element, "DESIGNATION"),
        gender=gender, dates_of_birth=births, places_of_birth=places,
        nationalities=nationalities, addresses=addresses, identifiers=identifiers,
        listed_on=listed_on, updated_on=updated, basis=_basis(comments),
        committee=regime_entry.committee if regime_entry else None, comments=comments,
    )


def parse_consolidated(data: bytes, *, source: str | None = None) -> ListSnapshot:
    """Parse the bytes of a ``consolidated.xml``; bad records become ``problems``.

    Raises ``ListError`` when the file as a whole cannot be used (not XML, a DTD or entity
    declaration, another root element, no ``dateGenerated``).
    """
    try:
        root = DET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as exc:
        raise ListError(f"refused: the XML declares a DTD or entities ({exc})",
                        file=source) from None
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise ListError(f"not well-formed XML: {exc}", file=source, line=line) from None
    if root.tag != "CONSOLIDATED_LIST":
        raise ListError(f"not the UN consolidated list: root is <{root.tag}>", file=source)
    stamp = root.get("dateGenerated")
    if not stamp:
        raise ListError("no dateGenerated attribute on <CONSOLIDATED_LIST>", file=source)
    try:
        generated = datetime.fromisoformat(stamp.strip())
    except ValueError:
        raise ListError(f"dateGenerated is not a date-time: {stamp!r}", file=source) from None

    records: list[ListedParty] = []
    problems: list[ListProblem] = []
    seen_refs: dict[str, str] = {}
    seen_ids: dict[int, str] = {}
    for group, tag in (("INDIVIDUALS", "INDIVIDUAL"), ("ENTITIES", "ENTITY")):
        for position, element in enumerate(root.findall(f"{group}/{tag}"), start=1):
            ref = _text(element, "REFERENCE_NUMBER")
            dataid = _text(element, "DATAID")
            try:
                record = _record(element)
                first = seen_refs.get(record.reference.casefold())
                if first is not None:
                    raise ValueError(f"duplicate reference (first at {first})")
                if record.dataid in seen_ids:
                    raise ValueError(f"duplicate DATAID (first at {seen_ids[record.dataid]})")
            except (ValueError, ValidationError) as exc:
                message = str(exc)
                if isinstance(exc, ValidationError):
                    message = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}"
                                        for e in exc.errors())
                problems.append(ListProblem(element=tag, position=position, reference=ref,
                                            dataid=dataid, message=message))
                continue
            seen_refs[record.reference.casefold()] = f"{tag} #{position}"
            seen_ids[record.dataid] = f"{tag} #{position}"
            records.append(record)
    return ListSnapshot(source=source, generated=generated,
                        sha256=hashlib.sha256(data).hexdigest(), record_count=len(records),
                        records=records, problems=problems)


def read_consolidated(path: str | os.PathLike[str]) -> ListSnapshot:
    """Read a ``consolidated.xml`` file (see ``parse_consolidated``)."""
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise ListError(f"cannot read: {exc.strerror or exc}", file=str(path)) from None
    return parse_consolidated(data, source=file.name)


# --- packed aliases -----------------------------------------------------------------------------

_ENUMERATION = re.compile(r"\s+[b-z]\)\s+")
_SUBUNIT = re.compile(r"\s+-\s+(sub-unit name)$", re.IGNORECASE)
_BORN = re.compile(r",\s*(born\b.*)$", re.IGNORECASE)
_ORIGINAL = re.compile(r"^original script\s*:\s*", re.IGNORECASE)


def _script(text: str) -> str | None:
    """The script most letters of ``text`` are written in (first word of their Unicode name)."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            script = unicodedata.name(ch, "UNKNOWN").split(" ")[0]
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda s: counts[s]) if counts else None


def _split_top(text: str, sep: str) -> list[str] | None:
    """Split on ``sep`` outside parentheses; ``None`` when parentheses are unbalanced."""
    parts: list[str] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == sep and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    if depth != 0:
        return None
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _groups(text: str) -> tuple[str, list[str]]:
    """``"a (b) c (d) (e)"`` -> ``("a b c", ["d", "e"])``.

    Top-level parenthesised groups at the end of ``text`` are returned apart; a group followed
    by more text stays inline, without its parentheses (``"(Sheikh) Musa Hilal"``).
    """
    spans: list[tuple[int, int]] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            if depth == 0:
                start = i
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                spans.append((start, i))
    first_trailing = len(spans)
    for j in range(len(spans) - 1, -1, -1):
        end = spans[j + 1][0] if j + 1 < len(spans) else len(text)
        if text[spans[j][1] + 1:end].strip():
            break
        first_trailing = j
    head: list[str] = []
    cursor = 0
    for lo, hi in spans[:first_trailing]:
        head.append(text[cursor:lo])
        head.append(text[lo + 1:hi])
        cursor = hi + 1
    stop = spans[first_trailing][0] if first_trailing < len(spans) else len(text)
    head.append(text[cursor:stop])
    trailing = [text[lo + 1:hi].strip() for lo, hi in spans[first_trailing:]]
    return _WS.sub(" ", "".join(head)).strip(), [t for t in trailing if t]


def _one_alias(text: str) -> list[tuple[str, str | None]]:
    text = text.strip().strip(",;").strip()
    if not text:
        return []
    if _split_top(text, ";") is None:  # unbalanced parentheses: keep the words
        return [(_WS.sub(" ", re.sub(r"[()]", " ", text)).strip(), None)]
    head, groups = _groups(text)
    notes: list[str] = []
    extra: list[tuple[str, str | None]] = []
    head_script = _script(head)
    for group in groups:
        body = _ORIGINAL.sub("", group)
        if group.casefold() == "original script":
            notes.append(group)
        elif ";" in body or body != group or (_script(body) not in (None, head_script)):
            for sub in _split_top(body, ";") or [body]:
                extra.extend(_one_alias(sub))
        else:
            notes.append(group)
    for pattern in (_BORN, _SUBUNIT):
        found = pattern.search(head)
        if found:
            notes.insert(0, found.group(1))
            head = head[:found.start()].strip()
    head = head.strip().strip(",;").strip()
    out: list[tuple[str, str | None]] = []
    if head:
        out.append((head, "; ".join(notes) or None))
    elif extra and notes:
        extra[0] = (extra[0][0], "; ".join(n for n in (*notes, extra[0][1]) if n))
    for item in extra:
        if item[0] not in [o[0] for o in out]:
            out.append(item)
    return out


def split_alias(text: str) -> list[tuple[str, str | None]]:
    """Split one ``ALIAS_NAME`` into ``(name, note)`` pairs.

    ``"Fazel Rahim; Fazil Rahim"`` -> two names; ``"حسن غول (Hassan Ghul; Hasan Gul)"`` -> the
    Arabic name and both Latin names; ``"X b) Y"`` -> X and Y; ``"Amir Khazmat (original script:
    Амир Хазмат)"`` -> both; a trailing same-script parenthesis is a note
    (``"EL PARA (COMBAT NAME)"`` -> ``("EL PARA", "COMBAT NAME")``).
    """
    text = _WS.sub(" ", text).strip()
    text = re.sub(r"^[)\],;\s]+", "", text)
    text = re.sub(r"^a\)\s+", "", text)
    out: list[tuple[str, str | None]] = []
    for chunk in _ENUMERATION.split(text):
        for part in _split_top(chunk, ";") or [chunk]:
            for item in _one_alias(part):
                if item[0] not in [o[0] for o in out]:
                    out.append(item)
    return out


# --- diff ---------------------------------------------------------------------------------------


class FieldChange(_Model):
    """One field of a record that differs between two snapshots."""

    field: str
    old: Any
    new: Any


class RecordChange(_Model):
    """A record present in both snapshots whose fields differ."""

    reference: str
    changes: list[FieldChange]


class ListDiff(_Model):
    """What changed from ``old`` to ``new``, keyed on the (trimmed) reference number."""

    old_generated: datetime
    new_generated: datetime
    additions: list[ListedParty] = Field(default_factory=list)
    removals: list[ListedParty] = Field(default_factory=list)
    changes: list[RecordChange] = Field(default_factory=list)

    @property
    def empty(self) -> bool:
        """No addition, removal or change."""
        return not (self.additions or self.removals or self.changes)


def diff(old: ListSnapshot, new: ListSnapshot) -> ListDiff:
    """Additions, removals (delistings) and field-level changes from ``old`` to ``new``."""
    before = {r.reference.casefold(): r for r in old.records}
    after = {r.reference.casefold(): r for r in new.records}
    changes: list[RecordChange] = []
    for key in sorted(before.keys() & after.keys()):
        a, b = before[key].model_dump(mode="json"), after[key].model_dump(mode="json")
        fields = [FieldChange(field=f, old=a[f], new=b[f]) for f in a if a[f] != b[f]]
        if fields:
            changes.append(RecordChange(reference=after[key].reference, changes=fields))
    return ListDiff(
        old_generated=old.generated, new_generated=new.generated,
        additions=[after[k] for k in sorted(after.keys() - before.keys())],
        removals=[before[k] for k in sorted(before.keys() - after.keys())],
        changes=changes,
    )


# --- JSON snapshots -----------------------------------------------------------------------------


def save_snapshot(snapshot: ListSnapshot, path: str | os.PathLike[str]) -> None:
    """Write ``snapshot`` as JSON (``format_version`` first), atomically: temp file + replace."""
    target = Path(path)
    text = json.dumps(snapshot.model_dump(mode="json"), ensure_ascii=False, indent=1,
                      sort_keys=False) + "\n"
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, text)


def load_snapshot(path: str | os.PathLike[str]) -> ListSnapshot:
    """Read a snapshot written by ``save_snapshot``; refuses another ``format_version``."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ListError(f"cannot read: {exc.strerror or exc}", file=str(path)) from None
    except json.JSONDecodeError as exc:
        raise ListError(f"not JSON: {exc.msg}", file=str(path), line=exc.lineno) from None
    if not isinstance(data, dict):
        raise ListError("not a list snapshot (expected a JSON object)", file=str(path))
    version = data.get("format_version")
    if version != FORMAT_VERSION:
        raise ListError(f"snapshot format_version {version!r} is not supported "
                        f"(this version reads {FORMAT_VERSION})", file=str(path))
    try:
        return ListSnapshot.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(map(str, first["loc"]))
        raise ListError(f"invalid snapshot at {where}: {first['msg']}", file=str(path)) from None


# --- designated vessels (YAML) ------------------------------------------------------------------


def _yaml_date(value: Any) -> Any:
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise ValueError(f"not a date: {value!r} (expected YYYY-MM-DD)")
    return value


def _flag(value: Any) -> Any:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"a flag must be a country, not {type(value).__name__}")
    return normalize_country(value)


def _imo(value: Any) -> Any:
    if value is None:
        return None
    text = str(value).strip().upper().removeprefix("IMO").strip()
    if not re.fullmatch(r"\d{7}", text):
        raise ValueError(f"not an IMO number: {value!r} (7 digits)")
    if not imo_check_digit_ok(text):
        raise ValueError(f"IMO number {text} fails the ship IMO check digit")
    return text


class VesselSource(_Model):
    """Where a designation is documented."""

    title: str
    url: str | None = None


class DesignatedVessel(_Model):
    """A vessel designated by a Committee, with the citation and the source for it.

    ``designated_on`` is ``None`` when the source gives no day; ``designated_note`` says what it
    does give (e.g. "October 2018"). ``imo`` only where a source gives one; ``imo_confirmed`` is
    false when the reference marks that number unconfirmed.
    """

    name: Annotated[str, Field(min_length=1)]
    aliases: list[str] = Field(default_factory=list)
    imo: Annotated[str | None, BeforeValidator(_imo)] = None
    imo_confirmed: bool = True
    flag: Annotated[str | None, BeforeValidator(_flag)] = None
    designated_on: Annotated[date | None, BeforeValidator(_yaml_date)] = None
    designated_note: str | None = None
    committee: str = "1718"
    basis: Annotated[str, Field(min_length=1)]
    sources: Annotated[list[VesselSource], Field(min_length=1)]
    cases: list[str] = Field(default_factory=list)
    notes: str | None = None

    @field_validator("name")
    @classmethod
    def _strip(cls, value: str) -> str:
        return _WS.sub(" ", value).strip()

    @model_validator(mode="after")
    def _dated(self) -> DesignatedVessel:
        if self.designated_on is None and not self.designated_note:
            raise ValueError("a vessel without designated_on needs designated_note")
        return self

    @property
    def key(self) -> str:
        """A stable key for this vessel: ``IMO9191773`` or ``NAME:<name>``."""
        return f"IMO{self.imo}" if self.imo else f"NAME:{self.name.casefold()}"


class VesselList(_Model):
    """A designated-vessels file: ``format_version``, ``name``, ``as_of``, ``vessels``."""

    format_version: Literal[1]
    name: str
    as_of: Annotated[date, BeforeValidator(_yaml_date)]
    description: str | None = None
    vessels: list[DesignatedVessel]
    sha256: str = ""
    source: str | None = None

    @model_validator(mode="after")
    def _unique(self) -> VesselList:
        seen: dict[str, str] = {}
        for vessel in self.vessels:
            for key in {vessel.key, f"NAME:{vessel.name.casefold()}"}:
                if key in seen:
                    raise ValueError(f"vessel {vessel.name!r} is listed twice "
                                     f"(also as {seen[key]!r}); merge the entries")
                seen[key] = vessel.name
        return self


def load_vessels(path: str | os.PathLike[str]) -> VesselList:
    """Read a designated-vessels YAML file (strict YAML; unknown keys refused)."""
    file = Path(path)
    try:
        raw = file.read_bytes()
        text = raw.decode("utf-8")
    except OSError as exc:
        raise ListError(f"cannot read: {exc.strerror or exc}", file=str(path)) from None
    except UnicodeDecodeError:
        raise ListError("not UTF-8 text", file=str(path)) from None
    try:
        data, lines = load_yaml(text)
    except YamlProblem as exc:
        raise ListError(exc.message, file=str(path), line=exc.line) from None
    if not isinstance(data, dict):
        raise ListError("a vessels file is a mapping with format_version, name, as_of, vessels",
                        file=str(path), line=1)
    if data.get("format_version") != VESSELS_FORMAT_VERSION:
        raise ListError(f"format_version {data.get('format_version')!r} is not supported "
                        f"(this version reads {VESSELS_FORMAT_VERSION})", file=str(path),
                        line=lines.get(("format_version",)))
    entries = data.get("vessels")
    if isinstance(entries, list):
        seen: dict[str, int] = {}
        for index, entry in enumerate(entries):
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                continue
            keys = {f"NAME:{_WS.sub(' ', entry['name']).strip().casefold()}"}
            if entry.get("imo") is not None:
                keys.add(f"IMO{str(entry['imo']).strip().upper().removeprefix('IMO').strip()}")
            for key in keys:
                if key in seen:
                    raise ListError(
                        f"vessels[{index}]: vessel {entry['name']!r} is listed twice (first at "
                        f"line {line_of(lines, ('vessels', seen[key]))}); merge the entries",
                        file=str(path), line=line_of(lines, ("vessels", index)))
                seen[key] = index
    try:
        vessels = VesselList.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(x for x in first["loc"] if isinstance(x, str | int))
        key = ".".join(map(str, loc))
        raise ListError(f"{key}: {first['msg']}", file=str(path),
                        line=line_of(lines, loc)) from None
    return vessels.model_copy(update={"sha256": hashlib.sha256(raw).hexdigest(),
                                      "source": file.name})

