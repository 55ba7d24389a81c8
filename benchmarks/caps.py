"""Caps benchmark: a batch in which every event counts toward a cap.

    python benchmarks/caps.py                           # 100,000 supplies, 2018-2025, seed 1
    python benchmarks/caps.py --events 20000 --load 3   # each year's total three times the cap
    python benchmarks/caps.py --batches 0               # skip the daily-batches run

It writes N supplies of refined petroleum to the DPRK (contract-v1 JSON Lines), spread evenly
over ``--years`` calendar years from 2018, each notified to the 1718 Committee (so that the
per-event rule dprk.refined_petroleum.supply is lifted and the cap is what is at stake).
Quantities are drawn so that each year's total is ``--load`` times the 500,000-barrel cap
(2397 OP5): the cap is crossed about 1/load of the way through each year and every later supply
in that year is a finding. Units are mixed (barrels, t, m3, l, converted with the factors of
rules/dprk/caps.yaml) and ``--unmeasurable-share`` of the supplies carry no quantity (a review
finding each).

Figures, each in its own Python process (so that memory figures are not mixed):

1. **pipeline** -- ``Engine.check_files([path])`` on the whole batch: events/s, the cap findings
   (violations, reviews), how many contributions their explanations list, peak RSS;
2. **render** -- ``report.to_json()``: time and size (explanations list contributions);
3. **add_up** -- ``totals.add_up`` alone on the batch's contributions (running totals and
   crossings, without building findings);
4. **baseline** -- the same events on a copy of the rules without ``dprk/caps.yaml`` (every
   per-event rule still judges them, nothing is counted): the cost of the caps is the
   difference with 1;
5. **batches** -- the same events in ``--batches`` date-ordered batches (days), each read with
   ``TotalsState.load``, checked and written back with ``save`` to one state file: the total
   time, the state file's size, and whether the cap findings agree with the single run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

CAP = "dprk.refined_petroleum.cap"
LIMIT_BARRELS = 500_000
# barrels per unit, as rules/dprk/caps.yaml converts them
UNITS: list[tuple[str, Decimal, int]] = [  # unit, barrels per unit, weight
    ("barrels", Decimal(1), 70), ("t", Decimal("7.33"), 15), ("m3", Decimal("6.2898"), 10),
    ("l", Decimal("0.0062898"), 5)]
SUPPLIERS = [("CN", "China"), ("RU", "Russian Federation"), ("SG", "Singapore"),
             ("MY", "Malaysia")]


# --- the event generator ----------------------------------------------------------------------


def generate(path: Path, n: int, seed: int, years: int, load: float,
             unmeasurable: float) -> None:
    """N supplies, evenly spread over the years, each year's total ``load`` x the cap."""
    rng = random.Random(seed)
    first, last = date(2018, 1, 1), date(2018 + years, 1, 1)
    span = (last - first).days
    mean = LIMIT_BARRELS * load * years / n  # barrels per supply
    units = [u for u, _, w in UNITS for _ in range(w)]
    per_unit = {u: f for u, f, _ in UNITS}
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            day = first + timedelta(days=rng.randrange(span))
            country, state = rng.choice(SUPPLIERS)
            item: dict[str, Any] = {"category": "refined_petroleum",
                                    "description": rng.choice(["diesel", "gasoline", "kerosene",
                                                               "gas oil", "fuel oil"])}
            if rng.random() >= unmeasurable:
                unit = rng.choice(units)
                barrels = Decimal(str(round(rng.uniform(0.2, 1.8) * mean, 1)))
                item["quantity"] = float((barrels / per_unit[unit]).quantize(Decimal("0.001")))
                item["unit"] = unit
            event = {
                "id": f"fuel-{i:07d}", "type": "transfer", "date": day.isoformat(),
                "origin": country, "destination": "KP",
                "parties": [{"role": "supplier", "kind": "entity", "name": f"Trader {i % 97}",
                             "country": country}],
                "items": [item],
                "authorizations": [{"type": "notification", "issued_by": state,
                                    "addressed_to": "1718 Committee",
                                    "date": (day + timedelta(days=20)).isoformat()}]}
            f.write(json.dumps(event, separators=(",", ":")) + "\n")


