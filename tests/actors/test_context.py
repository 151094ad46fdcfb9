"""The country an article's incidents are told in (actors/context.py), on real text."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from eventwire.actors import ActorBase, ActorStage
from eventwire.models import Article, Location

Extract = Callable[..., tuple[Article, Any]]

BERLIN = Location("Berlin", "Germany", 276, latitude=52.52, longitude=13.4, geo_precision=1)
NARA = Location("Nara", "Mali", 466, latitude=15.17, longitude=-7.28, geo_precision=1)
KHARKIV = Location("Kharkiv", "Ukraine", 804, latitude=49.99, longitude=36.23, geo_precision=1)


@pytest.mark.parametrize(
    ("text", "places", "initiator"),
    [
        # A namesake abroad the article never names: the sides are those of the
        # country its other places lie in and its groups belong to.
        ("Lundi, des hommes armés ont attaqué le camp de Ber. Mardi, des hommes armés ont "
         "attaqué le poste des FAMa à Nara.", {"Ber": BERLIN, "Nara": NARA},
         "Unidentified Armed Group (Mali)"),
        # An article placed in one country keeps it, named or not.
        ("Unidentified gunmen attacked a checkpoint in Kharkiv on Monday, the Russian "
         "defence ministry said.", {"Kharkiv": KHARKIV}, "Unidentified Armed Group (Ukraine)"),
    ],
)  # fmt: skip
def test_context_a_place_in_a_country_the_article_never_names_is_a_stray(
    extract: Extract,
    actor_base: ActorBase,
    text: str,
    places: dict[str, Location],
    initiator: str,
) -> None:
    article, _ = extract(text, "fr" if "Lundi" in text else "en")
    mentions = tuple(
        dataclasses.replace(m, place=next(p for w, p in places.items() if w in told))
        for m in article.mentions
        if any(w in (told := m.sentence.cut(article.text)) for w in places)
    )
    done = ActorStage(lambda: actor_base)(dataclasses.replace(article, mentions=mentions))
    first = done.mentions[0]
    assert first.actor1_ref is not None and first.actor1_ref.name == initiator
