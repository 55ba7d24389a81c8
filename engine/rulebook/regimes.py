"""The sanctions regimes: UN list reference prefixes, committees, rule regime keys."""

from __future__ import annotations

import re

from pydantic import (
    BaseModel,
    ConfigDict,
)

# --- regimes ------------------------------------------------------------------------------------


class Regime(BaseModel):
    """A sanctions regime as the list names it: reference prefix, list type, committee."""

    model_config = ConfigDict(frozen=True)

    prefix: str
    key: str
    list_type: str
    committee: str
    name: str


def _regime(prefix: str, key: str, list_type: str, committee: str, name: str) -> Regime:
    return Regime(prefix=prefix, key=key, list_type=list_type, committee=committee, name=name)


# The reference prefix is the reliable regime key; UN_LIST_TYPE labels are historical
# (``Somalia`` is the Al-Shabaab regime, ``Iran`` the 1737 list since Sept 2025).
REGIMES: dict[str, Regime] = {r.prefix: r for r in (
    _regime("QD", "isil_al_qaida", "Al-Qaida", "1267 (1999) / 1989 (2011) / 2253 (2015)",
            "ISIL (Da'esh) and Al-Qaida"),
    _regime("TA", "taliban", "Taliban", "1988 (2011)", "Taliban"),
    _regime("IQ", "iraq", "Iraq", "1518 (2003)", "Iraq"),
    _regime("CD", "drc", "DRC", "1533 (2004)", "Democratic Republic of the Congo"),
    _regime("SD", "sudan", "Sudan", "1591 (2005)", "Sudan"),
    _regime("KP", "dprk", "DPRK", "1718 (2006)", "Democratic People's Republic of Korea"),
    _regime("IR", "iran", "Iran", "1737 (2006)", "Iran"),
    _regime("LY", "libya", "Libya", "1970 (2011)", "Libya"),
    _regime("GB", "guinea_bissau", "GB", "2048 (2012)", "Guinea-Bissau"),
    _regime("CF", "car", "CAR", "2745 (2024), formerly 2127 (2013)", "Central African Republic"),
    _regime("YE", "yemen", "Yemen", "2140 (2014)", "Yemen"),
    _regime("SS", "south_sudan", "SouthSudan", "2206 (2015)", "South Sudan"),
    _regime("HT", "haiti", "Haiti", "2653 (2022)", "Haiti"),
    _regime("SO", "al_shabaab", "Somalia", "2713 (2023), formerly 751 (1992)", "Al-Shabaab"),
    _regime("ML", "mali", "Mali", "2374 (2017), lapsed 31 Aug 2023", "Mali"),
)}
REGIME_KEYS: frozenset[str] = frozenset(r.key for r in REGIMES.values())
_BY_LIST_TYPE: dict[str, Regime] = {r.list_type.casefold(): r for r in REGIMES.values()}

# Current format ``KPi.001``; older files used ``QI.A.288.10`` / ``QE.A.73.02``.
_REFERENCE = re.compile(r"(?P<prefix>[A-Z]{2})(?P<kind>[ie])\.\d{3}")
