"""The actor matcher: exact, normalised, fuzzy and unnormalised paths, generic actors, interaction."""

from __future__ import annotations

import pytest

from eventwire.actors import ActorBase, ActorLookup, interaction, normalise

US = "Military Forces of the United States (2025-)"
KH = "Kataib Hezbollah"
PMF = "Popular Mobilization Forces"


def test_matcher_tiny_base_satisfies_the_protocol(tiny_base: ActorBase) -> None:
    lookup: ActorLookup = tiny_base
    found = lookup.match("KH")
    assert found is not None and found.canonical == KH


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Kata'ib Hizballah", "kataib hizballah"),
        ("Hachd al-Chaabi", "hachd chaabi"),
        ("ash-Shabaab", "shabaab"),
        ("l’armée israélienne", "armee israelienne"),
        ("U.S.", "us"),
        ("الحشد الشعبي", "حشد شعبي"),
        ("القوّات الأمنيّة", "قوات امنيه"),
        ("كـتـائب", "كتايب"),
        ("مستشفى", "مستشفي"),
    ],
)
def test_normalise_folds_spelling_variants(text: str, key: str) -> None:
    assert normalise(text) == key


def test_matcher_exact_alias(actor_base: ActorBase) -> None:
    found = actor_base.match("Kata'ib Hezbollah")
    assert found is not None
    assert (found.canonical, found.method, found.score) == (KH, "exact", 100.0)
    assert (found.inter, found.country, found.kind, found.parent) == (3, "IQ", "militia", PMF)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("kataib hezbollah", KH),
        ("les Brigades du Hezbollah irakien", KH),
        ("Hachd el Chaabi", PMF),
        ("KH fighters", KH),
        ("Ansar-Allah", "Houthi Movement (Ansar Allah)"),
    ],
)
def test_matcher_normalised(actor_base: ActorBase, text: str, canonical: str) -> None:
    found = actor_base.match(text)
    assert found is not None and (found.canonical, found.method) == (canonical, "normalised")


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Kataeb Hezbolah", KH),
        ("Katayib Hezbollah", KH),  # not the Lebanese Hezbollah the exact part names
        ("Rapid Suport Forces", "Rapid Support Forces"),
        ("Tatmadaww", "Military Forces of Myanmar (2021-)"),
    ],
)
def test_matcher_fuzzy(actor_base: ActorBase, text: str, canonical: str) -> None:
    found = actor_base.match(text)
    assert found is not None and (found.canonical, found.method) == (canonical, "fuzzy")
    assert actor_base.fuzzy_threshold <= found.score < 100


@pytest.mark.parametrize(
    "text",
    [
        "the Shadow Brigade",
        "Liwa al-Fatemiyoun",
        "Iranian-backed militias",
        "March 26 Movement",
        "Hamas Street",
    ],
)
def test_matcher_unknown_groups_are_kept_unnormalised(actor_base: ActorBase, text: str) -> None:
    found = actor_base.match(text)
    assert found is not None
    assert (found.canonical, found.method, found.inter) == (text, "unnormalised", None)


@pytest.mark.parametrize("text", ["", "  ", "—"])
def test_matcher_nothing_to_match_is_none(actor_base: ActorBase, text: str) -> None:
    assert actor_base.match(text) is None


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("كتائب حزب الله", KH),
        ("كتائب حزب اللـه", KH),
        ("الحشد الشعبى", PMF),
        ("داعش", "Islamic State (Iraq)"),
        ("الحوثيون", "Houthi Movement (Ansar Allah)"),
        ("قوات الدعم السريع", "Rapid Support Forces"),
        ("الجيش الإسرائيلي", "Military Forces of Israel (2022-)"),
    ],
)
def test_matcher_arabic_aliases(actor_base: ActorBase, text: str, canonical: str) -> None:
    found = actor_base.match(text, "IQ")
    assert found is not None and found.canonical == canonical


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("frappes américaines", US),
        ("U.S. strikes", US),
        ("American drones", US),
        ("les israéliens", "Military Forces of Israel (2022-)"),
        ("Israeli jets", "Military Forces of Israel (2022-)"),
        ("bombardements russes", "Military Forces of Russia (2000-)"),
        ("Russian shelling", "Military Forces of Russia (2000-)"),
        ("un drone iranien", "Military Forces of Iran (1989-)"),
        ("Iranian drones", "Military Forces of Iran (1989-)"),
        ("l'aviation turque", "Military Forces of Turkey (2016-)"),
        ("Turkish drone", "Military Forces of Turkey (2016-)"),
    ],
)
def test_matcher_demonyms_imply_state_forces(
    actor_base: ActorBase, text: str, canonical: str
) -> None:
    found = actor_base.match(text)
    assert found is not None and found.canonical == canonical


