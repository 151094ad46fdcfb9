"""The actors.kb.v1 stage on real sentences, and the actor columns the resolver fills."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from eventwire.actors import ActorBase, ActorStage
from eventwire.models import ActorRef, Article, ArticleStatus, EventMention, Location
from eventwire.resolve import make_simple_resolver
from eventwire.settings import Settings

Extract = Callable[..., tuple[Article, Any]]


@pytest.fixture
def stage(actor_base: ActorBase) -> ActorStage:
    return ActorStage(lambda: actor_base)


def located(article: Article, country: str) -> Article:
    """The article with every mention placed in ``country``, as the geo stage would."""
    place = Location(name="somewhere", country=country, iso=None, geo_precision=1)
    mentions = tuple(dataclasses.replace(m, place=place) for m in article.mentions)
    return dataclasses.replace(article, mentions=mentions)


def only(article: Article) -> EventMention:
    assert len(article.mentions) == 1, article.mentions
    return article.mentions[0]


@pytest.fixture
def actors(extract: Extract, stage: ActorStage) -> Callable[..., tuple[Any, Any]]:
    """``actors(text, language, country)``: the one mention's (actor1_ref, actor2_ref)."""

    def run(text: str, language: str, country: str) -> tuple[Any, Any]:
        article, _ = extract(text, language)
        mention = only(stage(located(article, country)))
        return mention.actor1_ref, mention.actor2_ref

    return run


@pytest.fixture
def told(extract: Extract, stage: ActorStage) -> Callable[..., EventMention]:
    """``told(text, language, country, words)``: the mention whose sentence holds ``words``
    and whose trigger is ``trigger`` (any, when not given), after the stage."""

    def run(text: str, language: str, country: str, words: str, trigger: str = "") -> EventMention:
        article, _ = extract(text, language)
        mentions = stage(located(article, country)).mentions
        return next(
            m
            for m in mentions
            if words in m.sentence.cut(article.text) and trigger in ("", m.trigger.text)
        )

    return run


def name(ref: ActorRef | None) -> str | None:
    return ref.name if ref is not None else None


def test_stage_names_a_demonym_initiator_as_acled_does_on_the_event_day(actors: Any) -> None:
    actor1, _ = actors(
        "Des frappes américaines ont visé mardi des positions du Kataeb Hezbollah à Al-Qaïm.",
        "fr",
        "Iraq",
    )
    # Published in February 2024: the 2021-2025 administration's forces, acting abroad.
    assert name(actor1) == "Military Forces of the United States (2021-2025)"
    assert (actor1.method, actor1.inter) == ("exact", 8)


def test_stage_takes_a_country_subject_as_its_forces(actors: Any) -> None:
    actor1, _ = actors(
        "Samedi, les États-Unis ont frappé des dépôts de missiles à Hodeida, a indiqué le Pentagone.",
        "fr",
        "Yemen",
    )
    assert name(actor1) == "Military Forces of the United States (2021-2025)"


def test_stage_reads_the_head_word_before_a_demonym(actors: Any) -> None:
    actor1, actor2 = actors(
        "Une frappe israélienne a tué mardi deux journalistes de la chaîne libanaise Al-Mayadeen "
        "à Tayr Harfa.",
        "fr",
        "Lebanon",
    )
    assert name(actor1) == "Military Forces of Israel (2022-)"
    assert name(actor2) == "Civilians (Lebanon)"
    assert actor2.inter == 7


def test_stage_soldiers_are_the_countrys_forces_unless_a_demonym_says_whose(actors: Any) -> None:
    unnamed = actors("Des hommes armés ont tué mardi trois soldats près de Douentza.", "fr", "Mali")
    assert tuple(map(name, unnamed)) == (
        "Unidentified Armed Group (Mali)",
        "Military Forces of Mali (2021-)",
    )
    _, foreign = actors(
        "Trois soldats israéliens ont été tués mardi par des tirs près de Douentza.", "fr", "Mali"
    )
    assert name(foreign) == "Military Forces of Israel (2022-)"


def test_stage_civilians_counted_among_the_dead_are_the_target(actors: Any) -> None:
    _, actor2 = actors(
        "Des obus se sont abattus mardi sur Karari, tuant entre 3 et 5 habitants.", "fr", "Sudan"
    )
    assert name(actor2) == "Civilians (Sudan)"


def test_stage_takes_the_group_named_before_the_trigger(actors: Any) -> None:
    actor1, _ = actors(
        "The Islamic Resistance in Iraq claimed a drone attack on Tuesday on the Harir base.",
        "en",
        "Iraq",
    )
    assert name(actor1) == "Islamic Resistance in Iraq"


def test_stage_infers_an_unnamed_perpetrator_only_when_no_group_is_named(actors: Any) -> None:
    actor1, _ = actors(
        "An explosive device killed three soldiers near Beledweyne on Monday.", "en", "Somalia"
    )
    assert name(actor1) == "Unidentified Armed Group (Somalia)"
    assert actor1.method == "inferred"
    # Air strikes have an unnamed state behind them, not an unidentified group.
    air, _ = actors("An air strike killed three people near Beledweyne on Monday.", "en", "Somalia")
    assert air is None


