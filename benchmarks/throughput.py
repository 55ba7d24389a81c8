"""Throughput benchmark of sanctions-engine: the whole engine against the floors under it.

    python benchmarks/throughput.py                      # 100,000 events, seed 1
    python benchmarks/throughput.py --events 20000 --no-callgrind --no-curve   # a quick look
    python benchmarks/throughput.py --dprk-share 1 --events 20000   # the all-DPRK batch

It writes a deterministic batch of contract-v1 events (mostly trade, ~1 % touching the DPRK,
some of them breaches) to a temporary JSON Lines file and measures, from that one file and
each part in a fresh Python process (so that memory figures are not mixed):

- the whole engine, ``Engine.check_files([path])`` (``--jobs 1``, and ``--jobs N`` where the
  engine has that option), then rendering the report to JSON;
- bare durable-rules fact mode on the same facts, built beforehand;
- the floors: ``json.loads`` and ``orjson.loads`` of every line, pydantic validation alone;
- the ratios between them, and peak RSS of each process;
- instructions per event (callgrind, the difference between 1,000 and 5,000 events) when
  valgrind is installed;
- the rule-count curve: the shipped rules, then the same regimes replicated under new ids to
  about 500 and 1,000 rules, cost per event each and whether any fact fell back to
  fact-by-fact matching;
- start-up: ``Engine.load()`` and a one-event CLI call, cold and warm (with the start-up
  cache in a fresh directory).

Figures are printed, never asserted. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import inspect
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

# --- the event generator ----------------------------------------------------------------------
#
# Everything below draws from one random.Random(seed): the same arguments give the same bytes.

FIRST_DAY = date(2005, 1, 1)
LAST_DAY = date(2026, 11, 27)

# Trading countries, weighted roughly by their share of world trade.
COUNTRIES: list[tuple[str, int]] = [
    ("CN", 14), ("US", 12), ("DE", 8), ("JP", 5), ("NL", 5), ("KR", 4), ("FR", 4), ("IT", 4),
    ("GB", 4), ("HK", 3), ("IN", 3), ("SG", 3), ("MX", 3), ("CA", 3), ("BE", 3), ("AE", 3),
    ("RU", 3), ("ES", 2), ("CH", 2), ("TW", 2), ("VN", 2), ("MY", 2), ("PL", 2), ("TH", 2),
    ("BR", 2), ("AU", 2), ("SA", 2), ("TR", 2), ("ID", 2), ("SE", 1), ("AT", 1), ("CZ", 1),
    ("IE", 1), ("DK", 1), ("NO", 1), ("ZA", 1), ("CL", 1), ("PH", 1), ("IL", 1), ("EG", 1),
    ("NG", 1), ("PK", 1), ("BD", 1), ("AR", 1), ("FI", 1), ("PT", 1), ("GR", 1), ("NZ", 1),
    ("KZ", 1), ("MN", 1), ("IR", 1), ("SY", 1), ("PA", 1), ("LR", 1), ("MH", 1), ("MT", 1),
]
# A few events write a country by name or alias, as the contract allows.
COUNTRY_NAMES = {"US": "United States", "GB": "United Kingdom", "DE": "Germany",
                 "RU": "Russia", "KR": "South Korea", "CN": "China", "VN": "Vietnam"}

# Everyday goods: taxonomy categories with the HS codes traders write for them.
TRADE_CATEGORIES = [
    "machinery", "electrical_equipment", "industrial_machinery", "transport_vehicles",
    "textiles", "apparel", "food_agricultural", "food", "cereals", "seafood", "medicine",
    "medical_supplies", "consumer_goods", "electronics", "chemicals", "fertilizer", "wood",
    "earth_stone", "iron_steel_metals", "copper", "crude_oil", "refined_petroleum", "vessels",
    "software", "services",
]
# Controlled or sanctionable goods that also move legally between other countries.
SENSITIVE_CATEGORIES = [
    "arms", "small_arms_light_weapons", "ammunition", "military_equipment", "luxury_goods",
    "luxury_cars", "luxury_watches", "jewellery", "yachts", "coal", "iron", "iron_ore", "gold",
    "helicopters",
]
HS_CODES = [
    "847130", "847150", "851712", "851762", "852872", "870323", "870332", "870840", "871200",
    "610910", "620342", "520100", "030389", "160414", "100630", "100199", "080810", "090111",
    "300490", "300590", "390110", "392310", "290511", "310520", "440710", "940360", "950300",
    "721049", "730890", "740311", "760120", "270900", "271019", "271111", "890190", "850440",
    "854231", "841810", "843149", "880240", "900311", "220421", "240220", "330499", "420221",
    "640399", "711319", "910111", "270112", "260111", "930200", "930690", "880330", "251710",
]
DESCRIPTIONS = [
    "spare parts", "assorted general cargo", "office supplies", "used clothing", "pharmaceuticals",
    "agricultural machinery parts", "household appliances", "building materials", "paper products",
    "plastic granules", "auto parts", "frozen food", "tools and hardware", "printed matter",
    "laboratory equipment", "packaging material", "furniture", "toys", "cosmetics",
]
PORTS = {"CN": ["Shanghai", "Ningbo", "Dalian", "Qingdao"], "SG": ["Singapore"],
         "NL": ["Rotterdam"], "DE": ["Hamburg", "Bremerhaven"], "US": ["Long Beach", "Houston"],
         "KR": ["Busan"], "JP": ["Yokohama", "Kobe"], "AE": ["Jebel Ali"], "BE": ["Antwerp"],
         "RU": ["Vladivostok", "Nakhodka", "Vostochny"], "MY": ["Port Klang"], "IN": ["Mumbai"],
         "KP": ["Nampo", "Rajin", "Chongjin", "Songrim", "Wonsan"]}
CURRENCIES = ["USD", "USD", "USD", "EUR", "EUR", "CNY", "JPY", "GBP"]
UNITS_BY_KIND = {"bulk": ["t", "kg"], "each": ["each"], "oil": ["barrels", "t", "m3"]}
COMPANY = ["Global", "Pacific", "Eastern", "Northern", "United", "Golden", "Ocean", "Star",
           "Orient", "Atlas", "Delta", "Sun", "Harbour", "Silk Road", "Royal", "Victory"]
SUFFIX = ["Trading Co.", "Logistics Ltd", "Industries", "Shipping", "Group", "Holdings",
          "Import-Export", "Corp.", "GmbH", "LLC", "S.A."]
SHIPS = ["Wise Honest", "Sky Angel", "Rich Glory", "Ocean Star", "Pacific Dawn", "Blue Whale",
         "Morning Light", "Golden Harvest", "Sea Pearl", "Northern Wind", "Lucky Star"]
KP_NAMES = ["Korea Mining Development Trading Corporation", "Korea Ryonbong General Corporation",
            "Namchongang Trading Corporation", "Korea Kwangson Banking Corp", "DPRK"]


class Generator:
    """Deterministic events of the contract's shape."""

    def __init__(self, seed: int, dprk_share: float, invalid_share: float) -> None:
        self.r = random.Random(seed)
        self.dprk_share = dprk_share
        self.invalid_share = invalid_share
        codes, weights = zip(*COUNTRIES, strict=True)
        self._codes, self._weights = list(codes), list(weights)
        self._days = (LAST_DAY - FIRST_DAY).days
        self.counts: dict[str, int] = {}

    # small helpers
    def country(self, avoid: str | None = None) -> str:
        while True:
            c = self.r.choices(self._codes, self._weights)[0]
            if c != avoid:
                return c

    def written(self, code: str) -> str:
        """The country as an event writes it: mostly the code, sometimes a name."""
        if code in COUNTRY_NAMES and self.r.random() < 0.03:
            return COUNTRY_NAMES[code]
        return code

    def day(self, start: date = FIRST_DAY, end: date = LAST_DAY) -> date:
        return start + timedelta(days=self.r.randrange((end - start).days + 1))

    def company(self) -> str:
        return f"{self.r.choice(COMPANY)} {self.r.choice(SUFFIX)}"

    def hs(self, code: str | None = None) -> str:
        code = code or self.r.choice(HS_CODES)
        style = self.r.random()
        if style < 0.5 and len(code) >= 6:
            return f"{code[:4]}.{code[4:6]}"
        if style < 0.8:
            return code
        return code + "00" if len(code) == 6 else code

    def money(self, low: float, high: float) -> dict[str, Any]:
        # Two decimals, written as a JSON number (read back as Decimal by the engine).
        return {"value": round(self.r.uniform(low, high), 2), "currency": self.r.choice(CURRENCIES)}

    def item(self, category: str | None = None, hs: str | None = None,
             description: str | None = None) -> dict[str, Any]:
        r = self.r
        out: dict[str, Any] = {}
        if category is None and hs is None and description is None:
            kind = r.random()
            if kind < 0.55:
                pool = SENSITIVE_CATEGORIES if r.random() < 0.04 else TRADE_CATEGORIES
                category = r.choice(pool)
                if r.random() < 0.3:
                    hs = self.hs()
            elif kind < 0.85:
                hs = self.hs()
            else:
                description = r.choice(DESCRIPTIONS)
        if category is not None:
            out["category"] = category
        if hs is not None:
            out["hs_code"] = hs
        if description is not None or r.random() < 0.3:
            out["description"] = description or r.choice(DESCRIPTIONS)
        if r.random() < 0.85:
            unit = r.choice(("each", "kg", "t", "t", "barrels", "m3", "l"))
            out["quantity"] = r.randint(1, 50_000) if unit != "kg" else round(r.uniform(1, 9e5), 3)
            out["unit"] = unit
        if r.random() < 0.6:
            out["value"] = self.money(500, 5_000_000)
        if r.random() < 0.05:
            out["origin"] = self.written(self.country())
        return out

    def items(self) -> list[dict[str, Any]]:
        return [self.item() for _ in range(self.r.choice((1, 1, 1, 2, 2, 3)))]

    def vessel(self, role: str | None = None, flag: str | None = None) -> dict[str, Any]:
        v: dict[str, Any] = {"name": self.r.choice(SHIPS), "imo": str(self.r.randint(8_000_000,
                                                                                     9_999_999)),
                             "flag": flag or self.r.choice(("PA", "LR", "MH", "HK", "SG", "MT",
                                                            self.country()))}
        if role:
            v["role"] = role
        return v

    def source(self) -> dict[str, Any]:
        return {"title": "Customs declaration", "reference": f"CD-{self.r.randint(1, 10**9)}"}

    # event kinds
    def transfer(self, eid: str) -> dict[str, Any]:
        r = self.r
        o = self.country()
        d = self.country(avoid=o)
        ev: dict[str, Any] = {"id": eid, "type": "transfer", "date": self.day().isoformat(),
                              "origin": self.written(o), "destination": self.written(d),
                              "parties": [{"role": "supplier", "kind": "entity",
                                           "name": self.company(), "country": o},
                                          {"role": "recipient", "kind": "entity",
                                           "name": self.company(), "country": d}],
                              "items": self.items()}
        if r.random() < 0.1:
            ev["transit"] = [self.country(avoid=o)]
        if r.random() < 0.3:
            ev["vessels"] = [self.vessel("carrier")]
        if r.random() < 0.2:
            ev["description"] = f"Shipment of {r.choice(DESCRIPTIONS)}"
        if r.random() < 0.1:
            ev["source"] = self.source()
        return ev

    def financial(self, eid: str) -> dict[str, Any]:
        o = self.country()
        d = self.country()
        return {"id": eid, "type": "financial_transaction", "date": self.day().isoformat(),
                "origin": o, "destination": d, "amount": self.money(100, 20_000_000),
                "parties": [{"role": "payer", "kind": "entity", "name": self.company(),
                             "country": o},
                            {"role": "payee", "kind": "entity", "name": self.company(),
                             "country": d},
                            {"role": "bank", "kind": "entity", "name": f"{self.r.choice(COMPANY)} "
                             "Bank", "country": self.country()}]}

    def port_call(self, eid: str) -> dict[str, Any]:
        c = self.r.choice(list(PORTS)[:-1])
        return {"id": eid, "type": "port_call", "date": self.day().isoformat(),
                "vessels": [self.vessel()],
                "location": {"country": c, "port": self.r.choice(PORTS[c])}}

    def sts(self, eid: str) -> dict[str, Any]:
        return {"id": eid, "type": "ship_to_ship_transfer", "date": self.day().isoformat(),
                "vessels": [self.vessel("delivering"), self.vessel("receiving")],
                "items": [self.item(category=self.r.choice(("refined_petroleum", "crude_oil",
                                                             "coal", "food")))],
                "location": {"area": "East China Sea",
                             "lat": round(self.r.uniform(28, 33), 4),
                             "lon": round(self.r.uniform(122, 126), 4)}}

    def other(self, eid: str) -> dict[str, Any]:
        ev: dict[str, Any] = {"id": eid, "type": "other", "date": self.day().isoformat(),
                              "description": "Trade fair participation"}
        if self.r.random() < 0.5:
            ev["origin"] = self.country()
        return ev

    def dprk(self, eid: str) -> dict[str, Any]:
        """A transfer to or from the DPRK; about half of them are breaches."""
        r = self.r
        kind = r.choices(("arms_in", "arms_out", "coal_after", "luxury", "coal_before",
                          "humanitarian", "doubtful", "exempted", "financial"),
                         (12, 12, 18, 14, 8, 14, 10, 6, 6))[0]
        self.counts[kind] = self.counts.get(kind, 0) + 1
        partner = r.choice(("CN", "CN", "RU", "RU", "IR", "SY", "MY", "AE", "SG"))
        inbound = kind in ("arms_in", "luxury", "humanitarian", "doubtful", "exempted")
        o, d = (partner, "KP") if inbound else ("KP", partner)
        when = self.day(date(2007, 1, 1))
        auths: list[dict[str, Any]] = []
        port: str | None = None
        if kind == "financial":
            ev = self.financial(eid)
            ev["origin"], ev["destination"] = o, d
            ev["parties"][1]["country"] = "KP"
            ev["parties"][1]["name"] = r.choice(KP_NAMES)
            return ev
        if kind == "arms_in":
            items = [self.item(category=r.choice(("small_arms_light_weapons", "ammunition",
                                                  "military_equipment", "arms")))
                     if r.random() < 0.7 else self.item(hs=self.hs(r.choice(("930200", "930630",
                                                                           "871000"))))]
        elif kind == "arms_out":
            when = self.day(date(2009, 6, 12))
            items = [self.item(category=r.choice(("ballistic_missile", "ammunition",
                                                  "missile_launcher", "arms")))]
        elif kind == "coal_after":
            when = self.day(date(2017, 8, 5))
            items = [self.item(category="coal") if r.random() < 0.6
                     else self.item(hs=self.hs("270112"))]
            port = r.choice(("Nampo", "Songrim", "Chongjin"))
        elif kind == "coal_before":
            when = self.day(date(2007, 1, 1), date(2016, 3, 1))
            items = [self.item(category=r.choice(("coal", "iron_ore")))]
        elif kind == "luxury":
            items = [self.item(category=r.choice(("luxury_cars", "luxury_watches", "yachts",
                                                  "jewellery", "luxury_goods")))
                     if r.random() < 0.7 else self.item(hs=self.hs(r.choice(("870323", "910111",
                                                                           "711319"))))]
        elif kind == "humanitarian":
            items = [self.item(category=r.choice(("food", "cereals", "medicine",
                                                  "medical_supplies", "fertilizer")))]
        elif kind == "doubtful":
            # Only possibly sanctioned, or not classifiable: a "review" finding.
            items = [self.item(hs=self.hs(r.choice(("880240", "360200", "852990"))))
                     if r.random() < 0.5 else self.item(description=r.choice(DESCRIPTIONS))]
            items[0].pop("category", None)
        else:  # exempted luxury goods, with a valid 1718 Committee exemption
            when = self.day(date(2017, 1, 1))
            items = [self.item(category=r.choice(("luxury_watches", "jewellery")))]
            auths.append({"type": "committee_exemption", "issued_by": "1718 Committee",
                          "date": (when - timedelta(days=30)).isoformat(),
                          "valid_until": (when + timedelta(days=90)).isoformat(),
                          "reference": f"1718/EX/{r.randint(1, 999)}",
                          "covers": "goods for a diplomatic mission"})
        if r.random() < 0.5:
            items.append(self.item(category=r.choice(("food", "machinery", "textiles"))))
        ev = {"id": eid, "type": "transfer", "date": when.isoformat(),
              "origin": "DPRK" if o == "KP" and r.random() < 0.1 else o, "destination": d,
              "parties": [{"role": "supplier", "kind": "entity",
                           "name": r.choice(KP_NAMES) if o == "KP" else self.company(),
                           "country": o},
                          {"role": "recipient", "kind": "entity",
                           "name": r.choice(KP_NAMES) if d == "KP" else self.company(),
                           "country": d}],
              "items": items}
        if port is not None or r.random() < 0.4:
            ev["vessels"] = [self.vessel("carrier", flag=r.choice(("KP", "SL", "TG", "PA")))]
            ev["location"] = {"country": "KP", "port": port or r.choice(PORTS["KP"])}
        if auths:
            ev["authorizations"] = auths
        ev["source"] = {"title": "UN Panel of Experts report", "reference": f"S/{when.year}/"
                        f"{r.randint(100, 999)}, para. {r.randint(1, 200)}"}
        return ev

    def invalid(self, eid: str) -> dict[str, Any]:
        """An event the engine must reject, each with one mistake."""
        ev = self.transfer(eid)
        mistake = self.r.randrange(5)
        self.counts[f"invalid_{mistake}"] = self.counts.get(f"invalid_{mistake}", 0) + 1
        if mistake == 0:
            ev["items"][0] = {"category": "luxery_goods"}
        elif mistake == 1:
            ev["date"] = "2021-02-30"
        elif mistake == 2:
            ev["destination"] = "Narnia"
        elif mistake == 3:
            ev["items"][0] = {"quantity": 3, "unit": "each"}
        else:
            ev["destinaton"] = ev.pop("destination")
        return ev

    def event(self, n: int) -> dict[str, Any]:
        eid = f"ev{n:07d}"
        x = self.r.random()
        if x < self.invalid_share:
            return self.invalid(eid)
        if x < self.invalid_share + self.dprk_share:
            return self.dprk(eid)
        y = self.r.random()
        if y < 0.72:
            return self.transfer(eid)
        if y < 0.87:
            return self.financial(eid)
        if y < 0.94:
            return self.port_call(eid)
        if y < 0.97:
            return self.sts(eid)
        return self.other(eid)


