"""One SparkSession (local[2]) for the whole test session, and the local engine to compare with.

These tests never skip: pyspark comes with the ``test`` extra and ``.ci/run`` installs Java 17
where it is missing. Without either, each Spark test fails and says what to install (run the
rest of the suite with ``--ignore=tests/spark``, or ``-m 'not spark'``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sanctions_engine import Engine

REPO = Path(__file__).resolve().parents[2]
FIXTURES = sorted((REPO / "fixtures" / "events").glob("*.jsonl"))


def java_major() -> int | None:
    """The major version of the ``java`` Spark would start (JAVA_HOME's, else PATH's)."""
    home = os.environ.get("JAVA_HOME")
    java = os.path.join(home, "bin", "java") if home else shutil.which("java")
    if not java or not os.path.exists(java):
        return None
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True,
                             timeout=120, check=False).stderr
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    if not m:
        return None
    major = int(m.group(1))
    return int(m.group(2) or 0) if major == 1 else major


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """A local[2] session shared by every Spark test: no UI, 4 shuffle partitions."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        pytest.fail("the Spark tests need pyspark: pip install -e '.[test]' installs it")
    major = java_major()
    if major is None or major < 17:
        found = "no java found" if major is None else f"java {major} found"
        pytest.fail(f"the Spark tests need Java 17 or later ({found}): "
                    "apt-get install openjdk-17-jre-headless (.ci/run does), or set JAVA_HOME")
    # The executors' Python workers run this interpreter (this venv, this checkout).
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (SparkSession.builder.master("local[2]").appName("sanctions-engine-tests")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.shuffle.partitions", "4")
               .config("spark.default.parallelism", "2")
               .config("spark.driver.memory", "1g")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="session")
def local() -> Engine:
    """The local engine on the shipped rules."""
    return Engine.load()


def spark_json(spark: Any, paths: list[str], split_bytes: int | None = None,
               **options: Any) -> str:
    """The Spark report's JSON text, the input read in splits of ``split_bytes``."""
    from sanctions_engine.spark import check

    if split_bytes is not None:
        spark.conf.set("spark.sql.files.maxPartitionBytes", str(split_bytes))
        spark.conf.set("spark.sql.files.openCostInBytes", "0")
    try:
        return str(check(spark, paths, **options).to_json())
    finally:
        spark.conf.unset("spark.sql.files.maxPartitionBytes")
        spark.conf.unset("spark.sql.files.openCostInBytes")
