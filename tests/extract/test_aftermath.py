"""A story's aftermath and its highlights: later deaths, revised tolls, statement days,
summary lines above the story, and words that make a trigger or a count unreal."""

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
        ("en", "A Russian glide bomb struck the city centre of Kramatorsk on Monday, killing one "
               "person. A second body was found under the rubble overnight and a woman died in "
               "hospital on Wednesday morning, the governor said."),
        ("fr", "Une bombe planante russe a frappé lundi le centre de Kramatorsk, tuant une "
               "personne. D'autres corps ont été retrouvés mardi et une femme a succombé mercredi "
               "à l'hôpital, selon le gouverneur."),
    ],
)  # fmt: skip
def test_later_deaths_and_finds_keep_the_incident_date(
    extract: Extract, language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert mentions
    assert {m.event_date for m in mentions} == {date(2024, 2, 5)}


def test_statement_day_said_with_a_preposition_does_not_date_the_incident(
    extract: Extract,
) -> None:
    text = (
        "Gunmen stormed a church in Komanda late on Saturday, killing worshippers. "
        "The toll announced on Tuesday was 21, a local official said."
    )
    _article, mentions = extract(text, "en")
    assert {m.event_date for m in mentions} == {date(2024, 2, 3)}
    assert 21 in {m.fatalities for m in mentions}


def test_a_revised_toll_is_not_dated_by_the_day_it_was_said(extract: Extract) -> None:
    text = (
        "The death toll from an attack by rebels on a church in Komanda has risen to 38, a "
        "civil society leader said Tuesday.\n\n"
        "Assailants armed with machetes stormed the parish late Saturday and kept killing "
        "until Sunday, survivors said."
    )
    _article, mentions = extract(text, "en")
    assert mentions
    assert {m.event_date for m in mentions} == {date(2024, 2, 3)}


@pytest.mark.parametrize(
    ("language", "text", "away"),
    [
        ("en", "Assailants stormed the parish in Komanda late Saturday during an overnight "
               "prayer vigil and killed 20 people.", "Peaceful protest"),
        ("en", "Rebels attacked a church in Komanda on Saturday, killing 38 people, as families "
               "buried the dead in a mass grave.", "Other"),
        ("fr", "Des rebelles ont attaqué samedi une église à Komanda, tuant 38 personnes, que "
               "les familles ont enterrées dans une fosse commune.", "Other"),
    ],
)  # fmt: skip
def test_words_beside_a_trigger_cancel_it(
    extract: Extract, language: str, text: str, away: str
) -> None:
    _article, mentions = extract(text, language)
    assert mentions
    assert away not in {m.sub_event_type for m in mentions}
    assert {m.event_type for m in mentions} <= {"Violence against civilians", "Battles"}


def test_a_highlight_is_dated_by_the_story_told_at_its_place(extract: Extract) -> None:
    text = (
        "KEY HIGHLIGHTS\n\n"
        "- At least 60 civilians reportedly killed in attacks on villages around Bara.\n\n"
        "- An airstrike on a market in Al Fula killed seven people.\n\n"
        "SITUATION OVERVIEW\n\n"
        "On 1 February, fighters attacked several villages north of Bara, reportedly killing "
        "at least 60 civilians and burning homes, according to local sources.\n\n"
        "On 3 February, an airstrike hit the main market in Al Fula, killing seven people."
    )
    _article, mentions = extract(text, "en")
    by_place = {(m.location.text if m.location else "", m.sub_event_type, m.event_date)
                for m in mentions}  # fmt: skip
    assert ("Al Fula", "Air/drone strike", date(2024, 2, 3)) in by_place
    bara = {(t, d) for place, t, d in by_place if place == "Bara"}
    assert bara == {("Attack", date(2024, 2, 1))}


def test_a_count_only_threatened_is_no_toll(extract: Extract) -> None:
    text = (
        "Gunmen killed ten villagers in Kano on Monday, police said, denying that soldiers "
        "had killed four others."
    )
    _article, mentions = extract(text, "en")
    assert {m.fatalities for m in mentions} == {10}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "No convoy was attacked on Monday near Tera, the ministry said."),
        ("fr", "« Aucun convoi n'a été attaqué lundi près de Téra », indique le communiqué."),
    ],
)  # fmt: skip
def test_a_target_denied_by_its_determiner_is_no_incident(
    extract: Extract, language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert mentions == ()


def test_a_place_that_was_the_target_of_an_attack(extract: Extract) -> None:
    text = (
        "Ouagadougou, 7 février 2024 - Le détachement militaire de Titao a été la cible "
        "dimanche d'une attaque d'envergure d'hommes armés venus à moto."
    )
    _article, mentions = extract(text, "fr")
    assert [(m.sub_event_type, m.event_date) for m in mentions] == [
        ("Armed clash", date(2024, 2, 4))
    ]
    assert mentions[0].location is not None and "Titao" in mentions[0].location.text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Des hommes armés ont attaqué dimanche le poste de Titao. Une trentaine de "
               "soldats ont perdu la vie dans les combats."),
        ("en", "Gunmen attacked the army post in Titao on Sunday. Some thirty soldiers lost "
               "their lives in the fighting."),
    ],
)  # fmt: skip
def test_a_death_phrase_counts_its_subject(extract: Extract, language: str, text: str) -> None:
    _article, mentions = extract(text, language)
    assert 30 in {m.fatalities for m in mentions}


