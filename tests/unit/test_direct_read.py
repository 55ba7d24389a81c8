"""Validating JSON lines straight from bytes gives the events the parsing path gives.

``read_events`` hands a well-formed-looking JSON line on as bytes and ``validate_records``
validates it with ``Event.model_validate_json``; the parsing path (``json.loads`` with decimals,
then ``Event.model_validate``) is what every other line takes. Whenever the direct path
accepts a line, the parsing path must give the same event, digit for digit.
"""

from __future__ import annotations

import io
import json
from decimal import Decimal
from pathlib import Path

from fuzzing import Mutator, corpus
from hypothesis import given, settings
from hypothesis import strategies as st
from sanctions_engine import Engine
from sanctions_engine.events.model import Event
from sanctions_engine.events.readers import parse_line, read_events


def _same_both_ways(raw: bytes, categories: frozenset[str]) -> bool:
    """Whether the direct path took ``raw``; asserts both paths agree if it did."""
    context = {"categories": categories}
    try:
        direct = Event.model_validate_json(raw, context=context)
    except ValueError:
        return False
    data, error = parse_line(raw)
    assert error is None, (raw, error)
    parsed = Event.model_validate(data, context=context)
    # ``source`` is free-form provenance, never judged nor reported: its numbers may differ
    # in type (float or Decimal), nothing else may.
    assert repr(direct.model_copy(update={"source": None})) == repr(
        parsed.model_copy(update={"source": None})), raw
    return True


def _direct_records(path: Path) -> list[bytes]:
    return [r.raw for r in read_events(str(path)) if r.raw is not None]


def test_fixture_and_fuzzed_lines_agree(engine: Engine, tmp_path: Path) -> None:
    categories = frozenset(engine.rulebook.taxonomy.categories)
    mutator = Mutator(11)
    lines = [json.dumps(e).encode() for e in corpus()] + [mutator.line() for _ in range(3000)]
    path = tmp_path / "lines.jsonl"
    path.write_bytes(b"\n".join(line.replace(b"\n", b" ") for line in lines) + b"\n")
    direct = [raw for raw in _direct_records(path) if _same_both_ways(raw, categories)]
    assert len(direct) > 100  # the direct path is exercised, not skipped


NUMBERS = st.one_of(
    st.integers(min_value=0, max_value=10 ** 20).map(str),
    st.decimals(min_value=0, max_value=Decimal(10) ** 16, allow_nan=False,
                allow_infinity=False, places=6).map(str),
    st.floats(min_value=0, max_value=1e16, allow_nan=False).map(repr),
    st.from_regex(r"\A(0|[1-9][0-9]{0,17})(\.[0-9]{1,12})?([eE][-+]?[0-9]{1,2})?\Z"),
)


@settings(max_examples=300, deadline=None)
@given(quantity=NUMBERS, value=NUMBERS, lat=NUMBERS)
def test_numbers_agree_digit_for_digit(engine: Engine, quantity: str, value: str,
                                       lat: str) -> None:
    raw = ('{"id": "n", "type": "transfer", "date": "2023-01-01", "location": {"lat": ' + lat
           + '}, "items": [{"category": "coal", "quantity": ' + quantity + ', "unit": "t", '
           '"value": {"value": ' + value + ', "currency": "USD"}}]}').encode()
    (record,) = list(read_events("-", stdin=io.BytesIO(raw)))
    if record.raw is not None:  # the reader chose the direct path
        _same_both_ways(record.raw, frozenset(engine.rulebook.taxonomy.categories))


def test_a_float_with_many_digits_keeps_them(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "digits.jsonl"
    path.write_text('{"id": "d", "type": "transfer", "date": "2023-01-01", "items": '
                    '[{"category": "coal", "quantity": 1234567890.123456789, "unit": "t"}]}\n',
                    encoding="utf-8")
    (record,) = list(read_events(str(path)))
    assert record.raw is None  # too many digits for a double: parsed as a decimal
    assert record.data["items"][0]["quantity"] == Decimal("1234567890.123456789")


