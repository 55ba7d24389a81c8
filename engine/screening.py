"""Screening parties and vessels against designation lists, with explained, scored matches.

``Screener(snapshot, vessels)`` indexes every name of the UN consolidated list (names, aliases,
names in original script) and of the designated-vessels list; ``screen(party)`` and
``screen_vessel(vessel)`` return ``Match`` records that say which listed record matched, on which
name or identifier, from which field of the party, with what similarity, how the alias quality
weighed, and which other facts (kind, country, date of birth, passport, numbers in a name)
agreed or disagreed.

Exact identifiers short-circuit: a UN reference number or an IMO number equal to the listed one
scores 1.0. Names are compared after ``normalize_name`` (below) with rapidfuzz. A name is only
compared with the listed names that share a blocking key with it (a normalized token, a
consonant skeleton of a token, or two adjacent tokens written together), so the cost per party
depends on how many listed names look like it, not on the size of the list.

Thresholds live in ``ScreeningConfig``; the defaults were chosen from precision and recall
measured on a labelled set built from the list (``tests/unit/labelled_names.yaml``; figures in
``docs/lists.md``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from types import MappingProxyType
from typing import Literal

from rapidfuzz import fuzz, process

from .events import Party, Vessel
from .lists import AliasQuality, DesignatedVessel, ListedParty, ListSnapshot, VesselList

__all__ = [
    "Band",
    "Match",
    "Screener",
    "ScreeningConfig",
    "Signal",
    "name_forms",
    "name_similarity",
    "name_tokens",
    "normalize_name",
    "spelling_variants",
]

Band = Literal["strong", "weak", "below"]
Verdict = Literal["agree", "disagree", "unknown"]


# --- normalization ------------------------------------------------------------------------------

# Romanization variants mapped to one spelling. Every value must map to itself (checked below),
# which is what makes normalizing twice change nothing.
_VARIANTS: dict[str, tuple[str, ...]] = {
    # Korean (McCune-Reischauer, Revised Romanization, DPRK and common ROK spellings)
    "ri": ("rhee", "lee", "yi", "rhi", "li", "rie", "i"),
    "kim": ("gim",),
    "pak": ("park", "bak", "bark"),
    "choe": ("choi", "chwe", "choy"),
    "jong": ("jeong", "chong", "cheong", "chung"),
    "song": ("sung", "seong"),
    "un": ("eun",),
    "kum": ("geum", "keum"),
    "son": ("seon",),
    "kuk": ("guk",),
    "kang": ("gang",),
    "kwon": ("gwon",),
    "yun": ("yoon",),
    "jang": ("chang",),
    "jo": ("cho",),
    "ju": ("chu",),
    "ryu": ("yoo", "ryoo"),
    "hyon": ("hyun", "hyeon"),
    "chol": ("cheol", "chul"),
    "kwang": ("gwang",),
    "myong": ("myung", "myeong"),
    "hyok": ("hyuk", "hyeok"),
    "yong": ("young", "yeong"),
    "kyong": ("kyung", "gyeong", "kyeong"),
    "sok": ("seok", "suk"),
    "dok": ("deok", "duk"),
    "sik": ("shik",),
    "pyong": ("pyeong", "byung", "byeong"),
    "jon": ("jeon", "chon"),
    "rim": ("lim", "im"),
    "sin": ("shin",),
    "sim": ("shim",),
    "han": ("hahn",),
    "an": ("ahn",),
    "o": ("oh",),
    "u": ("woo",),
    "su": ("soo",),
    "kil": ("gil",),
    "kye": ("gye",),
    # Arabic names in Latin script
    "muhammad": ("mukhammad", "mohammed", "mohammad", "mohamed", "muhammed", "mohamad",
                 "muhamad", "mohamud", "mohd", "muhamed", "mouhamad", "mouhammad", "mohammet",
                 "muhammadu"),
    "ahmad": ("ahmed", "ahmet"),
    "abd": ("abdul", "abdel", "abdal", "abdu", "abdur", "abdoul"),
    "abdullah": ("abdallah", "abdulla", "abdalla", "abdellah"),
    "bin": ("ben", "ibn"),
    "abu": ("abou", "abo"),
    "husayn": ("hussein", "husain", "hussain", "husein", "hosein", "hossein", "hosain",
               "hussayn", "husayen", "hussien"),
    "hasan": ("hassan", "hasen"),
    "yusuf": ("yousef", "youssef", "yousuf", "yusef", "yousif", "yossef", "yusif"),
    "umar": ("omar", "omer", "umer"),
    "uthman": ("othman", "osman", "usman", "usmaan"),
    "qasim": ("kasim", "qasem", "ghasem", "kassem", "qassem", "qassim", "ghasim", "qasam"),
    "sulayman": ("suleiman", "sulaiman", "soleiman", "sleiman", "solaiman", "suleyman",
                 "sulaymaan"),
    "mustafa": ("mustapha", "moustafa", "mostafa", "moustapha"),
    "ibrahim": ("ebrahim", "ibraheem", "ibrahem"),
    "ismail": ("ismael", "esmail", "ismayil", "ismaeel"),
    "khalid": ("khaled", "khaleed"),
    "jafar": ("jaafar", "djaafar", "jaffar", "djafar"),
    "yahya": ("yahia", "yehia", "yahyah"),
    "hamza": ("hamzah",),
    "nasir": ("nasser", "naser", "nassir", "nasr"),
    "rahman": ("rehman", "rahmaan"),
    "karim": ("kareem",),
    "salih": ("saleh",),
    "faisal": ("faysal", "feisal"),
    "said": ("saeed", "saed"),
    "al": ("el", "ul"),
}
_CANON: dict[str, str] = {v: k for k, vs in _VARIANTS.items() for v in vs}
assert all(k not in _CANON for k in _VARIANTS), "a canonical spelling is also a variant"
assert len(_CANON) == sum(map(len, _VARIANTS.values())), "a variant has two canonical spellings"

# Articles dropped when something else remains ("al-Qaida" = "Qaida"; "El Para" stays).
_ARTICLES = frozenset({"al"})
# Legal forms and honorifics dropped wherever they are, when something else remains; words that
# are legal forms only at the end ("X Trading Co., Ltd" but "Korea Trading Bank").
_LEGAL_FORMS = frozenset({
    "co", "ltd", "limited", "llc", "inc", "incorporated", "corp", "corporation", "company",
    "plc", "gmbh", "sa", "sarl", "srl", "bv", "nv", "jsc", "ojsc", "pjsc", "cjsc", "ooo", "zao",
    "oao", "pte", "pty", "pvt", "sdn", "bhd", "llp", "lp", "fze", "fzco", "fzc", "jv",
    "cia", "kg", "ag",
})
_HONORIFICS = frozenset({
    "dr", "mr", "mrs", "ms", "sheikh", "shaykh", "sheik", "shaikh", "haji", "hajji", "haj",
    "hadji", "mullah", "mulla", "molla", "maulavi", "mawlawi", "maulvi", "moulavi", "maulana",
    "colonel", "mv", "mt",
})
_DROP = _LEGAL_FORMS | _HONORIFICS
_TRAILING = frozenset({"trading"})

# Cyrillic -> Latin (BGN/PCGN-like, without diacritics).
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",  # noqa: RUF001
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",  # noqa: RUF001
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",  # noqa: RUF001
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi",  # noqa: RUF001
    "є": "ye", "ґ": "g", "ў": "u", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "ђ": "dj", "џ": "dz",  # noqa: RUF001
    "ә": "a", "ө": "o", "ү": "u", "қ": "k", "ғ": "g", "ң": "n", "һ": "h",  # noqa: RUF001
}
_CYRILLIC_TABLE = str.maketrans(_CYRILLIC)

# Arabic-script folding: alef forms, ta marbuta, alef maqsura, tatweel.
_ARABIC_TABLE = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي",  # noqa: RUF001
                               "ـ": "", "ؤ": "و", "ئ": "ي", "ک": "ك", "ی": "ي"})

# Hangul syllables -> Revised Romanization, one token per syllable (so 김정일 -> "gim jeong il",
# which the variant table then makes "kim jong il").
_CHO = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t",
        "p", "h"]
_JUNG = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
         "we", "wi", "yu", "eu", "ui", "i"]
_JONG = ["", "k", "k", "k", "n", "n", "n", "t", "l", "l", "l", "l", "l", "l", "l", "l", "m", "p",
         "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]


def _hangul(text: str) -> str:
    if not any("\uac00" <= ch <= "\ud7a3" for ch in text):
        return text
    out: list[str] = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            cho, rest = divmod(code, 588)
            jung, jong = divmod(rest, 28)
            out.append(f" {_CHO[cho]}{_JUNG[jung]}{_JONG[jong]} ")
        else:
            out.append(ch)
    return "".join(out)


_APOSTROPHES = str.maketrans({c: "" for c in "'’‘`ʼʻ´ʹ′"})  # noqa: RUF001
_NON_WORD = re.compile(r"[\W_]+")


def spelling_variants(word: str) -> tuple[str, ...]:
    """Every spelling the variant table knows for ``word`` (casefolded), itself included."""
    key = word.casefold()
    canonical = _CANON.get(key, key)
    return (canonical, *_VARIANTS.get(canonical, ()))


def _fold(text: str) -> str:
    """NFKC, Hangul romanized, casefolded, transliterated, marks stripped, punctuation spaced."""
    text = unicodedata.normalize("NFKC", text)
    text = _hangul(text).casefold()
    text = text.translate(_CYRILLIC_TABLE).translate(_ARABIC_TABLE).translate(_APOSTROPHES)
    text = "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))
    text = _hangul(unicodedata.normalize("NFKC", text)).casefold()
    # Again: stripping marks can expose letters of the tables (Cyrillic ie with grave -> ie)
    # and let jamo compose into syllables.
    text = text.translate(_CYRILLIC_TABLE).translate(_ARABIC_TABLE).translate(_APOSTROPHES)
    return _NON_WORD.sub(" ", text)


def _token_pairs(text: str) -> list[tuple[str, str]]:
    """``(as written, normalized)`` for each token kept, in written order."""
    pairs = [(t, _CANON.get(t, t)) for t in _fold(text).split()]
    while len(pairs) > 2 and pairs[0][0] == "m" and pairs[1][0] in ("v", "t"):
        pairs = pairs[2:]  # "M/V KOTI", "M/T YUK TUNG"
    kept = [p for p in pairs if p[1] not in _ARTICLES]
    if kept:
        pairs = kept
    kept = [p for p in pairs if p[1] not in _DROP]
    if kept:
        pairs = kept
    while len(pairs) > 1 and pairs[-1][1] in _TRAILING:
        pairs = pairs[:-1]
    return pairs


def name_tokens(text: str) -> list[str]:
    """The normalized tokens of a name, in written order (see ``normalize_name``)."""
    return [canon for _, canon in _token_pairs(text)]


def normalize_name(text: str) -> str:
    """Casefold, strip diacritics and punctuation, transliterate, unify spelling variants.

    Cyrillic and Hangul are written in Latin letters; Arabic-script letter forms are folded;
    romanization variants become one spelling (Ri/Rhee/Lee/Yi -> ``ri``, Mohammed/Muhammad ->
    ``muhammad``, al-/el- dropped); legal forms ("Co., Ltd", "Corporation", "LLC", "Trading")
    and honorifics are dropped unless nothing else is left. Word order is kept (comparison
    sorts tokens). ``normalize_name(normalize_name(x)) == normalize_name(x)``.
    """
    return " ".join(name_tokens(text))


_VOWELS = re.compile(r"[aeiouy]+")
_DIGRAPHS = (("ph", "f"), ("kh", "k"), ("gh", "g"), ("th", "t"), ("sh", "s"), ("ch", "c"),
             ("dh", "d"), ("q", "k"), ("z", "s"), ("w", "v"))


_BRACKETED = re.compile(r"\(([^()]*)\)")


def name_forms(name: str) -> list[str]:
    """The name as written and, when it carries a bracketed part ("Korea Mining Development
    Trading Corporation (KOMID)"), the name without it and the bracketed part alone: an acronym
    or former name in brackets is another name, not more words of the same one."""
    forms = [name]
    if "(" in name:
        outside = " ".join(_BRACKETED.sub(" ", name).split())
        inside = [" ".join(m.split()) for m in _BRACKETED.findall(name)]
        forms += [f for f in (outside, *inside) if f and f not in forms]
    return forms


@lru_cache(maxsize=1 << 16)
def _skeleton(token: str) -> str:
    """A crude phonetic key: consonant digraphs folded, vowels after the first letter dropped,
    doubled letters collapsed (``ghailani`` and ``ghilani`` -> ``gln``)."""
    for a, b in _DIGRAPHS:
        token = token.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", token[0] + _VOWELS.sub("", token[1:]))


@dataclass(frozen=True, slots=True)
class _Prepared:
    tokens: tuple[str, ...]
    written: tuple[str, ...]
    token_set: frozenset[str]
    sorted_text: str
    compact: str
    written_compact: str
    skeletons: frozenset[str]
    numbers: frozenset[str]
    keys: frozenset[str]


def _prepare(text: str) -> _Prepared:
    pairs = _token_pairs(text)
    tokens = tuple(canon for _, canon in pairs)
    written = tuple(raw for raw, _ in pairs)
    keys: set[str] = set()
    skeletons: set[str] = set()
    for i, tok in enumerate(tokens):
        keys.add(tok)
        if len(tok) >= 4 and tok.isalpha() and tok.isascii():
            skeletons.add(_skeleton(tok))
            keys.add("~" + _skeleton(tok))
        if i + 1 < len(tokens):
            keys.add(tok + tokens[i + 1])
            keys.add(written[i] + written[i + 1])
    return _Prepared(
        tokens=tokens, written=written, token_set=frozenset(tokens),
        sorted_text=" ".join(sorted(tokens)), compact="".join(tokens),
        written_compact="".join(written), skeletons=frozenset(skeletons),
        numbers=frozenset(t for t in tokens if t.isdigit()),
        keys=frozenset(keys),
    )


@dataclass(frozen=True)
class _Scoring:
    """The parts of ``ScreeningConfig`` name similarity needs, and the list's common words."""

    missing_word_cost: float = 0.25
    unmatched_word: float = 0.88
    reordered: float = 0.9
    common: frozenset[str] = frozenset()


def _raw_similarity(q: _Prepared, n: _Prepared, scoring: _Scoring, cutoff: float = 0.0) -> float:
    """Character-level similarity of the party's name ``q`` and a listed name ``n``, in [0, 1].

    The best of: the token-sorted names (word order), the names without spaces ("Jong-sik" =
    "Jongsik"), as normalized and as written, and -- when the party's name has fewer words and
    at least one of them is not a common word of the list -- the listed name's words it
    contains (a dropped middle name), discounted by the share of listed words missing.
    Scores below ``cutoff`` may be returned as 0.
    """
    if not q.tokens or not n.tokens:
        return 0.0
    if q.sorted_text == n.sorted_text:
        return 1.0
    subset = 2 <= len(q.tokens) < len(n.tokens) and not q.token_set <= scoring.common
    floor = 100.0 * cutoff
    if not subset:
        # ratio <= 2 * min(len) / (len_a + len_b): skip names of very different lengths.
        shortest = min(len(q.compact), len(n.compact))
        if 200.0 * shortest / (len(q.compact) + len(n.compact)) + 2.0 < floor:
            return 0.0
    best = fuzz.ratio(q.sorted_text, n.sorted_text, score_cutoff=floor)
    best = max(best, fuzz.ratio(q.compact, n.compact, score_cutoff=max(best, floor)))
    best = max(best, fuzz.ratio(q.written_compact, n.written_compact,
                                score_cutoff=max(best, floor)))
    if subset:
        missing = (len(n.tokens) - len(q.tokens)) / len(n.tokens)
        factor = 1.0 - scoring.missing_word_cost * missing
        if 100.0 * factor >= max(best, floor):
            set_ratio = fuzz.token_set_ratio(q.sorted_text, n.sorted_text,
                                             score_cutoff=max(best, floor) / factor)
            best = max(best, set_ratio * factor)
    return best / 100.0


def _unmatched_words(q: _Prepared, n: _Prepared, common: frozenset[str]) -> list[str]:
    """Words of the party's name with no counterpart in the listed name.

    A word has a counterpart when the listed name has it, has it written together with its
    neighbour, has a word with the same consonant skeleton (Tarek / Tariq), or has a word at
    least 70% similar to it (85% for words of four letters or fewer: Kil and Il, Amin and
    Amid, Choe and Chol are different names), as normalized or as written. Common words of
    the list, numbers (see the number signal) and one-letter words are not counted.
    """
    out: list[str] = []
    for tok, raw in zip(q.tokens, q.written, strict=True):
        if tok in n.token_set or tok in common or tok.isdigit() or len(tok) < 2:
            continue
        if len(tok) >= 4 and (tok in n.compact or raw in n.written_compact):
            continue
        if len(tok) >= 4 and tok.isalpha() and tok.isascii() and _skeleton(tok) in n.skeletons:
            continue  # Tarek / Tariq, Mahad / Mahat
        need = 70 if len(tok) >= 5 else 85
        if len(tok) >= 3 and (any(fuzz.ratio(tok, other) >= need for other in n.tokens) or
                              any(fuzz.ratio(raw, other) >= need for other in n.written)):
            continue
        out.append(tok)
    return out


def _rotation(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """``b`` is ``a`` with some words moved from its end to its front ("Jong Sik Kim" and
    "Kim Jong Sik"); "Kim Ung Nam" and "Kim Nam Ung" are not."""
    if len(a) != len(b):
        return False
    return any(a[i:] + a[:i] == b for i in range(len(a)))


def _similarity(q: _Prepared, n: _Prepared, scoring: _Scoring) -> tuple[float, list[str]]:
    raw = _raw_similarity(q, n, scoring)
    if q.sorted_text == n.sorted_text and not _rotation(q.tokens, n.tokens):
        raw = scoring.reordered
    if raw == 1.0:
        return raw, []
    unmatched = _unmatched_words(q, n, scoring.common)
    return raw * scoring.unmatched_word ** len(unmatched), unmatched


def name_similarity(party_name: str, listed_name: str) -> float:
    """Similarity in [0, 1] of a party's name to a listed name, as ``Match.name_score``.

    Not symmetric: words of the party's name missing from the listed name cost more than
    words of the listed name missing from the party's. Computed without the list's common
    words (a ``Screener`` knows them).
    """
    return _similarity(_prepare(party_name), _prepare(listed_name), _Scoring())[0]


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
        # In index order, so that of two names of one record with the same score the one
        # listed first (the name before its aliases, in list order) is kept: a total order.
        for index, similarity in sorted(scored.items()):
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