@pytest.mark.parametrize(
    ("language", "text", "group"),
    [
        ("en", "A roadside bomb killed three soldiers near Beledweyne on Monday. "
               "Al-Shabaab claimed the attack on its radio station.", "Al Shabaab"),
        ("fr", "Une bombe artisanale a tué trois soldats lundi près de Palmyre. "
               "Daech a revendiqué l'attaque dans un communiqué.", "Islamic State (Syria)"),
    ],
)  # fmt: skip
def test_stage_a_later_claim_names_the_initiator(
    extract: Extract, stage: ActorStage, language: str, text: str, group: str
) -> None:
    article, _ = extract(text, language)
    country = "Somalia" if language == "en" else "Syria"
    mention = only(stage(located(article, country)))
    assert name(mention.actor1_ref) == group
    assert mention.actor1_ref is not None and mention.actor1_ref.method == "claimed"


def test_stage_keeps_an_unknown_group_as_written(actors: Any) -> None:
    actor1, _ = actors(
        "Fighters of the Tanzim al-Fajr al-Jadid attacked an army checkpoint near Beledweyne "
        "on Monday.",
        "en",
        "Somalia",
    )
    assert actor1.method == "unnormalised"
    assert "Tanzim al-Fajr al-Jadid" in actor1.name


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Deux gendarmes ont été tués mardi à un poste de contrôle du quartier Nkwen, à "
            "Bamenda, chef-lieu de la région du Nord-Ouest, par des séparatistes armés.",
            "fr",
        ),
        ("Two soldiers were killed on Tuesday in Bamenda by separatists.", "en"),
    ],
)
def test_stage_separatists_doing_the_deed_in_cameroon_are_the_ambazonians(
    actors: Any, text: str, language: str
) -> None:
    actor1, actor2 = actors(text, language, "CM")
    assert name(actor1) == "Ambazonian Separatists"
    assert name(actor2) != "Ambazonian Separatists"


def test_resolver_fills_inter_codes_interaction_and_associated_actors(
    extract: Extract, stage: ActorStage, settings: Settings
) -> None:
    article, _ = extract(
        "Des frappes américaines ont visé mardi des positions du Kataeb Hezbollah à Al-Qaïm.",
        "fr",
    )
    done = dataclasses.replace(
        stage(located(article, "Iraq")), status=ArticleStatus.PROCESSED, outlet="AFP"
    )
    (event,) = make_simple_resolver(settings)([done])
    assert event.event_date == date(2024, 2, 6)
    assert event.actor2 == "Kataib Hezbollah"
    assert event.assoc_actor_2 == "Popular Mobilization Forces"
    assert (event.inter1, event.inter2, event.interaction) == (8, 3, 38)


def test_resolver_puts_one_actor_on_both_sides_only_when_no_mention_tells_them_apart(
    extract: Extract, stage: ActorStage, settings: Settings
) -> None:
    article, _ = extract(
        "The Somali National Army (SNA) repulsed an attack by the khawarij militia on its "
        "positions in Moqokori on Wednesday. Commander of the operation Colonel Abdirahman "
        "Ali told SNN that twelve khawarij fighters were eliminated in the fierce fighting. "
        "Claims by the group's propaganda outlets that 17 soldiers were killed are baseless, "
        "he added.",
        "en",
    )
    done = dataclasses.replace(
        stage(located(article, "Somalia")), status=ArticleStatus.PROCESSED, outlet="SNN"
    )
    (event,) = make_simple_resolver(settings)([done])
    assert (event.actor1, event.actor2) == ("Al Shabaab", "Military Forces of Somalia (2022-)")


@pytest.mark.parametrize(
    ("language", "text", "country", "target"),
    [
        ("en", "Militants fired rockets at the base hosting US troops near Erbil on Monday.",
         "Iraq", "Military Forces of the United States (2021-2025)"),
        ("fr", "La base d'Aïn al-Assad, qui héberge des militaires américains, a essuyé lundi "
               "un tir de roquettes.", "Iraq", "Military Forces of the United States (2021-2025)"),
        ("en", "Drones struck the American occupation base at the Conoco gas field on Monday.",
         "Syria", "Military Forces of the United States (2021-2025)"),
        ("fr", "Le Hezbollah a tiré lundi des roquettes sur des positions militaires à Metula.",
         "Israel", "Military Forces of Israel (2022-)"),
    ],
)  # fmt: skip
def test_stage_an_armed_site_names_who_holds_it(
    actors: Any, language: str, text: str, country: str, target: str
) -> None:
    _, actor2 = actors(text, language, country)
    assert name(actor2) == target


def test_stage_interceptor_and_launcher_of_disrupted_weapons(
    extract: Extract, stage: ActorStage
) -> None:
    article, _ = extract(
        "On Monday a drone heading for the Rumeilan base was shot down by US air defences. "
        "The Islamic Resistance in Iraq claimed the operation.",
        "en",
    )
    mention = only(stage(located(article, "Syria")))
    assert mention.sub_event_type == "Disrupted weapons use"
    assert name(mention.actor1_ref) == "Military Forces of the United States (2021-2025)"
    assert name(mention.actor2_ref) == "Islamic Resistance in Iraq"


