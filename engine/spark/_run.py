"""``check``: a batch on Spark, as DataFrames; the JSON report and the state from them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
from pyspark import StorageLevel
from pyspark.sql import DataFrame, SparkSession, Window
from pyspark.sql import functions as F

from .. import __version__
from ..errors import StateError
from ..events.rejections import FieldError, Rejection
from ..findings.state import TotalsState
from ..pipeline import _tests_designations
from ..report.models import EngineInfo, ListOut, Report, RulebookInfo, Summary
from ..rulebook.loader import Rulebook
from ..screening.screener import ScreeningConfig
from ..screening.step import Designations
from . import _judge, _plan
from ._bundle import Bundle, make_bundle
from ._plan import KEY

__all__ = ["SparkResult", "check"]

_J = _judge


@dataclass
class SparkResult:
    """The DataFrames of one batch (schemas: docs/scale.md) and what the driver makes of them.

    Each frame has the ``order_*`` columns that sort it as the JSON report lists it.
    """

    findings: DataFrame
    rejected: DataFrame
    exempted: DataFrame
    totals: DataFrame
    screening: DataFrame
    rulebook: Rulebook
    bundle: Bundle
    state_in: TotalsState | None
    _judged: DataFrame
    _current: DataFrame  # this batch's contributions and first events, duplicates left out
    _kinds: dict[str, int]  # rows of the judged table by kind (events, rejected)
    _dups: DataFrame  # events whose id an earlier event has

    def summary(self) -> Summary:
        """The report's counts (Spark aggregations; nothing else is collected)."""
        c = self._kinds
        sev = {r["severity"]: r["n"] for r in
               self.findings.groupBy("severity").agg(F.count("*").alias("n")).collect()}
        return _summary(c.get(_J.EVENT, 0), c.get(_J.REJECTED, 0), self._dups.count(),
                        sev, self.exempted.count())

    def report(self) -> Report:
        """The whole report (collects the findings to the driver)."""
        return Report.model_validate(self.report_dict())

    def report_dict(self) -> dict[str, Any]:
        """The report as ``Report.to_dict()`` gives it: one Spark job for every section,
        sorted on the driver."""
        sections: dict[str, list[tuple[tuple[Any, ...], str]]] = {s: [] for s in _SECTIONS}
        for r in _sections(self).collect():
            sections[r["section"]].append((tuple(r["o"]), r["json"]))
        out = {s: [json.loads(j) for _, j in sorted(rows, key=lambda oj: oj[0])]
               for s, rows in sections.items()}
        c = self._kinds
        # every rejection is in the report: those of the judgement, then duplicate ids
        duplicates = len(out["rejected"]) - c.get(_J.REJECTED, 0)
        sev: dict[str, int] = {}
        for f in out["findings"]:
            sev[f["severity"]] = sev.get(f["severity"], 0) + 1
        book = self.rulebook
        head = Report(engine=EngineInfo(version=__version__),
                      rulebook=RulebookInfo(fingerprint=book.fingerprint, rules=len(book.rules),
                                            regimes=list(book.regimes)),
                      summary=_summary(c.get(_J.EVENT, 0), c.get(_J.REJECTED, 0),
                                       duplicates, sev, len(out["exempted"])),
                      findings=[], rejected=[],
                      lists=[ListOut(**i.to_dict()) for i in _lists_info(self)]).to_dict()
        return {k: out.get(k, v) for k, v in head.items()}

    def to_json(self) -> str:
        """The same bytes as ``Engine.check(...).to_json()`` on the same events."""
        return json.dumps(self.report_dict(), ensure_ascii=False, indent=2) + "\n"

    def state(self) -> TotalsState:
        """The state after this batch (collects this batch's contributions and first events)."""
        prior = self.state_in or TotalsState(self.rulebook.fingerprint)
        counted, firsts = [], []
        ordered = self._current.orderBy(*KEY, "seq")
        for r in ordered.toLocalIterator():
            if r["kind"] == _J.CONTRIBUTION:
                counted.append(_J.contribution_of(r, 0, 0))
            else:
                firsts.append(_J.first_of(r["payload"]))
        again = {(c.cap_id, c.event_id) for c in counted}
        again_links = {f.event_id for f in firsts}
        return TotalsState(
            self.rulebook.fingerprint,
            [c for c in prior.contributions if (c.cap_id, c.event_id) not in again] + counted,
            [f for f in prior.links if f.event_id not in again_links] + firsts)


