"""Reading and validating events alone: the floor under the pipeline (issue 8, item 4).

    python benchmarks/read_validate.py                 # 100,000 generated events, seed 1
    python benchmarks/read_validate.py --events 20000 --repeat 5
    python benchmarks/read_validate.py --instructions  # also instructions per event (valgrind)

Generates the standard batch (``throughput.generate``), then times, best of ``--repeat``:
``json.loads`` of every line alone; the old way (``json.loads`` with decimals, then
``Event.model_validate`` of the dict); and the engine's readers and validation step
(``read_events`` + ``validate_records``) as the pipeline runs them. Prints events/s and
microseconds per event. With ``--instructions`` (needs valgrind) also the instructions per
event of the old way and of the engine's, counted by callgrind on 500 and 2,500 events (the
difference, so start-up is left out): unlike CPU time, not disturbed by a busy machine.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import shutil
import subprocess
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


def _inner(mode: str, path: str, categories_file: str) -> None:
    """One pass, for callgrind: the old way or the engine's on the events of ``path``."""
    categories = frozenset(json.loads(Path(categories_file).read_text(encoding="utf-8")))
    if mode == "engine":
        for _ in validate_records(read_events(path), categories):
            pass
        return
    context = {"categories": categories}
    with open(path, "rb") as stream:
        for line in stream:
            with contextlib.suppress(ValueError):
                Event.model_validate(json.loads(line.decode("utf-8"), parse_float=Decimal),
                                     context=context)


def _instructions(mode: str, path: Path, n: int, categories_file: Path, tmp: Path) -> int:
    part = tmp / f"part{n}.jsonl"
    with open(path, "rb") as src, open(part, "wb") as out:
        for _ in range(n):
            out.write(src.readline())
    run = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          sys.executable, __file__, "--inner", mode, str(part),
                          str(categories_file)], capture_output=True, text=True, check=True)
    found = re.search(r"Collected\s*:\s*(\d+)", run.stderr)
    assert found is not None, run.stderr[-500:]
    return int(found.group(1))


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "--inner":
        _inner(*sys.argv[2:])
        return 0
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--events", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--instructions", action="store_true",
                   help="also count instructions per event with callgrind (slow: ~2 min)")
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
        counted: dict[str, float] = {}
        if args.instructions and shutil.which("valgrind"):
            cats = Path(tmp) / "categories.json"
            cats.write_text(json.dumps(sorted(categories)), encoding="utf-8")
            for mode in ("old", "engine"):
                low, high = (_instructions(mode, path, n, cats, Path(tmp)) for n in (500, 2500))
                counted[mode] = (high - low) / 2000
    print(f"{args.events:,} generated events (seed {args.seed}), best of {args.repeat}, CPU s")
    for name, seconds, n in rows:
        print(f"  {name:38} {seconds:7.3f} s  {args.events / seconds:10,.0f} events/s  "
              f"{seconds / args.events * 1e6:6.1f} us/event  ({n:,} valid)")
    base = rows[1][1]
    print(f"  engine / old way: {rows[2][1] / base:.2f}x the time")
    if counted:
        print(f"  instructions per event (callgrind, 2,500 - 500 events): old way "
              f"{counted['old'] / 1000:,.0f}k, engine {counted['engine'] / 1000:,.0f}k "
              f"({counted['engine'] / counted['old']:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
