"""``sanctions-engine lists import`` and ``lists diff`` on the shipped sample of the UN list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sanctions_engine.cli import main

LISTS = Path(__file__).resolve().parents[2] / "fixtures" / "lists"
SAMPLE = LISTS / "un-consolidated-2026-02-27.xml"


def test_import_writes_a_versioned_snapshot(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                            ) -> None:
    target = tmp_path / "snapshot.json"
    assert main(["lists", "import", str(SAMPLE), "--output", str(target)]) == 0
    out = capsys.readouterr().out
    assert "1003 records" in out and "dprk 155" in out
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format_version"] == 1 and data["record_count"] == 1003
    assert data["sha256"] in out


def test_diff_shows_a_delisting_and_a_change(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    new = tmp_path / "new.json"
    main(["lists", "import", str(SAMPLE), "--output", str(new)])
    data = json.loads(new.read_text(encoding="utf-8"))
    gone = data["records"].pop()
    data["records"][0]["name"] += " X"
    data["record_count"] -= 1
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    assert main(["lists", "diff", str(new), str(old)]) == 0
    out = capsys.readouterr().out
    assert "0 added, 1 removed (delisted), 1 changed" in out
    assert f"- {gone['reference']}" in out
    assert f"~ {data['records'][0]['reference']}: name" in out
