"""Throughput benchmark of sanctions-engine: generated events, the whole pipeline, and its parts.

    python benchmarks/throughput.py                      # 100,000 events, seed 1
    python benchmarks/throughput.py --events 1000000 --seed 7 --dprk-share 0.02
    python benchmarks/throughput.py --profile /tmp/pipeline.prof.txt

It writes a deterministic batch of contract-v1 events (mostly trade, ~1 % touching the DPRK,
some of them breaches) to a temporary JSON Lines file, then measures, each part in a fresh
Python process so that memory figures are not mixed:

1. the whole pipeline from the file, ``Engine.check_files([path])``: read, validate,
   compile-to-fact, match on durable-rules, explain, build the report object;
2. rendering that report to JSON;
3. durable-rules alone: the same facts, built beforehand, through ``engine._matcher.match``;
4. a pure-Python baseline: ``explain.evaluate_all`` for every compiled variant (stage, review
   twin, exemption, ...) whose event types and dates fit, on the same facts;
5. peak memory (``ru_maxrss`` per process; ``tracemalloc`` peak of the pipeline in its own
   process) and the time to load and compile the rules.

See benchmarks/README.md for what each figure means and the figures measured so far.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
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


def phase_pipeline(path: str) -> dict[str, Any]:
    """1, 2 and the load figures: the pipeline as a user runs it."""
    t0 = time.perf_counter()
    from sanctions_engine import Engine
    from sanctions_engine.matching.compiler import compile_rulebook
    from sanctions_engine.pipeline import default_rules_path
    from sanctions_engine.rulebook.loader import load_rulebook
    t_import = time.perf_counter() - t0

    t0 = time.perf_counter()
    book = load_rulebook(default_rules_path())
    t_rules = time.perf_counter() - t0
    t0 = time.perf_counter()
    compile_rulebook(book)
    t_compile = time.perf_counter() - t0
    t0 = time.perf_counter()
    engine = Engine(book)  # compile + durable-rules set_rulesets
    t_engine = time.perf_counter() - t0
    rss_loaded = _maxrss_mb()

    t0, c0 = time.perf_counter(), time.process_time()
    report = engine.check_files([path])
    t_check, c_check = time.perf_counter() - t0, time.process_time() - c0
    rss_checked = _maxrss_mb()

    t0, c0 = time.perf_counter(), time.process_time()
    text = report.to_json()
    t_json, c_json = time.perf_counter() - t0, time.process_time() - c0
    s = report.summary
    return {"import_s": t_import, "rules_s": t_rules, "compile_s": t_compile,
            "engine_s": t_engine, "check_s": t_check, "json_s": t_json,
            "check_cpu": c_check, "json_cpu": c_json,
            "json_bytes": len(text.encode("utf-8")), "events": s.events, "checked": s.checked,
            "rejected": s.rejected, "findings": s.findings, "by_severity": s.by_severity,
            "exempted": s.exempted, "rules": len(book.rules),
            "compiled": len(engine.compiled.variants),
            "kinds": _kinds(engine.compiled.variants),
            "dr_rules": sum(len(rs) for rs in engine.compiled.rulesets),
            "rulesets": len(engine.compiled.rulesets),
            "rss_loaded_mb": rss_loaded, "rss_mb": rss_checked, "rss_end_mb": _maxrss_mb()}


def phase_tracemalloc(path: str) -> dict[str, Any]:
    """5b: Python-level allocations of the pipeline (durable-rules' C heap is not traced)."""
    import tracemalloc

    tracemalloc.start()
    from sanctions_engine import Engine

    engine = Engine.load()
    loaded = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    t0 = time.perf_counter()
    report = engine.check_files([path])
    elapsed = time.perf_counter() - t0
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"loaded_mb": loaded / 2**20, "peak_mb": peak / 2**20, "after_mb": current / 2**20,
            "elapsed_s": elapsed, "findings": report.summary.findings}


