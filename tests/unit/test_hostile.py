"""Hostile input, faults and races (issue 12): nothing crashes a batch, nothing is lost.

Each class of attack found against the engine has a test here, through the command line and
the public API: a bad input becomes a rejection naming its line and field, or a refusal naming
file, line and key, while the rest of the batch is checked and the exit status stays 0/1/2; an
internal error is never mistaken for findings (exit 3).
"""

from __future__ import annotations

import fcntl
import gc
import json
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sanctions_engine import Engine, EventInputError, Report, RuleError
from sanctions_engine.cli import main

Writer = Callable[[Path, str | bytes], Path]
RulesFolder = Callable[[Path, str], Path]

GOOD = {"type": "transfer", "date": "2023-09-15", "origin": "KP", "destination": "RU",
        "items": [{"category": "ballistic_missile"}]}


def _line(event_id: str, **extra: Any) -> str:
    return json.dumps({"id": event_id, **GOOD, **extra})


def _all_formats_are_text(report: Report) -> None:
    """Every format renders, and encodes to UTF-8 (no lone surrogate reaches a report)."""
    for fmt in ("json", "text", "markdown", "html"):
        report.render(fmt).encode("utf-8")


def _counts(report: Report) -> tuple[int, int, int]:
    s = report.summary
    assert s.events == s.checked + s.rejected
    return s.events, s.checked, s.rejected


def _messages(report: Report) -> dict[int | None, list[tuple[str, str]]]:
    return {r.line: [(e.field, e.message) for e in r.errors] for r in report.rejected}


# --- item 2: no single input crashes the batch -------------------------------------------


def test_deep_nesting_in_a_jsonl_line_is_a_rejection(engine: Engine, tmp_path: Path,
                                                     write_text: Writer) -> None:
    path = write_text(tmp_path / "deep.jsonl",
                      "\n".join([_line("ok1"), "[" * 1000 + "]" * 1000,
                                 '{"id": "d", "source": ' + '{"a": ' * 500 + "1" + "}" * 500
                                 + "}", _line("ok2")]) + "\n")
    report = engine.check_files([str(path)])
    assert _counts(report) == (4, 2, 2)
    messages = _messages(report)
    assert "nested too deep" in messages[2][0][1]
    assert "nested too deep" in messages[3][0][1]
    assert sorted(f.event_ids[0] for f in report.findings) == ["ok1", "ok2"]


def test_deep_nesting_in_a_json_array_element_is_a_rejection(engine: Engine, tmp_path: Path,
                                                             write_text: Writer) -> None:
    path = write_text(tmp_path / "deep.json", "[\n" + _line("ok1") + ",\n"
                      + "[" * 5000 + "]" * 5000 + ",\n" + _line("ok2") + "\n]\n")
    report = engine.check_files([str(path)])
    assert _counts(report) == (3, 2, 1)
    assert "nested too deep" in _messages(report)[3][0][1]


def test_deep_nesting_in_yaml_is_refused_with_its_line(engine: Engine, tmp_path: Path,
                                                       write_text: Writer) -> None:
    path = write_text(tmp_path / "deep.yaml",
                      "- {id: a, type: other, date: '2023-01-01'}\n- " + "[" * 200 + "]" * 200
                      + "\n")
    with pytest.raises(EventInputError, match="nested too deep") as info:
        engine.check_files([str(path)])
    assert info.value.line == 2


