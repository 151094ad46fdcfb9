"""How the mentions of one story lend each other actors (actors/story.py), on real text."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from eventwire.actors import ActorBase, ActorStage
from eventwire.models import Article, EventMention, Location

Extract = Callable[..., tuple[Article, Any]]

PLACES = {
    "Colombia": Location(name="Saravena", country="Colombia", iso=170, geo_precision=1),
    "Kenya": Location(name="Mandera", country="Kenya", iso=404, geo_precision=1),
    "Somalia": Location(name="Afgooye", country="Somalia", iso=706, geo_precision=1),
}


def _staged(extract: Extract, actor_base: ActorBase, text: str) -> list[tuple[str, EventMention]]:
    """Each mention with the country its sentence names first, placed there."""
    article, _ = extract(text, "en")
    placed = []
    for mention in article.mentions:
        told = mention.sentence.cut(article.text)
        country = min((c for c in PLACES if c in told), key=told.index)
        placed.append(dataclasses.replace(mention, place=PLACES[country]))
    done = ActorStage(lambda: actor_base)(dataclasses.replace(article, mentions=tuple(placed)))
    return [(m.sentence.cut(article.text), m) for m in done.mentions]


@pytest.mark.parametrize(
    ("text", "words", "initiator"),
    [
        # An actor told at home is not carried to an incident in another country.
        ("Colombia: ELN guerrillas attacked a police station in Saravena on Monday.\n\n"
         "Kenya: a roadside bomb struck a bus near Mandera on Tuesday, killing 11.",
         "Mandera", "Unidentified Armed Group (Kenya)"),
        # Forces told abroad are carried to their next strike, wherever it is.
        ("Kenyan warplanes struck al-Shabaab positions near Afgooye in Somalia on Monday.\n\n"
         "In Kenya, an air strike killed six fighters near Mandera on Tuesday.",
         "Mandera", "Military Forces of Kenya (2022-)"),
        # An incident the story says no one claimed keeps no earlier attacker.
        ("Al-Shabaab militants attacked an army base near Afgooye in Somalia on Sunday.\n\n"
         "Separately, four civilians were killed when a roadside bomb struck a minibus near "
         "Afgooye in Somalia on Sunday. No group has claimed responsibility for the blast.",
         "minibus", "Unidentified Armed Group (Somalia)"),
    ],
)  # fmt: skip
def test_story_an_incident_naming_no_initiator_takes_the_storys_only_where_it_fits(
    extract: Extract, actor_base: ActorBase, text: str, words: str, initiator: str
) -> None:
    mention = next(m for told, m in _staged(extract, actor_base, text) if words in told)
    assert mention.actor1_ref is not None
    assert mention.actor1_ref.name == initiator
