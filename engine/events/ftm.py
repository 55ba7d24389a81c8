"""FollowTheMoney entities in: ``Payment`` entities become ``financial_transaction`` events.

The format OpenSanctions, yente and nomenklatura speak: one entity per line, ``{id, schema,
properties}``. Entities are read with the ``followthemoney`` library (an optional dependency,
``pip install 'sanctions-engine[ftm]'``), never by hand. A ``Payment``'s ``payer`` and
``beneficiary`` are entities of the same stream (before or after it), so the stream is read
whole before events are made; each event keeps the line of its ``Payment``.

Mapping (docs/events.md): ``id`` -> ``id``; ``date`` (first) -> ``date``; ``amount`` +
``currency`` -> ``amount``; ``purpose`` / ``description`` / ``summary`` -> ``description``;
payer -> party ``payer``, beneficiary -> party ``payee``, each with ``name`` (the entity's
first name), ``country`` (``country``, then ``nationality``, ``jurisdiction``, ``mainCountry``),
``kind`` (``Person`` individual, ``Vessel`` vessel, others entity) and ``identifiers``
(``passportNumber`` passport, ``birthDate`` date_of_birth, ``imoNumber`` imo, ``leiCode`` lei,
``registrationNumber`` registration_number, ``idNumber`` id_number, and the ``unscId`` of a
``Sanction`` on the entity as un_reference). Other schemata are context, not events.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

from ..errors import EventInputError

__all__ = ["ftm_model", "looks_like_ftm", "read_ftm"]

_IDENTIFIERS = (("passportNumber", "passport"), ("birthDate", "date_of_birth"),
                ("imoNumber", "imo"), ("leiCode", "lei"),
                ("registrationNumber", "registration_number"), ("idNumber", "id_number"))
_COUNTRY = ("country", "nationality", "jurisdiction", "mainCountry", "citizenship")


def ftm_model() -> Any:
    """The followthemoney model, or a clear error naming the extra to install."""
    try:
        from followthemoney import model
    except ImportError:
        raise EventInputError(
            "reading FollowTheMoney entities needs the followthemoney library: "
            "pip install 'sanctions-engine[ftm]'") from None
    return model


def looks_like_ftm(first: Any) -> bool:
    """Whether a parsed first record is a FollowTheMoney entity (not an event)."""
    return (isinstance(first, dict) and "schema" in first and "properties" in first
            and "type" not in first and "date" not in first)


def _first(proxy: Any, prop: str) -> str | None:
    if prop not in proxy.schema.properties:
        return None
    values = proxy.get(prop, quiet=True)
    return values[0] if values else None


def _party(proxy: Any, role: str, un_refs: dict[str, str]) -> dict[str, Any]:
    party: dict[str, Any] = {"role": role}
    name = _first(proxy, "name")
    if name:
        party["name"] = name
    schema = proxy.schema
    party["kind"] = ("individual" if schema.is_a("Person") else
                     "vessel" if schema.is_a("Vessel") else "entity")
    for prop in _COUNTRY:
        country = _first(proxy, prop)
        if country:
            party["country"] = country.upper()
            break
    identifiers = {key: value for prop, key in _IDENTIFIERS
                   if (value := _first(proxy, prop))}
    if proxy.id in un_refs:
        identifiers["un_reference"] = un_refs[proxy.id]
    if identifiers:
        party["identifiers"] = identifiers
    return party


def _event(proxy: Any, entities: dict[str, Any], un_refs: dict[str, str]) -> dict[str, Any]:
    event: dict[str, Any] = {"id": proxy.id, "type": "financial_transaction"}
    day = _first(proxy, "date") or _first(proxy, "startDate")
    if day:
        event["date"] = day
    amount = _first(proxy, "amount")
    if amount is not None:
        try:
            value: Any = Decimal(amount)
        except InvalidOperation:
            value = amount  # the event model refuses it, naming amount.value
        event["amount"] = {"value": value, "currency": _first(proxy, "currency")}
    text = _first(proxy, "purpose") or _first(proxy, "description") or _first(proxy, "summary")
    if text:
        event["description"] = text
    parties = []
    for prop, role in (("payer", "payer"), ("beneficiary", "payee")):
        for ref in proxy.get(prop, quiet=True):
            other = entities.get(ref)
            parties.append(_party(other, role, un_refs) if other is not None
                           else {"role": role, "identifiers": {"ftm_id": ref}})
    if parties:
        event["parties"] = parties
    return event


def read_ftm(lines: Iterable[tuple[int, Any]], shown: str | None) -> Iterator[Any]:
    """``Record``s of FollowTheMoney entities given as (line, parsed JSON) pairs."""
    from .readers import Record

    model = ftm_model()
    entities: dict[str, Any] = {}
    payments: list[tuple[int, Any]] = []
    un_refs: dict[str, str] = {}
    for line, data in lines:
        if isinstance(data, Record):  # a line that was not JSON
            yield data
            continue
        try:
            proxy = model.get_proxy(data, cleaned=False)
        except Exception as exc:  # the library's own errors vary by version
            yield Record(shown, line, error=f"not a FollowTheMoney entity: {exc}")
            continue
        if proxy.schema.is_a("Payment"):
            payments.append((line, proxy))
        elif proxy.schema.is_a("Sanction"):
            ref = _first(proxy, "unscId")
            for target in proxy.get("entity", quiet=True):
                if ref:
                    un_refs.setdefault(target, ref)
        if proxy.id:
            entities[proxy.id] = proxy
    for line, proxy in payments:
        yield Record(shown, line, _event(proxy, entities, un_refs))

