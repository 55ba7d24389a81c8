"""Rejected events: which field, what is wrong (the validate step's output)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True, populate_by_name=True)


class FieldError(_Out):
    """What is wrong with one field of a rejected event."""

    field: str
    message: str


class Rejection(_Out):
    """An event that could not be checked, with every reason."""

    line: int | None
    id: str | None
    errors: list[FieldError]
    file: str | None = None
