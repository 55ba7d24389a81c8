"""Fixtures of the unit tests: the shipped engine, a private copy of the rules, event builders.

No ``__init__.py`` here on purpose: helpers are fixtures, so nothing is imported by module name.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sanctions_engine import Engine
from sanctions_engine.engine import default_rules_path

UNIT_DIR = Path(__file__).resolve().parent
BROKEN_DIR = UNIT_DIR / "broken_rules"


@pytest.fixture(scope="session")
def shipped_rules() -> Path:
    """The rules folder the package ships (the repository's ``rules/``)."""
    return default_rules_path()


@pytest.fixture(scope="session")
def engine() -> Engine:
    """One engine on the shipped rules for the whole session (compiling costs memory that
    durable-rules never gives back, so tests share it; each batch must leave it clean)."""
    return Engine.load()


@pytest.fixture()
def rules_copy(tmp_path: Path, shipped_rules: Path) -> Path:
    """A private, writable copy of the shipped rules folder."""
    target = tmp_path / "rules"
    shutil.copytree(shipped_rules, target,
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.py"))
    return target


@pytest.fixture(scope="session")
def broken_dir() -> Path:
    """Hand-written broken rule files (``tests/unit/broken_rules``)."""
    return BROKEN_DIR


Builder = Callable[..., dict[str, Any]]


@pytest.fixture(scope="session")
def make_event() -> Builder:
    """``make_event("e1", destination="KP", items=[...])``: a valid transfer by default."""

    def build(event_id: str = "e1", **fields: Any) -> dict[str, Any]:
        event: dict[str, Any] = {"id": event_id, "type": "transfer", "date": "2023-09-15"}
        event.update(fields)
        return event

    return build


@pytest.fixture(scope="session")
def write_text() -> Callable[[Path, str | bytes], Path]:
    """Write text (UTF-8) or bytes to a file and return its path."""

    def write(path: Path, content: str | bytes) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write
