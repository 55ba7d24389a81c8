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
