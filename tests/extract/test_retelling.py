"""Retellings inside one article: parts of a told incident, "the strike", "Separately"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.models import Article, EventMention

pytestmark = pytest.mark.model

Extract = Callable[..., tuple[Article, tuple[EventMention, ...]]]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Israeli forces clashed with gunmen in Jenin on Tuesday, killing two fighters. "
               "The group said its fighters detonated explosive devices against armoured vehicles "
               "during the battle."),
        ("fr", "L'armée a affronté mardi des jihadistes près de Djibo, tuant deux combattants. "
               "Le groupe affirme que ses hommes ont fait exploser des engins explosifs lors des "
               "combats."),
    ],
)  # fmt: skip
def test_retelling_devices_used_during_the_battle_are_part_of_it(
    extract: Extract, language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert {m.sub_event_type for m in mentions} == {"Armed clash"}
    later = [m for m in mentions if m.sentence.start > 0]
    assert later and all(m.retold for m in later)
    assert {m.event_date for m in mentions} == {date(2024, 2, 6)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A US drone strike on Monday hit a militia headquarters in Baghdad, killing a "
               "commander. The strike set two vehicles ablaze inside the compound on Palestine "
               "Street."),
        ("fr", "Une frappe de drone américaine a visé lundi un quartier général à Bagdad, tuant un "
               "commandant. La frappe a été menée vers midi dans l'enceinte."),
    ],
)  # fmt: skip
def test_retelling_the_strike_points_back_and_takes_its_date(
    extract: Extract, language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    first, *later = mentions
    assert not first.retold
    assert later and all(m.retold for m in later)
    assert {m.event_date for m in mentions} == {date(2024, 2, 5)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gunmen killed twelve civilians south of Deir ez-Zor two days ago. Separately, a "
               "drone heading for the Tanf garrison was shot down by coalition air defences."),
        ("fr", "Des hommes armés ont tué douze civils au sud de Deir ez-Zor il y a deux jours. Par "
               "ailleurs, un drone qui visait la garnison d'Al-Tanf a été abattu par la coalition."),
    ],
)  # fmt: skip
def test_retelling_separately_opens_an_incident_without_inherited_date(
    extract: Extract, language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    by_type = {m.sub_event_type: m for m in mentions}
    shot_down = by_type["Disrupted weapons use"]
    # No date of its own: the publication date at week precision, not the killing's day.
    assert (shot_down.event_date, shot_down.time_precision) == (date(2024, 2, 7), 2)
    assert not shot_down.retold
    assert any(m.event_date == date(2024, 2, 5) for m in mentions if m is not shot_down)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Des frappes américaines ont visé mercredi trois installations du groupe en Irak. "
               "Deux des sites touchés se trouvent dans la région d'Al-Qaïm, et le troisième à "
               "Jurf al-Sakhar."),
        ("en", "US strikes hit three militia facilities in Iraq on Wednesday. Two of the sites hit "
               "are located in Al-Qaim, and the third in Jurf al-Sakhar."),
    ],
)  # fmt: skip
def test_retelling_where_the_sites_hit_lie_places_the_incident(
    extract: Extract, language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    placed = {m.location.text for m in mentions if m.location is not None}
    assert {"Al-Qaïm" if language == "fr" else "Al-Qaim", "Jurf al-Sakhar"} <= placed
    assert {m.event_date for m in mentions} == {date(2024, 2, 7)}
    assert {m.sub_event_type for m in mentions} == {"Air/drone strike"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gunmen killed 12 villagers in an attack on Kamango on Monday. The assailants went "
               "from house to house and set fire to several homes."),
        ("en", "Settlers attacked the village of Huwwara on Monday, setting fire to two cars and "
               "wounding four residents."),
        ("fr", "Des hommes armés ont tué lundi douze villageois lors d'une attaque contre Kamango. "
               "Les assaillants ont incendié plusieurs maisons."),
        # The claim after the damage is the incident's claim too.
        ("en", "On Monday, Israeli artillery shelled the outskirts of Khiam, setting fire to "
               "farmland. No casualties were reported."),
    ],
)  # fmt: skip
def test_retelling_property_burnt_during_an_attack_is_that_attack(
    extract: Extract, language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert mentions
    assert "Looting/property destruction" not in {m.sub_event_type for m in mentions}
    assert {m.event_date for m in mentions} == {date(2024, 2, 5)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Rebels attacked the town of Oicha on Monday, killing 20 civilians. The toll, "
               "initially put at 20, rose to 25 on Tuesday."),
        ("fr", "Des rebelles ont attaqué lundi la ville d'Oicha, tuant 20 civils. Le bilan est passé "
               "mardi à 25 morts."),
    ],
)  # fmt: skip
def test_retelling_a_toll_revised_later_keeps_the_incident_date(
    extract: Extract, language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert {m.event_date for m in mentions} == {date(2024, 2, 5)}
    assert max(m.fatalities or 0 for m in mentions) == 25
