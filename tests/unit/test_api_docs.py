"""docs/api.md: every public name is documented, and the worked example runs as printed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sanctions_engine

API = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def test_every_public_name_is_documented() -> None:
    text = API.read_text(encoding="utf-8")
    missing = [n for n in sanctions_engine.__all__ if f"`{n}" not in text]
    assert not missing


def test_worked_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    text = API.read_text(encoding="utf-8")
    (code,) = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
    exec(compile(code, str(API), "exec"), {"__name__": "api_example"})
    printed = capsys.readouterr().out.splitlines()
    promised = [line.split("  # ", 1)[1].strip() for line in code.splitlines()
                if line.startswith("    print(") or line.startswith("print(")
                if "  # " in line]
    assert printed == promised
