"""OpenSanctions' matchers on the same labelled queries, for comparison (benchmark only).

Needs the ``bench-nomenklatura`` extra (``pip install -e '.[bench-nomenklatura]'``:
nomenklatura and followthemoney; their ``pyicu`` dependency builds from source and needs ICU's
headers, ``apt-get install libicu-dev pkg-config``). The engine and its tests never import this.

Every listed record becomes a FollowTheMoney entity the way OpenSanctions' own UN crawler
builds it (``shared/reference/un_list_format.md`` §6.1): ``Person`` or ``Organization``, the
name as ``name``, good aliases as ``alias``, low ones as ``weakAlias``, former names as
``previousName``, the original script as ``alias``, dates of birth (exact dates, else years),
nationalities and address countries; designated vessels become ``Vessel`` entities with their
IMO numbers. A query becomes an entity of its kind with its name (and date of birth).

nomenklatura scores pairs; it has no candidate search of its own that runs without a store.
So both systems see the same number of candidates: a query is compared with the records of the
``POOL`` best listed names by rapidfuzz's ``token_set_ratio`` on ASCII-folded text -- a retrieval
independent of the engine's own blocking. How often the expected record is in that pool is
printed (the ceiling of nomenklatura's recall here).
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Iterable
from typing import Any

from followthemoney import EntityProxy, model
from nomenklatura.matching import get_algorithm
from rapidfuzz import fuzz, process
from sanctions_engine.lists.model import ListedParty, ListSnapshot
from sanctions_engine.lists.vessels import VesselList

POOL = 10  # listed names retrieved per query (then grouped by record)
ALGORITHMS = ("logic-v1", "logic-v2", "name-based", "name-qualified", "regression-v1")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def _record_entity(record: ListedParty) -> EntityProxy:
    entity = model.make_entity("Person" if record.kind == "individual" else "Organization")
    entity.id = f"unsc-{record.dataid}"
    entity.add("name", record.name)
    if record.name_original_script:
        entity.add("alias", record.name_original_script)
    for alias in record.aliases:
        prop = {"good": "alias", "low": "weakAlias", "former": "previousName"}[alias.quality]
        entity.add(prop, alias.name)
    if record.kind == "individual":
        for birth in record.dates_of_birth:
            if birth.date is not None:
                entity.add("birthDate", birth.date.isoformat())
            elif birth.year is not None:
                entity.add("birthDate", str(birth.year))
        for nat in record.nationalities:
            if nat.code:
                entity.add("nationality", nat.code.lower())
    for address in record.addresses:
        if address.country and address.country.code:
            entity.add("country", address.country.code.lower())
    return entity


def _vessel_entities(vessels: VesselList) -> dict[str, EntityProxy]:
    out: dict[str, EntityProxy] = {}
    for vessel in vessels.vessels:
        entity = model.make_entity("Vessel")
        entity.id = f"vessel-{vessel.key}"
        entity.add("name", vessel.name)
        for alias in vessel.aliases:
            entity.add("alias", alias)
        if vessel.imo:
            entity.add("imoNumber", vessel.imo)
        out[vessel.key] = entity
    return out


def query_entity(item: dict[str, Any], number: int = 0) -> EntityProxy:
    """The FollowTheMoney entity of a labelled query. Each query needs its own id:
    nomenklatura caches what it derives from an entity's names by entity id."""
    schema = {"individual": "Person", "entity": "Organization", "vessel": "Vessel"}.get(
        item["kind"], "LegalEntity")
    entity = model.make_entity(schema)
    entity.id = f"query-{number}"
    entity.add("name", item["query"])
    if item.get("dob") and schema == "Person":
        entity.add("birthDate", item["dob"])
    return entity


class Nomenklatura:
    """The listed records as entities, a shared retrieval, and one scoring algorithm."""

    def __init__(self, snapshot: ListSnapshot, vessels: VesselList,
                 held_out: Iterable[tuple[str, str, str]] = ()) -> None:
        held = set(held_out)
        self.entities: dict[str, EntityProxy] = {}
        self.names: list[str] = []
        self.owner: list[str] = []
        for record in snapshot.records:
            kept = record
            for ref, field, value in held:
                if ref != record.reference:
                    continue
                if field == "alias":
                    kept = kept.model_copy(update={
                        "aliases": [a for a in kept.aliases if a.name != value]})
                else:
                    kept = kept.model_copy(update={"name_original_script": None})
            self.entities[record.reference] = _record_entity(kept)
            for value, _, _ in kept.all_names():
                self.names.append(_fold(value))
                self.owner.append(record.reference)
        for key, entity in _vessel_entities(vessels).items():
            self.entities[key] = entity
            for value in entity.get("name") + entity.get("alias"):
                self.names.append(_fold(value))
                self.owner.append(key)

    def pool(self, item: dict[str, Any]) -> list[str]:
        """The records of the ``POOL`` listed names closest to the query, best first."""
        hits = process.extract(_fold(item["query"]), self.names, scorer=fuzz.token_set_ratio,
                               limit=POOL)
        out: list[str] = []
        for _, _, index in hits:
            ref = self.owner[index]
            if ref not in out:
                out.append(ref)
        return out

    def run(self, name: str, items: list[dict[str, Any]],
            pools: list[list[str]]) -> tuple[list[dict[str, float]], float]:
        """Scores of every pooled record for every query, and the seconds it took."""
        algorithm = get_algorithm(name)
        assert algorithm is not None, name
        config = algorithm.default_config()
        found: list[dict[str, float]] = []
        t0 = time.perf_counter()
        for number, (item, pool) in enumerate(zip(items, pools, strict=True)):
            query = query_entity(item, number)
            scores: dict[str, float] = {}
            for ref in pool:
                result = algorithm.compare(query, self.entities[ref], config)
                scores[ref] = float(result.score)
            found.append(scores)
        return found, time.perf_counter() - t0
