"""Comparing two normalized names word by word: an explained alignment and its score.

A party's name and a listed name, each already normalized into words (see ``normalize_name``),
are aligned word to word: each pair of words gets a similarity and the rule that found it
(``same``; ``phonetic`` -- one romanisation family: Qadhafi / Gaddafi, Ajmi / Ajmy, Ayyad / Iyad,
vowel length and a final h: Deen / Din, Abdallah / Abdalla;
``typo`` -- characters mostly the same; ``joined`` -- two words of one name written as one of
the other). Pairs are taken best first (ties broken by position: a total order), a word in
one pair at most. What is left is either *extra* (words of the party's name the listed one
lacks: a descriptive tail "... of the KPA") or *missing* (words of the listed name the party's
lacks: a dropped middle name).

The score is the weighted mean similarity of the pairs, times a factor for what is left:

- extra words only, or missing words only: the listed name is contained in the party's, or the
  party's in the listed one -- a small cost per share of words left (``extra_cost``,
  ``missing_cost``; a person's extra word between two paired words is a middle name and costs
  ``extra_cost_inner``, one before or after them ``extra_cost_person``); missing words cost
  nothing more than that only if the words that do pair include a distinctive one (not a
  common word of the list) and at least two words;
- words left on both sides: a word was *replaced* -- a different person with a similar name
  ("Kim Jong Sik" / "Kim Yong Sik") -- a steep cost (``replaced_cost`` per share).

Common words of the list (Muhammad, Abd, Kim...) weigh ``common_weight`` instead of 1 so that
sharing them says little. Word order is free; the caller decides what a non-rotation costs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

__all__ = ["DEFAULT_POLICY", "Alignment", "ComparePolicy", "Pair", "align", "phonetic_key",
           "word_similarity"]


# Romanisation families folded by the phonetic key, longest first. Arabic: q/k/g/c (Qadhafi,
# Gaddafi, Kadafi), dh/d, th/t, kh/k, gh/g, sh/ch/sch (French "Charekh" for Sharikh), dj/j,
# ph/f, p/b, w/v, z/s; doubled letters single. Vowels keep two classes, a run of them one
# letter: front ``a`` (a, e, i, ee, ei, ey, final y: Ajmi / Ajmy, Soleimani / Soleymani) and
# back ``u`` (o, u, ou, oo: Abdul / Abdol, Boubekeur / Bubekeur), so Korea / Koryo, Jang / Jong
# and Min / Mun stay apart.
_FOLDS: tuple[tuple[str, str], ...] = (
    ("sch", "x"), ("tch", "x"), ("dj", "j"), ("dh", "d"), ("th", "t"), ("kh", "k"), ("gh", "g"),
    ("sh", "x"), ("ch", "x"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("g", "k"), ("c", "k"),
    ("z", "s"), ("w", "v"), ("p", "b"),
)
_DOUBLE = re.compile(r"(.)\1+")
_Y_VOWEL = re.compile(r"y(?![aeiou])")
_VOWEL_RUN = re.compile(r"[aeiou]+")


def _vowel_class(run: re.Match[str]) -> str:
    return "u" if run.group(0)[0] in "ou" else "a"


# Vowel length as romanisations write it (Arabic long vowels doubled or digraphed: Deen / Din,
# Ally / Ali, Goul / Gul, Deeabi / Diaby), and the final h of a feminine ending or "Allah"
# (Abdallah / Abdalla, Fazlullah / Fazlulla): spellings of one sound, not other vowels.
_LONG: tuple[tuple[str, str], ...] = (("ee", "i"), ("oo", "u"), ("ou", "u"), ("aa", "a"))
_FINAL_H = re.compile(r"(?<=[aeiou])h$")


@lru_cache(maxsize=1 << 16)
def _length_folded(word: str) -> str:
    """``word`` with vowel length, doubled letters, a vowel ``y`` and a final ``h`` after a
    vowel folded (see ``_LONG``): ``deen`` -> ``din``, ``ally`` -> ``ali``."""
    w = word
    for a, b in _LONG:
        w = w.replace(a, b)
    w = _DOUBLE.sub(r"\1", _Y_VOWEL.sub("i", w))
    return _FINAL_H.sub("", w) if len(w) > 3 else w


def _consonants_folded(word: str) -> str:
    for a, b in _FOLDS:
        word = word.replace(a, b)
    return word


@lru_cache(maxsize=1 << 16)
def phonetic_key(word: str) -> str:
    """A key shared by the spellings of one word across romanisation families (see above):
    ``qadhafi`` and ``gaddafi`` -> ``kadafa``; ``ajmi`` and ``ajmy`` -> ``ajma``."""
    w = word.casefold()
    for a, b in _FOLDS:
        w = w.replace(a, b)
    w = _Y_VOWEL.sub("i", w)
    w = _VOWEL_RUN.sub(_vowel_class, w)
    w = _DOUBLE.sub(r"\1", w)
    return _FINAL_H.sub("", w) if len(w) > 3 else w


@lru_cache(maxsize=1 << 18)
def word_similarity(a: str, b: str) -> tuple[float, str]:
    """Similarity in [0, 1] of two normalized words and the rule that gave it.

    ``same`` 1.0; ``phonetic`` 0.95 when the phonetic keys agree and either the letters are
    mostly the same (0.55) or the key has three consonants (Amin / Iman share a two-consonant
    key, not their letters); ``article``: one word is the other with an
    Arabic article written on ("Alsalby" / "Salbi"); ``typo``: the character similarity
    (rapidfuzz ratio) when it is at least 0.7 -- 0.75 for words of four letters, 0.8 for three
    or fewer (a near miss like Yang / Yong pairs weakly: a review, not a match); else 0.
    """
    if a == b:
        return 1.0, "same"
    if a.isdigit() or b.isdigit():
        return 0.0, "none"
    la, lb = _length_folded(a), _length_folded(b)
    # The letters compared once vowel length is folded too: Deeabi / Diaby differ in how a
    # vowel is written, not in which.
    ratio = max(fuzz.ratio(a, b), fuzz.ratio(la, lb)) / 100.0
    shortest = min(len(a), len(b))
    key = phonetic_key(a)
    if shortest == 3 and _consonants_folded(la) != _consonants_folded(lb):
        key = ""  # three letters: only the same vowels (Ali / Ally, Din / Deen, Haq / Hak);
        # Sun / Son, Hwa / Hwi are other names
    if shortest >= 3 and key and key == phonetic_key(b) and (
            ratio >= 0.55 or sum(c not in "au" for c in key) >= 3):
        return max(0.95, ratio), "phonetic"
    for x, y in ((a, b), (b, a)):
        if len(x) >= len(y) + 1 and x[:2] in ("al", "el") and len(x) >= 5 and len(y) >= 3:
            sim, rule = word_similarity(x[2:], y)
            if rule in ("same", "phonetic"):
                return min(sim, 0.95), "article"
    need = 0.8 if shortest <= 3 else (0.75 if shortest == 4 else 0.7)
    if shortest >= 5 and OSA.distance(a, b, score_cutoff=1) <= 1:
        # One letter changed, added, dropped or two swapped: the ratio counts a changed
        # letter twice; one edit in a word of n >= 5 letters is worth 1 - 0.5 / n.
        ratio = max(ratio, 1.0 - 0.5 / max(len(a), len(b)))
    if ratio >= need:
        return ratio, "typo"
    return 0.0, "none"


def _best(qa: str, qw: str, la: str, lw: str) -> tuple[float, str]:
    """The better of comparing the normalized and the written forms of two words."""
    first = word_similarity(qa, la)
    if first[0] == 1.0 or (qa == qw and la == lw):
        return first
    second = word_similarity(qw, lw)
    return second if second[0] > first[0] else first


@dataclass(frozen=True, slots=True)
class Pair:
    """Word ``query`` of the party's name paired with word ``listed`` of the listed name."""

    query: int
    listed: int
    similarity: float
    rule: str


