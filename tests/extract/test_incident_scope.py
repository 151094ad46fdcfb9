"""What an incident is and where it happened: raids, flights, claims, zero tolls."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.models import Article, EventMention

pytestmark = pytest.mark.model

Extract = Callable[..., tuple[Article, tuple[EventMention, ...]]]


def test_no_casualty_figures_is_no_zero_toll(extract: Extract) -> None:
    """ "It gave no casualty figures": the zero is of figures, not of victims."""
    _article, mentions = extract(
        "Rockets hit the base on Monday. The army gave no casualty figures.", "en"
    )
    assert [m.fatalities for m in mentions] == [None]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Militants overran an army camp near Djibo on Sunday before withdrawing at dusk."),
        ("fr", "Des jihadistes ont pris un camp militaire près de Djibo dimanche avant de se retirer."),
    ],
)  # fmt: skip
def test_a_camp_overrun_then_left_is_a_clash(extract: Extract, language: str, text: str) -> None:
    _article, mentions = extract(text, language)
    assert [m.sub_event_type for m in mentions] == ["Armed clash"]


def test_a_camp_overrun_and_held_is_still_taken(extract: Extract) -> None:
    _article, mentions = extract("Militants overran an army camp near Djibo on Sunday.", "en")
    assert [m.sub_event_type for m in mentions] == ["Non-state actor overtakes territory"]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "Gunmen attacked a checkpoint near Tuz Khurmatu on Saturday and fled towards the "
               "Hamrin mountains.", "Tuz Khurmatu"),
        ("fr", "Des hommes armés ont attaqué un poste près de Tuz Khurmatu samedi avant de fuir "
               "vers les monts Hamrin.", "Tuz Khurmatu"),
    ],
)  # fmt: skip
def test_where_attackers_fled_is_not_the_place(
    extract: Extract, language: str, text: str, place: str
) -> None:
    _article, mentions = extract(text, language)
    assert {m.location.text for m in mentions if m.location} == {place}


def test_a_town_edge_tagged_as_organisation_is_a_place(extract: Extract) -> None:
    """ "On the outskirts of Kumbo" (Kumbo tagged ORG by the small model) is the place."""
    _article, mentions = extract(
        "Two soldiers were killed on Tuesday when a roadside bomb exploded under their vehicle "
        "on the outskirts of Kumbo, a military source said.",
        "en",
    )
    assert [m.location.text if m.location else None for m in mentions] == ["Kumbo"]
    assert all(m.actor1 is None or m.actor1.text != "Kumbo" for m in mentions)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # An indefinite claimed act is news; a definite one was told before.
        ("Le Hezbollah a revendiqué mercredi des tirs de roquettes contre la caserne de Kiryat "
         "Shmona.", 1),
        ("La Résistance islamique en Irak a revendiqué l'attaque.", 0),
        ("L'attaque a été revendiquée par le JNIM.", 0),
    ],
)  # fmt: skip
def test_a_claimed_act_is_news_unless_named_as_told(
    extract: Extract, text: str, events: int
) -> None:
    _article, mentions = extract(text, "fr")
    assert len(mentions) == events
    assert all(m.location is not None and "Kiryat Shmona" in m.location.text for m in mentions)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le GSIM, lié à Al-Qaïda, a affirmé mardi avoir tué dix soldats près de Léré."),
        ("en", "The JNIM, a group linked to al-Qaeda, said it killed ten soldiers near Lere on Tuesday."),
    ],
)  # fmt: skip
def test_the_group_a_side_is_linked_to_is_no_place(
    extract: Extract, language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert mentions
    assert all(m.location is None or "Qa" not in m.location.text for m in mentions)


def test_a_convoy_taken_to_task_is_attacked_not_taken(extract: Extract) -> None:
    _article, mentions = extract(
        "Le convoi a été pris à partie mardi par des terroristes à 15 kilomètres de la ville de Léré.",
        "fr",
    )
    assert [m.sub_event_type for m in mentions] == ["Armed clash"]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "Shells hit a village close to the town of Kherson on Tuesday, killing two people.", "Kherson"),
        ("fr", "Des obus ont frappé mardi un village proche de Kherson, tuant deux personnes.",
         "Kherson"),
    ],
)  # fmt: skip
def test_close_to_a_town_is_near_it_not_an_allegiance(
    extract: Extract, language: str, text: str, place: str
) -> None:
    _article, mentions = extract(text, language)
    assert [m.location.text if m.location else None for m in mentions] == [place]


def test_the_attack_phrase_under_a_speech_verb_still_places_the_incident(extract: Extract) -> None:
    # The parser hangs « dans une attaque … à Mogadiscio » on « a annoncé »; the phrase
    # holds the incident's trigger, so its town is where it happened, not where one spoke.
    _article, mentions = extract(
        "Au moins vingt personnes ont été tuées et 40 blessées vendredi soir dans une attaque "
        "menée par un kamikaze contre un restaurant de la plage du Lido, à Mogadiscio, a "
        "annoncé samedi la police somalienne.",
        "fr",
    )
    assert mentions and all(m.location is not None for m in mentions)


def test_a_day_the_speech_verb_takes_dates_the_statement(extract: Extract) -> None:
    # Published Wednesday 7 February 2024: the attack was on Monday, told on Tuesday.
    _article, mentions = extract(
        "Au moins douze personnes ont été tuées lundi soir dans une attaque contre un marché "
        "de Gao, a annoncé mardi la police.",
        "fr",
    )
    assert {str(m.event_date) for m in mentions} == {"2024-02-05"}


def test_a_hyphenated_dateline_town_is_still_a_dateline(extract: Extract) -> None:
    # "EL-FASHER, 5 février -": the hyphen inside the town is not the dateline's dash,
    # so the dateline's day does not date a clause that has no time of its own.
    _article, mentions = extract(
        "EL-FASHER, 7 février - Neuf patients ont été tués lundi soir par un drone qui a "
        "frappé l'hôpital saoudien d'El-Fasher.",
        "fr",
    )
    assert {str(m.event_date) for m in mentions} == {"2024-02-05"}
    assert {m.location.text for m in mentions if m.location} == {"El-Fasher"}


def test_the_capital_of_a_region_is_the_town_described(extract: Extract) -> None:
    _article, mentions = extract(
        "Un drone a frappé mardi un hôpital de Kadugli, la capitale du Kordofan-Sud, tuant "
        "quatre patients.",
        "fr",
    )
    assert [m.location.text if m.location else None for m in mentions] == ["Kadugli"]


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        # Two claimants parted by a semicolon: the smaller figure, as ACLED codes.
        ("en", 'Gunmen attacked an army camp in Djibo on Sunday. A security source said more than 40 '
               'soldiers had been killed; the group claimed to have killed about 150.', 40),
        ("fr", "Une frappe a visé dimanche le marché de Kabkabiya. Des militants locaux ont parlé "
               "de plus de cent morts ; une source médicale a fait état de 60 morts.", 60),
    ],
)  # fmt: skip
def test_two_claimants_of_a_toll_give_the_smaller(
    extract: Extract, language: str, text: str, killed: int
) -> None:
    _article, mentions = extract(text, language)
    assert {m.fatalities for m in mentions if m.fatalities is not None} == {killed}


def test_no_toll_available_is_no_zero(extract: Extract) -> None:
    _article, mentions = extract(
        "Fighting between two militias resumed on Tuesday around Kitshanga, residents said. "
        "No toll was available.",
        "en",
    )
    assert [m.fatalities for m in mentions] == [None]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Un drone kamikaze ukrainien a frappé lundi un bus à Belgorod, blessant deux civils."),
        ("en", "A Ukrainian kamikaze drone hit a bus in Belgorod on Monday, wounding two civilians."),
    ],
)  # fmt: skip
def test_a_kamikaze_drone_is_a_drone_strike(extract: Extract, language: str, text: str) -> None:
    _article, mentions = extract(text, language)
    assert [m.sub_event_type for m in mentions] == ["Air/drone strike"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gang violence killed at least 1,200 people in Haiti between April and June, the UN "
               "said."),
        ("fr", "Les violences ont fait au moins 1 200 morts en Haïti entre avril et juin, selon l'ONU."),
    ],
)  # fmt: skip
def test_a_count_over_months_is_a_total(extract: Extract, language: str, text: str) -> None:
    _article, mentions = extract(text, language)
    assert mentions == ()


def test_a_hyphenated_name_is_one_place(extract: Extract) -> None:
    _article, mentions = extract(
        "A suicide bomber killed six people in the Qala-e-Bakhtiar area of southern Kabul on "
        "Monday.",
        "en",
    )
    assert mentions
    assert all(m.location is not None and m.location.text != "Qala" for m in mentions)


def test_a_district_kind_word_is_no_place(extract: Extract) -> None:
    # « caza » (a Lebanese district) tagged as a name is the kind of place, not a town.
    _article, mentions = extract(
        "Un combattant a été tué mardi par une frappe de drone à l'entrée de Khirbet Selm, dans "
        "le caza de Bint Jbeil.",
        "fr",
    )
    assert all(m.location is None or m.location.text != "caza" for m in mentions)


def test_some_of_the_injured_is_no_second_figure(extract: Extract) -> None:
    # "Among the injured were two firefighters" breaks down the nine told before.
    _article, mentions = extract(
        "Three civilians were killed and nine others were injured in air raids on the port of "
        "Hodeidah on Friday. A health ministry source stated that the dead were port workers, "
        "and that among the injured were two firefighters.",
        "en",
    )
    assert {m.injuries for m in mentions if m.injuries is not None} == {9}
    assert {m.fatalities for m in mentions if m.fatalities is not None} == {3}


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # « tomber en martyr » is to be killed: the number counts its subject.
        ("Cinq Palestiniens sont tombés en martyrs à l'aube de ce lundi dans un bombardement "
         "par drone contre le camp de Jénine.", 5),
        # The phrase is read once, by its subject (one fighter): « martyr » alone no
        # longer counts the soldiers the parse coordinated with it.
        ("Par ailleurs, des résistants ont affronté lundi les forces d'occupation à Tulkarem. "
         "Un jeune résistant est tombé en martyr et deux soldats de l'occupation ont été "
         "blessés, selon les Brigades al-Qods.", 1),
    ],
)  # fmt: skip
def test_falling_as_martyrs_counts_the_dead(extract: Extract, text: str, killed: int) -> None:
    _article, mentions = extract(text, "fr")
    assert {m.fatalities for m in mentions if m.fatalities is not None} == {killed}


def test_engaging_a_group_is_a_clash(extract: Extract) -> None:
    _article, mentions = extract(
        "Lundi, l'armée a accroché un groupe de rebelles près de Beni. Six rebelles ont été tués.",
        "fr",
    )
    assert {m.sub_event_type for m in mentions} == {"Armed clash"}


def test_bursting_into_a_village_dates_the_attack_its_toll_revises(extract: Extract) -> None:
    # Published Wednesday 7 February 2024: the night from Friday to Saturday began on 2 February.
    _article, mentions = extract(
        "Le bilan de l'attaque contre le village de Masala est passé à 41 morts, selon la société "
        "civile qui a poursuivi mardi les recherches. Les assaillants ont fait irruption dans le "
        "village dans la nuit de vendredi à samedi.",
        "fr",
    )
    assert {str(m.event_date) for m in mentions} == {"2024-02-02"}


def test_damage_belongs_to_the_incident_of_its_paragraph(extract: Extract) -> None:
    # Published Wednesday 7 February 2024: Friday is 2 February, Monday 5 February.
    article, mentions = extract(
        "Rebels attacked the village of Masala on Friday, killing 12 people. Residents fled. "
        "Several houses were burned.\n\nOn Monday, soldiers clashed with rebels near Oicha.",
        "en",
    )
    burned = [m for m in mentions if "burned" in article.text[m.sentence.start : m.sentence.end]]
    assert burned
    assert {str(m.event_date) for m in burned} == {"2024-02-02"}


def test_an_arrest_raid_under_fire_is_the_clash(extract: Extract) -> None:
    """An arrest told in a clause the violence governs is the clash's setting."""
    _article, mentions = extract(
        "Troops came under fire on Tuesday while carrying out an arrest operation in the "
        "Balata camp near Nablus.",
        "en",
    )
    assert [m.sub_event_type for m in mentions] == ["Armed clash"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Fighters targeted soldiers near Metula on Monday in support of the people in Gaza."),
        ("fr", "Les combattants ont visé des soldats près de Metula lundi en soutien au peuple de "
               "Gaza."),
    ],
)  # fmt: skip
def test_a_cause_named_by_a_motive_is_not_the_place(
    extract: Extract, language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert [m.location.text if m.location else None for m in mentions] == ["Metula"]


def test_a_noun_spelt_like_a_speech_verb_keeps_its_places(extract: Extract) -> None:
    """ "an army post in the mountains near Makhmour": "post" is no speech verb."""
    _article, mentions = extract(
        "Two soldiers were killed on Monday when militants attacked an army post in the "
        "Qarachogh mountains near Makhmour, an officer said.",
        "en",
    )
    assert mentions and all(m.location is not None for m in mentions)


def test_a_bare_attack_word_on_another_day_is_a_new_incident(extract: Extract) -> None:
    """A generic attack word retells the incident before it, unless told on another day."""
    _article, mentions = extract(
        "A drone struck a car near Tal Tamr on Monday, killing two fighters. On Sunday, "
        "militants attacked a checkpoint on the outskirts of Raqqa.",
        "en",
    )
    assert [(m.sub_event_type, str(m.event_date)) for m in mentions] == [
        ("Air/drone strike", "2024-02-05"),
        ("Armed clash", "2024-02-04"),
    ]


def test_a_time_in_a_clause_of_its_own_does_not_date_the_toll(extract: Extract) -> None:
    """ "… were wounded, and rescuers were still searching on Wednesday morning": the
    morning dates the search; the toll stays the strike's."""
    _article, mentions = extract(
        "An air strike hit a school in Beit Lahia late on Monday, killing eight people. "
        "Medics said a dozen people were wounded, and that rescuers were still searching the "
        "rubble on Wednesday morning.",
        "en",
    )
    assert {str(m.event_date) for m in mentions} == {"2024-02-05"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # A right reserved is an intention.
        ("en", "Pakistan's military said on Tuesday it reserves the right to strike militant "
               "hideouts inside Afghanistan."),
        # Counts over half a year told by a killed-or-injured pair are a total.
        ("en", "More than 2,500 civilians were killed or injured in the country in the first "
               "half of the year, according to the UN."),
        # A denied report of a massacre, however the parse hangs the denial.
        ("en", "The armed forces denied on Monday reports circulating on social media of a new "
               "massacre at the Litoral Penitentiary in Guayaquil."),
        # Troops that « étaient déployées » stood there: no move.
        ("fr", "Le gouverneur a assuré que les forces de défense étaient déployées en nombre à "
               "Buea."),
    ],
)  # fmt: skip
def test_no_event_from_a_reserved_right_a_half_year_total_or_a_denied_report(
    extract: Extract, language: str, text: str
) -> None:
    _article, mentions = extract(text, language)
    assert mentions == ()


