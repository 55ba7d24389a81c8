"""Reading and validating events alone: the floor under the pipeline (issue 8, item 4).

    python benchmarks/read_validate.py                 # 100,000 generated events, seed 1
    python benchmarks/read_validate.py --events 20000 --repeat 5

Generates the standard batch (``throughput.generate``), then times, best of ``--repeat``:
``json.loads`` of every line alone; the old way (``json.loads`` with decimals, then
``Event.model_validate`` of the dict); and the engine's readers and validation step
(``read_events`` + ``validate_records``) as the pipeline runs them. Prints events/s and
microseconds per event, and the share of lines that took the direct path from bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sanctions_engine import Engine
from sanctions_engine.events.model import Event
from sanctions_engine.events.readers import read_events
from sanctions_engine.events.validate import validate_records
from throughput import generate


def _best(repeat: int, run: Callable[[], int]) -> tuple[float, int]:
    best = float("inf")
    n = 0
    for _ in range(repeat):
        start = time.process_time()
        n = run()
        best = min(best, time.process_time() - start)
    return best, n


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--events", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    categories = frozenset(Engine.load().rulebook.taxonomy.categories)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events.jsonl"
        generate(path, args.events, args.seed, 0.01, 0.001)
        lines = path.read_bytes().splitlines()

        def loads_only() -> int:
            for line in lines:
                json.loads(line)
            return len(lines)

        def old_way() -> int:
            ok = 0
            context = {"categories": categories}
            for line in lines:
                data = json.loads(line.decode("utf-8"), parse_float=Decimal)
                try:
                    Event.model_validate(data, context=context)
                    ok += 1
                except ValueError:
                    pass
            return ok

        def engine_way() -> int:
            return sum(1 for _, r in validate_records(read_events(str(path)), categories)
                       if isinstance(r, Event))

        rows = [("json.loads only", *_best(args.repeat, loads_only)),
                ("json.loads + model_validate (dicts)", *_best(args.repeat, old_way)),
                ("read_events + validate_records", *_best(args.repeat, engine_way))]
    print(f"{args.events:,} generated events (seed {args.seed}), best of {args.repeat}, CPU s")
    for name, seconds, n in rows:
        print(f"  {name:38} {seconds:7.3f} s  {args.events / seconds:10,.0f} events/s  "
              f"{seconds / args.events * 1e6:6.1f} us/event  ({n:,} valid)")
    base = rows[1][1]
    print(f"  engine / old way: {rows[2][1] / base:.2f}x the time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
