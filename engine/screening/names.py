"""Name normalisation and comparison: folding, transliteration, spelling variants, similarity."""


import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from rapidfuzz.distance import OSA

from .compare import DEFAULT_POLICY, Alignment, ComparePolicy, align, phonetic_key

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
# Function words of descriptive names ("Army of Emigrants", "... of the KPA"): they say nothing
# about who is named.
_STOPWORDS = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "et", "in"})
# Ranks and titles before a name ("General Kim ...", "Engineer Mohammed ..."), dropped from the
# front only: "Korea Daesong General Trading" keeps its word.
_TITLES = frozenset({"general", "gen", "colonel", "col", "brigadier", "major", "captain", "capt",
                     "commander", "admiral", "lieutenant", "lt", "engineer", "eng", "prof",
                     "professor", "imam", "mufti", "sir", "madam"})
# Long legal-form words and honorifics, recognised with one typo (two for ten letters or
# more): "Corporatoin", "Compnay", "Limted", "Mualana" are dropped like the words they misspell.
_LONG_FORMS = ("limited", "company", "corporation", "incorporated", "maulana", "maulavi",
               "mawlawi", "sheikh", "shaykh", "mullah")

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


@lru_cache(maxsize=1 << 16)
def _legal_form(token: str) -> bool:
    """A legal-form word, or a long one with a typo."""
    if token in _LEGAL_FORMS:
        return True
    if len(token) < 6 or not token.isalpha():
        return False
    return any(OSA.distance(token, form, score_cutoff=2 if len(form) >= 10 else 1)
               <= (2 if len(form) >= 10 else 1) for form in _LONG_FORMS)


def _token_pairs(text: str) -> list[tuple[str, str]]:
    """``(as written, normalized)`` for each token kept, in written order."""
    pairs = [(t, _CANON.get(t, t)) for t in _fold(text).split()]
    while len(pairs) > 2 and pairs[0][0] == "m" and pairs[1][0] in ("v", "t"):
        pairs = pairs[2:]  # "M/V KOTI", "M/T YUK TUNG"
    kept = [p for p in pairs if p[1] not in _ARTICLES and p[1] not in _STOPWORDS]
    if kept:
        pairs = kept
    while len(pairs) > 1 and pairs[0][1] in _TITLES:
        pairs = pairs[1:]
    kept = [p for p in pairs if p[1] not in _HONORIFICS and not _legal_form(p[1])]
    if kept:
        pairs = kept
    while len(pairs) > 1 and (pairs[-1][1] in _TRAILING or OSA.distance(
            pairs[-1][1], "trading", score_cutoff=1) <= 1):
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


@dataclass(frozen=True, slots=True)
class _Prepared:
    tokens: tuple[str, ...]
    written: tuple[str, ...]
    token_set: frozenset[str]
    sorted_text: str
    compact: str
    written_compact: str
    numbers: frozenset[str]
    keys: tuple[str, ...]


def _deletions(token: str) -> list[str]:
    """The word with each letter left out in turn: two words one typo apart (a letter changed,
    added, dropped or two swapped) share one of these, or one is the other's."""
    return [token[:i] + token[i + 1:] for i in range(len(token))]


