"""Broken rules are refused with a message that names file, line, key and rule.

One broken rules folder per failure mode: the shipped ``rules/`` is copied into a temporary
folder and one thing is broken, by a small text edit or by adding one of the files in
``tests/unit/broken_rules/``. The expected line is computed from the file as written, so the
cases survive edits elsewhere in the real rules.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from sanctions_engine import RuleError, SanctionsEngineError
from sanctions_engine.rulebook.loader import load_rulebook


@dataclass(frozen=True)
class Broken:
    """One failure mode: how to break the copy, and what the error must say."""

    name: str
    file: str  # the file the error must name, relative to the rules folder
    marker: str  # text on the line the error must name (unique in that file once broken)
    message: tuple[str, ...]  # fragments the message must contain
    key: str | None = None
    rule_id: str | None = None
    old: str | None = None  # text edit: ``old`` (exactly once in ``file``) becomes ``new``
    new: str = ""
    add: str | None = None  # or: copy broken_rules/<add> to ``file``
    offset: int = 0  # the error names the marker's line plus this


LUX = "dprk/luxury.yaml"
ARMS = "dprk/arms.yaml"
TAX = "taxonomy.yaml"
LUX_CITATION = '- {resolution: 1718, paragraph: "8(a)(iii)", status: verified}'
LUX_DESTINATION = "          - {field: destination, equals: KP}\n          - any_party:"

CASES = [
    Broken("invalid_yaml", LUX, "title: Supply: of luxury goods",
           ("not valid YAML", "mapping values are not allowed"),
           old="title: Supply of luxury goods to the DPRK",
           new="title: Supply: of luxury goods to the DPRK"),
    Broken("duplicate_key", LUX, "title: Luxury goods, again",
           ("duplicate key 'title'", "first at line 7"),
           old="    title: Supply of luxury goods to the DPRK\n",
           new="    title: Supply of luxury goods to the DPRK\n    title: Luxury goods, again\n"),
    Broken("unknown_key", LUX, "colour: red", ("unknown key 'colour'",),
           key="rules[0].colour", rule_id="dprk.luxury.supply",
           old="    title: Supply of luxury goods to the DPRK\n",
           new="    title: Supply of luxury goods to the DPRK\n    colour: red\n"),
    Broken("missing_citations", LUX, "- from: 2006-10-14", ("missing key 'citations'",),
           key="rules[0].stages[0].citations", rule_id="dprk.luxury.supply",
           old=f"        citations:\n          {LUX_CITATION}\n", new=""),
    Broken("bad_date", LUX, "from: 2017-02-30", ("not a date", "2017-02-30"),
           key="rules[0].stages[0].from", rule_id="dprk.luxury.supply",
           old="- from: 2006-10-14", new="- from: 2017-02-30"),
    Broken("until_before_from", ARMS, "until: 2005-06-11",
           ("until 2005-06-11 is before from 2006-10-14",),
           key="rules[0].stages[0].until", rule_id="dprk.arms.import",
           old="        until: 2009-06-11\n        note: Major conventional arms",
           new="        until: 2005-06-11\n        note: Major conventional arms"),
    Broken("overlapping_stages", ARMS, "from: 2009-06-01",
           ("stage starts 2009-06-01", "previous stage is still in force", "2009-06-11"),
           key="rules[0].stages[1].from", rule_id="dprk.arms.import",
           old="      - from: 2009-06-12\n        until: 2016-03-01\n        note: All arms",
           new="      - from: 2009-06-01\n        until: 2016-03-01\n        note: All arms"),
    Broken("duplicate_rule_id", "dprk/zz_duplicate.yaml", "- id: dprk.arms.export",
           ("duplicate rule id", "also in", "dprk/arms.yaml:"),
           key="rules[0].id", rule_id="dprk.arms.export", add="duplicate_rule_id.yaml"),
    Broken("unknown_category", LUX, "in: [luxury_good]}",
           ("unknown category 'luxury_good'", "did you mean 'luxury_goods'?"),
           key="rules[0].when[1].any_item[0].in[0]", rule_id="dprk.luxury.supply",
           old="in: [luxury_goods]}", new="in: [luxury_good]}"),
    Broken("unknown_field", LUX, "field: destinaton",
           ("unknown event field 'destinaton'", "did you mean 'destination'?"),
           key="rules[0].when[0].any_of[0].field", rule_id="dprk.luxury.supply",
           old=LUX_DESTINATION,
           new="          - {field: destinaton, equals: KP}\n          - any_party:"),
    Broken("operator_not_for_kind", LUX, "field: destination, gt: KP",
           ("operator 'gt' does not apply to country field 'destination'",),
           key="rules[0].when[0].any_of[0].gt", rule_id="dprk.luxury.supply",
           old=LUX_DESTINATION,
           new="          - {field: destination, gt: KP}\n          - any_party:"),
    Broken("unknown_resolution", LUX, "resolution: 1719",
           ("resolution 1719 is not in resolutions.yaml",),
           key="rules[0].stages[0].citations[0].resolution", rule_id="dprk.luxury.supply",
           old=LUX_CITATION, new=LUX_CITATION.replace("1718", "1719")),
    Broken("in_force_before_adoption", LUX, LUX_CITATION,
           ("in force from 2006-10-13", "before resolution 1718 was adopted on 2006-10-14"),
           key="rules[0].stages[0].citations[0].resolution", rule_id="dprk.luxury.supply",
           old="- from: 2006-10-14", new="- from: 2006-10-13"),
    Broken("hortatory_violation", LUX, "force: calls-upon",
           ("hortatory", "cannot ground a violation"),
           key="rules[0].stages[0].citations", rule_id="dprk.luxury.supply", offset=-1,
           old=LUX_CITATION, new=LUX_CITATION.replace("verified}", "verified, force: calls-upon}")),
    Broken("unknown_parent_category", TAX, "parents: [major_conventional_armz]",
           ("unknown parent category 'major_conventional_armz'",),
           key="categories.missile_launcher.parents[0]",
           old="parents: [major_conventional_arms]\n",
           new="parents: [major_conventional_armz]\n"),
    Broken("taxonomy_cycle", TAX, "parents: [ballistic_missile]",
           ("its own ancestor", "arms", "ballistic_missile", "major_conventional_arms"),
           key="categories.arms.parents",  # arms is met first: it is first in the file
           old="  arms:\n    title: Arms and related materiel\n    parents: []\n",
           new="  arms:\n    title: Arms and related materiel\n    parents: [ballistic_missile]\n"),
    Broken("regime_not_folder", "libya/measures.yaml", "regime: dprk",
           ("regime 'dprk' does not match its folder 'libya'",),
           key="regime", add="wrong_regime.yaml"),
    Broken("review_stage_without_needs", LUX, "severity: review",
           ("a review stage must say, under 'needs'",),
           key="rules[0].stages[0].severity", rule_id="dprk.luxury.supply",
           old="      - from: 2006-10-14\n",
           new="      - from: 2006-10-14\n        severity: review\n"),
    Broken("stage_needs_without_review", LUX, "needs: a determination",
           ("'needs' goes with 'severity: review' on a stage",),
           key="rules[0].stages[0].needs", rule_id="dprk.luxury.supply",
           old="      - from: 2006-10-14\n",
           new="      - from: 2006-10-14\n        needs: a determination\n"),
    Broken("review_if_absent_on_category", LUX, "review_if_absent: true",
           ("'review_if_absent' is for plain fields",),
           rule_id="dprk.luxury.supply",
           old="          - {field: category, in: [luxury_goods]}\n",
           new="          - {field: category, in: [luxury_goods], review_if_absent: true}\n"),
    Broken("description_condition", LUX, "field: description",
           ("unknown event field 'description'", "free text is never matched"),
           key="rules[0].when[0].any_of[0].field", rule_id="dprk.luxury.supply",
           old=LUX_DESTINATION,
           new="          - {field: description, mentions: yacht}\n          - any_party:"),
]


def _break(rules: Path, broken_dir: Path, case: Broken) -> Path:
    target = rules / case.file
    if case.add is not None:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(broken_dir / case.add, target)
        return target
    assert case.old is not None
    text = target.read_text(encoding="utf-8")
    assert text.count(case.old) == 1, f"{case.name}: the edit must match exactly once"
    target.write_text(text.replace(case.old, case.new), encoding="utf-8")
    return target


def _line_of(path: Path, marker: str) -> int:
    lines = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if marker in line]
    assert len(lines) == 1, f"marker {marker!r} must be on exactly one line of {path}"
    return lines[0]


def test_the_shipped_rules_load(rules_copy: Path, shipped_rules: Path) -> None:
    """The copy is valid as is, so each case below fails because of its one edit."""
    book = load_rulebook(rules_copy)
    assert book.rules
    assert book.fingerprint == load_rulebook(shipped_rules).fingerprint


def test_every_failure_mode_has_a_distinct_case() -> None:
    names = [c.name for c in CASES]
    assert len(names) == len(set(names))
    assert len(CASES) >= 18


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_broken_rules_are_refused_with_file_line_and_key(
        rules_copy: Path, broken_dir: Path, case: Broken) -> None:
    broken = _break(rules_copy, broken_dir, case)
    line = _line_of(broken, case.marker) + case.offset

    with pytest.raises(RuleError) as excinfo:
        load_rulebook(rules_copy)

    err = excinfo.value
    text = str(err)
    shown = str(rules_copy / case.file)
    assert err.file == shown, text
    assert err.line == line, text
    assert text.startswith(f"{shown}:{line}: "), text
    if case.key is not None:
        assert err.key == case.key, text
        assert f"key '{case.key}'" in text
    if case.rule_id is not None:
        assert err.rule_id == case.rule_id, text
        assert f"rule '{case.rule_id}'" in text
    for fragment in case.message:
        assert fragment in text, text
    # The command line prints it as is.
    assert isinstance(err, SanctionsEngineError)
    assert err.show() == f"error: {text}"


def test_duplicate_rule_id_names_the_first_definition(rules_copy: Path, broken_dir: Path
                                                      ) -> None:
    case = next(c for c in CASES if c.name == "duplicate_rule_id")
    _break(rules_copy, broken_dir, case)
    first = _line_of(rules_copy / ARMS, "- id: dprk.arms.export")
    with pytest.raises(RuleError) as excinfo:
        load_rulebook(rules_copy)
    assert f"also in {rules_copy / ARMS}:{first}" in str(excinfo.value)


# --- folder-level problems (no line to name) --------------------------------------------


def test_not_a_folder(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(RuleError) as excinfo:
        load_rulebook(missing)
    assert str(excinfo.value) == f"{missing}: not a rules folder"


@pytest.mark.parametrize("name", ["resolutions.yaml", "taxonomy.yaml"])
def test_missing_catalogue_file(rules_copy: Path, name: str) -> None:
    (rules_copy / name).unlink()
    with pytest.raises(RuleError) as excinfo:
        load_rulebook(rules_copy)
    assert str(excinfo.value) == f"{rules_copy / name}: missing file"


def test_no_rule_files(rules_copy: Path) -> None:
    for folder in rules_copy.iterdir():
        if folder.is_dir() and not folder.name.startswith("_"):
            shutil.rmtree(folder)
    with pytest.raises(RuleError) as excinfo:
        load_rulebook(rules_copy)
    assert "no rule files" in str(excinfo.value)


def test_rule_file_not_utf8(rules_copy: Path) -> None:
    path = rules_copy / LUX
    path.write_bytes(path.read_bytes().replace(b"Luxury goods", b"Luxury g\xf6ods", 1))
    with pytest.raises(RuleError) as excinfo:
        load_rulebook(rules_copy)
    assert str(excinfo.value).startswith(f"{path}: cannot read")


def test_a_review_only_rule_must_say_what_it_needs(rules_copy: Path) -> None:
    path = rules_copy / "dprk" / "luxury.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    applies_to: [transfer]\n",
                                 "    applies_to: [transfer]\n    severity: review\n", 1),
                    encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rulebook(rules_copy)
    message = str(err.value)
    assert "luxury.yaml:" in message and "'needs'" in message
    assert "rules[0].severity" in message


def test_a_text_prefix_takes_plain_words(rules_copy: Path) -> None:
    path = rules_copy / "dprk" / "luxury.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("              - {field: country, equals: KP}\n",
                                 "              - {field: country, equals: KP}\n"
                                 "              - {field: name, prefix: ['k.*']}\n", 1),
                    encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rulebook(rules_copy)
    assert "a text prefix takes letters and digits" in str(err.value)


_MENTIONS_RULE = """\
regime: dprk
rules:
  - id: dprk.synthetic.mentions
    title: Synthetic
    summary: A payment whose payer is named as the multi-national force.
    applies_to: [financial_transaction]
    when:
      - any_party:
          - {field: name, mentions: "Multi-National  force"}
    stages:
      - from: 2006-10-14
        citations:
          - {resolution: 1718, paragraph: "8(d)", status: verified}
