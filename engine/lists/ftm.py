"""A FollowTheMoney list (OpenSanctions' form of the UN list) as a list snapshot.

Entities are read with the ``followthemoney`` library (the ``[ftm]`` extra). A listed record
is a ``Person`` or a legal entity (``Organization``, ``Company``, ``LegalEntity``,
``PublicBody``) with a UN reference: the ``unscId`` of a ``Sanction`` on it (or, for a
stream that carries it on the entity, its own ``unscSanctionId``). Mapping (docs/lists.md):
first ``name`` -> name, other names and ``alias`` -> good aliases, ``weakAlias`` -> low,
``previousName`` -> former, ``nationality``/``citizenship`` -> nationalities, ``country`` ->
address countries, ``birthDate`` -> dates of birth (a year alone is a year),
``passportNumber`` -> passport, ``idNumber`` -> national id, ``imoNumber`` -> IMO company
number, the Sanction's ``listingDate`` (else ``startDate``) -> listed on, ``notes`` ->
comments. The regime comes from the reference prefix, as for the UN XML. ``generated`` is the
latest ``last_change`` (else ``modifiedAt``, else listing date) in the file, so the same file
gives the same snapshot. Entities without a UN reference are skipped and counted as problems.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ..rulebook.regimes import REGIMES
from .model import (
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

__all__ = ["looks_like_ftm_list", "read_ftm_list"]

_PARTIES = ("Person", "LegalEntity")


def looks_like_ftm_list(head: bytes) -> bool:
    """Whether a file's first bytes are FollowTheMoney entities (not a snapshot, not XML)."""
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    first = text.split("\n", 1)[0]
    try:
        data = json.loads(first)
    except (ValueError, RecursionError):  # a hostile snapshot is refused by its own reader
        return False
    return isinstance(data, dict) and "schema" in data and "properties" in data


def _values(proxy: Any, prop: str) -> list[str]:
    if prop not in proxy.schema.properties:
        return []
    return list(proxy.get(prop, quiet=True))


def _country(code: str) -> CountryValue:
    return CountryValue(raw=code, code=code.upper() if len(code) == 2 else None)


def _birth(value: str) -> BirthDate:
    if len(value) == 4 and value.isdigit():
        return BirthDate(type="exact", year=int(value))
    if len(value) >= 10:
        return BirthDate(type="exact", date=date.fromisoformat(value[:10]))
    return BirthDate(note=value)


def _record(proxy: Any, reference: str, sanction: Any | None, position: int) -> ListedParty:
    names = _values(proxy, "name")
    if not names:
        raise ValueError("no name")
    prefix = reference[:2]
    regime = REGIMES.get(prefix)
    if regime is None:
        raise ValueError(f"reference {reference!r} names no known regime")
    aliases = [Alias(name=n, quality="good", raw_quality="name") for n in names[1:]]
    aliases += [Alias(name=n, quality="good", raw_quality="alias")
                for n in _values(proxy, "alias")]
    aliases += [Alias(name=n, quality="low", raw_quality="weakAlias")
                for n in _values(proxy, "weakAlias")]
    aliases += [Alias(name=n, quality="former", raw_quality="previousName")
                for n in _values(proxy, "previousName")]
    listed = (_values(sanction, "listingDate") or _values(sanction, "startDate")
              if sanction is not None else [])
    if not listed:
        raise ValueError("no listing date (Sanction.listingDate or startDate)")
    individual = proxy.schema.is_a("Person")
    identifiers = [Identifier(type="passport", number=n) for n in _values(proxy,
                                                                          "passportNumber")]
    identifiers += [Identifier(type="national_id", number=n) for n in _values(proxy, "idNumber")]
    identifiers += [Identifier(type="imo_company", number=n, raw_type="imoNumber",
                               note="IMO company (owner/manager) number")
                    for n in _values(proxy, "imoNumber")]
    notes = _values(proxy, "notes")
    comments = " ".join(notes) or None
    listed_on = date.fromisoformat(sorted(listed)[0][:10])
    sentences = basis(comments)
    return ListedParty(
        reference=reference, dataid=position, kind="individual" if individual else "entity",
        regime=regime.key, regime_prefix=prefix, list_type=regime.list_type, name=names[0],
        name_parts=names[0].split(), aliases=aliases,
        dates_of_birth=[_birth(v) for v in _values(proxy, "birthDate")],
        nationalities=[_country(c) for c in
                       (*_values(proxy, "nationality"), *_values(proxy, "citizenship"))],
        addresses=[Address(country=_country(c)) for c in _values(proxy, "country")],
        identifiers=identifiers, listed_on=listed_on, basis=sentences,
        committee=regime.committee, comments=comments,
        scope=listing_scope(sentences, listed_on))


