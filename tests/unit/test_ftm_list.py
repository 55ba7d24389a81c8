"""A FollowTheMoney list (OpenSanctions' form of the UN list) as a list snapshot: the same
screening results on the same records as the UN XML."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sanctions_engine import Designations, Event
from sanctions_engine.lists.model import ListedParty
from sanctions_engine.lists.un_xml import read_consolidated

pytest.importorskip("followthemoney", reason="the [ftm] extra is not installed")

UN_XML = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "lists")
                .glob("un-consolidated-*.xml"))[-1]


def _entities(record: ListedParty) -> list[dict[str, Any]]:
    """The record as OpenSanctions writes it: the party and a Sanction pointing at it."""
    eid = f"unsc-{record.reference.lower()}"
    props: dict[str, list[str]] = {"name": [record.name]}
    good = [a.name for a in record.aliases if a.quality == "good"]
    if record.name_original_script:
        good.append(record.name_original_script)
    props["alias"] = good
    props["weakAlias"] = [a.name for a in record.aliases if a.quality == "low"]
    props["previousName"] = [a.name for a in record.aliases if a.quality == "former"]
    props["nationality"] = [c.code.lower() for c in record.nationalities if c.code]
    props["country"] = [a.country.code.lower() for a in record.addresses
                        if a.country and a.country.code]
    props["birthDate"] = [b.date.isoformat() if b.date else str(b.year)
                          for b in record.dates_of_birth if b.date or b.year]
    props["passportNumber"] = [i.number for i in record.identifiers if i.type == "passport"]
    schema = "Person" if record.kind == "individual" else "Organization"
    if schema == "Person":
        props.pop("country")
    else:
        props.pop("nationality"), props.pop("birthDate"), props.pop("passportNumber")
    party = {"id": eid, "schema": schema,
             "properties": {k: v for k, v in props.items() if v}}
    sanction = {"id": f"{eid}-sanction", "schema": "Sanction",
                "properties": {"entity": [eid], "unscId": [record.reference],
                               "listingDate": [record.listed_on.isoformat()],
                               "authority": ["United Nations Security Council"]}}
    return [party, sanction]


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[Designations, Designations, Any]:
    snap = read_consolidated(UN_XML)
    path = tmp_path_factory.mktemp("ftm") / "un_sc_sanctions.ftm.json"
    path.write_text("".join(json.dumps(e) + "\n" for r in snap.records for e in _entities(r)),
                    encoding="utf-8")
    return Designations.load([UN_XML]), Designations.load([path]), snap


def test_every_record_is_imported(both: tuple[Designations, Designations, Any]) -> None:
    _, ftm, snap = both
    (imported,) = ftm.snapshots
    assert imported.problems == []
    assert [r.reference for r in imported.records] == [r.reference for r in snap.records]
    assert {r.reference: r.regime for r in imported.records} == {
        r.reference: r.regime for r in snap.records}


def _signature(d: Designations, event: Event) -> list[tuple[str, str, str, str]]:
    return sorted((h.path, h.match.reference, h.match.band, h.status) for h in d.hits(event))


def test_same_screening_results_on_the_same_records(
        both: tuple[Designations, Designations, Any]) -> None:
    xml, ftm, snap = both
    compared = 0
    for record in snap.records[::7]:  # every 7th record, by name, alias and reference
        parties = [{"role": "payee", "name": record.name,
                    "kind": record.kind if record.kind == "individual" else "entity"},
                   {"role": "payer", "identifiers": {"un_reference": record.reference}}]
        parties += [{"role": "payee", "name": a.name} for a in record.aliases[:2]]
        event = Event.model_validate({"id": "e", "type": "financial_transaction",
                                      "date": "2026-03-01", "parties": parties})
        expected = _signature(xml, event)
        assert expected, record.reference
        assert _signature(ftm, event) == expected, record.reference
        compared += 1
    assert compared > 100
