"""Fixtures of the unit tests: the shipped engine, a private copy of the rules, event builders.

No ``__init__.py`` here on purpose: helpers are fixtures, so nothing is imported by module name.
"""

from __future__ import annotations

import copy
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sanctions_engine import Engine
from sanctions_engine.pipeline import default_rules_path

UNIT_DIR = Path(__file__).resolve().parent
BROKEN_DIR = UNIT_DIR / "broken_rules"


@pytest.fixture(scope="session")
def shipped_rules() -> Path:
    """The rules folder the package ships (the repository's ``rules/``)."""
    return default_rules_path()


# The mechanics tests (compiler, matcher, report) run on a fixed core of the rulebook, so that
# adding rules to the shipped rulebook does not change what they expect. Tests about the
# shipped rulebook itself (coverage, consistency, README) load it directly.
CORE_RULE_FILES = ("arms.yaml", "coal_iron.yaml", "luxury.yaml")


@pytest.fixture(scope="session")
def core_rules(tmp_path_factory: pytest.TempPathFactory, shipped_rules: Path) -> Path:
    """The shipped rules folder with only the core DPRK rule files."""
    target = tmp_path_factory.mktemp("core") / "rules"
    shutil.copytree(shipped_rules, target,
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.py"))
    for path in (target / "dprk").glob("*.yaml"):
        if path.name not in CORE_RULE_FILES:
            path.unlink()
    for folder in target.iterdir():
        if folder.is_dir() and folder.name != "dprk":
            shutil.rmtree(folder)
    return target


@pytest.fixture(scope="session")
def engine(core_rules: Path) -> Engine:
    """One engine on the core rules for the whole session (compiling costs memory that
    durable-rules never gives back, so tests share it; each batch must leave it clean)."""
    return Engine.load(core_rules)


@pytest.fixture()
def core_by_default(core_rules: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the core rules the default rules folder (for command-line tests)."""
    import sanctions_engine.pipeline as engine_module

    monkeypatch.setattr(engine_module, "default_rules_path", lambda: core_rules)


@pytest.fixture()
def rules_copy(tmp_path: Path, shipped_rules: Path) -> Path:
    """A private, writable copy of the shipped rules folder."""
    target = tmp_path / "rules"
    shutil.copytree(shipped_rules, target,
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.py"))
    return target


RulesFolder = Callable[[Path, str], Path]


@pytest.fixture(scope="session")
def one_rule_file(shipped_rules: Path) -> RulesFolder:
    """Build ``<parent>/rules`` with the shipped resolutions and taxonomy and one DPRK rule file
    (for tests of one mechanism on a rule of their own)."""

    def build(parent: Path, text: str) -> Path:
        target = parent / "rules"
        (target / "dprk").mkdir(parents=True)
        for name in ("resolutions.yaml", "taxonomy.yaml"):
            shutil.copy(shipped_rules / name, target / name)
        (target / "dprk" / "test.yaml").write_text(text, encoding="utf-8")
        return target

    return build


@pytest.fixture(scope="session")
def broken_dir() -> Path:
    """Hand-written broken rule files (``tests/unit/broken_rules``)."""
    return BROKEN_DIR


Builder = Callable[..., dict[str, Any]]

# A small batch that reaches every kind of outcome with the DPRK rules: violations, two findings
# on one event, a review, two exempted events, clean events and one rejected event.
SAMPLE_EVENTS: list[dict[str, Any]] = [
    {"id": "e1", "type": "transfer", "date": "2023-09-15", "origin": "KP", "destination": "RU",
     "items": [{"category": "ballistic_missile", "quantity": 24, "unit": "each"}]},
    {"id": "e2", "type": "transfer", "date": "2020-01-10", "destination": "KP",
     "items": [{"category": "yachts"}, {"category": "arms"}]},
    {"id": "e3", "type": "transfer", "date": "2024-01-01", "origin": "CN", "destination": "US",
     "items": [{"category": "consumer_goods"}]},
    {"id": "e4", "type": "transfer", "date": "2018-03-01", "origin": "KP",
     "items": [{"hs_code": "2701.12", "quantity": "1000.5", "unit": "t"}]},
    {"id": "e5", "type": "transfer", "date": "2019-05-05", "destination": "KP",
     "items": [{"hs_code": "8703.23"}]},
    {"id": "e6", "type": "transfer", "date": "2017-01-10", "origin": "KP",
     "location": {"country": "KP", "port": "Rajin"},
     "items": [{"category": "coal", "origin": "RU"}],
     "authorizations": [{"type": "notification", "addressed_to": "1718 Committee",
                         "date": "2017-01-01"}]},
    {"id": "e7", "type": "transfer", "date": "2012-03-01", "destination": "KP",
     "items": [{"category": "small_arms_light_weapons"}],
     "authorizations": [{"type": "notification", "addressed_to": "1718 Committee",
                         "date": "2012-02-20"}]},
    {"id": "e8", "type": "other", "date": "2023-01-01"},
    {"id": "e9", "type": "transfer", "date": "2023-02-30"},
]
# What the batch must give: (event id, rule id, severity), in report order.
SAMPLE_FINDINGS = [
    ("e1", "dprk.arms.export", "violation"),
    ("e2", "dprk.arms.import", "violation"),
    ("e2", "dprk.luxury.supply", "violation"),
    ("e4", "dprk.coal.export", "violation"),
    ("e5", "dprk.luxury.supply", "review"),
]
SAMPLE_EXEMPTED = [("e6", "dprk.coal.export"), ("e7", "dprk.arms.salw_notice")]


@pytest.fixture()
def sample_events() -> list[dict[str, Any]]:
    """A fresh copy of the sample batch (tests may change it)."""
    return copy.deepcopy(SAMPLE_EVENTS)


@pytest.fixture(scope="session")
def sample_expected() -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    """The findings and exempted (event, rule) pairs the sample batch must give."""
    return SAMPLE_FINDINGS, SAMPLE_EXEMPTED


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
