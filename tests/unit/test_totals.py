"""Totals toward caps (``sanctions_engine.totals``): periods, measuring, adding up, the state file.

Periods and conversion factors are those of the shipped ``rules/dprk/caps.yaml`` (loaded, not
compiled); ``add_up`` is fed hand-made contributions so that each test states its own figures.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sanctions_engine import Engine, StateError
from sanctions_engine.events.model import Event
from sanctions_engine.findings.state import (
    STATE_FORMAT,
    STATE_VERSION,
    Contribution,
    TotalsState,
    add_up,
    equivalences,
    measure,
    measure_all,
)
from sanctions_engine.pipeline import default_rules_path
from sanctions_engine.rulebook.loader import Rulebook, load_rulebook
from sanctions_engine.rulebook.spec import Cap, Period

PETROLEUM = "dprk.refined_petroleum.cap"
CRUDE = "dprk.crude.cap"
COAL = "dprk.coal.cap"
D = Decimal


@pytest.fixture(scope="module")
def rulebook() -> Rulebook:
    """The shipped rulebook, loaded and checked but not compiled."""
    return load_rulebook(default_rules_path())


@pytest.fixture(scope="module")
def caps(rulebook: Rulebook) -> dict[str, Cap]:
    return {cap.rule.id: cap for cap in rulebook.caps}


def _day(text: str) -> date:
    return date.fromisoformat(text)


def _window(cap: Cap, day: date) -> tuple[date, date | None] | None:
    """The period window of the cap's periods that contains ``day`` (the engine's lookup)."""
    found = [w for p in cap.periods if (w := p.window(day)) is not None]
    assert len(found) <= 1, f"periods of {cap.rule.id} overlap on {day}: {found}"
    return found[0] if found else None


def contribution(cap: Cap, day: str, event_id: str, amount: str | int, unit: str = "barrels",
                 *, batch: int = 1, position: int = 1, **more: str | int) -> Contribution:
    """One event's contribution, in the period the cap gives its date."""
    window = _window(cap, _day(day))
    assert window is not None, f"{day} is in no period of {cap.rule.id}"
    quantities = {unit: str(amount), **{u: str(a) for u, a in more.items()}}
    return Contribution(cap.rule.id, window[0].isoformat(),
                        window[1].isoformat() if window[1] else None, event_id, day,
                        quantities, batch, position)


def event(*items: dict[str, Any], day: str = "2018-03-01") -> Event:
    return Event.model_validate({"id": "e1", "type": "transfer", "date": day, "origin": "CN",
                                 "destination": "KP", "items": list(items)})


# --- Period.window ------------------------------------------------------------------------


