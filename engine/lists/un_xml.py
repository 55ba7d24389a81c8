"""Reading the UN Security Council Consolidated List (XML) into a ``ListSnapshot``.

The XML is parsed with defusedxml with DTDs forbidden: the real file has none, and a DTD is
how entity-expansion ("billion laughs") and external-entity attacks get in. The traps of the
real file (``shared/reference/un_list_format.md`` section 5) are handled here.
"""

from __future__ import annotations

import hashlib
import os
import re
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path
from typing import Literal

import defusedxml
import defusedxml.ElementTree as DET
from pydantic import (
    ValidationError,
)

from ..events.countries import normalize_country
from ..rulebook.regimes import _BY_LIST_TYPE, _REFERENCE, REGIMES
from .aliases import split_alias
from .model import (
    _QUALITY,
    _WS,
    Address,
    Alias,
    BirthDate,
    CountryValue,
    Identifier,
    ListedParty,
    ListError,
    ListProblem,
    ListSnapshot,
)
from .scope import basis, listing_scope

# --- reading the XML ----------------------------------------------------------------------------



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
    sentences = basis(comments)
    return ListedParty(
        reference=reference, dataid=dataid, kind=kind, regime=regime, regime_prefix=prefix,
        list_type=list_type, name=" ".join(parts), name_parts=parts,
        name_original_script=_text(element, "NAME_ORIGINAL_SCRIPT"),
        aliases=_aliases(element, "INDIVIDUAL_ALIAS" if is_individual else "ENTITY_ALIAS"),
        titles=_values(element, "TITLE"), designations=_values(element, "DESIGNATION"),
        gender=gender, dates_of_birth=births, places_of_birth=places,
        nationalities=nationalities, addresses=addresses, identifiers=identifiers,
        listed_on=listed_on, updated_on=updated, basis=sentences,
        committee=regime_entry.committee if regime_entry else None, comments=comments,
        scope=listing_scope(sentences, listed_on),
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
