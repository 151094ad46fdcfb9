"""The sides of protests and riots (actors/crowds.py), as the stage and resolver give them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from eventwire.actors import ActorBase, ActorStage
from eventwire.models import Article, ArticleStatus, EventMention, Location
from eventwire.resolve import make_simple_resolver
from eventwire.settings import Settings

Extract = Callable[..., tuple[Article, Any]]


@pytest.fixture
def staged(extract: Extract, actor_base: ActorBase) -> Callable[[str, str, str], Article]:
    """``staged(text, language, country)``: the article after the actor stage, every
    mention placed in ``country``."""

    def run(text: str, language: str, country: str) -> Article:
        article, _ = extract(text, language)
        place = Location(name="somewhere", country=country, iso=None, geo_precision=1)
        mentions = tuple(dataclasses.replace(m, place=place) for m in article.mentions)
        return ActorStage(lambda: actor_base)(dataclasses.replace(article, mentions=mentions))

    return run


def sides(mention: EventMention) -> tuple[str | None, str | None]:
    one, two = mention.actor1_ref, mention.actor2_ref
    return (one.name if one else None, two.name if two else None)


def typed(article: Article, sub_event_type: str) -> list[EventMention]:
    found = [m for m in article.mentions if m.sub_event_type == sub_event_type]
    assert found, [(m.trigger.text, m.sub_event_type) for m in article.mentions]
    return found


NIAMEY = (
    "À Niamey, les forces de l'ordre ont tiré à balles réelles sur des manifestants "
    "qui dénonçaient la vie chère, faisant deux morts."
)


@pytest.mark.parametrize(
    ("text", "language", "country", "sub_event_type", "expected"),
    [
        # A peaceful march is the country's protesters alone.
        ("À Zinder, plusieurs centaines de personnes ont marché samedi jusqu'au gouvernorat "
         "pour réclamer le retour de l'électricité.", "fr", "Niger", "Peaceful protest",
         ("Protesters (Niger)", None)),
        # A crowd dispersed is the protesters, against the police who dispersed it.
        ("Police fired tear gas to disperse hundreds of traders protesting against new "
         "market fees in Kano on Monday.", "en", "Nigeria", "Protest with intervention",
         ("Protesters (Nigeria)", "Police Forces of Nigeria (2023-)")),
        # Protesters fired on are the target of the forces named (« forces de l'ordre »).
        (NIAMEY, "fr", "Niger", "Excessive force against protesters",
         ("Police Forces of Niger (2023-)", "Protesters (Niger)")),
    ],
)  # fmt: skip
def test_crowds_a_protests_sides_follow_its_sub_event_type(
    staged: Any,
    text: str,
    language: str,
    country: str,
    sub_event_type: str,
    expected: tuple[str | None, str | None],
) -> None:
    for mention in typed(staged(text, language, country), sub_event_type):
        assert sides(mention) == expected


def test_crowds_force_used_on_protesters_is_civilian_targeting(
    staged: Any, settings: Settings
) -> None:
    # ACLED flags force used on protesters, unarmed people, as civilian targeting.
    done = dataclasses.replace(
        staged(NIAMEY, "fr", "Niger"), status=ArticleStatus.PROCESSED, outlet="RFI"
    )
    (event,) = make_simple_resolver(settings)([done])
    assert event.civilian_targeting == "Civilian targeting"


def test_crowds_an_organiser_named_is_no_side_and_the_police_dispersed_the_march(
    staged: Any, settings: Settings
) -> None:
    # The march a coalition called is the protesters'; whoever dispersed it unnamed
    # is the police.
    article = staged(
        "La marche appelée par la coalition Tournons la page a été dispersée jeudi à Lomé.",
        "fr",
        "Togo",
    )
    done = dataclasses.replace(article, status=ArticleStatus.PROCESSED, outlet="RFI")
    (event,) = make_simple_resolver(settings)([done])
    assert (event.actor1, event.actor2, event.civilian_targeting) == (
        "Protesters (Togo)",
        "Police Forces of Togo (2005-)",
        "",
    )


def test_crowds_rioters_fight_the_forces_they_clash_with(staged: Any) -> None:
    article = staged(
        "Rioters threw stones at soldiers and burned tyres in Nablus on Friday.",
        "en",
        "Palestine",
    )
    riots = [m for m in article.mentions if m.event_type == "Riots"]
    assert riots
    for mention in riots:
        one, two = sides(mention)
        assert one == "Rioters (Palestine)"
        assert two is not None and two.startswith("Military Forces of")
