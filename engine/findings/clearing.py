"""What would clear a finding: each exemption not met, as what would have to be true.

An exemption is a tree of conditions (``rulespec``); an exemption that did not lift a finding
is turned into the facts an event would need to carry for it to apply, in the event's terms
("a committee exemption issued by '1718', valid on 2023-09-15"), with the exemption's own
dates. English lives here, with the findings; the report carries the result as data.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from ..rulebook.spec import AnyOf, Condition, Exemption, Rule, Scoped, Test
from .models import Clearing, ClearOut

__all__ = ["exemption_needs"]

_SCOPE_NOUN = {"item": "item", "party": "party", "vessel": "vessel",
               "authorization": "authorization"}


def _shown(value: Any) -> str:
    if isinstance(value, list | tuple):
        return " or ".join(_shown(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return str(int(value)) if value == value.to_integral_value() else str(value)
    return str(value).replace("_", " ")


def _test(test: Test, day: date) -> str:
    path, op, shown = test.field.path, test.op, test.shown
    if path == "valid_on_event_date":
        return f"valid on {day.isoformat()}" if shown else f"not valid on {day.isoformat()}"
    if path == "days_before_event" and op in ("gte", "gt"):
        n = int(Decimal(str(shown))) + (1 if op == "gt" else 0)
        by = (day - timedelta(days=n)).isoformat()
        return f"at least {n} day{'s' if n != 1 else ''} before the event (by {by})"
    if op == "exists":
        return f"with {path.replace('_', ' ')}" if shown else f"without {path.replace('_', ' ')}"
    words = {"equals": "", "not_equals": "not ", "in": "", "not_in": "not ",
             "mentions": "", "prefix": "starting ", "gt": "over ",
             "gte": "at least ", "lt": "under ", "lte": "at most "}
    verb = {"issued_by": "issued by a body naming", "addressed_to": "addressed to a body naming",
            "covers": "covering", "name": "named", "purposes": "with the declared purpose",
            "humanitarian_actor": "by a humanitarian actor of kind", "role": "in the role",
            "kind": "of kind", "country": "of country", "enters_own_country":
            "entering their own country:"}
    head = verb.get(path, path.replace("_", " ").replace(".", " "))
    quote = op in ("mentions", "prefix")
    value = f"'{shown}'" if quote else _shown(shown)
    return f"{head} {words.get(op, op + ' ')}{value}".replace("  ", " ")


def _article(noun: str) -> str:
    return ("an " if noun[:1] in "aeiou" else "a ") + noun


def _phrase(cond: Condition, day: date) -> str:
    if isinstance(cond, Test):
        return _test(cond, day)
    if isinstance(cond, AnyOf):
        return "either " + " or ".join(f"({_phrase(o, day)})" for o in cond.options)
    assert isinstance(cond, Scoped)
    inner = list(cond.conditions)
    noun = _SCOPE_NOUN.get(cond.scope, cond.scope)
    # "a committee exemption ..." reads better than "an authorization of type ...".
    for c in inner:
        if (isinstance(c, Test) and c.field.path == "type" and c.op == "equals"
                and cond.scope == "authorization"):
            noun = _shown(c.shown)
            inner.remove(c)
            break
    rest = ", ".join(_phrase(c, day) for c in inner)
    if cond.every:
        return f"every item {rest}" if rest else "every item"
    return f"{_article(noun)} {rest}".strip()


def exemption_needs(exemption: Exemption, day: date) -> list[str]:
    """What an event dated ``day`` would have to show for ``exemption`` to lift the finding:
    one phrase per condition (the caller leaves out exemptions not available that day)."""
    needs = [_phrase(c, day) for c in exemption.conditions]
    return needs


def clearing(rule: Rule, day: date) -> Clearing:
    """What would clear a finding of ``rule`` on ``day``: each exemption available that day
    (none applied, or the finding would be exempted) as what an event would need to show."""
    routes = [ClearOut(exemption=ex.id, summary=ex.summary, needs=exemption_needs(ex, day))
              for ex in rule.exemptions
              if (ex.start is None or ex.start <= day) and (ex.end is None or day <= ex.end)]
    return Clearing(exemptions=routes, in_force_from=rule.start.isoformat(),
                    lapses=rule.end.isoformat() if rule.end is not None else None)
