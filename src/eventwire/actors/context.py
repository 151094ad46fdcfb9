"""The country an article's incidents are told in, for naming their unnamed sides.

ACLED labels unnamed sides by country ("Civilians (Chad)", "Unidentified Armed
Group (Pakistan)"): the country of the incident's place comes first; failing
one, the country of most of the article's places, then (in the stage) of the
groups it names, then the country its demonyms name (« militaires tchadiens »).
"""

from __future__ import annotations

import re
from collections import Counter

from eventwire.actors.model import ActorLookup
from eventwire.models import Article, Location

__all__ = ["COARSE", "country_of", "demonym_country", "main_country"]

# ACLED's geo_precision of a place known only as a region or country.
COARSE = 3


def country_of(place: Location | None) -> str:
    """The place's country as an ISO alpha-2 code (gazetteers spell names their own way:
    "Palestinian Territory"), else its name as given, "" when unknown."""
    if place is None:
        return ""
    if place.iso is not None:
        import pycountry  # deferred: only stages that run import it

        found = pycountry.countries.get(numeric=f"{place.iso:03d}")
        if found is not None:
            return str(found.alpha_2)
    return place.country


def main_country(article: Article) -> str:
    """The country most of the article's resolved towns are in (else of its places), "" when
    none: "a drone struck a vehicle in Naqoura … an attack against northern Israel" is told
    in Lebanon, though the country named whole comes up more often."""
    places = [m.place for m in article.mentions if m.place is not None]
    towns = [p for p in places if p.geo_precision is not None and p.geo_precision < COARSE]
    countries = Counter(c for p in towns or places if (c := country_of(p)))
    return countries.most_common(1)[0][0] if countries else ""


def demonym_country(article: Article, base: ActorLookup) -> str:
    """The country the article's demonyms name most (« au moins 40 militaires tchadiens »,
    « la présidence tchadienne »), "" when none: the last resort of an article whose
    places the gazetteer could not put anywhere and whose groups have no country."""
    words = re.findall(r"[^\W\d_][\w'’-]*", f"{article.title or ''}\n{article.text}")
    countries = Counter(code for word in words if (code := base.people_of(word)))
    return countries.most_common(1)[0][0] if countries else ""
