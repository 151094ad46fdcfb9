"""A country's capital named by its role: "Mali's capital", « la capitale du Mali ».

The extractor keeps the country's name; the place is the capital city, a town
(precision 1), found by the name GeoNames gives the country's capital.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from eventwire.geo.places import GazetteerLike, Place
from eventwire.geo.words import PlaceWords
from eventwire.models import Span

__all__ = ["capital_named"]

_REACH = 30  # characters read on either side of the country's name


def _told_as_capital(text: str, span: Span, words: PlaceWords) -> bool:
    """Whether a capital word follows the name's possessive ("Haiti's capital") or
    precedes it with its joining word (« la capitale du Mali », "the capital of Mali")."""
    if not words.capital:
        return False
    after = re.match(r"['’]s\s+(\w+)", text[span.end : span.end + _REACH])
    if after is not None and after.group(1).casefold() in words.capital:
        return True
    before = re.findall(r"\w+", text[max(0, span.start - _REACH) : span.start].casefold())
    # « capitale du Mali », "capital of Mali", « capitale de la Somalie »
    tail = [w for w in before[-3:] if w not in words.articles]
    return len(tail) >= 2 and tail[-2] in words.capital and tail[-1] in words.of


def capital_named(
    text: str,
    span: Span,
    place: Place | None,
    words: PlaceWords,
    capitals: Mapping[str, str],
    gazetteer: GazetteerLike,
) -> Place | None:
    """The capital city a country's name at ``span`` stands for, when the words around
    it name the capital; else None."""
    if place is None or place.feature != "country" or not _told_as_capital(text, span, words):
        return None
    name = capitals.get(place.country_iso2)
    if not name:
        return None
    towns = [
        p for p in gazetteer.lookup(name)
        if p.country_iso2 == place.country_iso2 and p.feature not in ("admin1", "admin2", "country")
    ]  # fmt: skip
    return max(towns, key=lambda p: p.population, default=None)
