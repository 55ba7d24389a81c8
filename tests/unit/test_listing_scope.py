"""A listing's own scope (engine/lists/scope.py): which measures of its regime a record's
COMMENTS1 says it was listed for, read from the real list, kept in snapshots, and applied by
the screening step's marks and the rules' ``measure``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sanctions_engine import Event
from sanctions_engine.lists.model import ListSnapshot
from sanctions_engine.lists.scope import basis, listing_scope
from sanctions_engine.lists.snapshots import load_snapshot, save_snapshot
from sanctions_engine.lists.un_xml import read_consolidated
from sanctions_engine.pipeline import default_rules_path
from sanctions_engine.rulebook.loader import load_rulebook
from sanctions_engine.rulebook.measures import marks_for
from sanctions_engine.rulebook.spec import Scoped
from sanctions_engine.rulebook.spec import Test as RuleTest
from sanctions_engine.screening.step import Designations, fact_keys

REPO = Path(__file__).resolve().parents[2]
# The real list of 27 Feb 2026 (the same bytes as shared/data/un/consolidated-sample.xml).
SHIPPED = REPO / "fixtures" / "lists" / "un-consolidated-2026-02-27.xml"
MALI = REPO / "fixtures" / "history" / "un-mali-2020-03-20.xml"


@pytest.fixture(scope="module")
def shipped() -> ListSnapshot:
    return read_consolidated(SHIPPED)


def _scopes(snap: ListSnapshot) -> dict[str, tuple[str, tuple[str, ...] | None]]:
    return {r.reference: (r.scope.read, tuple(r.scope.measures)
                          if r.scope.measures is not None else None) for r in snap.records}


# --- the real list ---------------------------------------------------------------------------


def test_the_houthis_are_listed_for_the_arms_embargo_alone(shipped: ListSnapshot) -> None:
    houthis = shipped.by_reference("YEe.001")
    assert houthis is not None
    assert houthis.scope.read == "named" and houthis.scope.measures == ["arms_embargo"]
    assert houthis.scope.since == {}
    # The source phrase is kept as the list writes it.
    assert houthis.scope.phrase == (
        "Listed pursuant to paragraph 5 of resolution 2624 (2022) as subject to the measures "
        "imposed by paragraph 14 of resolution 2216 (2015) (targeted arms embargo).")


def test_libya_records_under_one_measure_only(shipped: ListSnapshot) -> None:
    scopes = _scopes(shipped)
    travel_only = sorted(k for k, v in scopes.items() if v == ("named", ("travel_ban",)))
    freeze_only = sorted(k for k, v in scopes.items() if v == ("named", ("asset_freeze",)))
    both = sorted(k for k, v in scopes.items()
                  if v == ("named", ("asset_freeze", "travel_ban")))
    assert travel_only == ["LYi.001", "LYi.002", "LYi.003", "LYi.004", "LYi.005"]
    assert freeze_only == ["LYi.009", "LYi.019"]
    assert len(both) == 21 and all(k.startswith("LYi.") for k in both)


def test_an_asset_freeze_listed_later_than_the_record(shipped: ListSnapshot) -> None:
    """"Listed pursuant to paragraph 15 ... (Travel Ban). Listed on 17 March 2011 pursuant to
    paragraph 17 ... (Asset Freeze).": the freeze counts from its own day."""
    later = {r.reference: r.scope.since for r in shipped.records if r.scope.since}
    assert sorted(later) == ["LYi.006", "LYi.007", "LYi.008", "LYi.015", "LYi.016", "LYi.018"]
    assert set(map(str, later.values())) == {str({"asset_freeze": date(2011, 3, 17)})}
    dorda = shipped.by_reference("LYi.006")
    assert dorda is not None and dorda.listed_on == date(2011, 2, 26)
    assert dorda.scope.on(date(2011, 3, 16)) == ("travel_ban",)
    assert dorda.scope.on(date(2011, 3, 17)) == ("asset_freeze", "travel_ban")


def test_a_listing_sentence_without_measure_names_leaves_every_measure(
        shipped: ListSnapshot) -> None:
    scopes = _scopes(shipped)
    not_named = sorted(k for k, v in scopes.items() if v[0] == "not_named")
    # The LIA and LAFICO ("paragraph 17 of resolution 1973, as modified ..."), the DRC 2293 OP7
    # criteria, Guinea-Bissau's "paragraph 4 of resolution 2048", Somalia's criteria.
    assert {"LYe.001", "LYe.002"} <= set(not_named)
    assert {k[:2] for k in not_named} == {"LY", "CD", "GB", "SO"}
    assert all(scopes[k][1] is None for k in not_named)


