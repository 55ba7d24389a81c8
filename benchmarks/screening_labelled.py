"""The labelled screening set (version 2): queries built from the shipped list, split in two.

Every query derives from one listed record (or from none: random names), and every record falls
in one half, ``tune`` or ``held_out``, by a keyed hash of its reference (``split_of``): all the
variants of a record are on the same side, so nothing tuned on one half has seen the other's
records. Thresholds and weights are chosen on ``tune``; figures are quoted on ``held_out``.

Positive kinds (the record must be found):

- ``alias``: a good alias as listed; ``held_out_variant``: a good alias within 0.6-1.0 of the
  record's name, *removed from the index* (a human-written variant the matcher must reach
  through the record's other names); ``held_out_cyrillic``: the same for a Cyrillic name;
- ``romanised``: Arabic romanisation families applied to the name (Q/G/K, dh/d/dd, ou/u,
  ee/i, final i/y, doubled and single letters, al-/el-/attached article: QADHAFI -> Gaddafi,
  AL-AJMI -> el-Ajmy) -- rules written here, not taken from the matcher;
- ``respelled``: Korean and Arabic spellings from the normaliser's own variant table
  (circular by construction: it measures that the table is applied, not that it is complete);
- ``word_order``, ``dropped_middle``, ``added_words`` (a descriptive tail on an entity, "... of
  the KPA", "Branch Office"; a title on a person), ``typo`` (one edit in a word of >= 5
  letters), ``typo_distinctive`` (one edit in the record's rarest word: the candidate search
  must still find it), ``legal_form_typo`` ("Corporatoin"), ``legal_form`` (swapped),
  ``respaced``, ``with_dob`` (a romanised or shortened name with the listed date of birth),
  ``vessel_variant``.

A positive query derived from a name that another record carries too (as its name or a good
alias, the same by ``_phonetic`` word for word: HASSAN DAHIR AWEYS is listed twice, QASEM
SOLEIMANI and GHASEM SOLEYMANI are two people with one name) expects every such record (with a
date of birth, those whose dates do not conflict); a negative spelt like a listed name is left
out, and so is a ``conflicting_dob`` for a name another record carries.

Negative kinds (nothing may match strongly):

- ``same_family``: a listed person's family name with other given names of the same regime
  (a different person of the same family);
- ``similar_listed``: one word of a listed name replaced by a different word (< 70 % similar,
  another phonetic key) of the same regime and kind;
- ``conflicting_dob``: a listed person's name, or a shortened form of it, with a date of birth
  at least 8 years from every listed one;
- ``common_name``, ``random_company``, ``random_vessel``, ``sister_vessel``.

``ambiguous_contained``: a would-be negative that holds every word of some listed name, or
whose words all belong to one (the shape of a descriptive tail or a dropped middle name), and
``ambiguous_close`` (a word replaced by another *listed* word 70-85 % similar: Kil/Il,
Amin/Amid, Salem/Salim) are reported apart and left out of the headline figures: each has the
shape of a true variant, so it is a review by nature, not a clear negative.
"""

from __future__ import annotations

import hashlib
import random
import unicodedata
from collections import Counter
from typing import Any

from rapidfuzz import fuzz
from sanctions_engine.lists.model import ListedParty, ListSnapshot
from sanctions_engine.lists.vessels import VesselList
from sanctions_engine.screening.names import name_similarity, normalize_name

SPLIT_KEY = "sanctions-engine screening split v2"
POSITIVE_KINDS = (
    "alias", "held_out_variant", "held_out_cyrillic", "romanised", "respelled", "word_order",
    "dropped_middle", "added_words", "typo", "typo_distinctive", "legal_form_typo",
    "legal_form", "respaced", "with_dob", "vessel_variant",
)
NEGATIVE_KINDS = ("same_family", "similar_listed", "conflicting_dob", "common_name",
                  "random_company", "random_vessel", "sister_vessel")
REPORTED_APART = ("ambiguous_close", "ambiguous_contained")
ARABIC_REGIMES = frozenset({"isil_al_qaida", "taliban", "libya", "iraq", "yemen", "al_shabaab",
                            "sudan", "iran"})


