"""The start-up cache (``cache.py``): a warm ``Engine.load()`` gives the same engine, and an
entry that is stale, corrupt or not the user's own is ignored."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from sanctions_engine import Engine
from sanctions_engine import cache as startup_cache

EVENTS = [{"id": "c1", "type": "transfer", "date": "2020-05-01", "origin": "CN",
           "destination": "KP", "items": [{"category": "luxury_cars"}]},
          {"id": "c2", "type": "transfer", "date": "2020-05-01", "origin": "CN",
           "destination": "US", "items": [{"category": "machinery"}]}]


@pytest.fixture()
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(startup_cache.ENV, str(folder))
    return folder


@pytest.fixture()
def rules(tmp_path: Path, core_rules: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(core_rules, target)
    return target


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("engine-*.pickle"))


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Record every compile (a cache hit compiles nothing)."""
    import sanctions_engine.pipeline as pipeline

    calls: list[Any] = []
    real = pipeline.compile_rulebook

    def spy(book: Any) -> Any:
        calls.append(book)
        return real(book)

    monkeypatch.setattr(pipeline, "compile_rulebook", spy)
    return calls


def test_a_warm_load_compiles_nothing_and_checks_the_same(
        cache_dir: Path, rules: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cold = Engine.load(rules)
    (entry,) = _entries(cache_dir)
    assert entry.stat().st_mode & 0o777 == 0o600
    calls = _spy(monkeypatch)
    warm = Engine.load(rules)
    assert calls == []
    assert warm.rulebook.fingerprint == cold.rulebook.fingerprint
    assert warm.check(EVENTS).to_json() == cold.check(EVENTS).to_json()
    assert warm.check(EVENTS).summary.findings >= 1


def test_an_edited_rule_misses(cache_dir: Path, rules: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    Engine.load(rules)
    path = rules / "dprk" / "luxury.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    calls = _spy(monkeypatch)
    Engine.load(rules)
    assert len(calls) == 1
    assert len(_entries(cache_dir)) == 2


@pytest.mark.parametrize("damage", ["truncate", "flip", "header", "pickle"])
def test_a_corrupt_entry_is_ignored_and_rebuilt(cache_dir: Path, rules: Path, damage: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    Engine.load(rules)
    (entry,) = _entries(cache_dir)
    data = bytearray(entry.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip":
        data[-10] ^= 0xFF
    elif damage == "header":
        data[:10] = b"X" * 10
    else:  # a well-formed entry whose body is not what was stored
        import hashlib
        import pickle

        body = pickle.dumps(("not", "an engine"))
        head = bytes(data[: data.index(b"\n", data.index(b"\n") + 1) + 1])
        data = bytearray(head + hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
    entry.write_bytes(bytes(data))
    calls = _spy(monkeypatch)
    engine = Engine.load(rules)
    assert len(calls) == 1
    assert engine.check(EVENTS).summary.findings >= 1
    calls.clear()
    Engine.load(rules)  # rewritten whole
    assert calls == []


def test_an_entry_others_can_write_is_not_read(cache_dir: Path, rules: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    Engine.load(rules)
    (entry,) = _entries(cache_dir)
    entry.chmod(0o666)
    calls = _spy(monkeypatch)
    Engine.load(rules)
    assert len(calls) == 1


def test_off_writes_nothing(tmp_path: Path, rules: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(startup_cache.ENV, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    Engine.load(rules)
    assert not (tmp_path / "xdg").exists()
    assert startup_cache.cache_dir() is None


def test_the_default_folder_is_under_xdg_cache_home(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(startup_cache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert startup_cache.cache_dir() == tmp_path / "sanctions-engine"


def test_the_shipped_lists_come_from_the_cache_and_screen_the_same(
        cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A warm load of the shipped rules reads the lists from the entry, not from their XML."""
    import sanctions_engine.pipeline as pipeline

    payment = [{"id": "p1", "type": "financial_transaction", "date": "2021-05-01",
                "parties": [{"role": "payee", "name": "Korea Kwangson Banking Corp",
                             "country": "KP"}]}]
    cold = Engine.load()
    assert cold.designations is not None
    expected = cold.check(payment).to_json()
    built: list[int] = []
    real = pipeline.Designations.default

    def spy() -> Any:
        built.append(1)
        return real()

    monkeypatch.setattr(pipeline.Designations, "default", staticmethod(spy))
    warm = Engine.load()
    assert built == []
    assert warm.designations is not None and warm.designations is not cold.designations
    assert warm.check(payment).to_json() == expected
    assert '"KPe.' in expected  # the payee was screened and matched
