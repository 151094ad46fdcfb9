"""Who the actors.kb.v1 stage says struck when a later sentence tells it, and the
country it labels unnamed sides with when no place tells one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.actors.test_stage import located, name

from eventwire.actors import ActorBase, ActorStage
from eventwire.actors.context import named_country
from eventwire.models import Article, EventMention

Extract = Callable[..., tuple[Article, Any]]


@pytest.fixture
def stage(actor_base: ActorBase) -> ActorStage:
    return ActorStage(lambda: actor_base)


def first(
    extract: Extract, stage: ActorStage, text: str, language: str, country: str
) -> EventMention:
    article, _ = extract(text, language)
    return stage(located(article, country)).mentions[0]


@pytest.mark.parametrize(
    ("language", "text", "country", "group"),
    [
        ("en", "A car bomb exploded near a police station in Jamundi on Monday, killing two "
               "officers. Authorities blamed the Central General Staff for the bombing.",
         "Colombia", "EMC: Central General Staff"),
        ("fr", "Une bombe artisanale a tué trois soldats lundi près de Kidal. Le gouvernement "
               "attribue l'attaque au JNIM.", "Mali", "JNIM: Group for Support of Islam and Muslims"),
    ],
)  # fmt: skip
def test_attribution_a_later_blame_names_the_initiator(
    extract: Extract, stage: ActorStage, language: str, text: str, country: str, group: str
) -> None:
    mention = first(extract, stage, text, language, country)
    assert name(mention.actor1_ref) == group
    assert mention.actor1_ref is not None and mention.actor1_ref.method == "claimed"


def test_attribution_a_blame_the_accused_denies_names_no_one(
    extract: Extract, stage: ActorStage
) -> None:
    mention = first(
        extract,
        stage,
        "A car bomb exploded near a market in Jamundi on Monday, killing two people. "
        "Authorities blamed the Central General Staff, which denied any role.",
        "en",
        "Colombia",
    )
    assert name(mention.actor1_ref) == "Unidentified Armed Group (Colombia)"


@pytest.mark.parametrize(
    ("language", "text", "country", "forces"),
    [
        ("en", "An airstrike hit a market in Kutum on Monday, killing nine people. The "
               "Sudanese Armed Forces said it had targeted a militia gathering in the town.",
         "Sudan", "Military Forces of Sudan (2019-)"),
        ("fr", "Une frappe de drone a tué douze personnes mardi près de Léré. L'armée "
               "malienne affirme avoir visé des terroristes.", "Mali", "Military Forces of Mali (2021-)"),
    ],
)  # fmt: skip
def test_attribution_forces_saying_they_struck_own_the_strike_told_before(
    extract: Extract, stage: ActorStage, language: str, text: str, country: str, forces: str
) -> None:
    mention = first(extract, stage, text, language, country)
    assert name(mention.actor1_ref) == forces


def test_attribution_forces_saying_they_struck_do_not_own_a_raid_by_gunmen(
    extract: Extract, stage: ActorStage
) -> None:
    # A strike in reply is not a claim of the raid it answers.
    mention = first(
        extract,
        stage,
        "Gunmen attacked the village of Tawila on Monday, killing nine people. The "
        "Sudanese Armed Forces said it had targeted the attackers' hideouts.",
        "en",
        "Sudan",
    )
    assert mention.sub_event_type == "Attack"
    assert name(mention.actor1_ref) == "Unidentified Armed Group (Sudan)"


def test_attribution_demonyms_name_the_country_no_place_gave(
    parser: Callable[..., Article], actor_base: ActorBase
) -> None:
    article = parser(
        "Au moins quarante militaires tchadiens ont perdu la vie dans une attaque contre "
        "une position de l'armée, a indiqué la présidence tchadienne.",
        "fr",
    )
    assert named_country(article, actor_base) == "TD"
    assert named_country(parser("Heavy rain fell on Monday.", "en"), actor_base) == ""


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # A country's name; the longer name inside which a shorter one stands wins.
        ("Fighting resumed in Upper Nile, South Sudan, on Monday.", "SS"),
        ("Two soldiers died near Bannu in north-western Pakistan.", "PK"),
        # No country named: that of the group claiming the attack.
        ("Two soldiers died near Bannu on Tuesday. The Hafiz Gul Bahadur faction claimed "
         "the attack.", "PK"),
    ],
)  # fmt: skip
def test_attribution_named_country_reads_names_then_groups(
    parser: Callable[..., Article], actor_base: ActorBase, text: str, country: str
) -> None:
    assert named_country(parser(text, "en"), actor_base) == country


@pytest.mark.parametrize(
    ("language", "text", "country", "group"),
    [
        ("fr", "Deux civils ont été tués jeudi soir lorsque des roquettes tirées par les shebab "
               "se sont abattues sur un marché de Beledweyne, a indiqué un responsable local.",
         "Somalia", "Al Shabaab"),
        ("en", "Three young men were killed at dawn by occupation forces' bullets during a raid "
               "on the town of Tubas, the ministry said.", "Palestine",
         "Military Forces of Israel (2022-)"),
    ],
)  # fmt: skip
def test_attribution_the_agent_right_after_the_trigger_acted(
    extract: Extract, stage: ActorStage, language: str, text: str, country: str, group: str
) -> None:
    mention = first(extract, stage, text, language, country)
    assert name(mention.actor1_ref) == group


def test_attribution_an_agent_of_another_verb_further_on_did_not_act(
    actor_base: ActorBase,
) -> None:
    # The trigger's own agent comes within a few words; "used by" is the supplies'.
    far = " command centres, weapons depots and the fuel supplies used by the Houthis in Sanaa"
    assert actor_base.agent_group(far, "YE") is None
    assert name_of(actor_base.agent_group(" carried out by the Houthis in Sanaa", "YE")) == (
        "Houthi Movement (Ansar Allah)"
    )


def name_of(match: Any) -> str | None:
    return match.canonical if match is not None else None


def test_attribution_a_blame_owns_the_incident_told_last_not_an_earlier_one(
    extract: Extract, stage: ActorStage
) -> None:
    article, _ = extract(
        "Armed men opened fire inside a bar in Irapuato on Saturday, killing six people. "
        "Hours earlier, two police officers were killed when explosives dropped from drones "
        "hit their patrol near Aguililla. Authorities blamed the Jalisco New Generation Cartel.",
        "en",
    )
    mentions = stage(located(article, "Mexico")).mentions
    bar = next(m for m in mentions if "bar" in m.sentence.cut(article.text))
    drones = next(m for m in mentions if "drones" in m.sentence.cut(article.text))
    assert name(bar.actor1_ref) == "Unidentified Armed Group (Mexico)"
    assert name(drones.actor1_ref) == "CJNG: Jalisco New Generation Cartel"


def test_attribution_unnamed_agents_the_clause_names_are_that_group(actor_base: ActorBase) -> None:
    found = actor_base.agent_group(
        " par des hommes armés identifiés comme des éléments 3R sur l'axe de Ngaoundaye", "CF"
    )
    assert name_of(found) == "3R: Return, Reclamation, Rehabilitation"
    unnamed = actor_base.agent_group(" par des inconnus dans un bar de Kiwanja", "CD")
    assert name_of(unnamed) == "Unidentified Armed Group (Democratic Republic of Congo)"


def test_attribution_violence_against_civilians_hits_the_country_s_civilians(
    extract: Extract, stage: ActorStage
) -> None:
    # The parse names the victims only as people: ACLED's second side is civilians.
    mention = first(
        extract,
        stage,
        "Gunmen suspected to be bandits killed nine people in an attack on Tudun Wada "
        "village in Zamfara State on Monday night, residents said.",
        "en",
        "Nigeria",
    )
    assert mention.event_type == "Violence against civilians"
    assert name(mention.actor2_ref) == "Civilians (Nigeria)"


def test_attribution_a_group_counted_dead_before_the_trigger_was_hit_by_the_claimant(
    extract: Extract, stage: ActorStage
) -> None:
    # The dead named before the trigger are the target, not who struck; the group
    # claiming the attack afterwards struck.
    text = (
        "Selon une source locale, une quinzaine de VDP ont été tués dans les combats de "
        "samedi à Fada N'Gourma. L'attaque a été revendiquée dimanche par le JNIM."
    )
    mention = first(extract, stage, text, "fr", "Burkina Faso")
    assert name(mention.actor1_ref) == "JNIM: Group for Support of Islam and Muslims"
    assert name(mention.actor2_ref) == "VDP: Volunteers for the Defense of the Homeland"


@pytest.mark.parametrize(
    ("text", "unclaimed"),
    [
        ("There was no immediate claim of responsibility.", True),
        ("No group immediately claimed responsibility for the attack.", True),
        ("L'attaque n'a fait l'objet d'aucune revendication.", True),
        ("Al-Shabaab claimed responsibility for the attack.", False),
    ],
)
def test_attribution_says_no_one_claimed_the_attack(
    actor_base: ActorBase, text: str, unclaimed: bool
) -> None:
    assert actor_base.says_unclaimed(text) is unclaimed
