"""The event contract (v1) as pydantic models: what the engine checks.

Field names and meanings are fixed by ``shared/contract/events.md``; this module adds only
optional fields. Countries are normalized to ISO alpha-2 codes, HS codes to bare digits and
dates must be real ``YYYY-MM-DD`` dates. Unknown keys are refused: a misspelt ``destinaton``
silently ignored would hide a breach.
"""

from __future__ import annotations

import datetime as dt
import re
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Annotated, Any, Literal

import pycountry
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from .countries import normalize_country

__all__ = [
    "Authorization",
    "Event",
    "EventType",
    "HumanitarianActor",
    "Item",
    "ItemCondition",
    "Location",
    "Money",
    "Party",
    "Purpose",
    "Source",
    "Vessel",
    "normalize_hs_code",
]

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _parse_date(value: Any) -> date:
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _DATE.fullmatch(value.strip()):
        raise ValueError(f"not a date: {value!r} (expected YYYY-MM-DD)")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"not a date: {value!r}") from None


def _country(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"a country must be a string, not {type(value).__name__}")
    return normalize_country(value)


def normalize_hs_code(value: Any) -> str:
    """``"8703.23.01"`` -> ``"87032301"``; 2 to 10 digits, dots and spaces optional."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(f"an HS code must be a string, not {type(value).__name__}")
    digits = re.sub(r"[.\s]", "", value)
    if not digits.isdigit() or not 2 <= len(digits) <= 10:
        raise ValueError(f"not an HS code: {value!r} (2 to 10 digits, dots optional)")
    return digits


@cache
def _currencies() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.currencies)


def _currency(value: Any) -> str:
    if not isinstance(value, str) or value.upper() not in _currencies():
        raise ValueError(f"unknown currency {value!r}: use an ISO 4217 code such as 'USD'")
    return value.upper()


def _text_id(value: Any) -> Any:
    # Some exporters write numeric ids; they are still identifiers, not numbers.
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def _json_numbers(value: Any) -> Any:
    """Decimals (how the readers parse JSON numbers) back to int or float, recursively."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() and "E" not in str(value) \
            else float(value)
    if isinstance(value, dict):
        return {k: _json_numbers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_numbers(v) for v in value]
    return value


