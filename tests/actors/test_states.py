"""State forces generated from data/actors/states.yaml, and the groups of the conflicts beyond the first."""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from eventwire.actors import ActorBase
from eventwire.actors.states import (
    MILITARY,
    POLICE,
    load_form_templates,
    parse_states,
    state_actors,
)
from eventwire.errors import DataFileError


@pytest.mark.parametrize(
    ("text", "hint", "canonical"),
    [
        ("Nigerian troops", "NG", "Military Forces of Nigeria (2023-)"),
        ("l'armée nigériane", "NG", "Military Forces of Nigeria (2023-)"),
        ("des soldats nigérians", "NE", "Military Forces of Nigeria (2023-)"),
        ("الجيش النيجيري", None, "Military Forces of Nigeria (2023-)"),
        ("soldats pakistanais", "PK", "Military Forces of Pakistan (2018-)"),
        ("the Pakistan Army", "PK", "Military Forces of Pakistan (2018-)"),
        ("Pakistani police", "PK", "Police Forces of Pakistan (2018-)"),
        ("Colombian police", "CO", "Police Forces of Colombia (2022-)"),
        ("el ejército colombiano", "CO", "Military Forces of Colombia (2022-)"),
        ("la policía colombiana", "CO", "Police Forces of Colombia (2022-)"),
        ("policiers haïtiens", "HT", "Police Forces of Haiti"),
        ("la police nationale haïtienne", "HT", "Police Forces of Haiti"),
        ("Mozambican soldiers", "MZ", "Military Forces of Mozambique (1990-)"),
        ("les forces armées éthiopiennes", "ET", "Military Forces of Ethiopia (2021-)"),
        ("Cameroonian troops", "CM", "Military Forces of Cameroon (1982-)"),
        ("Libyan forces", "LY", "Military Forces of Libya (2021-) Government of National Unity"),
        ("la police malienne", "ML", "Police Forces of Mali (2021-)"),
    ],
)
def test_states_demonym_phrases_name_the_forces(
    actor_base: ActorBase, text: str, hint: str | None, canonical: str
) -> None:
    found = actor_base.match(text, hint)
    assert found is not None and found.canonical == canonical
    assert found.inter == (1 if hint in (None, found.country) else 8)


def test_states_police_and_army_are_the_countrys_own(actor_base: ActorBase) -> None:
    police = actor_base.match("the police", "NG")
    army = actor_base.match("the army", "LY")
    assert police is not None and police.canonical == "Police Forces of Nigeria (2023-)"
    # Libya's army is its recognised government's, not the eastern rival's.
    assert army is not None and army.canonical.endswith("Government of National Unity")
    haftar = actor_base.match("les forces du maréchal Haftar", "LY")
    assert haftar is not None and haftar.canonical.endswith("Libyan National Army")


def test_states_a_countrys_forces_are_the_whole_not_a_branch(actor_base: ActorBase) -> None:
    # « l'armée » in Iran is its army, not the IRGC listed first in iran.yaml.
    found = actor_base.match("l'armée", "IR")
    assert found is not None and found.canonical == "Military Forces of Iran (1989-)"


def test_states_earlier_regimes_by_date(actor_base: ActorBase) -> None:
    name = "Military Forces of Nigeria (2023-)"
    assert actor_base.name_on(name, date(2023, 5, 28)) == "Military Forces of Nigeria (2015-2023)"
    assert actor_base.name_on(name, date(2023, 5, 29)) == name
    afghan = "Military Forces of Afghanistan (2021-)"
    assert (
        actor_base.name_on(afghan, date(2021, 1, 1)) == "Military Forces of Afghanistan (2014-2021)"
    )


def test_states_files_entries_are_kept_not_doubled(actor_base: ActorBase) -> None:
    # Iraq's forces come from iraq_syria.yaml; the table adds nothing for them.
    iraq = [
        a for a in actor_base.actors.values() if a.canonical.startswith("Military Forces of Iraq")
    ]
    assert {a.source for a in iraq} == {"data/actors/iraq_syria.yaml"}
    # Every country of the table has its forces under the table's period.
    with open(_states_path(), encoding="utf-8") as handle:
        states = parse_states(yaml.safe_load(handle), "states.yaml")
    for state in states:
        for prefix in (MILITARY, POLICE):
            assert actor_base.get(state.canonical(prefix)) is not None, state.canonical(prefix)


def _states_path() -> str:
    from importlib import resources

    return str(resources.files("eventwire").joinpath("data", "actors", "states.yaml"))


