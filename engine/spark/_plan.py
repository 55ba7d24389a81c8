"""The Spark operations: read, judge in the executors, then the cross-event steps.

    input rows ─► mapInArrow(judge) ─► judged (persisted)
                                          ├─ duplicate ids: window over event_id   (shuffle 1)
                                          ├─ caps: groupBy(cap, period).applyInArrow (shuffle 2)
                                          └─ links: join on (link, vessel key),
                                             groupBy(then event).applyInArrow      (shuffle 3)

Nothing of the events is collected to the driver: it gets the count of lines of each input
split (to number lines), and, for the report, what the report holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any
from urllib.parse import unquote, urlparse

import pyarrow as pa
from pyspark import StorageLevel
from pyspark.broadcast import Broadcast
from pyspark.sql import Column, DataFrame, SparkSession, Window
from pyspark.sql import functions as F

from ..errors import EventInputError
from ..events.readers import Record
from ..findings.state import LinkFirst
from . import _judge
from ._bundle import Bundle, engine_for

__all__ = ["Inputs", "compact", "judge_frame", "read_inputs"]

JUDGED = ("kind string, src int, split bigint, row bigint, seq int, rule_id string, "
          "event_id string, payload string, cap_id string, period_from string, "
          "period_until string, date string, link_id string, keys array<string>, raw binary")
ARROW = pa.schema([
    ("kind", pa.string()), ("src", pa.int32()), ("split", pa.int64()), ("row", pa.int64()),
    ("seq", pa.int32()), ("rule_id", pa.string()), ("event_id", pa.string()),
    ("payload", pa.string()), ("cap_id", pa.string()), ("period_from", pa.string()),
    ("period_until", pa.string()), ("date", pa.string()), ("link_id", pa.string()),
    ("keys", pa.list_(pa.string())), ("raw", pa.binary())])
LINES = "lines"  # a row per input split: how many lines it has (row = the count)
TOTAL = "total"
BATCH_ROWS = 2_000


def _batches(rows: Iterator[dict[str, Any]]) -> Iterator[pa.RecordBatch]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= BATCH_ROWS:
            yield pa.RecordBatch.from_pylist(chunk, schema=ARROW)
            chunk = []
    if chunk:
        yield pa.RecordBatch.from_pylist(chunk, schema=ARROW)


def _norm(uri: str) -> str:
    """A file's URI as Spark spells it in one place or another (file:/x, file:///x)."""
    p = urlparse(uri)
    if p.scheme in ("", "file"):
        return unquote(p.path)
    return f"{p.scheme}://{p.netloc}{unquote(p.path)}"


class Inputs:
    """The rows to judge and what is needed to number them: the files (index = ``src``)."""

    def __init__(self, frame: DataFrame, mode: str, files: list[str | None],
                 uris: dict[str, int]) -> None:
        self.frame, self.mode, self.files, self.uris = frame, mode, files, uris


def read_inputs(spark: SparkSession, events: Any) -> Inputs:
    """JSON Lines or Parquet paths, or a DataFrame with the contract's columns."""
    if isinstance(events, DataFrame):
        frame = events.withColumn("__split", F.spark_partition_id())
        return Inputs(frame, "frame", [None], {})
    paths = [str(events)] if isinstance(events, str) else [str(p) for p in events]
    if not paths:
        raise EventInputError("no event files")
    parquet = [p.lower().endswith(".parquet") for p in paths]
    if any(parquet) and not all(parquet):
        raise EventInputError("give either JSON Lines or Parquet files, not both")
    reader = spark.read if all(parquet) else spark.read.option("lineSep", "\n")
    files: list[str | None] = []
    uris: dict[str, int] = {}
    for path in paths:
        low = path.lower()
        if low.endswith((".json", ".yaml", ".yml")):
            raise EventInputError("the Spark runner reads JSON Lines (one event a line) and "
                                  "Parquet; convert JSON arrays and YAML lists first", file=path)
        try:
            found = sorted((reader.parquet(path) if all(parquet) else reader.text(path))
                           .inputFiles())
        except Exception as exc:
            if "PATH_NOT_FOUND" in str(exc) or "does not exist" in str(exc):
                raise EventInputError("cannot read: No such file or directory",
                                      file=path) from None
            raise
        for uri in found:
            if _norm(uri) in uris:
                continue
            uris[_norm(uri)] = len(files)
            files.append(path if len(found) == 1 else uri)
    every = [uri for uri in uris]
    if all(parquet):
        frame = spark.read.parquet(*every).select(
            "*", F.col("_metadata.file_path").alias("__path"),
            F.col("_metadata.row_index").alias("__row"))
        return Inputs(frame, "parquet", files, uris)
    frame = reader.text(every).select(
        F.col("_metadata.file_path").alias("path"),
        F.col("_metadata.file_block_start").alias("block"),
        F.col("value").cast("binary").alias("line"))
    return Inputs(frame, "text", files, uris)


