"""Screening: throughput on generated parties, and the labelled set behind the thresholds.

    python benchmarks/screening.py                          # 100,000 parties, seed 1
    python benchmarks/screening.py --parties 1000000        # the figure in docs/lists.md
    python benchmarks/screening.py --write-labelled tests/unit/labelled_names.yaml
    python benchmarks/screening.py --evaluate tests/unit/labelled_names.yaml
    python benchmarks/screening.py --labelled                  # set v2: tune / held-out halves
    python benchmarks/screening.py --labelled --nomenklatura   # and OpenSanctions' matchers

Throughput: parties are generated from one ``random.Random(seed)`` (mostly random personal,
company and vessel names from several naming cultures; ``--variant-share`` of them true variants
of listed names: an alias, a typo, a word-order swap, a dropped middle name; a few carry a UN
reference or an IMO number) and screened one by one with ``Screener.screen`` against the full
sample list and the designated vessels. Party models are built outside the timed section.

Labelled set: queries derived from the list itself, each with the listed references it must
match (``expect``; empty for negatives) and a ``category``; ``hold_out`` names a listed name
that is removed from the index while evaluating, so that a human-written spelling variant has
to be found through another name of the same record. ``--evaluate`` prints precision and
recall per threshold and per category.

``--labelled`` builds the second labelled set (``screening_labelled.py``: more variant kinds,
hard negatives, a tune half and a held-out half split by record) and prints, per half and per
variant kind, precision, recall and top-1 at the strong and weak thresholds, and queries/s;
``--nomenklatura`` runs OpenSanctions' scoring algorithms on FollowTheMoney entities of the
same records and queries (``screening_nomenklatura.py``; needs the ``bench-nomenklatura`` extra) and
prints them side by side, each at the thresholds chosen for it on the tune half.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz
from sanctions_engine._yaml import load_yaml
from sanctions_engine.events.model import Party
from sanctions_engine.lists.model import ListSnapshot
from sanctions_engine.lists.un_xml import read_consolidated
from sanctions_engine.lists.vessels import load_vessels
from sanctions_engine.screening.names import name_similarity, normalize_name, spelling_variants
from sanctions_engine.screening.screener import Screener, ScreeningConfig

ROOT = Path(__file__).resolve().parent.parent
LIST_XML = ROOT / "fixtures" / "lists" / "un-consolidated-2026-02-27.xml"
VESSELS = ROOT / "fixtures" / "lists" / "dprk_vessels.yaml"

# --- name pools ---------------------------------------------------------------------------------

KOREAN_SURNAMES = ["Kim", "Ri", "Pak", "Choe", "Jong", "Kang", "Jo", "Yun", "Jang", "Han", "O",
                   "Hwang", "Ryu", "Hong", "Jon", "Ko", "Mun", "Son", "Yang", "Paek", "Ho", "Nam",
                   "Sim", "Ha", "Kwak", "Song", "Rim", "Hyon", "Chae", "Kye", "Kil", "Pyon", "Ju",
                   "Sok", "An", "Kwon", "Cha", "Tong", "Ok", "Yom"]
KOREAN_SYLLABLES = ["Chol", "Il", "Song", "Nam", "Hyok", "Myong", "Kwang", "Yong", "Su", "Ho",
                    "Jin", "Hak", "Chun", "Sik", "Gil", "Won", "Dok", "Hui", "Ok", "Sun", "Hwa",
                    "Mi", "Ung", "Guk", "Hyon", "Bok", "Sam", "Thae", "Un", "Jun", "Ryong", "Sok",
                    "Jong", "Hun", "Chan", "Pom", "Yu", "Ran", "Hye", "Gum"]
ARABIC_FIRST = ["Mohammed", "Ahmed", "Ali", "Omar", "Abdullah", "Hassan", "Hussein", "Khalid",
                "Yusuf", "Ibrahim", "Mustafa", "Hamza", "Tariq", "Bilal", "Karim", "Samir",
                "Nabil", "Walid", "Faisal", "Saeed", "Jamal", "Rashid", "Adel", "Ziad", "Fadi",
                "Majid", "Nasser", "Hani", "Imad", "Osama", "Anas", "Bashir", "Jalal", "Rami",
                "Salim", "Amir", "Aziz", "Fouad", "Ghassan", "Abdul Rahman"]
ARABIC_LAST = ["Al-Masri", "Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Al-Amin", "Hamdan",
               "Qureshi", "Farouk", "Hakimi", "Al-Tamimi", "Barakat", "Darwish", "Ghanem",
               "Habib", "Issa", "Jaber", "Kassab", "Makki", "Nassar", "Obeid", "Rahal",
               "Sabbagh", "Tahan", "Yassin", "Zaher", "Al-Sayed", "Abboud", "Attar", "Bakri",
               "Chami", "Dabbagh", "Fakhoury", "Halabi", "Karam", "Maalouf", "Sharif", "Shami",
               "Zidan"]
CHINESE_SURNAMES = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
                    "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo"]
CHINESE_GIVEN = ["Wei", "Fang", "Lei", "Jun", "Yong", "Jie", "Tao", "Ming", "Hua", "Hong", "Xin",
                 "Qiang", "Lin", "Bo", "Hao", "Yu", "Ping", "Gang", "Jian", "Hui"]
RUSSIAN_FIRST = ["Ivan", "Sergei", "Alexei", "Dmitri", "Nikolai", "Andrei", "Mikhail",
                 "Vladimir", "Oleg", "Pavel", "Yuri", "Boris"]
RUSSIAN_LAST = ["Ivanov", "Petrov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Lebedev",
                "Kozlov", "Novikov", "Morozov", "Volkov", "Orlov"]
WESTERN_FIRST = ["John", "James", "Maria", "Anna", "David", "Peter", "Michael", "Laura", "Carlos",
                 "Ana", "Jose", "Luis", "Sophie", "Thomas", "Paul", "Emma", "Lucas", "Sarah"]
WESTERN_LAST = ["Smith", "Johnson", "Garcia", "Martinez", "Brown", "Miller", "Wilson", "Moore",
                "Taylor", "Anderson", "Lopez", "Gonzalez", "Muller", "Schmidt", "Dubois",
                "Rossi", "Jensen", "Novak"]
AFRICAN_FIRST = ["Jean", "Pierre", "Joseph", "Emmanuel", "Innocent", "Bosco", "Sylvestre",
                 "Moses", "Samuel", "Abdi", "Grace", "Esther", "Kofi", "Amadou"]
AFRICAN_LAST = ["Kabila", "Mbeki", "Okafor", "Mwangi", "Ndayishimiye", "Habimana", "Nkurunziza",
                "Mutombo", "Kamara", "Diallo", "Traore", "Keita", "Osei", "Ochieng", "Farah",
                "Warsame"]
COMPANY_ADJ = ["Golden", "Pacific", "Global", "United", "Eastern", "Northern", "Silver", "Blue",
               "Grand", "Prime", "Royal", "Great", "New", "Star", "Ocean", "Sun", "Green",
               "Dragon", "Orient", "Asia", "Korea", "Hong Kong", "Singapore", "Dubai", "Baltic"]
COMPANY_NOUN = ["Shipping", "Trading", "Energy", "Logistics", "Holdings", "Industries", "Marine",
                "Resources", "Technology", "Investment", "Import Export", "Metals", "Petroleum",
                "Electronics", "Textiles", "Foods", "Mining", "Construction", "Navigation",
                "Development", "Bank", "Insurance", "Maritime Services", "Commerce"]
COMPANY_FORM = ["Co., Ltd", "Corporation", "LLC", "Limited", "Inc.", "Trading Company", "Pte Ltd",
                "GmbH", "S.A.", "JSC", "Group", ""]
VESSEL_WORDS = ["OCEAN", "SEA", "STAR", "GOLDEN", "GLORY", "FORTUNE", "PACIFIC", "ASIA", "LUCKY",
                "HAI", "XIN", "FU", "DA", "JIN", "HONG", "SHUN", "YUAN", "TONG", "NAM SAN", "KUM",
                "BRIGHT", "UNITY", "PEARL", "EVER", "WIN", "GRACE", "PHOENIX", "MING"]


class Names:
    """Random names from one ``random.Random``."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def person(self) -> str:
        r = self.rng
        culture = r.random()
        if culture < 0.25:
            return f"{r.choice(KOREAN_SURNAMES)} {r.choice(KOREAN_SYLLABLES)} " \
                   f"{r.choice(KOREAN_SYLLABLES)}"
        if culture < 0.50:
            parts = [r.choice(ARABIC_FIRST)]
            if r.random() < 0.5:
                parts.append(r.choice(ARABIC_FIRST))
            parts.append(r.choice(ARABIC_LAST))
            return " ".join(parts)
        if culture < 0.62:
            return f"{r.choice(CHINESE_SURNAMES)} {r.choice(CHINESE_GIVEN)}" + (
                r.choice(CHINESE_GIVEN).lower() if r.random() < 0.5 else "")
        if culture < 0.72:
            return f"{r.choice(RUSSIAN_FIRST)} {r.choice(RUSSIAN_LAST)}"
        if culture < 0.86:
            return f"{r.choice(WESTERN_FIRST)} {r.choice(WESTERN_LAST)}"
        return f"{r.choice(AFRICAN_FIRST)} {r.choice(AFRICAN_LAST)}"

    def company(self) -> str:
        r = self.rng
        words = [r.choice(COMPANY_ADJ)]
        if r.random() < 0.4:
            words.append(r.choice(COMPANY_ADJ))
        words.append(r.choice(COMPANY_NOUN))
        form = r.choice(COMPANY_FORM)
        return " ".join(words) + (f" {form}" if form else "")

    def vessel(self) -> str:
        r = self.rng
        words = [r.choice(VESSEL_WORDS) for _ in range(r.choice((1, 2, 2, 3)))]
        if r.random() < 0.7:
            words.append(str(r.randint(1, 99)))
        return " ".join(words)


