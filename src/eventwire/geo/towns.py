"""The town a mention's sentence names inside the region the mention was placed in.

"Russian drones struck Izium in Kharkiv Oblast", « À Bila Tserkva, dans la région de
Kyiv, un drone a touché un entrepôt »: the parse kept the region (or the town the
region is named after), the incident is at the town. A capitalised name of the
sentence the gazetteer knows as a town of that first-level region is taken, the
nearest to the region's name; the parser need not have tagged it a place (it
seldom tags "Izium").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from eventwire.geo.choice import COARSE
from eventwire.geo.lookup import regions_named
from eventwire.geo.places import GazetteerLike, Place
from eventwire.geo.words import PlaceWords
from eventwire.models import Argument, Article, EventMention, Span

__all__ = ["kind_word_before", "named_regions", "town_in_regions"]

_REACH = 40  # characters read on either side of a name for its region word


@functools.cache
def kind_word_before(kinds: frozenset[str], joins: frozenset[str]) -> re.Pattern[str]:
    """A kind word (and its joining word) closing the text before a name: « région de »,
    « quartier de »."""
    kind = "|".join(re.escape(w) for w in sorted(kinds))
    join = "|".join(re.escape(w) for w in sorted(joins))
    return re.compile(rf"(?:^|\W)(?:{kind})(?:\s+(?:{join}))?['’\s]*$")


def named_regions(
    text: str,
    span: Span,
    chosen: Place | None,
    candidates: Sequence[Place],
    words: PlaceWords,
    gazetteer: GazetteerLike | None = None,
) -> list[Place]:
    """The first-level regions a mention's place name stands for: its chosen place when
    that is one, else the region readings of a name a region word goes with (« la
    région de Kyiv », "the Kyiv region"), which the extractor cut off; with no region
    reading, the region its town lies in and is named after (« Konotop, dans la
    région de Soumy »: the gazetteer has Sumy the city, and Sumska oblast by no
    spelling « Soumy »; ``lookup.regions_named``), never the region of a town a
    district is named after ("Duhok province's Amedi district")."""
    if chosen is not None and chosen.feature == "admin1":
        return [chosen]
    if not words.region:
        return []
    before = text[max(0, span.start - _REACH) : span.start].casefold()
    after = re.match(r"\s+(\w+)", text[span.end : span.end + _REACH].casefold())
    named = kind_word_before(words.region, words.of).search(before)
    if chosen is not None and chosen.feature == "admin2":
        # A district named as one (« dans les environs de Djibasso, dans la province
        # de la Kossi »): its towns are looked for in its first-level region (those of
        # the index carry no district code); not a town's district reading (Hawija).
        joins = words.of | {f"{of} {the}" for of in words.of for the in words.articles}
        named = named or kind_word_before(words.region, frozenset(joins)).search(before)
        return [chosen] if named or (after and after.group(1) in words.region) else []
    if named or (after and after.group(1) in words.region):
        regions = [p for p in candidates if p.feature == "admin1"]
        if regions or gazetteer is None:
            return regions
        return [p for p in regions_named(gazetteer, span.cut(text), words) if p.feature == "admin1"]
    return []


def _capitalised_runs(article: Article, at: int) -> Iterator[tuple[Span, Span]]:
    """Runs of capitalised words ("Bila Tserkva") with each of their stretches, of the
    sentence holding offset ``at``: (run, stretch)."""
    found = next((s for s in article.sentences if s.span.start <= at < s.span.end), None)
    if found is None:
        return
    run: list[Span] = []
    for token in (*found.tokens, None):
        if token is not None and token.text[:1].isupper() and token.text[:1].isalpha():
            run.append(Span(token.start, token.end))
            continue
        # Every stretch of the run, longest first: « À Bila Tserkva » opens with a
        # capitalised preposition.
        if run:
            whole = Span(run[0].start, run[-1].end)
            for size in range(len(run), 0, -1):
                for first in range(len(run) - size + 1):
                    yield whole, Span(run[first].start, run[first + size - 1].end)
        run = []


def town_in_regions(
    article: Article,
    mention: EventMention,
    regions: Sequence[Place],
    gazetteer: GazetteerLike,
    barred: Sequence[Span] = (),
) -> tuple[Argument, Place] | None:
    """The town of one of ``regions`` that a capitalised name of the sentence of the
    mention's place name names, the nearest to that name (and where it is named);
    never a name inside ``barred`` spans (who gives the account) or the place name."""
    if mention.location is None or not regions:
        return None
    at = mention.location.span
    inside = {(r.country_iso2, r.admin1) for r in regions}
    # A district's town is named just before it (« Djibasso, dans la province de la
    # Kossi »); one after it is a landmark ("the Sirwah district west of the city of
    # Marib"), one further back the dateline ("MARIB, Yemen (PNW) - …").
    district = all(r.feature == "admin2" for r in regions)
    best: tuple[int, Argument, Place] | None = None
    # The sentence naming the region, which a later mention telling the same
    # incident again ("Two people were injured.") points back to.
    for run, span in _capitalised_runs(article, at.start):
        if span.start < at.end and at.start < span.end:
            continue
        if district and not 0 <= at.start - span.end <= _REACH:
            continue
        if any(b.start <= span.start < b.end for b in barred):
            continue
        name = span.cut(article.text)
        towns = [
            p for p in gazetteer.lookup(name)
            if p.feature not in COARSE and p.feature != "admin2"
            and (p.country_iso2, p.admin1) in inside
        ]  # fmt: skip
        distance = abs(run.start - at.start)  # a stretch of a run is as far as the run
        if towns and (best is None or distance < best[0]):
            best = (distance, Argument(name, span, name), towns[0])
    return (best[1], best[2]) if best else None