def test_matcher_named_actor_beats_demonym(actor_base: ActorBase) -> None:
    found = actor_base.match("la police irakienne")
    assert found is not None and found.canonical == "Police Forces of Iraq (2022-)"


def test_matcher_lowercase_us_is_not_the_united_states(tiny_base: ActorBase) -> None:
    found = tiny_base.match("let us")
    assert found is not None and found.method == "unnormalised"


def test_matcher_state_forces_abroad_are_external(actor_base: ActorBase) -> None:
    abroad = actor_base.match("US forces", "IQ")
    home = actor_base.match("Iraqi army", "IQ")
    assert abroad is not None and abroad.inter == 8
    assert home is not None and home.inter == 1


@pytest.mark.parametrize(
    ("hint", "canonical"),
    [
        ("IQ", "Islamic State (Iraq)"),
        ("SY", "Islamic State (Syria)"),
        ("Syria", "Islamic State (Syria)"),
        ("BF", "Islamic State (Sahel)"),
        ("SO", "Islamic State (Somalia)"),
    ],
)
def test_matcher_country_hint_picks_among_shared_aliases(
    actor_base: ActorBase, hint: str, canonical: str
) -> None:
    found = actor_base.match("Daech", hint)
    assert found is not None and found.canonical == canonical


@pytest.mark.parametrize(
    ("text", "hint", "canonical"),
    [
        # A longer spelling only one branch lists gives way to the branch of the country.
        ("des combattants du groupe État islamique", "SO", "Islamic State (Somalia)"),
        ("Islamic State group", "MZ", "Islamic State (Mozambique)"),
        # ACLED codes the Islamic State's Central Africa branch in the DRC as the ADF.
        ("rebels linked to the Islamic State group", "CD", "ADF: Allied Democratic Forces"),
        ("des combattants de l'État islamique", "CD", "ADF: Allied Democratic Forces"),
        ("des combattants du groupe État islamique", "IQ", "Islamic State (Iraq)"),
        # Not across groups: Kataib Hezbollah is not Lebanon's Hezbollah.
        ("Kataib Hezbollah fighters", "LB", "Kataib Hezbollah"),
        # Country context decides a shared abbreviation: the FDS of Mozambique.
        (
            "the Mozambican Defence and Security Forces (FDS)",
            "MZ",
            "Military Forces of Mozambique (1990-)",
        ),
        ("FDS", "MZ", "Military Forces of Mozambique (1990-)"),
        ("FDS", "SY", "SDF: Syrian Democratic Forces"),
        # A region's forces are their own, and never the country's unnamed army.
        ("une base des forces du Puntland", "SO", "Military Forces of Puntland (1998-)"),
        ("l'armée", "SO", "Military Forces of Somalia (2022-)"),
    ],
)
def test_matcher_country_hint_reaches_into_longer_spellings(
    actor_base: ActorBase, text: str, hint: str, canonical: str
) -> None:
    found = actor_base.match(text, hint)
    assert found is not None and found.canonical == canonical


@pytest.mark.parametrize(
    ("text", "hint", "canonical"),
    [
        ("unidentified gunmen", "IQ", "Unidentified Armed Group (Iraq)"),
        ("des hommes armés non identifiés", "SY", "Unidentified Armed Group (Syria)"),
        ("hombres armados", "Mali", "Unidentified Armed Group (Mali)"),
        # Armed elements are an unnamed group, not « éléments de l'armée » misspelt.
        (
            "des éléments armés non identifiés",
            "CF",
            "Unidentified Armed Group (Central African Republic)",
        ),
        ("armed elements", "CD", "Unidentified Armed Group (Democratic Republic of Congo)"),
        ("مسلحون مجهولون", "IQ", "Unidentified Armed Group (Iraq)"),
        ("civilians", "PS", "Civilians (Palestine)"),
        ("des civils", "UA", "Civilians (Ukraine)"),
        ("residents", "SD", "Civilians (Sudan)"),
        ("المدنيين", "YE", "Civilians (Yemen)"),
        # Migrants and refugees are civilians wherever they were hit.
        ("a detention centre for African migrants", "YE", "Civilians (Yemen)"),
        ("des réfugiés", "TD", "Civilians (Chad)"),
    ],
)
def test_matcher_unidentified_and_civilians_take_the_country(
    actor_base: ActorBase, text: str, hint: str, canonical: str
) -> None:
    found = actor_base.match(text, hint)
    assert found is not None and found.canonical == canonical
    assert found.inter == (7 if canonical.startswith("Civilians") else 3)