def generate(path: Path, n: int, seed: int, dprk_share: float, invalid_share: float
             ) -> dict[str, int]:
    g = Generator(seed, dprk_share, invalid_share)
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for i in range(n):
            f.write(json.dumps(g.event(i), ensure_ascii=False, separators=(",", ":")))
            f.write("\n")
    return g.counts


# --- measuring (each phase runs in its own process) ------------------------------------------

CACHE_ENV = "SANCTIONS_ENGINE_CACHE"  # the start-up cache's directory ("off": no cache)


def _attr(*where: str) -> Any:
    """The first ``module:name`` that imports (the package's layout is changing: old and new
    homes are both tried, so the benchmark measures any commit of it)."""
    for spec in where:
        module, _, name = spec.partition(":")
        try:
            return getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            continue
    raise ImportError(f"none of {', '.join(where)}")


def _to_fact() -> Any:
    return _attr("sanctions_engine.matching.facts:to_fact", "sanctions_engine.compile:to_fact")


def _compile_rulebook() -> Any:
    return _attr("sanctions_engine.matching.compiler:compile_rulebook",
                 "sanctions_engine.compile:compile_rulebook")


def _load_rulebook() -> Any:
    return _attr("sanctions_engine.rulebook.loader:load_rulebook",
                 "sanctions_engine.rulebook:load_rulebook")


