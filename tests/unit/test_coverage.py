"""The law-coverage promise: every catalogued paragraph is encoded or explained, every citation
matches the catalogue, every rule has scenarios and every scenario names real rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from sanctions_engine.coverage import coverage, coverage_problems, read_scenarios
from sanctions_engine.errors import RuleError
from sanctions_engine.rulebook.loader import load_rulebook

ROOT = Path(__file__).resolve().parents[2]
FEATURES = ROOT / "features"


def test_the_shipped_rulebook_has_no_coverage_gaps(shipped_rules: Path) -> None:
    book = load_rulebook(shipped_rules)
    problems = coverage_problems(book, read_scenarios(FEATURES))
    assert problems == [], "\n".join(problems)


def _catalogue(rules: Path, body: str) -> None:
    (rules / "dprk" / "paragraphs.yaml").write_text(
        "regime: dprk\nparagraphs:\n" + body, encoding="utf-8")


FULL = """\
  - {resolution: 1718, paragraph: "8(a)(i)", status: content-verified, force: decides, topic: arms}
"""


@pytest.fixture()
def small_rules(rules_copy: Path) -> Path:
    """The shipped rules with only arms.yaml, so a catalogue can be written by hand."""
    for path in (rules_copy / "dprk").glob("*.yaml"):
        if path.name != "arms.yaml":
            path.unlink()
    return rules_copy


def test_a_paragraph_neither_encoded_nor_explained_is_a_problem(small_rules: Path) -> None:
    _catalogue(small_rules, FULL + '  - {resolution: 2270, paragraph: "19", status: verified,'
                                   ' force: decides, topic: leasing}\n')
    problems = coverage_problems(load_rulebook(small_rules), [])
    assert any("S/RES/2270 (2016) OP19 (leasing): neither encoded nor explained" in p
               for p in problems), problems


def test_an_explained_paragraph_is_not_a_problem(small_rules: Path) -> None:
    _catalogue(small_rules, FULL + '  - {resolution: 1718, paragraph: "12", status: verified,'
                                   ' force: decides, topic: Committee,'
                                   ' not_encoded: "Sets up the Committee."}\n')
    book = load_rulebook(small_rules)
    rows = {r.paragraph: r for r in coverage(book, []) if r.regime == "dprk"}
    assert rows["12"].state == "not encoded"
    assert rows["8(a)(i)"].state == "encoded"
    assert rows["8(a)(i)"].rules == ["dprk.arms.import"]
    assert not any("OP12" in p for p in coverage_problems(book, []))


def test_a_citation_outside_the_catalogue_or_with_another_status_is_a_problem(
        small_rules: Path) -> None:
    _catalogue(small_rules, FULL.replace("content-verified", "verified"))
    problems = coverage_problems(load_rulebook(small_rules), [])
    assert any("dprk.arms.import: cites 1718 OP8(a)(i) as content-verified/decides; the "
               "catalogue says verified/decides" in p for p in problems), problems
    assert any("dprk.arms.export: cites 1718 OP8(b), which is not in the paragraph catalogue"
               in p for p in problems), problems


def test_rules_without_scenarios_and_scenarios_naming_unknown_rules(small_rules: Path,
                                                                   tmp_path: Path) -> None:
    features = tmp_path / "features"
    features.mkdir()
    (features / "x.feature").write_text(
        'Feature: x\n  Scenario: one\n    Then there is a violation of "dprk.arms.import"\n'
        '  Scenario: two\n    Then there is no finding for "dprk.arms.imprt"\n',
        encoding="utf-8")
    scenarios = read_scenarios(features)
    assert [(s.title, s.line) for s in scenarios] == [("one", 2), ("two", 4)]
    problems = coverage_problems(load_rulebook(small_rules), scenarios)
    assert "x.feature:4 names unknown rule or exemption 'dprk.arms.imprt'" in problems
    assert "dprk.arms.export: no scenario tests it" in problems
    assert "dprk.arms.import: no scenario tests it" not in problems


def test_a_broken_catalogue_names_file_line_and_key(small_rules: Path) -> None:
    _catalogue(small_rules, FULL + '  - {resolution: 1718, paragraph: "12", status: sure,'
                                   ' force: decides, topic: x}\n')
    with pytest.raises(RuleError) as err:
        coverage_problems(load_rulebook(small_rules), [])
    assert "paragraphs.yaml:4" in str(err.value)
    assert "paragraphs[1].status" in str(err.value)
