"""The start-up cache: a loaded rulebook and its compiled form, kept between runs so that a warm
``Engine.load()`` reads no YAML and compiles nothing.

An entry is keyed by a sha256 over everything it was built from -- this package's own code,
every file of the rules folder (their bytes, not their dates), the package and Python
versions -- so an edited rule or engine simply misses. The shipped lists, parsed and indexed for
screening, are kept with them when the engine uses them (0.1 s to load against 0.8 s CPU to
build, with the garbage collector paused while the pickle is read). It lives in
``$SANCTIONS_ENGINE_CACHE`` if set (``off`` disables the cache), else
``$XDG_CACHE_HOME/sanctions-engine`` (``~/.cache/sanctions-engine``).

Entries are pickles, so only the user's own are read: the folder and the file must belong to
the user and be writable by no one else, the file must start with this format's header, name
its key and carry the sha256 of its body, and what it holds must be what was stored. Anything
else -- stale, truncated, corrupt, someone else's -- is ignored (and rebuilt). Writes go to a
temporary file renamed over the entry, so a crash never leaves half of one.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import io
import os
import pickle
import sys
import tempfile
import types
from pathlib import Path
from typing import Any

from . import __version__

__all__ = ["ENV", "cache_dir", "entry_key", "load_entry", "store_entry"]

ENV = "SANCTIONS_ENGINE_CACHE"
_FORMAT = b"sanctions-engine start-up cache 1\n"
_OFF = {"", "0", "off", "no", "false", "none"}
_PACKAGE = Path(__file__).resolve().parent


def cache_dir() -> Path | None:
    """Where entries live; None when the cache is switched off."""
    value = os.environ.get(ENV)
    if value is not None:
        return None if value.strip().lower() in _OFF else Path(value)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sanctions-engine"


def _digest_tree(h: Any, root: Path) -> None:
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            data = path.read_bytes()
            h.update(f"{path.relative_to(root).as_posix()}\0{len(data)}\0".encode())
            h.update(data)


def entry_key(*folders: Path) -> str:
    """The key of what is built from ``folders`` (and this package's code)."""
    h = hashlib.sha256(f"{__version__}\0{sys.version}\0".encode())
    for root in (_PACKAGE, *folders):
        h.update(f"\0{root}\0".encode())  # the path too: a rulebook names its folder
        _digest_tree(h, root)
    return h.hexdigest()


def _private(path: Path) -> bool:
    """Whether ``path`` is the user's own and writable by no one else."""
    try:
        st = path.stat()
    except OSError:
        return False
    getuid = getattr(os, "getuid", None)
    mine = getuid is None or st.st_uid == getuid()
    return mine and not st.st_mode & 0o022


def _relru(function: Any, maxsize: int | None) -> Any:
    return functools.lru_cache(maxsize=maxsize)(function)


def _proxy(mapping: dict[Any, Any]) -> types.MappingProxyType[Any, Any]:
    return types.MappingProxyType(mapping)


class _Pickler(pickle.Pickler):
    """Pickles the engine's objects: memoised methods come back with empty caches."""

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, functools._lru_cache_wrapper):
            return _relru, (obj.__wrapped__, obj.cache_info().maxsize)
        if isinstance(obj, types.MappingProxyType):  # read-only settings (screening weights)
            return _proxy, (dict(obj),)
        return NotImplemented


def load_entry(key: str, kinds: tuple[type | tuple[type, ...], ...]) -> tuple[Any, ...] | None:
    """The objects stored under ``key``, if a valid entry holds one of each of ``kinds``."""
    folder = cache_dir()
    if folder is None or not _private(folder):
        return None
    path = folder / f"engine-{key}.pickle"
    if not _private(path):
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = _FORMAT + key.encode() + b"\n"
    if not data.startswith(head) or len(data) < len(head) + 65:
        return None
    digest, body = data[len(head):len(head) + 64], data[len(head) + 65:]
    if hashlib.sha256(body).hexdigest().encode() != digest:
        return None
    # Hundreds of thousands of small objects come back at once: the collector would walk them
    # again and again while they are made (measured: the lists in 0.11 s instead of 0.2-0.5 s).
    collecting = gc.isenabled()
    gc.disable()
    try:
        parts = pickle.loads(body)
    except Exception:  # corrupt or from other code: rebuilt, never trusted
        return None
    finally:
        if collecting:
            gc.enable()
    if not (isinstance(parts, tuple) and len(parts) == len(kinds)
            and all(isinstance(p, k) for p, k in zip(parts, kinds, strict=True))):
        return None
    return parts


def store_entry(key: str, parts: tuple[Any, ...]) -> None:
    """Keep ``parts`` under ``key`` (best effort: a cache that cannot be written is no cache)."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(folder):
            return
        buf = io.BytesIO()
        _Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL).dump(parts)
        body = buf.getvalue()
        data = (_FORMAT + key.encode() + b"\n" + hashlib.sha256(body).hexdigest().encode()
                + b"\n" + body)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".engine-", suffix=".tmp")  # mode 0600
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, folder / f"engine-{key}.pickle")
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return
