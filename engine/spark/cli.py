"""``sanctions-engine spark check EVENTS... --output DIR``: the check command on Spark.

Writes ``DIR/report.json`` (the same bytes as ``check --format json`` on the same events) and,
with ``--parquet``, ``DIR/findings.parquet`` (a Parquet dataset, schema in docs/scale.md). The
exit status is the one ``check`` gives. Runs under ``spark-submit`` too (``submit.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

__all__ = ["add_parser", "run"]


def add_parser(sub: Any, screening_options: Any) -> None:
    """The ``spark`` command and its ``check`` action, on the main parser's subparsers."""
    spark = sub.add_parser("spark", help="check events on Apache Spark (the 'spark' extra)")
    ssub = spark.add_subparsers(dest="spark_command", required=True, metavar="ACTION")
    check = ssub.add_parser("check", help="check event files on Spark and write the report")
    check.add_argument("events", nargs="+", metavar="EVENTS",
                       help="JSON Lines files (one event a line), or Parquet files (.parquet), "
                            "on any file system Spark reads")
    check.add_argument("--master", metavar="URL",
                       help="Spark master (default: spark-submit's, else local[*])")
    check.add_argument("--output", metavar="DIR", required=True,
                       help="folder for report.json (and findings.parquet)")
    check.add_argument("--parquet", action="store_true",
                       help="also write the findings as Parquet (DIR/findings.parquet)")
    check.add_argument("--quiet", action="store_true", help="no timings on stderr")
    screening_options(check)
    check.add_argument("--state", metavar="FILE",
                       help="totals toward caps and first events of links carried between "
                            "batches (as check --state)")


def session(master: str | None) -> Any:
    """The active session (spark-submit's), or one on ``master`` (default local[*]).

    A new session gets no console progress bar (the command prints its own timings) and,
    unless ``--conf`` or spark-defaults.conf sets it, as many shuffle partitions as twice the
    cores, not 200 (the cross-event steps shuffle little)."""
    # Executors run the driver's Python unless told otherwise: the same venv, the same code.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark import SparkConf, SparkContext
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("sanctions-engine")
    if master is not None:
        builder = builder.master(master)
    fresh = SparkSession.getActiveSession() is None
    given = set()
    if fresh:
        SparkContext._ensure_initialized()  # reads spark-submit's and spark-defaults' settings
        given = {key for key, _ in SparkConf().getAll()}
        # (PySpark's own default turns it on: a setting of the user's cannot be told apart)
        builder = builder.config("spark.ui.showConsoleProgress", "false")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    if fresh and "spark.sql.shuffle.partitions" not in given:
        parts = max(2, 2 * spark.sparkContext.defaultParallelism)
        spark.conf.set("spark.sql.shuffle.partitions", str(parts))
    return spark


def run(args: argparse.Namespace) -> int:
    """Run ``spark check``; the exit status."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        sys.stderr.write("sanctions-engine: error: 'spark check' needs PySpark: "
                         "pip install 'sanctions-engine[spark]' (and Java 17)\n")
        return 2
    if args.strong is not None or args.weak is not None:
        strong = 0.92 if args.strong is None else args.strong
        weak = 0.84 if args.weak is None else args.weak
        if not 0 < weak <= strong <= 1:
            sys.stderr.write(f"sanctions-engine: error: need 0 < --weak ({weak}) <= "
                             f"--strong ({strong}) <= 1\n")
            return 2
    if args.state is None:
        return _run(args)
    from ..findings.state import locked

    with locked(args.state):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from .._files import write_atomically
    from ..findings.state import TotalsState
    from ..pipeline import default_rules_path
    from ..rulebook.loader import load_rulebook
    from ._run import check

    started = time.perf_counter()
    spark = session(args.master)
    up = time.perf_counter()
    state = None
    if args.state:
        book = load_rulebook(args.rules if args.rules is not None else default_rules_path())
        state = TotalsState.load(args.state, book.fingerprint)
    result = check(spark, args.events, args.rules, args.lists, vessels=args.vessels,
                   strong=args.strong, weak=args.weak, state=state)
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    data = result.report_dict()
    write_atomically(out / "report.json", json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    if args.parquet:
        result.findings.write.mode("overwrite").parquet(str(out / "findings.parquet"))
    if state is not None:
        result.state().save(args.state)
    if not args.quiet:
        sys.stderr.write(f"spark: session {up - started:.1f} s, batch "
                         f"{time.perf_counter() - up:.1f} s -> {out / 'report.json'}\n")
    if data["summary"]["rejected"]:
        return 2
    return 1 if data["summary"]["findings"] else 0
