"""The engine's own code, run on rows: the per-event judgement and the cross-event groups.

Everything here is plain Python over the local engine (no pyspark import): the executors call
it from ``mapInArrow`` and ``applyInArrow``. Each output is a flat row (a dict) of the judged
table (``ROW_FIELDS``); the models travel as their JSON (``payload``), written exactly as the
local report writes them, so that the driver can put the report together byte for byte.

An event's place in the input is its *order key* ``(src, split, row)``: the input file, the
byte offset where its split starts (or the partition of a DataFrame), the row within the split.
It sorts like the position in the local run; lines are numbered from it at the end.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from ..events.model import Event
from ..events.readers import BLANK, MAX_DEPTH, MAX_LINE_BYTES, Record, direct, parse_line
from ..events.rejections import Rejection
from ..events.validate import validate_one
from ..findings.caps import CapEntry, cap_findings
from ..findings.links import LinkThen, chains
from ..findings.models import Finding
from ..findings.state import Contribution, LinkFirst, as_json_number
from ..matching.facts import CHUNK
from ..pipeline import Engine

__all__ = ["ROW_FIELDS", "judge", "record_of_line", "sum_caps", "tie_links"]

Key = tuple[int, int, int]
Row = dict[str, Any]

# The judged table: one row per output of an event (kind says which).
ROW_FIELDS = ("kind", "src", "split", "row", "seq", "rule_id", "event_id", "payload",
              "cap_id", "period_from", "period_until", "date", "link_id", "keys", "raw")

# kinds
EVENT, REJECTED, FINDING, EXEMPTED, SCREENING = "event", "rejected", "finding", "exempted", \
    "screening"
CONTRIBUTION, FIRST, THEN = "contribution", "first", "then"


def _row(kind: str, key: Key, seq: int = 0, **cols: Any) -> Row:
    row: Row = dict.fromkeys(ROW_FIELDS)
    row.update(kind=kind, src=key[0], split=key[1], row=key[2], seq=seq, **cols)
    return row


def _json(model: Any) -> str:
    return json.dumps(model.model_dump(mode="json", by_alias=True), ensure_ascii=False)


def record_of_line(raw: bytes, first: bool, last: bool = False) -> Record | None:
    """One line of a JSON Lines file (without its newline) as the local reader makes it;
    None for a blank line. ``first``: the file's first line (it may start with a BOM);
    ``last``: no newline followed it (the size a too long line shows). The record's line
    number is given later, from the lines of the splits before (``_plan``)."""
    line = 0
    if len(raw) > MAX_LINE_BYTES:
        size = len(raw) + (0 if last else 1)
        return Record(None, line, error=f"line of {size:,} bytes is longer than the limit of "
                                        f"{MAX_LINE_BYTES:,} bytes")
    if first and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    stripped = raw.strip()
    if not stripped:
        return None
    if (stripped[:1] == b"{" and stripped.count(b"[") + stripped.count(b"{") <= MAX_DEPTH
            and direct(stripped)):
        return Record(None, line, raw=raw)
    data, error = parse_line(raw)
    if data is BLANK:
        return None
    return Record(None, line, data, error)


def judge(engine: Engine, records: Iterable[tuple[Key, Record]]) -> Iterator[Row]:
    """The per-event judgement of each record (the local engine's ``Judge``): its rejection,
    or the event, its screening rows, findings, exempted findings, cap contributions and link
    halves."""
    context = {"categories": engine.categories}
    pending: list[tuple[Key, Event]] = []
    for key, rec in records:
        result = validate_one(rec, context)
        if isinstance(result, Rejection):
            yield _row(REJECTED, key, event_id=result.id, payload=_json(result))
            continue
        yield _row(EVENT, key, event_id=result.id)
        pending.append((key, result))
        if len(pending) >= CHUNK:
            yield from _flush(engine, pending)
            pending.clear()
    if pending:
        yield from _flush(engine, pending)


def _flush(engine: Engine, pending: Sequence[tuple[Key, Event]]) -> Iterator[Row]:
    judged = engine.judge.judge([(0, event) for _, event in pending])
    for (key, event), j in zip(pending, judged, strict=True):
        for i, row in enumerate(j.screening):
            yield _row(SCREENING, key, i, event_id=event.id, payload=_json(row))
        for i, f in enumerate(j.findings):
            yield _row(FINDING, key, i, rule_id=f.rule_id, event_id=event.id, payload=_json(f))
        for i, f in enumerate(j.exempted):
            yield _row(EXEMPTED, key, i, rule_id=f.rule_id, event_id=event.id, payload=_json(f))
        for i, first in enumerate(j.firsts):
            yield _row(FIRST, key, i, link_id=first.link_id, event_id=event.id,
                       date=first.date, payload=_first_json(first),
                       keys=sorted({_key_json(k) for k, _ in first.vessels}))
        for i, then in enumerate(j.thens):
            yield _row(THEN, key, len(j.firsts) + i, link_id=then.link_id, event_id=event.id,
                       date=then.date, raw=pickle.dumps(then),
                       keys=sorted({_key_json(k) for k, _ in then.vessels}))
        for i, entry in enumerate(j.contributions):
            c = entry.contribution
            yield _row(CONTRIBUTION, key, i + 1, cap_id=c.cap_id, period_from=c.period_from,
                       period_until=c.period_until, event_id=c.event_id, date=c.date,
                       raw=pickle.dumps(entry.base),
                       payload=amounts_json(c))


def amounts_json(c: Contribution) -> str:
    """A contribution's quantities as a row carries them; the uncertain part of a conversion
    and why, only when there is one (a row without doubt is written as before)."""
    if not c.uncertain:
        return json.dumps(c.quantities, sort_keys=True)
    return json.dumps({"quantities": c.quantities, "uncertain": c.uncertain, "why": c.why},
                      sort_keys=True)


def contribution_of(r: Any, batch: int, position: int) -> Contribution:
    """The contribution of a row (``amounts_json``'s payload)."""
    data = json.loads(r["payload"])
    if "quantities" in data and isinstance(data["quantities"], dict):
        return Contribution(r["cap_id"], r["period_from"], r["period_until"], r["event_id"],
                            r["date"], data["quantities"], batch, position, data["uncertain"],
                            data["why"])
    return Contribution(r["cap_id"], r["period_from"], r["period_until"], r["event_id"],
                        r["date"], data, batch, position)


def _key_json(key: tuple[str, ...]) -> str:
    return json.dumps(list(key), ensure_ascii=False)


def _first_json(first: LinkFirst) -> str:
    return json.dumps({"link_id": first.link_id, "event_id": first.event_id, "date": first.date,
                       "type": first.type, "vessels": [[list(k), v] for k, v in first.vessels]},
                      ensure_ascii=False)


def first_of(payload: str) -> LinkFirst:
    """A link's first event back from its JSON (as the state file keeps it)."""
    f = json.loads(payload)
    return LinkFirst(f["link_id"], f["event_id"], f["date"], f["type"],
                     tuple((tuple(str(k) for k in key), str(shown))
                           for key, shown in f["vessels"]))


# --- cross-event: caps -----------------------------------------------------------------------

# The order key of findings about events of earlier batches: after every event of this one.
LATE = (2**31 - 1, 2**63 - 1, 2**63 - 1)


def sum_caps(engine: Engine, rows: Sequence[Row]) -> tuple[list[Row], list[Row]]:
    """One cap and period: the running totals in date order, the findings of every
    contribution over a limit (rows of the judged table, phase 1) and the period's totals,
    by the local engine's cross-event step (``findings.caps``).

    ``rows``: this batch's contributions (``batch`` 1, with the order key and the finding
    they start from) and the state's (``batch`` 0)."""
    prior: list[Contribution] = []
    entries: list[CapEntry] = []
    where: dict[int, Row] = {}
    for r in rows:
        batch = int(r["batch"])
        position = len(where) + 1 if batch == 1 else 0
        c = contribution_of(r, batch, position)
        if batch == 1:
            where[position] = r
            entries.append(CapEntry(c, pickle.loads(r["raw"])))
        else:
            prior.append(c)
    late = len(where) + 1
    found, totals, _ = cap_findings(engine.judge.caps, engine.judge.rules, prior, entries, late)
    out: list[Row] = []
    for seq, (position, finding) in enumerate(found):
        if position == late:
            okey = LATE
        else:
            r = where[position]
            okey = (r["src"], r["split"], r["row"])
        out.append(_row(FINDING, okey, seq, rule_id=finding.rule_id,
                        event_id=finding.event_ids[0], period_from=r_period(finding),
                        payload=_json(finding)))
    rows_out = []
    for i, t in enumerate(totals):
        payload = json.dumps({"cap_id": t.cap_id,
                              "period": {"from": t.period_from, "until": t.period_until},
                              "unit": t.unit, "total": as_json_number(t.total),
                              "limit": as_json_number(t.limit), "share": t.share,
                              "events": t.events}, ensure_ascii=False)
        rows_out.append({"cap_id": t.cap_id, "period_from": t.period_from, "seq": i,
                         "unit": t.unit, "payload": payload})
    return out, rows_out


def r_period(finding: Finding) -> str:
    """The period a cap finding is about (the stage of its explanation)."""
    return finding.explanation.stage.from_


# --- cross-event: links ----------------------------------------------------------------------


def tie_links(engine: Engine, then: Row, firsts: Sequence[tuple[LinkFirst, bool]]
              ) -> Row | None:
    """A later event tied to earlier ones by a vessel, by the local engine's cross-event step
    (``findings.links``), as a finding row; ``firsts``: the candidates the vessel-key join
    found, each with whether it is of this batch."""
    half: LinkThen = pickle.loads(then["raw"])
    current = [f for f, mine in firsts if mine]
    prior = [f for f, mine in firsts if not mine]
    found, _ = chains(engine.judge.links, prior, current, [half])
    if not found:
        return None
    finding = found[0][1]
    return _row(FINDING, (then["src"], then["split"], then["row"]), then["seq"],
                rule_id=finding.rule_id, event_id=half.event_id, payload=_json(finding))


def decimal_free(value: Any) -> Any:
    """Record data from a DataFrame row: floats as the decimals JSON text would give."""
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, dict):
        return {k: decimal_free(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [decimal_free(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
