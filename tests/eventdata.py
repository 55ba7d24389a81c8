"""Events written in Gherkin doc-strings: YAML, but with dates as text, as events arrive."""

from __future__ import annotations

import datetime as dt
from typing import Any

__all__ = ["jsonable"]


def jsonable(value: Any) -> Any:
    """YAML reads ``2024-01-04`` as a date; events arrive as JSON text, so dates become strings."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    return value