def _default_rules_path() -> Any:
    return _attr("sanctions_engine.pipeline:default_rules_path",
                 "sanctions_engine.engine:default_rules_path")


def _matcher_class() -> Any:
    return _attr("sanctions_engine.matching.matcher:Matcher", "sanctions_engine.match:Matcher")


def _maxrss_mb() -> float:
    # Linux reports kilobytes (macOS bytes).
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def _kinds(variants: dict[str, Any]) -> str:
    """``97 stage, 60 review, 30 exemption``: what the compiled variants are."""
    counts: dict[str, int] = {}
    for v in variants.values():
        counts[v.kind] = counts.get(v.kind, 0) + 1
    return ", ".join(f"{n} {k}" for k, n in sorted(counts.items(), key=lambda kv: -kv[1]))


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _jobs_supported(engine_class: Any) -> bool:
    """Whether ``Engine.check_files`` takes ``jobs`` (the parallel runner, issue 8 item 5)."""
    return "jobs" in inspect.signature(engine_class.check_files).parameters


class _MatchCounter:
    """Wraps the matcher: CPU time inside ``match``, facts given to it, fact-by-fact fallbacks."""

    def __init__(self) -> None:
        self.cpu = 0.0
        self.facts = 0
        self.fallbacks = 0
        self.known = True

    def install(self) -> None:
        cls = _matcher_class()
        match = cls.match
        counter = self

        def timed(matcher: Any, facts: Any, *args: Any, **kwargs: Any) -> Any:
            c0 = time.process_time()
            try:
                return match(matcher, facts, *args, **kwargs)
            finally:
                counter.cpu += time.process_time() - c0
                counter.facts += len(facts)

        cls.match = timed
        one = getattr(cls, "_one", None)  # the fact-by-fact path after a stack overflow
        if one is None:
            self.known = False
            return

        def counted(matcher: Any, *args: Any, **kwargs: Any) -> Any:
            counter.fallbacks += 1
            return one(matcher, *args, **kwargs)

        cls._one = counted


