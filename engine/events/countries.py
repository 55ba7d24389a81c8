"""Country normalization: ISO 3166-1 alpha-2 and alpha-3 codes, exact English names (official
and common, from pycountry), a small reviewed alias table, and XK for Kosovo.

No fuzzy guessing: a value that is not a code, an exact ISO name or a listed alias is refused.
Only ASCII letters are compared without case: Unicode case rules would take the Turkish
dotless i (U+0131), the long s (U+017F) or the ligature fi (U+FB01) for ``i``, ``s`` and
``fi`` (dotless-i ``q`` would be Iraq), so look-alike spellings are refused instead.
"""

from __future__ import annotations

import functools
import string
from functools import cache

import pycountry

__all__ = ["normalize_country"]

_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _key(text: str) -> str:
    """``text`` with ASCII letters in lower case, every other character as written."""
    return text.translate(_ASCII_LOWER)


# Common names people write that are not ISO short names. Keys are in lower case.
_ALIASES: dict[str, str] = {
    "dprk": "KP",
    "north korea": "KP",
    "democratic people's republic of korea": "KP",
    "rok": "KR",
    "south korea": "KR",
    "republic of korea": "KR",
    "russia": "RU",
    "iran": "IR",
    "syria": "SY",
    "laos": "LA",
    "vietnam": "VN",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "moldova": "MD",
    "taiwan": "TW",
    "united states": "US",
    "usa": "US",
    "united states of america": "US",
    "uk": "GB",
    "united kingdom": "GB",
    "great britain": "GB",
    "czech republic": "CZ",
    "ivory coast": "CI",
    "democratic republic of the congo": "CD",
    "dr congo": "CD",
    "republic of the congo": "CG",
    "palestine": "PS",
    "micronesia": "FM",
    "turkey": "TR",
    # Reviewed additions (issue 11): names in common use in sanctions reporting.
    "n. korea": "KP",
    "n korea": "KP",
    "s. korea": "KR",
    "uae": "AE",
    "u.a.e.": "AE",
    "burma": "MM",
    "kosovo": "XK",
    "türkiye": "TR",
    "the gambia": "GM",
    "cape verde": "CV",
    "swaziland": "SZ",
    "east timor": "TL",
    "vatican": "VA",
    "holy see": "VA",
    "macedonia": "MK",
    "brunei": "BN",
    "congo-kinshasa": "CD",
    "congo-brazzaville": "CG",
}
# Not in ISO 3166-1 but used by the UN list, the EU and banks for Kosovo (user-assigned code).
_EXTRA_CODES = {"XK": "XK", "XKX": "XK"}


@cache
def _names() -> dict[str, str]:
    table: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                table[_key(value)] = c.alpha_2
    table.update(_ALIASES)
    return table


@cache
def _codes() -> frozenset[str]:
    return frozenset(c.alpha_2 for c in pycountry.countries) | {"XK"}


@cache
def _alpha3() -> dict[str, str]:
    table = {c.alpha_3: c.alpha_2 for c in pycountry.countries}
    table.update(_EXTRA_CODES)
    return table


@functools.lru_cache(maxsize=4096)
def normalize_country(value: str) -> str:
    """Return the alpha-2 code for ``value`` or raise ``ValueError`` naming what was given."""
    text = value.strip()
    if len(text) == 2 and text.isascii() and text.upper() in _codes():
        return text.upper()
    if len(text) == 3 and text.isascii() and text.upper() in _alpha3():
        return _alpha3()[text.upper()]
    code = _names().get(_key(text))
    if code is None:
        raise ValueError(
            f"unknown country {value!r}: use an ISO 3166-1 alpha-2 or alpha-3 code (e.g. 'KP', "
            "'PRK') or the exact English name"
        )
    return code
