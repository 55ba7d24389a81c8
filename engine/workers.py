"""``--jobs``: the per-event judgement on several cores, merged back in input order.

Worker processes are forked from the process that compiled the rulebook, so each starts with
the compiled rules, the lists and durable-rules' networks already built (nothing is compiled
again, nothing is pickled but records out and judgements back). Each chunk of records is
validated and judged in a worker; the parent sees every outcome in input order, rejects
repeated ids there (only it sees the whole batch), and does the cross-event step. The bytes of
the report are those of ``--jobs 1``.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult
from typing import Any

from .events.model import Event
from .events.readers import Record
from .events.rejections import Rejection
from .events.validate import Duplicates, validate_one
from .findings.judge import Judge, Judgement

__all__ = ["Outcome", "default_jobs", "judged_in_order", "parallel"]

Outcome = Rejection | Judgement
_Result = list[Rejection | Judgement | str]  # a worker's answer for one chunk, record by record

_NOTHING = Judgement(0, "")  # an event that came to nothing: counted, nothing else
_JUDGE: Judge | None = None
_CONTEXT: dict[str, Any] = {}


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def parallel(jobs: int) -> bool:
    """Whether ``jobs`` worker processes can be used here (forking is needed)."""
    return jobs > 1 and "fork" in multiprocessing.get_all_start_methods()


def judged_in_order(judge: Judge, categories: frozenset[str], records: Iterable[Record],
                    jobs: int, chunk: int, progress: Any = None) -> Iterator[Outcome]:
    """Every record's outcome, in input order: its rejection, or its judgement."""
    global _JUDGE, _CONTEXT
    _JUDGE, _CONTEXT = judge, {"categories": categories}
    ctx = multiprocessing.get_context("fork")
    seen = Duplicates()
    read = 0
    # At most two chunks per worker in flight: memory stays flat whatever the batch size.
    window: deque[tuple[list[Record], AsyncResult[_Result]]] = deque()
    with ctx.Pool(jobs) as pool:
        try:
            for part in _chunks(records, chunk):
                window.append((part, pool.apply_async(_judge_chunk, (read, part))))
                before, read = read, read + len(part)
                if progress is not None and before // 10_000 != read // 10_000:
                    progress(read)
                while len(window) > 2 * jobs:
                    yield from _collect(*window.popleft(), seen)
            while window:
                yield from _collect(*window.popleft(), seen)
        finally:
            _JUDGE, _CONTEXT = None, {}


def _chunks(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    part: list[Record] = []
    for rec in records:
        part.append(rec)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part


def _collect(part: list[Record], result: AsyncResult[_Result], seen: Duplicates
             ) -> Iterator[Outcome]:
    for rec, outcome in zip(part, result.get(), strict=True):
        if isinstance(outcome, Rejection):
            yield outcome
            continue
        event_id = outcome if isinstance(outcome, str) else outcome.event_id
        repeated = seen.check_id(rec, event_id)
        if repeated is not None:
            yield repeated
        else:
            yield outcome if isinstance(outcome, Judgement) else _NOTHING


def _judge_chunk(start: int, part: list[Record]) -> _Result:
    """In a worker: validate and judge one chunk (positions ``start + 1``...)."""
    assert _JUDGE is not None
    out: _Result = []
    events: list[tuple[int, Event]] = []
    slots: list[int] = []
    for i, rec in enumerate(part):
        result = validate_one(rec, _CONTEXT)
        out.append(result if isinstance(result, Rejection) else result.id)
        if isinstance(result, Event):
            events.append((start + i + 1, result))
            slots.append(i)
    for i, judgement in zip(slots, _JUDGE.judge(events), strict=True):
        if not judgement.empty:
            out[i] = judgement  # an empty judgement travels back as its event id alone
    return out
