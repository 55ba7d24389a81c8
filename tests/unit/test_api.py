"""The public API: what ``import sanctions_engine`` gives, and the examples the docs show."""

from __future__ import annotations

import doctest
import re
import subprocess
import sys
from pathlib import Path

import pytest
import sanctions_engine
from sanctions_engine import (
    DecisionsError,
    EventInputError,
    ListError,
    MatchError,
    RuleError,
    SanctionsEngineError,
    StateError,
)

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"

PUBLIC = ["Decision", "DecisionsError", "Designations", "Engine", "Event", "EventInputError",
          "Finding", "ListError", "MatchError", "Rejection", "Report", "RuleError",
          "SanctionsEngineError", "ScreeningConfig", "StateError", "TotalsState", "__version__",
          "apply_decisions", "load_decisions"]


def test_all_is_pinned() -> None:
    assert sanctions_engine.__all__ == PUBLIC
    assert sanctions_engine.__all__ == sorted(sanctions_engine.__all__)
    for name in PUBLIC:
        assert getattr(sanctions_engine, name) is not None


def test_version_is_the_distributions() -> None:
    from importlib.metadata import version

    assert sanctions_engine.__version__ == version("sanctions-engine")
    assert re.fullmatch(r"\d+\.\d+\.\d+", sanctions_engine.__version__)


@pytest.mark.parametrize("error", [RuleError, EventInputError, StateError, MatchError,
                                   DecisionsError])
def test_every_error_is_a_sanctions_engine_error(error: type[Exception]) -> None:
    assert issubclass(error, SanctionsEngineError)
    assert error.__module__ == "sanctions_engine.errors"


def test_every_error_class_of_the_package_is_exported() -> None:
    """Every SanctionsEngineError subclass anywhere in the package can be caught by name."""
    import importlib
    import pkgutil

    found = set()
    for info in pkgutil.walk_packages(sanctions_engine.__path__, "sanctions_engine."):
        # The optional extras' modules import what only the extra installs (pyspark,
        # pyarrow, followthemoney); the core never imports them.
        if info.name.endswith(("__main__", ".ftm")) or ".spark" in info.name:
            continue
        module = importlib.import_module(info.name)
        found |= {name for name, value in vars(module).items() if isinstance(value, type)
                  and issubclass(value, SanctionsEngineError)
                  and value.__module__ == module.__name__}
    assert found <= set(PUBLIC), sorted(found - set(PUBLIC))
    assert issubclass(ListError, SanctionsEngineError)


def test_errors_module_exports_every_error() -> None:
    import sanctions_engine.errors as errors

    defined = sorted(name for name, value in vars(errors).items()
                     if isinstance(value, type) and issubclass(value, SanctionsEngineError))
    assert sorted(errors.__all__) == defined
    assert set(defined) <= set(PUBLIC)


def test_root_error_is_an_exception_with_exit_status_2() -> None:
    assert issubclass(SanctionsEngineError, Exception)
    assert SanctionsEngineError.exit_code == 2
    assert SanctionsEngineError("boom").show() == "error: boom"


def test_rule_error_text() -> None:
    err = RuleError("bad", file="rules/dprk/arms.yaml", line=12, key="when[0].field",
                    rule_id="dprk.arms.import")
    assert str(err) == "rules/dprk/arms.yaml:12: rule 'dprk.arms.import', key 'when[0].field': bad"
    assert str(RuleError("bad", file="f.yaml")) == "f.yaml: bad"
    assert str(EventInputError("bad", file="e.jsonl", line=3)) == "e.jsonl:3: bad"


def test_package_docstring_example() -> None:
    result = doctest.testmod(sanctions_engine, verbose=False)
    assert result.attempted >= 1
    assert result.failed == 0


def _readme_python_block() -> str:
    text = README.read_text(encoding="utf-8")
    match = re.search(r"```python\n(.*?)```", text, re.DOTALL)
    assert match is not None, "README.md has no ```python block"
    return match.group(1)


def test_readme_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    if not README.exists():
        pytest.skip("no README.md yet")
    code = _readme_python_block()
    exec(compile(code, str(README), "exec"), {"__name__": "readme_example"})
    printed = capsys.readouterr().out
    # A "# ..." comment after a print() is the output the README promises.
    promised = [line.split("#", 1)[1].strip() for line in code.splitlines()
                if line.startswith("print(") and "#" in line]
    assert promised, "the README example should say what it prints"
    assert printed.splitlines() == promised


def test_importing_the_package_stays_light() -> None:
    """Test and CLI-only libraries stay out of ``import sanctions_engine``."""
    code = ("import sys, sanctions_engine; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "{'pytest', 'hypothesis', 'click', 'rich', 'pytest_bdd'}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
