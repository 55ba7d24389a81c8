"""The item taxonomy: categories, their parents, and the HS codes that classify an item.

An item's categories are what it declares plus what its HS code maps to, each with every
ancestor (a ballistic missile is also arms). A mapping marked ``possible`` (a code shared with
unsanctioned goods, or one that needs end use or value to decide) yields a *possible*
category: it puts the item within a rule's reach for review, never for a violation.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Classification", "Taxonomy", "TaxonomyCycle", "TaxonomySpec"]


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class HsMappingSpec(_Spec):
    """An HS heading or chapter that puts an item in a category."""

    code: Annotated[str, Field(pattern=r"^(\d{2}|\d{4}|\d{6})$")]
    basis: Literal["R", "HS", "J"]
    possible: bool = False
    note: str | None = None


class CategorySpec(_Spec):
    """A category of the taxonomy."""

    title: Annotated[str, Field(min_length=1)]
    parents: list[str] = Field(default_factory=list)
    note: str | None = None
    hs: list[HsMappingSpec] = Field(default_factory=list)


class TaxonomySpec(_Spec):
    """The taxonomy file."""

    version: Literal[1]
    categories: dict[Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")], CategorySpec]


@dataclass(frozen=True)
class Classification:
    """Certain and possible categories of one item, with how each was reached."""

    certain: tuple[str, ...]
    possible: tuple[str, ...]
    own: tuple[str, ...]  # the declared category alone (an HS code is never "too coarse")
    via_hs: tuple[tuple[str, str, bool], ...]  # (hs prefix, category, possible)


class TaxonomyCycle(ValueError):
    """A category that is its own ancestor."""

    def __init__(self, category: str, chain: tuple[str, ...]) -> None:
        super().__init__(f"category {category!r} is its own ancestor: {' -> '.join(chain)}")
        self.category = category


class Taxonomy:
    """Checked taxonomy: ancestors and HS classification, cached."""

    def __init__(self, spec: TaxonomySpec) -> None:
        self.spec = spec
        self.categories = spec.categories
        self._ancestors: dict[str, frozenset[str]] = {}
        for name in self.categories:
            self._ancestors[name] = self._closure(name, ())
        self._by_prefix: dict[str, list[tuple[str, bool]]] = {}
        for name, cat in self.categories.items():
            for mapping in cat.hs:
                self._by_prefix.setdefault(mapping.code, []).append((name, mapping.possible))
        self.classify = lru_cache(maxsize=65536)(self._classify)

    def _closure(self, name: str, seen: tuple[str, ...]) -> frozenset[str]:
        if name in seen:
            raise TaxonomyCycle(name, (*seen, name))
        if name not in self.categories:
            raise KeyError(name)
        out = {name}
        for parent in self.categories[name].parents:
            out |= self._closure(parent, (*seen, name))
        return frozenset(out)

    def ancestors(self, name: str) -> frozenset[str]:
        """The category and all its ancestors."""
        return self._ancestors[name]

    def is_under(self, name: str, ancestor: str) -> bool:
        """Whether ``name`` is ``ancestor`` or below it."""
        return ancestor in self._ancestors[name]

    def _classify(self, category: str | None, hs_code: str | None) -> Classification:
        certain: set[str] = set()
        possible: set[str] = set()
        via: list[tuple[str, str, bool]] = []
        own: set[str] = set()
        if category is not None:
            own.add(category)
            certain |= self._ancestors[category]
        if hs_code:
            # The longest matching prefix decides, per category, whether it is certain.
            best: dict[str, tuple[str, bool]] = {}
            for length in (2, 4, 6):
                prefix = hs_code[:length]
                if len(prefix) < length:
                    break
                for name, is_possible in self._by_prefix.get(prefix, ()):
                    best[name] = (prefix, is_possible)
            for name, (prefix, is_possible) in sorted(best.items()):
                via.append((prefix, name, is_possible))
                (possible if is_possible else certain).update(self._ancestors[name])
        possible -= certain
        return Classification(tuple(sorted(certain)), tuple(sorted(possible)), tuple(sorted(own)),
                              tuple(via))