@dataclass(frozen=True, slots=True)
class Alignment:
    """The pairs, the words left on each side, and the score with how it was reached."""

    pairs: tuple[Pair, ...]
    extra: tuple[int, ...]
    missing: tuple[int, ...]
    score: float
    shape: str  # "equal", "contained" (extra words only), "shortened", "replaced", "none"


@dataclass(frozen=True)
class ComparePolicy:
    """The costs of ``align``'s score (see the module's doc)."""

    extra_cost: float = 0.025
    extra_cost_person: float = 0.6
    extra_cost_inner: float = 0.2
    missing_cost: float = 0.15
    replaced_cost: float = 0.9
    replaced_flat: float = 0.1
    weak_cost: float = 0.35
    single_cost: float = 0.5
    second_missing: float = 0.05
    all_typos: float = 0.97
    common_weight: float = 0.35
    distinct_needed: bool = True


DEFAULT_POLICY = ComparePolicy()


def _weight(token: str, common: frozenset[str], policy: ComparePolicy) -> float:
    return policy.common_weight if token in common else 1.0


def align(query: tuple[str, ...], listed: tuple[str, ...], common: frozenset[str] = frozenset(),
          policy: ComparePolicy = DEFAULT_POLICY, query_written: tuple[str, ...] = (),
          listed_written: tuple[str, ...] = (), *, person: bool = False) -> Alignment:
    """Align two normalized names word by word and score the alignment (see the module).

    ``*_written``: the same words before spelling variants were unified ("abdol" for "abd"),
    compared too (the better similarity counts). ``person``: the listed name is a person's, so
    extra words cost ``extra_cost_person`` (a son's name holds his father's: "Omar Sabawi
    Ibrahim Hasan" / "Sabawi Ibrahim Hasan"); an entity's descriptive tail costs little.
    """
    qw = query_written or query
    lw = listed_written or listed
    if not query or not listed:
        return Alignment((), tuple(range(len(query))), tuple(range(len(listed))), 0.0, "none")
    candidates: list[tuple[float, int, int, str]] = []
    for i, a in enumerate(query):
        for j, b in enumerate(listed):
            sim, rule = _best(a, qw[i], b, lw[j])
            if sim > 0.0:
                candidates.append((-sim, i, j, rule))
    candidates.sort()
    used_q: set[int] = set()
    used_l: set[int] = set()
    pairs: list[Pair] = []
    for neg, i, j, rule in candidates:
        if i in used_q or j in used_l:
            continue
        used_q.add(i)
        used_l.add(j)
        pairs.append(Pair(i, j, -neg, rule))
    # Two words of one name written as one of the other ("Jongsik" / "Jong Sik").
    pairs += _joined(query, listed, used_q, used_l)
    for p in _joined(listed, query, used_l, used_q):
        pairs.append(Pair(p.listed, p.query, p.similarity, p.rule))
    pairs.sort(key=lambda p: (p.query, p.listed))
    extra = tuple(i for i in range(len(query)) if i not in used_q)
    missing = tuple(j for j in range(len(listed)) if j not in used_l)
    if not pairs:
        return Alignment((), extra, missing, 0.0, "none")
    num = den = 0.0
    distinct = False
    for p in pairs:
        w = max(_weight(query[p.query], common, policy), _weight(listed[p.listed], common, policy))
        num += w * p.similarity
        den += w
        distinct = distinct or w == 1.0
    base = num / den
    if len(pairs) >= 2 and all(p.rule == "typo" for p in pairs):
        # Every word misspelt ("Germaine Katango" / GERMAIN KATANGA): weaker evidence than
        # the same typos next to one word written the same.
        base *= policy.all_typos
    wq = sum(_weight(t, common, policy) for t in query)
    wl = sum(_weight(t, common, policy) for t in listed)
    extra_share = sum(_weight(query[i], common, policy) for i in extra) / wq
    missing_share = sum(_weight(listed[j], common, policy) for j in missing) / wl
    if not extra and not missing:
        return Alignment(tuple(pairs), extra, missing, base, "equal")
    if extra and missing:
        factor = max(0.0, 1.0 - policy.replaced_flat
                     - policy.replaced_cost * (extra_share + missing_share))
        return Alignment(tuple(pairs), extra, missing, base * factor, "replaced")
    if extra:
        if person:
            # A word between two paired ones is a middle name the list leaves out ("Tariq
            # Mikhail Aziz" / TARIQ AZIZ); one before or after them may be another person's
            # (a son's name holds his father's).
            first = min(p.query for p in pairs)
            last = max(p.query for p in pairs)
            inner = sum(_weight(query[i], common, policy) for i in extra
                        if first < i < last) / wq
            factor = (1.0 - policy.extra_cost_person * (extra_share - inner)
                      - policy.extra_cost_inner * inner)
        elif distinct and (len(pairs) >= 2 or len(listed[pairs[0].listed]) >= 6):
            # The entity's whole name, distinctive, with a descriptive tail: a small cost per
            # extra word ("... of the KPA", "Branch Office").
            factor = 1.0 - policy.extra_cost * min(len(extra), 5)
        else:
            factor = 1.0 - policy.weak_cost * extra_share
        return Alignment(tuple(pairs), extra, missing, base * factor, "contained")
    cost = policy.missing_cost
    if len(pairs) < 2:
        # One word in common: weak evidence whatever the rest weighs.
        return Alignment(tuple(pairs), extra, missing,
                         base * (1.0 - policy.single_cost * max(missing_share, 0.5)),
                         "shortened")
    if policy.distinct_needed and not distinct:
        cost = policy.weak_cost  # only common words in common
    # A second missing word costs more: "Musa Hilal" for MUSA HILAL ABDALLA ALNSIEM is half
    # the name, not a dropped middle name.
    factor = 1.0 - cost * missing_share - policy.second_missing * (len(missing) - 1)
    return Alignment(tuple(pairs), extra, missing, base * max(0.0, factor), "shortened")


def _joined(a: tuple[str, ...], b: tuple[str, ...], used_a: set[int],
            used_b: set[int]) -> list[Pair]:
    """A word of ``a`` left unpaired that is two adjacent unpaired words of ``b`` joined."""
    out: list[Pair] = []
    for i, word in enumerate(a):
        if i in used_a or len(word) < 4:
            continue
        for j in range(len(b) - 1):
            if j in used_b or j + 1 in used_b:
                continue
            ratio = fuzz.ratio(word, b[j] + b[j + 1]) / 100.0
            if ratio >= 0.85:
                used_a.add(i)
                used_b.update((j, j + 1))
                out.append(Pair(i, j, ratio, "joined"))
                break
    return out
