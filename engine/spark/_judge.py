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
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from ..events.model import Event
from ..events.readers import _NOT_DIRECT, BLANK, MAX_DEPTH, MAX_LINE_BYTES, Record, parse_line
from ..events.rejections import Rejection
from ..events.validate import validate_records
from ..findings.state import Contribution, Crossing, LinkFirst, add_up, as_json_number
from ..matching.compiler import Variant
from ..matching.facts import CHUNK, to_fact
from ..pipeline import Engine, _identified, _screening_out, _vessel_keys, _vessel_text
from ..report.models import ChainOut
from ..screening.step import Hit, fact_keys

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
            and _NOT_DIRECT.search(stripped) is None):
        return Record(None, line, raw=raw)
    data, error = parse_line(raw)
    if data is BLANK:
        return None
    return Record(None, line, data, error)


@dataclass
class _Pending:
    key: Key
    raw: bytes
    event: Event
    fact: dict[str, Any]
    hits: list[Hit]


def _event_of(engine: Engine, rec: Record) -> tuple[Event, dict[str, Any], list[Hit]]:
    """An event judged again from its record (for the cross-event findings)."""
    (_, result), = validate_records([rec], engine._categories)
    assert isinstance(result, Event)
    hits = engine.designations.hits(result) if engine.designations is not None else []
    fact = to_fact(result, engine.rulebook.taxonomy, "", fact_keys(hits) if hits else None)
    return result, fact, hits


def judge(engine: Engine, records: Iterable[tuple[Key, Record]]) -> Iterator[Row]:
    """The per-event judgement of each record: its rejection, or the event, its screening
    rows, findings, exempted findings, cap contributions and link halves."""
    categories = engine._categories
    taxonomy = engine.rulebook.taxonomy
    pending: list[_Pending] = []
    for key, rec in records:
        (_, result), = validate_records([rec], categories)
        if isinstance(result, Rejection):
            yield _row(REJECTED, key, event_id=result.id, payload=_json(result))
            continue
        yield _row(EVENT, key, event_id=result.id)
        hits: list[Hit] = []
        marks = None
        if engine.designations is not None:
            hits = engine.designations.hits(result)
            if hits:
                marks = fact_keys(hits)
                for i, h in enumerate(hits):
                    yield _row(SCREENING, key, i, event_id=result.id,
                               payload=_json(_screening_out(result.id, h)))
        pending.append(_Pending(key, pickle.dumps(rec), result,
                                to_fact(result, taxonomy, "", marks), hits))
        if len(pending) >= CHUNK:
            yield from _flush(engine, pending)
            pending.clear()
    if pending:
        yield from _flush(engine, pending)


