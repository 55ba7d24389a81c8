"""Totals across events: caps per period, running totals, and the state that carries them.

A cap (``caps:`` in a rule file) selects the events that count toward it like any rule does
(compiled onto durable-rules as *contribution* variants), measures each event's quantity in the
cap's units, and adds them up per period. The order of the batch does not matter: within a
period contributions are taken by date, then by event id. The state -- every contribution seen
so far -- is a separate object that the command line keeps in a JSON file between batches,
under a lock (``locked``) for the whole run so that two runs on one file lose nothing.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .._files import remove_stale_temporaries, write_atomically
from ..errors import StateError
from ..events.model import Event
from ..rulebook.spec import Cap
from ..rulebook.taxonomy import Taxonomy

__all__ = ["Contribution", "Crossing", "LinkFirst", "PeriodTotal", "TotalsState", "add_up",
           "equivalences", "locked", "measure", "measure_all"]

STATE_FORMAT = "sanctions-engine-state"
STATE_VERSION = 1


@dataclass(frozen=True)
class Contribution:
    """One event's quantity toward one cap in one period."""

    cap_id: str
    period_from: str
    period_until: str | None
    event_id: str
    date: str
    quantities: dict[str, str]  # unit -> decimal text
    batch: int  # 0 for contributions carried in from a state file
    position: int  # 1-based position in its batch
    # The part of a quantity that comes from a conversion the cap cannot rely on (a factor
    # that is unconfirmed or contradicts the cap's own equivalence), and why: unit -> text.
    uncertain: dict[str, str] = field(default_factory=dict)
    why: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class LinkFirst:
    """The first event of a link (e.g. a ship-to-ship transfer with a DPRK-flagged vessel),
    kept so that a later batch's event can be tied to it by a vessel."""

    link_id: str
    event_id: str
    date: str
    type: str
    vessels: tuple[tuple[tuple[str, ...], str], ...]  # (recognition key, vessel as shown)


@dataclass(frozen=True)
class Crossing:
    """A contribution that took (or kept) a running total over a limit."""

    contribution: Contribution
    unit: str
    limit: Decimal
    total: Decimal
    first: bool  # the one that crossed, rather than one after it
    history: tuple[tuple[Contribution, Decimal], ...]  # contributions with the running total
    sure: Decimal = Decimal(0)  # the running total without uncertain conversions
    doubts: tuple[str, ...] = ()  # why some of the total is uncertain
    levels: tuple[tuple[str, Decimal, Decimal], ...] = ()  # every limit: unit, sure total, limit

    @property
    def certain(self) -> bool:
        """Over the limit on what was measured or converted reliably, not only after a
        conversion the cap cannot rely on."""
        return self.sure > self.limit


@dataclass(frozen=True)
class PeriodTotal:
    """A cap's total in one period and unit, and its share of the limit."""

    cap_id: str
    period_from: str
    period_until: str | None
    unit: str
    total: Decimal
    limit: Decimal
    events: int

    @property
    def share(self) -> float:
        """Percent of the limit used, to one decimal."""
        return float(round(self.total * 100 / self.limit, 1))


# A conversion factor further than this from the cap's own equivalence contradicts it.
_TOLERANCE = Decimal("0.01")


def equivalences(limits: tuple[tuple[Decimal, str], ...]) -> dict[tuple[str, str], Decimal]:
    """The factors a cap's own limits imply between their units (2397 OP4: 4,000,000 barrels
    or 525,000 tonnes, so about 7.62 barrels a tonne)."""
    return {(a, b): lb / la for la, a in limits for lb, b in limits if a != b}


def measure(cap: Cap, event: Event, taxonomy: Taxonomy, units: list[str]
            ) -> tuple[dict[str, Decimal], list[str]]:
    """The event's quantity in each unit, and what could not be measured (with the field)."""
    out, problems, _, _ = measure_all(cap, event, taxonomy, units)
    return out, problems