# --- variants of listed names -------------------------------------------------------------------


def typo(rng: random.Random, name: str) -> str | None:
    """One substitution, deletion or transposition in a word of at least five letters."""
    words = name.split()
    long = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not long:
        return None
    i = rng.choice(long)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    op = rng.choice(("sub", "del", "swap"))
    if op == "sub":
        letter = rng.choice("aeioulnrst")
        w = w[:j] + (letter.upper() if w[j].isupper() else letter) + w[j + 1:]
    elif op == "del":
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j - 1] + w[j] + w[j - 1] + w[j + 1:]
    words[i] = w
    out = " ".join(words)
    return out if out != name else None


def word_order(rng: random.Random, name: str) -> str | None:
    words = name.split()
    if len(words) < 2:
        return None
    if rng.random() < 0.5:
        return f"{words[-1]}, {' '.join(words[:-1])}"
    return " ".join(reversed(words))


def drop_middle(rng: random.Random, name: str) -> str | None:
    words = name.split()
    if len(words) < 3:
        return None
    del words[rng.randrange(1, len(words) - 1)]
    return " ".join(words)


def respell(rng: random.Random, name: str) -> str | None:
    """Replace every word that has romanization variants with another spelling of it."""
    words = name.split()
    changed = False
    for i, word in enumerate(words):
        pieces = word.split("-")
        for k, piece in enumerate(pieces):
            options = [v for v in spelling_variants(piece) if v != piece.casefold()]
            if options:
                pieces[k] = rng.choice(options).capitalize()
                changed = True
        words[i] = "-".join(pieces)
    return " ".join(words) if changed else None