def test_stage_a_site_struck_again_by_the_same_side_keeps_its_target(
    extract: Extract, stage: ActorStage
) -> None:
    article, _ = extract(
        "Drones were launched at the Harir base, which hosts US troops, on Monday. "
        "On Saturday, two drones struck the Harir base.",
        "en",
    )
    mentions = stage(located(article, "Iraq")).mentions
    assert len(mentions) == 2
    assert {name(m.actor2_ref) for m in mentions} == {
        "Military Forces of the United States (2021-2025)"
    }


def test_stage_victims_told_in_a_toll_sentence_are_the_target(
    extract: Extract, stage: ActorStage
) -> None:
    article, _ = extract(
        "Rockets struck the Harir base near Erbil on Monday. Two US service members were wounded.",
        "en",
    )
    targets = {name(m.actor2_ref) for m in stage(located(article, "Iraq")).mentions}
    assert "Military Forces of the United States (2021-2025)" in targets


def test_stage_unnamed_troops_are_the_forces_the_story_named(
    extract: Extract, stage: ActorStage
) -> None:
    article, _ = extract(
        "Israeli forces raided the Jenin camp on Monday. "
        "On Tuesday, troops arrested 12 people in the town of Tubas.",
        "en",
    )
    mentions = stage(located(article, "Palestine")).mentions
    arrest = next(m for m in mentions if m.sub_event_type == "Arrests")
    assert name(arrest.actor1_ref) == "Military Forces of Israel (2022-)"


def test_stage_reads_the_country_from_the_places_iso_code(
    extract: Extract, stage: ActorStage
) -> None:
    article, _ = extract("Gunmen killed three civilians in Jenin on Monday.", "en")
    # The gazetteer's own country name, which ACLED spells "Palestine".
    place = Location(name="Jenin", country="Palestinian Territory", iso=275, geo_precision=1)
    mentions = tuple(dataclasses.replace(m, place=place) for m in article.mentions)
    mention = only(stage(dataclasses.replace(article, mentions=mentions)))
    assert name(mention.actor2_ref) == "Civilians (Palestine)"


def test_stage_an_incident_with_no_initiator_is_the_storys_attacker(
    extract: Extract, stage: ActorStage
) -> None:
    article, _ = extract(
        "Russian forces shelled Kharkiv on Saturday, killing two civilians. "
        "On Sunday, two bombs struck a store in Kharkiv, killing three people.",
        "en",
    )
    mentions = stage(located(article, "Ukraine")).mentions
    later = [m for m in mentions if m.event_date is not None and m.event_date.isoweekday() == 7]
    assert later, mentions
    for mention in later:
        assert name(mention.actor1_ref) == "Military Forces of Russia (2000-)"
        assert mention.actor1_ref is not None and mention.actor1_ref.method == "story"


def test_stage_the_storys_attacker_is_not_given_to_an_attack_on_it(
    extract: Extract, stage: ActorStage
) -> None:
    article, _ = extract(
        "Al-Shabaab fighters attacked an army base near Beledweyne on Monday. "
        "On Tuesday, a roadside bomb hit an Al-Shabaab convoy near Afgooye.",
        "en",
    )
    mentions = stage(located(article, "Somalia")).mentions
    convoy = next(m for m in mentions if "convoy" in m.sentence.cut(article.text))
    assert name(convoy.actor2_ref) == "Al Shabaab"
    assert name(convoy.actor1_ref) == "Unidentified Armed Group (Somalia)"


def test_stage_civilians_are_labelled_by_the_nationality_their_phrase_gives(
    actors: Any,
) -> None:
    _, actor2 = actors(
        "Deux journalistes de la chaîne libanaise Al-Manar ont été tués mardi par un tir "
        "de drone israélien près de la frontière.",
        "fr",
        "Israel",
    )
    assert name(actor2) == "Civilians (Lebanon)"


@pytest.mark.parametrize(
    ("text", "language", "actor1", "actor2"),
    [
        (
            "RSF shells slammed into the Abu Shouk displacement camp on Saturday, "
            "killing five civilians.",
            "en",
            "Rapid Support Forces",
            "Civilians (Sudan)",
        ),
        # A name several countries' groups share takes the country the others point to.
        (
            "Des combattants du groupe État islamique (EI) ont attaqué mardi une base "
            "des forces du Puntland à Dharjaale.",
            "fr",
            "Islamic State (Somalia)",
            "Military Forces of Puntland (1998-)",
        ),
    ],
)
def test_stage_an_unplaced_article_takes_its_country_from_the_groups_it_names(
    extract: Extract, stage: ActorStage, text: str, language: str, actor1: str, actor2: str
) -> None:
    article, _ = extract(text, language)
    mention = only(stage(article))  # the gazetteer placed nothing
    assert (name(mention.actor1_ref), name(mention.actor2_ref)) == (actor1, actor2)