def measure_all(cap: Cap, event: Event, taxonomy: Taxonomy, units: list[str],
                limits: tuple[tuple[Decimal, str], ...] = ()
                ) -> tuple[dict[str, Decimal], list[str], dict[str, Decimal], dict[str, str]]:
    """As ``measure``, and per unit the part converted with a factor the cap cannot rely on
    (unconfirmed, or off the equivalence its own ``limits`` imply), with why."""
    out: dict[str, Decimal] = {}
    problems: list[str] = []
    uncertain: dict[str, Decimal] = {}
    why: dict[str, str] = {}
    implied = equivalences(limits)
    for i, item in enumerate(event.items):
        cats = taxonomy.classify(item.category, item.hs_code).certain
        if not any(c in cap.counts for c in cats):
            continue
        for unit in units:
            if unit in ("USD", "EUR"):
                if item.value is None or item.value.currency != unit:
                    problems.append(f"items[{i}].value is needed in {unit} "
                                    f"(found {item.value.currency if item.value else 'none'})")
                    continue
                amount = item.value.value
            elif item.quantity is None:
                problems.append(f"items[{i}].quantity is missing")
                continue
            elif item.unit == unit:
                amount = item.quantity
            elif (item.unit or "", unit) in cap.conversions:
                factor, _source, status = cap.conversions[(item.unit or "", unit)]
                amount = item.quantity * factor
                own = implied.get((item.unit or "", unit))
                off = own is not None and abs(factor / own - 1) > _TOLERANCE
                if status == "unconfirmed" or off:
                    uncertain[unit] = uncertain.get(unit, Decimal(0)) + amount
                    reason = (f"{item.unit} converted to {unit} at {factor} ({status}"
                              + (f"; the cap's own figures give {own:.4g}" if off and own
                                 else "") + ")")
                    why[unit] = reason
            else:
                problems.append(f"items[{i}].quantity in {item.unit or 'no unit'} cannot be "
                                f"converted to {unit} (no factor in the rule)")
                continue
            out[unit] = out.get(unit, Decimal(0)) + amount
    return out, sorted(set(problems)), uncertain, why


def add_up(caps: dict[str, Cap], contributions: list[Contribution]
           ) -> tuple[list[Crossing], list[PeriodTotal]]:
    """Running totals per cap, period and unit; every contribution of the current batch that
    ends above a limit, and the totals."""
    groups: dict[tuple[str, str, str | None], list[Contribution]] = {}
    for c in contributions:
        if c.cap_id not in caps:
            raise StateError(f"a contribution of {c.event_id} to {c.cap_id}, which this "
                             "rulebook does not have")
        groups.setdefault((c.cap_id, c.period_from, c.period_until), []).append(c)
    crossings: list[Crossing] = []
    totals: list[PeriodTotal] = []
    for (cap_id, start, until), group in sorted(groups.items(), key=lambda g: (g[0][0], g[0][1])):
        group.sort(key=lambda c: (c.date, c.event_id, c.batch))
        period = next(p for p in caps[cap_id].periods
                      if p.window(date.fromisoformat(start)) is not None)
        # Per contribution, each limit's running total without the uncertain conversions: a
        # crossing in one unit shows where the others stood (which unit decides).
        levels: dict[int, list[tuple[str, Decimal, Decimal]]] = {}
        for limit, unit in period.limits:
            sure = Decimal(0)
            for k, c in enumerate(group):
                if unit in c.quantities:
                    sure += Decimal(c.quantities[unit]) - Decimal(c.uncertain.get(unit, "0"))
                    levels.setdefault(k, []).append((unit, sure, limit))
        for limit, unit in period.limits:
            running = earlier = Decimal(0)  # with this batch; with earlier batches only
            sure = Decimal(0)  # without conversions the cap cannot rely on
            doubts: dict[str, list[str]] = {}
            history: list[tuple[Contribution, Decimal]] = []
            crossed: tuple[Contribution, Decimal] | None = None
            for k, c in enumerate(group):
                if unit not in c.quantities:
                    continue
                before = running
                running += Decimal(c.quantities[unit])
                sure += Decimal(c.quantities[unit]) - Decimal(c.uncertain.get(unit, "0"))
                if unit in c.why:
                    doubts.setdefault(c.why[unit], []).append(c.event_id)
                if c.batch == 0:
                    earlier += Decimal(c.quantities[unit])
                history.append((c, running))
                if before <= limit < running:
                    crossed = history[-1]
                # This batch's events over the limit; and an earlier batch's event that this
                # batch took over it (an event reported late, dated before it).
                if running > limit and (c.batch == 1 or earlier <= limit):
                    first = before <= limit
                    # The crossing lists every contribution; each later one the crossing and
                    # itself (listing all again would grow as the square of the batch).
                    assert crossed is not None
                    shown = tuple(history) if first else (crossed, history[-1])
                    crossings.append(Crossing(
                        c, unit, limit, running, first, shown, sure,
                        tuple(f"{why} for {', '.join(ids)}" for why, ids in doubts.items()),
                        tuple(levels.get(k, ()))))
            totals.append(PeriodTotal(cap_id, start, until, unit, running, limit,
                                      len(history)))
    return crossings, totals