def test_a_lone_surrogate_never_reaches_a_report(engine: Engine, tmp_path: Path,
                                                 write_text: Writer,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = write_text(tmp_path / "r02.jsonl", "\n".join([
        _line("ok1"),
        '{"id":"\\udc00","type":"bogus","date":"2023-01-01"}',
        '{"id":"s","type":"transfer","date":"2023-09-15","origin":"KP",'
        '"parties":[{"role":"buyer","name":"Kim \\ud800"}],"items":[{"category":"arms"}]}',
        _line("ok2")]) + "\n")
    report = engine.check_files([str(path)])
    assert _counts(report) == (4, 2, 2)
    _all_formats_are_text(report)
    assert any(field == "parties[0].name" for field, _ in _messages(report)[3])
    for fmt in ("json", "text", "markdown", "html"):
        out = tmp_path / f"report.{fmt}"
        assert main(["check", str(path), "--format", fmt, "--output", str(out)]) == 2
        out.read_text(encoding="utf-8")
    capsys.readouterr()


def test_a_lone_surrogate_through_the_library(engine: Engine) -> None:
    report = engine.check([{"id": "\udc00", "type": "bogus", "date": "2023-01-01"},
                           {"id": "ok", **GOOD}])
    assert _counts(report) == (2, 1, 1)
    _all_formats_are_text(report)


def test_a_date_in_year_9999_toward_a_yearly_cap(cap_rules: Path) -> None:
    report = Engine.load(cap_rules).check([
        {"id": "x", "type": "transfer", "date": "9999-12-31", "origin": "CN",
         "destination": "KP",
         "items": [{"category": "refined_petroleum", "quantity": 1, "unit": "barrels"}]},
        {"id": "y", "type": "transfer", "date": "2019-05-01", "origin": "CN",
         "destination": "KP",
         "items": [{"category": "refined_petroleum", "quantity": 1, "unit": "barrels"}]}])
    assert _counts(report)[0] == 2
    _all_formats_are_text(report)


def test_an_integer_id_of_4400_digits_through_the_library(engine: Engine) -> None:
    report = engine.check([{"id": 10 ** 4400, "type": "other", "date": "2023-01-01"},
                           {"id": "ok", **GOOD}])
    assert _counts(report) == (2, 1, 1)
    (rejection,) = report.rejected
    assert [e.field for e in rejection.errors] == ["id"]
    _all_formats_are_text(report)


def test_one_bad_element_of_a_json_array_keeps_the_rest(engine: Engine, tmp_path: Path,
                                                        write_text: Writer) -> None:
    lines = [_line(f"e{i}") for i in range(1, 11)]
    lines[1] = '{"id": "e2", "type": "transfer", "date": "2023-09-15",, }'
    lines[5] = '{"id": "e6", "type": "transfer", "items": [}'
    path = write_text(tmp_path / "r21.json", "[\n" + ",\n".join(lines) + "\n]\n")
    report = engine.check_files([str(path)])
    assert _counts(report) == (10, 8, 2)
    assert sorted(r.line for r in report.rejected if r.line is not None) == [3, 7]
    assert len(report.findings) == 8


def test_a_json_array_missing_a_comma_is_located(engine: Engine, tmp_path: Path,
                                                 write_text: Writer) -> None:
    path = write_text(tmp_path / "comma.json",
                      "[\n" + _line("a") + "\n" + _line("b") + ",\n" + _line("c") + "\n]\n")
    report = engine.check_files([str(path)])
    assert report.summary.events == report.summary.checked + report.summary.rejected
    assert "c" in {f.event_ids[0] for f in report.findings}


@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".yaml"])
def test_a_utf8_bom_is_accepted(engine: Engine, tmp_path: Path, write_text: Writer,
                                suffix: str) -> None:
    body = {".json": "[" + _line("bom") + "]", ".jsonl": _line("bom") + "\n",
            ".yaml": "- " + _line("bom") + "\n"}[suffix]
    report = engine.check_files([str(write_text(tmp_path / f"bom{suffix}",
                                                "\ufeff" + body))])
    assert _counts(report) == (1, 1, 0)
    assert [f.event_ids for f in report.findings] == [["bom"]]


@pytest.mark.parametrize("written", ["\u0131q", "\u017fy", "\ufb01ji", "K\u0131", "\u212ap"])
def test_confusable_country_spellings_are_refused(engine: Engine, written: str) -> None:
    report = engine.check([{"id": "c1", **GOOD, "origin": written}])
    assert _counts(report) == (1, 0, 1)
    assert [e.field for e in report.rejected[0].errors] == ["origin"]


@pytest.mark.parametrize(("written", "code"), [("iq", "IQ"), ("FIJI", "FJ"), ("fiji", "FJ"),
                                               ("north KOREA", "KP"),
                                               ("C\u00f4te d'Ivoire", "CI")])
def test_ascii_case_is_still_normalised(engine: Engine, written: str, code: str) -> None:
    report = engine.check([{"id": "c1", "type": "other", "date": "2023-01-01",
                            "origin": written}])
    assert _counts(report) == (1, 1, 0), report.rejected


# --- item 3: YAML and rule files refused cheaply, with a location ---------------------------


