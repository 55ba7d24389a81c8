"""An event's own facts as label/value lines, for the text, Markdown and HTML reports.

The JSON report leaves events out (they are the input); the other formats introduce each
event with findings by what it says: dates, type, description, route, parties, items,
vessels, amount, authorizations, source and the sender's ``meta``. Values are plain text
here; each renderer escapes them for its format.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["event_facts", "route"]


def _money(m: Any) -> str:
    return f"{m.value} {m.currency}"


def route(event: Any) -> str:
    """``KP \u2192 CN (transit) \u2192 RU``, or an empty string."""
    stops = []
    if event.origin:
        stops.append(event.origin)
    stops += [f"{t} (transit)" for t in event.transit]
    if event.destination:
        stops.append(event.destination)
    return " \u2192 ".join(stops)


def _party(p: Any) -> str:
    head = p.name or "(unnamed)"
    bits = [b for b in (p.kind, p.country) if b]
    ids = ", ".join(f"{k} {v}" for k, v in sorted(p.identifiers.items()))
    text = f"{p.role}: {head}" + (f" ({', '.join(bits)})" if bits else "")
    if p.humanitarian_actor:
        text += f", humanitarian actor {p.humanitarian_actor}"
    return text + (f" [{ids}]" if ids else "")


def _item(i: Any) -> str:
    what = [b for b in (i.category, f"HS {i.hs_code}" if i.hs_code else None, i.description)
            if b]
    text = " / ".join(what)
    if i.quantity is not None:
        text += f", {i.quantity} {i.unit or ''}".rstrip()
    if i.value is not None:
        text += f", value {_money(i.value)}"
    if i.origin:
        text += f", made in {i.origin}"
    if i.condition:
        text += f", {i.condition}"
    return text


def _vessel(v: Any) -> str:
    bits = [v.name or "(unnamed vessel)"]
    if v.imo:
        bits.append(f"IMO {v.imo}")
    if v.flag:
        bits.append(f"flag {v.flag}")
    if v.role:
        bits.append(v.role)
    return ", ".join(bits)


def _authorization(a: Any) -> str:
    bits = [a.type.replace("_", " ")]
    for label, value in (("by", a.issued_by), ("to", a.addressed_to), ("ref", a.reference),
                         ("dated", a.date), ("valid until", a.valid_until),
                         ("covers", a.covers)):
        if value:
            bits.append(f"{label} {value}")
    return ", ".join(str(b) for b in bits)


def event_facts(event: Any) -> list[tuple[str, str]]:
    """(label, value) lines of one ``Event``, in a fixed order; absent fields left out."""
    out: list[tuple[str, str]] = []
    when = event.date.isoformat() + (f" to {event.end_date.isoformat()}"
                                     if event.end_date else "")
    out.append(("date", when))
    out.append(("type", event.type.value.replace("_", " ")))
    if event.description:
        out.append(("description", event.description))
    if route(event):
        out.append(("route", route(event)))
    loc = event.location
    if loc is not None:
        bits = [b for b in (loc.port, loc.area, loc.country) if b]
        if loc.lat is not None and loc.lon is not None:
            bits.append(f"{loc.lat}, {loc.lon}")
        out.append(("location", ", ".join(str(b) for b in bits)))
    out += [("party", _party(p)) for p in event.parties]
    out += [("item", _item(i)) for i in event.items]
    out += [("vessel", _vessel(v)) for v in event.vessels]
    if event.amount is not None:
        out.append(("amount", _money(event.amount)))
    if event.contract_date:
        out.append(("contract date", event.contract_date.isoformat()))
    out += [("authorization", _authorization(a)) for a in event.authorizations]
    if event.purposes:
        out.append(("purposes", ", ".join(event.purposes)))
    src = event.source
    if src is not None:
        bits = [b for b in (src.title, src.published, src.reference, src.url) if b]
        out.append(("source", "; ".join(bits)))
    meta = getattr(event, "meta", None)
    if meta:
        out.append(("meta", json.dumps(meta, ensure_ascii=False, sort_keys=True, default=str)))
    return out