@dataclass
class TotalsState:
    """What is carried from batch to batch, tied to one rulebook: contributions to caps, and
    the first events of links (so that a later batch's event can be tied to them)."""

    fingerprint: str
    contributions: list[Contribution] = field(default_factory=list)
    links: list[LinkFirst] = field(default_factory=list)

    @classmethod
    def load(cls, path: str | Path, fingerprint: str) -> TotalsState:
        """Read a state file; a missing file is an empty state. Refuses, without touching the
        file, one that is corrupt or was written for another rulebook."""
        p = Path(path)
        if not p.exists():
            return cls(fingerprint)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("format") != STATE_FORMAT \
                    or data.get("version") != STATE_VERSION:
                raise ValueError(f"not a {STATE_FORMAT} file of version {STATE_VERSION}")
            contributions = [_contribution(c, i) for i, c in
                             enumerate(_list(data, "contributions", required=True))]
            # "links" came after version 1's first files: absent means none.
            links = [_link(f, i) for i, f in enumerate(_list(data, "links"))]
        except RecursionError:
            raise StateError(f"{path}: cannot use this state file: nested too deep") from None
        except (OSError, ValueError) as exc:
            raise StateError(f"{path}: cannot use this state file: {exc}") from None
        if data.get("rulebook") != fingerprint:
            raise StateError(f"{path}: written for rulebook {data.get('rulebook')}, not "
                             f"{fingerprint}; start a new state file for this rulebook")
        return cls(fingerprint, contributions, links)

    def save(self, path: str | Path) -> None:
        """Write atomically: a crash never leaves half a file."""
        target = Path(path)
        # Rows without uncertain conversions are written as before those fields existed.
        rows = sorted(({k: v for k, v in asdict(c).items()
                        if k not in ("uncertain", "why") or v}
                       | {"batch": 0, "position": 0} for c in self.contributions),
                      key=lambda c: (c["cap_id"], c["period_from"], c["date"], c["event_id"]))
        links = sorted(({"link_id": f.link_id, "event_id": f.event_id, "date": f.date,
                         "type": f.type, "vessels": [[list(k), v] for k, v in f.vessels]}
                        for f in self.links),
                       key=lambda f: (f["link_id"], f["date"], f["event_id"]))
        text = json.dumps({"format": STATE_FORMAT, "version": STATE_VERSION,
                           "rulebook": self.fingerprint, "contributions": rows,
                           "links": links},
                          indent=1, ensure_ascii=False) + "\n"
        write_atomically(target, text)


