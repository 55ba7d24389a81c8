"""One SparkSession (local[2]) for the whole test session, with Java 17 made sure of first.

These tests never skip because Spark is missing on a machine that can have it: pyspark comes
with the ``test`` extra, and Java 17 is installed here (as root, with apt-get) where it is
missing or older, as ``.ci/run`` does. Only ``SANCTIONS_ENGINE_NO_SPARK=1`` skips them, and
says so.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest


def java_major() -> int | None:
    """The major version of the ``java`` on PATH (or JAVA_HOME), None if there is none."""
    home = os.environ.get("JAVA_HOME")
    java = os.path.join(home, "bin", "java") if home else shutil.which("java")
    if not java or not os.path.exists(java):
        return None
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True,
                             timeout=60).stderr
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    if not m:
        return None
    major = int(m.group(1))
    return int(m.group(2) or 0) if major == 1 else major


def _install_java() -> str:
    """apt-get install openjdk-17-jre-headless; what went wrong, or ''."""
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        return "no apt-get, or not root: install Java 17 (openjdk-17-jre-headless)"
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for cmd in (["apt-get", "update", "-q"],
                ["apt-get", "install", "-y", "-q", "openjdk-17-jre-headless"]):
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=1200)
        if done.returncode != 0:
            return f"{' '.join(cmd)} failed: {done.stderr[-500:]}"
    return ""


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """A local[2] session shared by every Spark test."""
    if os.environ.get("SANCTIONS_ENGINE_NO_SPARK") == "1":
        pytest.skip("SANCTIONS_ENGINE_NO_SPARK=1: the Spark tests were asked not to run")
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        pytest.fail("pyspark is missing: pip install -e '.[test]' installs it")
    if (java_major() or 0) < 17:
        problem = _install_java()
        if problem or (java_major() or 0) < 17:
            pytest.fail(f"Spark needs Java 17 or later: {problem or 'still not found'}")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (SparkSession.builder.master("local[2]").appName("sanctions-engine-tests")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "2")
               .config("spark.default.parallelism", "2")
               .config("spark.driver.memory", "1g")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
