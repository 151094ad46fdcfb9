"""Who an incident hit when the text names no target (actors/victims.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from eventwire.actors import ActorBase, ActorStage
from eventwire.models import Article, Location

Extract = Callable[..., tuple[Article, Any]]


def _targets(
    extract: Extract, base: ActorBase, text: str, language: str, country: str, event_type: str
) -> set[str | None]:
    """The actor2 names the stage gives the article's mentions of ``event_type``, every
    mention placed in ``country``."""
    article, _ = extract(text, language)
    place = Location(name="somewhere", country=country, iso=None, geo_precision=1)
    mentions = tuple(dataclasses.replace(m, place=place) for m in article.mentions)
    done = ActorStage(lambda: base)(dataclasses.replace(article, mentions=mentions))
    typed = [m for m in done.mentions if m.event_type == event_type]
    assert typed, [(m.trigger.text, m.event_type) for m in done.mentions]
    return {m.actor2_ref.name if m.actor2_ref else None for m in typed}


@pytest.fixture
def targets(extract: Extract, actor_base: ActorBase) -> Callable[[str, str, str], set[str | None]]:
    """``targets(text, language, country)``: the actor2 names the stage gives the
    article's strikes, every mention placed in ``country``."""

    def run(text: str, language: str, country: str) -> set[str | None]:
        return _targets(extract, actor_base, text, language, country, "Explosions/Remote violence")

    return run


def test_victims_a_strike_killing_people_with_no_armed_side_named_hit_civilians(
    targets: Any,
) -> None:
    found = targets(
        "A Russian guided bomb hit the centre of Kostiantynivka on Wednesday afternoon, "
        "killing three people, regional governor Vadym Filashkin said.",
        "en",
        "Ukraine",
    )
    assert found == {"Civilians (Ukraine)"}


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        # A drone striking a car is aimed at its riders, unnamed as they are.
        ("Two men were killed on Tuesday when an Israeli drone struck their car near "
         "Bint Jbeil, the state news agency said.", "en", "Lebanon"),
        ("Deux hommes ont été tués mardi par une frappe de drone turque contre leur voiture "
         "près de Sinjar.", "fr", "Iraq"),
        # An armed side named beside the dead: they are not told civilians.
        ("An Israeli strike on Bint Jbeil killed two Hezbollah fighters on Tuesday.", "en",
         "Lebanon"),
    ],
)  # fmt: skip
def test_victims_a_strike_on_a_car_or_on_fighters_is_not_on_civilians(
    targets: Any, text: str, language: str, country: str
) -> None:
    assert not {name for name in targets(text, language, country) if name and "Civilians" in name}


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        ("Les forces d'occupation israéliennes ont arrêté mercredi quatorze citoyens à "
         "Naplouse.", "fr", "Palestine"),
        ("Des bandits de la coalition Viv Ansanm ont pillé mardi une trentaine de maisons "
         "dans le quartier de Carrefour-Feuilles.", "fr", "Haiti"),
    ],
)  # fmt: skip
def test_victims_arrests_and_looting_naming_no_one_else_hit_the_countrys_civilians(
    extract: Extract, actor_base: ActorBase, text: str, language: str, country: str
) -> None:
    found = _targets(extract, actor_base, text, language, country, "Strategic developments")
    assert found == {f"Civilians ({country})"}
