"""The screener: parties and vessels against a list snapshot and designated vessels, explained.

A name is normalized and its candidates searched and scored **once per distinct name** (a
bounded cache per screener); a name that shares no blocking key with any listed name is
rejected by the index lookup alone, before any similarity is computed. What depends on the
party (kind, country, date of birth, passport) is weighed afterwards, per party.
"""

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Literal

from ..events.model import Party, Vessel
from ..lists.model import AliasQuality, ListedParty, ListSnapshot
from ..lists.vessels import DesignatedVessel, VesselList
from .compare import DEFAULT_POLICY, Alignment
from .names import _prepare, _Prepared, compare_prepared, name_forms

Band = Literal["strong", "weak", "below"]
Verdict = Literal["agree", "disagree", "unknown"]


# --- configuration and results ------------------------------------------------------------------


def _weights() -> Mapping[str, float]:
    return MappingProxyType({"name": 1.0, "good": 1.0, "former": 0.95, "low": 0.8})


@dataclass(frozen=True)
class ScreeningConfig:
    """Thresholds and weights. Defaults: see docs/lists.md for how they were measured.

    - ``strong``: at or above, a match a rule may act on; ``weak``: at or above, a match to
      review; below ``weak`` nothing is returned (unless ``screen(..., min_score=...)``).
    - ``quality_weights``: multiplier per kind of listed name (``name`` for the primary name and
      the name in original script; ``good``, ``former``, ``low`` for aliases). A low-quality
      alias at 0.8 can never reach ``strong`` on its own.
    - the name score is a word alignment (``screening/compare.py``: pairs of words, same,
      phonetic, article, typo or joined; extra and missing words); ``reordered``: the score of
      the same words in another order that is not a rotation ("Kim Ung Nam" / "Kim Nam Ung");
      ``common_token_df``: a word in at least this many listed names (Muhammad, Abu, Kim...)
      is common: it weighs less, and a name sharing only common words gets no
      dropped-middle-name credit.
    - ``explained_cap``: when a party's name is, word for word, one listed name (a strong
      match of every word), another record's name that is only *part* of it (or contains it)
      is capped here, below strong: the words are explained by the first record ("Omar Sabawi
      Ibrahim Hasan al-Tikriti" is listed; his father "Sabawi Ibrahim Hasan al-Tikriti" is a
      review, not a second hit).
    - ``*_mismatch``: multipliers when a fact disagrees; ``*_agree``: added when it agrees.
    - ``min_fuzzy_length``: normalized names shorter than this (letters, no spaces) match only
      exactly (``"ali"`` is not fuzzily matched to anything).
    """

    strong: float = 0.92
    weak: float = 0.84
    quality_weights: Mapping[str, float] = field(default_factory=_weights)
    reordered: float = 0.93
    explained_cap: float = 0.91
    common_token_df: int = 25
    kind_mismatch: float = 0.85
    country_mismatch: float = 0.92
    dob_mismatch: float = 0.75
    imo_mismatch: float = 0.6
    number_mismatch: float = 0.5
    number_missing: float = 0.9
    dob_agree: float = 0.04
    passport_agree: float = 0.08
    min_fuzzy_length: int = 5
    max_candidates: int = 60
    max_key_postings: int = 120
    max_matches: int = 10

    def band(self, score: float) -> Band:
        """``strong``, ``weak`` or ``below`` for a score."""
        if score >= self.strong:
            return "strong"
        if score >= self.weak:
            return "weak"
        return "below"


@dataclass(frozen=True, slots=True)
class Signal:
    """A fact besides the name that agrees or disagrees with the listed record."""

    name: str
    verdict: Verdict
    party_value: str | None
    listed_value: str | None
    effect: str

    def to_dict(self) -> dict[str, str | None]:
        """Plain data for a report."""
        return {"name": self.name, "verdict": self.verdict, "party_value": self.party_value,
                "listed_value": self.listed_value, "effect": self.effect}


ListName = Literal["un_consolidated", "designated_vessels"]
Method = Literal["un_reference", "imo", "name"]