def test_matcher_unidentified_without_country_keeps_the_bare_label(tiny_base: ActorBase) -> None:
    found = tiny_base.match("unidentified gunmen")
    assert found is not None and (found.canonical, found.country) == (
        "Unidentified Armed Group",
        None,
    )


def test_matcher_parent_links(actor_base: ActorBase) -> None:
    for name in (KH, "Harakat Hezbollah al-Nujaba", "Asaib Ahl al-Haq", "Badr Organization"):
        found = actor_base.match(name)
        assert found is not None and found.parent == PMF
    qassam = actor_base.match("Brigades al-Qassam")
    assert qassam is not None and qassam.parent == "Hamas Movement"


def test_matcher_blockers_and_place_nouns(tiny_base: ActorBase) -> None:
    assert tiny_base.match("American-backed militia").method == "unnormalised"  # type: ignore[union-attr]
    assert tiny_base.match("Kataib Hezbollah Street").method == "unnormalised"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("inter1", "inter2", "expected"),
    [(1, 3, 13), (3, 1, 13), (2, 2, 22), (8, 7, 78), (1, 7, 17), (6, None, 60)],
)
def test_interaction_lower_code_first(inter1: int, inter2: int | None, expected: int) -> None:
    assert interaction(inter1, inter2) == expected


@pytest.mark.parametrize(("inter1", "inter2"), [(0, 1), (1, 9)])
def test_interaction_rejects_unknown_codes(inter1: int, inter2: int) -> None:
    with pytest.raises(ValueError, match="not one of ACLED's 1-8"):
        interaction(inter1, inter2)


@pytest.mark.parametrize(
    ("text", "country", "canonical"),
    [
        ("counter-terrorism forces", "Iraq", "Military Forces of Iraq (2022-)"),
        ("les forces spéciales", "Mali", "Military Forces of Mali (2021-)"),
        ("government forces", "Sudan", "Military Forces of Sudan (2019-)"),
        # Soldiers named as personnel or members of the forces.
        ("army personnel", "Syria", "Military Forces of Syria (2000-2024)"),
        ("members of the security forces", "Iraq", "Military Forces of Iraq (2022-)"),
        ("servicemen", "Ukraine", "Military Forces of Ukraine (2019-)"),
        ("des membres des forces de sécurité", "Mali", "Military Forces of Mali (2021-)"),
    ],
)
def test_matcher_unnamed_branches_are_the_countrys_forces(
    actor_base: ActorBase, text: str, country: str, canonical: str
) -> None:
    found = actor_base.match(text, country)
    assert found is not None and found.canonical.startswith(canonical.split(" (")[0])


@pytest.mark.parametrize(
    ("phrase", "country", "canonical"),
    [
        # Lebanon's other fighting parties: Amal is no misspelt Hamas.
        ("the Amal movement", "LB", "Amal Movement"),
        ("les Forces al-Fajr", "LB", "Al Jamaa al Islamiya"),
        ("Brigades des martyrs d'Al-Aqsa", "PS", "Al Aqsa Martyrs Brigade"),
        ("Iswap fighters", "NE", "Islamic State (West Africa)"),
        ("حركة العدل والمساواة", "SD", "JEM: Justice and Equality Movement"),
        ("l'armée tchadienne", "TD", "Military Forces of Chad (2021-)"),
        ("Arakan Rohingya Salvation Army militants", "MM", "ARSA: Arakan Rohingya Salvation Army"),
        ("تنظيم الدولة الإسلامية", "SY", "Islamic State (Syria)"),
    ],
)
def test_matcher_covers_the_issues_conflicts(
    actor_base: ActorBase, phrase: str, country: str, canonical: str
) -> None:
    found = actor_base.match(phrase, country)
    assert found is not None and found.canonical == canonical


