"""Read event batches: JSON Lines (streamed), JSON arrays, YAML lists, standard input.

A reader yields one ``Record`` per event with its file and line, and never gives up on the
batch because one line is bad: a line that is not JSON becomes a record carrying the error,
and so does one nested too deep or longer than ``MAX_LINE_BYTES``. A well-formed JSON line is
handed on as bytes (``Record.raw``), to be validated straight from them (``validate``); the
rest is parsed here as before, numbers as decimals.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from .._yaml import YamlProblem, load_yaml
from ..errors import EventInputError

__all__ = ["MAX_DEPTH", "MAX_LINE_BYTES", "Record", "parse_line", "read_events", "records_from"]

# Generous bounds (real events nest 4 levels and take a few hundred bytes): past them an event
# is rejected, so that one input can neither exhaust the stack nor take minutes.
MAX_DEPTH = 64
MAX_LINE_BYTES = 1_000_000


@dataclass(frozen=True)
class Record:
    """One event as read: where it came from, its data, or why it could not be parsed.

    ``raw``: the JSON text of a line that can be validated straight from its bytes (then
    ``data`` is None); ``parse_line(raw)`` gives the data and error the line would have had.
    """

    file: str | None
    line: int | None
    data: Any = None
    error: str | None = None
    raw: bytes | None = None


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _loads(text: str) -> Any:
    return json.loads(text, parse_float=Decimal, parse_constant=_no_constants)


# Strings (a lone quote: one left open to the end) and brackets, for measuring the nesting.
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"?|[\[\]{}]', re.DOTALL)
_TOO_DEEP = f"nested too deep: more than {MAX_DEPTH} levels of lists and objects"


def too_deep(text: str) -> bool:
    """Whether the JSON ``text`` nests lists and objects more than ``MAX_DEPTH`` deep."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return False  # the usual case, at the cost of two counts
    depth = 0
    for match in _TOKENS.finditer(text):
        ch = text[match.start()]
        if ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif ch in "]}":
            depth -= 1
    return False


# What the direct path reads differently from ``json.loads`` with decimals: a decimal field
# (``quantity``, ``value``) written as a float that a binary double would not give back digit
# for digit -- 16 digits or more, a trailing zero, an exponent -- and, anywhere, NaN and
# Infinity (refused by the parsing path) or a number longer than Python converts. Floats of
# float fields read the same both ways. A key written with a \\u escape could hide a decimal
# field from this check: such lines are parsed too. All of these are rare.
_DECIMAL_KEYS = (b'"quantity"', b'"value"')
_LITERAL = re.compile(rb"[ \t\r\n]*:[ \t\r\n]*-?(\d+)(?:\.(\d+))?([eE])?")
_LONG_DIGITS = re.compile(rb"\d{4300}")


def direct(line: bytes) -> bool:
    """Whether the JSON ``line`` can be validated straight from its bytes with the very
    result the parsing path would give."""
    if b"NaN" in line or b"Infinity" in line or b"\\u" in line:
        return False
    for key in _DECIMAL_KEYS:
        at = line.find(key)
        while at >= 0:
            number = _LITERAL.match(line, at + len(key))
            if number is not None:
                whole, fraction, exponent = number.groups()
                if exponent or (fraction is not None and (
                        fraction.endswith(b"0") or len(whole) + len(fraction) > 15)):
                    return False
            at = line.find(key, at + len(key))
    return len(line) < 4300 or _LONG_DIGITS.search(line) is None


BLANK = object()  # what parse_line gives for a line of white space (no event)


def parse_line(raw: bytes) -> tuple[Any, str | None]:
    """A JSON line's data, or the error that rejects it; ``(BLANK, None)`` for a blank line."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8 text: {exc.reason} at byte {exc.start}"
    text = text.strip()
    if not text:
        return BLANK, None
    if too_deep(text):
        return None, _TOO_DEEP
    try:
        return _loads(text), None
    except ValueError as exc:
        return None, f"not JSON: {exc}"


def _jsonl(stream: IO[bytes], shown: str | None) -> Iterator[Record]:
    number = 0
    while True:
        raw = stream.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            size = len(raw)
            while raw and not raw.endswith(b"\n"):  # skip the rest without holding it
                raw = stream.readline(1 << 20)
                size += len(raw)
            yield Record(shown, number, error=f"line of {size:,} bytes is longer than the "
                                              f"limit of {MAX_LINE_BYTES:,} bytes")
            continue
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        line = raw.strip()
        if not line:
            continue
        if (line[:1] == b"{" and line.count(b"[") + line.count(b"{") <= MAX_DEPTH
                and direct(line)):
            yield Record(shown, number, raw=raw)
            continue
        data, error = parse_line(raw)
        if data is BLANK:
            continue
        yield Record(shown, number, data, error)


def _json_array(text: str, shown: str) -> Iterator[Record]:
    decoder = json.JSONDecoder(parse_float=Decimal, parse_constant=_no_constants)
    pos = _skip(text, 0)
    if not text.startswith("[", pos):
        raise EventInputError("a .json batch must be a JSON array of events", file=shown, line=1)
    pos = _skip(text, pos + 1)
    if text.startswith("]", pos):
        return
    lines = _Lines(text)
    while True:
        line = lines.at(pos)
        try:
            value, end = decoder.raw_decode(text, pos)
            error = _TOO_DEEP if too_deep(text[pos:end]) else None
        except RecursionError:
            value, end, error = None, pos, _TOO_DEEP
        except ValueError as exc:
            value, end, error = None, pos, f"not JSON: {exc}"
        after = _skip(text, end)
        if error is None and text.startswith((",", "]"), after):
            yield Record(shown, line, value)
        elif error is None:
            # An event followed by something else: skip to the next event, and say so.
            yield Record(shown, line, value)
            yield Record(shown, lines.at(after), error="not JSON: expected ',' or ']' after an "
                                                       "event")
            after = _next_element(text, after)
        else:
            yield Record(shown, line, error=error)
            after = _next_element(text, pos)
        if not text.startswith(",", after):
            return  # "]", or the end of a broken file
        pos = _skip(text, after + 1)


class _Lines:
    """Line numbers of positions met in increasing order (counted once, not from the top)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.line = 1

    def at(self, pos: int) -> int:
        self.line += self.text.count("\n", self.pos, pos)
        self.pos = pos
        return self.line