def respace(rng: random.Random, name: str) -> str | None:
    """Join two words, hyphenate them, or split a hyphenated word."""
    if "-" in name:
        return name.replace("-", " " if rng.random() < 0.5 else "")
    words = name.split()
    if len(words) < 3:
        return None
    i = rng.randrange(1, len(words) - 1)
    glue = rng.choice(("", "-"))
    return " ".join([*words[:i], words[i] + glue + words[i + 1].lower(), *words[i + 2:]])


def legal_form(rng: random.Random, name: str) -> str | None:
    forms = ["CORPORATION", "CORP", "COMPANY", "CO", "LIMITED", "LTD", "CO., LTD", "LLC",
             "TRADING COMPANY"]
    upper = name.upper().replace(",", "")
    for form in sorted(forms, key=len, reverse=True):
        if upper.endswith(" " + form.replace(",", "")):
            base = name[: len(name) - len(form.replace(",", "")) - 1].rstrip(", ")
            others = [f for f in forms if f != form]
            return f"{base} {rng.choice(others).title()}"
    return None


# --- the labelled set ---------------------------------------------------------------------------


def build_labelled(snapshot: ListSnapshot, seed: int) -> list[dict[str, Any]]:
    """Queries with the references they must match (see the module docstring)."""
    rng = random.Random(seed)
    owners: dict[str, set[str]] = {}
    for record in snapshot.records:
        for value, _, _ in record.all_names():
            owners.setdefault(normalize_name(value), set()).add(record.reference)
    vessels = load_vessels(VESSELS)
    for vessel in vessels.vessels:
        for value in (vessel.name, *vessel.aliases):
            owners.setdefault(normalize_name(value), set()).add(vessel.key)

    items: list[dict[str, Any]] = []
    seen: set[str] = set()

    def add(query: str | None, kind: str, expect: list[str], category: str,
            hold_out: dict[str, str] | None = None) -> None:
        if not query:
            return
        norm = normalize_name(query)
        if not norm or norm in seen:
            return
        holders = owners.get(norm, set())
        if expect and holders and not holders <= set(expect):
            return  # the same words name another record: ambiguous, not a test of the matcher
        if not expect and holders:
            return  # a "negative" that is exactly a listed name is not a negative
        seen.add(norm)
        item: dict[str, Any] = {"query": query, "kind": kind, "expect": expect,
                                "category": category}
        if hold_out:
            item["hold_out"] = hold_out
        items.append(item)

    records = list(snapshot.records)
    rng.shuffle(records)
    # Held-out human spelling variants: a good alias close to the record's name (or the
    # Cyrillic original-script name), removed from the index, must be found via another name.
    for record in records:
        for alias in record.aliases:
            if alias.quality != "good":
                continue
            sim = name_similarity(alias.name, record.name)
            if 0.6 <= sim < 1.0 and normalize_name(alias.name) != normalize_name(record.name):
                add(alias.name, record.kind, [record.reference], "held_out_variant",
                    {"reference": record.reference, "field": "alias", "value": alias.name})
                break
        script = record.name_original_script
        if script and any("\u0400" <= ch <= "\u04ff" for ch in script):
            add(script, record.kind, [record.reference], "held_out_cyrillic",
                {"reference": record.reference, "field": "name_original_script",
                 "value": script})
    # Exact aliases (good ones), and generated variants of primary names.
    makers = {"typo": typo, "word_order": word_order, "dropped_middle": drop_middle,
              "respelled": respell, "respaced": respace}
    for record in records:
        goods = [a for a in record.aliases if a.quality == "good"]
        if goods and rng.random() < 0.5:
            add(rng.choice(goods).name, record.kind, [record.reference], "alias")
        for category, make in makers.items():
            if rng.random() < (0.9 if category in ("respelled", "dropped_middle") else 0.35):
                add(make(rng, record.name), record.kind, [record.reference], category)
        if record.kind == "entity" and rng.random() < 0.6:
            add(legal_form(rng, record.name), "entity", [record.reference], "legal_form")
    for vessel in vessels.vessels:
        add(f"M/V {vessel.name.title()}", "vessel", [vessel.key], "vessel_variant")
        add(vessel.name.replace(" ", "", 1), "vessel", [vessel.key], "vessel_variant")

    # Negatives: listed names with one word replaced by a similar word of another listed name
    # (a different person with a similar name), common names, random companies and vessels.
    pool: dict[tuple[str, str], list[str]] = {}
    for record in snapshot.records:
        for word in record.name.split():
            if word.isalpha() and len(word) >= 3:
                pool.setdefault((record.regime, record.kind), []).append(word)
    # A word is replaced by a *different* word (normalized similarity under 70%, the level at
    # which the matcher stops treating two words as the same) of the same regime and kind;
    # "similar_listed_close" replaces it by a word 70-85% similar (Kil/Il, Amin/Amid,
    # Choe/Chol): different names that look like one spelling of the other.
    for record in records:
        words = record.name.split()
        if len(words) < 2 or rng.random() < 0.2:
            continue
        i = rng.randrange(len(words))
        target = normalize_name(words[i])
        if not target or target in ("muhammad", "abd", "abu", "bin"):
            continue
        close: list[str] = []
        far: list[str] = []
        for w in set(pool.get((record.regime, record.kind), [])):
            sim = fuzz.ratio(normalize_name(w), target)
            if sim < 70 and sim >= 40:
                far.append(w)
            elif 70 <= sim < 85:
                close.append(w)
        for category, options in (("similar_listed", far), ("similar_listed_close", close)):
            if options:
                changed = list(words)
                changed[i] = rng.choice(sorted(options))
                add(" ".join(changed), record.kind, [], category)
    names = Names(rng)
    for _ in range(400):
        add(names.person(), "individual", [], "common_name")
    for _ in range(250):
        add(names.company(), "entity", [], "random_company")
    for vessel in vessels.vessels:
        number = next((w for w in vessel.name.split() if w.isdigit()), None)
        if number is not None:
            other = str(int(number) + rng.choice((1, 2, 3)))
            add(vessel.name.replace(number, other), "vessel", [], "sister_vessel")
    for _ in range(60):
        add(names.vessel(), "vessel", [], "random_vessel")
    return items


