"""The Spark runner writes the same report, byte for byte, as the local engine.

On each shipped fixture, on one run of every fixture and two generated batches (caps crossed,
links, designated parties, duplicate ids across files, every kind of rejection) read in small
splits so that line numbers cross splits, through the command line (with ``--parquet``), on
two daily batches carried by a state file, and on a DataFrame and its Parquet copy.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
from batches import batch_lines, make_events
from conftest import FIXTURES, REPO, spark_json
from sanctions_engine import Engine
from sanctions_engine.cli import main
from sanctions_engine.findings.state import TotalsState

pytestmark = pytest.mark.spark


def _local_cli(paths: list[str], out: Path) -> bytes:
    """``sanctions-engine check PATHS --format json`` (exit 1: findings, 2: rejections)."""
    assert main(["check", *paths, "--format", "json", "--output", str(out)]) in (1, 2)
    return out.read_bytes()


def _throughput_batch(path: Path, n: int) -> None:
    """``n`` events of the benchmarks' generator, half of them about the DPRK."""
    spec = importlib.util.spec_from_file_location("throughput",
                                                  REPO / "benchmarks" / "throughput.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.generate(path, n, 3, 0.5, 0.05)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_each_fixture(spark: Any, fixture: Path, tmp_path: Path) -> None:
    expected = _local_cli([str(fixture)], tmp_path / "local.json")
    assert spark_json(spark, [str(fixture)]).encode() == expected


def test_fixtures_and_generated_batches_in_small_splits(spark: Any, tmp_path: Path) -> None:
    """Every fixture and two generated batches as one run of five files, in 16 KB splits."""
    generated = tmp_path / "generated.jsonl"
    generated.write_text(batch_lines(5, make_events(5, 160)), encoding="utf-8")
    mixed = tmp_path / "throughput.jsonl"
    _throughput_batch(mixed, 400)
    paths = [*map(str, FIXTURES), str(generated), str(mixed)]
    expected = _local_cli(paths, tmp_path / "local.json")
    report = json.loads(expected)
    # the batch has what the cross-event steps and the line numbering do
    found = report["findings"]
    rules = {f["rule_id"] for f in found}
    assert {"dprk.refined_petroleum.cap", "dprk.maritime.impound",
            "dprk.assetfreeze.designated"} <= rules
    assert any(f["explanation"].get("chain") for f in found)
    assert any(f["explanation"].get("contributions") for f in found)
    assert report["screening"] and report["totals"] and report["exempted"]
    assert {e["field"] for r in report["rejected"] for e in r["errors"]} >= {"id", "(line)"}
    assert max(r["line"] for r in report["rejected"]) > 100  # past the first split
    assert spark_json(spark, paths, split_bytes=16384).encode() == expected


def test_cli_writes_the_bytes_of_check_json(spark: Any, tmp_path: Path) -> None:
    """``spark check FILE --master local[2] --output DIR --parquet``: report.json has the
    bytes of ``check FILE --format json``; findings.parquet the same findings."""
    path = str(REPO / "fixtures" / "events" / "dprk_cases.jsonl")
    expected = _local_cli([path], tmp_path / "local.json")
    out = tmp_path / "out"
    assert main(["spark", "check", path, "--master", "local[2]", "--output", str(out),
                 "--parquet", "--quiet"]) == 1
    assert (out / "report.json").read_bytes() == expected
    rows = spark.read.parquet(str(out / "findings.parquet")).orderBy(
        "order_src", "order_split", "order_row", "order_rule", "order_phase", "order_sub",
        "order_seq").select("rule_id", "severity", "json").collect()
    recorded = json.loads(expected)["findings"]
    assert [json.loads(r["json"]) for r in rows] == recorded
    assert [(r["rule_id"], r["severity"]) for r in rows] == [
        (f["rule_id"], f["severity"]) for f in recorded]


def test_daily_batches_through_a_state_file(spark: Any, local: Engine, tmp_path: Path
                                            ) -> None:
    """Two batches carried by a state file: the second's cap totals and links reach into the
    first; the reports and the state files have the same bytes."""
    from sanctions_engine.spark import check

    events = sorted((e for e in make_events(11, 150) if isinstance(e.get("date"), str)
                     and e["date"][:4].isdigit()), key=lambda e: e["date"])
    days = [events[: len(events) // 2], events[len(events) // 2:]]
    files = []
    for i, day in enumerate(days):
        p = tmp_path / f"day{i}.jsonl"
        p.write_text(batch_lines(i, day), encoding="utf-8")
        files.append(str(p))
    fingerprint = local.rulebook.fingerprint
    texts: dict[str, list[str]] = {"local": [], "spark": []}
    for name in texts:
        state_path = tmp_path / f"{name}.state.json"
        for p in files:
            state = TotalsState.load(state_path, fingerprint)
            if name == "local":
                texts[name].append(local.check_files([p], state=state).to_json())
                state.save(state_path)
            else:
                result = check(spark, [p], state=state)
                texts[name].append(result.to_json())
                result.state().save(state_path)
    assert texts["spark"] == texts["local"]
    assert ((tmp_path / "spark.state.json").read_bytes()
            == (tmp_path / "local.state.json").read_bytes())
    second = json.loads(texts["local"][1])
    assert any("an earlier batch" in f["explanation"]["text"] for f in second["findings"]
               if f["rule_id"] == "dprk.maritime.impound")


def test_a_dataframe_and_its_parquet_copy(spark: Any, local: Engine, tmp_path: Path) -> None:
    """A DataFrame with the contract's columns (absent fields as nulls), in its partitions'
    order; the same rows written as Parquet and read back by path."""
    from sanctions_engine.spark import check

    events = [e for e in make_events(7, 60) if e["type"] in ("port_call", "transfer")
              and "items" not in e and "colour" not in e]
    schema = ("id string, type string, date string, "
              "location struct<country: string, port: string>, "
              "vessels array<struct<name: string, imo: string, flag: string, role: string>>")
    rows = [{"id": e["id"], "type": e["type"], "date": e["date"],
             "location": e.get("location"), "vessels": e.get("vessels")} for e in events]
    frame = spark.createDataFrame(rows, schema)  # two partitions: the default parallelism
    assert frame.rdd.getNumPartitions() == 2
    dicts = [{k: v for k, v in r.items() if v is not None} for r in rows]
    for d in dicts:
        d["vessels"] = [{k: x for k, x in v.items() if x is not None}
                        for v in d.get("vessels", [])]
    expected = local.check(dicts).to_json()
    report = json.loads(expected)
    assert report["findings"] and not report["rejected"]
    assert check(spark, frame).to_json() == expected
    parquet = tmp_path / "events.parquet"
    frame.write.parquet(str(parquet))
    assert check(spark, [str(parquet)]).to_json() == expected
