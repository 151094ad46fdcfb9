"""The words the gazetteer lookup reads in a place name, from ``data/lang/<iso>/places.yaml``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from eventwire.geo.normalize import normalize_name
from eventwire.langdata import data_languages, load_data, load_lang_data

__all__ = ["PlaceWords", "load_outlet_names", "load_place_words"]


@dataclass(frozen=True, slots=True)
class PlaceWords:
    """Casefolded words of every language: kinds of place, sides, streets, facilities."""

    region: frozenset[str]
    town: frozenset[str]
    side: frozenset[str]
    street: frozenset[str]
    facility: frozenset[str]
    of: frozenset[str]
    part: frozenset[str] = frozenset()  # "the city's Prymorskyi district": a part of a town
    roads: re.Pattern[str] | None = None  # a whole name that is a road number ("A417")
    area: frozenset[str] = frozenset()  # "the Qala-e-Bakhtiar area of Kabul": a part
    countryside: frozenset[str] = frozenset()  # "rural Homs": the region around a town
    site: frozenset[str] = frozenset()  # "the Yemeni port of Mocha": a place noun
    indefinite: frozenset[str] = frozenset()  # "a neighborhood of Kyiv": Kyiv is the town
    capital: frozenset[str] = frozenset()  # "Mali's capital": the capital city
    articles: frozenset[str] = frozenset()  # « la capitale de la Somalie »: read over
    within: frozenset[str] = frozenset()  # "Faladié, à Bamako": inside the town after it

    def place_nouns(self) -> frozenset[str]:
        """Every noun naming a kind of place: « le port », "the town", « le quartier »."""
        return (
            self.region | self.town | self.street | self.facility | self.part | self.area
            | self.site
        )  # fmt: skip


def load_place_words(languages: Iterable[str] | None = None) -> PlaceWords:
    """Read the place words of ``languages`` (default: every language that has them).

    A name's language is not known at lookup ("Hôtel de ville" may stand in an
    English story), so the words of all languages are one set per kind.
    """
    wanted = data_languages("places") if languages is None else list(languages)
    found: dict[str, set[str]] = {}
    roads: list[str] = []
    for lang in wanted:
        for key, words in (load_lang_data("places", lang) or {}).items():
            if key == "road_patterns":
                roads += [str(w) for w in words]
            else:
                found.setdefault(key, set()).update(str(w).casefold() for w in words)

    def kind(key: str) -> frozenset[str]:
        return frozenset(found.get(f"{key}_words", ()))

    return PlaceWords(
        kind("region"), kind("town"), kind("side"), kind("street"), kind("facility"), kind("of"),
        kind("part"), re.compile("|".join(f"(?:{r})" for r in roads)) if roads else None,
        kind("area"), kind("countryside"), kind("site"),
        frozenset(found.get("indefinite_articles", ())), kind("capital"),
        frozenset(found.get("definite_articles", ())), kind("within"),
    )  # fmt: skip


def load_outlet_names() -> frozenset[str]:
    """Lookup keys of the news outlets named like places (``data/gazetteer/outlets.yaml``):
    « la chaîne Al-Mayadeen » is never the town a place is in."""
    return frozenset(
        normalize_name(str(name))
        for outlet in load_data("gazetteer/outlets")["outlets"]
        for name in (outlet["name"], *outlet.get("aliases", ()))
    )