class TestPeriodWindow:
    def test_calendar_years_from_2018(self, caps: dict[str, Cap]) -> None:
        yearly = caps[PETROLEUM].periods[1]
        assert yearly.every == "year"
        assert yearly.window(_day("2018-01-01")) == (_day("2018-01-01"), _day("2018-12-31"))
        assert yearly.window(_day("2018-12-31")) == (_day("2018-01-01"), _day("2018-12-31"))
        assert yearly.window(_day("2019-01-01")) == (_day("2019-01-01"), _day("2019-12-31"))
        assert yearly.window(_day("2024-02-29")) == (_day("2024-01-01"), _day("2024-12-31"))
        assert yearly.window(_day("2017-12-31")) is None

    def test_the_2375_quarter_is_a_fixed_period(self, caps: dict[str, Cap]) -> None:
        quarter = caps[PETROLEUM].periods[0]
        assert quarter.every is None
        assert quarter.window(_day("2017-09-30")) is None
        assert quarter.window(_day("2017-10-01")) == (_day("2017-10-01"), _day("2017-12-31"))
        assert quarter.window(_day("2017-12-31")) == (_day("2017-10-01"), _day("2017-12-31"))
        assert quarter.window(_day("2018-01-01")) is None

    @pytest.mark.parametrize(("day", "expected"), [
        ("2017-12-21", None),                                  # the day before 2397
        ("2017-12-22", ("2017-12-22", "2018-12-21")),          # adoption of 2397
        ("2018-06-30", ("2017-12-22", "2018-12-21")),
        ("2018-12-21", ("2017-12-22", "2018-12-21")),          # the day before the anniversary
        ("2018-12-22", ("2018-12-22", "2019-12-21")),          # the anniversary
        ("2019-01-01", ("2018-12-22", "2019-12-21")),
        ("2024-02-29", ("2023-12-22", "2024-12-21")),
    ])
    def test_twelve_months_from_22_december(self, caps: dict[str, Cap], day: str,
                                            expected: tuple[str, str] | None) -> None:
        (period,) = caps[CRUDE].periods
        want = None if expected is None else (_day(expected[0]), _day(expected[1]))
        assert period.window(_day(day)) == want

    @pytest.mark.parametrize(("day", "expected"), [
        ("2016-11-29", None),
        ("2016-11-30", ("2016-11-30", "2016-12-31")),
        ("2016-12-31", ("2016-11-30", "2016-12-31")),
        ("2017-01-01", ("2017-01-01", "2017-08-04")),
        ("2017-08-04", ("2017-01-01", "2017-08-04")),          # the last day before the 2371 ban
        ("2017-08-05", None),
        ("2018-01-01", None),
    ])
    def test_coal_fixed_periods(self, caps: dict[str, Cap], day: str,
                                expected: tuple[str, str] | None) -> None:
        want = None if expected is None else (_day(expected[0]), _day(expected[1]))
        assert _window(caps[COAL], _day(day)) == want

    def test_a_recurring_period_is_cut_at_its_end(self) -> None:
        period = Period(_day("2018-01-01"), _day("2019-06-30"), "year",
                        ((D(10), "barrels"),), ())
        assert period.window(_day("2019-03-01")) == (_day("2019-01-01"), _day("2019-06-30"))
        assert period.window(_day("2019-06-30")) == (_day("2019-01-01"), _day("2019-06-30"))
        assert period.window(_day("2019-07-01")) is None

    @pytest.mark.parametrize("cap_id", [PETROLEUM, CRUDE, COAL])
    def test_every_day_lies_in_at_most_one_period_and_windows_tile(
            self, caps: dict[str, Cap], cap_id: str) -> None:
        """From the first period on, consecutive days are in the same window or the next one
        starts the day after the previous ends."""
        cap = caps[cap_id]
        day = min(p.start for p in cap.periods)
        previous = _window(cap, day)
        while day < date(2021, 1, 1):
            day += timedelta(days=1)
            current = _window(cap, day)
            if previous is not None and current is not None and current != previous:
                assert previous[1] is not None
                assert current[0] == previous[1] + timedelta(days=1), (cap_id, day)
                assert current[0] == day
            if current is not None:
                assert current[0] <= day and (current[1] is None or day <= current[1])
            previous = current


# --- measure ------------------------------------------------------------------------------


