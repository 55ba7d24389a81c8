"""Designated vessels, read from YAML (format in ``docs/lists.md``); not in the UN XML."""

from __future__ import annotations

import hashlib
import os
import re
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BeforeValidator,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from .._yaml import YamlProblem, line_of, load_yaml
from ..events.countries import normalize_country
from .model import _WS, VESSELS_FORMAT_VERSION, ListError, _Model
from .un_xml import imo_check_digit_ok

# --- designated vessels (YAML) ------------------------------------------------------------------


def _yaml_date(value: Any) -> Any:
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise ValueError(f"not a date: {value!r} (expected YYYY-MM-DD)")
    return value


def _flag(value: Any) -> Any:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"a flag must be a country, not {type(value).__name__}")
    return normalize_country(value)


def _imo(value: Any) -> Any:
    if value is None:
        return None
    text = str(value).strip().upper().removeprefix("IMO").strip()
    if not re.fullmatch(r"\d{7}", text):
        raise ValueError(f"not an IMO number: {value!r} (7 digits)")
    if not imo_check_digit_ok(text):
        raise ValueError(f"IMO number {text} fails the ship IMO check digit")
    return text


class VesselSource(_Model):
    """Where a designation is documented."""

    title: str
    url: str | None = None


class DesignatedVessel(_Model):
    """A vessel designated by a Committee, with the citation and the source for it.

    ``designated_on`` is ``None`` when the source gives no day; ``designated_note`` says what it
    does give (e.g. "October 2018"). ``imo`` only where a source gives one; ``imo_confirmed`` is
    false when the reference marks that number unconfirmed.
    """

    name: Annotated[str, Field(min_length=1)]
    aliases: list[str] = Field(default_factory=list)
    imo: Annotated[str | None, BeforeValidator(_imo)] = None
    imo_confirmed: bool = True
    flag: Annotated[str | None, BeforeValidator(_flag)] = None
    designated_on: Annotated[date | None, BeforeValidator(_yaml_date)] = None
    designated_note: str | None = None
    committee: str = "1718"
    basis: Annotated[str, Field(min_length=1)]
    sources: Annotated[list[VesselSource], Field(min_length=1)]
    cases: list[str] = Field(default_factory=list)
    notes: str | None = None

    @field_validator("name")
    @classmethod
    def _strip(cls, value: str) -> str:
        return _WS.sub(" ", value).strip()

    @model_validator(mode="after")
    def _dated(self) -> DesignatedVessel:
        if self.designated_on is None and not self.designated_note:
            raise ValueError("a vessel without designated_on needs designated_note")
        return self

    @property
    def key(self) -> str:
        """A stable key for this vessel: ``IMO9191773`` or ``NAME:<name>``."""
        return f"IMO{self.imo}" if self.imo else f"NAME:{self.name.casefold()}"


class VesselList(_Model):
    """A designated-vessels file: ``format_version``, ``name``, ``as_of``, ``vessels``."""

    format_version: Literal[1]
    name: str
    as_of: Annotated[date, BeforeValidator(_yaml_date)]
    description: str | None = None
    vessels: list[DesignatedVessel]
    sha256: str = ""
    source: str | None = None

    @model_validator(mode="after")
    def _unique(self) -> VesselList:
        seen: dict[str, str] = {}
        for vessel in self.vessels:
            for key in {vessel.key, f"NAME:{vessel.name.casefold()}"}:
                if key in seen:
                    raise ValueError(f"vessel {vessel.name!r} is listed twice "
                                     f"(also as {seen[key]!r}); merge the entries")
                seen[key] = vessel.name
        return self


def load_vessels(path: str | os.PathLike[str]) -> VesselList:
    """Read a designated-vessels YAML file (strict YAML; unknown keys refused)."""
    file = Path(path)
    try:
        raw = file.read_bytes()
        text = raw.decode("utf-8")
    except OSError as exc:
        raise ListError(f"cannot read: {exc.strerror or exc}", file=str(path)) from None
    except UnicodeDecodeError:
        raise ListError("not UTF-8 text", file=str(path)) from None
    try:
        data, lines = load_yaml(text)
    except YamlProblem as exc:
        where = f" (at {exc.key})" if exc.key else ""
        raise ListError(exc.message + where, file=str(path), line=exc.line) from None
    if not isinstance(data, dict):
        raise ListError("a vessels file is a mapping with format_version, name, as_of, vessels",
                        file=str(path), line=1)
    if data.get("format_version") != VESSELS_FORMAT_VERSION:
        raise ListError(f"format_version {data.get('format_version')!r} is not supported "
                        f"(this version reads {VESSELS_FORMAT_VERSION})", file=str(path),
                        line=lines.get(("format_version",)))
    entries = data.get("vessels")
    if isinstance(entries, list):
        seen: dict[str, int] = {}
        for index, entry in enumerate(entries):
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                continue
            keys = {f"NAME:{_WS.sub(' ', entry['name']).strip().casefold()}"}
            if entry.get("imo") is not None:
                keys.add(f"IMO{str(entry['imo']).strip().upper().removeprefix('IMO').strip()}")
            for key in keys:
                if key in seen:
                    raise ListError(
                        f"vessels[{index}]: vessel {entry['name']!r} is listed twice (first at "
                        f"line {line_of(lines, ('vessels', seen[key]))}); merge the entries",
                        file=str(path), line=line_of(lines, ("vessels", index)))
                seen[key] = index
    try:
        vessels = VesselList.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(x for x in first["loc"] if isinstance(x, str | int))
        key = ".".join(map(str, loc))
        raise ListError(f"{key}: {first['msg']}", file=str(path),
                        line=line_of(lines, loc)) from None
    return vessels.model_copy(update={"sha256": hashlib.sha256(raw).hexdigest(),
                                      "source": file.name})