@contextmanager
def locked(path: str | Path, on_wait: Callable[[Path], None] | None = None) -> Iterator[Path]:
    """Hold the lock of the state file at ``path`` -- an OS advisory lock on ``<path>.lock``
    beside it -- for a whole run (read, check, write). A second run on the same file waits
    until the first is done (``on_wait`` is told the lock file first), so that neither
    overwrites the other's contributions. The lock file is left in place (removing it would
    let a third run lock a new file while the second holds the old one). Once the lock is
    held, temporary files of a write that was killed are removed."""
    target = Path(path)
    lock = target.with_name(target.name + ".lock")
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise StateError(f"{path}: cannot open the lock file {lock}: "
                         f"{exc.strerror or exc}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is not None:
                on_wait(lock)
            fcntl.flock(fd, fcntl.LOCK_EX)
        remove_stale_temporaries(target)
        yield lock
    finally:
        os.close(fd)  # releases the lock


# Far above any real total (an item is at most 10^15 and an event 10,000 items).
_MAX_QUANTITY = Decimal(10) ** 20


def _list(data: dict[str, Any], key: str, required: bool = False) -> list[Any]:
    if key not in data and not required:
        return []
    value = data.get(key)
    if not isinstance(value, list):
        raise ValueError(f"{key!r} must be a list, not {type(value).__name__}")
    return value


def _text(row: dict[str, Any], key: str, where: str, *, day: bool = False,
          optional: bool = False) -> Any:
    value = row.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{where}.{key} must be text, not {type(value).__name__}")
    if day:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{where}.{key} is not a date: {value!r}") from None
    return value


def _contribution(row: Any, i: int) -> Contribution:
    """One contribution of a state file, every field checked (a file may be hostile)."""
    where = f"contributions[{i}]"
    if not isinstance(row, dict):
        raise ValueError(f"{where} must be an object, not {type(row).__name__}")
    quantities = _amounts(row.get("quantities"), f"{where}.quantities")
    # Written only for rows with a conversion the cap cannot rely on: absent means none.
    uncertain = _amounts(row.get("uncertain", {}), f"{where}.uncertain")
    why = row.get("why", {})
    if not isinstance(why, dict) or not all(isinstance(v, str) for v in why.values()):
        raise ValueError(f"{where}.why must be an object of texts")
    return Contribution(_text(row, "cap_id", where), _text(row, "period_from", where, day=True),
                        _text(row, "period_until", where, day=True, optional=True),
                        _text(row, "event_id", where), _text(row, "date", where, day=True),
                        quantities, 0, 0, uncertain, dict(why))


def _amounts(value: Any, where: str) -> dict[str, str]:
    """A unit -> decimal text object of a state file, every amount checked."""
    if not isinstance(value, dict):
        raise ValueError(f"{where} must be an object")
    for unit, quantity in value.items():
        if not isinstance(quantity, str):
            raise ValueError(f"{where}.{unit} must be decimal text")
        try:
            amount = Decimal(quantity)
        except InvalidOperation:
            raise ValueError(f"{where}.{unit} is not a number: {quantity!r}") from None
        if not amount.is_finite() or not 0 <= amount <= _MAX_QUANTITY:
            raise ValueError(f"{where}.{unit} is out of range: {quantity!r}")
    return dict(value)


def _link(row: Any, i: int) -> LinkFirst:
    """One first event of a link, every field checked."""
    where = f"links[{i}]"
    if not isinstance(row, dict):
        raise ValueError(f"{where} must be an object, not {type(row).__name__}")
    vessels = row.get("vessels")
    if not isinstance(vessels, list) or not all(
            isinstance(v, list) and len(v) == 2 and isinstance(v[0], list)
            and all(isinstance(k, str) for k in v[0]) and isinstance(v[1], str)
            for v in vessels):
        raise ValueError(f"{where}.vessels must be a list of [[key...], vessel] pairs")
    return LinkFirst(_text(row, "link_id", where), _text(row, "event_id", where),
                     _text(row, "date", where, day=True), _text(row, "type", where),
                     tuple((tuple(key), shown) for key, shown in vessels))


def as_json_number(value: Decimal) -> Any:
    """An int when whole, else a float: what the report shows."""
    return int(value) if value == value.to_integral_value() else float(value)