def phase_match(path: str, chunk: int) -> dict[str, Any]:
    """3 and 4: durable-rules alone, and the pure-Python baseline, on pre-built facts."""
    from sanctions_engine import Engine
    from sanctions_engine.events.readers import read_events
    from sanctions_engine.events.rejections import Rejection
    from sanctions_engine.events.validate import validate_records
    from sanctions_engine.findings.explain import evaluate_all
    from sanctions_engine.matching.facts import to_fact
    from sanctions_engine.screening.step import fact_keys

    engine = Engine.load()
    taxonomy = engine.rulebook.taxonomy
    categories = frozenset(taxonomy.categories)
    catch_all = engine.compiled.catch_all

    # The baseline: every compiled rule as (name, first day, last day, conditions, review_of),
    # grouped by event type -- what durable-rules does with its type test.
    by_type: dict[str, list[tuple[str, int, int, tuple[Any, ...], Any, Any]]] = {}
    for name, v in engine.compiled.variants.items():
        if v.kind == "exemption":
            assert v.exemption is not None
            ex = v.exemption
            start, end, conds = ex.start, ex.end, ex.conditions
        else:
            assert v.stage is not None
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
        t0, c0 = time.perf_counter(), time.process_time()
        py = python_match(pairs)
        t_py += time.perf_counter() - t0
        c_py += time.process_time() - c0
        for a, b in zip(dr, py, strict=True):
            a.discard(catch_all)
            disagree += a != b
            matched += bool(a)
            fired_total += len(a)
        n += len(pairs)
        del pairs, facts, dr, py
        t0, c0 = time.perf_counter(), time.process_time()
    return {"facts": n, "prep_s": t_prep, "dr_s": t_dr, "py_s": t_py, "prep_cpu": c_prep,
            "dr_cpu": c_dr, "py_cpu": c_py, "matched": matched,
            "fired": fired_total, "disagree": disagree, "rss_mb": _maxrss_mb()}


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


def run_phase(name: str, path: Path, *extra: str) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--phase", name, "--file", str(path),
           *extra]
    done = subprocess.run(cmd, stdout=subprocess.PIPE, check=False, text=True)
    if done.returncode != 0:
        raise SystemExit(f"phase {name} failed (exit {done.returncode})")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- report -----------------------------------------------------------------------------------


