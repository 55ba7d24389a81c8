"""Errors raised by sanctions-engine.

Every error carries where it happened, so that a person can go and fix it::

    SanctionsEngineError            root; exit status 2 on the command line
    ├── RuleError                   a rule file is unreadable or invalid (file, line, key, rule id)
    ├── EventInputError             an event file cannot be read at all (file, line)
    ├── StateError                  per-period state cannot be used (reserved for totals)
    ├── DecisionsError              a reviewer decisions file is unreadable or invalid (file, line)
    └── MatchError                  the matching core misbehaved (a bug: please report it)

An individual invalid event is not an exception: it becomes a ``Rejection`` in the report,
and the rest of the batch is still checked.
"""

from __future__ import annotations

from typing import ClassVar

__all__ = [
    "DecisionsError",
    "EventInputError",
    "MatchError",
    "RuleError",
    "SanctionsEngineError",
    "StateError",
]


class SanctionsEngineError(Exception):
    """Root of every error this package raises on purpose."""

    exit_code: ClassVar[int] = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def show(self) -> str:
        """The message as the command line prints it."""
        return f"error: {self}"


class RuleError(SanctionsEngineError):
    """A rule, taxonomy or catalogue file that cannot be loaded.

    ``str()`` reads ``rules/dprk/arms.yaml:12: rule 'dprk.arms.import', key 'when[0].field': ...``.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        key: str | None = None,
        rule_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.file = file
        self.line = line
        self.key = key
        self.rule_id = rule_id

    def __str__(self) -> str:
        where = self.file or "<rules>"
        if self.line is not None:
            where += f":{self.line}"
        context = [f"rule '{self.rule_id}'" if self.rule_id else "",
                   f"key '{self.key}'" if self.key else ""]
        ctx = ", ".join(c for c in context if c)
        return f"{where}: {ctx}: {self.message}" if ctx else f"{where}: {self.message}"


class EventInputError(SanctionsEngineError):
    """An event file that cannot be read at all (missing, unreadable, not a list)."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.file = file
        self.line = line

    def __str__(self) -> str:
        where = self.file or "<events>"
        if self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.message}"


class DecisionsError(SanctionsEngineError):
    """A decisions file (``check --decisions``) that cannot be read or is invalid."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.file = file
        self.line = line

    def __str__(self) -> str:
        where = self.file or "<decisions>"
        if self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.message}"


class StateError(SanctionsEngineError):
    """Per-period state (running totals) that cannot be used."""


class MatchError(SanctionsEngineError):
    """The matching core did something it must not do; this is a bug in sanctions-engine."""