IsoDate = Annotated[date, BeforeValidator(_parse_date)]
Country = Annotated[str, BeforeValidator(_country)]
HsCode = Annotated[str, BeforeValidator(normalize_hs_code)]
Currency = Annotated[str, BeforeValidator(_currency)]
NonEmpty = Annotated[str, Field(min_length=1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class EventType(StrEnum):
    """The event types of the contract."""

    transfer = "transfer"
    ship_to_ship_transfer = "ship_to_ship_transfer"
    port_call = "port_call"
    vessel_registration = "vessel_registration"
    financial_transaction = "financial_transaction"
    financial_service = "financial_service"
    employment = "employment"
    joint_venture = "joint_venture"
    technical_cooperation = "technical_cooperation"
    travel = "travel"
    fishing_rights_transfer = "fishing_rights_transfer"
    weapons_test = "weapons_test"
    property_use = "property_use"
    other = "other"


PartyRole = Literal[
    "supplier", "recipient", "buyer", "seller", "intermediary", "carrier", "financier", "payer",
    "payee", "bank", "provider", "client", "employer", "worker", "partner", "owner", "operator",
    "insurer", "lessee", "traveller", "conducting_state",
]
PartyKind = Literal["state", "entity", "individual", "vessel"]
Unit = Literal["each", "kg", "t", "barrels", "m3", "l"]
ItemCondition = Literal["new", "used"]
# Purposes a submitter can declare; exemptions for livelihood, humanitarian or diplomatic use
# and the civil-aviation fuel carve-out are stated in these terms, never in free text.
Purpose = Literal[
    "livelihood", "humanitarian", "diplomatic", "medical", "civil_aviation_flight",
    "denuclearization", "un_activity", "personal_use",
    # Asset-freeze and port-entry carve-outs (2664 (2022) OP1; 2371/2375 port entry; 2094 OP10).
    "basic_human_needs", "emergency", "return_to_port_of_origin", "judicial_process",
]
# The closed list of actors of resolution 2664 (2022) OP1, whose humanitarian payments and
# deliveries are not a breach of an asset freeze.
HumanitarianActor = Literal[
    "un", "international_organization", "humanitarian_organization", "un_appeal_partner",
    "implementing_partner", "committee_designated",
]
AuthorizationType = Literal[
    "committee_exemption", "notification", "work_permit", "licence", "state_determination"
]


# Bounds on the work one event can ask for, far above real data (docs/events.md): a 4 MB party
# name took 20 s to screen. Past them the event is rejected, naming the field.
MAX_NAME_LENGTH = 1_000
MAX_PARTIES = 1_000
MAX_VESSELS = 1_000
MAX_ITEMS = 10_000
Name = Annotated[str, Field(max_length=MAX_NAME_LENGTH)]

# Far above any real trade or payment; a larger number is a data error, not a shipment.
MAX_AMOUNT = Decimal("1e15")
Amount = Annotated[Decimal, Field(ge=0, le=MAX_AMOUNT, allow_inf_nan=False)]


class Money(_Model):
    """An amount of money: ``{value, currency}``."""

    value: Amount
    currency: Currency


class Location(_Model):
    """Where an event happened."""

    country: Country | None = None
    port: str | None = None
    area: str | None = None
    lat: Annotated[float, Field(ge=-90, le=90)] | None = None
    lon: Annotated[float, Field(ge=-180, le=180)] | None = None


class Party(_Model):
    """Who took part, and in what role."""

    role: PartyRole
    kind: PartyKind | None = None
    name: Name | None = None
    country: Country | None = None
    identifiers: dict[str, str] = Field(default_factory=dict)
    humanitarian_actor: HumanitarianActor | None = None


class Item(_Model):
    """Goods, services or funds; at least one of category, hs_code, description."""

    category: str | None = None
    hs_code: HsCode | None = None
    description: str | None = None
    quantity: Amount | None = None
    unit: Unit | None = None
    value: Money | None = None
    origin: Country | None = None
    condition: ItemCondition | None = None

    @field_validator("category")
    @classmethod
    def _known_category(cls, value: str | None, info: ValidationInfo) -> str | None:
        known = (info.context or {}).get("categories")
        if value is not None and known is not None and value not in known:
            from difflib import get_close_matches

            hint = get_close_matches(value, sorted(known), n=1)
            extra = f"; did you mean {hint[0]!r}?" if hint else ""
            raise ValueError(f"unknown category {value!r}{extra}")
        return value

    @model_validator(mode="after")
    def _something_to_classify(self) -> Item:
        if self.category is None and self.hs_code is None and not self.description:
            raise ValueError("an item needs at least one of category, hs_code, description")
        return self


class Vessel(_Model):
    """A ship: ``{name, imo, flag, role}``."""

    name: Name | None = None
    imo: str | None = None
    flag: Country | None = None
    role: str | None = None

    @field_validator("imo", mode="before")
    @classmethod
    def _imo(cls, value: Any) -> Any:
        if value is None:
            return None
        text = str(value).strip().upper().removeprefix("IMO").strip()
        if not re.fullmatch(r"\d{7}", text):
            raise ValueError(f"not an IMO number: {value!r} (7 digits)")
        return text


class Authorization(_Model):
    """An exemption, notification or permit that may cover the event."""

    type: AuthorizationType
    issued_by: str | None = None
    addressed_to: str | None = None
    date: IsoDate | None = None
    valid_until: IsoDate | None = None
    reference: str | None = None
    covers: str | None = None


class Source(BaseModel):
    """Provenance of an event; free-form beyond the contract's keys."""

    model_config = ConfigDict(extra="allow", frozen=True)

    title: str | None = None
    url: str | None = None
    published: str | None = None
    reference: str | None = None


class Event(_Model):
    """One normalized event."""

    id: Annotated[NonEmpty, BeforeValidator(_text_id)]
    type: EventType
    date: IsoDate
    end_date: IsoDate | None = None
    description: str | None = None
    origin: Country | None = None
    destination: Country | None = None
    transit: list[Country] = Field(default_factory=list)
    location: Location | None = None
    parties: list[Party] = Field(default_factory=list, max_length=MAX_PARTIES)
    items: list[Item] = Field(default_factory=list, max_length=MAX_ITEMS)
    vessels: list[Vessel] = Field(default_factory=list, max_length=MAX_VESSELS)
    amount: Money | None = None
    contract_date: IsoDate | None = None
    authorizations: list[Authorization] = Field(default_factory=list)
    purposes: list[Purpose] = Field(default_factory=list)
    source: Source | None = None
    # The sender's own references (case numbers, system ids): never read by a rule, carried
    # into the findings on the event untouched (numbers as JSON numbers).
    meta: dict[str, Any] | None = None

    @field_validator("meta", mode="before")
    @classmethod
    def _plain_numbers(cls, value: Any) -> Any:
        return _json_numbers(value)

    @field_validator("end_date")
    @classmethod
    def _period(cls, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        start = info.data.get("date")
        if value is not None and start is not None and value < start:
            raise ValueError(f"end_date {value} is before date {start}")
        return value
