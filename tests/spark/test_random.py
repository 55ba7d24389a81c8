"""Small random batches in random splits: the Spark report has the local report's bytes.

Each example is a run of two or three random batches (one file each: ids repeat across them),
read in splits of a random size, so one Spark job checks several batches.
"""

from __future__ import annotations

from typing import Any

import pytest
from batches import batch_lines, make_events
from conftest import spark_json
from hypothesis import given, settings
from hypothesis import strategies as st
from sanctions_engine import Engine

pytestmark = pytest.mark.spark


@settings(max_examples=4, deadline=None, derandomize=True, database=None)
@given(seeds=st.lists(st.integers(0, 10_000), min_size=2, max_size=3),
       sizes=st.lists(st.integers(0, 40), min_size=3, max_size=3),
       split=st.sampled_from([600, 1500, 4096, 1 << 20]))
def test_random_batches_in_random_splits(spark: Any, local: Engine,
                                         tmp_path_factory: pytest.TempPathFactory,
                                         seeds: list[int], sizes: list[int], split: int) -> None:
    folder = tmp_path_factory.mktemp("random")
    paths = []
    for i, (seed, n) in enumerate(zip(seeds, sizes, strict=False)):
        path = folder / f"b{i}.jsonl"
        path.write_text(batch_lines(seed, make_events(seed, n)) if n else "", encoding="utf-8")
        paths.append(str(path))
    assert spark_json(spark, paths, split_bytes=split) == local.check_files(paths).to_json()