_SECTIONS = ("findings", "rejected", "exempted", "totals", "screening")


def _summary(events: int, rejected: int, duplicates: int, severity: dict[str, int],
             exempted: int) -> Summary:
    return Summary(events=events + rejected, checked=events - duplicates,
                   rejected=rejected + duplicates, findings=sum(severity.values()),
                   by_severity={"violation": severity.get("violation", 0),
                                "review": severity.get("review", 0)},
                   exempted=exempted)


def _sections(result: SparkResult) -> DataFrame:
    """Every section of the report in one frame: (section, order key, JSON)."""

    def pad(n: int) -> Any:
        # integers sort as text once padded to a fixed width
        return lambda c: F.lpad(F.col(c).cast("string"), n, "0")

    i = pad(20)
    parts = [
        ("findings", result.findings, [i("order_src"), i("order_split"), i("order_row"),
                                       F.col("order_rule"), i("order_phase"),
                                       F.col("order_sub"), i("order_seq")]),
        ("exempted", result.exempted, [i("order_src"), i("order_split"), i("order_row"),
                                       F.col("order_rule"), i("order_phase"),
                                       F.col("order_sub"), i("order_seq")]),
        ("rejected", result.rejected, [i("order_src"), i("order_split"), i("order_row")]),
        ("totals", result.totals, [F.col("order_src"), F.col("order_split"), i("order_row")]),
        ("screening", result.screening, [i("order_src"), i("order_split"), i("order_row"),
                                         i("order_seq")]),
    ]
    frames = [frame.select(F.lit(name).alias("section"), F.array(*cols).alias("o"), "json")
              for name, frame, cols in parts]
    out = frames[0]
    for f in frames[1:]:
        out = out.unionByName(f)
    return out


def _lists_info(result: SparkResult) -> list[Any]:
    b = result.bundle
    if b.lists is None:
        return Designations.default().info() if _tests_designations(result.rulebook) else []
    # The list files' facts (dates, digests, counts), read on the driver from the same bytes.
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for name, data in b.lists:
            (Path(tmp) / name).write_bytes(data)
            paths.append(Path(tmp) / name)
        vessels = None
        if b.vessels is not None:
            vessels = Path(tmp) / b.vessels[0]
            vessels.write_bytes(b.vessels[1])
        return Designations.load(paths, vessels, ScreeningConfig(strong=b.strong,
                                                                 weak=b.weak)).info()


def _check_prior(book: Rulebook, state: TotalsState) -> None:
    caps = {cap.rule.id: cap for cap in book.caps}
    for c in state.contributions:
        cap = caps.get(c.cap_id)
        if cap is None:
            raise StateError(f"a contribution of {c.event_id} to {c.cap_id}, which this "
                             "rulebook does not have")
        if not any(p.window(date.fromisoformat(c.period_from)) for p in cap.periods):
            raise StateError(f"the state holds a contribution of {c.event_id} to "
                             f"{c.cap_id} ({c.period_from}) that this rulebook has no "
                             "period for")


def _prior_frames(spark: SparkSession, state: TotalsState | None
                  ) -> tuple[DataFrame, DataFrame]:
    contributions = [dict.fromkeys(_J.ROW_FIELDS) | {
        "kind": _J.CONTRIBUTION, "src": 0, "split": 0, "row": 0, "seq": 0, "cap_id": c.cap_id,
        "period_from": c.period_from, "period_until": c.period_until, "event_id": c.event_id,
        "date": c.date, "payload": _J.amounts_json(c)}
        for c in (state.contributions if state is not None else [])]
    firsts = [dict.fromkeys(_J.ROW_FIELDS) | {
        "kind": _J.FIRST, "src": 0, "split": 0, "row": 0, "seq": i, "link_id": f.link_id,
        "event_id": f.event_id, "date": f.date, "payload": _J._first_json(f),
        "keys": sorted({_J._key_json(k) for k, _ in f.vessels})}
        for i, f in enumerate(state.links if state is not None else [])]
    schema = _plan.JUDGED
    return (spark.createDataFrame(contributions, schema) if contributions else
            spark.createDataFrame([], schema),
            spark.createDataFrame(firsts, schema) if firsts else spark.createDataFrame([], schema))


