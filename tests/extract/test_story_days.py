"""Which day and which incident a sentence tells within a story: statement days and
end days that retell, scenes set apart, both sides' dead, protests on other days,
and the places of care that are no scene."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.models import Article, EventMention

pytestmark = pytest.mark.model

Extract = Callable[..., tuple[Article, tuple[EventMention, ...]]]

MONDAY, TUESDAY = date(2024, 2, 5), date(2024, 2, 6)


def test_a_statement_day_retells_the_battle_told_before(extract: Extract) -> None:
    text = (
        "The army and rebel fighters fought for hours on Tuesday on the outskirts of Rumbek, "
        "residents said.\n\n"
        "The army said in a statement on Wednesday that its troops had repelled the assault "
        "and killed 20 rebel fighters. A hospital source said the bodies of six soldiers "
        "had been brought in."
    )
    _article, mentions = extract(text, "en")
    assert {m.event_date for m in mentions} == {TUESDAY}
    # The two sides' dead, told by different sources, are one battle's toll.
    assert max(m.fatalities or 0 for m in mentions) == 26


def test_a_statement_day_dates_a_new_incident_elsewhere(extract: Extract) -> None:
    text = (
        "The army and rebel fighters fought for hours on Tuesday on the outskirts of Rumbek. "
        "Police said in a statement on Wednesday that gunmen had attacked a bus near Yei, "
        "killing three passengers."
    )
    _article, mentions = extract(text, "en")
    assert {m.event_date for m in mentions if m.location and "Yei" in m.location.text} == {
        date(2024, 2, 7)
    }


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Militants attacked a police post near Bannu late on Monday night, police said. "
               "The exchange of fire continued into the early hours of Tuesday."),
        ("fr", "Des jihadistes ont attaqué lundi soir un poste de police près de Bannu. Les "
               "échanges de tirs se sont poursuivis jusqu'à mardi matin."),
    ],
)  # fmt: skip
def test_the_day_a_fight_lasted_into_does_not_date_it(
    extract: Extract, language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert mentions
    assert {m.event_date for m in mentions} == {MONDAY}


def test_the_other_sides_dead_in_a_retelling_add_to_the_toll(extract: Extract) -> None:
    text = (
        "Four policemen were killed when militants attacked a checkpoint near Tank late on "
        "Monday, police said. The exchange of fire lasted two hours. Three attackers were "
        "killed in retaliatory fire, a spokesman said."
    )
    _article, mentions = extract(text, "en")
    assert max(m.fatalities or 0 for m in mentions) == 7


def test_where_the_wounded_were_treated_is_no_scene(extract: Extract) -> None:
    text = (
        "Gunmen stormed the village of Kabasa late on Monday, killing eight residents. On "
        "Tuesday, the mayor said that 12 bodies had been found and that six people were being "
        "treated for gunshot wounds at a clinic in Arcahaie."
    )
    _article, mentions = extract(text, "en")
    assert mentions
    assert all(m.location is None or "Arcahaie" not in m.location.text for m in mentions)


def test_a_sit_in_is_not_another_days_march_broken_up(extract: Extract) -> None:
    text = (
        "On Monday, dozens of residents staged a sit-in outside the police station in Mirebalais. "
        "On Tuesday, hundreds of people marched through Delmas in Port-au-Prince. Police fired "
        "tear gas to disperse the crowd."
    )
    _article, mentions = extract(text, "en")
    kinds = {(m.event_date, m.sub_event_type) for m in mentions}
    assert (MONDAY, "Peaceful protest") in kinds
    assert (TUESDAY, "Protest with intervention") in kinds


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Soldiers arrested six suspected cartel members at a house in Culiacan on Monday, "
               "seizing rifles and grenades."),
        ("fr", "Des soldats ont arrêté lundi six membres présumés d'un cartel à Culiacan, "
               "saisissant des fusils et des grenades."),
    ],
)  # fmt: skip
def test_arrests_with_weapons_seized_are_arrests(
    extract: Extract, language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert {m.sub_event_type for m in mentions} == {"Arrests"}


def test_a_school_bombed_by_a_jet_targets_civilians_whoever_reports_it(
    extract: Extract,
) -> None:
    text = (
        "A junta fighter jet bombed a school in Let Yet Kone village on Monday morning, killing "
        "at least 12 people, according to local resistance groups and a teacher."
    )
    _article, mentions = extract(text, "en")
    assert mentions
    assert all(m.civilian_targeting for m in mentions)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Resistance forces captured a police station in Madaya on Monday after a siege."),
        ("fr", "Des rebelles ont capturé lundi la caserne de Madaya après un siège."),
    ],
)  # fmt: skip
def test_a_police_station_or_barracks_captured_is_territory(
    extract: Extract, language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert {m.sub_event_type for m in mentions} == {"Non-state actor overtakes territory"}


def test_deaths_after_a_sentence_opening_on_another_place_are_there(extract: Extract) -> None:
    text = (
        "Lundi, des jihadistes ont attaqué les positions de l'armée à Kayes. À Kayes, la "
        "riposte a permis de neutraliser douze terroristes.\n\n"
        "À Diboli, les assaillants ont tenté d'investir le camp avant d'être repoussés. Une "
        "vingtaine d'assaillants ont été neutralisés. Deux militaires ont perdu la vie."
    )
    _article, mentions = extract(text, "fr")
    at_diboli = [m for m in mentions if m.location is not None and m.location.text == "Diboli"]
    assert at_diboli
    # The two sides' dead at Diboli add up; Kayes keeps its own toll.
    assert max(m.fatalities or 0 for m in at_diboli) == 22
    assert {m.event_date for m in at_diboli} == {MONDAY}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "An Israeli airstrike hit a home in Rafah late Monday, killing 10 people. Israel's "
               "offensive has killed nearly 39,700 Palestinians, the health ministry says."),
        ("fr", "Un car a sauté lundi sur un engin explosif près de Kantchari, tuant dix passagers. "
               "La région est touchée par des violences qui ont fait plus de 20 000 morts depuis "
               "2015, selon des ONG."),
    ],
)  # fmt: skip
def test_a_campaigns_running_total_is_no_toll(extract: Extract, language: str, text: str) -> None:
    _article, mentions = extract(text, language)
    assert {m.fatalities for m in mentions} == {10}


def test_a_count_after_and_belongs_to_the_next_word(extract: Extract) -> None:
    text = (
        "An airstrike hit a home in Abasan on Monday. The European Hospital received the dead "
        "and 13 wounded."
    )
    _article, mentions = extract(text, "en")
    assert 13 not in {m.fatalities for m in mentions}
    assert 13 in {m.injuries for m in mentions}


def test_a_mine_worked_for_ore_is_no_weapon(extract: Extract) -> None:
    text = (
        "Walikale abrite d'importants gisements d'étain, dont la mine de Bisie. Un véhicule a "
        "sauté lundi sur une mine près de Gao."
    )
    _article, mentions = extract(text, "fr")
    assert [m.location.text for m in mentions if m.location] == ["Gao"]


def test_a_dateline_ending_in_a_bracket_and_colon_dates_nothing(extract: Extract) -> None:
    text = (
        "RAWALPINDI, Feb 7 (APP): Sixteen militants were killed as security forces foiled an "
        "attack on the Bannu Cantonment on Monday evening, the military said."
    )
    _article, mentions = extract(text, "en")
    assert mentions
    assert {m.event_date for m in mentions} == {MONDAY}


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("fr", "Des soldats ont tiré sur les manifestants à Conakry. Un jeune de 17 ans a été "
               "tué par balle et au moins sept personnes ont été blessées.",
         "Excessive force against protesters"),
        ("en", "Police fired tear gas at protesters in Nairobi on Monday. Two people were killed "
               "and 30 wounded, a rights group said.", "Excessive force against protesters"),
    ],
)  # fmt: skip
def test_a_toll_after_force_against_a_protest_is_its_toll(
    extract: Extract, language: str, text: str, kind: str
) -> None:
    _article, mentions = extract(text, language)
    # An age (« de 17 ans ») is no count over years; the dead make the force excessive.
    assert {m.sub_event_type for m in mentions} == {kind}
    assert {(m.fatalities, m.injuries) for m in mentions if m.fatalities} in (
        {(1, 7)},
        {(2, 30)},
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Une frappe a tué lundi trois civils à Nikopol. Les occupants russes ont visé la "
               "région de Dnipropetrovsk plus de 1 200 fois au cours du mois de mars."),
        ("en", "A strike killed three civilians in Nikopol on Monday. Russian forces shelled the "
               "district 40 times, the governor said."),
    ],
)  # fmt: skip
def test_occasions_counted_are_a_tally(extract: Extract, language: str, text: str) -> None:
    _article, mentions = extract(text, language)
    assert {m.fatalities for m in mentions} == {3}
    assert len({m.sentence.start for m in mentions}) == 1


def test_a_few_hits_on_one_day_are_one_incident(extract: Extract) -> None:
    text = "A drone hit the building in Nikopol three times on Monday, killing two people."
    _article, mentions = extract(text, "en")
    assert {m.fatalities for m in mentions} == {2}