def test_stage_unidentified_gunmen_the_parse_missed_keep_their_incident(
    extract: Extract, stage: ActorStage
) -> None:
    article, _ = extract(
        "Les FARDC ont accroché lundi un groupe de rebelles près d'Oicha. "
        "Mardi, des hommes armés non identifiés ont par ailleurs enlevé sept agriculteurs "
        "près de Butembo.",
        "fr",
    )
    mentions = stage(located(article, "Democratic Republic of the Congo")).mentions
    abduction = next(m for m in mentions if m.sub_event_type.startswith("Abduction"))
    assert name(abduction.actor1_ref) == "Unidentified Armed Group (Democratic Republic of Congo)"


def test_stage_a_group_named_before_a_toll_word_is_its_victim_not_its_author(
    extract: Extract, stage: ActorStage
) -> None:
    article, _ = extract(
        "US warplanes struck targets in Sanaa on Friday. "
        "In Hodeidah, warplanes bombed a radar site. "
        "Houthi officials gave differing tolls for Hodeidah, of between five and eight dead.",
        "en",
    )
    mentions = stage(located(article, "Yemen")).mentions
    toll = next(m for m in mentions if m.fatalities is not None)
    assert name(toll.actor1_ref) == "Military Forces of the United States (2021-2025)"


def test_stage_the_dead_a_clash_toll_counts_fought_the_unnamed_troops(told: Any) -> None:
    mention = told(
        "During the conduct of the operation, own troops effectively engaged the khwarij "
        "location and, after an intense exchange of fire, six khwarij were sent to hell.",
        "en",
        "Pakistan",
        "own troops",
    )
    assert name(mention.actor1_ref) == "Military Forces of Pakistan (2018-)"
    assert name(mention.actor2_ref) == "TTP: Tehreek-i-Taliban Pakistan"
    assert mention.fatalities == 6


def test_stage_the_attackers_own_dead_are_not_their_target(told: Any) -> None:
    toll = told(
        "Des combattants de l'État islamique ont attaqué mardi une base des forces du "
        "Puntland à Dharjaale. Selon le ministère, deux véhicules piégés conduits par des "
        "kamikazes ont explosé à l'entrée de la base. Dix-sept assaillants ont été tués, "
        "a précisé le ministère.",
        "fr",
        "Somalia",
        "Dix-sept",
        "tués",
    )
    assert name(toll.actor1_ref) == "Islamic State (Somalia)"
    # Not the unidentified men it lost: the incident's other mentions name whom it attacked.
    assert toll.actor2 is not None and toll.actor2.text == "assaillants"
    assert toll.actor2_ref is None


def test_stage_unnamed_forces_hit_are_the_group_the_attacker_was_told_hitting(
    told: Any,
) -> None:
    base = told(
        "US and British warplanes struck more than 60 targets of the Houthis early Friday. "
        "Explosions shook the capital Sanaa, where the strikes hit a military base next to "
        "the international airport, residents said.",
        "en",
        "Yemen",
        "military base",
    )
    assert name(base.actor2_ref) == "Houthi Movement (Ansar Allah)"


def test_stage_a_phrase_naming_no_one_is_no_actor(actors: Any) -> None:
    _, actor2 = actors("Heavy fighting killed at least six fighters in El Fasher on Friday.",
                       "en", "Sudan")  # fmt: skip
    assert name(actor2) != "fighters"
    _, actor2 = actors(
        "Gunmen shot dead a clan elder outside a mosque in Baidoa on Monday.", "en", "Somalia"
    )
    assert name(actor2) == "Civilians (Somalia)"
    # A name the base lacks is still kept as written.
    actor1, _ = actors(
        "Fighters of the Tanzim al-Fajr al-Jadid attacked a checkpoint near Baidoa on Monday.",
        "en",
        "Somalia",
    )
    assert name(actor1) is not None and "Tanzim al-Fajr al-Jadid" in name(actor1)


@pytest.mark.parametrize(
    ("language", "text", "country", "target"),
    [
        ("en", "Israeli warplanes struck a house in Khan Younis on Monday, killing three "
               "Palestinians.", "Palestine", "Civilians (Palestine)"),
        # By their nationality, wherever they were hit.
        ("en", "An Israeli drone struck a car near Nabatieh on Monday, killing two Syrians.",
         "Lebanon", "Civilians (Syria)"),
        # A lone demonym of what was hit is its side, not its people.
        ("en", "A roadside bomb hit a Somali army convoy near Afgooye on Monday.",
         "Somalia", "Military Forces of Somalia (2022-)"),
    ],
)  # fmt: skip
def test_stage_victims_named_by_nationality_are_its_civilians(
    actors: Any, language: str, text: str, country: str, target: str
) -> None:
    _, actor2 = actors(text, language, country)
    assert name(actor2) == target