def phase_pipeline(path: str, jobs: int | None, rules: str | None) -> dict[str, Any]:
    """The whole engine as a user runs it (one rules folder, one file), and the load figures."""
    t0 = time.perf_counter()
    from sanctions_engine import Engine
    t_import = time.perf_counter() - t0
    counter = _MatchCounter()
    counter.install()

    t0 = time.perf_counter()
    try:
        book = _load_rulebook()(rules or _default_rules_path()())
    except Exception as exc:  # a replicated rulebook the loader refuses: report it
        return {"error": f"rules refused: {type(exc).__name__}: {exc}"[:300]}
    t_rules = time.perf_counter() - t0
    t0 = time.perf_counter()
    try:
        _compile_rulebook()(book)
    except Exception as exc:  # e.g. the shape check (> 512 tests under one node)
        return {"error": f"compile refused: {type(exc).__name__}: {exc}"[:300],
                "rules": len(book.rules)}
    t_compile = time.perf_counter() - t0
    t0 = time.perf_counter()
    engine = Engine(book)  # compile + durable-rules set_rulesets (+ the lists)
    # A matcher that hands rulesets to durable-rules on first use: build them all now, so that
    # the per-event figures do not carry start-up work.
    tier = getattr(engine._matcher, "_main", None)
    for name in getattr(tier, "names", ()) if hasattr(tier, "ready") else ():
        tier.ready(name)
    t_engine = time.perf_counter() - t0
    rss_loaded = _maxrss_mb()

    kwargs: dict[str, Any] = {"jobs": jobs} if jobs is not None else {}
    t0, c0 = time.perf_counter(), time.process_time()
    report = engine.check_files([path], **kwargs)
    t_check, c_check = time.perf_counter() - t0, time.process_time() - c0
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    rss_checked = _maxrss_mb()

    t0, c0 = time.perf_counter(), time.process_time()
    text = report.to_json()
    t_json, c_json = time.perf_counter() - t0, time.process_time() - c0
    s = report.summary
    compiled = engine.compiled
    return {"import_s": t_import, "rules_s": t_rules, "compile_s": t_compile,
            "engine_s": t_engine, "check_s": t_check, "json_s": t_json,
            "check_cpu": c_check, "json_cpu": c_json,
            "children_cpu": children.ru_utime + children.ru_stime,
            "children_rss_mb": children.ru_maxrss / 1024,
            "json_bytes": len(text.encode("utf-8")), "events": s.events, "checked": s.checked,
            "rejected": s.rejected, "findings": s.findings, "by_severity": s.by_severity,
            "exempted": s.exempted, "rules": len(book.rules),
            "compiled": len(compiled.variants), "kinds": _kinds(compiled.variants),
            "dr_rules": sum(len(rs) for rs in compiled.rulesets),
            "rulesets": len(compiled.rulesets),
            "match_cpu": counter.cpu, "matched_facts": counter.facts,
            "fallbacks": counter.fallbacks if counter.known else None,
            "jobs_supported": _jobs_supported(Engine),
            "rss_loaded_mb": rss_loaded, "rss_mb": rss_checked}


def phase_floor(path: str) -> dict[str, Any]:
    """The floors: parsing every line (json, orjson), and pydantic validation alone."""
    from decimal import Decimal

    from pydantic import ValidationError
    from sanctions_engine import Event

    data = Path(path).read_bytes()
    lines = data.splitlines()
    out: dict[str, Any] = {"lines": len(lines), "bytes": len(data)}

    def timed(name: str, fn: Callable[[], object]) -> None:
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        out[name + "_s"], out[name + "_cpu"] = time.perf_counter() - t0, time.process_time() - c0

    timed("json", lambda: [json.loads(line) for line in lines])
    try:
        import orjson
    except ImportError:
        out["orjson_s"] = None
    else:
        timed("orjson", lambda: [orjson.loads(line) for line in lines])
    book = _load_rulebook()(_default_rules_path()())
    context = {"categories": frozenset(book.taxonomy.categories)}
    dicts = [json.loads(line, parse_float=Decimal) for line in lines]

    def validate_dicts() -> None:
        for d in dicts:
            with contextlib.suppress(ValidationError):
                Event.model_validate(d, context=context)

    def validate_bytes() -> None:
        for line in lines:
            with contextlib.suppress(ValidationError):
                Event.model_validate_json(line, context=context)

    timed("validate", validate_dicts)
    timed("validate_json", validate_bytes)
    out["rss_mb"] = _maxrss_mb()
    return out