def _bomb(levels: int) -> str:
    lines = ["- &a0 {id: x, type: other, date: '2023-01-01', description: lol}"]
    for i in range(1, levels + 1):
        lines.append(f"- &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    return "\n".join(lines) + "\n"


def test_a_yaml_alias_bomb_in_events_is_refused_before_expansion(
        engine: Engine, tmp_path: Path, write_text: Writer) -> None:
    path = write_text(tmp_path / "bomb.yaml", _bomb(5))
    start = time.process_time()
    with pytest.raises(EventInputError, match="alias") as info:
        engine.check_files([str(path)])
    assert time.process_time() - start < 2
    assert info.value.line is not None


def test_a_recursive_alias_in_events_is_refused(engine: Engine, tmp_path: Path,
                                                write_text: Writer) -> None:
    path = write_text(tmp_path / "r05.yaml",
                      '- &a {id: x, type: other, date: "2023-01-01", source: {loop: *a}}\n')
    with pytest.raises(EventInputError, match="recursive alias") as info:
        engine.check_files([str(path)])
    assert info.value.line == 1


def test_a_huge_integer_in_yaml_events_is_refused(engine: Engine, tmp_path: Path,
                                                  write_text: Writer) -> None:
    path = write_text(tmp_path / "r06.yaml", "- {id: x, type: transfer, date: '2023-01-01', "
                      "items: [{category: arms, quantity: " + "9" * 4400 + "}]}\n")
    with pytest.raises(EventInputError, match="too large") as info:
        engine.check_files([str(path)])
    assert info.value.line == 1


RULE = """regime: dprk
title: attack
rules:
  - id: dprk.zz.{id}
    title: {title}
    summary: S.
    applies_to: [transfer]
    when:
{when}    stages:
      - from: {start}
        citations: [{{resolution: 1718, paragraph: '8', status: verified}}]
"""
ORIGIN_KP = "      - {field: origin, equals: KP}\n"


def _rule(rule_id: str, when: str = ORIGIN_KP, title: str = "T", start: str = "2006-10-14",
          head: bool = True) -> str:
    text = RULE.format(id=rule_id, title=title, when=when, start=start)
    return text if head else text.split("rules:\n", 1)[1]


def _refused(one_rule_file: RulesFolder, tmp_path: Path, text: str) -> RuleError:
    rules = one_rule_file(tmp_path, text)
    start = time.process_time()
    with pytest.raises(RuleError) as info:
        Engine.load(rules)
    assert time.process_time() - start < 20
    assert info.value.file is not None and info.value.file.endswith("test.yaml"), info.value
    return info.value


@pytest.mark.parametrize(("title", "start", "line", "key", "tag"), [
    ("T", "!!timestamp 2006-10-14", 11, "rules[0].stages[0].from", "timestamp"),
    ("!!binary aGVsbG8=", "2006-10-14", 5, "rules[0].title", "binary"),
])
def test_timestamp_and_binary_tags_are_refused(one_rule_file: RulesFolder, tmp_path: Path,
                                               title: str, start: str, line: int, key: str,
                                               tag: str) -> None:
    err = _refused(one_rule_file, tmp_path, _rule("tag", title=title, start=start))
    assert (err.line, err.key) == (line, key)
    assert tag in err.message


def test_a_tag_on_a_mapping_is_refused(one_rule_file: RulesFolder, tmp_path: Path) -> None:
    text = _rule("pyobj").replace("  - id:", "  - !!python/object:os.system\n    id:")
    err = _refused(one_rule_file, tmp_path, text)
    assert err.line == 4 and err.key == "rules[0]"
    assert "python/object" in err.message


def test_a_recursive_alias_in_a_rule_file_is_refused(one_rule_file: RulesFolder,
                                                     tmp_path: Path) -> None:
    err = _refused(one_rule_file, tmp_path, "regime: dprk\ntitle: attack\nrules: &r [*r]\n")
    assert err.line == 3 and err.key == "rules[0]"
    assert "recursive alias" in err.message


def test_a_huge_integer_in_a_rule_file_is_refused(one_rule_file: RulesFolder,
                                                  tmp_path: Path) -> None:
    when = "      - {field: amount.value, gte: " + "9" * 4400 + "}\n"
    err = _refused(one_rule_file, tmp_path, _rule("big", when=when))
    assert err.line == 9 and err.key == "rules[0].when[0].gte"
    assert "too large" in err.message


def test_an_alias_bomb_in_a_rule_file_is_refused_before_expansion(
        one_rule_file: RulesFolder, tmp_path: Path) -> None:
    lines = ["regime: dprk", "title: attack", "rules: []",
             "x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 7):
        lines.append(f"x{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    err = _refused(one_rule_file, tmp_path, "\n".join(lines) + "\n")
    assert "alias" in err.message and err.line is not None and err.line >= 5


def test_any_of_expansion_is_bounded_per_rule(one_rule_file: RulesFolder,
                                              tmp_path: Path) -> None:
    when = ("      - any_of:\n          - {field: origin, equals: KP}\n"
            "          - {field: destination, equals: KP}\n") * 11
    err = _refused(one_rule_file, tmp_path, _rule("dnf", when=when))
    assert err.rule_id == "dprk.zz.dnf"
    assert err.line == 4
    assert "2,048" in err.message


def test_too_many_tests_under_one_node_names_file_line_and_rule(
        one_rule_file: RulesFolder, tmp_path: Path) -> None:
    text = _rule("s0", when="      - {field: amount.value, equals: 0}\n") + "".join(
        _rule(f"s{i}", when=f"      - {{field: amount.value, equals: {i}}}\n", head=False)
        for i in range(1, 600))
    err = _refused(one_rule_file, tmp_path, text)
    assert err.rule_id is not None and err.rule_id.startswith("dprk.zz.s")
    assert err.line is not None and err.line > 1
    assert "512" in err.message


# --- item 4: the state file never loses data ------------------------------------------------


@pytest.fixture(scope="session")
def cap_rules(tmp_path_factory: pytest.TempPathFactory, shipped_rules: Path) -> Path:
    """Resolutions, taxonomy and the DPRK caps only (small, quick to compile)."""
    target = tmp_path_factory.mktemp("caps") / "rules"
    (target / "dprk").mkdir(parents=True)
    for name in ("resolutions.yaml", "taxonomy.yaml"):
        shutil.copy(shipped_rules / name, target / name)
    shutil.copy(shipped_rules / "dprk" / "caps.yaml", target / "dprk" / "caps.yaml")
    return target


def _petroleum(prefix: str, n: int) -> str:
    return "".join(json.dumps({
        "id": f"{prefix}{i}", "type": "transfer", "date": f"2019-{1 + i % 12:02d}-01",
        "origin": "CN", "destination": "KP",
        "items": [{"category": "refined_petroleum", "quantity": 1, "unit": "barrels"}]}) + "\n"
        for i in range(n))


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "sanctions_engine", *args]


def test_two_runs_on_one_state_file_lose_nothing(cap_rules: Path, tmp_path: Path,
                                                 write_text: Writer) -> None:
    a = write_text(tmp_path / "a.jsonl", _petroleum("a", 3000))
    b = write_text(tmp_path / "b.jsonl", _petroleum("b", 3000))
    state = tmp_path / "state.json"
    runs = [subprocess.Popen(_cli("check", str(batch), "--rules", str(cap_rules), "--state",
                                  str(state), "--format", "json", "--output",
                                  str(tmp_path / f"{batch.stem}.out")),
                             stderr=subprocess.PIPE, text=True) for batch in (a, b)]
    for run in runs:
        _, err = run.communicate(timeout=300)
        assert run.returncode in (0, 1), err
    data = json.loads(state.read_text(encoding="utf-8"))
    assert len(data["contributions"]) == 6000


def test_a_second_run_waits_for_the_state_lock(cap_rules: Path, tmp_path: Path,
                                               write_text: Writer) -> None:
    batch = write_text(tmp_path / "a.jsonl", _petroleum("a", 3))
    state = tmp_path / "state.json"
    lock = tmp_path / "state.json.lock"
    with open(lock, "a+b") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        run = subprocess.Popen(_cli("check", str(batch), "--rules", str(cap_rules), "--state",
                                    str(state), "--output", str(tmp_path / "out.txt")),
                               stderr=subprocess.PIPE, text=True)
        time.sleep(8)
        assert run.poll() is None, run.communicate()
        assert not state.exists()
        fcntl.flock(held, fcntl.LOCK_UN)
    _, err = run.communicate(timeout=120)
    assert run.returncode == 0, err
    assert "waiting" in err and str(lock) in err
    assert len(json.loads(state.read_text(encoding="utf-8"))["contributions"]) == 3


def _state(fingerprint: str, contribution: dict[str, Any]) -> str:
    row = {"cap_id": "dprk.refined_petroleum.cap", "period_from": "2019-01-01",
           "period_until": "2019-12-31", "event_id": "a0", "date": "2019-01-01",
           "quantities": {"barrels": "100000"}, "batch": 0, "position": 0, **contribution}
    return json.dumps({"format": "sanctions-engine-state", "version": 1,
                       "rulebook": fingerprint, "contributions": [row], "links": []})


@pytest.mark.parametrize("case", ["deep", "cap_id_list", "overflow", "until_list",
                                  "quantities_list", "date_number", "links_bad"])
def test_hostile_state_files_are_refused_cleanly(cap_rules: Path, tmp_path: Path,
                                                 write_text: Writer, case: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    fingerprint = Engine.load(cap_rules).rulebook.fingerprint
    text = {
        "deep": '{"format": "sanctions-engine-state", "version": 1, "rulebook": '
                f'"{fingerprint}", "contributions": ' + "[" * 5000 + "]" * 5000 + "}",
        "cap_id_list": _state(fingerprint, {"cap_id": ["dprk.refined_petroleum.cap"]}),
        "overflow": _state(fingerprint, {"quantities": {"barrels": "1e999999999"}}),
        "until_list": _state(fingerprint, {"period_until": [1]}),
        "quantities_list": _state(fingerprint, {"quantities": [["barrels", "1"]]}),
        "date_number": _state(fingerprint, {"date": 20190101}),
        "links_bad": _state(fingerprint, {}).replace('"links": []', '"links": [[1, 2]]'),
    }[case]
    state = write_text(tmp_path / "state.json", text)
    batch = write_text(tmp_path / "b.jsonl", _petroleum("b", 2))
    capsys.readouterr()
    assert main(["check", str(batch), "--rules", str(cap_rules), "--state", str(state)]) == 2
    err = capsys.readouterr().err
    assert "state" in err and "Traceback" not in err
    assert state.read_text(encoding="utf-8") == text  # left untouched


def test_temporary_files_of_a_killed_write_are_cleaned(cap_rules: Path, tmp_path: Path,
                                                       write_text: Writer,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    batch = write_text(tmp_path / "b.jsonl", _petroleum("b", 2))
    state = tmp_path / "state.json"
    stale = [write_text(tmp_path / f".state.json.{tag}.tmp", "{half") for tag in ("x1", "y2")]
    other = write_text(tmp_path / ".other.json.z3.tmp", "{not ours")
    assert main(["check", str(batch), "--rules", str(cap_rules), "--state", str(state),
                 "--output", str(tmp_path / "out.txt")]) == 0
    assert not any(p.exists() for p in stale)
    assert other.exists() and state.exists()
    capsys.readouterr()


# --- item 5: a crash is never mistaken for findings -----------------------------------------


def _boom(*args: Any, **kwargs: Any) -> Any:
    raise RuntimeError("boom")


@pytest.fixture()
def crashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the check itself fail with an unexpected error (the CLI checks records it reads
    itself, to count the bytes for its progress display; the library's check_files too)."""
    monkeypatch.setattr(Engine, "check_files", _boom)
    monkeypatch.setattr(Engine, "check_records", _boom)


def test_an_internal_error_is_one_line_and_exit_3(core_by_default: None, crashing: None,
                                                  tmp_path: Path, write_text: Writer,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    batch = write_text(tmp_path / "b.jsonl", _line("a") + "\n")
    capsys.readouterr()
    assert main(["check", str(batch)]) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert str(batch) in err and "boom" in err and "--debug" in err


def test_debug_shows_the_traceback(core_by_default: None, crashing: None, tmp_path: Path,
                                   write_text: Writer, capsys: pytest.CaptureFixture[str]
                                   ) -> None:
    batch = write_text(tmp_path / "b.jsonl", _line("a") + "\n")
    capsys.readouterr()
    assert main(["check", str(batch), "--debug"]) == 3
    assert "Traceback" in capsys.readouterr().err


@pytest.mark.parametrize("option", ["--output", "--state"])
def test_a_missing_folder_is_a_usage_error_before_the_check(
        core_by_default: None, crashing: None, tmp_path: Path, write_text: Writer,
        capsys: pytest.CaptureFixture[str], option: str) -> None:
    batch = write_text(tmp_path / "b.jsonl", _line("a") + "\n")
    capsys.readouterr()
    # check_files would crash (exit 3): exit 2 shows the folder was looked at first.
    assert main(["check", str(batch), option, str(tmp_path / "missing" / "x.json")]) == 2
    err = capsys.readouterr().err
    assert "missing" in err and "Traceback" not in err


def test_a_non_utf8_list_snapshot_is_refused(core_by_default: None, tmp_path: Path,
                                             write_text: Writer,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    batch = write_text(tmp_path / "b.jsonl", _line("a") + "\n")
    snap = write_text(tmp_path / "snap.json", b'{"format_version": 1, "x": "\xff\xfe"}')
    capsys.readouterr()
    assert main(["check", str(batch), "--list", str(snap)]) == 2
    assert "snap.json" in capsys.readouterr().err
    assert main(["lists", "diff", str(snap), str(snap)]) == 2
    assert "snap.json" in capsys.readouterr().err


def test_a_deeply_nested_list_snapshot_is_refused(core_by_default: None, tmp_path: Path,
                                                  write_text: Writer,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    batch = write_text(tmp_path / "b.jsonl", _line("a") + "\n")
    snap = write_text(tmp_path / "snap.json", '{"format_version": 1, "records": '
                      + "[" * 5000 + "]" * 5000 + "}")
    capsys.readouterr()
    assert main(["check", str(batch), "--list", str(snap)]) == 2
    err = capsys.readouterr().err
    assert "snap.json" in err and "Traceback" not in err


@pytest.mark.parametrize("recorded", [
    "[]", '{"findings": 5}', '{"findings": [1, 2]}', '{"findings": [], "summary": "x"}',
    '{"findings": [{"rule_id": []}], "rejected": {}}', "[" * 5000 + "]" * 5000,
])
def test_verify_refuses_a_malformed_report(core_by_default: None, tmp_path: Path,
                                           write_text: Writer, recorded: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    batch = write_text(tmp_path / "b.jsonl", _line("a") + "\n")
    report = write_text(tmp_path / "report.json", recorded)
    capsys.readouterr()
    assert main(["verify", str(report), str(batch)]) == 2
    err = capsys.readouterr().err
    assert "report.json" in err and "Traceback" not in err


def test_concurrent_checks_restore_the_gc_thresholds(engine: Engine) -> None:
    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    inside = threading.Barrier(2)
    failures: list[BaseException] = []

    def run(delay: float) -> None:
        def progress(n: int) -> None:
            inside.wait(timeout=30)
            time.sleep(delay)  # the first thread in leaves first

        try:
            engine.check([{"id": "a", **GOOD}], progress=progress)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(delay,)) for delay in (0.3, 0.0)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not failures
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == frozen


# --- item 7: bounded work per input ---------------------------------------------------------


def test_a_line_longer_than_the_limit_is_rejected(engine: Engine, tmp_path: Path,
                                                  write_text: Writer) -> None:
    long = _line("long", description="x" * 1_100_000)
    path = write_text(tmp_path / "long.jsonl", "\n".join([_line("ok1"), long, _line("ok2")])
                      + "\n")
    report = engine.check_files([str(path)])
    assert _counts(report) == (3, 2, 1)
    ((field, message),) = _messages(report)[2]
    assert field == "(line)" and "1,000,000 bytes" in message


@pytest.mark.parametrize(("field", "event"), [
    ("parties[0].name", {"parties": [{"role": "buyer", "name": "Kim " * 300}]}),
    ("vessels[0].name", {"vessels": [{"name": "Sea " * 300}]}),
    ("parties", {"parties": [{"role": "buyer", "name": f"p{i}"} for i in range(1001)]}),
    ("items", {"items": [{"category": "arms"}] * 10_001}),
    ("vessels", {"vessels": [{"name": f"v{i}"} for i in range(1001)]}),
])
def test_limits_per_event_are_rejections_naming_the_field(engine: Engine, field: str,
                                                          event: dict[str, Any]) -> None:
    report = engine.check([{"id": "big", **GOOD, **event}, {"id": "ok", **GOOD}])
    assert _counts(report) == (2, 1, 1)
    assert [e.field for e in report.rejected[0].errors] == [field]


def test_the_limits_allow_real_data(engine: Engine) -> None:
    report = engine.check([{"id": "fine", **GOOD, "description": "x" * 100_000,
                            "parties": [{"role": "buyer", "name": "N" * 1000}] * 50,
                            "items": [{"category": "arms"}] * 1000}])
    assert _counts(report) == (1, 1, 0)