def test_only_libya_and_yemen_records_are_narrowed(shipped: ListSnapshot) -> None:
    narrowed = {k for k, v in _scopes(shipped).items() if v[1] is not None}
    assert {k[:2] for k in narrowed} == {"LY", "YE"}
    assert len(narrowed) == 29  # 28 Libya individuals and the Houthis
    assert not any(v[0] == "unclear" for v in _scopes(shipped).values())


def test_the_mali_history_travel_ban_only_and_both() -> None:
    scopes = _scopes(read_consolidated(MALI))
    assert sorted(v[1] or () for v in scopes.values()) == (
        [("asset_freeze", "travel_ban")] * 5 + [("travel_ban",)] * 3)


# --- the wording -----------------------------------------------------------------------------


LISTED = date(2015, 1, 1)


def _scope(comments: str) -> tuple[str, list[str] | None]:
    s = listing_scope(basis(comments), LISTED)
    return s.read, s.measures


@pytest.mark.parametrize(("comments", "read", "measures"), [
    ("Listed pursuant to paragraph 15 of resolution 1970 (Travel Ban).", "named",
     ["travel_ban"]),
    ("Listed pursuant to paragraph 17 of resolution 1970 ( Asset Freeze).", "named",
     ["asset_freeze"]),
    ("Listed pursuant to paragraphs 15 and 17 of resolution 1970 (Travel Ban,Asset Freeze).",
     "named", ["asset_freeze", "travel_ban"]),
    ("Listed pursuant to paragraph 5 of resolution 2624 (2022) (targeted arms embargo).",
     "named", ["arms_embargo"]),
    # A parenthesis that mixes measure names with other words is not trusted to narrow.
    ("Listed pursuant to paragraph 15 of resolution 1970 (Travel Ban, pending review).",
     "unclear", None),
    # Two listing sentences, one naming a measure and one not: the other may add any.
    ("Listed pursuant to paragraph 15 of resolution 1970 (Travel Ban). Listed pursuant to "
     "paragraph 22 of resolution 1970.", "unclear", None),
    # A measure word outside a clean parenthesis: "subject to the measures" without names.
    ("Listed pursuant to paragraph 5 of resolution 2624 (2022) as subject to the arms embargo "
     "of resolution 2216.", "unclear", None),
    # The designation criterion, not the scope: "violating the arms embargo".
    ("Listed pursuant to paragraph 8(a) of resolution 1844 (2008) as “having acted in violation "
     "of the general and complete arms embargo”.", "not_named", None),
    ("Listed pursuant to paragraph 4 of resolution 2048 (2012).", "not_named", None),
    ("Leader of the movement. Has engaged in acts that threaten the peace.", "default", None),
    ("", "default", None),
])
def test_only_clear_wording_narrows(comments: str, read: str, measures: list[str] | None
                                    ) -> None:
    assert _scope(comments) == (read, measures)


def test_a_measure_listed_on_the_record_s_own_day_has_no_later_start() -> None:
    s = listing_scope(basis("Listed on 1 Jan. 2015 pursuant to paragraph 17 of resolution 1970 "
                            "(Asset Freeze)."), LISTED)
    assert s.measures == ["asset_freeze"] and s.since == {}


# --- snapshots -------------------------------------------------------------------------------


def test_a_snapshot_keeps_the_scope(shipped: ListSnapshot, tmp_path: Path) -> None:
    path = tmp_path / "snap.json"
    save_snapshot(shipped, path)
    assert load_snapshot(path).by_reference("YEe.001").scope.measures == ["arms_embargo"]