def _prepare(text: str) -> _Prepared:
    """A name's words and its blocking keys (sorted: their order must not depend on a set's).

    Keys: each word; its phonetic key (``~``, words of 4+ letters); each pair of adjacent words
    written together ("Jongsik" / "Jong Sik"); each word and its one-letter deletions (``#``,
    words of 5+ letters; so that a typo in the only distinctive word still finds the name); and
    the phonetic keys of two adjacent words (``%``: "Hosseeen Saleemi" finds HOSEIN SALIMI though
    both words are common); and, for three words or more, all of them written together
    ("Lashkaretayyiba" finds LASHKAR-E-TAYYIBA).
    """
    pairs = _token_pairs(text)
    tokens = tuple(canon for _, canon in pairs)
    written = tuple(raw for raw, _ in pairs)
    keys: set[str] = set()
    phonetic: list[str] = []
    for i, tok in enumerate(tokens):
        keys.add(tok)
        alpha = tok.isalpha() and tok.isascii()
        if len(tok) >= 4 and alpha:
            keys.add("~" + phonetic_key(tok))
            keys.add("#" + tok)
        if len(tok) >= 5 and alpha:
            keys.update("#" + d for d in _deletions(tok))
        if len(tok) >= 6 and tok[:2] in ("al", "el") and alpha:
            keys.add("#" + tok[2:])  # an article written on: "Almasli" / "al-Masli"
        if i + 1 < len(tokens):
            keys.add(tok + tokens[i + 1])
            keys.add(written[i] + written[i + 1])
        if len(written[i]) >= 3 and written[i].isalpha() and written[i].isascii():
            phonetic.append(phonetic_key(written[i]))
    for a, b in pairwise(phonetic):
        keys.add("%" + "~".join(sorted((a, b))))
    if len(tokens) >= 3:
        keys.add("".join(tokens))  # every word written together: "Lashkaretayyiba"
    return _Prepared(
        tokens=tokens, written=written, token_set=frozenset(tokens),
        sorted_text=" ".join(sorted(tokens)), compact="".join(tokens),
        written_compact="".join(written),
        numbers=frozenset(t for t in tokens if t.isdigit()),
        keys=tuple(sorted(keys)),
    )


def _rotation(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """``b`` is ``a`` with some words moved from its end to its front ("Jong Sik Kim" and
    "Kim Jong Sik"); "Kim Ung Nam" and "Kim Nam Ung" are not."""
    if len(a) != len(b):
        return False
    return any(a[i:] + a[:i] == b for i in range(len(a)))


def compare_prepared(q: _Prepared, n: _Prepared, common: frozenset[str] = frozenset(),
                     policy: ComparePolicy = DEFAULT_POLICY, *, person: bool = False,
                     reordered: float = 0.93) -> Alignment:
    """The alignment of a party's name ``q`` with a listed name ``n`` (``compare.align``),
    with two whole-name rules first: the same words in another order that is not a rotation
    score ``reordered`` ("Kim Ung Nam" / "Kim Nam Ung"); the same letters spaced otherwise
    ("Jong-sik" / "Jongsik") score 0.98; and one rule after: a person's name shortened to
    short words only ("Pak Il" / PAK IL GYU: syllables of a Korean given name) is at most
    0.9, a review."""
    if q.sorted_text == n.sorted_text:
        if _rotation(q.tokens, n.tokens):
            return align(q.tokens, n.tokens, common, policy, person=person)
        full = align(q.tokens, n.tokens, common, policy, person=person)
        # Syllables of a Korean given name in another order are another name (Kim Ung Nam /
        # Kim Nam Ung): only weak.
        short = all(len(t) <= 4 for t in q.tokens)
        return Alignment(full.pairs, (), (), min(reordered, 0.9) if short else reordered,
                         "reordered")
    found = align(q.tokens, n.tokens, common, policy, q.written, n.written, person=person)
    if found.score < 0.98 and (q.compact == n.compact or q.written_compact == n.written_compact):
        return Alignment(found.pairs, (), (), 0.98, "respaced")
    if (person and found.shape == "shortened" and found.score > 0.9
            and all(len(t) <= 4 for t in (*q.tokens, *n.tokens))):
        # Syllables of a Korean given name: "Pak Il" is not PAK IL GYU without a name, it is
        # another given name (only weak, as for syllables in another order).
        return Alignment(found.pairs, found.extra, found.missing, 0.9, found.shape)
    return found


def name_similarity(party_name: str, listed_name: str) -> float:
    """Similarity in [0, 1] of a party's name to a listed name, as ``Match.name_score`` before
    weights and signals. Not symmetric: words of the party's name the listed name lacks and
    words of the listed name the party's lacks cost differently. Computed without the list's
    common words (a ``Screener`` knows them)."""
    return compare_prepared(_prepare(party_name), _prepare(listed_name)).score
