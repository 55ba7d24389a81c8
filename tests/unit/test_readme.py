"""The README and CI agree: the README's test command is the one ``.ci/run`` runs.

(The README's Python example is run in test_api.py.)
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sanctions_engine.cli import main

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
CI = ROOT / ".ci" / "run"


def _need(path: Path) -> str:
    if not path.exists():
        pytest.skip(f"no {path.relative_to(ROOT)} yet")
    return path.read_text(encoding="utf-8")


def _sh_blocks(text: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", text, re.DOTALL)]


def test_readme_test_command_is_what_ci_runs() -> None:
    readme, ci = _need(README), _need(CI)
    commands = [c for block in _sh_blocks(readme) for c in block.splitlines()
                if "pytest" in c]
    assert len(commands) == 1, commands
    readme_command = commands[0].replace("python3 ", "$PY ", 1)
    assert any(line.startswith(readme_command) for line in ci.splitlines()), (readme_command, ci)


def test_readme_exit_statuses_are_the_clis() -> None:
    readme = _need(README)
    assert "`0` no findings and nothing rejected; `1` findings; `2` usage error" in readme


def test_readme_commands_exist(capsys: pytest.CaptureFixture[str]) -> None:
    readme = _need(README)
    for line in (c for block in _sh_blocks(readme) for c in block.splitlines()):
        argv = line.split("#", 1)[0].split()[1:]
        # Lines with placeholders (EVENTS..., FILE.xml, OLD NEW) show a form, not a command.
        if not line.startswith("sanctions-engine ") or any(
                re.fullmatch(r"[A-Z][A-Z.]*(\.xml)?", arg) for arg in argv):
            continue
        assert main(argv) == 0, line
        assert capsys.readouterr().out


def test_readme_seed_batch_has_findings(capsys: pytest.CaptureFixture[str]) -> None:
    """The README says checking the seed batch prints a report and exits 1 (findings)."""
    readme = _need(README)
    match = re.search(r"sanctions-engine check (fixtures/\S+)", readme)
    assert match is not None
    assert "exit status 1" in readme
    seed = ROOT / match.group(1)
    assert seed.is_file(), f"the README names {match.group(1)}, which does not exist"
    assert main(["check", str(seed), "--quiet"]) == 1
    assert "VIOLATION" in capsys.readouterr().out