def test_matcher_a_brigade_names_its_larger_force_as_parent(actor_base: ActorBase) -> None:
    found = actor_base.match("Ansarul Islam", "BF")
    assert found is not None and found.parent == "JNIM: Group for Support of Islam and Muslims"


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # Near-spellings of a demonym are other words.
        ("la chaîne France Télévisions", None),
        # Named before the pattern word, soldiers are a group of their own.
        ("the Free Druze Soldiers", "SY"),
    ],
)
def test_matcher_refuses_lookalikes(actor_base: ActorBase, text: str, hint: str | None) -> None:
    found = actor_base.match(text, hint)
    assert found is not None and found.method == "unnormalised", found


def test_matcher_near_spelling_of_another_countrys_group_is_not_it(actor_base: ActorBase) -> None:
    found = actor_base.match("SDP militants", "SY")
    assert found is not None and not found.canonical.startswith("PDF"), found


def test_matcher_forces_named_after_their_country_are_its_forces(actor_base: ActorBase) -> None:
    found = actor_base.match("les Forces armées de la RDC", "CD")
    assert found is not None
    assert found.canonical.startswith("Military Forces of the Democratic Republic of Congo")


@pytest.mark.parametrize(
    ("text", "hint", "canonical"),
    [
        ("unidentified gunmen", "MZ", "Unidentified Armed Group (Mozambique)"),
        ("civilians", "HT", "Civilians (Haiti)"),
        ("the army", "PG", "Military Forces of Papua New Guinea"),
        ("the police", "PG", "Police Forces of Papua New Guinea"),
        ("civilians", "Papua New Guinea", "Civilians (Papua New Guinea)"),
    ],
)
def test_matcher_countries_without_actors_are_named_not_coded(
    actor_base: ActorBase, text: str, hint: str, canonical: str
) -> None:
    found = actor_base.match(text, hint)
    assert found is not None and found.canonical == canonical


@pytest.mark.parametrize(
    ("hint", "canonical"),
    [("BF", "Military Forces of Burkina Faso (2022-)"), ("SY", "SDF: Syrian Democratic Forces")],
)
def test_matcher_a_shared_acronym_is_read_by_the_country(
    actor_base: ActorBase, hint: str, canonical: str
) -> None:
    # « FDS »: the Sahel's Forces de défense et de sécurité, or Syria's SDF.
    found = actor_base.match("les FDS", hint)
    assert found is not None and found.canonical == canonical


@pytest.mark.parametrize(
    ("sentence", "country", "group"),
    [
        ("L'attaque a été revendiquée par la Résistance islamique en Irak.", "IQ",
         "Islamic Resistance in Iraq"),
        ("The bombing was claimed by Al-Shabaab on its radio station.", "SO", "Al Shabaab"),
        # A day between the verb and its agent word.
        ("L'embuscade a été revendiquée lundi par l'État islamique au Sahel.", "NE",
         "Islamic State (Sahel)"),
        ("The raid was claimed on Sunday by Al-Shabaab.", "SO", "Al Shabaab"),
        # French news names the group in the plural.
        ("Les shebabs, liés à al-Qaïda, ont revendiqué les tirs.", "SO", "Al Shabaab"),
        ("Daech a revendiqué l'attaque dans un communiqué.", "SY", "Islamic State (Syria)"),
        # A claim told without its author names no one.
        ("The attack was claimed by no one.", "SO", None),
    ],
)  # fmt: skip
def test_claimant_group_reads_a_passive_claim(
    actor_base: ActorBase, sentence: str, country: str, group: str | None
) -> None:
    found = actor_base.claimant_group(sentence, country)
    assert (found.canonical if found else None) == group


def test_forces_are_the_countrys_military(actor_base: ActorBase) -> None:
    assert actor_base.forces("SD").canonical == "Military Forces of Sudan (2019-)"
    assert actor_base.forces("Israel").canonical == "Military Forces of Israel (2022-)"


