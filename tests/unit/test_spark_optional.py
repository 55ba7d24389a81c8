"""The Spark runner is optional: the core, the command line's parser and the spark package's
own entry points import no pyspark until the runner is used."""

from __future__ import annotations

import subprocess
import sys


def test_the_core_never_imports_pyspark() -> None:
    code = ("import sys\n"
            "import sanctions_engine, sanctions_engine.cli, sanctions_engine.spark\n"
            "import sanctions_engine.spark.cli\n"
            "sanctions_engine.cli._parser().parse_args(['spark', 'check', 'x.jsonl', "
            "'--output', 'out'])\n"
            "sanctions_engine.Engine.load().check([{'id': 'e1', 'type': 'other', "
            "'date': '2024-01-04'}])\n"
            "assert not [m for m in sys.modules if m.split('.')[0] in ('pyspark', 'py4j', "
            "'pyarrow')], sorted(m for m in sys.modules if 'spark' in m or 'arrow' in m)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