class TestMeasure:
    @pytest.mark.parametrize(("quantity", "unit", "barrels"), [
        ("1000", "barrels", "1000"),
        ("1000", "m3", "6289.8"),          # 6.2898 barrels per m3
        ("1000000", "l", "6289.8"),        # 0.0062898 barrels per litre
        ("1000", "t", "7330"),             # 7.33 barrels per tonne
        ("1000000", "kg", "7330"),
    ])
    def test_refined_petroleum_in_barrels(self, rulebook: Rulebook, caps: dict[str, Cap],
                                          quantity: str, unit: str, barrels: str) -> None:
        ev = event({"category": "refined_petroleum", "quantity": quantity, "unit": unit})
        amounts, problems = measure(caps[PETROLEUM], ev, rulebook.taxonomy, ["barrels"])
        assert problems == []
        assert amounts == {"barrels": D(barrels)}

    def test_crude_counts_in_barrels_and_tonnes(self, rulebook: Rulebook,
                                                caps: dict[str, Cap]) -> None:
        ev = event({"category": "crude_oil", "quantity": "100000", "unit": "m3"})
        amounts, problems = measure(caps[CRUDE], ev, rulebook.taxonomy, ["barrels", "t"])
        assert problems == []
        assert amounts == {"barrels": D("628980"), "t": D("85800")}

    def test_several_counted_items_add_up_and_others_are_ignored(
            self, rulebook: Rulebook, caps: dict[str, Cap]) -> None:
        ev = event({"category": "refined_petroleum", "quantity": "100", "unit": "barrels"},
                   {"category": "food", "quantity": "5", "unit": "each"},
                   {"category": "refined_petroleum", "quantity": "10", "unit": "m3"})
        amounts, problems = measure(caps[PETROLEUM], ev, rulebook.taxonomy, ["barrels"])
        assert problems == []
        assert amounts == {"barrels": D("162.898")}

    def test_missing_quantity_names_the_field(self, rulebook: Rulebook,
                                              caps: dict[str, Cap]) -> None:
        ev = event({"category": "food", "quantity": "5", "unit": "each"},
                   {"category": "refined_petroleum", "description": "diesel"})
        amounts, problems = measure(caps[PETROLEUM], ev, rulebook.taxonomy, ["barrels"])
        assert amounts == {}
        assert problems == ["items[1].quantity is missing"]

    @pytest.mark.parametrize("unit", ["each", None])
    def test_unknown_or_no_unit_cannot_be_converted(self, rulebook: Rulebook,
                                                    caps: dict[str, Cap],
                                                    unit: str | None) -> None:
        item: dict[str, Any] = {"category": "refined_petroleum", "quantity": "3"}
        if unit is not None:
            item["unit"] = unit
        amounts, problems = measure(caps[PETROLEUM], event(item), rulebook.taxonomy,
                                    ["barrels"])
        assert amounts == {}
        assert len(problems) == 1
        assert problems[0].startswith("items[0].quantity in ")
        assert (unit or "no unit") in problems[0]
        assert "cannot be converted to barrels" in problems[0]

    def test_litres_of_crude_have_no_factor(self, rulebook: Rulebook,
                                            caps: dict[str, Cap]) -> None:
        ev = event({"category": "crude_oil", "quantity": "1000", "unit": "l"})
        amounts, problems = measure(caps[CRUDE], ev, rulebook.taxonomy, ["barrels", "t"])
        assert amounts == {}
        assert problems == [
            "items[0].quantity in l cannot be converted to barrels (no factor in the rule)",
            "items[0].quantity in l cannot be converted to t (no factor in the rule)",
        ]

    def test_coal_value_in_usd_and_tonnes(self, rulebook: Rulebook,
                                          caps: dict[str, Cap]) -> None:
        ev = event({"category": "coal", "quantity": "2000000", "unit": "kg",
                    "value": {"value": "150000", "currency": "USD"}}, day="2017-03-01")
        amounts, problems = measure(caps[COAL], ev, rulebook.taxonomy, ["USD", "t"])
        assert problems == []
        assert amounts == {"USD": D("150000"), "t": D("2000")}

    @pytest.mark.parametrize(("value", "found"), [
        ({"value": "150000", "currency": "CNY"}, "CNY"),
        (None, "none"),
    ])
    def test_coal_value_in_another_currency_or_none_is_a_problem(
            self, rulebook: Rulebook, caps: dict[str, Cap], value: dict[str, str] | None,
            found: str) -> None:
        item: dict[str, Any] = {"category": "coal", "quantity": "2000", "unit": "t"}
        if value is not None:
            item["value"] = value
        amounts, problems = measure(caps[COAL], event(item, day="2017-03-01"),
                                    rulebook.taxonomy, ["USD", "t"])
        assert amounts == {"t": D("2000")}            # the tonnes still count
        assert problems == [f"items[0].value is needed in USD (found {found})"]


# --- add_up -------------------------------------------------------------------------------


def _summary(crossings: list[Any], totals: list[Any]) -> tuple[Any, Any]:
    """What add_up decided, independent of list positions (for comparing orders)."""
    return (
        [(c.contribution.event_id, c.unit, c.limit, c.total, c.first,
          [(h.event_id, run) for h, run in c.history]) for c in crossings],
        [(t.cap_id, t.period_from, t.period_until, t.unit, t.total, t.limit, t.events)
         for t in totals],
    )