def _records(mode: str, uris: dict[str, int], batches: Iterator[pa.RecordBatch],
             lines: dict[tuple[int, int], int]) -> Iterator[tuple[_judge.Key, Record]]:
    """The records of one partition, with their order keys; counts the lines per split."""
    for batch in batches:
        if mode == "text":
            paths = batch.column("path").to_pylist()
            blocks = batch.column("block").to_pylist()
            for path, block, raw in zip(paths, blocks, batch.column("line").to_pylist(),
                                        strict=True):
                src = uris[_norm(path)]
                row = lines.get((src, block), 0)
                lines[(src, block)] = row + 1
                rec = _judge.record_of_line(raw, block == 0 and row == 0)
                if rec is not None:
                    yield (src, block, row), rec
        else:
            for data in batch.to_pylist():
                if mode == "parquet":
                    src, split, row = uris[_norm(data.pop("__path"))], 0, data.pop("__row")
                else:
                    src, split = 0, data.pop("__split")
                    row = lines.get((src, split), 0)
                    lines[(src, split)] = row + 1
                yield (src, split, row), Record(None, row + 1, _judge.decimal_free(data))


def judge_frame(inputs: Inputs, shipped: Broadcast[Bundle]) -> DataFrame:
    """The judged table (``JUDGED``), computed once and kept."""
    mode, uris = inputs.mode, inputs.uris

    def judge(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        engine = engine_for(shipped.value)
        lines: dict[tuple[int, int], int] = {}
        yield from _batches(_judge.judge(engine, _records(mode, uris, batches, lines)))
        counts = [dict.fromkeys(_judge.ROW_FIELDS) | {"kind": LINES, "src": s, "split": b,
                                                       "row": n, "seq": 0}
                  for (s, b), n in sorted(lines.items())]
        yield from _batches(iter(counts))

    return inputs.frame.mapInArrow(judge, JUDGED).persist(StorageLevel.MEMORY_AND_DISK)


def compact(judged: DataFrame) -> DataFrame:
    """Every row of the judged table but the one per event (findings, rejections, cap
    contributions, link halves, line counts: a small part of it), kept in fewer partitions so
    that the steps after the judgement run few tasks."""
    parts = judged.rdd.getNumPartitions()
    return (judged.filter(F.col("kind") != _judge.EVENT).coalesce(max(1, parts // 8))
            .persist(StorageLevel.MEMORY_AND_DISK))


# --- cross-event -----------------------------------------------------------------------------

KEY = ["src", "split", "row"]


def duplicates(judged: DataFrame) -> DataFrame:
    """Events whose id an earlier valid event has: their key, id and the first's key."""
    events = judged.filter(F.col("kind") == _judge.EVENT).select(*KEY, "event_id")
    first = F.min(F.struct(*KEY)).over(Window.partitionBy("event_id"))
    return (events.withColumn("first", first)
            .filter(F.struct(*KEY) != F.col("first")))


def _apply(frame: DataFrame, keys: Sequence[str], fn: Callable[[pa.Table], pa.Table]
           ) -> DataFrame:
    return frame.groupBy(*keys).applyInArrow(fn, JUDGED)


def _table(rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=ARROW)


def sum_caps(contributions: DataFrame, shipped: Broadcast[Bundle]) -> DataFrame:
    """Per cap and period: crossing findings (kind finding) and totals (kind total)."""

    def per_period(table: pa.Table) -> pa.Table:
        engine = engine_for(shipped.value)
        found, totals = _judge.sum_caps(engine, table.to_pylist())
        rows = found + [dict.fromkeys(_judge.ROW_FIELDS) | {
            "kind": TOTAL, "src": 0, "split": 0, "row": 0, "seq": t["seq"],
            "cap_id": t["cap_id"], "period_from": t["period_from"], "payload": t["payload"]}
            for t in totals]
        return _table(rows)

    return _apply(contributions, ["cap_id", "period_from", "period_until"], per_period)


def tie_links(thens: DataFrame, firsts: DataFrame, shipped: Broadcast[Bundle]) -> DataFrame:
    """Later events joined to earlier first events on (link, vessel key); one finding per
    later event and link variant that has any."""
    t = thens.select(*KEY, "seq", "rule_id", "event_id", "date", "raw", "link_id",
                     F.explode("keys").alias("key"))
    f = firsts.select("link_id", F.explode("keys").alias("key"),
                      F.col("payload").alias("first"), F.col("event_id").alias("first_id"),
                      F.col("date").alias("first_date"), "current", "uid")
    pairs = (t.join(f, ["link_id", "key"])
             .filter((F.col("first_id") != F.col("event_id"))
                     & (F.col("first_date") <= F.col("date")))
             .drop("key", "first_id", "first_date"))

    def per_then(table: pa.Table) -> pa.Table:
        engine = engine_for(shipped.value)
        rows = table.to_pylist()
        seen: dict[str, tuple[LinkFirst, bool]] = {}
        for r in rows:
            seen.setdefault(r["uid"], (_judge.first_of(r["first"]), bool(r["current"])))
        out = _judge.tie_links(engine, rows[0], list(seen.values()))
        return _table([out] if out is not None else [])

    return _apply(pairs, [*KEY, "seq"], per_then)


def order(frame: DataFrame, phase: int, sub: Column | None = None) -> DataFrame:
    """The columns that sort findings as the local report does."""
    return frame.select(*KEY, "rule_id", F.lit(phase).alias("phase"),
                        (sub if sub is not None else F.lit("")).alias("sub"), "seq",
                        "event_id", "payload")
