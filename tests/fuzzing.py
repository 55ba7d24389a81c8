"""A seeded mutation fuzzer over the event fixtures (issue 12, item 8).

``Mutator(seed)`` turns the fixture events into hostile batches: values swapped for wrong
types, huge or confusable ones, deep nesting, lone surrogates, broken bytes, BOMs, broken
array punctuation, YAML aliases and tags. ``check_batch`` runs one batch through the library
and says what went wrong, if anything: an exception other than a clean refusal
(``SanctionsEngineError``), ``events != checked + rejected``, an event of a JSON Lines file
not counted, a report that is not valid UTF-8 text in some format, or different bytes on a
second run. Used by ``tests/unit/test_fuzz.py`` (small, seeded) and ``benchmarks/fuzz.py``
(long runs).
"""

from __future__ import annotations

import copy
import json
import random
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sanctions_engine import Engine, SanctionsEngineError

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures" / "events"

# Values that broke the engine once, or that sit on a boundary of the contract.
HOSTILE: list[Any] = [
    None, True, False, 0, -1, 1, 10 ** 20, -(10 ** 20), 1e308, -0.0, 0.1, 1e15, 1e16,
    "", " ", "\t", "x" * 5000, "\udc00", "a\ud800b", "\u0131q", "\u017fy", "\ufb01ji", "KP",
    "kp", "Kp", "K\u0131", "\u212ap", "North Korea", "9999-12-31", "0001-01-01", "2023-02-29",
    "2024-02-29", "2023-13-01", "20230101", "2023-1-1", "NaN", "1e999999999", "-1", "0x10",
    "\u202etxet", "\x00", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
    "\ufeff", "IMO 1234567", "1234567", "coal", "arms", "refined_petroleum",
    "ballistic_missile", "2701.12", "27", "9" * 11, [], {}, [[]], {"a": {"b": {}}},
    ["KP", "KP"], [None], [1, "a"], {"value": 1, "currency": "USD"},
    {"value": "1e15", "currency": "usd"}, {"role": "buyer", "name": "Kim"},
]
# Raw JSON fragments that json.dumps cannot write (or writes differently).
RAW: list[str] = [
    "NaN", "Infinity", "-Infinity", "1e999", "-0", "9" * 4400, "1" + "0" * 400,
    "0.30000000000000004", "1.0E+3", "1234567890.123456789", '"\\udc00"', '"\\ud800\\udc00"',
    '"\\u0000"', "[" * 70 + "]" * 70, "[" * 1200 + "]" * 1200, '{"a":' * 80 + "1" + "}" * 80,
    "true", "null", '""', "{}", "[]", '"\\uFEFF"',
]
BYTES: list[bytes] = [b"\xff", b"\xfe\xff", b"\xc3", b"\xed\xa0\x80", b"\x00", b"\xef\xbb\xbf",
                      b"\r", b"\n", b"\x85", b"\xe2\x80\xa8", b",", b"]", b"[", b"{", b"}",
                      b'"', b"\\", b":", b"\t"]


