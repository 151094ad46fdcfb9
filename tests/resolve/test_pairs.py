"""Comparing accounts of two articles: the place and actor parts of the pair score."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.models import (
    ActorRef,
    Argument,
    Article,
    ArticleStatus,
    EventMention,
    Location,
    Span,
)
from eventwire.resolve.accounts import Account, article_accounts
from eventwire.resolve.pairs import AROUND, NEUTRAL, TOLD, _actor_score, _place_score

KAYA = Location("Kaya", "Burkina Faso", 854, latitude=13.09, longitude=-1.08, geo_precision=2,
                gazetteer_id="2359608")  # fmt: skip
BURKINA = Location("Burkina Faso", "Burkina Faso", 854, geo_precision=3, gazetteer_id="c:BF")
REUTERS = (
    "Militants linked to al Qaeda killed at least 200 people in an attack on Barsalogho in "
    "central Burkina Faso on Saturday, a United Nations security source said."
)
AIB = "Les FDS ont repoussé samedi une attaque terroriste contre la commune de Barsalogho."
AFP = "Des dizaines de civils ont été tués samedi dans une attaque jihadiste près de Kaya."


def _account(
    make_article: Callable[..., Article], article_id: str, text: str, name: str, **fields: object
) -> Account:
    """The one account of an article telling Saturday's attack at ``name``."""
    at = text.index(name)
    values: dict[str, object] = {
        "mention_id": f"{article_id}-0", "article_id": article_id, "sentence": Span(0, len(text)),
        "trigger": Argument("attack", Span(0, 6)), "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "disorder_type": "Political violence", "plover": "ASSAULT",
        "event_date": date(2024, 8, 24), "time_precision": 1,
        "location": Argument(name, Span(at, at + len(name)), value=name),
    }  # fmt: skip
    values.update(fields)
    article = make_article(
        text, article_id=article_id, text=text, status=ArticleStatus.PROCESSED,
        mentions=(EventMention(**values),),  # type: ignore[arg-type]
    )  # fmt: skip
    (account,) = article_accounts(article)
    return account


def test_pairs_an_unresolved_place_the_other_account_names_is_told(
    make_article: Callable[..., Article],
) -> None:
    # The gazetteer lacks Barsalogho: Reuters is placed at the country only, but its
    # sentence names the village the agency's account gives.
    agency = _account(make_article, "aib", AIB, "Barsalogho")
    reuters = _account(make_article, "reuters", REUTERS, "Burkina Faso", place=BURKINA)
    assert _place_score(agency, reuters) == _place_score(reuters, agency) == TOLD
    # Another outlet naming only the country says nothing of the village.
    other = _account(make_article, "other", "An attack in Burkina Faso.", "Burkina Faso",
                     place=BURKINA)  # fmt: skip
    assert _place_score(agency, other) == 0.1


def test_pairs_an_unresolved_place_may_be_the_one_near_a_town(
    make_article: Callable[..., Article],
) -> None:
    agency = _account(make_article, "aib", AIB, "Barsalogho")
    near = _account(make_article, "afp", AFP, "Kaya", place=KAYA, near=True)
    at = _account(make_article, "afp2", AFP, "Kaya", place=KAYA)
    # "Near Kaya" is some other place around Kaya: unknown, not another place.
    assert _place_score(agency, near) == 0.3
    assert _place_score(agency, at) == 0.1


@pytest.mark.parametrize(
    ("side", "first", "second", "expected"),
    [
        (1, ActorRef("JNIM", "exact"), ActorRef("JNIM", "normalised"), 1.0),
        (1, ActorRef("JNIM", "exact"), ActorRef("VDP", "exact"), 0.0),
        # An initiator inferred for lack of a name is not compared.
        (1, ActorRef("JNIM", "exact"), ActorRef("Unidentified Armed Group (Burkina Faso)",
                                                "inferred"), NEUTRAL),
        # Opposing outlets name the target differently: half a disagreement.
        (2, ActorRef("Military Forces of Burkina Faso", "exact"), ActorRef("VDP", "exact"), 0.5),
    ],
)  # fmt: skip
def test_pairs_actors_compared_as_named(
    make_article: Callable[..., Article], side: int, first: ActorRef, second: ActorRef,
    expected: float,
) -> None:  # fmt: skip
    key = "actor1_ref" if side == 1 else "actor2_ref"
    one = _account(make_article, "afp", AFP, "Kaya", place=KAYA, **{key: first})
    two = _account(make_article, "reuters", REUTERS, "Burkina Faso", place=BURKINA,
                   **{key: second})  # fmt: skip
    assert _actor_score(one, two) == expected


BARSALOGHO = Location("Barsalogho", "Burkina Faso", 854, latitude=13.41, longitude=-1.06,
                      geo_precision=1, gazetteer_id="2362310")  # fmt: skip


def test_pairs_a_town_the_coarse_account_names_or_the_near_one_reaches_is_likely(
    make_article: Callable[..., Article],
) -> None:
    """Placed at the country but naming the town in its sentences, an account tells the
    incident at that town; a town 36 km from "near Kaya" may be where it happened."""
    agency = _account(make_article, "aib", AIB, "Barsalogho", place=BARSALOGHO)
    reuters = _account(make_article, "reuters", REUTERS, "Burkina Faso", place=BURKINA)
    near = _account(make_article, "afp", AFP, "Kaya", place=KAYA, near=True)
    at = _account(make_article, "afp2", AFP, "Kaya", place=KAYA)
    assert _place_score(agency, reuters) == _place_score(reuters, agency) == TOLD
    assert _place_score(agency, near) == AROUND
    assert _place_score(agency, at) < AROUND
