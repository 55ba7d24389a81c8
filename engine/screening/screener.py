"""The screener: parties and vessels against a list snapshot and designated vessels, explained."""


import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Literal

from rapidfuzz import fuzz, process

from ..events.model import Party, Vessel
from ..lists.model import AliasQuality, ListedParty, ListSnapshot
from ..lists.vessels import DesignatedVessel, VesselList
from .names import _prepare, _Prepared, _rotation, _Scoring, _unmatched_words, name_forms

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
    - ``missing_word_cost``: a party name with fewer words than the listed name (a dropped
      middle name) scores its words' similarity times ``1 - cost * share of listed words
      missing``; ``unmatched_word``: multiplier per word of the party's name with no
      counterpart in the listed name; ``reordered``: the score of the same words in another
      order that is not a rotation ("Kim Ung Nam" / "Kim Nam Ung"); ``common_token_df``: a
      word in at least this many listed names (Muhammad, Abu, Kim...) is common: it neither
      blocks nor counts as unmatched, and a name made only of common words gets no
      dropped-middle-name credit.
    - ``*_mismatch``: multipliers when a fact disagrees; ``*_agree``: added when it agrees.
    - ``min_fuzzy_length``: normalized names shorter than this (letters, no spaces) match only
      exactly (``"ali"`` is not fuzzily matched to anything).
    """

    strong: float = 0.92
    weak: float = 0.84
    quality_weights: Mapping[str, float] = field(default_factory=_weights)
    missing_word_cost: float = 0.25
    unmatched_word: float = 0.88
    reordered: float = 0.9
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
        how = (f"{what} similarity {self.name_score:.2f}{quality}" if self.method == "name"
               else f"same {what}")
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
            "score": round(self.score, 4), "band": self.band,
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
        self._sorted_texts: list[str] = []
        self._compacts: list[str] = []
        self._written_compacts: list[str] = []
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
        cfg = self.config
        self._scoring = _Scoring(
            missing_word_cost=cfg.missing_word_cost, unmatched_word=cfg.unmatched_word,
            reordered=cfg.reordered,
            common=frozenset(t for t, n in frequency.items() if n >= cfg.common_token_df))

    def _add(self, list_name: ListName, record: ListedParty | DesignatedVessel, where: str,
             value: str, quality: AliasQuality | None) -> None:
        prepared = _prepare(value)
        if not prepared.tokens:
            return
        index = len(self._entries)
        self._entries.append(_Entry(list_name, record, where, value, quality, prepared))
        self._sorted_texts.append(prepared.sorted_text)
        self._compacts.append(prepared.compact)
        self._written_compacts.append(prepared.written_compact)
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
            for name in name_forms(party.name):
                for match in self._by_name(name, "name", lists, party, floor):
                    if (match.reference not in found
                            or found[match.reference].score < match.score):
                        found[match.reference] = match
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
                                       vessel, floor):
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

    def _similarities(self, query: _Prepared, indices: list[int],
                      cutoff: float) -> dict[int, float]:
        """``_raw_similarity`` of ``query`` with many listed names, in rapidfuzz's C loops.

        Only similarities of at least ``cutoff`` are returned (others are absent).
        """
        if not indices:
            return {}
        floor = 100.0 * cutoff
        best: dict[int, float] = {}
        columns = ((query.sorted_text, self._sorted_texts), (query.compact, self._compacts),
                   (query.written_compact, self._written_compacts))
        for text, column in columns:
            for _, score, k in process.extract(text, [column[i] for i in indices],
                                               scorer=fuzz.ratio, score_cutoff=floor,
                                               limit=None):
                index = indices[k]
                if score > best.get(index, 0.0):
                    best[index] = score
        if len(query.tokens) >= 2 and not query.token_set <= self._scoring.common:
            for index in indices:
                listed = self._entries[index].prepared
                if len(listed.tokens) <= len(query.tokens):
                    continue
                missing = (len(listed.tokens) - len(query.tokens)) / len(listed.tokens)
                factor = 1.0 - self._scoring.missing_word_cost * missing
                need = max(best.get(index, 0.0), floor)
                if 100.0 * factor < need:
                    continue
                subset = fuzz.token_set_ratio(query.sorted_text, listed.sorted_text,
                                              score_cutoff=need / factor) * factor
                if subset > best.get(index, 0.0):
                    best[index] = subset
        out: dict[int, float] = {}
        for index, value in best.items():
            if self._sorted_texts[index] == query.sorted_text:
                words = self._entries[index].prepared.tokens
                out[index] = 1.0 if _rotation(query.tokens, words) else self.config.reordered
            else:
                out[index] = value / 100.0
        return out

    def _by_name(self, name: str, party_field: str, lists: tuple[ListName, ...],
                 who: Party | Vessel, floor: float) -> list[Match]:
        query = _prepare(name)
        if not query.tokens:
            return []
        cfg = self.config
        bonus = cfg.passport_agree + cfg.dob_agree
        short = len(query.compact) < cfg.min_fuzzy_length
        fuzzy: list[int] = []
        scored: dict[int, float] = {}
        for index in self._candidates(query):
            entry = self._entries[index]
            if entry.list_name not in lists:
                continue
            if short or len(entry.prepared.compact) < cfg.min_fuzzy_length:
                if query.sorted_text == entry.prepared.sorted_text:  # short: only exactly
                    scored[index] = (1.0 if _rotation(query.tokens, entry.prepared.tokens)
                                     else cfg.reordered)
            else:
                fuzzy.append(index)
        scored.update(self._similarities(query, fuzzy, max(0.0, floor - bonus)))
        best: dict[int, Match] = {}
        # Of two names of one record with the same score, the first by (field, listed value)
        # is kept ("alias" before "name"), then list order: a total order, never set order.
        order = sorted(scored, key=lambda i: (self._entries[i].field, self._entries[i].value, i))
        for index in order:
            similarity = scored[index]
            entry = self._entries[index]
            weight = cfg.quality_weights["name" if entry.quality is None else entry.quality]
            if similarity * weight + bonus < floor:
                continue  # cannot reach the floor even with every bonus
            signals: list[Signal] = []
            if similarity < 1.0:
                unmatched = _unmatched_words(query, entry.prepared, self._scoring.common)
                if unmatched:
                    similarity *= cfg.unmatched_word ** len(unmatched)
                    signals.append(Signal(
                        "words", "disagree", " ".join(unmatched), None,
                        f"x{cfg.unmatched_word}^{len(unmatched)} (in name_score)"))
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
                band=cfg.band(score), signals=tuple(signals))
        return list(best.values())

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
