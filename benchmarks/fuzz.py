"""A long run of the seeded mutation fuzzer (``tests/fuzzing.py``, issue 12 item 8).

    python benchmarks/fuzz.py --minutes 10            # the shipped rules, seed 1
    python benchmarks/fuzz.py --minutes 1 --seed 7 --keep /tmp/fuzz-failures

Builds hostile batches from the fixtures and checks each through the library (and every
``--cli-every``-th through the command line), until the time is up. Prints the batches and
events tried, the clean refusals, and every failure grouped by its last line; ``--keep`` saves
each failing batch. Exit status 1 if anything failed.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from fuzzing import Mutator, check_batch  # noqa: E402
from sanctions_engine import Engine  # noqa: E402
from sanctions_engine.cli import main as cli_main  # noqa: E402


def _cli(rules: str | None, path: Path, out: Path, fmt: str) -> str | None:
    """Run ``check`` on one batch; a problem if the status is not 0/1/2 or a traceback shows."""
    err = io.StringIO()
    args = ["check", str(path), "--format", fmt, "--output", str(out)]
    if rules:
        args += ["--rules", rules]
    with contextlib.redirect_stderr(err):
        status = cli_main(args)
    text = err.getvalue()
    if status not in (0, 1, 2) or "Traceback" in text:
        return f"command line: exit {status}: {text.strip()[-300:]}"
    return None


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--minutes", type=float, default=10.0)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--rules", help="rules folder (default: the shipped rules)")
    p.add_argument("--cli-every", type=int, default=10, metavar="N",
                   help="also run every N-th batch through the command line (0: never)")
    p.add_argument("--keep", metavar="DIR", help="save every failing batch here")
    args = p.parse_args()

    started = time.monotonic()
    engine = Engine.load(args.rules)
    print(f"rules loaded in {time.monotonic() - started:.1f} s "
          f"({len(engine.rulebook.rules)} rules); seed {args.seed}; {args.minutes} min",
          flush=True)
    mutator = Mutator(args.seed)
    failures: collections.Counter[str] = collections.Counter()
    examples: dict[str, str] = {}
    batches = events = refused = lines = cli_runs = 0
    keep = Path(args.keep) if args.keep else None
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
    deadline = started + args.minutes * 60
    fmts = ("json", "text", "markdown", "html")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        next_report = time.monotonic() + 60
        while time.monotonic() < deadline:
            suffix, body = mutator.batch()
            path = work / f"batch{suffix}"
            path.write_bytes(body)
            problem: str | None
            outcome = check_batch(engine, path, body)
            problem = outcome.failure
            if problem is None and args.cli_every and batches % args.cli_every == 0:
                cli_runs += 1
                problem = _cli(args.rules, path, work / "out", fmts[batches % 4])
            batches += 1
            lines += body.count(b"\n")
            events += outcome.events
            refused += outcome.refused
            if problem is not None:
                key = problem.strip().splitlines()[-1][:160]
                failures[key] += 1
                examples.setdefault(key, problem)
                if keep is not None:
                    (keep / f"fail{sum(failures.values()):05d}{suffix}").write_bytes(body)
            if time.monotonic() > next_report:
                next_report += 60
                print(f"  {time.monotonic() - started:6.0f} s: {batches:,} batches, "
                      f"{events:,} events, {sum(failures.values())} failures", flush=True)
    elapsed = time.monotonic() - started
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    print(f"\n{batches:,} batches tried ({lines:,} lines, {events:,} events checked or "
          f"rejected; {refused:,} files refused whole; {cli_runs:,} through the command "
          f"line) in {elapsed:.0f} s wall, {cpu.ru_utime + cpu.ru_stime:.0f} s CPU, "
          f"peak RSS {cpu.ru_maxrss / 1024:.0f} MB")
    total = sum(failures.values())
    print(f"failures: {total}")
    for key, count in failures.most_common():
        print(f"  {count:6,}  {key}")
        print("          " + examples[key].strip().replace("\n", "\n          ")[-1200:])
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