@pytest.mark.parametrize(
    ("language", "text", "place", "actor1", "actor2"),
    [
        ("en", "Suspected ISWAP fighters attacked Nigerian troops in Malam Fatori on Tuesday.",
         Location(name="Malam Fatori", country="Nigeria", iso=566, geo_precision=1),
         "Islamic State (West Africa)", "Military Forces of Nigeria (2023-)"),
        ("fr", "Des hommes armés ont tué trois policiers haïtiens lundi à Mirebalais.",
         Location(name="Mirebalais", country="Haiti", iso=332, geo_precision=1),
         "Unidentified Armed Group (Haiti)", "Police Forces of Haiti"),
        ("en", "Gunmen killed two civilians in Mocimboa da Praia on Sunday.",
         Location(name="Mocimboa da Praia", country="Mozambique", iso=508, geo_precision=1),
         "Unidentified Armed Group (Mozambique)", "Civilians (Mozambique)"),
        ("en", "ELN guerrillas attacked Colombian soldiers in Arauca on Monday.",
         Location(name="Arauca", country="Colombia", iso=170, geo_precision=1),
         "ELN: National Liberation Army", "Military Forces of Colombia (2022-)"),
    ],
)  # fmt: skip
def test_stage_names_the_sides_of_any_country(
    extract: Extract,
    stage: ActorStage,
    language: str,
    text: str,
    place: Location,
    actor1: str,
    actor2: str,
) -> None:
    article, _ = extract(text, language)
    mentions = tuple(dataclasses.replace(m, place=place) for m in article.mentions)
    mention = stage(dataclasses.replace(article, mentions=mentions)).mentions[0]
    assert (name(mention.actor1_ref), name(mention.actor2_ref)) == (actor1, actor2)


def test_stage_an_incident_told_twice_in_a_clause_keeps_one_target(
    extract: Extract, stage: ActorStage
) -> None:
    article, _ = extract(
        "L'armée nigérienne a mené mardi une frappe de drone contre un groupe de jihadistes "
        "qui s'apprêtaient à attaquer Ayorou, dans la région de Tillabéri.",
        "fr",
    )
    assert len(article.mentions) >= 2, article.mentions
    # Placed apart (the region, the town), as the geo stage does.
    places = [
        Location(name=f"place {i}", country="Niger", iso=562, geo_precision=1 + i % 2)
        for i in range(len(article.mentions))
    ]
    mentions = tuple(
        dataclasses.replace(m, place=p) for m, p in zip(article.mentions, places, strict=True)
    )
    done = stage(dataclasses.replace(article, mentions=mentions)).mentions
    assert {name(m.actor2_ref) for m in done} == {"Unidentified Armed Group (Niger)"}


@pytest.mark.parametrize(
    ("language", "text", "country", "target"),
    [
        ("en", "A Nigerian Air Force strike on Thursday targeted a gathering of bandits near "
         "Tsafe, the military said.", "Nigeria", "Unidentified Armed Group (Nigeria)"),
        ("fr", "Une frappe aérienne de l'armée nigérienne a visé jeudi un rassemblement de "
         "jihadistes près d'Ayorou, selon l'état-major.", "Niger", "Unidentified Armed Group (Niger)"),
    ],
)  # fmt: skip
def test_stage_an_unnamed_group_after_the_trigger_is_the_target_the_parse_missed(
    actors: Any, language: str, text: str, country: str, target: str
) -> None:
    _, actor2 = actors(text, language, country)
    assert name(actor2) == target


@pytest.mark.parametrize(
    ("language", "text", "country", "initiator", "target"),
    [
        # Unnamed militants are the group that claims their attack.
        ("en", "Mali's army said it repelled an attack by al Qaeda-linked militants on a "
         "military camp in Timbuktu on Sunday. JNIM claimed the attack in a statement.", "Mali",
         "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali (2021-)"),
        # A parse hanging the second side under the first: each side is its own phrase.
        ("fr", "De violents combats ont opposé jeudi l'armée soudanaise aux paramilitaires des "
         "FSR dans plusieurs quartiers d'El-Facher.", "Sudan",
         "Military Forces of Sudan (2019-)", "Rapid Support Forces"),
        # Soldiers named by a word the base lacks are the event country's.
        ("en", "Fighters of the TNLA clashed with junta troops on the outskirts of Kyaukme "
         "on Saturday.", "Myanmar", "TNLA: Ta'ang National Liberation Army",
         "Military Forces of Myanmar (2021-)"),
        # "Zionist" and « l'occupation » name Israel's forces as the press of the region writes.
        ("fr", "Onze personnes ont été tuées hier lorsque l'aviation de l'occupation sioniste a "
         "bombardé une maison à Rafah.", "Palestine", "Military Forces of Israel (2022-)",
         "Civilians (Palestine)"),
        ("fr", "Samedi, les combattants du Hamas ont affronté une force d'infanterie sioniste "
         "à l'est de Khan Younès.", "Palestine", "Hamas Movement",
         "Military Forces of Israel (2022-)"),
        # Civilians targeted are the target, not a phrase the base does not know.
        ("en", "Suspected Boko Haram insurgents killed at least 40 farmers on Sunday in Dumba, "
         "a farming community near Baga.", "Nigeria",
         "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Civilians (Nigeria)"),
        # A merchant ship hit is ACLED's Civilians (International), and never the initiator.
        ("en", "Three crew members were killed on Wednesday when a Barbados-flagged bulk "
         "carrier was struck by a Houthi missile in the Gulf of Aden.", "Yemen",
         "Houthi Movement (Ansar Allah)", "Civilians (International)"),
        # The target told before the trigger, and its acronym, name no initiator.
        ("en", "The Somali National Army (SNA) repulsed an attack by the khawarij on its "
         "positions in Moqokori on Wednesday.", "Somalia", "Al Shabaab",
         "Military Forces of Somalia (2022-)"),
        # Nor does an aside on the target: its allies (« appuyées par les VDP »).
        ("fr", "Les Forces de défense et de sécurité (FDS), appuyées par les Volontaires pour "
         "la défense de la patrie (VDP), ont repoussé lundi une attaque terroriste contre "
         "le détachement de Titao.", "Burkina Faso", "Unidentified Armed Group (Burkina Faso)",
         "Military Forces of Burkina Faso (2022-)"),
        # The attackers pushed back themselves attacked.
        ("fr", "Lundi, la riposte vigoureuse des FAMa a permis de repousser les assaillants "
         "à Ber.", "Mali", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2021-)"),
    ],
)  # fmt: skip
def test_stage_each_side_of_an_attack_told_as_repelled_or_fought(
    actors: Any, language: str, text: str, country: str, initiator: str, target: str
) -> None:
    actor1, actor2 = actors(text, language, country)
    assert (name(actor1), name(actor2)) == (initiator, target)