def phase_match(path: str, chunk: int, python: bool) -> dict[str, Any]:
    """Bare durable-rules fact mode on pre-built facts (and, if asked, the Python baseline)."""
    from sanctions_engine import Engine, Rejection

    to_fact = _to_fact()
    fact_keys = _attr("sanctions_engine.screening.step:fact_keys",
                      "sanctions_engine.designations:fact_keys")
    read_events = _attr("sanctions_engine.events.readers:read_events",
                        "sanctions_engine.load:read_events")
    validate_records = _attr("sanctions_engine.events.validate:validate_records",
                             "sanctions_engine.validate:validate_records")
    evaluate_all = _attr("sanctions_engine.findings.explain:evaluate_all",
                         "sanctions_engine.explain:evaluate_all")

    engine = Engine.load()
    taxonomy = engine.rulebook.taxonomy
    categories = frozenset(taxonomy.categories)
    catch_all = engine.compiled.catch_all

    # The baseline: every compiled rule as (name, first day, last day, conditions, review_of),
    # grouped by event type -- what durable-rules does with its type test.
    by_type: dict[str, list[tuple[str, int, int, tuple[Any, ...], Any, Any]]] = {}
    for name, v in engine.compiled.variants.items():
        if v.kind == "exemption":
            ex = v.exemption
            start, end, conds = ex.start, ex.end, ex.conditions
        else:
            start, end = v.stage.start, v.stage.end
            conds = v.rule.conditions + v.stage.conditions
        lo = start.toordinal() if start else 0
        hi = end.toordinal() if end else 10**9
        for t in v.rule.applies_to:
            by_type.setdefault(t, []).append((name, lo, hi, conds, v.review_of, v.gate))

    def python_match(pairs: list[tuple[Any, dict[str, Any]]]) -> list[set[str]]:
        out = []
        for event, fact in pairs:
            fired = set()
            day = fact["d"]
            for name, lo, hi, conds, review_of, gate in by_type.get(fact["t"], ()):
                if gate is not None and fact.get(gate) != 1:
                    continue  # an exemption gated like its rule
                if lo <= day <= hi and evaluate_all(conds, fact, event, review_of)[0]:
                    fired.add(name)
            out.append(fired)
        return out

    def batches() -> Any:
        pairs: list[tuple[Any, dict[str, Any]]] = []
        for _, result in validate_records(read_events(path), categories):
            if not isinstance(result, Rejection):
                marks = (fact_keys(engine.designations.hits(result))
                         if engine.designations is not None else None)
                pairs.append((result, to_fact(result, taxonomy, "", marks)))
                if len(pairs) >= chunk:
                    yield pairs
                    pairs = []
        if pairs:
            yield pairs

    t_prep = t_dr = t_py = c_prep = c_dr = c_py = 0.0
    n = matched = fired_total = disagree = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for pairs in batches():
        t_prep += time.perf_counter() - t0
        c_prep += time.process_time() - c0
        facts = [fact for _, fact in pairs]
        t0, c0 = time.perf_counter(), time.process_time()
        dr = engine._matcher.match(facts)
        t_dr += time.perf_counter() - t0
        c_dr += time.process_time() - c0
        py: list[set[str]] | None = None
        if python:
            t0, c0 = time.perf_counter(), time.process_time()
            py = python_match(pairs)
            t_py += time.perf_counter() - t0
            c_py += time.process_time() - c0
        for k, a in enumerate(dr):
            names = {str(x) for x in a} - {catch_all}
            if py is not None:
                disagree += names != py[k]
            matched += bool(names)
            fired_total += len(names)
        n += len(pairs)
        del pairs, facts, dr, py
        t0, c0 = time.perf_counter(), time.process_time()
    return {"facts": n, "prep_s": t_prep, "dr_s": t_dr, "py_s": t_py if python else None,
            "prep_cpu": c_prep, "dr_cpu": c_dr, "py_cpu": c_py, "matched": matched,
            "fired": fired_total, "disagree": disagree if python else None,
            "rss_mb": _maxrss_mb()}


def phase_callgrind_child(path: str, go: str) -> None:
    """Load the engine, say so, wait until callgrind's instrumentation is on, check ``path``."""
    from sanctions_engine import Engine

    engine = Engine.load()
    engine.check([{"id": "warm", "type": "other", "date": "2024-01-04"}])  # first-call costs
    print("ready", flush=True)
    while not os.path.exists(go):
        time.sleep(0.02)
    engine.check_files([path])
    print("done", flush=True)
    os._exit(0)  # skip interpreter teardown: it would be counted


def callgrind(path: Path, counts: tuple[int, int], tmp: Path) -> dict[str, Any]:
    """Instructions per event: callgrind on ``counts[0]`` and ``counts[1]`` events, the engine
    loaded with instrumentation off, the difference divided by the extra events."""
    lines = path.read_bytes().splitlines(keepends=True)
    totals = []
    for n in counts:
        part = tmp / f"cg-{n}.jsonl"
        part.write_bytes(b"".join(lines[:n]))
        go, out = tmp / f"cg-go-{n}", tmp / f"callgrind.out.{n}"
        cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no",
               f"--callgrind-out-file={out}", sys.executable, str(Path(__file__).resolve()),
               "--phase", "callgrind-child", "--file", str(part), "--go", str(go)]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                text=True)
        assert proc.stdout is not None
        if proc.stdout.readline().strip() != "ready":
            proc.wait()
            return {"error": "the callgrind child did not start"}
        subprocess.run(["callgrind_control", "-i", "on", str(proc.pid)], check=True,
                       capture_output=True, timeout=120)
        go.touch()
        proc.stdout.readline()
        proc.wait()
        total = None
        for line in out.read_text().splitlines():
            if line.startswith(("summary:", "totals:")):
                total = int(line.split()[1])
        if total is None:
            return {"error": f"no totals in {out}"}
        totals.append(total)
    return {"counts": counts, "totals": totals,
            "per_event": (totals[1] - totals[0]) / (counts[1] - counts[0])}


def phase_profile(path: str, out: str) -> dict[str, Any]:
    """The pipeline under cProfile; the top 15 lines by cumulative time go to ``out``."""
    import cProfile
    import io
    import pstats

    from sanctions_engine import Engine

    engine = Engine.load()
    prof = cProfile.Profile()
    prof.enable()
    engine.check_files([path])
    prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.sort_stats("cumulative").print_stats(15)
    buf.write("\n--- by internal time ---\n")
    stats.sort_stats("tottime").print_stats(15)
    Path(out).write_text(buf.getvalue(), encoding="utf-8")
    return {"profile": out}


def phase_load() -> dict[str, Any]:
    """``Engine.load()`` in a fresh process (the start-up cache decides cold or warm)."""
    t0 = time.perf_counter()
    from sanctions_engine import Engine
    t_import = time.perf_counter() - t0
    t0 = time.perf_counter()
    Engine.load()
    return {"import_s": t_import, "load_s": time.perf_counter() - t0, "rss_mb": _maxrss_mb()}


