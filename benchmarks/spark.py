"""Spark benchmark: local[1] and local[2] against the single-process engine, same events.

    python benchmarks/spark.py                       # 100,000 events (benchmarks/throughput.py's)
    python benchmarks/spark.py --events 1000000
    python benchmarks/spark.py --events 20000 --masters 'local[2]'
    python benchmarks/spark.py --file /data/gen100k.jsonl   # a batch written beforehand

Writes the standard generated batch (benchmarks/throughput.py, seed 1: ~1 % touching the
DPRK), or takes ``--file``, then, each in its own Python process:

1. **local** -- ``Engine.check_files([path]).to_json()``: events/s;
2. **Spark** for each master -- the Spark session's start-up (JVM, context, a first job)
   timed apart; then the batch: ``check(spark, [path]).to_json()`` (read as text, judge in
   the executors, cross-event steps, the report collected and sorted on the driver),
   events/s; whether the bytes equal the local report's (sha256); the size of the cached
   tables (the judged table, its compact part, the per-event outputs) as Spark's storage
   reports them; the peak resident memory of the JVM and of each Python worker.

Events/s of Spark include the engine's compilation in each Python worker (once per worker)
and every Spark job of the batch, not the session start-up. Figures are printed, never
asserted; see benchmarks/README.md and docs/scale.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def phase_local(path: str) -> dict[str, Any]:
    import resource

    from sanctions_engine import Engine

    t0 = time.perf_counter()
    engine = Engine.load()
    t1 = time.perf_counter()
    text = engine.check_files([path]).to_json()
    t2 = time.perf_counter()
    return {"load": t1 - t0, "batch": t2 - t1,
            "sha256": hashlib.sha256(text.encode()).hexdigest(),
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _peaks() -> dict[str, list[float]]:
    """Peak resident memory (MB) of this machine's JVMs and PySpark Python processes."""
    out: dict[str, list[float]] = {"jvm": [], "python worker": []}
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            cmd = (status.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            hwm = next(int(line.split()[1]) for line in status.read_text().splitlines()
                       if line.startswith("VmHWM:"))
        except (OSError, StopIteration, ValueError):
            continue
        if "sanctions-engine-benchmark" in cmd and "java" in cmd:
            out["jvm"].append(hwm / 1024)
        elif "pyspark.daemon" in cmd or "pyspark.worker" in cmd:
            out["python worker"].append(hwm / 1024)
    return out


def phase_spark(path: str, master: str) -> dict[str, Any]:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    t0 = time.perf_counter()
    from pyspark.sql import SparkSession

    inside = master.removeprefix("local[").removesuffix("]")
    cores = int(inside) if inside.isdigit() else 2
    spark = (SparkSession.builder.master(master).appName("sanctions-engine-benchmark")
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.shuffle.partitions", str(2 * cores))
             .config("spark.driver.memory", "2g")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    spark.range(1).count()  # the first job starts the executor side too
    t1 = time.perf_counter()
    from sanctions_engine.spark import check

    result = check(spark, [path])
    text = result.to_json()
    t2 = time.perf_counter()
    storage = {}
    for info in spark.sparkContext._jsc.sc().getRDDStorageInfo():
        storage[str(info.name())[:60]] = (int(info.memSize()) + int(info.diskSize())) / 2**20
    peaks = _peaks()
    spark.stop()
    return {"startup": t1 - t0, "batch": t2 - t1, "storage_mb": storage, "peaks_mb": peaks,
            "sha256": hashlib.sha256(text.encode()).hexdigest()}


def run_phase(*args: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--phase", *args], capture_output=True,
                         text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"phase {args} failed:\n{out.stderr[-3000:]}")
    last = out.stdout.strip().splitlines()[-1]
    result: dict[str, Any] = json.loads(last)
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--events", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--file", help="a JSON Lines batch to use instead of generating one")
    p.add_argument("--masters", default="local[1],local[2]",
                   help="comma-separated Spark masters (local[1],local[2])")
    p.add_argument("--phase", nargs="+", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.phase:
        kind, path, *rest = args.phase
        result = phase_local(path) if kind == "local" else phase_spark(path, rest[0])
        print(json.dumps(result))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        if args.file:
            path = Path(args.file)
            with path.open("rb") as f:
                n = sum(1 for _ in f)
            print(f"{n:,} events ({path}), {os.cpu_count()} cores")
        else:
            sys.path.insert(0, str(HERE))
            from throughput import generate

            path = Path(tmp) / "events.jsonl"
            generate(path, args.events, args.seed, 0.01, 0.001)
            n = args.events
            print(f"{n:,} events (benchmarks/throughput.py, seed {args.seed}), "
                  f"{os.cpu_count()} cores")
        local = run_phase("local", str(path))
        print(f"  single process : {n / local['batch']:8,.0f} events/s "
              f"({local['batch']:.1f} s; rules loaded in {local['load']:.1f} s; "
              f"peak RSS {local['rss_mb']:.0f} MB)")
        for master in args.masters.split(","):
            r = run_phase("spark", str(path), master)
            same = "same bytes" if r["sha256"] == local["sha256"] else "REPORT DIFFERS"
            print(f"  spark {master:9}: {n / r['batch']:8,.0f} events/s "
                  f"({r['batch']:.1f} s; session start-up {r['startup']:.1f} s apart); {same}")
            for name, mb in sorted(r["storage_mb"].items()):
                print(f"      cached {name}: {mb:.1f} MB ({mb * 1e6 / n:.0f} MB per 1M events)")
            for name, mbs in r["peaks_mb"].items():
                shown = ", ".join(f"{m:.0f}" for m in sorted(mbs, reverse=True)) or "-"
                print(f"      peak RSS {name}: {shown} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