"""


def test_mentions_treats_punctuation_as_a_word_break(core_rules: Path, tmp_path: Path) -> None:
    import shutil

    from sanctions_engine import Engine

    target = tmp_path / "rules"
    shutil.copytree(core_rules, target)
    (target / "dprk" / "zz_mentions.yaml").write_text(_MENTIONS_RULE, encoding="utf-8")
    engine = Engine(load_rulebook(target))

    def fires(name: str) -> bool:
        report = engine.check([{"id": "e", "type": "financial_transaction", "date": "2020-01-01",
                                "parties": [{"role": "payer", "name": name}]}])
        return any(f.rule_id == "dprk.synthetic.mentions" for f in report.findings)

    assert fires("The Multi-National Force - Iraq")
    assert fires("multi national force")
    assert fires("MULTI-NATIONAL/FORCE")
    assert not fires("multinational force")


@pytest.mark.parametrize("operand", ["k.*", "a|b", "(x)"])
def test_mentions_refuses_a_pattern(rules_copy: Path, operand: str) -> None:
    path = rules_copy / "dprk" / "zz_mentions.yaml"
    path.write_text(_MENTIONS_RULE.replace('"Multi-National  force"', repr(operand)),
                    encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rulebook(rules_copy)
    assert "not a pattern" in str(err.value) and "zz_mentions.yaml:" in str(err.value)