def split_of(key: str) -> str:
    """``tune`` or ``held_out`` for a record reference (or a random query's key)."""
    digest = hashlib.sha256(f"{SPLIT_KEY}:{key}".encode()).digest()
    return "tune" if digest[0] % 2 == 0 else "held_out"


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# --- variant makers (each returns None when it does not apply) ----------------------------------


def _romanise_word(rng: random.Random, word: str) -> str:
    """One word respelled along Arabic romanisation families (case kept as title/upper)."""
    upper = word.isupper()
    w = _ascii(word).lower()
    options: list[tuple[str, str]] = []
    if w.startswith("q"):
        options.append(("^q", rng.choice(("g", "k"))))
    if "q" in w[1:]:
        options.append(("q", rng.choice(("k", "g", "qu"))))
    if "dh" in w:
        options.append(("dh", rng.choice(("d", "dd", "z"))))
    if "th" in w:
        options.append(("th", rng.choice(("t", "s"))))
    if "ou" in w:
        options.append(("ou", "u"))
    elif "u" in w:
        options.append(("u", rng.choice(("ou", "o"))))
    if "ee" in w:
        options.append(("ee", "i"))
    elif "i" in w[1:-1]:
        options.append(("i", rng.choice(("ee", "e"))))
    if w.endswith("i"):
        options.append(("i$", "y"))
    elif w.endswith("y"):
        options.append(("y$", "i"))
    if w.endswith("ah"):
        options.append(("ah$", "a"))
    for a in "bdfklmnrst":
        if a + a in w:
            options.append((a + a, a))
            break
    else:
        inner = [i for i in range(1, len(w) - 1) if w[i] in "dfklmnrst" and w[i - 1] in "aeiou"
                 and w[i + 1] in "aeiou"]
        if inner:
            i = rng.choice(inner)
            options.append((f"@{i}", w[i] * 2))
    if not options:
        return word
    for pattern, repl in rng.sample(options, k=min(len(options), rng.choice((1, 2, 2)))):
        if pattern.startswith("^"):
            w = repl + w[1:]
        elif pattern.endswith("$"):
            w = w[: len(w) - len(pattern) + 1] + repl
        elif pattern.startswith("@"):
            i = int(pattern[1:])
            if i < len(w):
                w = w[:i] + repl + w[i + 1:]
        else:
            w = w.replace(pattern, repl, 1)
    return w.upper() if upper else w.capitalize()


def romanise(rng: random.Random, name: str) -> str | None:
    """Arabic romanisation families on every word, and the article written another way."""
    words = name.split()
    out: list[str] = []
    for word in words:
        lower = word.lower()
        for article in ("al-", "el-", "al ", "ul-"):
            if lower.startswith(article) and len(word) > len(article) + 2:
                rest = _romanise_word(rng, word[len(article):])
                glue = rng.choice(("el-", "al-", "Al", "El ", "al "))
                out.append(glue + rest if glue.endswith((" ", "-")) else glue + rest.lower())
                break
        else:
            out.append(_romanise_word(rng, word) if lower not in ("al", "el", "bin", "ibn")
                       else word)
    result = " ".join(out)
    return result if normalize_name(result) != normalize_name(name) else None


_ENTITY_TAILS = ("of the KPA", "Branch Office", "Head Office", "Representative Office",
                 "(Pyongyang Branch)", "Group", "Dubai Branch", "International",
                 "Holding", "Trading Department")
_TITLES = ("Mr", "Dr", "General", "Sheikh", "Colonel", "Engineer", "Mullah", "Haji")


def added_words(rng: random.Random, record: ListedParty) -> str | None:
    """A descriptive tail on an entity's name, or a title before a person's."""
    if record.kind == "entity":
        return f"{record.name} {rng.choice(_ENTITY_TAILS)}"
    return f"{rng.choice(_TITLES)} {record.name.title()}"


def _edit(rng: random.Random, word: str) -> str:
    j = rng.randrange(1, len(word) - 1)
    op = rng.choice(("sub", "del", "swap", "ins"))
    if op == "sub":
        letter = rng.choice([c for c in "aeioulnrstkmh" if c != word[j].lower()])
        return word[:j] + (letter.upper() if word[j].isupper() else letter) + word[j + 1:]
    if op == "del":
        return word[:j] + word[j + 1:]
    if op == "ins":
        letter = rng.choice("aeiounrst")
        return word[:j] + (letter.upper() if word[j].isupper() else letter) + word[j:]
    return word[:j - 1] + word[j] + word[j - 1] + word[j + 1:]