def _rate(n: int, seconds: float) -> str:
    return f"{n / seconds:,.0f}" if seconds > 0 else "-"


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


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--events", type=int, default=100_000, help="events to generate (100,000)")
    p.add_argument("--seed", type=int, default=1, help="generator seed (1)")
    p.add_argument("--dprk-share", type=float, default=0.01,
                   help="share of events touching the DPRK (0.01)")
    p.add_argument("--invalid-share", type=float, default=0.001,
                   help="share of events with one mistake, to be rejected (0.001)")
    p.add_argument("--chunk", type=int, default=20_000,
                   help="facts pre-built at a time for figures 3 and 4 (20,000)")
    p.add_argument("--only", choices=("pipeline", "match"),
                   help="run only the pipeline (1, 2, load, RSS) or only 3 and 4; "
                        "no tracemalloc run either way")
    p.add_argument("--no-tracemalloc", action="store_true",
                   help="skip the tracemalloc run (it re-runs the pipeline ~3x slower)")
    p.add_argument("--profile", metavar="FILE",
                   help="also run the pipeline under cProfile; top 15 lines to FILE")
    p.add_argument("--keep", metavar="FILE", help="keep the generated events in FILE")
    p.add_argument("--phase", help=argparse.SUPPRESS)
    p.add_argument("--file", help=argparse.SUPPRESS)
    args = p.parse_args(argv)

    if args.phase:  # a child process: one measurement, one JSON line on stdout
        if args.phase == "pipeline":
            res = phase_pipeline(args.file)
        elif args.phase == "tracemalloc":
            res = phase_tracemalloc(args.file)
        elif args.phase == "match":
            res = phase_match(args.file, args.chunk)
        elif args.phase == "profile":
            res = phase_profile(args.file, args.profile)
        else:
            p.error(f"unknown phase {args.phase}")
        print(json.dumps(res))
        return 0

    commit = _commit()
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else -1.0
    with tempfile.TemporaryDirectory(prefix="se-bench-") as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "events.jsonl"
        t0 = time.perf_counter()
        counts = generate(path, args.events, args.seed, args.dprk_share, args.invalid_share)
        t_gen = time.perf_counter() - t0
        size = path.stat().st_size
        print(f"generated {args.events:,} events (seed {args.seed}, dprk share "
              f"{args.dprk_share}) in {t_gen:.1f} s: {size / 2**20:.1f} MiB of JSON Lines",
              file=sys.stderr)

        pipe = match = trace = None
        if args.only != "match":
            pipe = run_phase("pipeline", path)
            print(f"pipeline: {pipe['check_s']:.1f} s", file=sys.stderr)
        if args.only != "pipeline":
            match = run_phase("match", path, "--chunk", str(args.chunk))
            print(f"durable-rules {match['dr_s']:.1f} s, python {match['py_s']:.1f} s",
                  file=sys.stderr)
        if not (args.no_tracemalloc or args.only):
            trace = run_phase("tracemalloc", path)
            print(f"tracemalloc run: {trace['elapsed_s']:.1f} s", file=sys.stderr)
        if args.profile:
            run_phase("profile", path, "--profile", args.profile)
            print(f"profile written to {args.profile}", file=sys.stderr)

    dprk = sum(v for k, v in counts.items() if not k.startswith("invalid"))
    invalid = sum(v for k, v in counts.items() if k.startswith("invalid"))
    # (measure, wall time or size, CPU time of the process, rate or note)
    rows: list[tuple[str, str, str, str]] = []
    if pipe is not None:
        n = pipe["events"]
        rows += [
            ("1. pipeline: check_files (read, validate, fact, match, explain, report)",
             f"{pipe['check_s']:.2f} s", f"{pipe['check_cpu']:.2f} s",
             f"{_rate(n, pipe['check_s'])} events/s"),
            ("2. render report to JSON", f"{pipe['json_s']:.3f} s", f"{pipe['json_cpu']:.3f} s",
             f"{pipe['json_bytes'] / 2**20:.2f} MiB"),
        ]
    if match is not None:
        facts = match["facts"]
        rows += [
            ("3. durable-rules only: Matcher.match on pre-built facts", f"{match['dr_s']:.2f} s",
             f"{match['dr_cpu']:.2f} s", f"{_rate(facts, match['dr_s'])} events/s"),
            ("4. pure Python: evaluate_all per compiled rule in force", f"{match['py_s']:.2f} s",
             f"{match['py_cpu']:.2f} s", f"{_rate(facts, match['py_s'])} events/s"),
            ("   (prep for 3 and 4: read, validate, to_fact; untimed there)",
             f"{match['prep_s']:.2f} s", f"{match['prep_cpu']:.2f} s",
             f"{_rate(facts, match['prep_s'])} events/s"),
        ]
    if pipe is not None:
        rows.append(("5. peak RSS, pipeline process (maxrss)", f"{pipe['rss_mb']:.0f} MB", "",
                     f"{pipe['rss_loaded_mb']:.0f} MB after load"))
    if match is not None:
        rows.append(("   peak RSS, durable-rules/python process (maxrss)",
                     f"{match['rss_mb']:.0f} MB", "", f"chunks of {args.chunk:,} facts"))
    if trace is not None:
        rows.append(("   tracemalloc peak during check_files (own process)",
                     f"{trace['peak_mb']:.1f} MB", "",
                     f"{trace['loaded_mb']:.1f} MB engine; {trace['elapsed_s']:.1f} s traced"))
    if pipe is not None:
        rows += [
            ("   load rules (YAML, validate, taxonomy)", f"{pipe['rules_s'] * 1000:.0f} ms", "",
             ""),
            ("   compile to durable-rules JSON", f"{pipe['compile_s'] * 1000:.1f} ms", "", ""),
            ("   Engine(): compile + set_rulesets", f"{pipe['engine_s'] * 1000:.0f} ms", "",
             f"import {pipe['import_s'] * 1000:.0f} ms"),
        ]
    print(f"sanctions-engine {_version('sanctions-engine')}, durable-rules "
          f"{_version('durable-rules')}, pydantic {_version('pydantic')}, Python "
          f"{platform.python_version()} ({platform.python_implementation()})")
    after = _commit()
    load_after = os.getloadavg()[0] if hasattr(os, "getloadavg") else -1.0
    print(f"commit {commit}" + (f" (now {after}: changed during the run)" if after != commit
                                else "") + f", finished {time.strftime('%Y-%m-%d %H:%M')}, "
          f"1-min load average {load_before:.2f} before, {load_after:.2f} after")
    print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs ({_cpu()})")
    print(f"events: {args.events:,} generated (seed {args.seed}; {dprk:,} touching the DPRK, "
          f"{invalid:,} with a mistake), {size / 2**20:.1f} MiB, generated in {t_gen:.1f} s")
    if pipe is not None:
        sev = pipe["by_severity"]
        print(f"rules: {pipe['rules']} rules -> {pipe['compiled']} variants ({pipe['kinds']}) "
              f"-> {pipe['dr_rules']} durable-rules rules (incl. {pipe['rulesets']} catch-all) "
              f"in {pipe['rulesets']} ruleset(s)")
        print(f"result: {pipe['checked']:,} checked, {pipe['rejected']:,} rejected, "
              f"{pipe['findings']:,} findings ({sev.get('violation', 0):,} violation, "
              f"{sev.get('review', 0):,} review), {pipe['exempted']:,} exempted")
    if match is not None:
        print(f"durable-rules vs python: {match['matched']:,} events fired {match['fired']:,} "
              f"variants; {match['disagree']:,} events where the two disagree")
    width = max(len(r[0]) for r in rows)
    print()
    print(f"{'measure':{width}}  {'wall/size':>10}  {'cpu':>9}  rate (wall) / note")
    print(f"{'-' * width}  {'-' * 10}  {'-' * 9}  {'-' * 30}")
    for label, value, cpu, note in rows:
        print(f"{label:{width}}  {value:>10}  {cpu:>9}  {note}".rstrip())
    return 0 if match is None or match["disagree"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
