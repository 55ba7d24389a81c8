"""No rule cites a paragraph more surely than the reference does.

The reference files (``shared/reference/``: ``dprk_measures.md``, ``other_regimes.md``,
``citations_pass4.md``) tag each paragraph number: ``[V]`` verified, ``[V-c]`` content verified
(number not seen), ``[U]`` unconfirmed; ``other_regimes.md`` writes ``[checked]`` or ``✔`` for
``[V]`` and ``U``, ``UNCONFIRMED``, ``probable``, ``supported``, ``indicated`` for ``[U]``. This
test reads every tagged mention of a paragraph, keeps the strongest tag found for it, and fails
when a rule's citation (or a catalogue entry) claims more: ``verified`` where the reference never
says more than ``[V-c]``, or anything above ``unconfirmed`` for a paragraph it never tags.

CI keeps a copy of ``shared/`` beside the clone (``../shared``); the test looks for it in the
parents of the repository and is skipped, saying so, when it is absent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from sanctions_engine import Engine

REPO = Path(__file__).resolve().parents[2]
FILES = ("dprk_measures.md", "other_regimes.md", "citations_pass4.md")
RANK = {"unconfirmed": 0, "content-verified": 1, "verified": 2}


def _reference_dir() -> Path | None:
    for parent in REPO.parents:
        candidate = parent / "shared" / "reference"
        if all((candidate / name).is_file() for name in FILES):
            return candidate
    return None


# --- reading the tags ----------------------------------------------------------------------

_SUB = r"(?:\([a-z0-9]+\))*"
_ITEM = (rf"(?:OP\s?)?\d+{_SUB}(?:\s?[-\u2013]\s?(?:OP\s?)?(?:\d+|\([a-z0-9]+\)){_SUB})?"
         r"(?![-\u2013]?[A-Za-z]|\d)")
# A list goes on while the next item is not itself a resolution ("OP3 and 2688 (2023) OP2").
_NEXT = r"(?:\s?,\s?|\s?/\s?|\s(?:and|&)\s)(?!\d{3,4}\s+(?:\(\d{4}\)\s+)?(?:OP|paragraph))"
_LIST = rf"{_ITEM}(?:{_NEXT}{_ITEM})*"
# "1970 (2011) OP9", "2140 OP12-14", "paragraph 5 of resolution 2397", and a bare "OP7-10" whose
# resolution is the one the row or the passage is about.
_MENTION = re.compile(
    rf"\b(?P<res>\d{{3,4}})(?:\s+\(\d{{4}}\))?,?\s+(?:OPs?\s?|paragraphs?\s|para\.\s)"
    rf"(?P<list>{_LIST})"
    rf"|\b(?:OPs?\s?|paragraphs?\s)(?P<olist>{_LIST})\s+of\s+(?:UNSCR\s|resolution\s)"
    rf"(?P<ores>\d{{3,4}})"
    rf"|(?<![\w(])OPs?\s?(?P<blist>{_LIST})")
_VERIFIED = re.compile(r"\[V\]|\[checked|✔|\bverified\b(?! in rules)")
_CONTENT = re.compile(r"\[V-c\]")
_UNCONFIRMED = re.compile(r"\[U\]|\(U\)|\bU\b|UNCONFIRMED|unconfirmed|probable|supported|"
                          r"indicated|inferred|not found|presumably|\bU OP\b")
# What may stand between two mentions that share the tag after the last one.
_JOIN = re.compile(r"^[\s,;+&/]*(?:and\s*)?$|^,(?:\s+[a-z0-9-]+){1,3}\s+$")


def _expand(text: str) -> Iterator[str]:
    """The paragraphs of a list like ``OP9(a)-(c)``, ``10-11, 13-15``, ``1/3/7``."""
    for item in re.split(_NEXT, text):
        item = item.replace("OP", "").replace(" ", "").replace("\u2013", "-")
        if not item:
            continue
        low, _, high = item.partition("-")
        base = re.match(r"\d+", low)
        if base is None:
            continue
        yield low
        if not high:
            continue
        if high.startswith("("):  # 9(a)-(c): letters or roman-free single characters
            first, last = low[len(base.group()):], high
            a, b = first[1:2], last[1:2]
            if first and a.isalpha() and b.isalpha():
                for code in range(ord(a) + 1, ord(b) + 1):
                    yield f"{base.group()}({chr(code)})"
            continue
        top = re.match(r"\d+", high)
        if top is not None and int(top.group()) - int(base.group()) < 30:
            for n in range(int(base.group()) + 1, int(top.group()) + 1):
                yield str(n)


def _tag(window: str) -> str | None:
    """The status a tag window states, if it states one (the first tag found decides)."""
    marks = []
    for status, pattern in (("verified", _VERIFIED), ("content-verified", _CONTENT),
                            ("unconfirmed", _UNCONFIRMED)):
        m = pattern.search(window)
        if m is not None:
            marks.append((m.start(), status))
    if not marks:
        return None
    # "[U] number; content [V-c]" and "[V] number ..., content [U]": the number's tag comes first.
    return min(marks)[1]


def _dprk_tables(text: str) -> Iterator[tuple[int, str, str]]:
    """Rows of the per-resolution tables of dprk_measures.md: (resolution, OP, last cell)."""
    resolution: int | None = None
    for line in text.splitlines():
        head = re.match(r"#{2,3} [\d.]+ Resolution (\d{4})", line)
        if head is not None:
            resolution = int(head.group(1))
            continue
        if line.startswith("## "):
            resolution = None
        if resolution is None or not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        op = re.match(rf"(\d+{_SUB}(?:\s?[-\u2013]\s?\d+)?)(?:\s|$)", cells[0])
        if op is None:
            continue
        tag = cells[-1]
        if "number U" in cells[0] or "(U)" in cells[0]:
            tag = "[U] " + tag
        for paragraph in _expand(op.group(1)):
            yield resolution, paragraph, tag


def _pass4_rows(text: str) -> Iterator[tuple[int, str, str]]:
    """Rows of the citations_pass4.md table: (resolution, paragraph, status now)."""
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 5 or not cells[0].isdigit():
            continue
        status_now = cells[4]
        tag = "verified" if status_now.startswith("**verified**") else "unconfirmed"
        for paragraph in _expand(cells[1]):
            yield int(cells[0]), paragraph, tag


def _mentions(text: str) -> Iterator[tuple[int, str, str]]:
    """Every mention of a paragraph with the text that tags it: what follows it up to the next
    mention or a break; a run of mentions joined only by commas, "and" or semicolons shares the
    tag after the last one; a mention inside an open "[checked ..." bracket is checked."""
    clean = text.replace("**", "")
    found: list[tuple[int, str, int, int]] = []  # resolution, paragraph list, start, end
    last_res: int | None = None
    last_pos = -1
    for m in _MENTION.finditer(clean):
        if m.group("res"):
            res, plist = int(m.group("res")), m.group("list")
        elif m.group("ores"):
            res, plist = int(m.group("ores")), m.group("olist")
        else:
            line_start = clean.rfind("\n", 0, m.start()) + 1
            row = re.match(r"\|\s*(\d{3,4})\s", clean[line_start:])
            block = max(clean.rfind("\n\n", 0, m.start()), clean.rfind("\n* ", 0, m.start()))
            if row is not None:
                res = int(row.group(1))
            elif last_res is not None and last_pos > block:
                res = last_res
            else:
                continue
            plist = m.group("blist")
        if m.group("res") or m.group("ores"):
            last_res, last_pos = res, m.start()
        found.append((res, plist, m.start(), m.end()))
    tags: list[str] = []
    for i, (_res, _plist, start, end) in enumerate(found):
        stop = found[i + 1][2] if i + 1 < len(found) else len(clean)
        window = re.split(r"\||;|\n\s*\n|\n\*|\n\s*\d+\.", clean[end:stop])[0][:200]
        opened = clean.rfind("[", 0, start)
        if opened > clean.rfind("]", 0, start) and clean.startswith("[checked", opened):
            window = "[checked] " + window
        elif re.search(rf"\[checked[^\]]*\b{_res}\b", clean[end:end + 200]):
            window = "[checked] " + window  # "(2610 OP86(b); ...) [checked for 2610]"
        tags.append(window)
    for i in range(len(found) - 2, -1, -1):  # shared tags, from the last of a run backwards
        gap = clean[found[i][3]:found[i + 1][2]]
        if _tag(tags[i]) is None and _JOIN.match(gap):
            tags[i] = tags[i + 1]
    for (res, plist, _s, _e), window in zip(found, tags, strict=True):
        for paragraph in _expand(plist):
            yield res, paragraph, window


def reference_status(folder: Path) -> dict[tuple[int, str], str]:
    """The strongest status the reference gives each paragraph it tags."""
    best: dict[tuple[int, str], str] = {}

    def keep(resolution: int, paragraph: str, window: str) -> None:
        status = _tag(window)
        if status is None:
            return
        key = (resolution, paragraph)
        if key not in best or RANK[status] > RANK[best[key]]:
            best[key] = status

    dprk = (folder / "dprk_measures.md").read_text(encoding="utf-8")
    for row in _dprk_tables(dprk):
        keep(*row)
    pass4 = (folder / "citations_pass4.md").read_text(encoding="utf-8")
    for row in _pass4_rows(pass4):
        keep(*row)
    for name in ("dprk_measures.md", "other_regimes.md"):
        for row in _mentions((folder / name).read_text(encoding="utf-8")):
            keep(*row)
    return best


# Paragraphs the reference states with their source but without a tag, judged here.
JUDGED = {
    (1970, "22"): "verified",  # other_regimes.md, pass 2: "a Russian text of 1970 OP22 applies
                               # 'the measures in paragraphs 15 and 17'" (number and content)
}


def _allowed(best: dict[tuple[int, str], str], resolution: int, paragraph: str) -> str:
    """The reference's status for a paragraph; a sub-paragraph the reference never tags on its
    own takes its paragraph's tag."""
    if (resolution, paragraph) in JUDGED:
        return JUDGED[(resolution, paragraph)]
    if (resolution, paragraph) in best:
        return best[(resolution, paragraph)]
    head = re.match(r"\d+", paragraph)
    if head is None:  # "?": no number at all
        return "unconfirmed"
    if (resolution, head.group()) in best and paragraph != head.group():
        return best[(resolution, head.group())]
    return "unconfirmed"