def startup(tmp: Path) -> dict[str, Any]:
    """Cold, then warm: ``Engine.load()`` and a one-event CLI call, each a fresh process, the
    start-up cache in a directory of its own (empty at first)."""
    cache = tmp / "startup-cache"
    env = dict(os.environ, **{CACHE_ENV: str(cache)})
    one = tmp / "one.jsonl"
    one.write_text(json.dumps({"id": "one", "type": "transfer", "date": "2024-03-01",
                               "origin": "CN", "destination": "KP",
                               "items": [{"category": "luxury_cars"}]}) + "\n")
    out: dict[str, Any] = {}
    for label in ("cold", "warm"):
        if label == "cold":
            shutil.rmtree(cache, ignore_errors=True)
        out[f"load_{label}"] = run_phase("load", None, env=env)
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "sanctions_engine", "check", str(one),
                                 "--format", "json", "--quiet"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        out[f"cli_{label}"] = {"wall_s": time.perf_counter() - t0,
                               "cpu_s": usage.ru_utime + usage.ru_stime,
                               "rss_mb": usage.ru_maxrss / 1024,
                               "exit": os.waitstatus_to_exitcode(status)}
        proc.returncode = out[f"cli_{label}"]["exit"]  # reaped by wait4
    out["cache_files"] = (sum(1 for p in cache.rglob("*") if p.is_file())
                          if cache.exists() else 0)
    return out


# --- the rule-count curve --------------------------------------------------------------------

_ID_KEYS = ("rules", "caps", "links")


def replicate_rules(src: Path, dst: Path, copies: int) -> None:
    """The rules folder at ``src`` with each regime's rule files present ``copies`` times, the
    copies' rule and exemption ids suffixed ``.copyK``: the same regimes, more rules."""
    import yaml

    shutil.copytree(src, dst)
    for folder in sorted(p for p in dst.iterdir() if p.is_dir() and not p.name.startswith("_")):
        for path in sorted(folder.glob("*.yaml")):
            if path.name == "paragraphs.yaml":
                continue  # the regime's paragraph catalogue, not rules
            spec = yaml.safe_load(path.read_text(encoding="utf-8"))
            for k in range(2, copies + 1):
                copy = json.loads(json.dumps(spec, default=str))  # a deep copy, dates as text
                for key in _ID_KEYS:
                    for entry in copy.get(key, []):
                        entry["id"] = f"{entry['id']}.copy{k}"
                        for ex in entry.get("exemptions", []):
                            ex["id"] = f"{ex['id']}.copy{k}"
                out = path.with_name(f"{path.stem}_copy{k}.yaml")
                out.write_text(yaml.safe_dump(copy, sort_keys=False, allow_unicode=True),
                               encoding="utf-8")


def curve(path: Path, events: int, multiples: tuple[int, ...], tmp: Path
          ) -> list[dict[str, Any]]:
    """The pipeline on the first ``events`` events with the shipped rules and with them
    replicated ``k`` times (each a fresh process)."""
    lines = path.read_bytes().splitlines(keepends=True)
    part = tmp / "curve.jsonl"
    part.write_bytes(b"".join(lines[:events]))
    shipped = Path(str(_default_rules_path()()))
    rows = []
    for k in multiples:
        rules = shipped
        if k > 1:
            rules = tmp / f"rules-x{k}"
            if not rules.exists():
                replicate_rules(shipped, rules, k)
        res = run_phase("pipeline", part, "--rules", str(rules), check=False)
        res["multiple"] = k
        rows.append(res)
        done = res.get("error") or f"{res['check_cpu']:.1f} s cpu"
        print(f"curve x{k}: {res.get('rules', '?')} rules, {done}", file=sys.stderr)
    return rows


def run_phase(name: str, path: Path | None, *extra: str, env: dict[str, str] | None = None,
              check: bool = True) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--phase", name]
    if path is not None:
        cmd += ["--file", str(path)]
    done = subprocess.run([*cmd, *extra], stdout=subprocess.PIPE, check=False, text=True,
                          env=env)
    if done.returncode != 0:
        if not check:
            return {"error": f"phase {name} failed (exit {done.returncode})"}
        raise SystemExit(f"phase {name} failed (exit {done.returncode})")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- report -----------------------------------------------------------------------------------


def _rate(n: int, seconds: float | None) -> str:
    return f"{n / seconds:,.0f}" if seconds else "-"


def _ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}x" if a and b else "n/a"


def _version(dist: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def _commit() -> str:
    """Where the engine under test comes from: its commit, ``+dirty`` with local changes."""
    from importlib.util import find_spec

    spec = find_spec("sanctions_engine")  # finds the package without importing it
    if spec is None or spec.origin is None:
        return "sanctions_engine not found"
    where = Path(spec.origin).resolve().parent
    try:
        root = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=where, text=True,
                              capture_output=True, check=True).stdout.strip()
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, text=True,
                              capture_output=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "engine", "rules"],
                               cwd=root, text=True, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return f"package at {where} (not a git checkout)"
    return head + ("+dirty" if dirty.strip() else "")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--events", type=int, default=100_000, help="events to generate (100,000)")
    p.add_argument("--seed", type=int, default=1, help="generator seed (1)")
    p.add_argument("--dprk-share", type=float, default=0.01,
                   help="share of events touching the DPRK (0.01)")
    p.add_argument("--invalid-share", type=float, default=0.001,
                   help="share of events with one mistake, to be rejected (0.001)")
    p.add_argument("--chunk", type=int, default=20_000,
                   help="facts pre-built at a time for bare durable-rules (20,000)")
    p.add_argument("--jobs", type=int, default=_usable_cores(),
                   help="worker processes for the --jobs N run (default: usable cores)")
    p.add_argument("--only", choices=("pipeline", "match", "floor", "curve", "startup"),
                   help="run only one group of figures")
    p.add_argument("--python-baseline", action="store_true",
                   help="also run the naive pure-Python matcher (slow: ~70 s per 100k)")
    p.add_argument("--no-callgrind", action="store_true",
                   help="skip instructions per event even when valgrind is installed")
    p.add_argument("--callgrind-events", default="1000,5000",
                   help="the two batch sizes callgrind compares (1000,5000)")
    p.add_argument("--no-curve", action="store_true", help="skip the rule-count curve")
    p.add_argument("--curve-events", type=int, default=20_000,
                   help="events of the batch (its first ones) each curve point checks (20,000)")
    p.add_argument("--curve", default="1,4,8",
                   help="rulebook multiples for the curve (1,4,8: ~120, ~500, ~1,000 rules)")
    p.add_argument("--profile", metavar="FILE",
                   help="also run the pipeline under cProfile; top 15 lines to FILE")
    p.add_argument("--keep", metavar="FILE", help="keep the generated events in FILE")
    p.add_argument("--phase", help=argparse.SUPPRESS)
    p.add_argument("--file", help=argparse.SUPPRESS)
    p.add_argument("--rules", help=argparse.SUPPRESS)
    p.add_argument("--go", help=argparse.SUPPRESS)
    p.add_argument("--phase-jobs", type=int, help=argparse.SUPPRESS)
    return p


