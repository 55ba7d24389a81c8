"""Turn records into checked ``Event`` models, or rejections that name the field (*validate*)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from difflib import get_close_matches
from typing import Any

from pydantic import ValidationError

from .ids import SeenIds
from .model import Event
from .readers import Record, parse_line
from .rejections import FieldError, Rejection

__all__ = ["Duplicates", "validate_one", "validate_records"]

_EVENT_FIELDS = sorted(Event.model_fields)


def _path(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif isinstance(part, str) and ("[" in part or part.startswith("function-")):
            continue  # pydantic's names for validators and union members
        else:
            out += f".{part}" if out else str(part)
    return out or "(event)"


def _message(err: Any) -> str:
    kind, msg, loc = err["type"], err["msg"], err["loc"]
    if kind == "extra_forbidden":
        hint = get_close_matches(str(loc[-1]), _EVENT_FIELDS, n=1) if len(loc) == 1 else []
        if hint:
            return f"unknown field; did you mean {hint[0]!r}?"
        if len(loc) == 1:
            return ("unknown field; the sender's own data goes in 'meta' "
                    f"(\"meta\": {{\"{loc[-1]}\": ...}})")
        return "unknown field"
    if kind == "missing":
        return "required field is missing"
    if kind == "enum" or kind == "literal_error":
        return f"{msg} (got {err.get('input')!r})"
    return str(msg).removeprefix("Value error, ")


def _has_surrogate(text: str) -> bool:
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _surrogate_at(value: Any) -> str | None:
    """The path of the first key or text holding a lone surrogate (a JSON ``\\udc00`` escape
    decodes to one): such text cannot be written to a report, so the event is rejected."""
    stack: list[tuple[Any, tuple[Any, ...]]] = [(value, ())]
    while stack:
        item, path = stack.pop()
        if isinstance(item, str):
            if _has_surrogate(item):
                return _path(path)
        elif isinstance(item, dict):
            for key, child in item.items():
                if isinstance(key, str) and _has_surrogate(key):
                    return _path((*path, key))
                stack.append((child, (*path, key)))
        elif isinstance(item, list):
            stack.extend((child, (*path, i)) for i, child in reversed(list(enumerate(item))))
    return None


def _shown_id(raw_id: Any) -> str | None:
    if isinstance(raw_id, str):
        return raw_id
    if isinstance(raw_id, int):
        try:
            return str(raw_id)
        except ValueError:  # more digits than Python converts (4,300): not an id to show
            return None
    return None


def _from_data(rec: Record, data: Any, error: str | None, context: dict[str, Any]
               ) -> Event | Rejection:
    """The event of parsed data (the library's dicts, YAML, a JSON line that was not direct)."""
    if error is not None:
        return Rejection(line=rec.line, id=None, file=rec.file,
                         errors=[FieldError(field="(line)", message=error)])
    if isinstance(data, Event):
        data = data.model_dump(mode="json", exclude_none=True)
    if not isinstance(data, dict):
        return Rejection(line=rec.line, id=None, file=rec.file, errors=[FieldError(
            field="(line)", message=f"an event must be an object, not {type(data).__name__}")])
    shown_id = _shown_id(data.get("id"))
    bad = _surrogate_at(data)
    if bad is not None:
        return Rejection(line=rec.line, id=shown_id, file=rec.file, errors=[FieldError(
            field=bad, message="not valid text: a lone surrogate (an unpaired \\ud800-\\udfff "
                               "escape)")])
    try:
        return Event.model_validate(data, context=context)
    except ValidationError as exc:
        errors = [FieldError(field=_path(tuple(e["loc"])), message=_message(e))
                  for e in exc.errors()]
        return Rejection(line=rec.line, id=shown_id, file=rec.file, errors=errors)


def validate_records(records: Iterable[Record], categories: frozenset[str]
                     ) -> Iterator[tuple[Record, Event | Rejection]]:
    """Each record with its ``Event``, or with the ``Rejection`` that explains why not."""
    seen = Duplicates()
    context = {"categories": categories}
    for rec in records:
        result = validate_one(rec, context)
        if isinstance(result, Event):
            result = seen.check(rec, result)
        yield rec, result


def validate_one(rec: Record, context: dict[str, Any]) -> Event | Rejection:
    """One record on its own (``context``: ``{"categories": ...}``); repeated ids are found
    by ``Duplicates``, which sees the whole batch.

    A JSON line read as bytes (``Record.raw``) is validated straight from them; if that
    fails it is parsed and validated as data, so that every rejection reads as it always did.
    """
    if rec.raw is not None:
        try:
            return Event.model_validate_json(rec.raw, context=context)
        except ValidationError:
            data, error = parse_line(rec.raw)
            return _from_data(rec, data, error, context)
    return _from_data(rec, rec.data, rec.error, context)


class Duplicates:
    """The ids seen so far in a batch: a second event with one is rejected at its line."""

    def __init__(self) -> None:
        self._seen = SeenIds()

    def check(self, rec: Record, event: Event) -> Event | Rejection:
        """The event, or its rejection if its id came before."""
        repeated = self.check_id(rec, event.id)
        return event if repeated is None else repeated

    def check_id(self, rec: Record, event_id: str) -> Rejection | None:
        """The rejection of a repeated id, or ``None`` (and the id is remembered)."""
        first = self._seen.first(event_id, rec.file, rec.line)
        if first is not None:
            where = f"{first[0]}:{first[1]}" if first[0] else f"position {first[1]}"
            return Rejection(line=rec.line, id=event_id, file=rec.file, errors=[FieldError(
                field="id", message=f"duplicate event id {event_id!r} (first at {where})")])
        return None
