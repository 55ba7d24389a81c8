"""The JSON report written from spooled rows, so that a batch of any size keeps flat memory.

The findings, rejections, exempted events and screening rows of a batch go to a spool on disk
(one compact JSON line each) as the events are judged; when the batch ends, the report is
written in the contract's order (engine, rulebook, summary, findings, ...) with the summary
that only the end can know. The bytes are those of ``Report.to_json()`` for the same batch:
``json.dumps(..., ensure_ascii=False, indent=2)``, which prints each element of a top-level
array as the same dump indented by four spaces.
"""

from __future__ import annotations

import heapq
import json
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO, Any

from ..findings.models import Finding

__all__ = ["SECTIONS", "Spool", "finding_line", "write_json"]

SECTIONS = ("findings", "rejected", "exempted", "screening")
_TOKEN = "@@sanctions-engine-section-{}@@"


def finding_line(finding: Finding) -> str:
    """A finding as one compact JSON line (the ``jsonl`` format, and the spool)."""
    return json.dumps(finding.model_dump(mode="json", by_alias=True), ensure_ascii=False,
                      separators=(",", ":"))


class Spool:
    """Rows of the report's arrays, on disk until the report is written."""

    def __init__(self) -> None:
        # Closed by close(); a TemporaryFile leaves nothing behind even if the process dies.
        self._files: dict[str, IO[str]] = {
            name: tempfile.TemporaryFile(  # noqa: SIM115
                "w+", encoding="utf-8", newline="\n", prefix=f"sanctions-engine-{name}-")
            for name in SECTIONS}
        self.counts = dict.fromkeys(SECTIONS, 0)

    def add(self, section: str, row: dict[str, Any], key: tuple[int, str] = (0, "")) -> None:
        """One row; ``key`` (position, rule id) orders the findings."""
        f = self._files[section]
        f.write(f"{key[0]}\t{key[1]}\t")
        f.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")))
        f.write("\n")
        self.counts[section] += 1

    def rows(self, section: str) -> Iterator[tuple[int, str, dict[str, Any]]]:
        """The rows of a section in the order added, with their keys."""
        f = self._files[section]
        f.flush()
        f.seek(0)
        for line in f:
            position, rule_id, text = line.rstrip("\n").split("\t", 2)
            yield int(position), rule_id, json.loads(text)

    def merged_findings(self, late: Iterable[tuple[int, Finding]]
                        ) -> Iterator[dict[str, Any]]:
        """The spooled findings and ``late`` ones (caps and links, known at the end), in
        (position, rule id) order; of equal keys, spooled ones first, as a stable sort does."""
        extra = sorted(((p, f.rule_id, f.model_dump(mode="json", by_alias=True))
                        for p, f in late), key=lambda r: (r[0], r[1]))
        for _, _, row in heapq.merge(self.rows("findings"), extra,
                                     key=lambda r: (r[0], r[1])):
            yield row

    def close(self) -> None:
        """Remove the spool."""
        for f in self._files.values():
            f.close()


def write_json(out: IO[str], head: dict[str, Any],
               sections: dict[str, Iterable[dict[str, Any]]]) -> None:
    """``head``: the report's keys in order, each streamed section's value ``None``."""
    doc = {k: (_TOKEN.format(k) if k in sections else v) for k, v in head.items()}
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    for name, rows in sections.items():
        before, sep, text = text.partition(json.dumps(_TOKEN.format(name)))
        assert sep, name
        out.write(before)
        _array(out, rows)
    out.write(text)
    out.write("\n")


def _array(out: IO[str], rows: Iterable[dict[str, Any]]) -> None:
    first = True
    for row in rows:
        out.write("[\n" if first else ",\n")
        first = False
        out.write("\n".join("    " + line for line in
                            json.dumps(row, ensure_ascii=False, indent=2).split("\n")))
    out.write("[]" if first else "\n  ]")
