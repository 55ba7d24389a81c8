"""Random batches for the Spark equivalence tests: caps, links, designated parties, rejections.

Each batch is JSON Lines text with what a real file has: blank lines, a malformed line, an
invalid event, a duplicate id. The same seed gives the same text.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from typing import Any

__all__ = ["batch_lines", "make_events"]

START = date(2017, 12, 1)
IMOS = ["9180834", "8914934", "9020003"]
NAMED = [("ASIA BREEZE", "SL"), ("NEW REGENT", "PA")]
LISTED = ["Korea Mining Development Trading Corporation", "Namchongang Trading Corporation",
          "Korea Ryonbong General Corporation", "Korea Mining Developement Trading Corp"]
PLAIN = ["Pacific Trading Co.", "Golden Harvest Ltd", "Atlas Holdings"]


def _day(rng: random.Random) -> str:
    return (START + timedelta(days=rng.randrange(700))).isoformat()


def _vessel(rng: random.Random, role: str | None = None) -> dict[str, Any]:
    if rng.random() < 0.6:
        v: dict[str, Any] = {"name": f"SHIP {rng.randrange(3)}", "imo": rng.choice(IMOS),
                             "flag": "KM"}
    else:
        name, flag = rng.choice(NAMED)
        v = {"name": name.lower() if rng.random() < 0.3 else name, "flag": flag}
    if role:
        v["role"] = role
    return v


def _event(rng: random.Random, i: int) -> dict[str, Any]:
    kind = rng.choice(["fuel", "fuel", "fuel", "sts", "port", "port", "arms", "payment",
                       "payment", "trade", "trade", "invalid"])
    e: dict[str, Any] = {"id": f"e{i}", "date": _day(rng)}
    if kind == "fuel":
        item: dict[str, Any] = {"category": "refined_petroleum"}
        r = rng.random()
        if r < 0.7:
            item |= {"quantity": rng.randrange(40_000, 260_000), "unit": "barrels"}
        elif r < 0.85:
            item |= {"quantity": rng.randrange(5_000, 30_000), "unit": "t"}
        elif r < 0.93:
            item |= {"quantity": rng.randrange(100, 900), "unit": "gal"}  # no factor: review
        e |= {"type": "transfer", "origin": rng.choice(["CN", "RU"]), "destination": "KP",
              "items": [item]}
        if rng.random() < 0.5:
            e["authorizations"] = [{"type": "notification", "issued_by": "China",
                                    "addressed_to": "1718 Committee", "date": e["date"]}]
    elif kind == "sts":
        e |= {"type": "ship_to_ship_transfer", "location": {"area": "East China Sea"},
              "items": [{"category": "refined_petroleum"}],
              "vessels": [{"name": "RYE SONG GANG 1", "flag": "KP", "role": "receiving"},
                          _vessel(rng, "delivering")]}
    elif kind == "port":
        e |= {"type": "port_call",
              "location": {"country": rng.choice(["CN", "RU", "KP"]), "port": "Ningbo"},
              "vessels": [_vessel(rng)]}
    elif kind == "arms":
        e |= {"type": "transfer", "origin": "KP", "destination": rng.choice(["RU", "SY"]),
              "items": [{"category": rng.choice(["ballistic_missile", "ammunition", "arms"]),
                         "quantity": rng.randrange(1, 50), "unit": "each"}]}
    elif kind == "payment":
        e |= {"type": "financial_transaction", "parties": [
            {"role": "payer", "kind": "entity", "name": rng.choice(PLAIN), "country": "CN"},
            {"role": "recipient", "kind": "entity",
             "name": rng.choice(LISTED + PLAIN), "country": rng.choice(["KP", "CN"])}]}
    elif kind == "trade":
        e |= {"type": "transfer", "origin": "DE", "destination": "FR",
              "items": [{"category": "machinery", "quantity": 3, "unit": "each"}]}
    else:
        e |= {"type": "transfer", "date": rng.choice(["2018-02-30", "yesterday"]),
              "colour": "red"}
    return e


def make_events(seed: int, n: int) -> list[dict[str, Any]]:
    """``n`` events; about one in twenty reuses an earlier id."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        e = _event(rng, i)
        if out and rng.random() < 0.05:
            e["id"] = rng.choice(out)["id"]
        out.append(e)
    return out


def batch_lines(seed: int, events: list[dict[str, Any]]) -> str:
    """The events as JSON Lines, with blank and malformed lines mixed in."""
    rng = random.Random(seed)
    lines = []
    for e in events:
        lines.append(json.dumps(e, ensure_ascii=False))
        r = rng.random()
        if r < 0.04:
            lines.append("")
        elif r < 0.07:
            lines.append('{"id": "broken", "type": ')
        elif r < 0.08:
            lines.append("[1, 2]")
    return "\n".join(lines) + "\n"
