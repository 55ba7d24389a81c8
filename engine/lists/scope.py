"""A record's own listing scope: which measures of its regime its ``COMMENTS1`` says it was
listed for (``shared/reference/un_list_format.md`` section 3).

Only clear wording narrows a record: a listing sentence ("Listed pursuant to paragraph 15 of
resolution 1970 (Travel Ban).") whose parenthesis names nothing but measures. A listing
sentence that gives a paragraph or the designation criteria without naming a measure (DRC
"paragraphs 7 (b), 7 (e) ... of resolution 2293", the LIA's "paragraph 17 of resolution 1973,
as modified ...") leaves every measure of the regime; so does a parenthesis mixing measure
names with other words, or listing sentences that disagree (some naming measures, some not).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from ..rulebook.measures import Measure
from .model import ListingScope

__all__ = ["basis", "listing_scope"]

# Sentences that state the legal basis of a listing ("Listed pursuant to paragraph 4 of
# resolution 2048 (2012) ..."). Only these are ``basis``; the regime's committee is always set.
_SENTENCE = re.compile(r"(?<=[.”\"])\s+(?=[A-Z“\"])")
# "[^.]" but also the dot of "18 Jul. 2012".
_BASIS = re.compile(r"\blisted\b(?:[^.]|\.(?= \d)){0,60}?\bpursuant to\b[^.]*?"
                    r"\bresolutions?\s+\d{3,4}",
                    re.IGNORECASE)

_PAREN = re.compile(r"\(([^()]*)\)")
_SPLIT = re.compile(r"\s*(?:,|;|\band\b)\s*", re.IGNORECASE)
_NAMES: dict[str, Measure] = {
    "travel ban": "travel_ban",
    "asset freeze": "asset_freeze", "assets freeze": "asset_freeze",
    "arms embargo": "arms_embargo", "targeted arms embargo": "arms_embargo",
}
_WORDS = re.compile(r"\b(?:travel\s+ban|assets?\s+freeze|arms\s+embargo)\b", re.IGNORECASE)
_ON = re.compile(r"\blisted\s+on\s+(\d{1,2}\s+[A-Za-z]+\.?\s+\d{4})\s+pursuant\b",
                 re.IGNORECASE)


def basis(comments: str | None) -> list[str]:
    """Sentences saying under which resolution (and paragraph) the party was listed."""
    if not comments:
        return []
    return [s.strip() for s in _SENTENCE.split(comments) if _BASIS.search(s)]


def _named(sentence: str) -> tuple[set[Measure], bool]:
    """The measures a listing sentence names in a parenthesis, and whether some wording about
    measures could not be read (a measure word outside a clean parenthesis)."""
    found: set[Measure] = set()
    odd = False
    for group in _PAREN.findall(sentence):
        parts = [p.strip().casefold() for p in _SPLIT.split(group) if p.strip()]
        kinds = [_NAMES.get(" ".join(p.split())) for p in parts]
        if any(k is not None for k in kinds):
            if all(k is not None for k in kinds):
                found |= {k for k in kinds if k is not None}
            else:
                odd = True  # "(Travel Ban, other)": not a list of measures
    outside = _PAREN.sub("", sentence)
    # "as subject to the measures imposed by paragraph 14 of resolution 2216 (2015) (targeted
    # arms embargo)" names the measure in the parenthesis; a measure word elsewhere is the
    # designation criterion ("violating the arms embargo"), not a scope, unless nothing is named.
    if not found and _WORDS.search(outside) and re.search(r"\bsubject to\b", outside, re.I):
        odd = True
    return found, odd


def _day(text: str) -> date | None:
    cleaned = " ".join(text.replace(".", " ").split())
    for fmt in ("%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def listing_scope(sentences: Sequence[str], listed_on: date) -> ListingScope:
    """The scope the listing sentences (``basis``) give a record listed on ``listed_on``."""
    if not sentences:
        return ListingScope()
    phrase = " ".join(sentences)
    per: list[tuple[set[Measure], date]] = []
    for sentence in sentences:
        found, odd = _named(sentence)
        if odd:
            return ListingScope(read="unclear", phrase=phrase)
        on = _ON.search(sentence)
        day = (_day(on.group(1)) if on else None) or listed_on
        per.append((found, day))
    named = [found for found, _ in per if found]
    if not named:
        return ListingScope(read="not_named", phrase=phrase)
    if len(named) != len(per):
        return ListingScope(read="unclear", phrase=phrase)  # some sentences name, some do not
    first: dict[Measure, date] = {}
    for found, day in per:
        for m in found:
            first[m] = min(first.get(m, day), day)
    since = {m: d for m, d in sorted(first.items()) if d > listed_on}
    return ListingScope(read="named", measures=sorted(first), since=since, phrase=phrase)