def test_thousands_killed_since_an_insurgency_began_is_a_total(extract: Extract) -> None:
    _article, mentions = extract(
        "A suicide bomber killed 18 people in Gwoza on Saturday. Thousands of people have been "
        "killed in the north-east since the insurgency began in 2009.",
        "en",
    )
    assert [m.fatalities for m in mentions] == [18]


def test_a_clause_describing_a_noun_is_no_intention(extract: Extract) -> None:
    """ "gunmen (popularly) called bandits abducted …": the parse may hang the abduction
    on "called"; a clause describing a noun happened whatever the verb above intends."""
    _article, mentions = extract(
        "In Zamfara State, gunmen popularly called bandits abducted at least 20 commuters on "
        "the Gusau-Funtua highway on Tuesday, police said.",
        "en",
    )
    assert [m.sub_event_type for m in mentions] == ["Abduction/forced disappearance"]


def test_a_gunfight_told_next_makes_the_bombing_a_clash(extract: Extract) -> None:
    _article, mentions = extract(
        "IMPHAL, Feb 7: Two police commandos were killed on Tuesday when militants opened fire "
        "and hurled bombs at a security post in Moreh. The gunfight lasted for several hours.",
        "en",
    )
    assert {(m.sub_event_type, str(m.event_date)) for m in mentions} == {
        ("Armed clash", "2024-02-06")
    }