def test_stage_a_retelling_keeps_its_named_author_whoever_claims_it(
    extract: Extract, stage: ActorStage
) -> None:
    article, _ = extract(
        "At least 42 civilians were killed on Tuesday in an attack by ADF rebels on Oicha. "
        "The assailants went from house to house and set fire to several homes. "
        "The Islamic State claimed the attack through its Amaq news agency.",
        "en",
    )
    mentions = stage(located(article, "DR Congo")).mentions
    assert mentions and {name(m.actor1_ref) for m in mentions} == {"ADF: Allied Democratic Forces"}


@pytest.mark.parametrize(
    ("text", "launcher"),
    [
        ("The Islamic Resistance in Iraq fired rockets at the Kharab al-Jir base on Sunday. "
         "On Monday a drone heading for the Rumeilan base was shot down by US air defences.",
         "Islamic Resistance in Iraq"),
        ("On Monday a drone heading for the Al-Tanf garrison was shot down by US air defences. "
         "The official did not say who had launched it.", "Unidentified Armed Group (Syria)"),
    ],
)  # fmt: skip
def test_stage_a_weapon_stopped_was_launched_by_the_storys_attacker_else_an_unnamed_one(
    extract: Extract, stage: ActorStage, text: str, launcher: str
) -> None:
    article, _ = extract(text, "en")
    mentions = stage(located(article, "Syria")).mentions
    stopped = next(m for m in mentions if m.sub_event_type == "Disrupted weapons use")
    assert name(stopped.actor2_ref) == launcher


@pytest.mark.parametrize(
    ("text", "country", "target"),
    [
        # One unknown word taken for whom was hit is a place the parse read as a group:
        # not Nikopol, but the one man it killed (a civilian) was hit.
        (
            "Russian shelling of Nikopol killed a 58-year-old man on Monday.",
            "Ukraine",
            "Civilians (Ukraine)",
        ),
        ("The enemy also launched raids on the Hezyaz power station on Friday.", "Yemen", None),
        # A group the base knows stays, however few its words.
        ("An Israeli strike on Hezbollah killed two fighters on Monday.", "Lebanon", "Hezbollah"),
    ],
)
def test_stage_one_unknown_word_struck_is_no_target(
    actors: Any, text: str, country: str, target: str | None
) -> None:
    _, actor2 = actors(text, "en", country)
    assert name(actor2) == target


def test_stage_soldiers_martyred_in_a_strike_are_its_target(actors: Any) -> None:
    actor1, actor2 = actors(
        "Two army personnel were martyred on Tuesday in an Israeli air strike near Deir Ezzor.",
        "en",
        "Syria",
    )
    assert name(actor1) == "Military Forces of Israel (2022-)"
    assert name(actor2) == "Military Forces of Syria (2000-2024)"


def test_stage_an_unplaced_incident_takes_the_country_of_the_articles_towns(
    extract: Extract, stage: ActorStage
) -> None:
    article, _ = extract(
        "Rockets fell on Kiryat Shmona on Monday, the army said. "
        "An Israeli drone struck a car in Naqoura on Tuesday, killing two people. "
        "Israeli shells fell on Aita al-Shaab on Tuesday, wounding three civilians.",
        "en",
    )
    assert len(article.mentions) == 3, article.mentions
    country = Location(name="Israel", country="Israel", iso=376, geo_precision=3)
    town = Location(name="Naqoura", country="Lebanon", iso=422, geo_precision=1)
    # The country named whole twice (the first incident told again), one town once,
    # and the village not found.
    first, struck, shelled = article.mentions
    mentions = (
        dataclasses.replace(first, place=country),
        dataclasses.replace(first, place=country, mention_id="again"),
        dataclasses.replace(struck, place=town),
        shelled,
    )
    done = stage(dataclasses.replace(article, mentions=mentions))
    shelled = next(m for m in done.mentions if "Aita" in m.sentence.cut(article.text))
    assert name(shelled.actor2_ref) == "Civilians (Lebanon)"


