"""sanctions-engine on Apache Spark: the same rules, the same lists, the same findings.

    from pyspark.sql import SparkSession
    from sanctions_engine.spark import check

    spark = SparkSession.builder.master("local[2]").getOrCreate()
    result = check(spark, ["events/2026-11-30.jsonl"])
    result.findings.write.parquet("findings.parquet")   # or result.to_json(): the report

Needs the ``spark`` extra (PySpark 4, Java 17). The core package never imports this module.
Schemas of the frames and how it runs on a cluster: docs/scale.md.
"""

from __future__ import annotations

from typing import Any

__all__ = ["SparkResult", "check"]


def __getattr__(name: str) -> Any:
    # pyspark is imported only when the runner is used (the CLI builds its parser without it)
    if name in __all__:
        from . import _run

        return getattr(_run, name)
    raise AttributeError(name)