def typo_distinctive(rng: random.Random, name: str, frequency: Counter[str]) -> str | None:
    """One edit in the name's rarest word of >= 5 letters (the word blocking relies on)."""
    words = name.split()
    long = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not long:
        return None
    i = min(long, key=lambda k: (frequency[normalize_name(words[k])], k))
    words[i] = _edit(rng, words[i])
    out = " ".join(words)
    return out if normalize_name(out) != normalize_name(name) else None


_FORM_TYPOS = {"CORPORATION": ("CORPORATOIN", "CORPERATION", "COPRORATION", "CORPORATON"),
               "COMPANY": ("COMPNAY", "COMAPNY", "COMPANI"),
               "LIMITED": ("LIMTED", "LIMITTED", "LIMITEDD"),
               "TRADING": ("TRADNG", "TRAIDING"),
               "ASSOCIATION": ("ASSOCIATON", "ASOCIATION")}


def legal_form_typo(rng: random.Random, name: str) -> str | None:
    """A typo in the legal-form word ("Corporatoin"), or a typoed legal form appended."""
    words = name.split()
    for i, w in enumerate(words):
        key = w.upper().strip(",.")
        if key in _FORM_TYPOS:
            typo = rng.choice(_FORM_TYPOS[key])
            words[i] = typo if w.isupper() else typo.capitalize()
            return " ".join(words)
    return f"{name} {rng.choice(('Corporatoin', 'Compnay', 'Limted', 'Co., Ltdd'))}"


def _dob_of(record: ListedParty) -> str | None:
    for birth in record.dates_of_birth:
        if birth.date is not None:
            return birth.date.isoformat()
    for birth in record.dates_of_birth:
        if birth.year is not None:
            return str(birth.year)
    return None


