"""What is shipped to the executors, and the engine each executor process builds from it once.

The driver packs the rules folder and the list files into a ``Bundle`` (bytes, a few MB) and
broadcasts it. An executor's Python worker unpacks it into a temporary folder and builds the
compiled ``Engine`` the first time a task needs it, keyed on the rulebook fingerprint and the
lists' digest; every later task in the same process (PySpark reuses its Python workers) gets
the same engine. durable-rules hosts are per process and every chunk of facts is retracted
after matching, so nothing of one partition leaks into the next.
"""

from __future__ import annotations

import atexit
import hashlib
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..pipeline import Engine, default_rules_path
from ..rulebook.loader import Rulebook, load_rulebook
from ..screening.screener import ScreeningConfig
from ..screening.step import Designations, default_lists_path

__all__ = ["Bundle", "engine_for", "make_bundle"]


@dataclass(frozen=True)
class Bundle:
    """The rules folder and the lists, as bytes, with the key executors cache them under."""

    fingerprint: str
    rules: tuple[tuple[str, bytes], ...]  # path relative to the rules folder, content
    # None: the engine's own choice (the shipped lists when a rule tests designations)
    lists: tuple[tuple[str, bytes], ...] | None
    vessels: tuple[str, bytes] | None
    strong: float
    weak: float

    @property
    def key(self) -> str:
        """The rulebook fingerprint and a digest of the lists and thresholds."""
        h = hashlib.sha256()
        for name, data in self.lists or ():
            h.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
        if self.vessels is not None:
            h.update(self.vessels[0].encode() + b"\0" + hashlib.sha256(self.vessels[1]).digest())
        h.update(f"{self.lists is None}|{self.strong}|{self.weak}".encode())
        return f"{self.fingerprint}:{h.hexdigest()[:16]}"


def _files(root: Path) -> tuple[tuple[str, bytes], ...]:
    return tuple((p.relative_to(root).as_posix(), p.read_bytes())
                 for p in sorted(root.rglob("*.yaml")) if p.is_file())


def make_bundle(rules: str | Path | None = None, lists: Any = None, vessels: Any = None,
                strong: float | None = None, weak: float | None = None
                ) -> tuple[Bundle, Rulebook]:
    """The bundle for a rules folder and lists, chosen as ``check`` chooses them: when no
    list, vessels file or threshold is given the engine decides (the shipped lists when a rule
    tests designations); otherwise the given ones, the shipped ones filling the gaps."""
    root = Path(rules) if rules is not None else default_rules_path()
    book = load_rulebook(root)
    base = ScreeningConfig()
    chosen = lists is not None or vessels is not None or strong is not None or weak is not None
    shipped_lists: tuple[tuple[str, bytes], ...] | None = None
    shipped_vessels: tuple[str, bytes] | None = None
    if chosen:
        default = default_lists_path()
        paths = [Path(p) for p in (lists or sorted(default.glob("un-consolidated-*.xml")))]
        shipped_lists = tuple((p.name, p.read_bytes()) for p in paths)
        v = Path(vessels) if vessels is not None else default / "dprk_vessels.yaml"
        shipped_vessels = (v.name, v.read_bytes())
    bundle = Bundle(book.fingerprint, _files(root), shipped_lists, shipped_vessels,
                    base.strong if strong is None else strong,
                    base.weak if weak is None else weak)
    return bundle, book


_ENGINES: dict[str, Engine] = {}
_FOLDERS: list[Path] = []


def _cleanup() -> None:
    for folder in _FOLDERS:
        shutil.rmtree(folder, ignore_errors=True)


atexit.register(_cleanup)


def engine_for(bundle: Bundle) -> Engine:
    """This process's engine for the bundle (built the first time, then reused)."""
    key = bundle.key
    engine = _ENGINES.get(key)
    if engine is not None:
        return engine
    folder = Path(tempfile.mkdtemp(prefix="sanctions-engine-spark-"))
    _FOLDERS.append(folder)
    for rel, data in bundle.rules:
        target = folder / "rules" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    book = load_rulebook(folder / "rules")
    if book.fingerprint != bundle.fingerprint:
        raise RuntimeError(f"the rules shipped to this executor load as {book.fingerprint}, "
                           f"not {bundle.fingerprint}: another sanctions-engine version?")
    designations = None
    if bundle.lists is not None:
        lists_dir = folder / "lists"
        lists_dir.mkdir()
        paths = []
        for name, data in bundle.lists:
            (lists_dir / name).write_bytes(data)
            paths.append(lists_dir / name)
        vessels = None
        if bundle.vessels is not None:
            vessels = lists_dir / bundle.vessels[0]
            vessels.write_bytes(bundle.vessels[1])
        config = ScreeningConfig(strong=bundle.strong, weak=bundle.weak)
        designations = Designations.load(paths, vessels, config)
    # One compiled rulebook per fingerprint in this process (durable-rules never frees one).
    same_rules = next((e for k, e in _ENGINES.items()
                       if k.split(":")[0] == bundle.fingerprint), None)
    if same_rules is not None and designations is not None:
        engine = same_rules.with_designations(designations)
    else:
        engine = Engine(book, designations)
    _ENGINES[key] = engine
    return engine