class TestAddUp:
    def test_exactly_at_the_cap_is_not_over(self, caps: dict[str, Cap]) -> None:
        cap = caps[PETROLEUM]
        crossings, totals = add_up(caps, [contribution(cap, "2018-02-01", "a", 300000),
                                          contribution(cap, "2018-03-01", "b", 200000)])
        assert crossings == []
        (total,) = totals
        assert (total.total, total.limit, total.events, total.share) == (
            D(500000), D(500000), 2, 100.0)

    def test_just_over_the_cap_is_a_crossing_and_later_events_add_to_it(
            self, caps: dict[str, Cap]) -> None:
        cap = caps[PETROLEUM]
        crossings, _ = add_up(caps, [contribution(cap, "2018-02-01", "a", 300000),
                                     contribution(cap, "2018-03-01", "b", 200000),
                                     contribution(cap, "2018-04-01", "c", "0.001"),
                                     contribution(cap, "2018-05-01", "d", 10)])
        assert [(c.contribution.event_id, c.total, c.first) for c in crossings] == [
            ("c", D("500000.001"), True), ("d", D("500010.001"), False)]
        assert [(h.event_id, run) for h, run in crossings[0].history] == [
            ("a", D(300000)), ("b", D(500000)), ("c", D("500000.001"))]
        assert crossings[0].limit == D(500000) and crossings[0].unit == "barrels"

    def test_the_total_resets_at_the_period_boundary(self, caps: dict[str, Cap]) -> None:
        cap = caps[PETROLEUM]
        crossings, totals = add_up(caps, [
            contribution(cap, "2017-12-31", "q4", 450000),
            contribution(cap, "2018-12-31", "y18", 450000),
            contribution(cap, "2018-01-01", "y18a", 40000),
            contribution(cap, "2019-01-01", "y19", 450000),
        ])
        assert crossings == []
        assert [(t.period_from, t.period_until, t.total) for t in totals] == [
            ("2017-10-01", "2017-12-31", D(450000)),
            ("2018-01-01", "2018-12-31", D(490000)),
            ("2019-01-01", "2019-12-31", D(450000)),
        ]

    def test_crude_resets_on_22_december(self, caps: dict[str, Cap]) -> None:
        cap = caps[CRUDE]
        crossings, totals = add_up(caps, [
            contribution(cap, "2018-12-21", "before", 400000, "t"),
            contribution(cap, "2018-12-22", "anniversary", 400000, "t"),
        ])
        assert crossings == []
        assert [(t.period_from, t.total) for t in totals if t.unit == "t"] == [
            ("2017-12-22", D(400000)), ("2018-12-22", D(400000))]

    def test_order_of_the_input_does_not_matter(self, caps: dict[str, Cap]) -> None:
        cap = caps[PETROLEUM]
        rng = random.Random(3)
        batch = [contribution(cap, (date(2018, 1, 1) + timedelta(days=rng.randrange(730))
                                    ).isoformat(), f"e{n:02d}", rng.randrange(10000, 90000),
                              position=n)
                 for n in range(40)]
        # two events on the same day: ties are broken by event id, not by input position
        batch += [contribution(cap, "2018-06-01", "tie-b", 50000, position=40),
                  contribution(cap, "2018-06-01", "tie-a", 50000, position=41)]
        expected = _summary(*add_up(caps, batch))
        assert expected[0], "the batch was meant to cross the cap"
        for _ in range(10):
            shuffled = batch[:]
            rng.shuffle(shuffled)
            assert _summary(*add_up(caps, shuffled)) == expected

    def test_contributions_from_the_state_are_counted_but_not_judged_again(
            self, caps: dict[str, Cap]) -> None:
        cap = caps[PETROLEUM]
        prior = [contribution(cap, "2018-01-10", "old1", 400000, batch=0, position=0),
                 contribution(cap, "2018-02-10", "old2", 200000, batch=0, position=0)]
        crossings, totals = add_up(caps, prior)
        assert crossings == []              # already judged in their own batch
        assert totals[0].total == D(600000)
        crossings, _ = add_up(caps, [*prior, contribution(cap, "2018-03-10", "new", 1)])
        assert [(c.contribution.event_id, c.first) for c in crossings] == [("new", False)]

    def test_each_limit_is_its_own_running_total(self, caps: dict[str, Cap]) -> None:
        cap = caps[COAL]
        crossings, totals = add_up(caps, [
            contribution(cap, "2017-02-01", "c1", 4000000, "t", USD=100000000),
            contribution(cap, "2017-03-01", "c2", 1000000, "t", USD=300870019),
        ])
        assert [(c.contribution.event_id, c.unit, c.total) for c in crossings] == [
            ("c2", "USD", D(400870019))]
        assert {t.unit: (t.total, t.limit) for t in totals} == {
            "USD": (D(400870019), D(400870018)), "t": (D(5000000), D(7500000))}

    def test_a_contribution_without_the_unit_is_left_out_of_that_total(
            self, caps: dict[str, Cap]) -> None:
        cap = caps[COAL]
        c1 = contribution(cap, "2017-02-01", "c1", 1000, "t")            # no USD value
        crossings, totals = add_up(caps, [c1])
        assert crossings == []
        assert {t.unit: t.events for t in totals} == {"USD": 0, "t": 1}

    @pytest.mark.parametrize(("total", "share"), [
        (465000, 93.0), (0, 0.0), (500000, 100.0), (1, 0.0), (750000, 150.0), (123456, 24.7)])
    def test_share_in_percent(self, caps: dict[str, Cap], total: int, share: float) -> None:
        cap = caps[PETROLEUM]
        _, (t,) = add_up(caps, [contribution(cap, "2018-05-01", "a", total)])
        assert t.share == share


