"""Name normalisation and comparison: folding, transliteration, spelling variants, similarity."""


import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

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
