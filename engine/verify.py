"""Audit replay: check a batch again and compare with the report written for it (``verify``).

A report names the engine version, the rulebook fingerprint and the lists (sha256) it was made
with. Replaying the same events must give the same bytes when all three are the same; when
the rulebook or a list has changed (a new resolution, a new listing), the differences are the
impact of that change: findings added, removed, or changed (severity, citations, exemption).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .report.models import Report

__all__ = ["Replay", "compare", "malformed"]


class _Part(BaseModel):
    model_config = ConfigDict(extra="allow")


class _Citation(_Part):
    symbol: str
    paragraph: str
    status: str | None = None


class _Exemption(_Part):
    id: str
    applies: bool


class _Explanation(_Part):
    exemptions: list[_Exemption] = Field(default_factory=list)


class _Finding(_Part):
    event_ids: list[str] = Field(min_length=1)
    rule_id: str
    severity: str
    citations: list[_Citation]
    explanation: _Explanation


class _Recorded(_Part):
    """What ``compare`` reads of a report on record (a report of another engine version may
    have more or fewer keys elsewhere)."""

    findings: list[_Finding]
    exempted: list[_Finding] = Field(default_factory=list)
    rulebook: dict[str, Any] = Field(default_factory=dict)
    summary: dict[str, Any] = Field(default_factory=dict)
    lists: list[Any] = Field(default_factory=list)


def malformed(recorded: Any) -> str | None:
    """Why ``recorded`` (a parsed JSON file) is not a report ``compare`` can read, or None."""
    if not isinstance(recorded, dict):
        return f"not a JSON report (a {type(recorded).__name__}, not an object)"
    try:
        _Recorded.model_validate(recorded)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err["loc"])
        return f"not a JSON report: {where.lstrip('.') or 'report'}: {err['msg']}"
    return None


def _key(f: dict[str, Any]) -> tuple[str, str]:
    return (",".join(f["event_ids"]), f["rule_id"])


def _gist(f: dict[str, Any]) -> dict[str, Any]:
    """What an officer acts on: severity, the citations with status, the exemptions applied."""
    ex = f["explanation"]
    return {"severity": f["severity"],
            "citations": [f"{c['symbol']} OP{c['paragraph']} ({c.get('status')})"
                          for c in f["citations"]],
            "exempted_by": sorted(e["id"] for e in ex.get("exemptions", []) if e["applies"]),
            "stage": ex.get("stage")}


@dataclass
class Replay:
    """How a replay compares with the report on record."""

    same_engine: bool
    same_rulebook: bool
    same_lists: bool
    identical: bool
    added: list[dict[str, Any]] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    changed: list[tuple[tuple[str, str], dict[str, Any], dict[str, Any]]] = field(
        default_factory=list)
    lifted: list[tuple[str, str]] = field(default_factory=list)  # now exempted, was a finding
    other: list[str] = field(default_factory=list)  # summary fields that differ

    def render(self) -> str:
        """Text for a person."""
        same = {True: "same", False: "DIFFERENT"}
        lines = [f"engine {same[self.same_engine]}, rulebook {same[self.same_rulebook]}, "
                 f"lists {same[self.same_lists]}"]
        if self.identical:
            lines.append("replay: identical to the report on record (same bytes)")
            return "\n".join(lines) + "\n"
        lines.append(f"replay: differs - {len(self.added)} findings added, {len(self.removed)} "
                     f"removed, {len(self.changed)} changed")
        lines += [f"  + {f['event_ids'][0]} {f['rule_id']} ({f['severity']})"
                  for f in self.added]
        lines += [f"  - {f['event_ids'][0]} {f['rule_id']} ({f['severity']})"
                  + (" now exempted" if _key(f) in self.lifted else "")
                  for f in self.removed]
        for (event_id, rule_id), old, new in self.changed:
            what = "; ".join(f"{k}: {old[k]} -> {new[k]}" for k in old if old[k] != new[k])
            lines.append(f"  ~ {event_id} {rule_id}: {what}")
        lines += [f"  summary {o}" for o in self.other]
        if self.same_engine and self.same_rulebook and self.same_lists and not (
                self.added or self.removed or self.changed or self.other):
            lines.append("  (same findings; the bytes differ elsewhere in the report)")
        return "\n".join(lines) + "\n"


def compare(recorded: dict[str, Any], replay: Report) -> Replay:
    """Compare a report as written (its JSON, parsed) with a replay of the same events."""
    now = replay.to_dict()
    # The same lists read with the same thresholds (the thresholds decide what matched).
    old_lists = recorded.get("lists", [])
    new_lists = now.get("lists", [])
    out = Replay(
        same_engine=recorded.get("engine") == now["engine"],
        same_rulebook=recorded.get("rulebook", {}).get("fingerprint")
        == now["rulebook"]["fingerprint"],
        same_lists=old_lists == new_lists,
        identical=recorded == now)
    if out.identical:
        return out
    before = {_key(f): f for f in recorded.get("findings", [])}
    after = {_key(f): f for f in now["findings"]}
    exempted_now = {_key(f) for f in now.get("exempted", [])}
    out.added = [after[k] for k in sorted(after.keys() - before.keys())]
    out.removed = [before[k] for k in sorted(before.keys() - after.keys())]
    out.lifted = sorted(k for k in before.keys() - after.keys() if k in exempted_now)
    for k in sorted(before.keys() & after.keys()):
        old, new = _gist(before[k]), _gist(after[k])
        if old != new:
            out.changed.append((k, old, new))
    for name in ("events", "checked", "rejected"):
        a, b = recorded.get("summary", {}).get(name), now["summary"][name]
        if a != b:
            out.other.append(f"{name}: {a} -> {b}")
    return out
