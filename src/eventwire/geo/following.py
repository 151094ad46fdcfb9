"""The town or site the next sentence names, for an incident its own sentence places
no finer than a country or region.

"Rebels attacked a Catholic church in eastern Congo early on Sunday." then "The
attack … took place around 1 a.m. in Komanda, in Ituri province": the lead tells
the incident at the country, the sentence after it tells where. So does "a drone
attack on a small outpost in northeastern Jordan" before "The one-way attack drone
struck living quarters at Tower 22". The next sentence's place is taken only when
it lies in that country (and region), and when that sentence tells no incident
placed elsewhere (the round-up's next line is another incident).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from eventwire.geo.choice import COARSE
from eventwire.geo.normalize import normalize_name
from eventwire.geo.places import Place
from eventwire.models import Argument, Article, EventMention, Span

__all__ = ["next_sentence", "site_told_next", "town_told_next"]


def next_sentence(article: Article, sentence: Span) -> Span | None:
    """The sentence after ``sentence`` in ``article``, if any."""
    return next((s.span for s in article.sentences if s.span.start >= sentence.end), None)


def _inside(town: Place, area: Place) -> bool:
    """Whether ``town`` lies in ``area``, a country or a first-level region (not a
    region of no known extent: the West Bank holds no town of Gaza)."""
    if town.country_iso2 != area.country_iso2:
        return False
    if area.feature == "admin1":
        return town.admin1 == area.admin1
    return area.feature == "country"


def _elsewhere(article: Article, sentence: Span, name: str) -> bool:
    """Whether ``sentence`` tells an incident placed at another name than ``name``."""
    return any(
        m.sentence == sentence and m.location is not None and m.location.text != name
        for m in article.mentions
    )


def town_told_next(
    article: Article,
    mention: EventMention,
    area: Place,
    spans: Sequence[tuple[Span, Span]],
    chosen: Mapping[str, Place | None],
    outlets: frozenset[str],
) -> tuple[Span, Place] | None:
    """Where and which is the first town of ``area`` the sentence after ``mention``'s
    names, when ``area`` (the mention's place) is a country or region and that
    sentence tells no incident placed elsewhere. ``spans``: the article's place
    entities (sentence, entity); ``chosen``: the place chosen for each name;
    ``outlets``: outlet names' keys."""
    if area.feature not in COARSE:
        return None
    following = next_sentence(article, mention.sentence)
    if following is None:
        return None
    for sentence, span in spans:
        if sentence != following:
            continue
        name = span.cut(article.text)
        town = chosen.get(name)
        if town is None or town.feature in COARSE or town.feature == "admin2":
            continue
        if normalize_name(name) in outlets or not _inside(town, area):
            continue
        return None if _elsewhere(article, following, name) else (span, town)
    return None


def site_told_next(
    article: Article, mention: EventMention, area: Place, site: tuple[Argument, Place]
) -> bool:
    """Whether a curated ``site`` (where it is named, the place) found in the sentence
    after ``mention``'s may stand for the mention's country or region ``area``."""
    if area.feature not in COARSE or not _inside(site[1], area):
        return False
    following = next_sentence(article, mention.sentence)
    return following is not None and not _elsewhere(article, following, site[0].text)