def evaluation_screener(snapshot: ListSnapshot, items: list[dict[str, Any]],
                        config: ScreeningConfig | None = None) -> Screener:
    """A screener on ``snapshot`` without the names the labelled set holds out."""
    held: dict[str, list[dict[str, str]]] = {}
    for item in items:
        if "hold_out" in item:
            held.setdefault(item["hold_out"]["reference"], []).append(item["hold_out"])
    records = []
    for record in snapshot.records:
        for hold in held.get(record.reference, []):
            if hold["field"] == "alias":
                record = record.model_copy(update={
                    "aliases": [a for a in record.aliases if a.name != hold["value"]]})
            else:
                record = record.model_copy(update={"name_original_script": None})
        records.append(record)
    reduced = snapshot.model_copy(update={"records": records})
    return Screener(reduced, load_vessels(VESSELS), config)



def scores(screener: Screener, items: list[dict[str, Any]]) -> list[dict[str, float]]:
    """For each item, the best score of every record returned (down to 0.5)."""
    out = []
    for item in items:
        ids = {"date_of_birth": item["dob"]} if item.get("dob") else {}
        party = Party(role="buyer", kind=item["kind"], name=item["query"], identifiers=ids)
        out.append({m.reference: m.score for m in screener.screen(party, min_score=0.5)})
    return out


