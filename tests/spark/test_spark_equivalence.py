"""The Spark runner writes the same report, byte for byte, as the local engine.

On the shipped fixtures, on a generated batch with caps, links, designated parties and every
kind of rejection (split into many small input splits, so that line numbers cross splits), on
two daily batches through a state file, and on small random batches with random splits.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from batches import batch_lines, make_events
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sanctions_engine import Engine
from sanctions_engine.cli import main
from sanctions_engine.findings.state import TotalsState

REPO = Path(__file__).resolve().parents[2]
FIXTURES = [str(REPO / "fixtures" / "events" / "dprk_cases.jsonl"),
            str(REPO / "fixtures" / "events" / "seed.jsonl")]


@pytest.fixture(scope="module")
def local() -> Engine:
    return Engine.load()


def _spark_json(spark: Any, paths: list[str], split_bytes: int | None = None,
                **options: Any) -> str:
    from sanctions_engine.spark import check

    if split_bytes is not None:
        spark.conf.set("spark.sql.files.maxPartitionBytes", str(split_bytes))
        spark.conf.set("spark.sql.files.openCostInBytes", "0")
    try:
        return str(check(spark, paths, **options).to_json())
    finally:
        spark.conf.unset("spark.sql.files.maxPartitionBytes")
        spark.conf.unset("spark.sql.files.openCostInBytes")


def test_fixtures_and_a_generated_batch(spark: Any, local: Engine, tmp_path: Path) -> None:
    """Both fixtures and a generated batch as one run of three files (ids repeat across
    files: duplicates), read in splits of 16 KB (line numbers cross splits)."""
    generated = tmp_path / "generated.jsonl"
    generated.write_text(batch_lines(5, make_events(5, 160)), encoding="utf-8")
    paths = [*FIXTURES, str(generated)]
    expected = local.check_files(paths).to_json()
    report = json.loads(expected)
    # the batch exercises what the cross-event steps do
    rules = {f["rule_id"] for f in report["findings"]}
    assert {"dprk.refined_petroleum.cap", "dprk.maritime.impound"} <= rules
    assert report["screening"] and report["totals"]
    assert {e["field"] for r in report["rejected"] for e in r["errors"]} >= {"id", "(line)"}
    assert _spark_json(spark, paths, split_bytes=16384) == expected


def test_cli_writes_the_bytes_of_check_json(spark: Any, tmp_path: Path) -> None:
    """``spark check FILE --master local[2] --output DIR`` and ``check FILE --format json``;
    ``--parquet`` writes the findings for the data lake."""
    (path,) = FIXTURES[:1]
    out = tmp_path / "out"
    assert main(["check", path, "--format", "json", "--output", str(tmp_path / "l.json")]) == 1
    assert main(["spark", "check", path, "--master", "local[2]", "--output", str(out),
                 "--parquet", "--quiet"]) == 1
    assert (out / "report.json").read_bytes() == (tmp_path / "l.json").read_bytes()
    rows = spark.read.parquet(str(out / "findings.parquet")).orderBy(
        "order_src", "order_split", "order_row", "order_rule", "order_phase", "order_sub",
        "order_seq").select("rule_id", "severity", "json").collect()
    recorded = json.loads((tmp_path / "l.json").read_text(encoding="utf-8"))["findings"]
    assert [json.loads(r["json"]) for r in rows] == recorded
    assert [r["severity"] for r in rows] == [f["severity"] for f in recorded]


def test_daily_batches_through_a_state_file(spark: Any, local: Engine, tmp_path: Path
                                            ) -> None:
    """Two batches carried by a state file: the second's cap totals and links reach into the
    first; the reports and the state files are the same."""
    events = sorted((e for e in make_events(11, 150) if isinstance(e.get("date"), str)
                     and e["date"][:4].isdigit()), key=lambda e: e["date"])
    days = [events[: len(events) // 2], events[len(events) // 2:]]
    files = []
    for i, day in enumerate(days):
        p = tmp_path / f"day{i}.jsonl"
        p.write_text(batch_lines(i, day), encoding="utf-8")
        files.append(str(p))
    from sanctions_engine.spark import check

    fingerprint = local.rulebook.fingerprint
    for name in ("local", "spark"):
        state_path = tmp_path / f"{name}.state.json"
        for p in files:
            state = TotalsState.load(state_path, fingerprint)
            if name == "local":
                text = local.check_files([p], state=state).to_json()
                state.save(state_path)
            else:
                result = check(spark, [p], state=state)
                text = result.to_json()
                result.state().save(state_path)
            (tmp_path / f"{name}-{Path(p).stem}.json").write_text(text, encoding="utf-8")
    for p in files:
        stem = Path(p).stem
        assert ((tmp_path / f"spark-{stem}.json").read_bytes()
                == (tmp_path / f"local-{stem}.json").read_bytes())
    assert ((tmp_path / "spark.state.json").read_bytes()
            == (tmp_path / "local.state.json").read_bytes())
    second = json.loads((tmp_path / "local-day1.json").read_text(encoding="utf-8"))
    assert any("an earlier batch" in f["explanation"]["text"] for f in second["findings"]
               if f["rule_id"] == "dprk.maritime.impound")


def test_a_dataframe_of_events(spark: Any, local: Engine) -> None:
    """A DataFrame with the contract's columns (absent fields as nulls), in its order."""
    from sanctions_engine.spark import check

    events = [e for e in make_events(7, 40) if e["type"] in ("port_call", "transfer")
              and "items" not in e]
    schema = ("id string, type string, date string, "
              "location struct<country: string, port: string>, "
              "vessels array<struct<name: string, imo: string, flag: string, role: string>>")
    rows = [{"id": e["id"], "type": e["type"], "date": e["date"],
             "location": e.get("location"), "vessels": e.get("vessels")} for e in events]
    frame = spark.createDataFrame(rows, schema).coalesce(1)
    dicts = [{k: v for k, v in r.items() if v is not None} for r in rows]
    for d in dicts:
        for v in d.get("vessels", []):
            for k in [k for k, x in v.items() if x is None]:
                del v[k]
    assert check(spark, frame).to_json() == local.check(dicts).to_json()


@settings(max_examples=4, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), n=st.integers(1, 40),
       split=st.sampled_from([1500, 4096, 1 << 20]))
def test_random_batches_random_splits(spark: Any, local: Engine, tmp_path: Path, seed: int,
                                      n: int, split: int) -> None:
    path = tmp_path / f"b{seed}-{n}-{split}.jsonl"
    path.write_text(batch_lines(seed, make_events(seed, n)), encoding="utf-8")
    assert _spark_json(spark, [str(path)], split_bytes=split) == \
        local.check_files([str(path)]).to_json()
