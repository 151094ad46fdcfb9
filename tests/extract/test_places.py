"""Where an incident happened: the place candidate chosen in real sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.models import Article, EventMention

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # The parse hangs « Mirebalais » on « assaut » as a flat name: it is the town
        # taken, not a word of « assaut »'s name; the department is where it lies.
        (
            "Dans la nuit de dimanche à lundi, des centaines d'hommes armés de la coalition "
            "de gangs « Viv Ansanm » ont pris d'assaut Mirebalais, dans le département du "
            "Centre. Après plusieurs heures d'affrontements avec les policiers, les bandits ont "
            "pris le contrôle du commissariat et de la prison civile, d'où plus de 500 détenus "
            "se sont évadés.",
            "Mirebalais",
        ),
        # « la région Amhara » names the region the town lies in, not the place hit.
        (
            "Des habitants de Merawi, une ville de la région Amhara située à une trentaine de "
            "kilomètres au sud de Bahir Dar, accusent les soldats de l'armée fédérale d'avoir "
            "tué au moins 45 civils le 29 janvier, après des combats contre les miliciens Fano.",
            "Merawi",
        ),
    ],
)
def test_places_a_flat_name_on_a_common_noun_is_a_place_of_its_own(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]], text: str, place: str
) -> None:
    _article, mentions = extract(text, "fr")
    assert {m.location.text for m in mentions if m.location is not None} == {place}


def test_places_a_beach_stands_in_the_town_named_after_it(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    # A beach is a landmark: the town after it places the attack, not the beach's name.
    _article, mentions = extract(
        "Thirty-two civilians were killed and 63 others injured when Khawarij terrorists "
        "attacked a restaurant on Lido beach in Mogadishu on Friday evening.",
        "en",
    )
    assert {m.location.text for m in mentions if m.location is not None} == {"Mogadishu"}


def test_places_a_name_making_a_hyphenated_adjective_places_nothing(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    text = "Gunmen kidnapped twelve farmers on Monday, according to a Lagos-based risk consultancy."
    _article, mentions = extract(text, "en")
    assert mentions
    assert all(m.location is None or "Lagos" not in m.location.text for m in mentions)


def test_places_an_acronym_with_a_small_letter_names_a_group_not_a_place(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    # « des FAMa » (Forces armées maliennes) is who repelled the attack, not where.
    text = (
        "Des groupes armés terroristes ont tenté une attaque complexe contre le camp militaire "
        "de Niono. Grâce à la réaction prompte et vigoureuse des FAMa, l'attaque a été repoussée."
    )
    _article, mentions = extract(text, "fr")
    assert mentions
    assert all(m.location is None or m.location.text != "FAMa" for m in mentions)


def test_places_the_name_of_a_settlement_is_the_place_whatever_its_tag(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    text = "On Tuesday, Ukrainian forces shelled the settlement of Krasnaya Yaruga."
    _article, mentions = extract(text, "en")
    assert [m.location.text for m in mentions if m.location is not None] == ["Krasnaya Yaruga"]
    assert all(m.actor2 is None for m in mentions)
