"""Turn records into checked ``Event`` models, or rejections that name the field (*validate*)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from difflib import get_close_matches
from typing import Any

from pydantic import ValidationError

from .model import Event
from .readers import Record
from .rejections import FieldError, Rejection

__all__ = ["validate_records"]

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
        return "unknown field" + (f"; did you mean {hint[0]!r}?" if hint else "")
    if kind == "missing":
        return "required field is missing"
    if kind == "enum" or kind == "literal_error":
        return f"{msg} (got {err.get('input')!r})"
    return str(msg).removeprefix("Value error, ")


def validate_records(records: Iterable[Record], categories: frozenset[str]
                     ) -> Iterator[tuple[Record, Event | Rejection]]:
    """Each record with its ``Event``, or with the ``Rejection`` that explains why not."""
    seen: dict[str, tuple[str | None, int | None]] = {}
    context = {"categories": categories}
    for rec in records:
        data = rec.data
        if rec.error is not None:
            yield rec, Rejection(line=rec.line, id=None, file=rec.file,
                                 errors=[FieldError(field="(line)", message=rec.error)])
            continue
        if isinstance(data, Event):
            data = data.model_dump(mode="json", exclude_none=True)
        if not isinstance(data, dict):
            yield rec, Rejection(line=rec.line, id=None, file=rec.file, errors=[FieldError(
                field="(line)", message=f"an event must be an object, not {type(data).__name__}")])
            continue
        raw_id = data.get("id")
        shown_id = str(raw_id) if isinstance(raw_id, str | int) else None
        try:
            event = Event.model_validate(data, context=context)
        except ValidationError as exc:
            errors = [FieldError(field=_path(tuple(e["loc"])), message=_message(e))
                      for e in exc.errors()]
            yield rec, Rejection(line=rec.line, id=shown_id, file=rec.file, errors=errors)
            continue
        first = seen.get(event.id)
        if first is not None:
            where = f"{first[0]}:{first[1]}" if first[0] else f"position {first[1]}"
            yield rec, Rejection(line=rec.line, id=event.id, file=rec.file, errors=[FieldError(
                field="id", message=f"duplicate event id {event.id!r} (first at {where})")])
            continue
        seen[event.id] = (rec.file, rec.line)
        yield rec, event