@dataclass(frozen=True, slots=True)
class Match:
    """One listed record that a party or vessel matched, and why.

    ``reference`` is the UN reference number, or ``IMO<number>``/``NAME:<name>`` for a
    designated vessel. ``party_field`` is where the matched value came from (``name``,
    ``identifiers.un_reference``, ``identifiers.imo``, ``vessel.name``, ``vessel.imo``);
    ``listed_field`` is what it matched (``name``, ``alias``, ``name_original_script``,
    ``reference``, ``identifiers.imo_company``, ``imo``, ``vessel.alias``).
    """

    list_name: ListName
    reference: str
    record: ListedParty | DesignatedVessel
    method: Method
    party_field: str
    party_value: str
    listed_field: str
    listed_value: str
    alias_quality: AliasQuality | None
    name_score: float
    quality_weight: float
    score: float
    band: Band
    signals: tuple[Signal, ...] = ()
    variant: str = ""
    # The party's words (normalized, sorted) that this name match paired with the listed name:
    # what the match explains of the party's name (``Screener._explain_away``).
    paired: tuple[str, ...] = field(default=(), compare=False)

    @property
    def listed_name(self) -> str:
        """The record's primary name."""
        return self.record.name

    def explain(self) -> str:
        """One line for a person: what matched what, the score, and the other facts."""
        what = {"un_reference": "UN reference", "imo": "IMO number", "name": "name"}[self.method]
        quality = f", {self.alias_quality} alias" if self.alias_quality else ""
        facts = "; ".join(f"{s.name} {s.verdict}s ({s.party_value} vs {s.listed_value})"
                          for s in self.signals if s.verdict != "unknown")
        how = (f"{what} similarity {self.name_score:.2f}{quality} ({self.variant})"
               if self.method == "name" else f"same {what}")
        text = (f"{self.party_field} {self.party_value!r} ~ {self.listed_field} "
                f"{self.listed_value!r} of {self.reference} ({self.listed_name}): {how} -> "
                f"score {self.score:.2f} [{self.band}]")
        return f"{text}; {facts}" if facts else text

    def to_dict(self) -> dict[str, object]:
        """Plain data for a report (the record by reference, not copied)."""
        return {
            "list": self.list_name, "reference": self.reference, "listed_name": self.listed_name,
            "method": self.method, "party_field": self.party_field,
            "party_value": self.party_value, "listed_field": self.listed_field,
            "listed_value": self.listed_value, "alias_quality": self.alias_quality,
            "name_score": round(self.name_score, 4), "quality_weight": self.quality_weight,
            "score": round(self.score, 4), "band": self.band, "variant": self.variant,
            "signals": [s.to_dict() for s in self.signals],
        }


# --- the screener -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Entry:
    list_name: ListName
    record: ListedParty | DesignatedVessel
    field: str
    value: str
    quality: AliasQuality | None
    prepared: _Prepared


@dataclass(frozen=True, slots=True)
class _NameHit:
    """A listed name a party's name resembles, before anything about the party is weighed."""

    index: int
    similarity: float
    shape: str
    variant: str
    paired: tuple[str, ...]


_NAME_CACHE = 200_000  # distinct names remembered per screener
_WHOLE = ("equal", "reordered", "respaced")  # shapes where every word has its counterpart


def _variant(alignment: Alignment, q: _Prepared, n: _Prepared) -> str:
    """The variant rule of an alignment, for a person: its shape and each word's rule."""
    words = []
    for p in alignment.pairs:
        a, b = q.written[p.query], n.written[p.listed]
        if p.rule == "same":
            words.append(a if a == b else f"{a}={b}")
        elif p.rule == "joined":
            words.append(f"{a}~{b}+ (joined)")
        else:
            words.append(f"{a}~{b} ({p.rule})")
    words += [f"+{q.written[i]}" for i in alignment.extra]
    words += [f"-{n.written[j]}" for j in alignment.missing]
    return f"{alignment.shape}: {', '.join(words)}" if words else alignment.shape


_DOB_KEYS = ("date_of_birth", "dob", "birth_date")
_YEAR = re.compile(r"(\d{4})(?:-(\d{2})-(\d{2}))?")


def _imo_of(value: str | None) -> str | None:
    if value is None:
        return None
    text = str(value).strip().upper().removeprefix("IMO").strip()
    return text if re.fullmatch(r"\d{7}", text) else None