def test_protesters_hurt_by_tear_gas_are_an_intervention(extract: Extract) -> None:
    _article, mentions = extract(
        "Hundreds of women took out a torch rally in Imphal on Tuesday. Police fired tear gas "
        "shells to disperse them; at least five women were injured.",
        "en",
    )
    assert {m.sub_event_type for m in mentions} == {"Protest with intervention"}


def test_a_drone_that_took_a_group_as_target_took_no_town(extract: Extract) -> None:
    """« a pris pour cible »: aimed at, nothing taken (the longer phrase hides « prendre »)."""
    _article, mentions = extract(
        "Cinq jeunes sont tombés en martyrs mercredi soir lorsqu'un drone a pris pour cible un "
        "groupe de résidents dans le quartier est de la ville de Tubas.",
        "fr",
    )
    assert {m.sub_event_type for m in mentions} == {"Air/drone strike"}


def test_an_earlier_tally_is_dated_by_its_statement_not_the_strike(extract: Extract) -> None:
    """« Un premier bilan faisait état dimanche matin de onze morts »: the account verb
    takes the day; the toll stays the night strike's."""
    _article, mentions = extract(
        "Au moins dix-neuf Palestiniens ont été tués dans une frappe aérienne sur une maison de "
        "Jabalia dans la nuit de samedi à dimanche. Un premier bilan faisait état dimanche matin "
        "de onze morts.",
        "fr",
    )
    assert {str(m.event_date) for m in mentions} == {"2024-02-03"}