def check(spark: SparkSession, events: Any, rules: str | Path | None = None,
          lists: Any = None, *, vessels: str | Path | None = None, strong: float | None = None,
          weak: float | None = None, state: TotalsState | None = None) -> SparkResult:
    """Check a batch on Spark: JSON Lines or Parquet paths, or a DataFrame of events.

    ``rules``: a rules folder (default: the shipped rules); ``lists``, ``vessels``,
    ``strong``, ``weak``: as ``check --list/--vessels/--strong/--weak``; ``state``: the totals
    and first events of earlier batches (``TotalsState.load``; ``SparkResult.state()`` gives
    the one to save). The frames are lazy; the judged events are computed once and kept.
    """
    bundle, book = make_bundle(rules, lists, vessels, strong, weak)
    if state is not None:
        if state.fingerprint != book.fingerprint:
            raise StateError("the state was written for another rulebook")
        _check_prior(book, state)
    shipped = spark.sparkContext.broadcast(bundle)
    inputs = _plan.read_inputs(spark, events)
    judged = _plan.judge_frame(inputs, shipped)
    # Judge now, once (the count of each kind is the summary's): the steps below read the
    # judged table from several stages, which would each judge the partitions not yet cached.
    kinds = {str(r["kind"]): int(r["n"]) for r in
             judged.groupBy("kind").agg(F.count("*").alias("n")).collect()}
    dups = _plan.duplicates(judged).persist()
    rest = _plan.compact(judged)
    per_event = rest.filter(F.col("kind").isin(
        _J.FINDING, _J.EXEMPTED, _J.SCREENING, _J.CONTRIBUTION, _J.FIRST, _J.THEN))
    outputs = (per_event.join(F.broadcast(dups.select(*KEY)), KEY, "left_anti")
               .persist(StorageLevel.MEMORY_AND_DISK))

    prior_c, prior_f = _prior_frames(spark, state)
    current_c = outputs.filter(F.col("kind") == _J.CONTRIBUTION)
    again_c = current_c.select("cap_id", "event_id").distinct()
    contributions = (current_c.withColumn("batch", F.lit(1))
                     .unionByName(prior_c.join(again_c, ["cap_id", "event_id"], "left_anti")
                                  .withColumn("batch", F.lit(0))))
    caps = _plan.sum_caps(contributions, shipped).persist()
    caps.count()

    current_f = outputs.filter(F.col("kind") == _J.FIRST)
    firsts = (current_f.withColumn("current", F.lit(True))
              .withColumn("uid", F.concat_ws(":", *KEY, "seq"))
              .unionByName(prior_f.join(current_f.select("event_id").distinct(), ["event_id"],
                                        "left_anti")
                           .withColumn("current", F.lit(False))
                           .withColumn("uid", F.concat(F.lit("state:"), F.col("seq")))))
    chains = _plan.tie_links(outputs.filter(F.col("kind") == _J.THEN), firsts, shipped)

    found = (_plan.order(outputs.filter(F.col("kind") == _J.FINDING), 0)
             .unionByName(_plan.order(caps.filter(F.col("kind") == _J.FINDING), 1,
                                      F.col("period_from")))
             .unionByName(_plan.order(chains, 2)))
    return SparkResult(
        findings=_findings(found),
        rejected=_rejections(rest, dups, inputs.files),
        exempted=_findings(_plan.order(outputs.filter(F.col("kind") == _J.EXEMPTED), 0)),
        totals=_totals(caps.filter(F.col("kind") == _plan.TOTAL)),
        screening=_screening(outputs.filter(F.col("kind") == _J.SCREENING)),
        rulebook=book, bundle=bundle, state_in=state, _judged=judged,
        _current=outputs.filter(F.col("kind").isin(_J.CONTRIBUTION, _J.FIRST)),
        _kinds=kinds, _dups=dups)


def _j(path: str) -> Any:
    return F.get_json_object(F.col("payload"), path)


def _findings(frame: DataFrame) -> DataFrame:
    return frame.select(
        F.col("src").alias("order_src"), F.col("split").alias("order_split"),
        F.col("row").alias("order_row"), F.col("rule_id").alias("order_rule"),
        F.col("phase").alias("order_phase"), F.col("sub").alias("order_sub"),
        F.col("seq").alias("order_seq"),
        "event_id", "rule_id", _j("$.severity").alias("severity"),
        _j("$.regime").alias("regime"), _j("$.title").alias("title"),
        _j("$.citations").alias("citations"), _j("$.explanation").alias("explanation"),
        _j("$.rule_source").alias("rule_source"), F.col("payload").alias("json"))


