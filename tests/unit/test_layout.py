"""The folder list is the pipeline: no module imports a later stage."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ENGINE = Path(__file__).resolve().parents[2] / "engine"
# Stage of each top-level name under the package; a module may import its own stage or earlier.
STAGES = {"errors": 0, "_files": 0, "_yaml": 0, "events": 1, "rulebook": 2, "lists": 3,
          "screening": 4, "matching": 5, "findings": 6, "report": 7}
LAST = 8  # pipeline.py, cli.py, verify.py, coverage.py, __init__.py, the optional runners


def _stage(parts: tuple[str, ...]) -> int:
    return STAGES.get(parts[0], LAST) if parts else LAST


def _imports(path: Path) -> list[tuple[int, tuple[str, ...]]]:
    """(line, target module parts relative to the package) of each relative import."""
    here = path.relative_to(ENGINE).with_suffix("").parts[:-1]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = here[: len(here) - (node.level - 1)]
            target = (*base, *(node.module.split(".") if node.module else ()))
            out.append((node.lineno, target))
    return out


MODULES = sorted(p for p in ENGINE.rglob("*.py") if "__pycache__" not in p.parts)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ENGINE)))
def test_no_module_imports_a_later_stage(path: Path) -> None:
    mine = _stage(path.relative_to(ENGINE).with_suffix("").parts)
    later = [f"line {line}: {'.'.join(target)}" for line, target in _imports(path)
             if _stage(target) > mine]
    assert not later, f"{path.relative_to(ENGINE)} imports a later stage: {later}"


def test_every_stage_is_a_package() -> None:
    for name in STAGES:
        if not name.startswith("_") and name != "errors":
            assert (ENGINE / name / "__init__.py").is_file(), name