@pytest.mark.parametrize(
    ("text", "site", "target"),
    [
        # An attack on a base whose garrison the report leaves unsaid hits it.
        ("One-way attack drones were launched at Ain al-Asad Air Base in Iraq's western "
         "Anbar province late on Tuesday.", "ain-al-asad-air-base",
         "Military Forces of the United States"),
        # The garrison acting keeps the target the report names.
        ("US forces at Ain al-Asad Air Base fired rockets at militants on Tuesday.",
         "ain-al-asad-air-base", "Unidentified Armed Group"),
    ],
)  # fmt: skip
def test_stage_an_attack_on_a_base_hits_the_forces_stationed_there(
    extract: Extract, stage: ActorStage, text: str, site: str, target: str | None
) -> None:
    article, _ = extract(text, "en")
    place = Location(name=site, country="Iraq", iso=368, geo_precision=1,
                     gazetteer_id=f"curated:{site}")  # fmt: skip
    mentions = tuple(dataclasses.replace(m, place=place) for m in article.mentions)
    (mention,) = stage(dataclasses.replace(article, mentions=mentions)).mentions
    found = name(mention.actor2_ref)
    assert (found.split(" (")[0] if found else None) == target


def _at(article: Article, place: Location) -> Article:
    return dataclasses.replace(
        article, mentions=tuple(dataclasses.replace(m, place=place) for m in article.mentions)
    )


ERBIL_AIRPORT = Location(name="Erbil International Airport", country="Iraq", iso=368,
                         geo_precision=1, gazetteer_id="airport:ORER")  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # No one named stopping it: the forces stationed where it was aimed did.
        ("en", "A one-way attack drone launched at U.S. and coalition forces at Erbil Air Base "
               "was shot down on Monday, a U.S. defense official said. The Islamic Resistance "
               "in Iraq claimed the attack.",
         Location(name="Erbil Air Base", country="Iraq", iso=368, geo_precision=1,
                  gazetteer_id="curated:erbil-air-base")),
        # The same base in another gazetteer's record; the claim told passive.
        ("fr", "Un drone a été abattu vendredi près de l'aéroport international d'Erbil, qui "
               "héberge des soldats américains. L'attaque a été revendiquée par la Résistance "
               "islamique en Irak.", ERBIL_AIRPORT),
    ],
)  # fmt: skip
def test_stage_a_weapon_stopped_at_a_base_was_stopped_by_its_garrison(
    extract: Extract, stage: ActorStage, language: str, text: str, place: Location
) -> None:
    article, _ = extract(text, language)
    mentions = stage(_at(article, place)).mentions
    stopped = next(m for m in mentions if m.sub_event_type == "Disrupted weapons use")
    assert name(stopped.actor1_ref) == "Military Forces of the United States (2021-2025)"
    assert name(stopped.actor2_ref) == "Islamic Resistance in Iraq"


def test_stage_an_attack_on_a_base_with_no_garrison_hits_its_countrys_forces(
    extract: Extract, stage: ActorStage
) -> None:
    article, _ = extract("Drones struck the Osman Digna air base on Tuesday morning.", "en")
    base = Location(name="Osman Digna Air Base", country="Sudan", iso=729, geo_precision=1,
                    gazetteer_id="curated:osman-digna-air-base")  # fmt: skip
    (mention,) = stage(_at(article, base)).mentions
    assert name(mention.actor2_ref) == "Military Forces of Sudan (2019-)"


def test_stage_unnamed_soldiers_hit_at_a_base_are_its_garrison(
    extract: Extract, stage: ActorStage
) -> None:
    article, _ = extract(
        "A drone struck the base on Sunday, causing minor injuries to one service member.", "en"
    )
    tanf = Location(name="Al-Tanf garrison", country="Syria", iso=760, geo_precision=1,
                    gazetteer_id="curated:al-tanf-garrison")  # fmt: skip
    (mention,) = stage(_at(article, tanf)).mentions
    assert name(mention.actor2_ref) == "Military Forces of the United States (2021-2025)"


@pytest.mark.parametrize(
    ("language", "text", "target"),
    [
        # Unnamed militants hit by a named attacker are the group named beside them.
        ("en", "Iraqi jets struck a Daesh hideout near Tuz Khurmatu on Monday, killing four "
               "militants.", "Islamic State (Iraq)"),
        # The group the toll counts dead was hit by the named attacker.
        ("fr", "Deux membres du Hachd al-Chaabi ont été tués mardi dans une attaque de "
               "l'organisation État islamique près de Tarmiyah.", "Popular Mobilization Forces"),
    ],
)  # fmt: skip
def test_stage_a_named_attacker_hit_the_group_named_beside_its_victims(
    actors: Any, language: str, text: str, target: str
) -> None:
    actor1, actor2 = actors(text, language, "Iraq")
    assert actor1 is not None
    assert name(actor2) == target


