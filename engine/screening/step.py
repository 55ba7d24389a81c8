"""Who in an event is designated on its date (the *screen* step, between validate and match).

Every party and vessel of an event is screened against the lists (``screening.Screener``); each
match becomes a ``Hit`` placed on the two time axes of a designation:

- a record counts only from its listing date: a match listed after the event's date is
  ``designated_later`` (reported as a note, never a finding);
- a record removed from the list no longer counts. One snapshot cannot show a removal; a
  *history* of snapshots can: a record last seen in a snapshot generated on day A and missing
  from the next one, generated on day B, was removed between A and B. An event on or after B is
  judged ``delisted``; one between A and B ``possibly_delisted`` (a review, never a violation).

The compiled fact gets, per party and vessel, ``des`` (regimes of strong matches in force) and
``pdes`` (regimes of weak ones, or of possibly removed records): rules test them with
``{field: designated, in: [<regime>]}``, and a weak match makes the rule's review twin fire.
Next to each regime go the measures its record carries on the day (``libya/travel_ban``, or
``libya/*`` for every measure: ``rulebook/measures.py``): a rule that applies one measure
(``measure: asset_freeze``) is reached only by records listed for it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from ..events.model import Event, Party, Vessel
from ..lists.ftm import read_list_file
from ..lists.model import ListedParty, ListingScope, ListSnapshot
from ..lists.vessels import DesignatedVessel, VesselList, load_vessels
from ..rulebook.measures import EVERY, Measure, mark
from ..rulebook.regimes import REGIMES
from .screener import Match, Screener, ScreeningConfig

__all__ = ["Designations", "Hit", "HitStatus", "ListInfo", "default_lists_path", "fact_keys"]

HitStatus = Literal["in_force", "designated_later", "delisted", "possibly_delisted"]

_CACHE = 200_000  # distinct parties remembered per Designations (a batch repeats its parties)


def default_lists_path() -> Path:
    """The lists shipped with the package (the repository's ``fixtures/lists/`` folder)."""
    return Path(str(resources.files("sanctions_engine.listdata")))


@dataclass(frozen=True, slots=True)
class ListInfo:
    """Which list a report was screened against: enough to fetch the same bytes again."""

    name: str
    source: str | None
    generated: str
    sha256: str
    records: int
    strong: float
    weak: float

    def to_dict(self) -> dict[str, Any]:
        """Plain data for a report."""
        return {"name": self.name, "source": self.source, "generated": self.generated,
                "sha256": self.sha256, "records": self.records,
                "thresholds": {"strong": self.strong, "weak": self.weak}}


@dataclass(frozen=True, slots=True)
class Hit:
    """One listed record that a party or vessel of an event matched, on the event's date."""

    path: str  # where in the event: ``parties[0]``, ``vessels[1]``
    match: Match
    regime: str
    listed_on: date
    listed_note: str | None
    last_seen: date | None  # for a removed record: the last snapshot that had it
    removed_by: date | None
    status: HitStatus
    # The record's own listing scope (None for a designated vessel) and the measures it carries
    # on the event's date (None: every measure of its regime).
    scope: ListingScope | None = None
    measures: tuple[Measure, ...] | None = None

    def carries(self, measure: str | None) -> bool:
        """Whether the record is listed for ``measure`` on the day (any measure: ``None``)."""
        return measure is None or self.measures is None or measure in self.measures

    @property
    def counts(self) -> bool:
        """Whether the hit makes the party designated on the day (strong, or weak: review)."""
        return self.status in ("in_force", "possibly_delisted")

    @property
    def strong(self) -> bool:
        """A violation-grade designation: a strong match in force."""
        return self.status == "in_force" and self.match.band == "strong"

    def text(self) -> str:
        """One line for a person."""
        when = {
            "in_force": f"listed {self.listed_on.isoformat()}",
            "designated_later": f"listed only on {self.listed_on.isoformat()}, after the event",
            "delisted": f"removed from the list by {_iso(self.removed_by)}",
            "possibly_delisted": (f"last on the list of {_iso(self.last_seen)}, gone from that "
                                  f"of {_iso(self.removed_by)}: removal date unknown"),
        }[self.status]
        note = f" ({self.listed_note})" if self.listed_note else ""
        return f"{self.match.explain()}; {self.regime} regime, {when}{note}"

    def to_dict(self) -> dict[str, Any]:
        """Plain data for a report."""
        out = {"path": self.path, **self.match.to_dict(), "regime": self.regime,
               "listed_on": self.listed_on.isoformat(), "listed_note": self.listed_note,
               "removed_by": _iso(self.removed_by), "status": self.status,
               "text": self.text()}
        scope = self.scope_dict()
        if scope is not None:
            out["scope"] = scope
        return out

    def scope_dict(self) -> dict[str, Any] | None:
        """The listing scope as report data, when the record's comments gave one (a record
        without a listing sentence carries every measure and shows nothing)."""
        if self.scope is None or self.scope.read == "default":
            return None
        s = self.scope
        return {"read": s.read, "measures": list(s.measures) if s.measures is not None else None,
                "since": {m: d.isoformat() for m, d in s.since.items()},
                "on_event_date": list(self.measures) if self.measures is not None else None,
                "phrase": s.phrase}


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


_REGIME_OF_COMMITTEE = {r.committee.split()[0]: r.key for r in REGIMES.values()}


class Designations:
    """The lists a batch is screened against: a history of UN list snapshots (oldest first,
    the newest is the current list) and the designated vessels."""

    def __init__(self, snapshots: Sequence[ListSnapshot] = (), vessels: VesselList | None = None,
                 config: ScreeningConfig | None = None) -> None:
        history = sorted(snapshots, key=lambda s: s.generated)
        self.snapshots = tuple(history)
        self.vessels = vessels
        # The newest version of every record ever listed, and, for a removed one, when.
        newest: dict[str, ListedParty] = {}
        last_seen: dict[str, int] = {}
        for i, snap in enumerate(history):
            for record in snap.records:
                key = record.reference.casefold()
                newest[key] = record
                last_seen[key] = i
        self._removed: dict[str, tuple[date, date]] = {}
        for key, i in last_seen.items():
            if i < len(history) - 1:
                self._removed[key] = (history[i].generated.date(),
                                      history[i + 1].generated.date())
        union = None
        if history:
            head = history[-1]
            records = sorted(newest.values(), key=lambda r: r.reference)
            union = ListSnapshot(source=head.source, generated=head.generated, sha256=head.sha256,
                                 record_count=len(records), records=records)
        self.screener = Screener(union, vessels, config)
        # Per party (what the screener reads of it): the names themselves are normalized,
        # searched and compared once per distinct name inside the screener, so a name that
        # comes back with another country only costs its signals.
        self._parties: dict[tuple[Any, ...], tuple[Match, ...]] = {}
        self._vessels: dict[tuple[str | None, ...], tuple[Match, ...]] = {}

    @classmethod
    def load(cls, lists: Iterable[str | os.PathLike[str]] = (),
             vessels: str | os.PathLike[str] | None = None,
             config: ScreeningConfig | None = None) -> Designations:
        """From files: UN list snapshots (``.json`` from ``lists import``, the UN ``.xml``, or
        FollowTheMoney entities) and a designated-vessels YAML file."""
        snaps = [read_list_file(p) for p in lists]
        return cls(snaps, load_vessels(vessels) if vessels is not None else None, config)

    @classmethod
    def default(cls) -> Designations:
        """The shipped lists (see ``docs/lists.md``), read once per process."""
        return _default()

    def info(self) -> list[ListInfo]:
        """Each list used, for the report (with the thresholds: they decide what matched)."""
        cfg = self.screener.config
        out = [ListInfo("un_consolidated", s.source, s.generated.isoformat(), s.sha256,
                        s.record_count, cfg.strong, cfg.weak) for s in self.snapshots]
        if self.vessels is not None:
            v = self.vessels
            out.append(ListInfo("designated_vessels", v.source, v.as_of.isoformat(), v.sha256,
                                len(v.vessels), cfg.strong, cfg.weak))
        return out

    # --- screening ----------------------------------------------------------------------

    def party(self, party: Party) -> tuple[Match, ...]:
        """A party's matches (weak and strong), best first; remembered for the batch.

        The key is everything ``Screener.screen`` reads of a party (kind, name, country,
        identifiers); the party itself is screened, never rebuilt.
        """
        if not party.identifiers and (not party.name or party.kind == "state"):
            return ()  # nothing to screen: states are never matched by name
        key = (party.kind, party.name, party.country, tuple(sorted(party.identifiers.items())))
        found = self._parties.get(key)
        if found is None:
            if len(self._parties) >= _CACHE:
                self._parties.clear()
            found = self._parties[key] = tuple(self.screener.screen(party))
        return found

    def vessel(self, vessel: Vessel) -> tuple[Match, ...]:
        """A vessel's matches against the designated vessels."""
        if not vessel.name and not vessel.imo:
            return ()
        key = (vessel.name, vessel.imo, vessel.flag)
        found = self._vessels.get(key)
        if found is None:
            if len(self._vessels) >= _CACHE:
                self._vessels.clear()
            found = self._vessels[key] = tuple(self.screener.screen_vessel(vessel))
        return found

    def hits(self, event: Event) -> list[Hit]:
        """Every match of the event's parties and vessels, placed on the event's date."""
        out: list[Hit] = []
        for i, party in enumerate(event.parties):
            matches = self.party(party)
            if matches:  # nearly always empty: build nothing then
                out.extend(self._hit(f"parties[{i}]", m, event.date) for m in matches)
        for i, vessel in enumerate(event.vessels):
            matches = self.vessel(vessel)
            if matches:
                out.extend(self._hit(f"vessels[{i}]", m, event.date) for m in matches)
        return out

    def _hit(self, path: str, match: Match, day: date) -> Hit:
        record = match.record
        note: str | None = None
        last_seen = removed_by = None
        scope: ListingScope | None = None
        measures: tuple[Measure, ...] | None = None
        if isinstance(record, DesignatedVessel):
            regime = _REGIME_OF_COMMITTEE.get(record.committee, record.committee)
            listed = record.designated_on
            if listed is None:
                # The source gives no day: count it from the list's own date, when it was
                # certainly designated.
                assert self.vessels is not None
                listed = self.vessels.as_of
                note = (f"designated {record.designated_note or 'on a day not given'}; "
                        f"counted from {listed.isoformat()}")
        else:
            regime = record.regime
            listed = record.listed_on
            scope = record.scope
            measures = scope.on(day)
            removal = self._removed.get(record.reference.casefold())
            if removal is not None:
                last_seen, removed_by = removal
        status: HitStatus = "in_force"
        if day < listed:
            status = "designated_later"
        elif removed_by is not None and last_seen is not None:
            if day >= removed_by:
                status = "delisted"
            elif day >= last_seen:
                status = "possibly_delisted"
        return Hit(path, match, regime, listed, note, last_seen, removed_by, status, scope,
                   measures)


def fact_keys(hits: Iterable[Hit]) -> dict[str, dict[str, list[str]]]:
    """Per event path, ``des`` and ``pdes`` for the compiled fact (see the module's doc):
    each regime, and each measure of it the record carries on the day."""
    out: dict[str, dict[str, list[str]]] = {}
    for hit in hits:
        if not hit.counts:
            continue
        keys = out.setdefault(hit.path, {"des": [], "pdes": []})
        target = keys["des"] if hit.strong else keys["pdes"]
        carried = (EVERY,) if hit.measures is None else hit.measures
        for value in (hit.regime, *(mark(hit.regime, m) for m in carried)):
            if value not in target:
                target.append(value)
    for keys in out.values():
        keys["des"].sort()
        keys["pdes"] = sorted(r for r in keys["pdes"] if r not in keys["des"])
    return out


@lru_cache(maxsize=1)
def _default() -> Designations:
    root = default_lists_path()
    return Designations.load(sorted(root.glob("un-consolidated-*.xml")),
                             root / "dprk_vessels.yaml")
