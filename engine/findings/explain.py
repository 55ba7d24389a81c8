"""Explain a match: evaluate a rule's conditions in Python on the same fact (the *explain* step).

durable-rules says *which* rules fired; it cannot say which item or party satisfied a test.
This module evaluates the same condition tree with the same semantics (see
``docs/architecture.md``) and records, for each condition, the field, operator, expected and
actual value. The engine checks that both agree, so an explanation can never describe a match
the matcher did not make.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from ..rulebook.spec import AnyOf, Condition, Scoped, Test

__all__ = ["Check", "evaluate", "evaluate_all", "render_test"]


@dataclass(frozen=True)
class Check:
    """How one condition came out on one event."""

    field: str
    op: str
    expected: Any
    actual: Any
    holds: bool
    note: str | None = None


def _shown(test: Test, raw: Any) -> Any:
    """A fact value as a person reads it."""
    if raw is None:
        return None
    kind = test.field.kind
    if kind == "date":
        return date.fromordinal(raw).isoformat()
    if kind == "number":
        value = Decimal(raw) / 1000
        return int(value) if value == value.to_integral_value() else float(value)
    if kind == "bool":
        return bool(raw)
    return raw


def _expected(test: Test) -> Any:
    shown = test.shown
    return list(shown) if isinstance(shown, list | tuple) else shown


def _holds(test: Test, value: Any, scope: dict[str, Any], review: bool, relaxed: bool) -> bool:
    op, operand = test.op, test.value
    if test.field.kind == "category":
        cats = scope.get("cats", [])
        if op == "not_in":
            return (relaxed or bool(cats)) and not any(c in operand for c in cats)
        if review:
            return (scope.get("cls") == 0 or any(c in operand for c in scope.get("pcats", []))
                    or any(c in test.review_if for c in scope.get("own", [])))
        return any(c in operand for c in cats)
    if test.field.kind == "designation":
        return any(r in operand for r in scope.get("pdes" if review else "des", []))
    if review and test.review_if_absent:
        return value is None or value == []
    if test.field.many:
        values = value or []
        if op == "equals":
            return bool(operand in values)
        if op == "in":
            return any(v in operand for v in values)
        if op == "not_in":
            return bool(values) and all(v not in operand for v in values)
    if op == "exists":
        return bool((value is not None) == operand)
    if value is None:
        return False  # like durable-rules: a test on an absent field is false
    match op:
        case "equals":
            return bool(value == operand)
        case "not_equals":
            return bool(value != operand)
        case "in":
            return value in operand
        case "not_in":
            return value not in operand
        case "gt":
            return bool(value > operand)
        case "gte":
            return bool(value >= operand)
        case "lt":
            return bool(value < operand)
        case "lte":
            return bool(value <= operand)
        case "prefix":
            return any(str(value).startswith(p) for p in operand)
        case "mentions":
            return operand in str(value)
    raise AssertionError(op)


def _test(test: Test, scope: dict[str, Any], at: str, review_of: Test | None,
          event_item: Any = None, event: Any = None) -> Check:
    review = test is review_of
    value = scope.get(test.field.key)
    holds = _holds(test, value, scope, review, review_of is not None)
    path = f"{at}{test.field.path}"
    note = None
    if test.field.kind == "category":
        actual: Any = (getattr(event_item, "category", None) or list(scope.get("cats", []))
                       or None)
        hs = scope.get("hs")
        if review and holds:
            if scope.get("cls") == 0:
                note = f"{at.rstrip('.')} has no category or HS code that classifies it"
            elif any(c in test.value for c in scope.get("pcats", [])):
                maybe = [c for c in scope.get("pcats", []) if c in test.value]
                note = (f"HS {hs} only possibly makes it {', '.join(maybe)}" if hs
                        else f"only possibly {', '.join(maybe)}")
            else:
                note = (f"category {actual} is too coarse: it may or may not be "
                        f"{', '.join(test.value)}")
        elif holds and test.op == "in":
            matched = [c for c in test.value if c in scope.get("cats", [])]
            declared = getattr(event_item, "category", None)
            if declared and declared not in test.value:
                note = f"{declared} is a kind of {', '.join(matched)}"
            elif not declared and hs:
                note = f"classified through HS {hs}"
        return Check(path, test.op, _expected(test), actual, holds, note)
    if test.field.kind == "designation":
        # The engine puts the matches themselves here (Engine._with_hits).
        # The regimes only (``libya/travel_ban`` is a mark of the libya regime): a weak match on a
        # record listed for every measure can sit next to a strong one listed for one only.
        found = list(dict.fromkeys(r.split("/")[0]
                                   for r in scope.get("pdes" if review else "des", [])))
        if review and holds:
            note = f"only a weak match on the {', '.join(found)} list"
        return Check(path, test.op, _expected(test), list(found) or None, holds, note)
    if review and test.review_if_absent:
        note = (f"{path} is not given, and the rule turns on it" if holds else None)
        return Check(path, test.op, _expected(test), None, holds, note)
    shown = _shown(test, value)
    if test.field.kind == "text" and value is not None:
        # Matching is case-insensitive; show the value as the event wrote it.
        source = event_item if at else event
        for part in test.field.path.split("."):
            source = getattr(source, part, None)
        if isinstance(source, str):
            shown = source
    return Check(path, test.op, _expected(test), shown, holds)


def evaluate(cond: Condition, scope: dict[str, Any], event: Any, review_of: Test | None = None,
             at: str = "", element: Any = None) -> tuple[bool, list[Check]]:
    """Whether ``cond`` holds on a fact; the checks that show it (or the first that fails)."""
    if isinstance(cond, Test):
        check = _test(cond, scope, at, review_of, element, event)
        return check.holds, [check]
    if isinstance(cond, AnyOf):
        failed: list[Check] = []
        for option in cond.options:
            ok, checks = evaluate(option, scope, event, review_of, at, element)
            if ok:
                return True, checks
            failed.extend(checks)
        return False, [Check(at + "any_of", "any_of", [render(c) for c in cond.options],
                             None, False, "; ".join(f"{c.field}: {c.actual!r}" for c in failed))]
    assert isinstance(cond, Scoped)
    elements = scope.get(cond.list_key, [])
    originals = getattr(event, cond.list_key, [])
    if cond.every:
        return _every(cond, elements, originals, event)
    for i, elem in enumerate(elements):
        found: list[Check] = []
        for sub in cond.conditions:
            ok, sub_checks = evaluate(sub, elem, event, review_of, f"{cond.list_key}[{i}].",
                                      originals[i] if i < len(originals) else None)
            if not ok:
                break
            found.extend(sub_checks)
        else:
            return True, found
    return False, [Check(cond.list_key, "any", [render(c) for c in cond.conditions],
                         f"{len(elements)} {cond.list_key}", False,
                         f"no {cond.list_key[:-1] if cond.list_key != 'parties' else 'party'} "
                         f"satisfies all of: {'; '.join(render(c) for c in cond.conditions)}")]


def _every(cond: Scoped, elements: list[dict[str, Any]], originals: Any, event: Any
           ) -> tuple[bool, list[Check]]:
    """``every_*``: the list is not empty and each element satisfies every condition (certain
    facts only: no review relaxation inside)."""
    wanted = [render(c) for c in cond.conditions]
    shown = f"{len(elements)} {cond.list_key}"
    if not elements:
        return False, [Check(cond.list_key, "every", wanted, shown, False,
                             f"the event has no {cond.list_key}")]
    for i, elem in enumerate(elements):
        for sub in cond.conditions:
            ok, sub_checks = evaluate(sub, elem, event, None, f"{cond.list_key}[{i}].",
                                      originals[i] if i < len(originals) else None)
            if not ok:
                bad = sub_checks[-1]
                return False, [Check(cond.list_key, "every", wanted, shown, False,
                                     f"{bad.field} {bad.op.replace('_', ' ')} "
                                     f"{bad.expected}, found {bad.actual}")]
    return True, [Check(cond.list_key, "every", wanted, shown, True,
                        f"all {len(elements)} {cond.list_key} do")]


def evaluate_all(conds: tuple[Condition, ...], fact: dict[str, Any], event: Any,
                 review_of: Test | None = None) -> tuple[bool, list[Check]]:
    """All conditions: whether they hold, and every check (stopping at the first failure)."""
    out: list[Check] = []
    for cond in conds:
        ok, checks = evaluate(cond, fact, event, review_of)
        out.extend(checks)
        if not ok:
            return False, out
    return True, out


def render_test(test: Test) -> str:
    """``destination equals KP``."""
    shown = test.shown
    if isinstance(shown, list | tuple):
        shown = "[" + ", ".join(str(s) for s in shown) + "]"
    return f"{test.field.path} {test.op.replace('_', ' ')} {shown}"


def render(cond: Condition) -> str:
    """Any condition in one line of text."""
    if isinstance(cond, Test):
        return render_test(cond)
    if isinstance(cond, AnyOf):
        return "any of (" + " | ".join(render(c) for c in cond.options) + ")"
    name = {"items": "item", "parties": "party", "vessels": "vessel"}.get(cond.list_key,
                                                                         cond.list_key[:-1])
    quantifier = "every" if cond.every else "some"
    return f"{quantifier} {name} with " + " and ".join(render(c) for c in cond.conditions)