def read_ftm_list(path: str | os.PathLike[str]) -> ListSnapshot:
    """A list snapshot from a file of FollowTheMoney entities (JSON Lines)."""
    from ..events.ftm import ftm_model

    shown = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ListError(f"cannot read: {exc.strerror or exc}", file=shown) from None
    model = ftm_model()
    entities: dict[str, tuple[int, Any]] = {}
    sanctions: dict[str, Any] = {}
    refs: dict[str, str] = {}
    stamps: list[str] = []
    for number, raw in enumerate(data.decode("utf-8-sig", errors="strict").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            item = json.loads(raw)
            proxy = model.get_proxy(item, cleaned=False)
        except Exception as exc:  # the library's errors vary by version
            raise ListError(f"not a FollowTheMoney entity: {exc}", file=shown,
                            line=number) from None
        stamp = item.get("last_change") or next(iter(_values(proxy, "modifiedAt")), None)
        if stamp:
            stamps.append(str(stamp))
        if proxy.schema.is_a("Sanction"):
            for target in _values(proxy, "entity"):
                ref = next(iter(_values(proxy, "unscId")), None)
                if ref:
                    refs.setdefault(target, ref)
                    sanctions.setdefault(target, proxy)
        elif any(proxy.schema.is_a(s) for s in _PARTIES):
            entities[proxy.id] = (number, proxy)
            own = next(iter(_values(proxy, "unscSanctionId")), None)
            if own:
                refs.setdefault(proxy.id, own)
    records: list[ListedParty] = []
    problems: list[ListProblem] = []
    for position, (entity_id, (number, proxy)) in enumerate(sorted(
            entities.items(), key=lambda kv: kv[1][0]), 1):
        reference = refs.get(entity_id)
        if reference is None:
            problems.append(ListProblem(element=proxy.schema.name, position=position,
                                        message=f"line {number}: no UN reference (unscId)"))
            continue
        try:
            records.append(_record(proxy, reference, sanctions.get(entity_id), position))
        except ValueError as exc:
            problems.append(ListProblem(element=proxy.schema.name, position=position,
                                        reference=reference, message=str(exc)))
    if stamps:
        generated = datetime.fromisoformat(max(stamps).replace("Z", "+00:00"))
    else:
        day = max((r.listed_on for r in records), default=date(1970, 1, 1))
        generated = datetime(day.year, day.month, day.day)
    if generated.tzinfo is None:
        generated = generated.replace(tzinfo=UTC)
    return ListSnapshot(source=Path(path).name, generated=generated,
                        sha256=hashlib.sha256(data).hexdigest(), record_count=len(records),
                        records=records, problems=problems)


def read_list_file(path: str | os.PathLike[str]) -> ListSnapshot:
    """Any list file the engine takes: a snapshot (``.json`` from ``lists import``),
    FollowTheMoney entities (by content), or the UN XML."""
    from .snapshots import load_snapshot
    from .un_xml import read_consolidated

    try:
        with open(path, "rb") as handle:
            head = handle.read(65536)
    except OSError as exc:
        raise ListError(f"cannot read: {exc.strerror or exc}", file=str(path)) from None
    if looks_like_ftm_list(head):
        return read_ftm_list(path)
    if str(path).endswith(".json"):
        return load_snapshot(path)
    return read_consolidated(path)
