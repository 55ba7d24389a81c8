"""A seeded mutation fuzz of the readers and the pipeline (issue 12, item 8).

Hostile batches built from the fixtures (``tests/fuzzing.py``): no exception escapes but a clean
refusal, ``events = checked + rejected`` (every line of a JSON Lines file counted), every report
format is valid UTF-8 text, the same bytes twice; and through the command line, no exit status
but 0, 1 or 2. ``benchmarks/fuzz.py`` runs the same fuzzer for as long as you like.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fuzzing import Mutator, check_batch
from sanctions_engine import Engine
from sanctions_engine.cli import main

# The DPRK rule files that exercise every mechanism: plain rules, caps, links, screening.
FUZZ_FILES = ("arms.yaml", "caps.yaml", "chains.yaml", "coal_iron.yaml", "luxury.yaml",
              "targeted.yaml")
BATCHES = 150
CLI_BATCHES = 20


@pytest.fixture(scope="module")
def fuzz_rules(tmp_path_factory: pytest.TempPathFactory, shipped_rules: Path) -> Path:
    target = tmp_path_factory.mktemp("fuzz") / "rules"
    (target / "dprk").mkdir(parents=True)
    for name in ("resolutions.yaml", "taxonomy.yaml"):
        shutil.copy(shipped_rules / name, target / name)
    for name in FUZZ_FILES:
        shutil.copy(shipped_rules / "dprk" / name, target / "dprk" / name)
    return target


@pytest.fixture(scope="module")
def fuzz_engine(fuzz_rules: Path) -> Engine:
    return Engine.load(fuzz_rules)


@pytest.mark.parametrize("seed", [1, 2])
def test_fuzzed_batches_never_crash_and_count_every_event(fuzz_engine: Engine, tmp_path: Path,
                                                          seed: int) -> None:
    mutator = Mutator(seed)
    failures = []
    events = 0
    for n in range(BATCHES // 2):
        suffix, body = mutator.batch()
        path = tmp_path / f"b{n}{suffix}"
        path.write_bytes(body)
        outcome = check_batch(fuzz_engine, path, body)
        events += outcome.events
        if outcome.failure is not None:
            failures.append(f"seed {seed} batch {n} ({suffix}): {outcome.failure}")
    assert not failures, "\n".join(failures[:5])
    assert events > 0


def test_fuzzed_batches_through_the_command_line(fuzz_rules: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    mutator = Mutator(3)
    bad = []
    for n in range(CLI_BATCHES):
        suffix, body = mutator.batch()
        path = tmp_path / f"c{n}{suffix}"
        path.write_bytes(body)
        fmt = ("json", "text", "markdown", "html")[n % 4]
        status = main(["check", str(path), "--rules", str(fuzz_rules), "--format", fmt,
                       "--output", str(tmp_path / f"out{n}.{fmt}")])
        err = capsys.readouterr().err
        if status not in (0, 1, 2) or "Traceback" in err:
            bad.append(f"batch {n} ({suffix}): exit {status}: {err[-500:]}")
    assert not bad, "\n".join(bad[:5])


def test_the_mutator_is_seeded() -> None:
    assert [Mutator(7).batch() for _ in range(3)] == [Mutator(7).batch() for _ in range(3)]