# --- TotalsState --------------------------------------------------------------------------


def _contributions(caps: dict[str, Cap]) -> list[Contribution]:
    return [contribution(caps[PETROLEUM], "2018-03-01", "p2", "250000.5", position=2),
            contribution(caps[PETROLEUM], "2018-01-01", "p1", 100000, position=1),
            contribution(caps[CRUDE], "2018-12-22", "k1", 1000, "t", barrels="7330", position=3),
            contribution(caps[COAL], "2017-01-05", "c1", 10, "t", USD=999, position=4)]


class TestTotalsState:
    FP = "sha256:" + "1" * 64

    def test_a_missing_file_is_an_empty_state(self, tmp_path: Path) -> None:
        state = TotalsState.load(tmp_path / "none.json", self.FP)
        assert state.contributions == [] and state.fingerprint == self.FP
        assert not (tmp_path / "none.json").exists()

    def test_round_trip(self, tmp_path: Path, caps: dict[str, Cap]) -> None:
        path = tmp_path / "state.json"
        TotalsState(self.FP, _contributions(caps)).save(path)
        loaded = TotalsState.load(path, self.FP)
        expected = sorted((dataclasses.replace(c, batch=0, position=0)
                           for c in _contributions(caps)),
                          key=lambda c: (c.cap_id, c.period_from, c.date, c.event_id))
        assert loaded.contributions == expected
        assert all(c.batch == 0 for c in loaded.contributions)
        # what add_up makes of it is unchanged by the trip (totals; no crossings to judge)
        assert add_up(caps, loaded.contributions)[1] == add_up(
            caps, [dataclasses.replace(c, batch=0) for c in _contributions(caps)])[1]

    def test_the_file_is_json_and_deterministic(self, tmp_path: Path,
                                                caps: dict[str, Cap]) -> None:
        one, two = tmp_path / "one.json", tmp_path / "two.json"
        TotalsState(self.FP, _contributions(caps)).save(one)
        TotalsState(self.FP, list(reversed(_contributions(caps)))).save(two)
        assert one.read_bytes() == two.read_bytes()
        data = json.loads(one.read_text(encoding="utf-8"))
        assert data["format"] == STATE_FORMAT and data["version"] == STATE_VERSION
        assert data["rulebook"] == self.FP
        assert len(data["contributions"]) == 4
        assert data["contributions"][0]["quantities"] == {"t": "10", "USD": "999"}
        assert one.read_text(encoding="utf-8").endswith("\n")
        assert sorted(p.name for p in tmp_path.iterdir()) == ["one.json", "two.json"]

    def test_saving_again_gives_the_same_bytes(self, tmp_path: Path,
                                               caps: dict[str, Cap]) -> None:
        path = tmp_path / "state.json"
        TotalsState(self.FP, _contributions(caps)).save(path)
        first = path.read_bytes()
        TotalsState.load(path, self.FP).save(path)
        assert path.read_bytes() == first

    def _refused(self, path: Path, fingerprint: str, *said: str) -> None:
        before = path.read_bytes()
        with pytest.raises(StateError) as info:
            TotalsState.load(path, fingerprint)
        message = str(info.value)
        assert str(path) in message
        for text in said:
            assert text in message, message
        assert path.read_bytes() == before

    def test_another_rulebook_is_refused(self, tmp_path: Path, caps: dict[str, Cap]) -> None:
        path = tmp_path / "state.json"
        TotalsState(self.FP, _contributions(caps)).save(path)
        self._refused(path, "sha256:" + "2" * 64, f"written for rulebook {self.FP}",
                      "start a new state file")

    @pytest.mark.parametrize("text", [
        '{"format": "sanctions-engine-state", "version": 1, "rulebook": "sha',   # cut short
        "",
        "not json at all\n",
        "[1, 2, 3]\n",
        '{"format": "sanctions-engine-state", "version": 1}\n',                 # no contributions
        '{"format": "sanctions-engine-state", "version": 1, "rulebook": "x", '
        '"contributions": [{"cap_id": "dprk.coal.cap"}]}\n',                     # half a row
        '{"format": "sanctions-engine-state", "version": 1, "rulebook": "x", '
        '"contributions": [7]}\n',
    ])
    def test_a_corrupt_file_is_refused(self, tmp_path: Path, text: str) -> None:
        path = tmp_path / "state.json"
        path.write_text(text, encoding="utf-8")
        self._refused(path, self.FP, "cannot use this state file")

    @pytest.mark.parametrize(("change", "said"), [
        ({"version": 2}, "version 1"),
        ({"version": "1"}, "version 1"),
        ({"format": "something-else"}, STATE_FORMAT),
    ])
    def test_another_format_or_version_is_refused(self, tmp_path: Path, caps: dict[str, Cap],
                                                  change: dict[str, Any], said: str) -> None:
        path = tmp_path / "state.json"
        TotalsState(self.FP, _contributions(caps)).save(path)
        data = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps(data | change), encoding="utf-8")
        self._refused(path, self.FP, "cannot use this state file", said)

    @pytest.mark.parametrize("fail", ["fsync", "replace"])
    def test_a_crash_while_saving_leaves_the_old_file(
            self, tmp_path: Path, caps: dict[str, Cap], monkeypatch: pytest.MonkeyPatch,
            fail: str) -> None:
        path = tmp_path / "state.json"
        TotalsState(self.FP, _contributions(caps)[:1]).save(path)
        before = path.read_bytes()

        def crash(*args: Any) -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr(os, fail, crash)
        with pytest.raises(KeyboardInterrupt):
            TotalsState(self.FP, _contributions(caps)).save(path)
        monkeypatch.undo()
        assert path.read_bytes() == before
        assert [p.name for p in tmp_path.iterdir()] == ["state.json"]   # no temporary left

    def test_the_engine_refuses_a_state_of_another_rulebook(self, engine: Engine) -> None:
        state = TotalsState("sha256:" + "0" * 64)
        with pytest.raises(StateError, match="another rulebook"):
            engine.check([], state=state)