def test_a_broadcast_day_dates_the_statement(extract: Extract) -> None:
    text = (
        "Des hommes armés ont attaqué dimanche le poste de Titao, tuant trente soldats. La "
        "télévision nationale a diffusé lundi soir un message affirmant que plusieurs dizaines "
        "de terroristes ont été neutralisés lors de la riposte."
    )
    _article, mentions = extract(text, "fr")
    assert {m.event_date for m in mentions} == {date(2024, 2, 4)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Chin resistance forces captured Falam on Sunday after a five-month siege."),
        ("fr", "Les forces de la résistance chin ont pris le contrôle de Falam dimanche."),
    ],
)  # fmt: skip
def test_resistance_forces_are_not_the_state(extract: Extract, language: str, text: str) -> None:
    _article, mentions = extract(text, language)
    assert {m.sub_event_type for m in mentions} == {"Non-state actor overtakes territory"}


def test_a_count_of_groups_is_no_toll(extract: Extract) -> None:
    text = (
        "Four inmates were killed on Monday in a clash between rival gangs in Guayaquil. "
        "The president ordered the military to neutralise some 20 gangs."
    )
    _article, mentions = extract(text, "en")
    assert {m.fatalities for m in mentions} == {4}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Une cinquantaine de personnes ont été tuées lundi lorsqu'un avion de l'armée a "
               "largué plusieurs bombes sur le marché de Mellit."),
        ("en", "A military plane dropped barrel bombs on the market in Mellit on Monday, killing "
               "50 people."),
    ],
)  # fmt: skip
def test_bombs_dropped_are_an_air_strike(extract: Extract, language: str, text: str) -> None:
    _article, mentions = extract(text, language)
    assert [(m.sub_event_type, m.fatalities) for m in mentions] == [("Air/drone strike", 50)]


def test_a_gathering_of_a_militia_is_no_protest(extract: Extract) -> None:
    text = (
        "L'armée a affirmé mardi avoir détruit des rassemblements de la milice rebelle dans "
        "le Darfour-Nord."
    )
    _article, mentions = extract(text, "fr")
    assert "Peaceful protest" not in {m.sub_event_type for m in mentions}


