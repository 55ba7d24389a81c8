"""Audit replay (``verify``): the same events, rules and lists give the same bytes; a change
of rules shows as findings added, removed or changed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sanctions_engine import Engine
from sanctions_engine.cli import main
from sanctions_engine.rulebook.loader import load_rulebook
from sanctions_engine.verify import compare

pytestmark = pytest.mark.usefixtures("core_by_default")


def _jsonl(path: Path, events: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(e) + "\n" for e in events), encoding="utf-8")
    return path


def test_a_replay_of_the_same_batch_is_identical(engine: Engine,
                                                 sample_events: list[dict[str, Any]]) -> None:
    recorded = json.loads(engine.check(sample_events).to_json())
    replay = compare(recorded, engine.check(sample_events))
    assert replay.identical and replay.same_rulebook and replay.same_engine
    assert "identical" in replay.render()


def test_a_changed_rulebook_shows_its_impact(engine: Engine, core_rules: Path, tmp_path: Path,
                                             sample_events: list[dict[str, Any]]) -> None:
    recorded = json.loads(engine.check(sample_events).to_json())
    assert any(f["rule_id"] == "dprk.luxury.supply" for f in recorded["findings"])
    changed = tmp_path / "rules"
    import shutil

    shutil.copytree(core_rules, changed)
    (changed / "dprk" / "luxury.yaml").unlink()
    replay = compare(recorded, Engine(load_rulebook(changed)).check(sample_events))
    assert not replay.identical and not replay.same_rulebook
    assert replay.removed and not replay.added
    assert {f["rule_id"] for f in replay.removed} == {"dprk.luxury.supply"}
    text = replay.render()
    assert "rulebook DIFFERENT" in text and "- " in text and "dprk.luxury.supply" in text


def test_a_changed_citation_status_is_a_change(engine: Engine,
                                               sample_events: list[dict[str, Any]]) -> None:
    recorded = json.loads(engine.check(sample_events).to_json())
    first = recorded["findings"][0]
    first["citations"][0]["status"] = "verified" if first["citations"][0]["status"] != \
        "verified" else "unconfirmed"
    replay = compare(recorded, engine.check(sample_events))
    ((key, old, new),) = replay.changed
    assert key == (first["event_ids"][0], first["rule_id"]) and old["citations"] != \
        new["citations"]
    assert f"~ {first['event_ids'][0]} {first['rule_id']}: citations" in replay.render()


def test_cli_verify(tmp_path: Path, sample_events: list[dict[str, Any]],
                    capsys: pytest.CaptureFixture[str]) -> None:
    events = _jsonl(tmp_path / "e.jsonl", sample_events)
    report = tmp_path / "r.json"
    assert main(["check", str(events), "--format", "json", "--output", str(report)]) in (1, 2)
    assert main(["verify", str(report), str(events)]) == 0
    assert "identical" in capsys.readouterr().out
    doc = json.loads(report.read_text(encoding="utf-8"))
    doc["findings"] = doc["findings"][1:]
    report.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["verify", str(report), str(events)]) == 1
    assert "1 findings added" in capsys.readouterr().out
    report.write_text("not json", encoding="utf-8")
    assert main(["verify", str(report), str(events)]) == 2
    assert "cannot read the report" in capsys.readouterr().err


def test_cli_verify_reads_a_state_file_and_never_writes_it(
        tmp_path: Path, sample_events: list[dict[str, Any]],
        capsys: pytest.CaptureFixture[str]) -> None:
    events = _jsonl(tmp_path / "e.jsonl", sample_events)
    state, report = tmp_path / "state.json", tmp_path / "r.json"
    main(["check", str(events), "--state", str(state), "--format", "json",
          "--output", str(report)])
    written = state.read_bytes()
    capsys.readouterr()
    # The core rules have no caps: the state changes nothing, the replay is identical.
    assert main(["verify", str(report), str(events), "--state", str(state)]) == 0
    assert state.read_bytes() == written
    state.write_text("{}", encoding="utf-8")
    assert main(["verify", str(report), str(events), "--state", str(state)]) == 2
    assert "cannot use this state file" in capsys.readouterr().err