def _far_dob(rng: random.Random, record: ListedParty) -> str | None:
    years = [span for b in record.dates_of_birth if (span := b.years()) is not None]
    if not years:
        return None
    low = min(a for a, _ in years)
    high = max(b for _, b in years)
    year = rng.choice((low - rng.randint(8, 20), high + rng.randint(8, 20)))
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _phonetic(word: str) -> str:
    """A crude key for choosing negatives that are not romanisations of each other."""
    w = normalize_name(word).replace(" ", "")
    for a, b in (("dh", "d"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("sh", "s"), ("q", "k"),
                 ("g", "k"), ("z", "s"), ("ou", "u"), ("ee", "i"), ("y", "i"), ("e", "i"),
                 ("o", "u"), ("w", "v")):
        w = w.replace(a, b)
    out = ""
    for c in w:
        if not out or out[-1] != c:
            out += c
    return out[:1] + "".join(c for c in out[1:] if c not in "aiu")


def _name_key(value: str) -> tuple[str, ...]:
    """A name's words by ``_phonetic``, sorted: two names with one key are one name spelt two
    ways (QASEM SOLEIMANI / Ghasem Soleymani), or written in another order."""
    return tuple(sorted(_phonetic(w) for w in normalize_name(value).split()))


def _dob_conflicts(record: ListedParty, dob: str) -> bool:
    years = [span for b in record.dates_of_birth if (span := b.years()) is not None]
    year = int(dob[:4])
    return bool(years) and not any(a - 1 <= year <= b + 1 for a, b in years)


# --- the builder ------------------------------------------------------------------------------


def build(snapshot: ListSnapshot, vessels: VesselList, seed: int) -> list[dict[str, Any]]:
    """The labelled queries (see the module's doc), each with ``split``."""
    from screening import Names, drop_middle, legal_form, respace, respell, typo, word_order

    rng = random.Random(seed)
    owners: dict[str, set[str]] = {}
    frequency: Counter[str] = Counter()
    for record in snapshot.records:
        for value, _, _ in record.all_names():
            norm = normalize_name(value)
            owners.setdefault(norm, set()).add(record.reference)
            frequency.update(set(norm.split()))
    for vessel in vessels.vessels:
        for value in (vessel.name, *vessel.aliases):
            owners.setdefault(normalize_name(value), set()).add(vessel.key)
    # The records that carry one name, however spelt: a query derived from that name must find
    # every one of them (HASSAN DAHIR AWEYS is listed twice; QASEM SOLEIMANI and GHASEM
    # SOLEYMANI are two people with one name), and a negative spelt like it is no negative.
    same_name: dict[tuple[str, ...], set[str]] = {}
    by_ref = {r.reference: r for r in snapshot.records}
    for record in snapshot.records:
        for value, _, quality in record.all_names():
            if normalize_name(value) and quality in (None, "good"):
                # (a low-quality alias never matches strongly on its own: not the same name)
                same_name.setdefault(_name_key(value), set()).add(record.reference)

    # Word sets of every listed name: a "negative" that holds every word of a listed name, or
    # whose words (two or more) are all in one, has the shape of a true variant (a descriptive
    # tail, a dropped middle name): it is reported apart, as ambiguous.
    word_sets = {frozenset(n.split()) for n in owners if n}

    def contained(norm: str) -> bool:
        words = frozenset(norm.split())
        return any(ws <= words or (len(words) >= 2 and words <= ws) for ws in word_sets)

    items: list[dict[str, Any]] = []
    seen: set[tuple[str, str | None]] = set()

    def add(query: str | None, kind: str, expect: list[str], category: str, key: str, *,
            hold_out: dict[str, str] | None = None, dob: str | None = None,
            source: str | None = None) -> None:
        if not query:
            return
        norm = normalize_name(query)
        if not norm or (norm, dob) in seen:
            return
        if expect and source is not None:
            others = same_name.get(_name_key(source), set()) - set(expect)
            if dob:
                others = {r for r in others if not _dob_conflicts(by_ref[r], dob)}
            expect = sorted({*expect, *others})
        elif not expect and category != "conflicting_dob" and _name_key(query) in same_name:
            return  # a listed name spelt otherwise is not a negative
        holders = owners.get(norm, set())
        if expect and holders and not holders <= set(expect):
            return  # the same words name another record: ambiguous by construction
        if not expect and holders and category != "conflicting_dob":
            return  # a "negative" that is exactly a listed name is not a negative
        seen.add((norm, dob))
        if not expect and category not in ("conflicting_dob", "sister_vessel") and contained(
                norm):
            category = "ambiguous_contained"
        item: dict[str, Any] = {"query": query, "kind": kind, "expect": expect,
                                "category": category, "split": split_of(key)}
        if dob:
            item["dob"] = dob
        if hold_out:
            item["hold_out"] = hold_out
        items.append(item)

    records = sorted(snapshot.records, key=lambda r: r.reference)
    rng.shuffle(records)
    for record in records:
        ref = record.reference
        for alias in record.aliases:
            if alias.quality != "good":
                continue
            sim = name_similarity(alias.name, record.name)
            if 0.6 <= sim < 1.0 and normalize_name(alias.name) != normalize_name(record.name):
                add(alias.name, record.kind, [ref], "held_out_variant", ref, source=alias.name,
                    hold_out={"reference": ref, "field": "alias", "value": alias.name})
                break
        script = record.name_original_script
        if script and any("\u0400" <= ch <= "\u04ff" for ch in script):
            add(script, record.kind, [ref], "held_out_cyrillic", ref, source=script,
                hold_out={"reference": ref, "field": "name_original_script", "value": script})
    makers = {"typo": typo, "word_order": word_order, "dropped_middle": drop_middle,
              "respelled": respell, "respaced": respace}
    for record in records:
        ref, kind = record.reference, record.kind
        goods = [a for a in record.aliases if a.quality == "good"]
        if goods and rng.random() < 0.5:
            good = rng.choice(goods).name
            add(good, kind, [ref], "alias", ref, source=good)
        for category, make in makers.items():
            if rng.random() < (0.8 if category in ("respelled", "dropped_middle") else 0.4):
                if (category == "dropped_middle" and record.regime == "dprk"
                        and len(record.name.split()) == 3):
                    continue  # a Korean given name is two syllables of one name, not two names
                add(make(rng, record.name), kind, [ref], category, ref, source=record.name)
        if record.regime in ARABIC_REGIMES and kind == "individual":
            for _ in range(2):
                add(romanise(rng, record.name), kind, [ref], "romanised", ref,
                    source=record.name)
        if rng.random() < 0.5:
            add(added_words(rng, record), kind, [ref], "added_words", ref, source=record.name)
        if rng.random() < 0.6:
            add(typo_distinctive(rng, record.name, frequency), kind, [ref], "typo_distinctive",
                ref, source=record.name)
        if kind == "entity":
            if rng.random() < 0.6:
                add(legal_form(rng, record.name), kind, [ref], "legal_form", ref,
                    source=record.name)
            if rng.random() < 0.6:
                add(legal_form_typo(rng, record.name), kind, [ref], "legal_form_typo", ref,
                    source=record.name)
        dob = _dob_of(record)
        if dob and kind == "individual":
            short = (romanise(rng, record.name) if record.regime in ARABIC_REGIMES
                     and rng.random() < 0.5 else drop_middle(rng, record.name))
            add(short, kind, [ref], "with_dob", ref, dob=dob, source=record.name)
            far = _far_dob(rng, record)
            if far and rng.random() < 0.6:
                shape = record.name if rng.random() < 0.5 else (
                    drop_middle(rng, record.name) or record.name)
                if same_name.get(_name_key(record.name), set()) <= {ref}:
                    # (a name another record carries too is that record's, whatever the date)
                    add(shape, kind, [], "conflicting_dob", ref, dob=far)
    for vessel in vessels.vessels:
        add(f"M/V {vessel.name.title()}", "vessel", [vessel.key], "vessel_variant", vessel.key)
        add(vessel.name.replace(" ", "", 1), "vessel", [vessel.key], "vessel_variant",
            vessel.key)

    # Hard negatives from the list itself.
    pool: dict[tuple[str, str], list[str]] = {}
    for record in snapshot.records:
        for word in record.name.split():
            if word.isalpha() and len(word) >= 3:
                pool.setdefault((record.regime, record.kind), []).append(word)
    givens: dict[str, list[list[str]]] = {}
    for record in snapshot.records:
        words = record.name.split()
        if record.kind == "individual" and len(words) >= 2:
            givens.setdefault(record.regime, []).append(words[:-1])
    for record in records:
        words = record.name.split()
        ref = record.reference
        if len(words) < 2:
            continue
        if record.kind == "individual" and rng.random() < 0.7:
            mine = {_phonetic(w) for w in words[:-1]}
            options = [g for g in givens.get(record.regime, [])
                       if not mine & {_phonetic(w) for w in g}]
            if options:
                given = rng.choice(sorted(options, key=" ".join))
                add(" ".join([*given, words[-1]]), "individual", [], "same_family", ref)
        if rng.random() < 0.2:
            continue
        i = rng.randrange(len(words))
        target = normalize_name(words[i])
        if not target or target in ("muhammad", "abd", "abu", "bin"):
            continue
        close: list[str] = []
        far: list[str] = []
        for w in sorted(set(pool.get((record.regime, record.kind), []))):
            sim = fuzz.ratio(normalize_name(w), target)
            if 40 <= sim < 70 and _phonetic(w) != _phonetic(words[i]):
                far.append(w)
            elif 70 <= sim < 85:
                close.append(w)
        for category, options in (("similar_listed", far), ("ambiguous_close", close)):
            if options:
                changed = list(words)
                changed[i] = rng.choice(options)
                add(" ".join(changed), record.kind, [], category, ref)
    names = Names(rng)
    for n in range(500):
        add(names.person(), "individual", [], "common_name", f"person{n}")
    for n in range(300):
        add(names.company(), "entity", [], "random_company", f"company{n}")
    for vessel in vessels.vessels:
        number = next((w for w in vessel.name.split() if w.isdigit()), None)
        if number is not None:
            other = str(int(number) + rng.choice((1, 2, 3)))
            add(vessel.name.replace(number, other), "vessel", [], "sister_vessel", vessel.key)
    for n in range(80):
        add(names.vessel(), "vessel", [], "random_vessel", f"vessel{n}")
    return items