# --- the engine carrying a state between batches (without a file) -------------------------


_NOTIFIED = [{"type": "notification", "issued_by": "China", "addressed_to": "1718 Committee",
              "date": "2018-12-30"}]


def _supply(event_id: str, day: str, barrels: int) -> dict[str, Any]:
    return {"id": event_id, "type": "transfer", "date": day, "origin": "CN",
            "destination": "KP", "authorizations": _NOTIFIED,
            "items": [{"category": "refined_petroleum", "quantity": barrels,
                       "unit": "barrels"}]}


@pytest.fixture(scope="module")
def shipped_engine() -> Engine:
    return Engine.load()


def _cap_findings(report: Any) -> list[tuple[str, str]]:
    return [(f.event_ids[0], f.severity) for f in report.findings if f.rule_id == PETROLEUM]


def test_a_state_kept_in_memory_between_batches(shipped_engine: Engine) -> None:
    state = shipped_engine.new_state()
    first = shipped_engine.check([_supply("a", "2018-03-01", 400000),
                                  _supply("b", "2018-04-01", 200000)], state=state)
    assert _cap_findings(first) == [("b", "violation")]
    second = shipped_engine.check([_supply("c", "2018-05-01", 1)], state=state)
    assert _cap_findings(second) == [("c", "violation")]