_ELEMENT_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"?|[\[\]{},]', re.DOTALL)
_CLOSES = {"]": "[", "}": "{"}


def _next_element(text: str, pos: int) -> int:
    """The position of the ``,`` or ``]`` that ends the (broken) array element at ``pos``,
    or the end of the text: brackets are matched, strings skipped."""
    stack: list[str] = []
    for match in _ELEMENT_TOKENS.finditer(text, pos):
        ch = text[match.start()]
        if ch in "[{":
            stack.append(ch)
        elif ch in "]}":
            if not stack:
                if ch == "]":
                    return match.start()
                continue
            if _CLOSES[ch] in stack:  # a bracket left open inside is closed with it
                while stack.pop() != _CLOSES[ch]:
                    pass
        elif ch == "," and not stack:
            return match.start()
    return len(text)


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def _yaml_list(text: str, shown: str) -> Iterator[Record]:
    try:
        data, lines = load_yaml(text)
    except YamlProblem as exc:
        where = f" (at {exc.key})" if exc.key else ""
        raise EventInputError(exc.message + where, file=shown, line=exc.line) from None
    if data is None:
        return
    if not isinstance(data, list):
        raise EventInputError("a YAML batch must be a list of events", file=shown, line=1)
    for i, value in enumerate(data):
        yield Record(shown, lines.get((i,)), value)


def read_events(path: str, stdin: IO[bytes] | None = None,
                input_format: str | None = None, source: IO[bytes] | None = None
                ) -> Iterator[Record]:
    """Records of one event file; ``-`` reads standard input (JSON Lines unless its content
    or ``input_format`` says otherwise). The format: ``events/formats.py``. ``source``: the
    file already opened (binary), read under the name ``path``; closed when done."""
    from .formats import open_batch

    shown = "<stdin>" if path == "-" else path
    try:
        if source is not None:
            raw = source
        elif path == "-":
            raw = stdin if stdin is not None else sys.stdin.buffer
        else:
            raw = Path(path).open("rb")  # noqa: SIM115 - closed by read_events
    except OSError as exc:
        raise EventInputError(f"cannot read: {exc.strerror or exc}", file=path) from None
    try:
        fmt, stream = open_batch(path, input_format, raw)
        if path == "-" and source is None:
            yield from _read_as(fmt, stream, shown)  # standard input stays open
        else:
            with stream:
                yield from _read_as(fmt, stream, shown)
    except OSError as exc:
        raise EventInputError(f"cannot read: {exc.strerror or exc}", file=path) from None
    except UnicodeDecodeError as exc:
        raise EventInputError(f"not UTF-8 text: {exc.reason}", file=path) from None
    finally:
        if path != "-" or source is not None:
            raw.close()


def _read_as(fmt: str, stream: io.BufferedReader, shown: str) -> Iterator[Record]:
    if fmt == "jsonl":
        yield from _jsonl(stream, shown)
    elif fmt in ("json", "yaml"):
        from .formats import text_of

        text = text_of(stream, shown)
        yield from (_json_array(text, shown) if fmt == "json" else _yaml_list(text, shown))
    elif fmt == "csv":
        from .csv import read_csv

        text_stream = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
        try:
            yield from read_csv(text_stream, shown)
        finally:
            text_stream.detach()  # the caller closes the file (never standard input)
    else:
        from .formats import ftm_lines
        from .ftm import read_ftm

        yield from read_ftm(ftm_lines(stream, shown), shown)


def records_from(events: Iterable[Any]) -> Iterator[Record]:
    """Records of in-memory events (dicts or ``Event`` models); ``line`` is the 1-based position."""
    for number, event in enumerate(events, 1):
        yield Record(None, number, event)