def _child(args: argparse.Namespace) -> int:
    """A child process: one measurement, one JSON line on stdout."""
    if args.phase == "callgrind-child":
        phase_callgrind_child(args.file, args.go)
        return 0
    if args.phase == "pipeline":
        res = phase_pipeline(args.file, args.phase_jobs, args.rules)
    elif args.phase == "floor":
        res = phase_floor(args.file)
    elif args.phase == "match":
        res = phase_match(args.file, args.chunk, args.python_baseline)
    elif args.phase == "load":
        res = phase_load()
    elif args.phase == "profile":
        res = phase_profile(args.file, args.profile)
    else:
        raise SystemExit(f"unknown phase {args.phase}")
    print(json.dumps(res))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.phase:
        return _child(args)

    def wanted(group: str) -> bool:
        return args.only is None or args.only == group

    commit = _commit()
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else -1.0
    res: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="se-bench-") as tmpname:
        tmp = Path(tmpname)
        path = Path(args.keep) if args.keep else tmp / "events.jsonl"
        t0 = time.perf_counter()
        counts = generate(path, args.events, args.seed, args.dprk_share, args.invalid_share)
        t_gen = time.perf_counter() - t0
        size = path.stat().st_size
        print(f"generated {args.events:,} events (seed {args.seed}, dprk share "
              f"{args.dprk_share}) in {t_gen:.1f} s: {size / 2**20:.1f} MiB of JSON Lines",
              file=sys.stderr)
        if wanted("pipeline"):
            res["pipe"] = run_phase("pipeline", path)
            print(f"engine, jobs 1: {res['pipe']['check_s']:.1f} s", file=sys.stderr)
            if res["pipe"]["jobs_supported"]:
                res["pipe_n"] = run_phase("pipeline", path, "--phase-jobs", str(args.jobs))
                print(f"engine, jobs {args.jobs}: {res['pipe_n']['check_s']:.1f} s",
                      file=sys.stderr)
        if wanted("match"):
            extra = ["--python-baseline"] if args.python_baseline else []
            res["match"] = run_phase("match", path, "--chunk", str(args.chunk), *extra)
            print(f"durable-rules: {res['match']['dr_s']:.1f} s", file=sys.stderr)
        if wanted("floor"):
            res["floor"] = run_phase("floor", path)
            print(f"json.loads: {res['floor']['json_s']:.1f} s", file=sys.stderr)
        if wanted("pipeline") and not args.no_callgrind:
            if shutil.which("valgrind") and shutil.which("callgrind_control"):
                a, b = (int(x) for x in args.callgrind_events.split(","))
                res["callgrind"] = callgrind(path, (a, b), tmp)
                print(f"callgrind: {res['callgrind']}", file=sys.stderr)
            else:
                res["callgrind"] = {"error": "valgrind not installed"}
        if wanted("curve") and not args.no_curve:
            multiples = tuple(int(x) for x in args.curve.split(","))
            res["curve"] = curve(path, min(args.curve_events, args.events), multiples, tmp)
        if wanted("startup"):
            res["startup"] = startup(tmp)
        if args.profile:
            run_phase("profile", path, "--profile", args.profile)
            print(f"profile written to {args.profile}", file=sys.stderr)
    load_after = os.getloadavg()[0] if hasattr(os, "getloadavg") else -1.0
    _print(args, res, counts, size, t_gen, commit, load_before, load_after)
    match = res.get("match")
    return 1 if match is not None and match.get("disagree") else 0


