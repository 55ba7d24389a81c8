"""Read event batches: JSON Lines (streamed), JSON arrays, YAML lists, standard input.

A reader yields one ``Record`` per event with its file and line, and never gives up on the
batch because one line is bad: a line that is not JSON becomes a record carrying the error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from .._yaml import YamlProblem, load_yaml
from ..errors import EventInputError

__all__ = ["Record", "read_events", "records_from"]


@dataclass(frozen=True)
class Record:
    """One event as read: where it came from, its data, or why it could not be parsed."""

    file: str | None
    line: int | None
    data: Any = None
    error: str | None = None


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _loads(text: str) -> Any:
    return json.loads(text, parse_float=Decimal, parse_constant=_no_constants)


def _jsonl(stream: IO[bytes], shown: str | None) -> Iterator[Record]:
    for number, raw in enumerate(stream, 1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Record(shown, number, error=f"not UTF-8 text: {exc.reason} at byte {exc.start}")
            continue
        text = text.strip()
        if not text:
            continue
        try:
            yield Record(shown, number, _loads(text))
        except ValueError as exc:
            yield Record(shown, number, error=f"not JSON: {exc}")


def _json_array(text: str, shown: str) -> Iterator[Record]:
    decoder = json.JSONDecoder(parse_float=Decimal, parse_constant=_no_constants)
    pos = _skip(text, 0)
    if not text.startswith("[", pos):
        raise EventInputError("a .json batch must be a JSON array of events", file=shown, line=1)
    pos = _skip(text, pos + 1)
    if text.startswith("]", pos):
        return
    while True:
        line = text.count("\n", 0, pos) + 1
        try:
            value, pos = decoder.raw_decode(text, pos)
        except ValueError as exc:
            # The array itself is broken: nothing after this point can be located reliably.
            yield Record(shown, line, error=f"not JSON: {exc}")
            return
        yield Record(shown, line, value)
        pos = _skip(text, pos)
        if text.startswith(",", pos):
            pos = _skip(text, pos + 1)
        elif text.startswith("]", pos):
            return
        else:
            yield Record(shown, text.count("\n", 0, pos) + 1,
                         error="not JSON: expected ',' or ']' after an event")
            return


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def _yaml_list(text: str, shown: str) -> Iterator[Record]:
    try:
        data, lines = load_yaml(text)
    except YamlProblem as exc:
        raise EventInputError(exc.message, file=shown, line=exc.line) from None
    if data is None:
        return
    if not isinstance(data, list):
        raise EventInputError("a YAML batch must be a list of events", file=shown, line=1)
    for i, value in enumerate(data):
        yield Record(shown, lines.get((i,)), value)


def read_events(path: str, stdin: IO[bytes] | None = None) -> Iterator[Record]:
    """Records of one event file; ``-`` reads JSON Lines from standard input."""
    if path == "-":
        yield from _jsonl(stdin if stdin is not None else sys.stdin.buffer, "<stdin>")
        return
    p = Path(path)
    suffix = p.suffix.lower()
    try:
        if suffix in (".json", ".yaml", ".yml"):
            try:
                text = p.read_text(encoding="utf-8")
            except UnicodeDecodeError as exc:
                raise EventInputError(f"not UTF-8 text: {exc.reason}", file=path) from None
            yield from (_json_array(text, path) if suffix == ".json" else _yaml_list(text, path))
            return
        with p.open("rb") as stream:
            yield from _jsonl(stream, path)
    except OSError as exc:
        raise EventInputError(f"cannot read: {exc.strerror or exc}", file=path) from None


def records_from(events: Iterable[Any]) -> Iterator[Record]:
    """Records of in-memory events (dicts or ``Event`` models); ``line`` is the 1-based position."""
    for number, event in enumerate(events, 1):
        yield Record(None, number, event)
