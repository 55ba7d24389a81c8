"""Several aliases packed into one ``ALIAS_NAME`` (``"a; b"``, ``"arabic (latin; latin)"``)."""

from __future__ import annotations

import re
import unicodedata

from .model import _WS

# --- packed aliases -----------------------------------------------------------------------------

_ENUMERATION = re.compile(r"\s+[b-z]\)\s+")
_SUBUNIT = re.compile(r"\s+-\s+(sub-unit name)$", re.IGNORECASE)
_BORN = re.compile(r",\s*(born\b.*)$", re.IGNORECASE)
_ORIGINAL = re.compile(r"^original script\s*:\s*", re.IGNORECASE)


def _script(text: str) -> str | None:
    """The script most letters of ``text`` are written in (first word of their Unicode name)."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            script = unicodedata.name(ch, "UNKNOWN").split(" ")[0]
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda s: counts[s]) if counts else None


def _split_top(text: str, sep: str) -> list[str] | None:
    """Split on ``sep`` outside parentheses; ``None`` when parentheses are unbalanced."""
    parts: list[str] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == sep and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    if depth != 0:
        return None
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _groups(text: str) -> tuple[str, list[str]]:
    """``"a (b) c (d) (e)"`` -> ``("a b c", ["d", "e"])``.

    Top-level parenthesised groups at the end of ``text`` are returned apart; a group followed
    by more text stays inline, without its parentheses (``"(Sheikh) Musa Hilal"``).
    """
    spans: list[tuple[int, int]] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            if depth == 0:
                start = i
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                spans.append((start, i))
    first_trailing = len(spans)
    for j in range(len(spans) - 1, -1, -1):
        end = spans[j + 1][0] if j + 1 < len(spans) else len(text)
        if text[spans[j][1] + 1:end].strip():
            break
        first_trailing = j
    head: list[str] = []
    cursor = 0
    for lo, hi in spans[:first_trailing]:
        head.append(text[cursor:lo])
        head.append(text[lo + 1:hi])
        cursor = hi + 1
    stop = spans[first_trailing][0] if first_trailing < len(spans) else len(text)
    head.append(text[cursor:stop])
    trailing = [text[lo + 1:hi].strip() for lo, hi in spans[first_trailing:]]
    return _WS.sub(" ", "".join(head)).strip(), [t for t in trailing if t]


def _one_alias(text: str) -> list[tuple[str, str | None]]:
    text = text.strip().strip(",;").strip()
    if not text:
        return []
    if _split_top(text, ";") is None:  # unbalanced parentheses: keep the words
        return [(_WS.sub(" ", re.sub(r"[()]", " ", text)).strip(), None)]
    head, groups = _groups(text)
    notes: list[str] = []
    extra: list[tuple[str, str | None]] = []
    head_script = _script(head)
    for group in groups:
        body = _ORIGINAL.sub("", group)
        if group.casefold() == "original script":
            notes.append(group)
        elif ";" in body or body != group or (_script(body) not in (None, head_script)):
            for sub in _split_top(body, ";") or [body]:
                extra.extend(_one_alias(sub))
        else:
            notes.append(group)
    for pattern in (_BORN, _SUBUNIT):
        found = pattern.search(head)
        if found:
            notes.insert(0, found.group(1))
            head = head[:found.start()].strip()
    head = head.strip().strip(",;").strip()
    out: list[tuple[str, str | None]] = []
    if head:
        out.append((head, "; ".join(notes) or None))
    elif extra and notes:
        extra[0] = (extra[0][0], "; ".join(n for n in (*notes, extra[0][1]) if n))
    for item in extra:
        if item[0] not in [o[0] for o in out]:
            out.append(item)
    return out


def split_alias(text: str) -> list[tuple[str, str | None]]:
    """Split one ``ALIAS_NAME`` into ``(name, note)`` pairs.

    ``"Fazel Rahim; Fazil Rahim"`` -> two names; ``"حسن غول (Hassan Ghul; Hasan Gul)"`` -> the
    Arabic name and both Latin names; ``"X b) Y"`` -> X and Y; ``"Amir Khazmat (original script:
    Амир Хазмат)"`` -> both; a trailing same-script parenthesis is a note
    (``"EL PARA (COMBAT NAME)"`` -> ``("EL PARA", "COMBAT NAME")``).
    """
    text = _WS.sub(" ", text).strip()
    text = re.sub(r"^[)\],;\s]+", "", text)
    text = re.sub(r"^a\)\s+", "", text)
    out: list[tuple[str, str | None]] = []
    for chunk in _ENUMERATION.split(text):
        for part in _split_top(chunk, ";") or [chunk]:
            for item in _one_alias(part):
                if item[0] not in [o[0] for o in out]:
                    out.append(item)
    return out