# --- the tests -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def best() -> dict[tuple[int, str], str]:
    folder = _reference_dir()
    if folder is None:
        pytest.skip("shared/reference (dprk_measures.md, other_regimes.md, citations_pass4.md) "
                    "is not beside the repository: cannot compare citation statuses")
    return reference_status(folder)


def _citations(engine: Engine) -> Iterator[tuple[str, int, str, str]]:
    book = engine.rulebook
    rules = list(book.rules) + [c.rule for c in book.caps] + [k.rule for k in book.links]
    for rule in rules:
        for stage in rule.stages:
            for c in stage.citations:
                yield rule.id, c.resolution, c.paragraph, c.status
        for ex in rule.exemptions:
            for c in ex.citations:
                yield ex.id, c.resolution, c.paragraph, c.status
    for cap in book.caps:
        for period in cap.periods:
            for c in period.citations:
                yield cap.rule.id, c.resolution, c.paragraph, c.status


def test_no_rule_citation_is_stronger_than_the_reference(best: dict[tuple[int, str], str]
                                                         ) -> None:
    over = sorted({f"{where}: {res} OP{par} is {status}, the reference "
                   f"{_allowed(best, res, par)}"
                   for where, res, par, status in _citations(Engine.load())
                   if RANK[status] > RANK[_allowed(best, res, par)]})
    assert over == []