def test_a_snapshot_written_before_scopes_reads_them_from_the_basis(shipped: ListSnapshot,
                                                                     tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    save_snapshot(shipped, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    for record in data["records"]:
        del record["scope"]
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = load_snapshot(path)
    assert _scopes(loaded) == _scopes(shipped)
    assert loaded.by_reference("LYi.006").scope.since == {"asset_freeze": date(2011, 3, 17)}


# --- the screening step's marks and the rules' measure ---------------------------------------


@pytest.fixture(scope="module")
def designations(shipped: ListSnapshot) -> Designations:
    return Designations([shipped])


def _marks(designations: Designations, name: str, kind: str, day: str) -> dict[str, list[str]]:
    event = Event.model_validate({"id": "e", "type": "financial_transaction", "date": day,
                                  "parties": [{"role": "payee", "kind": kind, "name": name}]})
    return fact_keys(designations.hits(event))["parties[0]"]


def test_marks_carry_the_measures_on_the_day(designations: Designations) -> None:
    assert _marks(designations, "The Houthis", "entity", "2023-01-02") == {
        "des": ["yemen", "yemen/arms_embargo"], "pdes": []}
    assert _marks(designations, "Abu Zayd Umar Dorda", "individual", "2011-03-10") == {
        "des": ["libya", "libya/travel_ban"], "pdes": []}
    assert _marks(designations, "Abu Zayd Umar Dorda", "individual", "2011-03-17") == {
        "des": ["libya", "libya/asset_freeze", "libya/travel_ban"], "pdes": []}
    assert _marks(designations, "Libyan Investment Authority", "entity", "2023-01-02") == {
        "des": ["libya", "libya/*"], "pdes": []}


def test_a_rule_with_a_measure_asks_for_it() -> None:
    book = load_rulebook(default_rules_path())
    rules = {r.id: r for r in book.rules}
    assert rules["yemen.assetfreeze"].measure == "asset_freeze"
    assert rules["yemen.arms"].measure == "arms_embargo"
    assert rules["libya.travelban"].measure == "travel_ban"
    (test,) = [c for scoped in rules["yemen.arms"].conditions if isinstance(scoped, Scoped)
               for c in scoped.conditions
               if isinstance(c, RuleTest) and c.field.kind == "designation"]
    assert test.value == marks_for("yemen", "arms_embargo") == ("yemen/arms_embargo", "yemen/*")
    assert test.shown == ["yemen"]  # the rule as written, for the explanation


def test_every_targeted_measure_rule_names_its_measure() -> None:
    """An asset-freeze, travel-ban or targeted-arms rule that tests a designation says which
    measure it applies, or a record listed for another measure alone would reach it."""
    book = load_rulebook(default_rules_path())

    def designated(conds: tuple[object, ...]) -> bool:
        return any((isinstance(c, RuleTest) and c.field.kind == "designation")
                   or (isinstance(c, Scoped) and designated(c.conditions)) for c in conds)

    for rule in book.rules:
        if not (designated(rule.conditions)
                or any(designated(s.conditions) for s in rule.stages)):
            continue
        kind = ("asset_freeze" if ".assetfreeze" in rule.id else
                "travel_ban" if ".travelban" in rule.id else
                "arms_embargo" if ".arms" in rule.id else None)
        assert rule.measure == kind, f"{rule.id}: measure {rule.measure}, expected {kind}"


def test_a_weak_full_record_next_to_a_strong_narrow_one_is_a_review() -> None:
    """A payee strongly matching a record listed for the arms embargo alone and weakly one
    listed for every measure: the asset freeze is a review (the weak record), never silent,
    and the explanation names the regime."""
    from sanctions_engine import Engine
    from sanctions_engine.findings.explain import evaluate_all
    from sanctions_engine.matching.facts import to_fact

    engine = Engine.load()
    rule = next(r for r in engine.rulebook.rules if r.id == "yemen.assetfreeze")
    event = Event.model_validate({"id": "e", "type": "financial_transaction",
                                  "date": "2023-01-02",
                                  "parties": [{"role": "payee", "kind": "entity", "name": "X"}]})
    marks = {"parties[0]": {"des": ["yemen", "yemen/arms_embargo"], "pdes": ["yemen/*"]}}
    fact = to_fact(event, engine.rulebook.taxonomy, "", marks)
    stage = rule.stages[0]
    main, _ = evaluate_all(rule.conditions + stage.conditions, fact, event)
    assert not main  # the strong record does not carry the freeze
    (test,) = [c for s in rule.conditions for c in getattr(s, "conditions", ())
               if isinstance(c, RuleTest) and c.field.kind == "designation"]
    review, checks = evaluate_all(rule.conditions + stage.conditions, fact, event, test)
    assert review
    assert checks[-1].note == "only a weak match on the yemen list"


def test_rules_show_names_the_measure(capsys: pytest.CaptureFixture[str]) -> None:
    from sanctions_engine.cli import main

    assert main(["rules", "show", "libya.travelban"]) == 0
    assert "list measure travel_ban (only records listed for it)" in capsys.readouterr().out
