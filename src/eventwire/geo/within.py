"""A place told as inside a town the text names with it, when its own reading is far.

"l'école de gendarmerie de Faladié, à Bamako": Faladié, the gazetteer's village 66 km
away, is the district of Bamako the comma and « à » put it in. « le quartier Guembé
de Batangafo »: a neighbourhood the gazetteer lacks, named with the town it is in.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from eventwire.geo.choice import COARSE, FAMOUS_RATIO
from eventwire.geo.lookup import lookup_place
from eventwire.geo.places import GazetteerLike, Place
from eventwire.geo.words import PlaceWords
from eventwire.models import Span

__all__ = ["beside_its_towns", "town_after_comma", "town_in_name"]


def town_after_comma(
    text: str, span: Span, place: Place, towns_at: Mapping[int, Place], words: PlaceWords
) -> Place | None:
    """The town a comma and a within word put the name at ``span`` in (", à Bamako",
    ", in Kabul"), when ``place``, the name's own reading, is a far smaller namesake
    (FAMOUS_RATIO: a town as big is a place of its own, "Izium, in Kharkiv").
    ``towns_at``: the towns the article places, by where their names start."""
    after = re.match(r"\s*,\s*(\w+)\s+", text[span.end : span.end + 20])
    if after is None or after.group(1).casefold() not in words.within:
        return None
    town = towns_at.get(span.end + after.end())
    if town is None or town.id == place.id or place.feature in COARSE:
        return None
    return town if (place.population + 1) * FAMOUS_RATIO <= town.population else None


def town_in_name(
    gazetteer: GazetteerLike, name: str, words: PlaceWords, countries: Collection[str]
) -> Place | None:
    """The town after the last joining word of a name the gazetteer lacks (« Guembé de
    Batangafo »: Batangafo), in one of the article's ``countries``, the biggest; never
    for a kind word's name (« district du Dnipro »: a district of Kherson named after
    the river, not the city of Dnipro)."""
    parts = name.split()
    if not parts or not parts[0][:1].isupper():
        return None
    for i in range(len(parts) - 2, 0, -1):
        if parts[i].casefold() in words.of:
            towns = [
                p for p in lookup_place(gazetteer, " ".join(parts[i + 1 :]), words)
                if p.feature not in COARSE and p.feature != "admin2"
                and p.country_iso2 in countries
            ]  # fmt: skip
            return max(towns, key=lambda p: p.population, default=None)
    return None


def beside_its_towns(name: str, every: Mapping[str, Place | None]) -> bool:
    """Whether ``name``'s town lies in the first-level region of another town the article
    names: « le district de Klintsy », its sentence naming no town, beside Pogar and
    Briansk is the district around Klintsy, not a part of the story's first town
    (« le district de Kyïvsky », a namesake of Donetsk oblast in a Kharkiv story, is
    Kharkiv's)."""
    place = every.get(name)
    if place is None or place.feature in COARSE or not place.admin1:
        return False
    return any(
        other is not None and other.id != place.id and other.feature not in COARSE
        and (other.country_iso2, other.admin1) == (place.country_iso2, place.admin1)
        for n, other in every.items() if n != name
    )  # fmt: skip
