"""sanctions-engine on Apache Spark: the same rules, the same lists, the same findings.

    from pyspark.sql import SparkSession
    from sanctions_engine.spark import check

    spark = SparkSession.builder.master("local[2]").getOrCreate()
    result = check(spark, ["events/2026-11-30.jsonl"])
    result.findings.write.parquet("findings.parquet")   # or result.to_json(): the report

Needs the ``spark`` extra (PySpark 4, Java 17). The core package never imports this module.
Schemas of the frames and how it runs on a cluster: docs/scale.md.
"""

from ._run import SparkResult, check

__all__ = ["SparkResult", "check"]