@pytest.mark.parametrize(
    ("text", "hint", "canonical"),
    [
        ("Boko Haram fighters", "NG", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
        ("les jihadistes de l'Iswap", "NG", "Islamic State (West Africa)"),
        # "Islamic State" is the province of the event's country.
        ("Islamic State fighters", "NG", "Islamic State (West Africa)"),
        ("Islamic State fighters", None, "Islamic State (Iraq)"),
        ("al-Shabaab insurgents", "MZ", "Islamic State (Mozambique)"),
        ("al-Shabaab insurgents", "SO", "Al Shabaab"),
        ("al-Shabaab insurgents", None, "Al Shabaab"),
        ("les insurgés du Cabo Delgado", "MZ", "Islamic State (Mozambique)"),
        ("des miliciens Fano", "ET", "Fano Militia"),
        ("the Oromo Liberation Army", "ET", "OLF-Shane: Oromo Liberation Front-Shane"),
        ("la coalition Viv Ansanm", "HT", "Viv Ansanm"),
        ("le gang 400 Mawozo", "HT", "400 Mawozo"),
        ("los guerrilleros del ELN", "CO", "ELN: National Liberation Army"),
        ("el Clan del Golfo", "CO", "AGC: Gaitanist Self-Defense Forces of Colombia"),
        ("disidencias de las FARC", "CO", "FARC Dissident Forces"),
        ("el Cártel Jalisco Nueva Generación", "MX", "CJNG: Jalisco New Generation Cartel"),
        ("Los Choneros", "EC", "Los Choneros"),
        ("Pakistani Taliban militants", "PK", "TTP: Tehreek-i-Taliban Pakistan"),
        ("l'Armée de libération du Baloutchistan", "PK", "BLA: Baloch Liberation Army"),
        ("ISIS-K", "AF", "Islamic State (Afghanistan)"),
        ("Ambazonian separatists", "CM", "Ambazonian Separatists"),
        ("les rebelles de la CPC", "CF", "CPC: Coalition of Patriots for Change"),
        ("Kuki militants", "IN", "Kuki Ethnic Militia (India)"),
        ("armed bandits", "NG", "Unidentified Armed Group (Nigeria)"),
        ("des membres de gangs armés", "HT", "Unidentified Gang (Haiti)"),
        ("gang members", "MX", "Unidentified Gang (Mexico)"),
        ("clan militias", "SO", "Unidentified Communal Militia (Somalia)"),
        ("des miliciens tribaux", "LY", "Unidentified Tribal Militia (Libya)"),
        ("armed tribesmen", "YE", "Unidentified Tribal Militia (Yemen)"),
        ("the 400 Mawozo gang", "HT", "400 Mawozo"),
        (
            "Palestinian Authority security forces",
            "PS",
            "Police Forces of Palestine (1994-) West Bank",
        ),
        ("la police de Gaza", "PS", "Police Forces of Palestine (2007-) Gaza Strip"),
    ],
)
def test_states_groups_of_other_conflicts(
    actor_base: ActorBase, text: str, hint: str | None, canonical: str
) -> None:
    found = actor_base.match(text, hint)
    assert found is not None and found.canonical == canonical


def test_states_brigades_are_associated_with_their_force(actor_base: ActorBase) -> None:
    found = actor_base.match("Radaa forces", "LY")
    assert found is not None and found.canonical == "Radaa Special Deterrence Force"
    assert found.parent == "Military Forces of Libya (2021-) Government of National Unity"


@pytest.mark.parametrize(
    ("hint", "civilians", "unidentified"),
    [
        ("Mozambique", "Civilians (Mozambique)", "Unidentified Armed Group (Mozambique)"),
        ("HT", "Civilians (Haiti)", "Unidentified Armed Group (Haiti)"),
        (
            "Papua New Guinea",
            "Civilians (Papua New Guinea)",
            "Unidentified Armed Group (Papua New Guinea)",
        ),
        ("CI", "Civilians (Ivory Coast)", "Unidentified Armed Group (Ivory Coast)"),
    ],
)
def test_states_unnamed_sides_take_any_country(
    actor_base: ActorBase, hint: str, civilians: str, unidentified: str
) -> None:
    assert actor_base.civilians(hint).canonical == civilians
    assert actor_base.unidentified(hint).canonical == unidentified


def test_states_peoples_and_made_in(actor_base: ActorBase) -> None:
    assert actor_base.people_of("Nigerians") == "NG"
    assert actor_base.people_of("Haïtiens") == "HT"
    # Where a weapon was made does not say who fired it.
    for text in ("Turkish-made drones", "des drones de fabrication turque"):
        found = actor_base.match(text, "SY")
        assert found is not None and found.method == "unnormalised"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("XX: {name: X, period: 'soon'}", r"period 'soon'"),
        ("Nigeria: {name: X}", r"'Nigeria': not an ISO alpha-2"),
        ("XX: {name: X, former: [['2000-2010']]}", r"former entries"),
        ("XX: {name: X, en: Xian}", r"'en' should be a list"),
    ],
)
def test_states_bad_rows_fail_naming_the_state(row: str, message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        parse_states(yaml.safe_load("states:\n  " + row), "data/actors/bad.yaml")


def test_states_wrong_number_of_forms_fails() -> None:
    states = parse_states(yaml.safe_load("states:\n  XX: {name: X, en: [Xian]}"), "bad.yaml")
    with pytest.raises(DataFileError, match=r"'XX': en needs the forms"):
        state_actors(states, load_form_templates(), [])


def test_states_generated_names_do_not_shadow_the_files(actor_base: ActorBase) -> None:
    # Generated forces come first in the base: a name they share with an actor of
    # the regional files would take it wherever the country is unknown.
    generated = {
        a.canonical for a in actor_base.actors.values() if a.source.endswith("states.yaml")
    }
    shared = set()
    for actor in actor_base.actors.values():
        if actor.canonical in generated:
            continue
        for names in (*actor.aliases.values(), *actor.demonyms.values()):
            for alias in names:
                found = actor_base.match(alias)
                if found is not None and found.canonical in generated:
                    shared.add(alias.casefold())
    # The Taliban are Afghanistan's forces, and the TTP's name in Pakistan only.
    assert shared <= {"taliban", "talibans"}
    congolese = actor_base.match("Congolese army")
    assert congolese is not None and congolese.canonical.startswith(
        "Military Forces of the Democratic Republic of Congo"
    )