def corpus() -> list[dict[str, Any]]:
    """The fixture events, parsed."""
    events = []
    for path in sorted(FIXTURES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                events.append(json.loads(line))
    return events


class Mutator:
    """Hostile batches from the fixture events; the same seed gives the same batches."""

    def __init__(self, seed: int, events: list[dict[str, Any]] | None = None) -> None:
        self.rng = random.Random(seed)
        self.events = events if events is not None else corpus()

    # --- one value ---------------------------------------------------------------------

    def _paths(self, value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        out = [path]
        if isinstance(value, dict):
            for k, v in value.items():
                out += self._paths(v, (*path, k))
        elif isinstance(value, list):
            for i, v in enumerate(value):
                out += self._paths(v, (*path, i))
        return out

    def _set(self, root: Any, path: tuple[Any, ...], value: Any) -> Any:
        if not path:
            return value
        parent = root
        for part in path[:-1]:
            parent = parent[part]
        parent[path[-1]] = value
        return root

    def mutate_event(self, event: dict[str, Any]) -> Any:
        """A copy of ``event`` with one to three structural changes."""
        root: Any = copy.deepcopy(event)
        for _ in range(self.rng.randint(1, 3)):
            paths = self._paths(root)
            path = self.rng.choice(paths)
            action = self.rng.random()
            if action < 0.45:
                root = self._set(root, path, copy.deepcopy(self.rng.choice(HOSTILE)))
            elif action < 0.6 and path:
                parent = root
                for part in path[:-1]:
                    parent = parent[part]
                del parent[path[-1]]
            elif action < 0.7 and path and isinstance(path[-1], str):
                parent = root
                for part in path[:-1]:
                    parent = parent[part]
                parent[path[-1] + self.rng.choice(["_", "s", ""])] = parent.pop(path[-1])
            elif action < 0.8:
                other = self.rng.choice(self.events)
                key = self.rng.choice(list(other))
                target = root
                for part in path:
                    target = target[part]
                if isinstance(target, dict):
                    target[key] = copy.deepcopy(other[key])
            elif action < 0.9:
                target = root
                for part in path:
                    target = target[part]
                if isinstance(target, list) and target:
                    target.extend(copy.deepcopy(target) * self.rng.randint(1, 20))
            else:
                deep: Any = self.rng.choice(HOSTILE)
                for _ in range(self.rng.choice([5, 40, 70, 200])):
                    deep = [deep] if self.rng.random() < 0.5 else {"k": deep}
                root = self._set(root, path, deep)
        return root

    # --- one line ----------------------------------------------------------------------

    def line(self) -> bytes:
        """One JSON line, mutated as data, as text or as bytes."""
        event = self.rng.choice(self.events)
        kind = self.rng.random()
        data = self.mutate_event(event) if kind < 0.6 else copy.deepcopy(event)
        text = json.dumps(data, ensure_ascii=self.rng.random() < 0.5)
        if 0.6 <= kind < 0.8:
            # A raw fragment in place of a value (after a colon).
            spots = [i for i, ch in enumerate(text) if ch == ":"]
            if spots:
                at = self.rng.choice(spots) + 1
                end = at
                while end < len(text) and text[end] not in ",}]":
                    end += 1
                text = text[:at] + self.rng.choice(RAW) + text[end:]
        raw = text.encode("utf-8", "surrogatepass")
        if kind >= 0.8:
            raw = self.mutate_bytes(raw)
        return raw

    def mutate_bytes(self, raw: bytes) -> bytes:
        """Byte-level damage: flips, insertions, deletions, repeats, truncations."""
        data = bytearray(raw)
        for _ in range(self.rng.randint(1, 4)):
            at = self.rng.randrange(len(data) + 1)
            action = self.rng.random()
            if action < 0.3:
                data[at:at] = self.rng.choice(BYTES)
            elif action < 0.5 and data:
                data[at:at + self.rng.randint(1, 8)] = b""
            elif action < 0.65 and data:
                at = min(at, len(data) - 1)
                data[at] = self.rng.randrange(256)
            elif action < 0.8:
                span = bytes(data[at:at + self.rng.randint(1, 30)])
                data[at:at] = span * self.rng.randint(1, 5)
            elif action < 0.9:
                del data[at:]
            else:
                data[at:at] = self.rng.choice(RAW).encode()
        return bytes(data)

    # --- one batch ---------------------------------------------------------------------

    def batch(self, size: int | None = None) -> tuple[str, bytes]:
        """A file suffix and its content."""
        n = size if size is not None else self.rng.randint(1, 25)
        lines = [self.line() for _ in range(n)]
        suffix = self.rng.choices([".jsonl", ".json", ".yaml"], weights=[6, 3, 1])[0]
        if suffix == ".jsonl":
            body = b"\n".join(lines) + self.rng.choice([b"\n", b"", b"\n\n", b"\r\n"])
        elif suffix == ".json":
            sep = self.rng.choice([b",\n", b",", b", ", b"\n"]) if self.rng.random() < 0.1 \
                else b",\n"
            body = b"[\n" + sep.join(lines) + b"\n]\n"
            if self.rng.random() < 0.2:
                body = self.mutate_bytes(body)
        else:
            body = self.yaml(lines)
        if self.rng.random() < 0.05:
            body = b"\xef\xbb\xbf" + body
        return suffix, body

    def yaml(self, lines: list[bytes]) -> bytes:
        """A YAML list of the lines (JSON is YAML), sometimes with aliases or tags."""
        out = [b"- " + line.replace(b"\n", b" ") for line in lines]
        extra = self.rng.random()
        if extra < 0.1:
            out.append(b"- &a0 {id: x, type: other, date: '2023-01-01'}")
            for i in range(1, self.rng.randint(2, 7)):
                out.append(f"- &a{i} [".encode() + b", ".join([f"*a{i - 1}".encode()] * 10)
                           + b"]")
        elif extra < 0.15:
            out.append(b"- &r {id: r, type: other, date: '2023-01-01', source: {s: *r}}")
        elif extra < 0.25:
            out.append(self.rng.choice([
                b"- !!python/object:os.system {id: t}", b"- {id: !!binary aGVsbG8=}",
                b"- {id: t, type: other, date: !!timestamp 2023-01-01}",
                b"- {id: t, type: other, date: '2023-01-01', items: [{quantity: "
                + b"9" * 4400 + b"}]}", b"- !!set {a, b}", b"- {? [a, b] : c}"]))
        return b"\n".join(out) + b"\n"


def expected_jsonl_events(body: bytes) -> int:
    """How many events a JSON Lines file holds: every line that is not blank text."""
    count = 0
    for raw in body.split(b"\n"):
        try:
            if not raw.decode("utf-8").strip():
                continue
        except UnicodeDecodeError:
            pass
        count += 1
    return count


@dataclass
class Outcome:
    """What one batch did: refused whole, or checked; and what went wrong."""

    refused: bool
    events: int
    failure: str | None


def check_batch(engine: Engine, path: Path, body: bytes,
                extra: Callable[[Path], str | None] | None = None) -> Outcome:
    """Run one batch file; a failure names the broken promise."""
    try:
        report = engine.check_files([str(path)])
        again = engine.check_files([str(path)])
    except SanctionsEngineError:
        return Outcome(True, 0, None)
    except Exception:
        return Outcome(False, 0, "exception: " + traceback.format_exc(limit=-6))
    s = report.summary
    if s.events != s.checked + s.rejected:
        return Outcome(False, s.events, f"events {s.events} != checked {s.checked} + "
                                        f"rejected {s.rejected}")
    if path.suffix == ".jsonl" and s.events != expected_jsonl_events(body):
        return Outcome(False, s.events, f"{expected_jsonl_events(body)} lines but "
                                        f"{s.events} events")
    try:
        for fmt in ("json", "text", "markdown", "html"):
            report.render(fmt).encode("utf-8")
        first, second = report.to_json(), again.to_json()
    except Exception:
        return Outcome(False, s.events, "render: " + traceback.format_exc(limit=-6))
    if first != second:
        return Outcome(False, s.events, "not the same bytes twice")
    if extra is not None:
        problem = extra(path)
        if problem:
            return Outcome(False, s.events, problem)
    return Outcome(False, s.events, None)
