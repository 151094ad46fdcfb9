"""The ``geo.gazetteer.v1`` stage: resolve each mention's place in the gazetteer.

Candidates for a place name come from the gazetteer; the article's own places
decide between namesakes: the country most of its place names can be in wins
(an Al-Qaim in Iraq over one elsewhere when the article also names Akashat and
Anbar), then the kind of place (a named base or field over a town, a town over a
region or a country), then population.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from eventwire.geo.places import GazetteerLike, Place
from eventwire.models import Article, EventMention, Location
from eventwire.settings import Settings

__all__ = [
    "Context", "GeoStage", "choose_place", "make_context", "make_geo_stage", "resolve_names",
]  # fmt: skip

# How specific each kind of gazetteer entry is: the higher, the better a match
# for "where it happened". Curated sites are what city lists lack.
FEATURE_RANK = {
    "base": 5, "field": 5, "crossing": 5, "camp": 5, "site": 5, "facility": 5,
    "village": 4, "district": 4, "city": 4, "town": 4,
    "admin2": 2, "admin1": 1, "country": 0, "continent": 0,
}  # fmt: skip
# ACLED geo_precision by kind: a region, country or continent is 3; a site or town is 1.
COARSE = frozenset({"admin1", "country", "continent"})
# Kinds a name stands for wherever the story is: "Russia" in an article about
# Ohio is the country, not Russia, Ohio.
SELF_NAMED = frozenset({"country", "continent"})
# A town named like a region of its own country stands for the name only when
# at least this big: Baghdad, Kirkuk or New York over their governorate or state,
# but the region over California, Maryland (13,000) or Kentucky, Iowa (a hamlet).
# Calibrated on the odd GeoWebNews documents (benchmarks/geoparsing.py): any
# threshold from 50,000 to 300,000 scores the same there.
REGION_NAMESAKE_POPULATION = 100_000


def _rank(place: Place) -> int:
    return FEATURE_RANK.get(place.feature, 3)


@dataclass(frozen=True, slots=True)
class Context:
    """What an article's place names say about its country.

    ``support``: how many names can be in each country. ``votes``: each name's
    one vote shared between its countries in proportion to the population of
    its biggest reading there ("London" votes for Britain, not Kentucky; a
    country's name for the country), so many small namesakes in one country
    (the United States has most) do not outvote the few places that matter.
    """

    support: Counter[str]
    votes: dict[str, float]

    def main_country(self) -> str | None:
        """The country the names vote for most, if any."""
        return max(self.votes, key=lambda c: (self.votes[c], c), default=None) or None


def make_context(candidates: Mapping[str, Sequence[Place]], voters: Iterable[str]) -> Context:
    """The country context the ``voters`` among an article's names give."""
    support: Counter[str] = Counter()
    votes: dict[str, float] = {}
    for name in voters:
        weights: dict[str, int] = {}
        for place in candidates[name]:
            weights[place.country_iso2] = max(
                weights.get(place.country_iso2, 0), place.population + 1
            )
        total = sum(weights.values())
        for country, weight in weights.items():
            support[country] += 1
            votes[country] = votes.get(country, 0.0) + weight / total
    return Context(support, votes)


def _plausible(candidates: Sequence[Place], context: Context) -> list[Place]:
    """The candidates a reader would consider, before context and size decide."""
    # A town abroad that only this name can be in, in an article whose other
    # places agree on one country, is the wrong place (« Masala » in a DRC story
    # is not Masally in Azerbaijan): better unresolved than misplaced. A country
    # or continent named outright is itself wherever the story is.
    main = max(context.support.values(), default=0)
    kept = [
        p
        for p in candidates
        if p.feature in SELF_NAMED or main < 2 or context.support[p.country_iso2] >= 2
    ]
    if any(p.feature in SELF_NAMED for p in kept):
        return [p for p in kept if p.feature in COARSE]  # Georgia the state or the country
    regions = {p.country_iso2 for p in kept if p.feature == "admin1"}
    return [
        p
        for p in kept
        if p.feature in COARSE
        or p.country_iso2 not in regions
        or p.population >= REGION_NAMESAKE_POPULATION
    ]


def choose_place(candidates: Sequence[Place], context: Context) -> Place | None:
    """The plausible candidate in the article's main country, most specific, most populous."""
    kept = _plausible(candidates, context)
    if not kept:
        return None
    # Context first, then a country over its same-named region (Mexico), then
    # kind, a known point over none (the same region from two sources), and
    # size. A population prior weighed against the context (vote share
    # + 0.2 to 1.0 x log10 population) moved odd-GeoWebNews accuracy by under
    # half a point and cost LGL's local news 1.5 points, so context stays first.
    return max(
        kept,
        key=lambda p: (
            context.votes.get(p.country_iso2, 0.0),
            p.feature in SELF_NAMED,
            _rank(p),
            p.latitude is not None,
            math.log10(p.population + 1),
        ),
    )


def resolve_names(
    candidates: Mapping[str, Sequence[Place]], voters: Iterable[str]
) -> dict[str, Place | None]:
    """Choose a place for every name of one article, the ``voters`` giving its country context."""
    context = make_context(candidates, voters)
    return {name: choose_place(found, context) for name, found in candidates.items()}


def _location(place: Place) -> Location:
    return Location(
        name=place.name,
        country=place.country_name,
        iso=place.iso_numeric,
        admin1=place.admin1,
        admin2=place.admin2,
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=3 if place.feature in COARSE else 1,
        feature=place.feature,
        gazetteer_id=place.id,
    )


class GeoStage:
    """Resolve mention places; the gazetteer is opened on first use (it may be built then)."""

    name = "geo.gazetteer.v1"
    requires = ("mentions",)
    assigns = ("mentions",)

    def __init__(self, open_gazetteer: Callable[[], GazetteerLike]) -> None:
        self._open = open_gazetteer
        self._gazetteer: GazetteerLike | None = None

    def _lookup(self, name: str) -> list[Place]:
        if self._gazetteer is None:
            self._gazetteer = self._open()
        return self._gazetteer.lookup(name)

    def __call__(self, article: Article) -> Article:
        """Return ``article`` with each located mention's place resolved."""
        names = sorted({m.location.text for m in article.mentions if m.location})
        if not names:
            return article
        # A country named outright is most often an actor's (« les États-Unis ont
        # frappé »), so names the extractor marked broad (empty value) do not vote.
        voters = {m.location.text for m in article.mentions if m.location and m.location.value}
        places = resolve_names({name: self._lookup(name) for name in names}, voters)
        mentions: list[EventMention] = []
        for mention in article.mentions:
            place = places[mention.location.text] if mention.location else None
            mentions.append(
                dataclasses.replace(mention, place=_location(place)) if place else mention
            )
        return dataclasses.replace(article, mentions=tuple(mentions))


def make_geo_stage(settings: Settings) -> GeoStage:
    """Build the stage over the default gazetteer (built on first use if missing)."""

    def open_gazetteer() -> GazetteerLike:
        from eventwire.geo.index import Gazetteer

        return Gazetteer.open(settings)

    return GeoStage(open_gazetteer)