def _doc_key(value: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", value.upper())


class Screener:
    """Screens parties and vessels against a list snapshot and designated vessels."""

    def __init__(self, snapshot: ListSnapshot | None = None, vessels: VesselList | None = None,
                 config: ScreeningConfig | None = None) -> None:
        self.config = config or ScreeningConfig()
        self.snapshot = snapshot
        self.vessels = vessels
        self._entries: list[_Entry] = []
        self._postings: dict[str, list[int]] = {}
        self._by_reference: dict[str, ListedParty] = {}
        self._by_company_imo: dict[str, list[ListedParty]] = {}
        self._by_vessel_imo: dict[str, DesignatedVessel] = {}
        if snapshot is not None:
            for record in snapshot.records:
                self._by_reference[record.reference.casefold()] = record
                for ident in record.identifiers:
                    if ident.type == "imo_company":
                        self._by_company_imo.setdefault(ident.number, []).append(record)
                for value, where, quality in record.all_names():
                    self._add("un_consolidated", record, where, value, quality)
        if vessels is not None:
            for vessel in vessels.vessels:
                if vessel.imo:
                    self._by_vessel_imo[vessel.imo] = vessel
                self._add("designated_vessels", vessel, "name", vessel.name, None)
                for alias in vessel.aliases:
                    self._add("designated_vessels", vessel, "vessel.alias", alias, "good")
        frequency: dict[str, int] = {}
        for entry in self._entries:
            for tok in entry.prepared.token_set:
                frequency[tok] = frequency.get(tok, 0) + 1
        self._common = frozenset(t for t, n in frequency.items()
                                 if n >= self.config.common_token_df)
        self._names: dict[tuple[str, tuple[str, ...]], tuple[_NameHit, ...]] = {}

    def _add(self, list_name: ListName, record: ListedParty | DesignatedVessel, where: str,
             value: str, quality: AliasQuality | None) -> None:
        prepared = _prepare(value)
        if not prepared.tokens:
            return
        index = len(self._entries)
        self._entries.append(_Entry(list_name, record, where, value, quality, prepared))
        for key in prepared.keys:
            self._postings.setdefault(key, []).append(index)

    @property
    def name_count(self) -> int:
        """How many listed names are indexed."""
        return len(self._entries)

    # -- public API ----------------------------------------------------------------------------

    def screen(self, party: Party, *, min_score: float | None = None) -> list[Match]:
        """Matches of one party, best first: identifiers first, then names.

        Only matches scoring at least ``min_score`` (default: the ``weak`` threshold) are
        returned, at most ``max_matches``; one match per listed record (its best).
        """
        floor = self.config.weak if min_score is None else min_score
        found: dict[str, Match] = {}
        ids = {k.casefold(): v for k, v in party.identifiers.items()}
        ref = ids.get("un_reference")
        if ref:
            record = self._by_reference.get(ref.strip().casefold())
            if record is not None:
                found[record.reference] = self._exact(
                    "un_consolidated", record, "un_reference", "identifiers.un_reference", ref,
                    "reference", record.reference, self._party_signals(party, record))
        imo = _imo_of(ids.get("imo"))
        if imo is not None:
            if party.kind in (None, "vessel") and imo in self._by_vessel_imo:
                vessel = self._by_vessel_imo[imo]
                found[vessel.key] = self._exact(
                    "designated_vessels", vessel, "imo", "identifiers.imo", imo, "imo", imo,
                    self._vessel_signals(vessel, party.country, None))
            if party.kind != "vessel":
                for record in self._by_company_imo.get(imo, []):
                    found.setdefault(record.reference, self._exact(
                        "un_consolidated", record, "imo", "identifiers.imo", imo,
                        "identifiers.imo_company", imo, self._party_signals(party, record)))
        if party.name and party.kind != "state":
            lists: tuple[ListName, ...] = (
                ("designated_vessels",) if party.kind == "vessel" else ("un_consolidated",))
            for n, name in enumerate(name_forms(party.name)):
                for match in self._by_name(name, "name", lists, party, floor, min_score):
                    if n and match.variant.split(":")[0] in ("shortened", "replaced"):
                        # A form without the bracketed part ("... FOUNDATION" of "...
                        # FOUNDATION (TANZANIA)") stands for a name with nothing to add; a
                        # listed name with words it lacks is for the whole name to reach.
                        continue
                    if (match.reference not in found
                            or found[match.reference].score < match.score):
                        found[match.reference] = match
            self._explain_away(found)
        return self._ranked(found.values(), floor)

    def screen_vessel(self, vessel: Vessel, *, min_score: float | None = None) -> list[Match]:
        """Matches of an event's vessel against the designated vessels (IMO, then name).

        A vessel's IMO number is never compared with the IMO *company* numbers in the UN list.
        """
        floor = self.config.weak if min_score is None else min_score
        found: dict[str, Match] = {}
        if vessel.imo and vessel.imo in self._by_vessel_imo:
            listed = self._by_vessel_imo[vessel.imo]
            found[listed.key] = self._exact(
                "designated_vessels", listed, "imo", "vessel.imo", vessel.imo, "imo", vessel.imo,
                self._vessel_signals(listed, vessel.flag, vessel.imo))
        if vessel.name:
            for match in self._by_name(vessel.name, "vessel.name", ("designated_vessels",),
                                       vessel, floor, min_score):
                if match.reference not in found:
                    found[match.reference] = match
        return self._ranked(found.values(), floor)

    def lookup(self, reference: str) -> ListedParty | None:
        """The listed record with this UN reference number (trimmed, any case)."""
        return self._by_reference.get(reference.strip().casefold())

    # -- internals -----------------------------------------------------------------------------

    def _ranked(self, matches: Iterable[Match], floor: float) -> list[Match]:
        kept = [m for m in matches if m.score >= floor]
        kept.sort(key=lambda m: (-m.score, m.reference))
        return kept[: self.config.max_matches]

    def _exact(self, list_name: ListName, record: ListedParty | DesignatedVessel, method: Method,
               party_field: str, party_value: str, listed_field: str, listed_value: str,
               signals: tuple[Signal, ...]) -> Match:
        reference = record.reference if isinstance(record, ListedParty) else record.key
        return Match(list_name=list_name, reference=reference, record=record, method=method,
                     party_field=party_field, party_value=party_value,
                     listed_field=listed_field, listed_value=listed_value, alias_quality=None,
                     name_score=1.0, quality_weight=1.0, score=1.0, band="strong",
                     signals=signals)

    def _candidates(self, query: _Prepared) -> list[int]:
        # Keys in sorted order, candidates ranked by (count, index): nothing here may depend
        # on set order, which changes with PYTHONHASHSEED.
        postings = [self._postings[k] for k in sorted(query.keys) if k in self._postings]
        if not postings:
            return []
        usable = [p for p in postings if len(p) <= self.config.max_key_postings]
        if not usable:
            usable = [min(postings, key=len)]
        counts: dict[int, int] = {}
        for posting in usable:
            for index in posting:
                counts[index] = counts.get(index, 0) + 1
        if len(counts) <= self.config.max_candidates:
            return sorted(counts)
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return [index for index, _ in ranked[: self.config.max_candidates]]

    def _name_hits(self, name: str, lists: tuple[ListName, ...],
                   cutoff: float) -> tuple[_NameHit, ...]:
        """The listed names of ``lists`` that ``name`` resembles with a similarity of at least
        ``cutoff``: candidates from the index (none: rejected at once), then the alignment."""
        query = _prepare(name)
        if not query.tokens:
            return ()
        cfg = self.config
        short = len(query.compact) < cfg.min_fuzzy_length
        out: list[_NameHit] = []
        for index in self._candidates(query):
            entry = self._entries[index]
            if entry.list_name not in lists:
                continue
            listed = entry.prepared
            if (short or len(listed.compact) < cfg.min_fuzzy_length) and (
                    query.sorted_text != listed.sorted_text):
                continue  # short names match only word for word
            person = isinstance(entry.record, ListedParty) and entry.record.kind == "individual"
            alignment = compare_prepared(query, listed, self._common, DEFAULT_POLICY,
                                         person=person, reordered=cfg.reordered)
            if alignment.score >= cutoff:
                paired = tuple(sorted(query.tokens[p.query] for p in alignment.pairs))
                out.append(_NameHit(index, alignment.score, alignment.shape,
                                    _variant(alignment, query, listed), paired))
        return tuple(out)

    def _cached_hits(self, name: str, lists: tuple[ListName, ...],
                     min_score: float | None) -> tuple[_NameHit, ...]:
        cfg = self.config
        cutoff = cfg.weak - cfg.passport_agree - cfg.dob_agree  # the most any party can add
        if min_score is not None and min_score < cfg.weak:
            return self._name_hits(name, lists, max(0.0, min_score - cfg.passport_agree
                                                    - cfg.dob_agree))
        key = (name, lists)
        hits = self._names.get(key)
        if hits is None:
            if len(self._names) >= _NAME_CACHE:
                self._names.clear()
            hits = self._names[key] = self._name_hits(name, lists, cutoff)
        return hits

    def _by_name(self, name: str, party_field: str, lists: tuple[ListName, ...],
                 who: Party | Vessel, floor: float, min_score: float | None) -> list[Match]:
        cfg = self.config
        hits = self._cached_hits(name, lists, min_score)
        if not hits:
            return []
        query = _prepare(name)
        bonus = cfg.passport_agree + cfg.dob_agree
        best: dict[int, Match] = {}
        # Of two names of one record with the same score, the first by (field, listed value)
        # is kept ("alias" before "name"), then list order: a total order, never set order.
        order = sorted(hits, key=lambda h: (self._entries[h.index].field,
                                            self._entries[h.index].value, h.index))
        for hit in order:
            similarity = hit.similarity
            entry = self._entries[hit.index]
            weight = cfg.quality_weights["name" if entry.quality is None else entry.quality]
            if similarity * weight + bonus < floor:
                continue  # cannot reach the floor even with every bonus
            signals: list[Signal] = []
            signals.extend(self._number_signal(query, entry.prepared))
            if isinstance(entry.record, ListedParty) and isinstance(who, Party):
                signals.extend(self._party_signals(who, entry.record))
            elif isinstance(entry.record, DesignatedVessel):
                flag = who.flag if isinstance(who, Vessel) else who.country
                imo = who.imo if isinstance(who, Vessel) else _imo_of(who.identifiers.get("imo"))
                signals.extend(self._vessel_signals(entry.record, flag, imo))
            score = self._apply(similarity * weight, signals)
            record_id = id(entry.record)
            previous = best.get(record_id)
            if previous is not None and previous.score >= score:
                continue
            reference = (entry.record.reference if isinstance(entry.record, ListedParty)
                         else entry.record.key)
            best[record_id] = Match(
                list_name=entry.list_name, reference=reference, record=entry.record,
                method="name", party_field=party_field, party_value=name,
                listed_field=entry.field, listed_value=entry.value, alias_quality=entry.quality,
                name_score=round(similarity, 4), quality_weight=weight, score=round(score, 4),
                band=cfg.band(score), signals=tuple(signals), variant=hit.variant,
                paired=hit.paired)
        return list(best.values())

    def _explain_away(self, found: dict[str, Match]) -> None:
        """Cap, below strong, the name matches that only share part of a name another record
        matches word for word, or that pair fewer of the party's words than another record's
        strong match does (``ScreeningConfig.explained_cap``): "Koryo Development Bank" is
        KORYO CREDIT DEVELOPMENT BANK without a word, not KORYO BANK with one more."""
        cfg = self.config
        strong = sorted((m for m in found.values() if m.method == "name" and m.band == "strong"),
                        key=lambda m: m.reference)
        whole = [m.reference for m in strong if m.variant.split(":")[0] in _WHOLE]
        for ref, match in list(found.items()):
            shape = match.variant.split(":")[0]
            if (match.method != "name" or shape not in ("contained", "shortened")
                    or match.score <= cfg.explained_cap):
                continue
            by = next((r for r in whole if r != ref), None)
            if by is not None:
                effect = f"capped at {cfg.explained_cap}: the name is {by}'s word for word"
            else:
                mine = Counter(match.paired)
                by = next((m.reference for m in strong if m.reference != ref
                           and mine < Counter(m.paired)), None)
                if by is None:
                    continue
                effect = (f"capped at {cfg.explained_cap}: {by} pairs more of the name's "
                          "words")
            signal = Signal("explained_by", "disagree", None, by, effect)
            score = cfg.explained_cap
            found[ref] = dataclasses.replace(match, score=score, band=cfg.band(score),
                                             signals=(*match.signals, signal))

    def _apply(self, score: float, signals: list[Signal]) -> float:
        cfg = self.config
        factors = {"kind": cfg.kind_mismatch, "country": cfg.country_mismatch,
                   "date_of_birth": cfg.dob_mismatch, "number": cfg.number_mismatch,
                   "imo": cfg.imo_mismatch}
        bonus = {"date_of_birth": cfg.dob_agree, "passport": cfg.passport_agree}
        for signal in signals:
            if signal.verdict == "disagree":
                if signal.name == "number" and signal.effect == "missing":
                    score *= cfg.number_missing
                else:
                    score *= factors.get(signal.name, 1.0)
            elif signal.verdict == "agree":
                score += bonus.get(signal.name, 0.0)
        return max(0.0, min(1.0, score))

    def _number_signal(self, query: _Prepared, listed: _Prepared) -> Iterable[Signal]:
        if not query.numbers and not listed.numbers:
            return
        q, n = " ".join(sorted(query.numbers)) or None, " ".join(sorted(listed.numbers)) or None
        if query.numbers == listed.numbers:
            yield Signal("number", "agree", q, n, "none")
        elif query.numbers and listed.numbers:
            yield Signal("number", "disagree", q, n, f"x{self.config.number_mismatch}")
        else:
            yield Signal("number", "disagree", q, n, "missing")

    def _party_signals(self, party: Party, record: ListedParty) -> tuple[Signal, ...]:
        cfg = self.config
        signals: list[Signal] = []
        if party.kind in ("individual", "entity"):
            if party.kind == record.kind:
                signals.append(Signal("kind", "agree", party.kind, record.kind, "none"))
            else:
                signals.append(Signal("kind", "disagree", party.kind, record.kind,
                                      f"x{cfg.kind_mismatch}"))
        codes = record.country_codes()
        if party.country and codes:
            listed = ",".join(sorted(codes))
            if party.country in codes:
                signals.append(Signal("country", "agree", party.country, listed, "none"))
            else:
                signals.append(Signal("country", "disagree", party.country, listed,
                                      f"x{cfg.country_mismatch}"))
        ids = {k.casefold(): v for k, v in party.identifiers.items()}
        dob = next((ids[k] for k in _DOB_KEYS if ids.get(k)), None)
        if dob is not None:
            signals.append(self._dob_signal(dob, record))
        passport = ids.get("passport")
        if passport:
            numbers = {_doc_key(i.number) for i in record.identifiers if i.type == "passport"}
            if _doc_key(passport) in numbers:
                signals.append(Signal("passport", "agree", passport, passport,
                                      f"+{cfg.passport_agree}"))
            elif numbers:
                signals.append(Signal("passport", "unknown", passport,
                                      ",".join(sorted(numbers)), "none (people hold several)"))
        return tuple(signals)

    def _dob_signal(self, value: str, record: ListedParty) -> Signal:
        cfg = self.config
        match = _YEAR.fullmatch(value.strip())
        listed = [b for b in record.dates_of_birth if b.years() is not None]
        shown = ", ".join(str(b.date) if b.date else
                          (str(b.year) if b.year else f"{b.from_year}-{b.to_year}")
                          for b in listed) or None
        if match is None or not listed:
            return Signal("date_of_birth", "unknown", value, shown, "none")
        year = int(match.group(1))
        full: date | None = None
        if match.group(2):
            try:
                full = date(year, int(match.group(2)), int(match.group(3)))
            except ValueError:
                return Signal("date_of_birth", "unknown", value, shown, "none (not a date)")
        for birth in listed:
            if full is not None and birth.date is not None:
                if birth.date == full:
                    return Signal("date_of_birth", "agree", value, shown, f"+{cfg.dob_agree}")
                continue
            span = birth.years()
            assert span is not None
            slack = 1 if birth.type == "approximately" else 0
            if span[0] - slack <= year <= span[1] + slack:
                return Signal("date_of_birth", "agree", value, shown, f"+{cfg.dob_agree}")
        return Signal("date_of_birth", "disagree", value, shown, f"x{cfg.dob_mismatch}")

    def _vessel_signals(self, vessel: DesignatedVessel, flag: str | None,
                        imo: str | None) -> tuple[Signal, ...]:
        signals: list[Signal] = []
        if imo and vessel.imo:
            verdict: Verdict = "agree" if imo == vessel.imo else "disagree"
            signals.append(Signal("imo", verdict, imo, vessel.imo,
                                  "none" if verdict == "agree" else f"x{self.config.imo_mismatch}"))
        if vessel.imo and not vessel.imo_confirmed:
            signals.append(Signal("imo_confirmed", "unknown", None, vessel.imo,
                                  "the listed IMO number is unconfirmed in its source"))
        if flag and vessel.flag:
            # Designated ships are de-flagged and re-flagged: a different flag proves nothing.
            signals.append(Signal("flag", "agree" if flag == vessel.flag else "unknown", flag,
                                  vessel.flag, "none"))
        if vessel.designated_on is None:
            signals.append(Signal("designated_on", "unknown", None, vessel.designated_note,
                                  "designation date not known to the day"))
        return tuple(signals)