def _print(args: argparse.Namespace, res: dict[str, Any], counts: dict[str, int], size: int,
           t_gen: float, commit: str, load_before: float, load_after: float) -> None:
    dprk = sum(v for k, v in counts.items() if not k.startswith("invalid"))
    invalid = sum(v for k, v in counts.items() if k.startswith("invalid"))
    pipe, pipe_n, match, floor = (res.get(k) for k in ("pipe", "pipe_n", "match", "floor"))
    print(f"sanctions-engine {_version('sanctions-engine')}, durable-rules "
          f"{_version('durable-rules')}, pydantic {_version('pydantic')}, orjson "
          f"{_version('orjson')}, Python {platform.python_version()} "
          f"({platform.python_implementation()})")
    after = _commit()
    print(f"commit {commit}" + (f" (now {after}: changed during the run)" if after != commit
                                else "") + f", finished {time.strftime('%Y-%m-%d %H:%M')}, "
          f"1-min load average {load_before:.2f} before, {load_after:.2f} after")
    print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs, {_usable_cores()} usable "
          f"({_cpu()})")
    print(f"events: {args.events:,} generated (seed {args.seed}; {dprk:,} touching the DPRK, "
          f"{invalid:,} with a mistake), {size / 2**20:.1f} MiB, generated in {t_gen:.1f} s")
    if pipe is not None:
        sev = pipe["by_severity"]
        print(f"rules: {pipe['rules']} rules -> {pipe['compiled']} variants ({pipe['kinds']}) "
              f"-> {pipe['dr_rules']} durable-rules rules in {pipe['rulesets']} ruleset(s)")
        print(f"result: {pipe['checked']:,} checked, {pipe['rejected']:,} rejected, "
              f"{pipe['findings']:,} findings ({sev.get('violation', 0):,} violation, "
              f"{sev.get('review', 0):,} review), {pipe['exempted']:,} exempted; "
              f"{pipe['matched_facts']:,} facts reached durable-rules, fact-by-fact "
              f"fallbacks: {pipe['fallbacks'] if pipe['fallbacks'] is not None else '?'}")
    if match is not None and match.get("disagree") is not None:
        print(f"durable-rules vs python: {match['matched']:,} events fired {match['fired']:,} "
              f"variants; {match['disagree']:,} events where the two disagree")

    rows: list[tuple[str, str, str, str]] = []
    n = pipe["events"] if pipe is not None else args.events
    rates: dict[str, float | None] = {}
    if pipe is not None:
        rates["engine1"] = n / pipe["check_s"]
        rows.append(("engine, --jobs 1: check_files (read ... report object)",
                     f"{pipe['check_s']:.2f} s", f"{pipe['check_cpu']:.2f} s",
                     f"{_rate(n, pipe['check_s'])} events/s"))
        if pipe_n is not None:
            rates["engineN"] = n / pipe_n["check_s"]
            rows.append((f"engine, --jobs {args.jobs}", f"{pipe_n['check_s']:.2f} s",
                         f"{pipe_n['check_cpu'] + pipe_n['children_cpu']:.2f} s",
                         f"{_rate(n, pipe_n['check_s'])} events/s (cpu incl. workers)"))
        else:
            rows.append((f"engine, --jobs {args.jobs}", "n/a", "", "no --jobs in this engine"))
        rows.append(("   render report to JSON", f"{pipe['json_s']:.3f} s",
                     f"{pipe['json_cpu']:.3f} s", f"{pipe['json_bytes'] / 2**20:.2f} MiB"))
    if match is not None:
        facts = match["facts"]
        rates["dr"] = facts / match["dr_s"]
        rows.append(("bare durable-rules fact mode, pre-built facts (all of them)",
                     f"{match['dr_s']:.2f} s", f"{match['dr_cpu']:.2f} s",
                     f"{_rate(facts, match['dr_s'])} events/s"))
        if match.get("py_s") is not None:
            rows.append(("   naive pure-Python matcher (evaluate_all)", f"{match['py_s']:.2f} s",
                         f"{match['py_cpu']:.2f} s", f"{_rate(facts, match['py_s'])} events/s"))
        rows.append(("   (prep: read, validate, screen, to_fact; untimed)",
                     f"{match['prep_s']:.2f} s", f"{match['prep_cpu']:.2f} s",
                     f"{_rate(facts, match['prep_s'])} events/s"))
    if floor is not None:
        lines = floor["lines"]
        rates["json"] = lines / floor["json_s"]
        rows.append(("json.loads of every line", f"{floor['json_s']:.2f} s",
                     f"{floor['json_cpu']:.2f} s", f"{_rate(lines, floor['json_s'])} lines/s"))
        if floor.get("orjson_s") is not None:
            rates["orjson"] = lines / floor["orjson_s"]
            rows.append(("orjson.loads of every line", f"{floor['orjson_s']:.2f} s",
                         f"{floor['orjson_cpu']:.2f} s",
                         f"{_rate(lines, floor['orjson_s'])} lines/s"))
        else:
            rows.append(("orjson.loads of every line", "n/a", "", "pip install '.[bench]'"))
        rates["validate"] = lines / floor["validate_s"]
        rows.append(("pydantic alone: Event.model_validate on parsed dicts",
                     f"{floor['validate_s']:.2f} s", f"{floor['validate_cpu']:.2f} s",
                     f"{_rate(lines, floor['validate_s'])} events/s"))
        rows.append(("pydantic from bytes: Event.model_validate_json",
                     f"{floor['validate_json_s']:.2f} s", f"{floor['validate_json_cpu']:.2f} s",
                     f"{_rate(lines, floor['validate_json_s'])} events/s"))
    if pipe is not None:
        rows.append(("peak RSS, engine --jobs 1 process", f"{pipe['rss_mb']:.0f} MB", "",
                     f"{pipe['rss_loaded_mb']:.0f} MB after load"))
        if pipe_n is not None:
            rows.append((f"peak RSS, engine --jobs {args.jobs}", f"{pipe_n['rss_mb']:.0f} MB",
                         "", f"largest worker {pipe_n['children_rss_mb']:.0f} MB"))
    if match is not None:
        rows.append(("peak RSS, bare durable-rules process", f"{match['rss_mb']:.0f} MB", "",
                     f"chunks of {args.chunk:,} facts"))
    if floor is not None:
        rows.append(("peak RSS, floor process", f"{floor['rss_mb']:.0f} MB", "",
                     "the file and its parsed lines held"))
    if pipe is not None:
        rows += [
            ("load rules (YAML, validate, taxonomy)", f"{pipe['rules_s'] * 1000:.0f} ms", "",
             ""),
            ("compile to durable-rules JSON", f"{pipe['compile_s'] * 1000:.1f} ms", "", ""),
            ("Engine(): compile + set_rulesets + lists", f"{pipe['engine_s'] * 1000:.0f} ms",
             "", f"import {pipe['import_s'] * 1000:.0f} ms"),
        ]
    if rows:
        width = max(len(r[0]) for r in rows)
        print()
        print(f"{'measure':{width}}  {'wall/size':>10}  {'cpu':>9}  rate (wall) / note")
        print(f"{'-' * width}  {'-' * 10}  {'-' * 9}  {'-' * 30}")
        for label, value, cpu, note in rows:
            print(f"{label:{width}}  {value:>10}  {cpu:>9}  {note}".rstrip())

    if rates:
        print("\nratios (events/s over events/s, wall):")
        pairs = [("engine --jobs 1 / bare durable-rules", "engine1", "dr"),
                 (f"engine --jobs {args.jobs} / bare durable-rules", "engineN", "dr"),
                 ("engine --jobs 1 / json.loads", "engine1", "json"),
                 (f"engine --jobs {args.jobs} / json.loads", "engineN", "json"),
                 ("engine --jobs 1 / orjson.loads", "engine1", "orjson"),
                 ("bare durable-rules / json.loads", "dr", "json"),
                 ("pydantic alone / json.loads", "validate", "json")]
        for label, a, b in pairs:
            print(f"  {label:48} {_ratio(rates.get(a), rates.get(b))}")

    cg = res.get("callgrind")
    if cg is not None:
        if "error" in cg:
            print(f"\ninstructions per event (callgrind): n/a ({cg['error']})")
        else:
            a, b = cg["counts"]
            print(f"\ninstructions per event (callgrind, {a:,} -> {b:,} events, engine "
                  f"loaded uninstrumented): {cg['per_event'] / 1000:,.0f}k "
                  f"({cg['totals'][0]:,} and {cg['totals'][1]:,} instructions)")

    rows_c = res.get("curve")
    if rows_c:
        print(f"\nrule-count curve (the first {min(args.curve_events, args.events):,} events; "
              "the regimes' rule files replicated under new ids):")
        print(f"  {'rules':>6} {'dr rules':>9} {'rulesets':>8} {'engine()':>9} "
              f"{'us/event':>9} {'x shipped':>9} {'match us/ev':>11} {'to dr':>7} "
              f"{'fallbacks':>9}")
        base = None
        for r in rows_c:
            if "error" in r:
                print(f"  {r.get('rules', '?'):>6} (x{r['multiple']}) {r['error']}")
                continue
            us = r["check_cpu"] / r["events"] * 1e6
            base = base or us
            fb = r["fallbacks"] if r["fallbacks"] is not None else "?"
            print(f"  {r['rules']:>6} {r['dr_rules']:>9,} {r['rulesets']:>8} "
                  f"{r['engine_s']:>8.2f}s {us:>9.0f} {us / base:>8.2f}x "
                  f"{r['match_cpu'] / r['events'] * 1e6:>11.0f} {r['matched_facts']:>7,} "
                  f"{fb:>9}")

    st = res.get("startup")
    if st is not None:
        print(f"\nstart-up ({CACHE_ENV} set to a fresh directory; "
              f"{st['cache_files']} file(s) in it after the runs):")
        for label in ("cold", "warm"):
            ld, cli = st[f"load_{label}"], st[f"cli_{label}"]
            print(f"  {label}: Engine.load() {ld['load_s']:.2f} s (+ import "
                  f"{ld['import_s']:.2f} s), RSS {ld['rss_mb']:.0f} MB; one-event CLI call "
                  f"{cli['wall_s']:.2f} s wall, {cli['cpu_s']:.2f} s cpu, RSS "
                  f"{cli['rss_mb']:.0f} MB, exit {cli['exit']}")


if __name__ == "__main__":
    sys.exit(main())
