"""Code, data and tests agree: every rule has scenarios, every scenario names a real rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sanctions_engine import Engine

FEATURES = Path(__file__).resolve().parents[2] / "features"
RULE_REF = re.compile(r'"(dprk\.[a-z0-9_.-]+)"')

@pytest.fixture(scope="module")
def engine() -> Engine:
    """The whole shipped rulebook (not the core the mechanics tests use)."""
    return Engine.load()


def _feature_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(FEATURES.glob("*.feature")))


def test_every_rule_has_a_breach_and_a_clean_scenario(engine: Engine) -> None:
    text = _feature_text()
    for rule in engine.rulebook.rules:
        breach = ("there is a review finding for" if rule.severity == "review"
                  else "there is a violation of")
        assert f'{breach} "{rule.id}"' in text, f"{rule.id}: no breach scenario"
        assert f'there is no finding for "{rule.id}"' in text, f"{rule.id}: no clean scenario"


def test_every_exemption_is_tested(engine: Engine) -> None:
    text = _feature_text()
    for rule in engine.rulebook.rules:
        for ex in rule.exemptions:
            assert f'lifted by exemption "{ex.id}"' in text, f"{ex.id}: never shown to lift"
            assert f'exemption "{ex.id}" was weighed and did not apply' in text, (
                f"{ex.id}: never shown weighed and not applied")


def test_scenarios_name_only_known_rules_and_exemptions(engine: Engine) -> None:
    book = engine.rulebook
    known = {r.id for r in book.rules} | {c.rule.id for c in book.caps}
    known |= {k.rule.id for k in book.links}
    known |= {e.id for r in engine.rulebook.rules for e in r.exemptions}
    named = set(RULE_REF.findall(_feature_text()))
    assert named - known == set()


def _arms_rule(rule: object) -> bool:
    text = repr(getattr(rule, "conditions", ()))
    return "'arms'" in text


def test_a_listed_recipient_settles_every_recipient_review(engine: Engine) -> None:
    """One mechanism for every regime: an arms review whose missing fact is who the recipient is
    has a ``.designated`` twin, a violation on the same stages and conditions plus a recipient or
    buyer designated under the rule's regime (docs/rules.md, "A listed recipient is never
    unknown")."""
    rules = {r.id: r for r in engine.rulebook.rules}
    reviews = [r for r in rules.values()
               if r.severity == "review" and r.needs and "recipient" in r.needs
               and _arms_rule(r)]
    assert {r.id for r in reviews} >= {"drc.arms", "car.arms"}
    for review in reviews:
        twin = rules.get(f"{review.id}.designated")
        assert twin is not None, f"{review.id}: no {review.id}.designated twin"
        assert twin.severity == "violation" and twin.applies_to == review.applies_to
        assert [(s.start, s.end, s.citations) for s in twin.stages] == [
            (s.start, s.end, s.citations) for s in review.stages], twin.id
        extra = [c for c in twin.conditions if c not in review.conditions]
        assert all(c in twin.conditions for c in review.conditions), twin.id
        assert len(extra) == 1 and f"'{review.regime}'" in repr(extra[0]), twin.id
        assert "designated" in repr(extra[0]) and "recipient" in repr(extra[0]), twin.id
