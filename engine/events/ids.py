"""The event ids a batch has seen, in a few bytes each, so that memory stays flat in the number
of events: a repeated id is found whatever the batch size.

Each id is kept as its 128-bit BLAKE2b digest (two 64-bit halves; two different ids share one
with a probability of about n^2 / 2^129, 1e-27 for a billion events) in an open-addressed table
of ``array`` slots, with where it was first seen: 48 bytes an id instead of the ~200 of a dict
of strings.
"""

from __future__ import annotations

from array import array
from hashlib import blake2b

__all__ = ["SeenIds"]

_EMPTY = 0  # a slot never used: a digest half of 0 is stored as 1 (one bit of 128 lost)
_LINE_BITS = 40


class SeenIds:
    """A set of ids, each with the file and line where it was first seen."""

    def __init__(self) -> None:
        self._files: list[str | None] = []
        self._file_index: dict[str | None, int] = {}
        self._size = 0
        self._alloc(1 << 12)

    def _alloc(self, slots: int) -> None:
        self._mask = slots - 1
        self._hi = array("q", bytes(8 * slots))
        self._lo = array("q", bytes(8 * slots))
        self._where = array("q", bytes(8 * slots))

    def first(self, event_id: str, file: str | None, line: int | None
              ) -> tuple[str | None, int | None] | None:
        """Where ``event_id`` was first seen, or ``None`` (and it is remembered here)."""
        digest = blake2b(event_id.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        hi = int.from_bytes(digest[:8], "little", signed=True) or 1
        lo = int.from_bytes(digest[8:], "little", signed=True)
        mask, his, los = self._mask, self._hi, self._lo
        slot = hi & mask
        while his[slot] != _EMPTY:
            if his[slot] == hi and los[slot] == lo:
                where = self._where[slot]
                found = where & ((1 << _LINE_BITS) - 1)
                return self._files[where >> _LINE_BITS], (found - 1 if found else None)
            slot = (slot + 1) & mask
        index = self._file_index.get(file)
        if index is None:
            index = self._file_index[file] = len(self._files)
            self._files.append(file)
        his[slot], los[slot] = hi, lo
        self._where[slot] = (index << _LINE_BITS) | (0 if line is None else line + 1)
        self._size += 1
        if 2 * self._size > mask:
            self._grow()
        return None

    def _grow(self) -> None:
        his, los, wheres = self._hi, self._lo, self._where
        self._alloc(2 * (self._mask + 1))
        mask = self._mask
        for hi, lo, where in zip(his, los, wheres, strict=True):
            if hi == _EMPTY:
                continue
            slot = hi & mask
            while self._hi[slot] != _EMPTY:
                slot = (slot + 1) & mask
            self._hi[slot], self._lo[slot], self._where[slot] = hi, lo, where

    def __len__(self) -> int:
        return self._size