def metrics(items: list[dict[str, Any]], found: list[dict[str, float]],
            threshold: float) -> dict[str, float]:
    """Precision, recall and the share of negative queries with any hit, at ``threshold``."""
    tp = fp = fn = 0
    negatives = negative_hits = 0
    for item, hits in zip(items, found, strict=True):
        predicted = {ref for ref, score in hits.items() if score >= threshold}
        expected = set(item["expect"])
        tp += len(predicted & expected)
        fp += len(predicted - expected)
        fn += len(expected - predicted)
        if not expected:
            negatives += 1
            negative_hits += bool(predicted)
    return {"precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0,
            "false_alarm": negative_hits / negatives if negatives else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


def evaluate(path: Path) -> None:
    data, _ = load_yaml(path.read_text(encoding="utf-8"))
    items: list[dict[str, Any]] = data["items"]
    snapshot = read_consolidated(LIST_XML)
    screener = evaluation_screener(snapshot, items)
    cfg = screener.config
    t0 = time.perf_counter()
    found = scores(screener, items)
    elapsed = time.perf_counter() - t0
    counts = Counter(i["category"] for i in items)
    print(f"{len(items)} queries ({sum(1 for i in items if i['expect'])} positive) "
          f"screened in {elapsed:.2f} s")
    print("categories:", dict(sorted(counts.items())))
    print(f"{'threshold':>9} {'precision':>9} {'recall':>7} {'false_alarm':>11} {'tp':>5} "
          f"{'fp':>4} {'fn':>4}")
    for step in range(70, 101, 2):
        t = step / 100
        m = metrics(items, found, t)
        mark = " <- strong" if abs(t - cfg.strong) < 1e-9 else (
            " <- weak" if abs(t - cfg.weak) < 1e-9 else "")
        print(f"{t:9.2f} {m['precision']:9.3f} {m['recall']:7.3f} {m['false_alarm']:11.3f} "
              f"{m['tp']:5.0f} {m['fp']:4.0f} {m['fn']:4.0f}{mark}")
    clear = [(i, f) for i, f in zip(items, found, strict=True)
             if i["category"] != "similar_listed_close"]
    for t, label in ((cfg.strong, "strong"), (cfg.weak, "weak")):
        m = metrics([i for i, _ in clear], [f for _, f in clear], t)
        print(f"without similar_listed_close, at {label} = {t}: precision "
              f"{m['precision']:.3f}, recall {m['recall']:.3f}")
    for t, label in ((cfg.strong, "strong"), (cfg.weak, "weak")):
        print(f"\nper category at {label} = {t}:")
        for category in sorted(counts):
            sub = [(i, f) for i, f in zip(items, found, strict=True)
                   if i["category"] == category]
            m = metrics([i for i, _ in sub], [f for _, f in sub], t)
            what = (f"recall {m['recall']:.3f}" if sub[0][0]["expect"]
                    else f"false alarms {m['false_alarm']:.3f}")
            print(f"  {category:<18} n={len(sub):<4} {what}  (fp {m['fp']:.0f})")


def write_labelled(path: Path, seed: int) -> None:
    """The labelled set v2 (``screening_labelled.py``) as YAML, for the unit test."""
    from screening_labelled import build

    snapshot = read_consolidated(LIST_XML)
    items = build(snapshot, load_vessels(VESSELS), seed)
    header = (
        "# Labelled screening queries built from the UN list sample by\n"
        f"#   python benchmarks/screening.py --write-labelled {path.name} --seed {seed}\n"
        "# (benchmarks/screening_labelled.py). expect: the listed references the query must\n"
        "# match (empty: must match nothing); split: tune or held_out (by record); dob: a date\n"
        "# of birth given with the query; hold_out: a listed name removed from the index.\n"
    )
    body = yaml.safe_dump({"seed": seed, "source": LIST_XML.name, "items": items},
                          allow_unicode=True, sort_keys=False, width=100)
    path.write_text(header + body, encoding="utf-8")
    print(f"wrote {len(items)} items to {path}", dict(Counter(i["category"] for i in items)))


# --- throughput ---------------------------------------------------------------------------------


def parties(snapshot: ListSnapshot, count: int, seed: int,
            variant_share: float) -> Iterator[tuple[dict[str, Any], str | None]]:
    """``count`` (party dict, reference it should match or None): random names, some true
    variants of listed names, a few exact UN references."""
    rng = random.Random(seed)
    names = Names(rng)
    records = snapshot.records
    makers = (typo, word_order, drop_middle, respell)
    for _ in range(count):
        roll = rng.random()
        if roll < variant_share:
            record = rng.choice(records)
            name = rng.choice(makers)(rng, record.name) or record.name
            yield {"role": "buyer", "kind": record.kind, "name": name}, record.reference
        elif roll < variant_share + 0.005:
            record = rng.choice(records)
            yield ({"role": "buyer", "kind": record.kind, "name": names.person(),
                    "identifiers": {"un_reference": record.reference}}, record.reference)
        else:
            kind = rng.choices(("individual", "entity", "vessel", None), (45, 40, 10, 5))[0]
            if kind == "vessel":
                name = names.vessel()
            elif kind == "entity":
                name = names.company()
            else:
                name = names.person() if rng.random() < 0.8 else names.company()
            party: dict[str, Any] = {"role": "buyer", "kind": kind, "name": name}
            if rng.random() < 0.3:
                party["country"] = rng.choice(("CN", "KP", "RU", "AE", "SG", "US", "IQ", "SY"))
            yield party, None


def throughput(count: int, seed: int, variant_share: float, chunk: int) -> None:
    t0 = time.perf_counter()
    snapshot = read_consolidated(LIST_XML)
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    vessels = load_vessels(VESSELS)
    screener = Screener(snapshot, vessels)
    index_s = time.perf_counter() - t0
    print(f"python {sys.version.split()[0]}; list {LIST_XML.name}: {snapshot.record_count} "
          f"records read in {load_s:.3f} s; {screener.name_count} names indexed in "
          f"{index_s:.3f} s")
    screen_s = build_s = 0.0
    done = 0
    tally: Counter[str] = Counter()
    stream = parties(snapshot, count, seed, variant_share)
    while done < count:
        t0 = time.perf_counter()
        batch = [(Party.model_validate(p), ref)
                 for _, (p, ref) in zip(range(chunk), stream, strict=False)]
        build_s += time.perf_counter() - t0
        if not batch:
            break
        t0 = time.perf_counter()
        results = [screener.screen(party) for party, _ in batch]
        screen_s += time.perf_counter() - t0
        done += len(batch)
        for (_, ref), found in zip(batch, results, strict=True):
            bands = {m.reference: m.band for m in found}
            if ref is None:
                tally["random"] += 1
                tally["random_weak_or_strong"] += bool(found)
                tally["random_strong"] += any(b == "strong" for b in bands.values())
            else:
                tally["variant"] += 1
                tally["variant_found"] += ref in bands
                tally["variant_strong"] += bands.get(ref) == "strong"
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{done:,} parties (variant share {variant_share:.0%}, seed {seed}): "
          f"screening {screen_s:.1f} s = {done / screen_s:,.0f} parties/s "
          f"({1e6 * screen_s / done:.1f} us each); building Party models {build_s:.1f} s; "
          f"peak RSS {rss:,.0f} MiB")
    v, r = max(tally["variant"], 1), max(tally["random"], 1)
    print(f"true variants and references: {tally['variant']:,}, found (weak or strong) "
          f"{tally['variant_found'] / v:.2%}, strong {tally['variant_strong'] / v:.2%}")
    print(f"random names: {tally['random']:,}, with any match "
          f"{tally['random_weak_or_strong'] / r:.2%}, with a strong match "
          f"{tally['random_strong'] / r:.2%} (not checked by hand: some may be real lookalikes)")


