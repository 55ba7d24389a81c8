"""Which reader a batch needs: by ``--input-format``, else by name, always confirmed by content.

Formats: ``jsonl`` (JSON Lines), ``json`` (an array), ``yaml`` (a list), ``csv`` (one row per
event, ``events/csv.py``) and ``ftm`` (FollowTheMoney entities, ``events/ftm.py``). A file
whose content starts with the gzip magic bytes is decompressed as it is read (streamed),
whatever its name; ``x.csv.gz`` is a CSV batch. The name decides (``.jsonl``/``.ndjson``,
``.json``, ``.yaml``/``.yml``, ``.csv``, ``.ftm``); standard input and other names are
recognised by their first bytes. A file whose content is plainly another format than its name
says (CSV in a ``.jsonl``, a JSON array in a ``.yaml``) is refused with one error naming what it
looks like, never read as hundreds of broken lines. FollowTheMoney entities in a ``.jsonl`` or
``.json`` file are recognised by their first entity (``schema`` and ``properties``).
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterator
from typing import IO, Any, cast

from ..errors import EventInputError

__all__ = ["FORMATS", "open_batch", "sniff"]

FORMATS = ("jsonl", "json", "yaml", "csv", "ftm")
_BY_SUFFIX = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".yaml": "yaml",
              ".yml": "yaml", ".csv": "csv", ".ftm": "ftm"}
_NAMES = {"jsonl": "JSON Lines", "json": "a JSON array", "yaml": "a YAML list", "csv": "CSV",
          "ftm": "FollowTheMoney entities"}
_PEEK = 65536


def _suffix_format(name: str) -> str | None:
    lower = name.lower().removesuffix(".gz")
    dot = lower.rfind(".")
    return _BY_SUFFIX.get(lower[dot:]) if dot >= 0 else None


def sniff(head: bytes) -> str | None:
    """The format the first bytes of a (decompressed) batch look like, or None."""
    from .csv import sniff_csv
    from .ftm import looks_like_ftm

    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if not text:
        return None
    if text.startswith("["):
        return "json"
    if text.startswith("{"):
        first = text.split("\n", 1)[0]
        try:
            return "ftm" if looks_like_ftm(json.loads(first)) else "jsonl"
        except (ValueError, RecursionError):  # the reader rejects the line, with its reason
            return "jsonl"
    if text.startswith(("- ", "-\n", "---", "%YAML")):
        return "yaml"
    if sniff_csv(text):
        return "csv"
    return None


def _compatible(named: str, seen: str | None) -> bool:
    if seen is None or seen == named:
        return True
    # FollowTheMoney entities are JSON Lines too; a JSON array of them is read the same way.
    # One object in a .json file gets the array reader's own error.
    return (named in ("jsonl", "json") and seen == "ftm") or (named, seen) == ("json", "jsonl")


def open_batch(path: str, input_format: str | None, raw: IO[bytes]
               ) -> tuple[str, io.BufferedReader]:
    """The format of a batch and a byte stream of its (decompressed) content."""
    stream = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(
        cast(Any, raw), _PEEK)
    head = stream.peek(_PEEK)[:_PEEK]
    if head[:2] == b"\x1f\x8b":
        # Decompressed as it is read: a large .jsonl.gz is streamed like a .jsonl.
        stream = io.BufferedReader(cast(Any, gzip.GzipFile(fileobj=stream, mode="rb")), _PEEK)
        try:
            head = stream.peek(_PEEK)[:_PEEK]
        except (OSError, EOFError) as exc:
            raise EventInputError(f"not a readable gzip file: {exc}", file=path) from None
    seen = sniff(head)
    if input_format is not None:
        return input_format, stream
    named = _suffix_format(path) if path != "-" else None
    if named is None:
        return seen or "jsonl", stream
    if named == "ftm" or _compatible(named, seen):
        return ("ftm" if seen == "ftm" else named), stream
    raise EventInputError(
        f"the name says {_NAMES[named]} but the content looks like {_NAMES[str(seen)]}; "
        f"rename the file or pass --input-format {seen}", file=path, line=1)


def text_of(stream: IO[bytes], shown: str) -> str:
    """The whole stream as text (a JSON array or a YAML list is parsed whole)."""
    data = stream.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EventInputError(f"not UTF-8 text: {exc.reason}", file=shown) from None


def ftm_lines(stream: IO[bytes], shown: str) -> Iterator[tuple[int, Any]]:
    """(line, entity or a Record carrying the error) of a FollowTheMoney file: JSON Lines,
    or a JSON array of entities."""
    from .readers import Record, _json_array, _jsonl, parse_line

    head = cast(io.BufferedReader, stream).peek(_PEEK)[:_PEEK]
    array = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n").startswith("[")
    records = _json_array(text_of(stream, shown), shown) if array else _jsonl(stream, shown)
    for rec in records:
        if rec.raw is not None:  # a line handed on as bytes: parsed here, FtM needs the data
            data, error = parse_line(rec.raw)
            rec = Record(rec.file, rec.line, data, error)
        yield (rec.line or 0, rec if rec.error is not None else rec.data)
