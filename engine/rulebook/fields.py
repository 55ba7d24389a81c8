"""What a rule condition may test: every field, its type and where it lives in an event.

One table serves three readers: the rule loader (refuses unknown fields and wrong value
types), the compiler (which fact key to test in durable-rules) and the explainer (which
contract path to show, e.g. ``items[0].category``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["FIELDS", "OPS_BY_KIND", "SCOPES", "FieldSpec", "Kind", "Scope", "text_key"]

Scope = Literal["event", "item", "party", "vessel", "authorization"]
Kind = Literal["country", "date", "number", "text", "enum", "category", "hs", "bool",
               "designation"]

# Scoped conditions ("some item such that ...") and the event list they range over.
SCOPES: dict[str, tuple[Scope, str]] = {
    "any_item": ("item", "items"),
    "any_party": ("party", "parties"),
    "any_vessel": ("vessel", "vessels"),
    "any_authorization": ("authorization", "authorizations"),
    "every_item": ("item", "items"),  # the event has items and every one satisfies them
}


def text_key(text: str) -> str:
    """How free text is compared: case folded, every run of punctuation or space one space
    ("Multi-National Force" and "multi national  force" are the same words)."""
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text.casefold()).split())


@dataclass(frozen=True)
class FieldSpec:
    """A testable field: its contract path, the key in the compiled fact, its kind."""

    path: str
    key: str
    kind: Kind
    many: bool = False  # a list of values: a test holds when it holds for one element


OPS_BY_KIND: dict[Kind, frozenset[str]] = {
    "country": frozenset({"equals", "not_equals", "in", "not_in", "exists"}),
    "date": frozenset({"equals", "gt", "gte", "lt", "lte", "exists"}),
    "number": frozenset({"equals", "gt", "gte", "lt", "lte", "exists"}),
    "text": frozenset({"equals", "in", "mentions", "prefix", "exists"}),
    "enum": frozenset({"equals", "not_equals", "in", "not_in", "exists"}),
    "category": frozenset({"in", "not_in"}),
    "hs": frozenset({"prefix", "exists"}),
    "bool": frozenset({"equals"}),
    # A regime key of the UN list (``dprk``, ``iran``...): a strong match listed by the
    # event's date; a weak one makes a review finding (see designations.py).
    "designation": frozenset({"in"}),
}

_F = FieldSpec
FIELDS: dict[Scope, dict[str, FieldSpec]] = {
    "event": {
        "origin": _F("origin", "origin", "country"),
        "destination": _F("destination", "destination", "country"),
        "transit": _F("transit", "transit", "country", many=True),
        "location.country": _F("location.country", "loc_country", "country"),
        "location.port": _F("location.port", "loc_port", "text"),
        "location.area": _F("location.area", "loc_area", "text"),
        "date": _F("date", "d", "date"),
        "end_date": _F("end_date", "end_date", "date"),
        "contract_date": _F("contract_date", "contract_date", "date"),
        "amount.value": _F("amount.value", "amount_value", "number"),
        "amount.currency": _F("amount.currency", "amount_currency", "enum"),
        "purposes": _F("purposes", "purposes", "enum", many=True),
    },
    "item": {
        "category": _F("category", "cats", "category", many=True),
        "hs_code": _F("hs_code", "hs", "hs"),
        "origin": _F("origin", "origin", "country"),
        "quantity": _F("quantity", "qty", "number"),
        "unit": _F("unit", "unit", "enum"),
        "value.value": _F("value.value", "value", "number"),
        "value.currency": _F("value.currency", "currency", "enum"),
        "condition": _F("condition", "condition", "enum"),
    },
    "party": {
        "role": _F("role", "role", "enum"),
        "kind": _F("kind", "kind", "enum"),
        "country": _F("country", "country", "country"),
        "name": _F("name", "name", "text"),
        "identifiers.un_reference": _F("identifiers.un_reference", "unref", "text"),
        "identifiers.imo": _F("identifiers.imo", "imo", "text"),
        "designated": _F("designated", "des", "designation", many=True),
        "humanitarian_actor": _F("humanitarian_actor", "hum", "enum"),
        # Derived from the event: the party's country is the event's location.country, or
        # without one its destination (a national entering their own State: the own-nationals
        # proviso of travel bans).
        "enters_own_country": _F("enters_own_country", "home", "bool"),
    },
    "vessel": {
        "flag": _F("flag", "flag", "country"),
        "role": _F("role", "role", "text"),
        "imo": _F("imo", "imo", "text"),
        "designated": _F("designated", "des", "designation", many=True),
    },
    "authorization": {
        "type": _F("type", "type", "enum"),
        "issued_by": _F("issued_by", "issued_by", "text"),
        "addressed_to": _F("addressed_to", "addressed_to", "text"),
        "date": _F("date", "d", "date"),
        "valid_until": _F("valid_until", "valid_until", "date"),
        "covers": _F("covers", "covers", "text"),
        # Derived from the event's date, so that "valid on the day" and "notified N days
        # before" can be said in a rule.
        "valid_on_event_date": _F("valid_on_event_date", "valid", "bool"),
        "days_before_event": _F("days_before_event", "days_before", "number"),
    },
}