# --- labelled set v2: both systems, per half and per kind -----------------------------------------


def engine_scores(screener: Screener, items: list[dict[str, Any]]
                  ) -> tuple[list[dict[str, float]], float]:
    """The engine's score of every record returned for every query (down to 0.5)."""
    queries = []
    for item in items:
        ids = {"date_of_birth": item["dob"]} if item.get("dob") else {}
        queries.append(Party(role="buyer", kind=item["kind"], name=item["query"],
                             identifiers=ids))
    t0 = time.perf_counter()
    found = [{m.reference: m.score for m in screener.screen(q, min_score=0.5)}
             for q in queries]
    return found, time.perf_counter() - t0


def kind_metrics(items: list[dict[str, Any]], found: list[dict[str, float]],
                 threshold: float) -> dict[str, float]:
    """``metrics`` plus top-1: the share of positive queries whose best record (at or above
    the threshold) is an expected one."""
    out = metrics(items, found, threshold)
    positives = [(i, f) for i, f in zip(items, found, strict=True) if i["expect"]]
    top = 0
    for item, hits in positives:
        ranked = sorted(((-s, r) for r, s in hits.items() if s >= threshold))
        top += bool(ranked) and ranked[0][1] in item["expect"]
    out["top1"] = top / len(positives) if positives else 1.0
    out["n"] = len(items)
    return out