def _flush(engine: Engine, pending: Sequence[_Pending]) -> Iterator[Row]:
    fired = engine._matcher.match([p.fact for p in pending])
    links = {link.rule.id: link for link in engine.rulebook.links}
    for p, names in zip(pending, fired, strict=True):
        if not names:
            continue
        ev = p.event
        found, lifted = engine._explain(ev, p.fact, names, p.hits)
        # the stable id and the event's meta, as the report gives them (pipeline._identified)
        mine = {ev.id: ev}
        found = [_identified(f, mine) for f in found]
        lifted = [_identified(f, mine) for f in lifted]
        seq = 0
        for f in found:
            yield _row(FINDING, p.key, seq, rule_id=f.rule_id, event_id=ev.id, payload=_json(f))
            seq += 1
        for i, f in enumerate(lifted):
            yield _row(EXEMPTED, p.key, i, rule_id=f.rule_id, event_id=ev.id, payload=_json(f))
        for i, name in enumerate(sorted(n for n in names if n.startswith(("l1|", "l2|")))):
            link = links[name.split("|")[1]]
            if name.startswith("l1|"):
                first = LinkFirst(link.rule.id, ev.id, ev.date.isoformat(), ev.type.value,
                                  tuple((k, _vessel_text(v)) for v in ev.vessels
                                        if v.flag != link.not_flagged for k in _vessel_keys(v)))
                yield _row(FIRST, p.key, i, link_id=link.rule.id, event_id=ev.id,
                           date=first.date, payload=_first_json(first),
                           keys=sorted({_key_json(k) for k, _ in first.vessels}))
            else:
                yield _row(THEN, p.key, i, link_id=link.rule.id, event_id=ev.id,
                           date=ev.date.isoformat(), rule_id=name, raw=p.raw,
                           keys=sorted({_key_json(k) for v in ev.vessels
                                        for k in _vessel_keys(v)}))
        counted: list[Contribution] = []
        for name in sorted(n for n in names if n.startswith("c|")):
            before = len(counted)
            review = engine._count(name, 0, ev, p.fact, counted)
            for c in counted[before:]:
                yield _row(CONTRIBUTION, p.key, len(counted), cap_id=c.cap_id,
                           period_from=c.period_from, period_until=c.period_until,
                           event_id=c.event_id, date=c.date, raw=p.raw,
                           payload=json.dumps(c.quantities, sort_keys=True))
            if review is not None:
                review = _identified(review, mine)
                yield _row(FINDING, p.key, seq, rule_id=review.rule_id, event_id=ev.id,
                           payload=_json(review))
                seq += 1


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
    contribution over a limit (rows of the judged table, phase 1) and the period's totals.

    ``rows``: this batch's contributions (``batch`` 1, with the order key and the record) and
    the state's (``batch`` 0)."""
    contributions = []
    where: dict[tuple[str, int], Row] = {}
    for r in rows:
        c = Contribution(r["cap_id"], r["period_from"], r["period_until"], r["event_id"],
                         r["date"], json.loads(r["payload"]), int(r["batch"]), 0)
        contributions.append(c)
        if c.batch == 1:
            where[(c.event_id, 1)] = r
    caps = {cap.rule.id: cap for cap in engine.rulebook.caps}
    crossings, totals = add_up(caps, contributions)
    by_event: dict[tuple[str, str], list[Crossing]] = {}
    for crossing in crossings:
        key = (crossing.contribution.cap_id, crossing.contribution.event_id)
        by_event.setdefault(key, []).append(crossing)
    out: list[Row] = []
    for seq, group in enumerate(by_event.values()):
        head = group[0].contribution
        seen: dict[str, Event] = {}
        if head.batch == 0:
            finding = engine._late_cap_finding(group[0])
            okey = LATE
        else:
            r = where[(head.event_id, 1)]
            event, fact, _ = _event_of(engine, pickle.loads(r["raw"]))
            finding = engine._cap_finding(group[0], event, fact)
            okey = (r["src"], r["split"], r["row"])
            seen[event.id] = event
        finding = _identified(engine._merge_limits(finding, group), seen)
        out.append(_row(FINDING, okey, seq, rule_id=finding.rule_id, event_id=head.event_id,
                        period_from=head.period_from, payload=_json(finding)))
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


# --- cross-event: links ----------------------------------------------------------------------


def tie_links(engine: Engine, then: Row, firsts: Sequence[tuple[LinkFirst, bool]]
              ) -> Row | None:
    """A later event tied to earlier ones by a vessel (the local engine's rule: IMO, else
    name and flag; the earlier events on or before its date, not itself), as a finding row;
    ``firsts``: the candidates the vessel-key join found, each with whether it is of this
    batch."""
    links = {link.rule.id: link for link in engine.rulebook.links}
    link = links[then["link_id"]]
    event, fact, _ = _event_of(engine, pickle.loads(then["raw"]))
    mine = {k: v for v in event.vessels for k in _vessel_keys(v)}
    day = event.date.isoformat()
    earlier: list[tuple[LinkFirst, tuple[str, ...], bool]] = []
    for first, current in firsts:
        if first.link_id != link.rule.id or first.event_id == event.id or first.date > day:
            continue
        shared = sorted(set(mine) & {k for k, _ in first.vessels})
        if shared:
            earlier.append((first, shared[0], current))
    if not earlier:
        return None
    earlier.sort(key=lambda fk: (fk[0].date, fk[0].event_id))
    variant = engine.compiled.variants[then["rule_id"]]
    finding = engine._finding(event, fact, Variant("stage", link.rule, variant.stage), set())
    chain = [ChainOut(event_id=f.event_id, date=f.date, type=f.type,
                      vessel=dict(f.vessels)[key]) for f, key, _ in earlier]
    own = mine[earlier[0][1]]
    chain.append(ChainOut(event_id=event.id, date=day, type=event.type.value,
                          vessel=_vessel_text(own)))
    cites = " and ".join(c.short() for c in finding.citations)
    where = event.location.port or event.location.country if event.location else None
    text = (f"{event.id} ({day}): {_vessel_text(own)} "
            f"{event.type.value.replace('_', ' ')}{f' at {where}' if where else ''} "
            "after " + ", ".join(f"{f.type.replace('_', ' ')} {f.event_id} ({f.date})"
                                 + ("" if current else ", an earlier batch")
                                 for f, _, current in earlier)
            + f"; review {link.rule.needs} - {cites}.")
    explanation = finding.explanation.model_copy(update={"chain": chain, "text": text})
    finding = _identified(finding.model_copy(update={"explanation": explanation}),
                          {event.id: event})
    return _row(FINDING, (then["src"], then["split"], then["row"]), then["seq"],
                rule_id=finding.rule_id, event_id=event.id, payload=_json(finding))


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
