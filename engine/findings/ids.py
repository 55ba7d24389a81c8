"""Stable finding ids: the same event facts, rule and stage give the same id, everywhere.

A finding's ``id`` is ``F-`` and the first 20 hex digits of a SHA-256 over the canonical JSON
of ``[1, event ids, rule id, stage start, facts]``, where ``facts`` are the ``(field, value)``
pairs the conditions read, normalized: a list match is reduced to the listed reference and
the party value that matched it (scores and wording may change with the engine, the
judgement does not), and notes (English) are left out. The leading ``1`` is the scheme's
version. See docs/report.md.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from .models import Finding

__all__ = ["finding_id", "identified"]

ID_VERSION = 1


def _fact(value: Any) -> Any:
    """A condition's actual value with what is not a fact of the event taken out."""
    if isinstance(value, dict) and "reference" in value and "band" in value:
        return {"reference": value.get("reference"), "party_value": value.get("party_value")}
    if isinstance(value, list):
        return [_fact(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _fact(v) for k, v in value.items()}
    if isinstance(value, float) and value.is_integer():
        return int(value)  # 5.0 and 5 are one quantity
    return value


def finding_id(event_ids: Sequence[str], rule_id: str, stage_from: str | None,
               facts: Iterable[tuple[str, Any]]) -> str:
    """The id of a finding on ``event_ids`` by ``rule_id`` under the stage starting
    ``stage_from``, resting on ``facts`` (field, actual value)."""
    payload = [ID_VERSION, list(event_ids), rule_id, stage_from,
               [[field, _fact(actual)] for field, actual in facts]]
    canon = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                       default=str)
    digest = hashlib.sha256(canon.encode("utf-8", "surrogatepass")).hexdigest()
    return f"F-{digest[:20]}"


def identified(f: Finding, meta: dict[str, Any] | None) -> Finding:
    """The finding with its stable id and the sender's ``meta`` of its event."""
    fid = finding_id(f.event_ids, f.rule_id, f.explanation.stage.from_,
                     [(c.field, c.actual) for c in f.explanation.conditions])
    return f.model_copy(update={"id": fid, "meta": meta})