def choose_thresholds(items: list[dict[str, Any]], found: list[dict[str, float]]
                      ) -> tuple[float, float]:
    """On the tune half: strong = the lowest threshold with precision >= 0.99 (most recall),
    weak = the highest threshold whose recall is >= 0.99 (else the best recall)."""
    grid = [t / 200 for t in range(100, 201)]
    strong = next((t for t in grid if metrics(items, found, t)["precision"] >= 0.99), 1.0)
    weak = max((t for t in grid if metrics(items, found, t)["recall"] >= 0.99), default=0.5)
    return strong, weak


def headline(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The items the headline figures count (``ambiguous_close`` is reported apart)."""
    from screening_labelled import REPORTED_APART

    return [i for i in items if i["category"] not in REPORTED_APART]


def print_table(title: str, items: list[dict[str, Any]],
                systems: list[tuple[str, list[dict[str, float]], float, float, float]]) -> None:
    """Per kind, recall (positives) or the share with a hit (negatives) and top-1, for every
    system at its strong and weak thresholds; then the totals."""
    print(f"\n{title}")
    header = f"{'kind':<20} {'n':>5}"
    for name, _, strong, weak, _ in systems:
        header += f" | {name[:24]:<24} strong {strong:.3f} / weak {weak:.3f}"
    print(header)
    kinds = sorted({i["category"] for i in items},
                   key=lambda k: (not any(i["expect"] for i in items if i["category"] == k), k))
    for kind in [*kinds, "ALL (headline)"]:
        sub = ([k for k in range(len(items)) if items[k]["category"] == kind]
               if kind != "ALL (headline)" else
               [k for k in range(len(items)) if items[k] in headline(items)])
        sub_items = [items[k] for k in sub]
        positive = any(i["expect"] for i in sub_items)
        line = f"{kind:<20} {len(sub):>5}"
        for _, found, strong, weak, _ in systems:
            sub_found = [found[k] for k in sub]
            s = kind_metrics(sub_items, sub_found, strong)
            w = kind_metrics(sub_items, sub_found, weak)
            if kind == "ALL (headline)":
                cell = (f"P {s['precision']:.3f} R {s['recall']:.3f} top1 {s['top1']:.3f}"
                        f" / P {w['precision']:.3f} R {w['recall']:.3f}")
            elif positive:
                cell = f"R {s['recall']:.3f} top1 {s['top1']:.3f} / R {w['recall']:.3f}"
            else:
                cell = f"hit {s['false_alarm']:.3f} / hit {w['false_alarm']:.3f}"
            line += f" | {cell:<52}"
        print(line)
    for name, _, _, _, rate in systems:
        print(f"  {name}: {rate:,.0f} queries/s")


def labelled(seed: int, with_nomenklatura: bool, algorithms: list[str],
             limit: int | None) -> None:
    from screening_labelled import build

    snapshot = read_consolidated(LIST_XML)
    vessels = load_vessels(VESSELS)
    items = build(snapshot, vessels, seed)
    if limit:
        rng = random.Random(seed)
        items = sorted(rng.sample(items, min(limit, len(items))),
                       key=lambda i: (i["split"], i["category"], i["query"]))
    counts = Counter((i["split"], bool(i["expect"])) for i in items)
    print(f"labelled set v2 (seed {seed}): {len(items)} queries; tune {counts['tune', True]} "
          f"positive + {counts['tune', False]} negative, held-out {counts['held_out', True]} + "
          f"{counts['held_out', False]}")
    print("kinds:", dict(sorted(Counter(i["category"] for i in items).items())))
    screener = evaluation_screener(snapshot, items)
    found, seconds = engine_scores(screener, items)
    cfg = screener.config
    systems: dict[str, tuple[list[dict[str, float]], float, float, float]] = {
        "sanctions-engine": (found, cfg.strong, cfg.weak, len(items) / seconds)}
    tune = [k for k, i in enumerate(items) if i["split"] == "tune"]
    held = [k for k, i in enumerate(items) if i["split"] == "held_out"]
    if with_nomenklatura:
        from screening_nomenklatura import Nomenklatura

        held_names = [(h["reference"], h["field"], h["value"]) for i in items
                      if (h := i.get("hold_out"))]
        nk = Nomenklatura(snapshot, vessels, held_names)
        t0 = time.perf_counter()
        pools = [nk.pool(i) for i in items]
        pool_s = time.perf_counter() - t0
        pos = [(i, p) for i, p in zip(items, pools, strict=True) if i["expect"]]
        ceiling = sum(any(r in p for r in i["expect"]) for i, p in pos) / max(len(pos), 1)
        print(f"nomenklatura candidate pool: {len(pools[0]) if pools else 0}-ish records per "
              f"query from the {POOL_NOTE}; expected record in the pool for {ceiling:.3f} of "
              f"positives; retrieval {pool_s:.1f} s")
        for name in algorithms:
            nk_found, nk_s = nk.run(name, items, pools)
            strong, weak = choose_thresholds(headline([items[k] for k in tune]),
                                             [nk_found[k] for k in tune
                                              if items[k] in headline([items[k]])])
            systems[f"nomenklatura {name}"] = (nk_found, strong, weak,
                                               len(items) / (nk_s + pool_s))
    for title, part in (("TUNE half", tune), ("HELD-OUT half", held)):
        sub_items = [items[k] for k in part]
        print_table(title + " (strong / weak; R = recall, top1 at strong, hit = share of "
                    "negative queries with a match)", sub_items,
                    [(name, [f[k] for k in part], s, w, rate)
                     for name, (f, s, w, rate) in systems.items()])


POOL_NOTE = "best listed names by rapidfuzz token_set_ratio on folded text"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parties", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--variant-share", type=float, default=0.05)
    parser.add_argument("--chunk", type=int, default=10_000)
    parser.add_argument("--write-labelled", type=Path, metavar="PATH")
    parser.add_argument("--evaluate", type=Path, metavar="PATH")
    parser.add_argument("--labelled", action="store_true", help="labelled set v2, both halves")
    parser.add_argument("--nomenklatura", action="store_true",
                        help="with --labelled: OpenSanctions' matchers on the same queries")
    parser.add_argument("--algorithms", default="logic-v1,logic-v2,name-based,regression-v1")
    parser.add_argument("--limit", type=int, help="with --labelled: a random sample of queries")
    args = parser.parse_args()
    if args.labelled:
        labelled(args.seed, args.nomenklatura, args.algorithms.split(","), args.limit)
    elif args.write_labelled:
        write_labelled(args.write_labelled, args.seed)
    elif args.evaluate:
        evaluate(args.evaluate)
    else:
        throughput(args.parties, args.seed, args.variant_share, args.chunk)


if __name__ == "__main__":
    main()