def rules_without_caps(target: Path) -> Path:
    """A copy of the shipped rules folder without dprk/caps.yaml (the baseline)."""
    from sanctions_engine.pipeline import default_rules_path

    shutil.copytree(default_rules_path(), target,
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.py"))
    (target / "dprk" / "caps.yaml").unlink()
    return target


# --- phases (each in its own process) ---------------------------------------------------------


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cap_view(report: Any) -> dict[str, Any]:
    cap = [f for f in report.findings if f.rule_id == CAP]
    violations = [f for f in cap if f.severity == "violation"]
    return {
        "cap_violations": len(violations),
        "cap_crossings": sum("took the total" in f.explanation.text for f in violations),
        "cap_reviews": sum(f.severity == "review" for f in cap),
        "listed": sum(len(f.explanation.contributions) for f in cap),
        "other_findings": len(report.findings) - len(cap),
        "exempted": len(report.exempted),
        "violating_ids": sorted(f.event_ids[0] for f in violations),
        "totals": [(t.period.from_, t.total, t.share, t.events) for t in report.totals
                   if t.cap_id == CAP],
    }


def phase_pipeline(path: str) -> dict[str, Any]:
    from dataclasses import replace

    from sanctions_engine import Engine
    from sanctions_engine.findings.state import add_up

    engine = Engine.load()
    rss_loaded = _maxrss_mb()
    state = engine.new_state()
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        report = engine.check_files([path], state=state)
    except MemoryError:
        return {"failed": "MemoryError in check_files", "after_s": time.perf_counter() - t0,
                "rss_mb": _maxrss_mb()}
    t_check, c_check = time.perf_counter() - t0, time.process_time() - c0
    rss = _maxrss_mb()
    view = _cap_view(report)
    view["violating_ids"] = len(view["violating_ids"])
    # add_up alone, every contribution as this batch's (the state keeps them as earlier ones)
    contributions = [replace(c, batch=1) for c in state.contributions]
    caps = {cap.rule.id: cap for cap in engine.rulebook.caps}
    t0 = time.perf_counter()
    crossings, _ = add_up(caps, contributions)
    t_add = time.perf_counter() - t0
    del crossings[1:]
    t0 = time.perf_counter()
    try:
        json_bytes: int | None = len(report.to_json().encode("utf-8"))
    except MemoryError:
        json_bytes = None
    t_json = time.perf_counter() - t0
    return {"events": report.summary.events, "check_s": t_check, "check_cpu": c_check,
            "json_s": t_json, "json_bytes": json_bytes, "add_up_s": t_add,
            "contributions": len(contributions), "crossings": view["cap_violations"],
            "rss_loaded_mb": rss_loaded, "rss_mb": rss, "rss_end_mb": _maxrss_mb(), **view}


def phase_baseline(path: str, rules: str) -> dict[str, Any]:
    from sanctions_engine import Engine

    engine = Engine.load(rules)
    assert not engine.rulebook.caps
    t0, c0 = time.perf_counter(), time.process_time()
    report = engine.check_files([path])
    return {"events": report.summary.events, "check_s": time.perf_counter() - t0,
            "check_cpu": time.process_time() - c0, "findings": len(report.findings),
            "exempted": len(report.exempted), "rss_mb": _maxrss_mb()}


def phase_batches(path: str, batches: int) -> dict[str, Any]:
    from sanctions_engine import Engine
    from sanctions_engine.findings.state import TotalsState

    engine = Engine.load()
    events = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]
    events.sort(key=lambda e: (e["date"], e["id"]))
    size = -(-len(events) // batches)
    chunks = [events[i:i + size] for i in range(0, len(events), size)]
    with tempfile.TemporaryDirectory() as tmp:
        state_path = Path(tmp) / "totals.json"
        fingerprint = engine.rulebook.fingerprint
        t_state = t_check = 0.0
        violating: list[str] = []
        reviews = 0
        t_all = time.perf_counter()
        for chunk in chunks:
            t0 = time.perf_counter()
            state = TotalsState.load(state_path, fingerprint)
            t_state += time.perf_counter() - t0
            t0 = time.perf_counter()
            report = engine.check(chunk, state=state)
            t_check += time.perf_counter() - t0
            t0 = time.perf_counter()
            state.save(state_path)
            t_state += time.perf_counter() - t0
            view = _cap_view(report)
            violating += view["violating_ids"]
            reviews += view["cap_reviews"]
        t_all = time.perf_counter() - t_all
        state_bytes = state_path.stat().st_size
    return {"batches": len(chunks), "events": len(events), "all_s": t_all, "check_s": t_check,
            "state_s": t_state, "state_bytes": state_bytes, "cap_violations": len(violating),
            "cap_reviews": reviews, "violating_ids": sorted(violating), "rss_mb": _maxrss_mb()}


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


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--events", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--years", type=int, default=8, help="calendar years from 2018 (default 8)")
    p.add_argument("--load", type=float, default=1.2,
                   help="each year's total as a multiple of the cap (default 1.2)")
    p.add_argument("--unmeasurable-share", type=float, default=0.005,
                   help="share of supplies without a quantity (default 0.005)")
    p.add_argument("--batches", type=int, default=100,
                   help="date-ordered batches through a state file (0: skip; default 100)")
    p.add_argument("--no-baseline", action="store_true", help="skip the baseline run")
    p.add_argument("--keep", metavar="FILE", help="write the events to FILE and keep it")
    p.add_argument("--phase", help=argparse.SUPPRESS)
    p.add_argument("--file", help=argparse.SUPPRESS)
    p.add_argument("--rules", help=argparse.SUPPRESS)
    args = p.parse_args(argv)

    if args.phase:
        if args.phase == "pipeline":
            out = phase_pipeline(args.file)
        elif args.phase == "baseline":
            out = phase_baseline(args.file, args.rules)
        else:
            out = phase_batches(args.file, args.batches)
        print(json.dumps(out))
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "supplies.jsonl"
        t0 = time.perf_counter()
        generate(path, args.events, args.seed, args.years, args.load, args.unmeasurable_share)
        t_gen = time.perf_counter() - t0
        print(f"caps benchmark: {args.events:,} refined-petroleum supplies to the DPRK over "
              f"{args.years} years from 2018, each year at {args.load:g}x the cap, seed "
              f"{args.seed}; load average {os.getloadavg()[0]:.2f}")
        print(f"generated in {t_gen:.1f} s ({path.stat().st_size / 1e6:.1f} MB)")

        pipe = run_phase("pipeline", path)
        if "failed" in pipe:
            print(f"\n1. pipeline      {pipe['failed']} after {pipe['after_s']:.1f} s "
                  f"(RSS {pipe['rss_mb']:.0f} MB)")
            return 1
        n = pipe["events"]
        print(f"\n1. pipeline      {pipe['check_s']:8.2f} s  {_rate(n, pipe['check_s']):>8} "
              f"events/s  (cpu {pipe['check_cpu']:.2f} s; RSS {pipe['rss_loaded_mb']:.0f} -> "
              f"{pipe['rss_mb']:.0f} MB)")
        print(f"   cap findings: {pipe['cap_violations']:,} violations ({pipe['cap_crossings']}"
              f" crossings, the rest already over), {pipe['cap_reviews']:,} reviews; "
              f"{pipe['listed']:,} contributions listed in their explanations; "
              f"{pipe['other_findings']} other findings, {pipe['exempted']:,} exempted")
        for start, total, share, events in pipe["totals"]:
            print(f"   {CAP} {start}: {total:,} barrels ({share}%), {events:,} events")
        if pipe["json_bytes"] is None:
            print(f"2. render JSON   MemoryError after {pipe['json_s']:.1f} s (RSS "
                  f"{pipe['rss_end_mb']:.0f} MB)")
        else:
            print(f"2. render JSON   {pipe['json_s']:8.2f} s  {pipe['json_bytes'] / 1e6:,.1f} MB")
        rate = _rate(pipe["contributions"], pipe["add_up_s"])
        print(f"3. add_up        {pipe['add_up_s']:8.3f} s  {rate:>8} contributions/s  "
              f"({pipe['crossings']:,} crossings)")
        if not args.no_baseline:
            rules = rules_without_caps(Path(tmp) / "rules")
            base = run_phase("baseline", path, "--rules", str(rules))
            print(f"4. baseline      {base['check_s']:8.2f} s  {_rate(n, base['check_s']):>8} "
                  f"events/s  (rules without caps.yaml; {base['findings']} findings, "
                  f"{base['exempted']:,} exempted; RSS {base['rss_mb']:.0f} MB)")
        agree = True
        if args.batches:
            bat = run_phase("batches", path, "--batches", str(args.batches))
            single = run_phase("batches", path, "--batches", "1")["violating_ids"]
            agree = bat["violating_ids"] == single
            print(f"5. batches       {bat['all_s']:8.2f} s  {_rate(n, bat['all_s']):>8} "
                  f"events/s  ({bat['batches']} batches: check {bat['check_s']:.2f} s, state "
                  f"load+save {bat['state_s']:.2f} s; state file {bat['state_bytes'] / 1e6:.1f}"
                  f" MB; RSS {bat['rss_mb']:.0f} MB)")
            print(f"   cap violations {bat['cap_violations']:,}, reviews {bat['cap_reviews']:,}"
                  f"; same violating events as one batch: {'yes' if agree else 'NO'}")
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
