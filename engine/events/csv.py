"""Read a CSV batch: one row per event, columns named by the event's field paths.

The column mapping (docs/events.md): a column is a field path of the event contract, exactly
as a rejection names it: ``id``, ``date``, ``location.country``, ``amount.value``,
``items[0].category``, ``parties[1].identifiers.un_reference``. The lists ``transit`` and
``purposes`` take several values separated by ``;``. A column named after a whole list or
object (``items``, ``parties``, ``vessels``, ``authorizations``, ``location``, ``amount``,
``source``, ``meta``) holds it as JSON. An empty cell is an absent field. Values stay text;
the event model reads numbers and dates from them, so a bad value is a rejection naming its
row (the line) and its column (the field).

An unknown column is refused once for the whole file, naming the column; a row whose JSON
cell is broken is a rejection naming the row and the column.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from decimal import Decimal
from difflib import get_close_matches
from typing import IO, Any

from ..errors import EventInputError
from .model import Authorization, Event, Item, Location, Money, Party, Source, Vessel

__all__ = ["read_csv"]

_LISTS = {"items": Item, "parties": Party, "vessels": Vessel, "authorizations": Authorization}
_OBJECTS = {"location": Location, "amount": Money, "source": Source}
_SPLIT = {"transit", "purposes"}
_STEP = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d{1,4})\])?")
# Free-form maps: any key below them is the sender's own.
_OPEN = {"identifiers", "meta"}


def _known(path: list[tuple[str, int | None]]) -> str | None:
    """Why the column path is not a field of the contract, or None if it is."""
    model: Any = Event
    for depth, (name, index) in enumerate(path):
        fields = model.model_fields if model is not None else None
        if fields is None:
            return None  # inside a free-form map
        if name not in fields:
            hint = get_close_matches(name, sorted(fields), n=1)
            return f"unknown field {name!r}" + (f"; did you mean {hint[0]!r}?" if hint else "")
        if name in _OPEN:
            return None
        if depth == 0 and name in _LISTS:
            if index is None and len(path) > 1:
                return f"{name} needs an index: {name}[0].{path[1][0]}"
            model = _LISTS[name]
        elif depth == 0 and name in _OBJECTS:
            model = _OBJECTS[name]
            if name == "source" and len(path) > 1:
                return None  # source is free-form beyond its keys
        elif name == "value" and model is Item:
            model = Money
        else:
            model = None
            if depth + 1 < len(path):
                return f"{name!r} has no sub-fields"
    return None


def _parse_header(header: list[str], shown: str) -> list[list[tuple[str, int | None]]]:
    paths = []
    seen: set[str] = set()
    for column in header:
        name = column.strip()
        steps: list[tuple[str, int | None]] = []
        for part in name.split("."):
            m = _STEP.fullmatch(part)
            if m is None:
                raise EventInputError(f"column {name!r} is not a field path (e.g. "
                                      "'items[0].category')", file=shown, line=1)
            steps.append((m.group(1), int(m.group(2)) if m.group(2) else None))
        problem = _known(steps)
        if problem is not None:
            raise EventInputError(f"column {name!r}: {problem} (docs/events.md, CSV)",
                                  file=shown, line=1)
        if name in seen:
            raise EventInputError(f"column {name!r} appears twice", file=shown, line=1)
        seen.add(name)
        paths.append(steps)
    return paths


def _put(target: dict[str, Any], steps: list[tuple[str, int | None]], value: Any) -> None:
    node: Any = target
    for i, (name, index) in enumerate(steps):
        last = i == len(steps) - 1
        if index is None:
            if last:
                node[name] = value
            else:
                node = node.setdefault(name, {})
            continue
        seq = node.setdefault(name, [])
        while len(seq) <= index:
            seq.append({})
        if last:
            seq[index] = value
        else:
            node = seq[index]


def _cell(steps: list[tuple[str, int | None]], text: str) -> Any:
    top = steps[0][0]
    if len(steps) == 1 and (top in _LISTS or top in _OBJECTS or top == "meta"):
        return json.loads(text, parse_float=Decimal)
    if len(steps) == 1 and top in _SPLIT:
        return [v.strip() for v in text.split(";") if v.strip()]
    return text


def read_csv(stream: IO[str], shown: str) -> Iterator[Any]:
    """``Record``s of a CSV batch read from a text stream (streamed row by row)."""
    from .readers import Record

    reader = csv.reader(stream)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        raise EventInputError(f"not CSV: {exc}", file=shown, line=1) from None
    paths = _parse_header(header, shown)
    line = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Record(shown, line, error=f"not CSV: {exc}")
            line = reader.line_num + 1
            continue
        start, line = line, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(paths):
            yield Record(shown, start, error=f"row {start}: {len(row)} cells for "
                                             f"{len(paths)} columns")
            continue
        event: dict[str, Any] = {}
        problem = None
        for steps, text, column in zip(paths, row, header, strict=False):
            if not text.strip():
                continue
            try:
                _put(event, steps, _cell(steps, text))
            except ValueError as exc:
                problem = f"row {start}, column {column.strip()!r}: not JSON: {exc}"
                break
        if problem is not None:
            yield Record(shown, start, error=problem)
        else:
            yield Record(shown, start, event)


def sniff_csv(head: str) -> bool:
    """Whether the first line of a file looks like a CSV header of event fields."""
    first = head.splitlines()[0] if head else ""
    try:
        cells = next(csv.reader(io.StringIO(first)))
    except (csv.Error, StopIteration):
        return False
    names = {c.strip().split(".")[0].split("[")[0] for c in cells}
    return len(cells) >= 2 and {"id", "type", "date"} <= names
