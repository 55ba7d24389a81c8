"""Prototype: the screener with word alignment (engine/name_compare.py). Temporary."""

from __future__ import annotations

from typing import Any

import sanctions_engine.screening as S
from rapidfuzz.distance import OSA
from sanctions_engine.name_compare import ComparePolicy, align

_STOP = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "et", "in"})
_MORE_HONORIFICS = frozenset({"general", "colonel", "engineer", "eng", "brigadier", "major",
                              "captain", "commander", "admiral", "prof", "professor", "imam",
                              "mawlana", "mufti", "qari", "hafiz", "lieutenant", "lt", "gen"})
_FORM_WORDS = ("corporation", "company", "limited", "incorporated", "trading")
_orig = S._token_pairs


def _is_form(tok: str) -> bool:
    if len(tok) < 5:
        return False
    return any(OSA.distance(tok, f) <= (1 if len(f) <= 7 else 2) for f in _FORM_WORDS)


def _token_pairs(text: str) -> list[tuple[str, str]]:
    pairs = _orig(text)
    kept = [p for p in pairs if p[1] not in _STOP and p[1] not in _MORE_HONORIFICS]
    if kept:
        pairs = kept
    kept = [p for p in pairs if not (_is_form(p[1]) and p[1] != "trading")]
    if kept:
        pairs = kept
    while len(pairs) > 1 and _is_form(pairs[-1][1]):
        pairs = pairs[:-1]
    return pairs


S._token_pairs = _token_pairs


def _deletions(tok: str) -> list[str]:
    if len(tok) < 5 or not tok.isalpha():
        return []
    return ["#" + tok[:i] + tok[i + 1:] for i in range(len(tok))]


def _pair_keys(prep: Any) -> list[str]:
    from sanctions_engine.name_compare import phonetic_key
    keys = [phonetic_key(w) for w in prep.written if len(w) >= 3 and w.isalpha()]
    return ["%" + "~".join(sorted((keys[i], keys[i + 1]))) for i in range(len(keys) - 1)]


class ProtoScreener(S.Screener):
    policy = ComparePolicy()

    def _add(self, list_name: Any, record: Any, where: str, value: str, quality: Any) -> None:
        before = len(self._entries)
        super()._add(list_name, record, where, value, quality)
        if len(self._entries) > before:
            index = before
            prep = self._entries[index].prepared
            for tok in prep.tokens:
                for key in (*_deletions(tok), "#" + tok):
                    posting = self._postings.setdefault(key, [])
                    if not posting or posting[-1] != index:
                        posting.append(index)
            for key in _pair_keys(prep):
                posting = self._postings.setdefault(key, [])
                if not posting or posting[-1] != index:
                    posting.append(index)

    def _candidates(self, query: Any) -> list[int]:
        extra = set()
        for tok in query.tokens:
            extra.update(_deletions(tok))
            extra.add("#" + tok)
        extra.update(_pair_keys(query))
        object.__setattr__(query, "keys", query.keys | frozenset(extra))
        return super()._candidates(query)

    def _similarities(self, query: Any, indices: list[int], cutoff: float) -> dict[int, float]:
        out: dict[int, float] = {}
        common = self._scoring.common
        for index in indices:
            listed = self._entries[index].prepared
            if query.sorted_text == listed.sorted_text:
                out[index] = 1.0 if S._rotation(query.tokens, listed.tokens) else 0.93
                continue
            a = align(query.tokens, listed.tokens, common, self.policy, query.written,
                      listed.written)
            score = a.score
            if query.compact == listed.compact or query.written_compact == listed.written_compact:
                score = max(score, 0.98)
            if score >= cutoff:
                out[index] = score
        return out


def make(snapshot: Any, vessels: Any, config: Any = None) -> ProtoScreener:
    cfg = config or S.ScreeningConfig(unmatched_word=1.0)
    return ProtoScreener(snapshot, vessels, cfg)
