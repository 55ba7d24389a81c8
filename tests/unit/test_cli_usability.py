"""Issue 11, the command line a person expects: --output checked first, did you mean, --help
with examples and exit codes, no abbreviations, Ctrl-C, the closing line, --format csv."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sanctions_engine.cli import main

pytestmark = pytest.mark.usefixtures("core_by_default")

ARMS = {"id": "e1", "type": "transfer", "date": "2023-09-15", "origin": "KP",
        "destination": "RU", "items": [{"category": "ballistic_missile"}]}


def _batch(tmp_path: Path) -> Path:
    path = tmp_path / "e.jsonl"
    path.write_text(json.dumps(ARMS) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("where", ["missing/dir/r.json", "."])
def test_output_that_cannot_be_written_is_exit_2_before_checking(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        where: str) -> None:
    import sanctions_engine.cli as cli

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the batch was checked")

    monkeypatch.setattr(cli, "_screening_engine", never)
    target = tmp_path / where if where != "." else tmp_path
    assert main(["check", str(_batch(tmp_path)), "--output", str(target)]) == 2
    err = capsys.readouterr().err
    assert "--output" in err and "Traceback" not in err


def test_did_you_mean_for_subcommands_options_and_rules(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as excinfo:
        main(["chek", "x.jsonl"])
    assert excinfo.value.code == 2
    assert "did you mean 'check'?" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["check", "x.jsonl", "--fromat", "json"])
    assert "did you mean '--format'?" in capsys.readouterr().err
    assert main(["rules", "show", "dprk.arms.exprot"]) == 2
    assert "did you mean 'dprk.arms.export'?" in capsys.readouterr().err


def test_no_silent_abbreviations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as excinfo:
        main(["check", str(_batch(tmp_path)), "--form", "json"])
    assert excinfo.value.code == 2
    assert "unrecognized arguments: --form" in capsys.readouterr().err


def test_help_shows_examples_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    assert "examples:" in out and "exit status:" in out and "130" in out
    assert "--decisions" in out and "--input-format" in out


def test_ctrl_c_is_one_line_and_130(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import sanctions_engine.cli as cli

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_screening_engine", interrupted)
    assert main(["check", str(_batch(tmp_path))]) == 130
    err = capsys.readouterr().err
    assert err.strip() == "sanctions-engine: interrupted" and "Traceback" not in err


def test_closing_line_names_where_the_report_went(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.csv"
    assert main(["check", str(_batch(tmp_path)), "--format", "csv", "--output", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("sanctions-engine: 1 events: 1 checked, 0 rejected;")
    assert f"report: {out}" in err
    assert out.read_text(encoding="utf-8").startswith("id,event,date,rule,severity")
    assert main(["check", str(_batch(tmp_path)), "--quiet", "--output", str(out)]) == 1
    assert capsys.readouterr().err == ""


def test_schema_decisions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "decisions"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["type"] == "array"
    item = schema["$defs"]["Decision"]
    assert set(item["required"]) == {"finding", "decision", "by", "on", "why"}


def test_rules_coverage_outside_a_checkout_says_where_it_looks(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    main(["rules", "coverage"])
    err = capsys.readouterr().err
    assert f"looked for Gherkin features in {tmp_path / 'features'}" in err
    assert "--features DIR" in err