def test_a_sentence_goes_on_with_the_dated_story_before_it(extract: Extract) -> None:
    text = (
        "Quatre jeunes Palestiniens sont tombés en martyrs mardi lors de l'assaut lancé par "
        "l'armée israélienne contre le camp d'Aqabat Jabr.\n\n"
        "Selon des sources locales, des véhicules militaires ont pris d'assaut le camp à "
        "l'aube, avant que de violents affrontements n'éclatent avec des combattants.\n\n"
        "Dans la nuit de dimanche à lundi, des affrontements ont opposé l'armée à des "
        "combattants à Jénine."
    )
    _article, mentions = extract(text, "fr")
    camp = [m for m in mentions if m.sentence.start < text.index("Dans la nuit")]
    assert camp and {m.event_date for m in camp} == {date(2024, 2, 6)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Les forces russes ont largué plus de 800 bombes guidées sur la région de Kharkiv "
               "au mois de janvier, a indiqué lundi un commandant."),
        ("en", "Russian forces dropped more than 800 guided bombs on the Kharkiv region during "
               "the month of January, a commander said on Monday."),
    ],
)  # fmt: skip
def test_a_count_over_a_month_is_a_running_total(
    extract: Extract, language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert mentions == ()


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Les principales villes, dont Gondar, sont sous couvre-feu depuis lundi.", set()),
        ("en", "The main towns, including Gondar, have been under curfew since Monday.", set()),
        ("fr", "L'armée a imposé lundi un couvre-feu à Gondar.", {"Other"}),
        ("en", "The army imposed a curfew on Gondar on Monday.", {"Other"}),
    ],
)  # fmt: skip
def test_a_curfew_imposed_is_news_a_town_under_curfew_is_not(
    extract: Extract, language: str, text: str, expected: set[str]
) -> None:
    _article, mentions = extract(text, language)
    assert {m.sub_event_type for m in mentions} == expected


def test_a_statement_day_never_sets_the_scene(extract: Extract) -> None:
    text = (
        "The task force said on Tuesday that an operation was conducted around Finote Selam "
        "on Sunday. According to the statement, the militia that had been attacking villages "
        "suffered heavy losses when troops clashed with its fighters."
    )
    _article, mentions = extract(text, "en")
    assert mentions
    assert {m.event_date for m in mentions} == {date(2024, 2, 4)}


def test_what_a_group_had_done_is_background(extract: Extract) -> None:
    text = (
        "The extremist force that had been looting banks in Finote Selam suffered heavy "
        "losses, the army said on Tuesday."
    )
    _article, mentions = extract(text, "en")
    assert "Looting/property destruction" not in {m.sub_event_type for m in mentions}


def test_a_revision_verb_without_a_toll_keeps_the_statement_day(extract: Extract) -> None:
    text = (
        "The president said on Saturday that he had reached an agreement with rebellious "
        "soldiers in Bouake to end a mutiny."
    )
    _article, mentions = extract(text, "en")
    assert [(m.sub_event_type, m.event_date) for m in mentions] == [("Agreement", date(2024, 2, 3))]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ten soldiers were killed when militants ambushed an army patrol near Banibangou "
               "on Monday. About 30 terrorists were killed in the army's response."),
        ("fr", "Dix soldats ont été tués lundi lorsque des jihadistes ont attaqué une patrouille "
               "près de Banibangou. Une trentaine de terroristes ont été tués lors de la riposte."),
    ],
)  # fmt: skip
def test_the_other_sides_dead_told_apart_add_to_the_toll(
    extract: Extract, language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert max(m.fatalities or 0 for m in mentions) == 40


def test_a_claim_called_fanciful_gives_no_toll(extract: Extract) -> None:
    text = (
        "Des frappes aériennes ont neutralisé lundi une dizaine de terroristes près de "
        "Ténenkou. L'armée dénonce la revendication fantaisiste du JNIM faisant état de "
        "dizaines de soldats tués."
    )
    _article, mentions = extract(text, "fr")
    assert {m.fatalities for m in mentions} <= {10, None}
