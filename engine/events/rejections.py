"""Rejected events: which field, what is wrong (the validate step's output)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict


def _text(value: Any) -> Any:
    """Text that can be written anywhere: a lone surrogate (a JSON escape, a file name that
    is not UTF-8) is shown as its escape, ``\\udc00``."""
    if isinstance(value, str) and not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value


Text = Annotated[str, BeforeValidator(_text)]


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True, populate_by_name=True)


class FieldError(_Out):
    """What is wrong with one field of a rejected event."""

    field: Text
    message: Text


class Rejection(_Out):
    """An event that could not be checked, with every reason."""

    line: int | None
    id: Text | None
    errors: list[FieldError]
    file: Text | None = None
