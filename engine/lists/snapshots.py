"""Snapshots compared (``diff``: delisting is visible only this way) and kept as versioned JSON."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import (
    Field,
    ValidationError,
)

from .._files import write_atomically
from .model import FORMAT_VERSION, ListedParty, ListError, ListSnapshot, _Model
from .scope import listing_scope

# --- diff ---------------------------------------------------------------------------------------


class FieldChange(_Model):
    """One field of a record that differs between two snapshots."""

    field: str
    old: Any
    new: Any


class RecordChange(_Model):
    """A record present in both snapshots whose fields differ."""

    reference: str
    changes: list[FieldChange]


class ListDiff(_Model):
    """What changed from ``old`` to ``new``, keyed on the (trimmed) reference number."""

    old_generated: datetime
    new_generated: datetime
    additions: list[ListedParty] = Field(default_factory=list)
    removals: list[ListedParty] = Field(default_factory=list)
    changes: list[RecordChange] = Field(default_factory=list)

    @property
    def empty(self) -> bool:
        """No addition, removal or change."""
        return not (self.additions or self.removals or self.changes)


def diff(old: ListSnapshot, new: ListSnapshot) -> ListDiff:
    """Additions, removals (delistings) and field-level changes from ``old`` to ``new``."""
    before = {r.reference.casefold(): r for r in old.records}
    after = {r.reference.casefold(): r for r in new.records}
    changes: list[RecordChange] = []
    for key in sorted(before.keys() & after.keys()):
        a, b = before[key].model_dump(mode="json"), after[key].model_dump(mode="json")
        fields = [FieldChange(field=f, old=a[f], new=b[f]) for f in a if a[f] != b[f]]
        if fields:
            changes.append(RecordChange(reference=after[key].reference, changes=fields))
    return ListDiff(
        old_generated=old.generated, new_generated=new.generated,
        additions=[after[k] for k in sorted(after.keys() - before.keys())],
        removals=[before[k] for k in sorted(before.keys() - after.keys())],
        changes=changes,
    )


# --- JSON snapshots -----------------------------------------------------------------------------


def save_snapshot(snapshot: ListSnapshot, path: str | os.PathLike[str]) -> None:
    """Write ``snapshot`` as JSON (``format_version`` first), atomically: temp file + replace."""
    target = Path(path)
    text = json.dumps(snapshot.model_dump(mode="json"), ensure_ascii=False, indent=1,
                      sort_keys=False) + "\n"
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, text)


def load_snapshot(path: str | os.PathLike[str]) -> ListSnapshot:
    """Read a snapshot written by ``save_snapshot``; refuses another ``format_version``."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ListError(f"cannot read: {exc.strerror or exc}", file=str(path)) from None
    except UnicodeDecodeError as exc:
        raise ListError(f"not UTF-8 text: {exc.reason} at byte {exc.start}",
                        file=str(path)) from None
    except json.JSONDecodeError as exc:
        raise ListError(f"not JSON: {exc.msg}", file=str(path), line=exc.lineno) from None
    except RecursionError:
        raise ListError("not a list snapshot: nested too deep", file=str(path)) from None
    except ValueError as exc:  # an integer of more digits than Python converts
        raise ListError(f"not JSON: {exc}", file=str(path)) from None
    if not isinstance(data, dict):
        raise ListError("not a list snapshot (expected a JSON object)", file=str(path))
    try:  # a listed name is copied into reports: it must be valid text
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except (UnicodeEncodeError, RecursionError):
        raise ListError("not a list snapshot: text with a lone surrogate (an unpaired "
                        "\\ud800-\\udfff escape), or nested too deep", file=str(path)) from None
    version = data.get("format_version")
    if version != FORMAT_VERSION:
        raise ListError(f"snapshot format_version {version!r} is not supported "
                        f"(this version reads {FORMAT_VERSION})", file=str(path))
    try:
        snapshot = ListSnapshot.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(map(str, first["loc"]))
        raise ListError(f"invalid snapshot at {where}: {first['msg']}", file=str(path)) from None
    return _with_scopes(snapshot)


def _with_scopes(snapshot: ListSnapshot) -> ListSnapshot:
    """A snapshot written before records kept their listing scope: read it from each record's
    listing sentences, as the XML reader does (same bytes in, same scope out)."""
    if all("scope" in r.model_fields_set for r in snapshot.records):
        return snapshot
    records = [r if "scope" in r.model_fields_set
               else r.model_copy(update={"scope": listing_scope(r.basis, r.listed_on)})
               for r in snapshot.records]
    return snapshot.model_copy(update={"records": records})
