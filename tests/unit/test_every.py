"""``every_item``: the event has items and each satisfies the conditions (an exemption for a
delivery made only of non-lethal goods, say). Loader, matcher and explainer."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from sanctions_engine import Engine, RuleError
from sanctions_engine.rulebook.loader import load_rulebook

RULE = """\
regime: dprk
rules:
  - id: dprk.synthetic.arms
    title: Arms to the DPRK (test)
    summary: Arms may not be supplied to the DPRK, unless every item is ammunition of a kind.
    applies_to: [transfer]
    when:
      - {field: destination, equals: KP}
      - any_item:
          - {field: category, in: [arms]}
    stages:
      - from: 2006-10-14
        citations:
          - {resolution: 1718, paragraph: "8(a)", status: verified}
    exemptions:
      - id: dprk.synthetic.arms.only_ammunition
        summary: Every item is ammunition, in quantities of at most 100
        citations:
          - {resolution: 1718, paragraph: "8(a)", status: verified}
        when:
          - every_item:
              - {field: category, in: [ammunition]}
              - {field: quantity, lte: 100}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, one_rule_file: Any) -> Engine:
    return Engine.load(one_rule_file(tmp_path_factory.mktemp("every"), RULE))


def _supply(event_id: str, *items: dict[str, Any]) -> dict[str, Any]:
    return {"id": event_id, "type": "transfer", "date": "2020-01-01", "destination": "KP",
            "items": list(items)}


def test_every_item_lifts_only_when_every_item_qualifies(engine: Engine) -> None:
    ammo = {"category": "ammunition", "quantity": 50}
    rifles = {"category": "small_arms_light_weapons", "quantity": 5}
    report = engine.check([
        _supply("all-ammo", ammo, dict(ammo, quantity=100)),
        _supply("mixed", ammo, rifles),
        _supply("too-many", ammo, dict(ammo, quantity=101)),
        _supply("one", ammo),
    ])
    assert sorted(f.event_ids[0] for f in report.exempted) == ["all-ammo", "one"]
    assert sorted(f.event_ids[0] for f in report.findings) == ["mixed", "too-many"]
    mixed = next(f for f in report.findings if f.event_ids[0] == "mixed")
    (weighed,) = mixed.explanation.exemptions
    assert not weighed.applies and "items[1].category" in weighed.why
    lifted = next(f for f in report.exempted if f.event_ids[0] == "all-ammo")
    assert lifted.explanation.exemptions[0].why == "met: items: all 2 items do"
    (cond,) = lifted.explanation.exemptions[0].conditions
    assert (cond.field, cond.op, cond.actual, cond.note) == ("items", "every", "2 items",
                                                             "all 2 items do")


def test_an_unclassified_item_never_counts_as_qualifying(engine: Engine) -> None:
    report = engine.check([_supply("vague", {"category": "ammunition", "quantity": 1},
                                   {"description": "crates"})])
    assert not report.exempted
    assert [f.severity for f in report.findings] == ["violation"]


@pytest.mark.parametrize(("inner", "message"), [
    ("- any_of: [{field: category, in: [ammunition]}, {field: quantity, lte: 1}]",
     "'any_of' cannot be used inside an 'every_*' scope"),
    ("- {field: unit, in: [kg, t]}", "takes one value"),
    ("- any_item: [{field: category, in: [ammunition]}]", "cannot be nested"),
])
def test_what_every_item_refuses(engine: Engine, tmp_path: Path, inner: str,
                                 message: str) -> None:
    target = tmp_path / "rules"
    shutil.copytree(Path(engine.rulebook.root), target)
    path = target / "dprk" / "test.yaml"
    text = RULE.replace("              - {field: category, in: [ammunition]}\n"
                        "              - {field: quantity, lte: 100}\n",
                        f"              {inner}\n")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rulebook(target)
    assert message in str(err.value) and "test.yaml:" in str(err.value)