def test_a_late_event_that_takes_the_period_over_the_cap_is_a_finding(
        shipped_engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    fingerprint = shipped_engine.rulebook.fingerprint
    state = TotalsState.load(path, fingerprint)
    first = shipped_engine.check([_supply("a", "2018-03-01", 300000),
                                  _supply("b", "2018-05-01", 150000)], state=state)
    state.save(path)
    assert _cap_findings(first) == []
    state = TotalsState.load(path, fingerprint)
    late = shipped_engine.check([_supply("c", "2018-02-01", 100000)], state=state)
    assert [t.total for t in late.totals] == [550000]
    # b, of the first batch, is now over the cap; it is named, with the whole history
    assert _cap_findings(late) == [("b", "violation")]
    (finding,) = [f for f in late.findings if f.rule_id == PETROLEUM]
    assert "from an earlier batch" in finding.explanation.text
    assert [(c.event_id, c.running_total) for c in finding.explanation.contributions] == [
        ("c", 100000), ("a", 400000), ("b", 550000)]
    # a third batch does not report b again
    state.save(path)
    state = TotalsState.load(path, fingerprint)
    third = shipped_engine.check([_supply("d", "2018-01-15", 0)], state=state)
    assert _cap_findings(third) == []


def test_the_same_batch_checked_twice_is_not_counted_twice(shipped_engine: Engine,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    fingerprint = shipped_engine.rulebook.fingerprint
    for _ in range(2):
        state = TotalsState.load(path, fingerprint)
        report = shipped_engine.check([_supply("a", "2018-03-01", 300000)], state=state)
        state.save(path)
        assert _cap_findings(report) == []
        assert [t.total for t in report.totals] == [300000]


@pytest.mark.parametrize("change", [{"quantities": {"barrels": "lots"}},
                                    {"cap_id": "dprk.gone.cap"}])
def test_a_state_row_that_cannot_be_added_up_is_refused(
        tmp_path: Path, caps: dict[str, Cap], change: dict[str, Any]) -> None:
    fingerprint = "sha256:" + "1" * 64
    path = tmp_path / "state.json"
    TotalsState(fingerprint, [contribution(caps[PETROLEUM], "2018-01-05", "x", 1)]).save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["contributions"][0].update(change)
    path.write_text(json.dumps(data), encoding="utf-8")
    before = path.read_bytes()
    try:
        state = TotalsState.load(path, fingerprint)
        add_up(caps, state.contributions)
    except StateError:
        assert path.read_bytes() == before
        return
    pytest.fail("the state file was accepted")


# --- links across batches -------------------------------------------------------------------

_STS = {"id": "sts-1", "type": "ship_to_ship_transfer", "date": "2018-01-20",
        "location": {"area": "East China Sea"}, "items": [{"category": "refined_petroleum"}],
        "vessels": [{"name": "RYE SONG GANG 1", "flag": "KP", "role": "receiving"},
                    {"name": "YUK TUNG", "imo": "9180834", "flag": "KM", "role": "delivering"}]}
_PORT = {"id": "port-1", "type": "port_call", "date": "2018-03-02",
         "location": {"country": "CN", "port": "Ningbo"},
         "vessels": [{"name": "YUK TUNG", "imo": "9180834", "flag": "KM"}]}


def _impound(report: Any) -> list[Any]:
    return [f for f in report.findings if f.rule_id == "dprk.maritime.impound"]


def test_a_link_reaches_back_into_an_earlier_batch(shipped_engine: Engine,
                                                   tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    state = TotalsState.load(path, shipped_engine.rulebook.fingerprint)
    assert not _impound(shipped_engine.check([_STS], state=state))
    state.save(path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert [(f["event_id"], f["vessels"][0][0]) for f in saved["links"]] == [
        ("sts-1", ["imo", "9180834"])]
    state = TotalsState.load(path, shipped_engine.rulebook.fingerprint)
    (finding,) = _impound(shipped_engine.check([_PORT], state=state))
    assert [(c.event_id, c.vessel) for c in finding.explanation.chain] == [
        ("sts-1", "YUK TUNG, IMO 9180834, flag KM"), ("port-1", "YUK TUNG, IMO 9180834, flag KM")]
    assert "an earlier batch" in finding.explanation.text
    # Without the state the port call alone is no finding.
    assert not _impound(shipped_engine.check([_PORT]))


def test_a_link_first_checked_again_replaces_its_state_row(shipped_engine: Engine) -> None:
    state = shipped_engine.new_state()
    shipped_engine.check([_STS], state=state)
    shipped_engine.check([_STS], state=state)
    assert [f.event_id for f in state.links] == ["sts-1"]
    later = dict(_STS, date="2018-04-01")  # the same event, corrected: now after the port call
    shipped_engine.check([later], state=state)
    assert not _impound(shipped_engine.check([_PORT], state=state))


def test_a_state_file_without_links_still_loads(shipped_engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"format": "sanctions-engine-state", "version": 1,
                                "rulebook": shipped_engine.rulebook.fingerprint,
                                "contributions": []}), encoding="utf-8")
    assert TotalsState.load(path, shipped_engine.rulebook.fingerprint).links == []


# --- conversions the cap cannot rely on -------------------------------------------------------


class TestUncertainConversions:
    """A crossing that appears only after an unconfirmed conversion, or one that contradicts the
    cap's own equivalence (2397 OP4: 4,000,000 barrels or 525,000 tonnes), is not certain."""

    def test_the_cap_s_own_equivalence(self, caps: dict[str, Cap]) -> None:
        limits = caps[CRUDE].periods[0].limits
        eq = equivalences(limits)
        assert round(eq[("t", "barrels")], 3) == D("7.619")
        assert eq[("barrels", "t")] == D("0.13125")

    def test_measured_in_its_own_unit_is_certain(self, rulebook: Rulebook,
                                                  caps: dict[str, Cap]) -> None:
        cap = caps[CRUDE]
        ev = event({"category": "crude_oil", "quantity": "1000", "unit": "barrels"})
        amounts, problems, uncertain, why = measure_all(
            cap, ev, rulebook.taxonomy, ["barrels", "t"], cap.periods[0].limits)
        assert problems == [] and amounts == {"barrels": D(1000), "t": D("136.4")}
        assert uncertain == {"t": D("136.4")}  # 0.1364 is unconfirmed and off 0.13125
        assert "unconfirmed" in why["t"] and "0.1312" in why["t"]

    def test_a_verified_factor_on_a_one_unit_cap_is_certain(self, rulebook: Rulebook,
                                                            caps: dict[str, Cap]) -> None:
        cap = caps[PETROLEUM]
        ev = event({"category": "refined_petroleum", "quantity": "1000", "unit": "m3"})
        _, _, uncertain, why = measure_all(cap, ev, rulebook.taxonomy, ["barrels"],
                                           cap.periods[-1].limits)
        assert uncertain == {} and why == {}

    def test_an_unconfirmed_factor_is_uncertain(self, rulebook: Rulebook,
                                                caps: dict[str, Cap]) -> None:
        cap = caps[PETROLEUM]
        ev = event({"category": "refined_petroleum", "quantity": "1000", "unit": "t"})
        _, _, uncertain, why = measure_all(cap, ev, rulebook.taxonomy, ["barrels"],
                                           cap.periods[-1].limits)
        assert uncertain == {"barrels": D(7330)} and "(unconfirmed)" in why["barrels"]

    def test_a_crossing_only_after_the_conversion_is_not_certain(self,
                                                                caps: dict[str, Cap]) -> None:
        cap = caps[PETROLEUM]
        measured = contribution(cap, "2018-02-01", "m", 499000)
        converted = dataclasses.replace(contribution(cap, "2018-03-01", "c", 7330),
                                        uncertain={"barrels": "7330"},
                                        why={"barrels": "t converted to barrels at 7.33"})
        (crossing,), _ = add_up(caps, [measured, converted])
        assert crossing.total == D(506330) and crossing.sure == D(499000)
        assert not crossing.certain
        assert crossing.doubts == ("t converted to barrels at 7.33 for c",)
        assert crossing.levels == (("barrels", D(499000), D(500000)),)

    def test_a_crossing_on_measured_quantities_is_certain(self, caps: dict[str, Cap]) -> None:
        cap = caps[PETROLEUM]
        (crossing,), _ = add_up(caps, [contribution(cap, "2018-02-01", "m", 499000),
                                       contribution(cap, "2018-03-01", "n", 2000)])
        assert crossing.certain and crossing.doubts == ()

    def test_the_state_keeps_uncertain_parts_and_old_rows_load(self, tmp_path: Path,
                                                               caps: dict[str, Cap]) -> None:
        cap = caps[PETROLEUM]
        row = dataclasses.replace(contribution(cap, "2018-03-01", "c", 7330),
                                  uncertain={"barrels": "7330"}, why={"barrels": "t at 7.33"})
        plain = contribution(cap, "2018-02-01", "m", 10)
        path = tmp_path / "state.json"
        TotalsState("sha256:x", [row, plain]).save(path)
        text = path.read_text(encoding="utf-8")
        assert text.count('"uncertain"') == 1  # a row without doubt is written as before
        loaded = TotalsState.load(path, "sha256:x")
        assert {c.event_id: c.uncertain for c in loaded.contributions} == {
            "c": {"barrels": "7330"}, "m": {}}

    def test_a_spark_row_keeps_the_uncertain_part(self, caps: dict[str, Cap]) -> None:
        """The Spark runner's contribution rows carry the doubt too; a row without one is
        written as before (the quantities alone)."""
        from sanctions_engine.spark._judge import amounts_json, contribution_of
        cap = caps[PETROLEUM]
        doubted = dataclasses.replace(contribution(cap, "2018-03-01", "c", 7330),
                                      uncertain={"barrels": "7330"}, why={"barrels": "t at 7.33"})
        plain = contribution(cap, "2018-02-01", "m", 10)
        assert json.loads(amounts_json(plain)) == plain.quantities
        for c in (doubted, plain):
            row = {"cap_id": c.cap_id, "period_from": c.period_from,
                   "period_until": c.period_until, "event_id": c.event_id, "date": c.date,
                   "payload": amounts_json(c)}
            assert contribution_of(row, c.batch, c.position) == c