def _totals(frame: DataFrame) -> DataFrame:
    return frame.select(
        F.col("cap_id").alias("order_src"), F.col("period_from").alias("order_split"),
        F.col("seq").alias("order_row"), "cap_id", "period_from",
        _j("$.period.until").alias("period_until"), _j("$.unit").alias("unit"),
        _j("$.total").alias("total"), _j("$.limit").alias("limit"),
        _j("$.share").cast("double").alias("share"), _j("$.events").cast("long").alias("events"),
        F.col("payload").alias("json"))


def _screening(frame: DataFrame) -> DataFrame:
    return frame.select(
        F.col("src").alias("order_src"), F.col("split").alias("order_split"),
        F.col("row").alias("order_row"), F.col("seq").alias("order_seq"), "event_id",
        _j("$.path").alias("path"), _j("$.list").alias("list"),
        _j("$.reference").alias("reference"), _j("$.listed_name").alias("listed_name"),
        _j("$.regime").alias("regime"), _j("$.band").alias("band"),
        _j("$.score").cast("double").alias("score"), _j("$.status").alias("status"),
        _j("$.listed_on").alias("listed_on"), _j("$.removed_by").alias("removed_by"),
        _j("$.text").alias("text"), F.col("payload").alias("json"))


REJECTED = ("order_src int, order_split bigint, order_row bigint, file string, line bigint, "
            "id string, errors string, json string")


def _rejections(judged: DataFrame, dups: DataFrame, files: list[str | None]) -> DataFrame:
    """Rejections with their file and line: lines numbered from the count of lines of the
    splits before (a window over one row per split)."""
    splits = (judged.filter(F.col("kind") == _plan.LINES)
              .select("src", "split", F.col("row").alias("n")))
    before = Window.partitionBy("src").orderBy("split").rowsBetween(
        Window.unboundedPreceding, -1)
    offsets = splits.select("src", "split",
                            F.coalesce(F.sum("n").over(before), F.lit(0)).alias("offset"))
    mine = (judged.filter(F.col("kind") == _J.REJECTED)
            .select(*KEY, "payload", F.lit(None).cast("string").alias("dup"),
                    F.lit(None).cast("int").alias("f_src"),
                    F.lit(None).cast("bigint").alias("f_split"),
                    F.lit(None).cast("bigint").alias("f_row"))
            .unionByName(dups.select(*KEY, F.lit(None).cast("string").alias("payload"),
                                     F.col("event_id").alias("dup"),
                                     F.col("first.src").alias("f_src"),
                                     F.col("first.split").alias("f_split"),
                                     F.col("first.row").alias("f_row"))))
    o1 = offsets.select("src", "split", F.col("offset"))
    o2 = offsets.select(F.col("src").alias("f_src"), F.col("split").alias("f_split"),
                        F.col("offset").alias("f_offset"))
    numbered = (mine.join(F.broadcast(o1), ["src", "split"], "left")
                .join(F.broadcast(o2), ["f_src", "f_split"], "left"))

    def build(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        out = []
        for batch in batches:
            for r in batch.to_pylist():
                line = (r["offset"] or 0) + r["row"] + 1
                file = files[r["src"]]
                if r["dup"] is None:
                    data = json.loads(r["payload"])
                    data["line"], data["file"] = line, file
                else:
                    first = (r["f_offset"] or 0) + r["f_row"] + 1
                    shown = files[r["f_src"]]
                    where = f"{shown}:{first}" if shown else f"position {first}"
                    data = Rejection(line=line, id=r["dup"], file=file, errors=[FieldError(
                        field="id", message=f"duplicate event id {r['dup']!r} (first at "
                                            f"{where})")]).model_dump(mode="json")
                out.append({"order_src": r["src"], "order_split": r["split"],
                            "order_row": r["row"], "file": file, "line": line,
                            "id": data["id"], "errors": json.dumps(data["errors"],
                                                                   ensure_ascii=False),
                            "json": json.dumps(data, ensure_ascii=False)})
        yield pa.RecordBatch.from_pylist(out, schema=_REJECTED_ARROW)

    return numbered.mapInArrow(build, REJECTED)


_REJECTED_ARROW = pa.schema([
    ("order_src", pa.int32()), ("order_split", pa.int64()), ("order_row", pa.int64()),
    ("file", pa.string()), ("line", pa.int64()), ("id", pa.string()),
    ("errors", pa.string()), ("json", pa.string())])


def with_state_saved(result: SparkResult, path: str | Path) -> None:
    """Write the state after the batch (atomically, as ``check --state`` does)."""
    result.state().save(path)