def test_no_catalogue_entry_is_stronger_than_the_reference(best: dict[tuple[int, str], str]
                                                           ) -> None:
    over = []
    for path in sorted((REPO / "rules").glob("*/paragraphs.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["paragraphs"]:
            res, par, status = entry["resolution"], str(entry["paragraph"]), entry["status"]
            if RANK[status] > RANK[_allowed(best, res, par)]:
                over.append(f"{path.parent.name}: {res} OP{par} is {status}, the reference "
                            f"{_allowed(best, res, par)}")
    assert over == []


def test_the_reader_finds_the_tags_it_must(best: dict[tuple[int, str], str]) -> None:
    """The parser itself can fail: known tags of each file are read as the file gives them."""
    assert best[(2397, "4")] == "verified"          # dprk_measures.md table, [V]
    assert best[(1718, "8(a)(i)")] == "content-verified"  # [V-c]
    assert _allowed(best, 2375, "11") == "unconfirmed"    # [U], "supported" in pass 4
    assert best[(1970, "16")] == "verified"         # citations_pass4.md
    assert _allowed(best, 1970, "20") == "unconfirmed"    # pass 4: not found
    assert best[(1747, "5")] == "verified"          # other_regimes.md, [checked]
    assert _allowed(best, 1929, "8") == "unconfirmed"     # other_regimes.md, (U)
    assert _allowed(best, 2752, "2") == "unconfirmed"     # no paragraph given


def test_a_stronger_citation_fails(best: dict[tuple[int, str], str]) -> None:
    """The comparison the tests above make, on a made-up over-claim."""
    assert RANK["verified"] > RANK[_allowed(best, 2375, "13")]
