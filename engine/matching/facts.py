"""An ``Event`` as the durable-rules fact it matches (integers in thousandths, day ordinals)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, cast

from ..events.model import Event
from ..rulebook.fields import text_key
from ..rulebook.taxonomy import Taxonomy

_MAX_INT = 2**62  # durable-rules saturates at 2**63
CHUNK = 1000  # facts asserted together; their ids are f0..f999


def fnv1_32(text: str) -> int:
    """The 32-bit FNV-1a hash durable-rules uses for ids and property names."""
    h = 0x811C9DC5
    for byte in text.encode("utf-8"):
        h ^= byte
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def fact_ids(n: int = CHUNK) -> list[str]:
    """Fact ids for one chunk; checked to have distinct hashes (no false 'already observed')."""
    ids = [f"f{i}" for i in range(n)]
    if len({fnv1_32(i) for i in ids}) != n:
        raise AssertionError("fact ids collide under FNV-1")
    return ids


def _milli(value: Decimal) -> int:
    # Clamp before int(): int() of a huge Decimal is slow and durable-rules saturates at 2**63.
    if abs(value) >= _MAX_INT // 1000:
        return _MAX_INT if value > 0 else -_MAX_INT
    return int(value * 1000)


def _cf(text: str | None) -> str | None:
    return text_key(text) if text is not None else None


def _marks(keys: Mapping[str, list[str]] | None) -> tuple[tuple[str, list[str]], ...]:
    if keys is None:
        return ()
    return (("des", list(keys["des"])), ("pdes", list(keys["pdes"])))


def countries_named(event: Event) -> set[str]:
    """Every country the event names: the fact's ``c_<country>`` keys (the country gate)."""
    named: set[str | None] = {event.origin, event.destination, *event.transit}
    loc = event.location
    if loc is not None:
        named.add(loc.country)
    for item in event.items:
        named.add(item.origin)
    for party in event.parties:
        named.add(party.country)
    for vessel in event.vessels:
        named.add(vessel.flag)
    named.discard(None)
    named.discard("")
    return cast(set[str], named)  # None and "" discarded


def any_marks(marks: Mapping[str, Mapping[str, Sequence[str]]] | None) -> bool:
    """Whether some party or vessel has a designation mark: the fact's ``dz`` (the gate)."""
    if not marks:
        return False
    return any(keys["des"] or keys["pdes"] for keys in marks.values())


def to_fact(event: Event, taxonomy: Taxonomy, fid: str,
            designated: Mapping[str, Mapping[str, list[str]]] | None = None) -> dict[str, Any]:
    """The flat, durable-rules-safe view of ``event`` that rules are matched against.

    ``designated``: per party or vessel path (``parties[0]``), the regimes it is designated
    under on the event's date, ``des`` (strong) and ``pdes`` (weak); see designations.py.
    """
    marks = designated or {}
    day = event.date.toordinal()
    fact: dict[str, Any] = {"id": fid, "t": event.type.value, "d": day}
    if any_marks(marks):
        fact["dz"] = 1  # the designation gate (_main_gate)
    loc = event.location

    def put(key: str, value: Any) -> None:
        if value is not None and value != []:
            fact[key] = value

    put("origin", event.origin)
    put("destination", event.destination)
    put("transit", list(event.transit))
    if loc is not None:
        put("loc_country", loc.country)
        put("loc_port", _cf(loc.port))
        put("loc_area", _cf(loc.area))
    # An event without end_date lasts one day (contract): its end is its date.
    put("end_date", (event.end_date or event.date).toordinal())
    put("purposes", list(event.purposes))
    # Every country the event names, for the compiler's country gate (_main_gate).
    for code in sorted(countries_named(event)):
        fact[f"c_{code}"] = 1
    put("contract_date", event.contract_date.toordinal() if event.contract_date else None)
    if event.amount is not None:
        fact["amount_value"] = _milli(event.amount.value)
        fact["amount_currency"] = event.amount.currency
    items = []
    for item in event.items:
        cls = taxonomy.classify(item.category, item.hs_code)
        # cls 0: nothing to classify the item by (no category, no HS code). An HS code
        # that maps to no category classifies the item as outside every category.
        entry: dict[str, Any] = {"cats": list(cls.certain), "pcats": list(cls.possible),
                                 "own": list(cls.own), "ncats": len(cls.certain),
                                 "cls": int(item.category is not None or item.hs_code is not None)}
        for key, value in (("hs", item.hs_code), ("origin", item.origin), ("unit", item.unit),
                           ("condition", item.condition)):
            if value is not None:
                entry[key] = value
        if item.quantity is not None:
            entry["qty"] = _milli(item.quantity)
        if item.value is not None:
            entry["value"] = _milli(item.value.value)
            entry["currency"] = item.value.currency
        items.append(entry)
    put("items", items)
    # The State the event happens in, else the one it goes to (a journey's destination).
    where = (loc.country if loc is not None and loc.country else None) or event.destination
    put("parties", [{k: v for k, v in (("role", p.role), ("kind", p.kind), ("country", p.country),
                                       ("name", _cf(p.name)),
                                       ("unref", _cf(p.identifiers.get("un_reference"))),
                                       ("imo", p.identifiers.get("imo")),
                                       ("hum", p.humanitarian_actor),
                                       ("home", int(p.country is not None
                                                    and p.country == where)),
                                       *_marks(marks.get(f"parties[{i}]")))
                     if v is not None and v != []}
                    for i, p in enumerate(event.parties)])
    put("vessels", [{k: v for k, v in (("flag", v.flag), ("role", _cf(v.role)), ("imo", v.imo),
                                       *_marks(marks.get(f"vessels[{i}]")))
                     if v is not None and v != []} for i, v in enumerate(event.vessels)])
    auths = []
    for a in event.authorizations:
        entry = {k: v for k, v in (("type", a.type), ("issued_by", _cf(a.issued_by)),
                                   ("addressed_to", _cf(a.addressed_to)),
                                   ("covers", _cf(a.covers))) if v is not None}
        valid = (a.date is None or a.date <= event.date) and (
            a.valid_until is None or event.date <= a.valid_until)
        entry["valid"] = int(valid)
        if a.date is not None:
            entry["d"] = a.date.toordinal()
            entry["days_before"] = (event.date - a.date).days * 1000
        if a.valid_until is not None:
            entry["valid_until"] = a.valid_until.toordinal()
        auths.append(entry)
    put("authorizations", auths)
    return fact