def test_stage_unnamed_forces_counted_dead_were_the_target(actors: Any) -> None:
    actor1, actor2 = actors(
        "Douze militaires maliens ont été tués mardi lors d'une attaque contre une unité en "
        "patrouille près de Ménaka.",
        "fr",
        "Mali",
    )
    assert name(actor1) == "Unidentified Armed Group (Mali)"
    assert name(actor2) == "Military Forces of Mali (2021-)"


def test_stage_gendarmes_are_the_countrys_military_forces(actors: Any) -> None:
    actor1, actor2 = actors(
        "Trois gendarmes ont été tués jeudi soir à un poste de contrôle, à Buea, par des "
        "séparatistes armés, selon des sources sécuritaires.",
        "fr",
        "Cameroon",
    )
    assert name(actor1) == "Ambazonian Separatists"
    assert name(actor2) == "Military Forces of Cameroon (1982-)"


def test_stage_a_group_a_weapon_was_fired_from_fired_it(actors: Any) -> None:
    actor1, actor2 = actors(
        "Un missile a touché mardi un cargo près de Mokha ; selon Washington, il a été tiré "
        "depuis une zone contrôlée par les houthis.",
        "fr",
        "Yemen",
    )
    assert name(actor1) == "Houthi Movement (Ansar Allah)"
    assert name(actor2) != "Houthi Movement (Ansar Allah)"


def test_stage_a_strike_told_before_any_attacker_is_the_state_named_striking_next(
    told: Any,
) -> None:
    blog = (
        "19h10 - Le bilan de la frappe sur l'hypermarché de Kharkiv s'alourdit : au moins "
        "douze morts et 43 blessés, selon le gouverneur régional.\n\n"
        "08h15 - Dans la nuit de vendredi à samedi, un missile russe a frappé un entrepôt "
        "dans le port d'Odessa, blessant un gardien."
    )
    mention = told(blog, "fr", "UA", "hypermarché")
    assert name(mention.actor1_ref) == "Military Forces of Russia (2000-)"


def test_stage_a_strike_no_one_claimed_keeps_no_attacker_from_a_later_one(told: Any) -> None:
    text = (
        "Quatre ouvriers ont été tués vendredi soir dans une attaque de drone contre le champ "
        "gazier de Khor Mor, dans la province de Souleimaniyeh. L'attaque n'a pas été "
        "revendiquée.\n\n"
        "Samedi, l'artillerie des Gardiens de la révolution iraniens a bombardé les environs "
        "de Sidakan, visant des positions du PJAK."
    )
    mention = told(text, "fr", "IQ", "Khor Mor")
    assert mention.actor1_ref is None or "Iran" not in mention.actor1_ref.name


def test_stage_a_name_the_parse_cut_at_its_and_is_read_whole(actors: Any) -> None:
    _, actor2 = actors(
        "Les Forces de défense et de sécurité (FDS) ont repoussé dimanche une attaque "
        "terroriste contre la ville de Djibo.",
        "fr",
        "BF",
    )
    assert name(actor2) == "Military Forces of Burkina Faso (2022-)"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # A channel run by a group reports; it did not strike.
        ("Three people were killed on Monday, the Houthi-run Al-Masirah TV said, in raids "
         "on a communications facility in Dhamar.", None),
        # A group speaking of its own fighters struck.
        ("Hezbollah said in a statement on Monday that its fighters targeted an Israeli "
         "army position at the Metula barracks with artillery shells.", "Hezbollah"),
    ],
)  # fmt: skip
def test_stage_a_reporting_body_is_not_the_initiator(
    told: Callable[..., EventMention], text: str, group: str | None
) -> None:
    mention = told(text, "en", "Yemen" if "Dhamar" in text else "Lebanon", "Monday")
    assert name(mention.actor1_ref) == group


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # Unnamed forces right before a strike's trigger own the aircraft.
        ("A junta fighter jet bombed a monastery in Kani Township on Sunday, killing "
         "nine people.", "Myanmar", "Military Forces of Myanmar (2021-)"),
        # Not forces the sentence names as a place further back.
        ("Outside the military academy of Cali, a drone strike killed two people on "
         "Tuesday.", "Colombia", None),
    ],
)  # fmt: skip
def test_stage_forces_right_before_a_strike_struck(
    actors: Any, text: str, country: str, expected: str | None
) -> None:
    actor1, _ = actors(text, "en", country)
    assert name(actor1) == expected


def test_stage_two_sides_named_fighting_before_the_trigger_are_both_sides(actors: Any) -> None:
    actor1, actor2 = actors(
        "The army and the Rapid Support Forces fought on Friday near El Obeid, residents said.",
        "en",
        "Sudan",
    )
    assert {name(actor1), name(actor2)} == {
        "Military Forces of Sudan (2019-)",
        "Rapid Support Forces",
    }
