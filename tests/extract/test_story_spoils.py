"""What a battle or an attack leaves behind in the sentences after it: weapons seized,
vehicles burnt, a revised toll, the other side's dead; and what is a story of its own
(damage elsewhere on another day, damage that hurt people, a measure lifted)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.models import Article, EventMention

pytestmark = pytest.mark.model

Extract = Callable[..., tuple[Article, tuple[EventMention, ...]]]


def _types(mentions: tuple[EventMention, ...]) -> set[str]:
    return {m.sub_event_type for m in mentions}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Les soldats ont neutralisé une soixantaine de terroristes dimanche lors d'une "
               "offensive contre leurs bases près de Djibasso.\n\nD'importantes quantités "
               "d'armes et de motos ont été récupérées. Aucune perte n'a été enregistrée côté "
               "ami."),
        ("en", "Troops killed about 60 militants on Sunday in an offensive on their camps near "
               "Djibasso.\n\nLarge quantities of weapons and motorbikes were seized."),
        ("fr", "Mardi matin, la police a annoncé l'arrestation à Tabarre de trois membres d'un "
               "gang. Des armes et des munitions ont été saisies."),
    ],
)  # fmt: skip
def test_weapons_seized_after_a_battle_or_arrests_are_their_spoils(
    extract: Extract, language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert len(_types(mentions)) == 1
    assert _types(mentions) <= {"Armed clash", "Arrests"}


def test_weapons_seized_elsewhere_on_their_own_day_stay_a_seizure(extract: Extract) -> None:
    text = (
        "Troops killed about 60 militants on Sunday in an offensive on their camps near "
        "Djibasso. On Tuesday, police seized weapons in a raid on a house in Ouagadougou."
    )
    _article, mentions = extract(text, "en")
    assert "Disrupted weapons use" in _types(mentions)


def test_a_toll_reaches_past_the_damage_that_retells_the_attack(extract: Extract) -> None:
    text = (
        "Une dizaine de militaires ont été tués dans la nuit de lundi à mardi lors d'une "
        "attaque contre le poste militaire de Tillia.\n\n"
        "Les assaillants ont incendié des véhicules avant de se replier. « Ils sont restés "
        "près de deux heures », a raconté un élu.\n\n"
        "Le ministère de la Défense a confirmé l'attaque mardi soir. Une vingtaine de "
        "terroristes ont été neutralisés lors de la riposte, selon le même communiqué."
    )
    _article, mentions = extract(text, "fr")
    # A military post attacked is a clash, and both sides' dead add up.
    assert _types(mentions) == {"Armed clash"}
    assert max(m.fatalities or 0 for m in mentions) == 30


def test_damage_told_elsewhere_on_its_own_night_is_its_own_incident(extract: Extract) -> None:
    text = (
        "Deux soldats ont été tués lundi matin lorsqu'un engin explosif a explosé au passage "
        "de leur véhicule sur la route de Mamfé.\n\n"
        "Dans le Nord-Ouest, des hommes armés ont incendié dans la nuit de dimanche à lundi "
        "les bâtiments d'un lycée de Bali. Aucune victime n'est signalée."
    )
    _article, mentions = extract(text, "fr")
    bali = [m for m in mentions if m.sub_event_type == "Looting/property destruction"]
    assert bali
    assert {m.event_date for m in bali} == {date(2024, 2, 4)}
    # « Aucune victime » is the arson's claim, not the bombing's.
    assert any(m.fatalities == 0 for m in bali)
    assert all(m.fatalities != 0 for m in mentions if m not in bali)


def test_damage_that_hurt_people_is_an_attack(extract: Extract) -> None:
    text = (
        "Trois Palestiniens ont été tués mardi par une frappe de drone à Tammoun.\n\n"
        "Mercredi après-midi, des colons ont incendié quatre voitures et une maison dans le "
        "village de Sinjil, blessant deux habitants."
    )
    _article, mentions = extract(text, "fr")
    arson = [m for m in mentions if m.injuries == 2]
    assert {m.sub_event_type for m in arson} == {"Attack"}


@pytest.mark.parametrize(
    ("language", "text", "injured"),
    [
        ("en", "A drone struck the base on Sunday, killing three soldiers. Officials initially "
               "said 25 troops had been hurt; on Monday the Pentagon put the number of injured "
               "at more than 40.", 40),
        ("fr", "Une frappe a touché le marché mardi. Un premier bilan faisait état de 12 "
               "blessés ; la police a ensuite annoncé 20 blessés.", 20),
        # Two accounts, neither superseded: the conservative figure.
        ("fr", "Une frappe a touché le marché mardi. Les secours évoquent 18 blessés, la "
               "police fait état de 12 blessés.", 12),
    ],
)  # fmt: skip
def test_a_superseded_account_gives_way_to_the_later_one(
    extract: Extract, language: str, text: str, injured: int
) -> None:
    _article, mentions = extract(text, language)
    assert max(m.injuries or 0 for m in mentions) == injured


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Un drone a frappé mercredi le marché, tuant sept civils et en blessant une "
               "vingtaine."),
        ("en", "A drone hit the market on Wednesday, killing seven civilians and wounding 20."),
    ],
)  # fmt: skip
def test_a_count_after_the_wounding_word_is_of_the_wounded(
    extract: Extract, language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert [(m.fatalities, m.injuries) for m in mentions] == [(7, 20)]


def test_our_dead_and_the_enemys_add_up(extract: Extract) -> None:
    text = (
        "De violents combats ont opposé mardi l'armée et les FSR autour du village de Kazgil. "
        "« Douze de nos héros sont tombés en martyrs en repoussant l'offensive de la milice "
        "rebelle », indique le communiqué. Une quarantaine de miliciens des FSR ont été tués "
        "et onze de leurs véhicules de combat détruits ou saisis, poursuit le communiqué."
    )
    _article, mentions = extract(text, "fr")
    assert max(m.fatalities or 0 for m in mentions) == 52
    # « véhicules de combat » are vehicles, not a battle told again.
    assert len({m.sentence.start for m in mentions}) == 3


def test_the_datelines_day_does_not_date_a_statement_told_on_another(
    extract: Extract,
) -> None:
    text = (
        "KHARTOUM, Feb 7 (Sudan Tribune) — The Sudanese Armed Forces announced on Tuesday "
        "that they had regained control of Jebel Aulia after a day of heavy fighting."
    )
    _article, mentions = extract(text, "en")
    assert {m.event_date for m in mentions} == {date(2024, 2, 6)}


@pytest.mark.parametrize(
    ("language", "text", "events"),
    [
        ("en", "The government extended a state of emergency in seven provinces on Monday.", 0),
        ("en", "The district administration relaxed curfew for ten hours on Tuesday.", 0),
        ("en", "The government declared a state of emergency in Oromia on Tuesday.", 1),
        ("fr", "Le gouvernement a prolongé mardi l'état d'urgence dans la région.", 0),
        ("fr", "Les autorités ont levé le couvre-feu mardi à Bamako.", 0),
        ("fr", "Le gouvernement a décrété mardi l'état d'urgence dans la région de Tillabéri.", 1),
    ],
)  # fmt: skip
def test_a_measure_extended_or_lifted_is_no_new_event(
    extract: Extract, language: str, text: str, events: int
) -> None:
    _article, mentions = extract(text, language)
    assert len(mentions) == events


@pytest.mark.parametrize(
    "text",
    [
        "Forces repelled an attack on Macomia on Friday, killing ten insurgents. It gave no "
        "figures for casualties among the military or civilians.",
        "Les forces ont repoussé vendredi une attaque contre Macomia, tuant dix insurgés. "
        "Aucun bilan des victimes n'a été communiqué.",
    ],
)
def test_no_figure_for_the_casualties_is_no_zero(extract: Extract, text: str) -> None:
    language = "en" if text.startswith("Forces") else "fr"
    _article, mentions = extract(text, language)
    assert mentions
    assert all(m.fatalities != 0 and m.injuries != 0 for m in mentions)


def test_the_other_sides_account_on_its_statement_day_retells_the_battle(
    extract: Extract,
) -> None:
    text = (
        "The KNDF said its fighters ambushed a regime column on the Hpruso-Loikaw road on "
        "Monday, killing 11 junta soldiers. State media reported on Tuesday that security "
        "forces had repelled an attack by terrorists near Hpruso."
    )
    _article, mentions = extract(text, "en")
    assert {m.event_date for m in mentions} == {date(2024, 2, 5)}
    assert mentions[-1].retold


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Un drone a largué lundi un explosif sur une voiture à Bilozerka, tuant un homme "
               "de 54 ans et blessant sa femme."),
        ("en", "A drone hit a car in Bilozerka on Monday, killing a 54-year-old man and "
               "wounding his wife."),
    ],
)  # fmt: skip
def test_an_age_is_no_count_of_the_wounded(extract: Extract, language: str, text: str) -> None:
    _article, mentions = extract(text, language)
    # The wife is the one wounded, however the parse hangs her.
    assert [(m.fatalities, m.injuries) for m in mentions] == [(1, 1)]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # The wounded word coordinated with the killing word counts its own.
        ("Le camp de Ber a été attaqué lundi. Le bilan fait état de quatre militaires tués et "
         "de sept blessés.", 4, 7),
        ("Le camp de Ber a été attaqué lundi. Trois soldats sont tombés au champ d'honneur.",
         3, None),
    ],
)  # fmt: skip
def test_a_communiques_toll_reads_each_kind(
    extract: Extract, text: str, killed: int, injured: int | None
) -> None:
    _article, mentions = extract(text, "fr")
    assert max(m.fatalities or 0 for m in mentions) == killed
    assert max((m.injuries for m in mentions if m.injuries is not None), default=None) == injured