@pytest.mark.parametrize(
    ("text", "hint", "canonical"),
    [
        # The forces' own word before what they use: the country's forces.
        ("regime jets", "MM", "Military Forces of Myanmar (2021-)"),
        ("junta fighter jet", "MM", "Military Forces of Myanmar (2021-)"),
        ("la junte", "ML", "Military Forces of Mali (2021-)"),
        # Israel's forces in the words of those they occupy, as the Arabic aliases say.
        ("occupation forces", "PS", "Military Forces of Israel (2022-)"),
        ("forces d'occupation", "LB", "Military Forces of Israel (2022-)"),
    ],
)
def test_matcher_names_forces_by_their_own_words(
    actor_base: ActorBase, text: str, hint: str, canonical: str
) -> None:
    found = actor_base.match(text, hint)
    assert found is not None and found.canonical == canonical


@pytest.mark.parametrize("text", ["Army of Magnificence", "Islamic Army"])
def test_matcher_a_forces_word_in_a_name_is_a_group(actor_base: ActorBase, text: str) -> None:
    found = actor_base.match(text, "SY")
    assert found is not None and found.via != "pattern"


def test_find_names_an_acronyms_spelt_out_name_is_one_alias(actor_base: ActorBase) -> None:
    # "Return, Reclamation and Rehabilitation" is one name: "Retour" alone is a word.
    assert actor_base.find_names("11h20 - Retour sur jeudi : la frappe de missiles", "UA") == []
    found = actor_base.match("Retour, réclamation et réhabilitation", "CF")
    assert found is not None and found.canonical == "3R: Return, Reclamation, Rehabilitation"


@pytest.mark.parametrize(
    ("sentence", "country", "group"),
    [
        ("Selon Washington, le missile a été tiré depuis une zone contrôlée par les houthis.",
         "YE", "Houthi Movement (Ansar Allah)"),
        ("A US official said the missile had been fired from Houthi-controlled territory.",
         "YE", "Houthi Movement (Ansar Allah)"),
        # The group must stand in the clause after the phrase.
        ("The rocket was fired from an orchard, Hezbollah said.", "LB", None),
    ],
)  # fmt: skip
def test_launcher_group_is_named_after_where_a_weapon_was_fired_from(
    actor_base: ActorBase, sentence: str, country: str, group: str | None
) -> None:
    found = actor_base.launcher_group(sentence, country)
    assert (found.canonical if found else None) == group


def test_matcher_a_tanker_flying_a_flag_is_a_merchant_ship(actor_base: ActorBase) -> None:
    found = actor_base.find_names("Un pétrolier battant pavillon norvégien a été touché", "YE")
    assert [m.canonical for m in found] == ["Civilians (International)"]


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("des séparatistes armés", "CM", "Ambazonian Separatists"),
        ("Suspected separatist fighters", "CM", "Ambazonian Separatists"),
        ("« terroristes sécessionnistes »", "Cameroon", "Ambazonian Separatists"),
        # A local alias names no one elsewhere, nor with no country told.
        ("des séparatistes armés", "UA", None),
        ("separatists", None, None),
    ],
)
def test_matcher_a_local_alias_holds_in_its_country_only(
    actor_base: ActorBase, text: str, country: str | None, expected: str | None
) -> None:
    found = actor_base.match(text, country)
    assert found is not None
    assert (found.canonical if found.method != "unnormalised" else None) == expected


def test_matcher_find_names_reads_a_local_alias_in_its_country_only(
    actor_base: ActorBase,
) -> None:
    told = "Deux gendarmes ont été tués à Bamenda par des séparatistes armés."
    assert [m.canonical for m in actor_base.find_names(told, "CM")] == ["Ambazonian Separatists"]
    assert actor_base.find_names(told, "NG") == []
    # A general name of another group stays general: "southern separatists" in Yemen.
    found = actor_base.match("southern separatists", "YE")
    assert found is not None and found.canonical == "STC: Southern Transitional Council"


@pytest.mark.parametrize(
    ("text", "unclaimed"),
    [
        ("L'attaque, la deuxième contre le site, n'a pas été revendiquée.", True),
        ("No group has claimed responsibility for the bombing.", True),
        ("Al-Shabaab claimed the attack in a statement.", False),
    ],
)
def test_matcher_says_unclaimed(actor_base: ActorBase, text: str, unclaimed: bool) -> None:
    assert actor_base.says_unclaimed(text) is unclaimed