def test_a_named_camp_tagged_a_common_noun_is_still_the_place(extract: Extract) -> None:
    """« Le camp militaire de Tessit …, a annoncé l'état-major »: the inverted speaker's
    subject is what is told, and « Tessit » (tagged a noun) names the camp."""
    _article, mentions = extract(
        "Le camp militaire de Tessit, dans la région de Gao, a été la cible dimanche d'une "
        "attaque complexe menée par des terroristes, a annoncé l'état-major général des armées. "
        "Selon l'armée, dix soldats ont été tués lors des combats.",
        "fr",
    )
    assert {m.location.text for m in mentions if m.location} == {"Tessit"}


def test_an_incident_on_another_day_is_where_the_story_moved(extract: Extract) -> None:
    _article, mentions = extract(
        "Des roquettes ont visé la base de Rmeilan dans la nuit de jeudi à vendredi. Aucun "
        "blessé n'a été signalé. Cette attaque survient deux jours après celle menée contre la "
        "garnison d'Al-Tanf. Le 2 février, deux drones ont fondu sur la base : l'un a été "
        "abattu, l'autre a explosé à l'intérieur du périmètre, faisant des blessés légers.",
        "fr",
    )
    places = {str(m.event_date): m.location.text for m in mentions if m.location}
    assert places["2024-02-02"] == "Al-Tanf"


def test_warplanes_in_french_strike_from_the_air(extract: Extract) -> None:
    _article, mentions = extract(
        "Dans la nuit de dimanche à lundi, des avions américains avaient frappé un dépôt "
        "d'armes près d'Al-Mayadine.",
        "fr",
    )
    assert [m.sub_event_type for m in mentions] == ["Air/drone strike"]


def test_a_ship_resuming_its_route_takes_no_territory(extract: Extract) -> None:
    _article, mentions = extract(
        "Un missile a touché mardi un vraquier au large de Moka. Deux marins ont été blessés, "
        "a précisé l'armateur, ajoutant que le navire avait pu reprendre sa route vers Djibouti.",
        "fr",
    )
    assert "Government regains territory" not in {m.sub_event_type for m in mentions}


def test_a_byline_is_no_side(extract: Extract) -> None:
    _article, mentions = extract(
        "Le Monde avec AFP — Un vraquier a été touché mardi par un missile au large de Moka.",
        "fr",
    )
    assert all(m.actor2 is None and m.actor1 is None for m in mentions)
