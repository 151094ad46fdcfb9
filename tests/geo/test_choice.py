"""Choosing between namesakes and placing names the gazetteer lacks (geo/choice.py, locate_names)."""

from __future__ import annotations

import dataclasses

from eventwire.geo import MemoryGazetteer, Place, locate_names

from .test_stage import ASAD, mention, place, resolve


def _region(p: Place, admin1: str) -> Place:
    return dataclasses.replace(p, admin1=admin1)


MOSCOW = place("20", "Moscow", "RU", population=10_400_000, lat=55.75)
MOSCOW_IDAHO = _region(place("21", "Moscow", "US", population=24_000, lat=46.7), "Idaho")
BOISE = _region(place("22", "Boise", "US", population=220_000, lat=43.6), "Idaho")
SPOKANE = _region(place("23", "Spokane", "US", population=210_000, lat=47.7), "Washington")
IDAHO = _region(place("24", "Idaho", "US", feature="admin1", lat=44.4), "Idaho")
MIAMI = _region(place("25", "Miami", "US", population=440_000, lat=25.8), "Florida")
TAMPA = _region(place("26", "Tampa", "US", population=390_000, lat=27.9), "Florida")
FLORIDA = _region(place("27", "Florida", "US", feature="admin1", lat=28.0), "Florida")
DALLAS = _region(place("28", "Dallas", "US", population=1_300_000, lat=32.8), "Texas")
KAVANUR = place("29", "Kavery", "US", population=3_000, lat=41.0)  # sound key "kvr"
MIDEAST_TOWN = _region(place("30", "Middle East", "US", population=800, lat=40.0), "Idaho")
OBLAST = place("32", "Moscow Oblast", "RU", feature="admin1", lat=55.5)
MIDEAST = dataclasses.replace(
    place("31", "Middle East", "US", feature="macroregion", lat=29.0), country_iso2="", admin1=""
)
GAZETTEER = MemoryGazetteer(
    {p: [] for p in (MOSCOW, MOSCOW_IDAHO, BOISE, SPOKANE, IDAHO, MIAMI, TAMPA, FLORIDA, DALLAS,
                     KAVANUR, MIDEAST_TOWN, MIDEAST, OBLAST)}
)  # fmt: skip


def _choose(*names: str) -> dict[str, Place | None]:
    return locate_names(GAZETTEER, names, names)[1]


def test_choice_a_famous_city_beats_the_articles_small_namesake() -> None:
    assert _choose("Moscow", "Boise", "Spokane")["Moscow"] == MOSCOW


def test_choice_a_namesake_paired_with_its_region_stays() -> None:
    assert _choose("Moscow", "Boise", "Idaho")["Moscow"] == MOSCOW_IDAHO


def test_choice_a_street_the_gazetteer_lacks_is_in_the_articles_town() -> None:
    found = _choose("Collins Avenue", "Miami", "Dallas", "Florida", "Tampa")
    assert found["Collins Avenue"] == MIAMI  # Florida's biggest named town, not Dallas
    assert _choose("Barclays Center", "Dallas")["Barclays Center"] == DALLAS
    assert _choose("Collins Avenue")["Collins Avenue"] is None  # no town named: unplaced


def test_choice_a_name_whose_only_likeness_is_its_sound_skeleton_is_refused() -> None:
    # "Cauvery" and "Kavery" share the skeleton "kvr" and are spelled alike: found;
    # "Qivoray" shares it too but is spelled unlike (ratio 46): refused.
    assert _choose("Cauvery", "Dallas")["Cauvery"] == KAVANUR
    assert _choose("Kivaro Street", "Dallas")["Kivaro Street"] == DALLAS
    assert _choose("Qivoray", "Dallas")["Qivoray"] is None


def test_stage_a_street_placed_at_its_town_has_precision_two() -> None:
    found = resolve(mention(1, "Ain al-Asad"), mention(2, "Al-Qaim"), mention(3, "Qaim Street"))
    assert found["Qaim Street"] is not None and found["Qaim Street"].geo_precision == 2
    assert found["Al-Qaim"] is not None and found["Al-Qaim"].geo_precision == 1


def test_choice_a_world_region_is_itself_wherever_the_story_is() -> None:
    # "the Middle East" in a story about Idaho towns is the region, not the village.
    assert _choose("Middle East", "Boise", "Idaho")["Middle East"] == MIDEAST


def test_choice_a_region_named_abroad_is_not_refused_like_a_small_town() -> None:
    # Three names agree on the United States; a Russian region is still itself.
    assert _choose("Moscow Oblast", "Boise", "Spokane", "Idaho")["Moscow Oblast"] == OBLAST


def _at(p: Place, admin1: str, lon: float) -> Place:
    return dataclasses.replace(p, admin1=admin1, longitude=lon)


HUNTSVILLE_AL = _at(
    place("40", "Huntsville", "US", population=215_000, lat=34.73), "Alabama", -86.59
)
HUNTSVILLE_TX = _at(place("41", "Huntsville", "US", population=41_000, lat=30.72), "Texas", -95.55)
WALKER_AL = _at(place("42", "Walker County", "US", "admin2", lat=33.80), "Alabama", -87.29)
WALKER_GA = _at(place("43", "Walker County", "US", "admin2", lat=34.84), "Georgia", -85.32)
WALKER_TX = _at(place("44", "Walker County", "US", "admin2", lat=30.70), "Texas", -95.48)
MADISON = _at(place("45", "Madison", "US", population=56_000, lat=34.70), "Alabama", -86.75)
MADISON_COUNTY = _at(place("46", "Madison", "US", "admin2", lat=34.76), "Alabama", -86.55)
COUNTIES = MemoryGazetteer(
    {p: [] for p in (HUNTSVILLE_AL, HUNTSVILLE_TX, WALKER_AL, WALKER_GA, WALKER_TX, MADISON,
                     MADISON_COUNTY)}
)  # fmt: skip


def test_choice_a_town_and_the_county_it_lies_in_are_each_other() -> None:
    names = ("Huntsville", "Walker County")
    found = locate_names(COUNTIES, names, names)[1]
    assert found == {"Huntsville": HUNTSVILLE_TX, "Walker County": WALKER_TX}  # the county seat
    # Alone, Huntsville is Alabama's city; a name a town bears stays the town even
    # beside a town near its county (Goma the city, not its territory).
    assert locate_names(COUNTIES, ["Huntsville"], ["Huntsville"])[1]["Huntsville"] == HUNTSVILLE_AL
    names = ("Huntsville", "Madison")
    assert locate_names(COUNTIES, names, names)[1]["Madison"] == MADISON


PLEASANT_BIG = _at(place("47", "Mount Pleasant", "US", population=90_000, lat=32.8), "SC", -79.86)
PLEASANT_SMALL = _at(place("48", "Mount Pleasant", "US", population=5_000, lat=33.0), "SC", -80.9)
WALTERBORO = _at(place("49", "Walterboro", "US", population=5_400, lat=32.9), "SC", -80.67)
NEIGHBOURS = MemoryGazetteer({p: [] for p in (PLEASANT_BIG, PLEASANT_SMALL, WALTERBORO)})


def test_choice_a_namesake_near_another_name_of_the_article_is_meant() -> None:
    names = ("Mount Pleasant", "Walterboro")
    assert locate_names(NEIGHBOURS, names, names)[1]["Mount Pleasant"] == PLEASANT_SMALL
    alone = locate_names(NEIGHBOURS, ["Mount Pleasant"], ["Mount Pleasant"])[1]
    assert alone["Mount Pleasant"] == PLEASANT_BIG  # the bigger, with nothing near


IRAQ_NAMED = dataclasses.replace(
    place("50", "Iraq", "IQ", "country", lat=33.0), population=38_000_000
)
ARAK = place("51", "Arak", "AZ", population=500_000, lat=34.1)  # also "Iraq" in GeoNames
ZIYARAT = place("52", "Ziyarat", "AZ", population=2_700, lat=38.9)
ERBIL = place("53", "Erbil", "IQ", population=1_600_000, lat=36.2)
ABROAD = MemoryGazetteer({IRAQ_NAMED: [], ARAK: ["Iraq"], ZIYARAT: [], ERBIL: []})


def test_choice_a_country_named_does_not_support_its_namesakes_country() -> None:
    # "Iraq" is the country, not Arak: it lends no support to a lone small namesake
    # of another name in Arak's country, which stays unresolved.
    names = ("Ziyarat", "Erbil", "Iraq")
    assert locate_names(ABROAD, names, names)[1]["Ziyarat"] is None


RUSSIA_NAMED = dataclasses.replace(
    place("54", "Russia", "RU", "country", lat=60.0), population=144_000_000
)
RUSSIA_TOWN = _at(place("55", "Russia", "US", population=600, lat=40.23), "Ohio", -84.41)
SHELBY = _at(place("56", "Shelby County", "US", "admin2", lat=40.33), "Ohio", -84.2)
SHELBY_GAZETTEER = MemoryGazetteer({RUSSIA_NAMED: [], RUSSIA_TOWN: [], SHELBY: []})


def test_choice_a_country_gives_way_to_a_namesake_in_a_county_the_article_names() -> None:
    names = ("Russia", "Shelby County")
    assert locate_names(SHELBY_GAZETTEER, names, names)[1]["Russia"] == RUSSIA_TOWN
    alone = locate_names(SHELBY_GAZETTEER, ["Russia"], ["Russia"])[1]
    assert alone["Russia"] == RUSSIA_NAMED


def test_choice_a_seas_name_is_the_sea_not_a_region_it_is_an_alternate_of() -> None:
    # « mer Rouge » is also an alternate name of Egypt's Red Sea governorate (own
    # name Al Bahr al Ahmar) and the own name of a hamlet in Louisiana.
    sea = dataclasses.replace(
        place("40", "Red Sea", "US", feature="sea", lat=20.0), country_iso2="", admin1=""
    )
    governorate = dataclasses.replace(
        place("41", "Al Bahr al Ahmar", "US", feature="admin1", lat=25.2),
        country_iso2="EG", country_name="Egypt", iso_numeric=818, admin1="Al Bahr al Ahmar",
    )  # fmt: skip
    hamlet = _region(place("42", "Mer Rouge", "US", population=590, lat=32.8), "Louisiana")
    gazetteer = MemoryGazetteer({sea: ["mer Rouge"], governorate: ["mer Rouge"], hamlet: []})
    assert locate_names(gazetteer, ["mer Rouge"], ["mer Rouge"])[1]["mer Rouge"] == sea


def test_choice_a_town_abroad_known_only_by_an_exonym_is_refused() -> None:
    # "Batas" (a town near Erbil the index lacks) is also Bath's Lithuanian name:
    # 100,000 people are not enough for an alternate name to travel that far.
    bath = _region(place("43", "Bath", "US", population=101_557, lat=51.4), "England")
    bath = dataclasses.replace(bath, country_iso2="GB", country_name="United Kingdom")
    erbil = place("44", "Erbil", "IQ", population=930_000, lat=36.2)
    harir = place("45", "Harir", "IQ", population=5_000, lat=36.5)
    gazetteer = MemoryGazetteer({bath: ["Batas"], erbil: [], harir: []})
    names = ["Batas", "Erbil", "Harir"]
    assert locate_names(gazetteer, names, names)[1]["Batas"] is None


def _abroad(p: Place, country: str, country_name: str) -> Place:
    return dataclasses.replace(p, country_iso2=country, country_name=country_name)


PARIS = _abroad(place("60", "Paris", "US", population=2_100_000, lat=48.85), "FR", "France")
PARIS_TEXAS = _region(place("61", "Paris", "US", population=25_000, lat=33.66), "Texas")
FRANCE = _abroad(place("62", "France", "US", "country", 67_000_000, lat=46.0), "FR", "France")
USA = place("63", "United States", "US", "country", 327_000_000, lat=39.8)
HOUSTON = _region(place("64", "Houston", "US", population=2_300_000, lat=29.8), "Texas")
SIRTE = _abroad(place("65", "Sirte", "US", population=80_000, lat=31.2), "LY", "Libya")
PARIS_GAZETTEER = MemoryGazetteer(
    {PARIS: [], PARIS_TEXAS: [], FRANCE: ["French"], USA: ["US"], HOUSTON: [], SIRTE: []}
)


def test_choice_a_famous_city_of_a_country_the_article_names_beats_a_namesake() -> None:
    # The article's other names vote more for the United States than for France,
    # yet they name France: Paris, France (86 times bigger), not Paris, Texas.
    names = ("Paris", "US", "Houston", "French", "Sirte")
    assert locate_names(PARIS_GAZETTEER, names, names)[1]["Paris"] == PARIS
    # Without France named, 86 times is not famous enough over the US story's town.
    names = ("Paris", "US", "Houston", "Sirte")
    assert locate_names(PARIS_GAZETTEER, names, names)[1]["Paris"] == PARIS_TEXAS


NSW = dataclasses.replace(
    place("70", "New South Wales", "US", "admin1", lat=-33.0),
    country_iso2="AU", country_name="Australia", admin1="New South Wales",
)  # fmt: skip
GLENROCK = _region(place("71", "Glenrock", "US", population=2_600, lat=42.9), "Wyoming")
CASPER = _region(place("72", "Casper", "US", population=58_000, lat=42.9), "Wyoming")
STATES = MemoryGazetteer({NSW: ["NSW"], GLENROCK: [], CASPER: []})


def test_choice_a_region_named_abroad_by_its_abbreviation_is_kept() -> None:
    # The other names agree on the United States, yet "NSW" is New South Wales:
    # a region's abbreviation is its own name, not an exonym.
    names = ("NSW", "Glenrock", "Casper")
    assert locate_names(STATES, names, names)[1]["NSW"] == NSW


MEXICO = dataclasses.replace(
    place("73", "Mexico", "US", "country", 126_000_000, lat=23.0),
    country_iso2="MX", country_name="Mexico", admin1="",
)  # fmt: skip
MEXICO_STATE = dataclasses.replace(
    place("74", "México", "US", "admin1", lat=19.4),
    country_iso2="MX", country_name="Mexico", admin1="México",
)  # fmt: skip
TOLUCA = dataclasses.replace(
    place("75", "Toluca", "US", population=490_000, lat=19.3),
    country_iso2="MX", country_name="Mexico", admin1="México",
)  # fmt: skip
GEORGIA_STATE = _region(place("76", "Georgia", "US", "admin1", lat=32.7), "Georgia")
GEORGIA = dataclasses.replace(
    place("77", "Georgia", "US", "country", 3_700_000, lat=42.0),
    country_iso2="GE", country_name="Georgia", admin1="",
)  # fmt: skip
ATLANTA = _region(place("78", "Atlanta", "US", population=500_000, lat=33.7), "Georgia")
NAMESAKES = MemoryGazetteer(
    {MEXICO: [], MEXICO_STATE: [], TOLUCA: [], GEORGIA_STATE: [], GEORGIA: [], ATLANTA: []}
)


def test_choice_a_country_beats_its_own_same_named_region() -> None:
    # Toluca lies in the State of México, yet "Mexico" is the country; "Georgia"
    # beside Atlanta is the state, a region of another country than Georgia's.
    names = ("Mexico", "Toluca")
    assert locate_names(NAMESAKES, names, names)[1]["Mexico"] == MEXICO
    names = ("Georgia", "Atlanta")
    assert locate_names(NAMESAKES, names, names)[1]["Georgia"] == GEORGIA_STATE


US_WEST_COAST = place("79", "West Coast", "US", "region", lat=40.5)
NZ_WEST_COAST = dataclasses.replace(
    place("80", "West Coast", "US", "admin1", lat=-43.4),
    country_iso2="NZ", country_name="New Zealand", admin1="West Coast",
)  # fmt: skip
COASTS = MemoryGazetteer({US_WEST_COAST: [], NZ_WEST_COAST: [], DALLAS: [], MIAMI: []})


def test_choice_a_curated_region_weighs_like_an_admin_region() -> None:
    # In a US story "West Coast" is the US region: New Zealand's, an admin region,
    # is not "famous" beside a curated region weighed as if nobody lived there.
    names = ("West Coast", "Dallas", "Miami")
    assert locate_names(COASTS, names, names)[1]["West Coast"] == US_WEST_COAST


def test_choice_an_institution_named_after_a_region_pairs_no_town_with_it() -> None:
    # "Idaho" pairs Moscow with its Idaho namesake; "University of Idaho" (a building,
    # placed in Idaho) does not: Moscow stays the famous city.
    assert _choose("Moscow", "Boise", "Idaho")["Moscow"] == MOSCOW_IDAHO
    found = _choose("Moscow", "Boise", "University of Idaho")
    assert found["Moscow"] == MOSCOW
    assert found["University of Idaho"] == IDAHO


def test_choice_a_building_in_a_story_naming_only_a_county_is_in_the_county() -> None:
    county = _region(place("40", "Cuyahoga County", "US", feature="admin2", lat=41.4), "Ohio")
    gazetteer = MemoryGazetteer({county: ["Cuyahoga"]})
    names = ("MetroHealth Medical Center", "Cuyahoga County")
    assert locate_names(gazetteer, names, names)[1]["MetroHealth Medical Center"] == county


def test_choice_a_small_town_across_the_border_of_the_articles_country_is_kept() -> None:
    def town(pid: str, name: str, country: str, population: int) -> Place:
        return dataclasses.replace(
            place(pid, name, "SY", population=population, lat=33.0), country_iso2=country
        )

    safed, jerusalem = town("50", "Safed", "IL", 35_000), town("51", "Jerusalem", "IL", 800_000)
    kfar_kila = town("52", "Kfar Kila", "LB", 5_878)
    gazetteer = MemoryGazetteer({safed: [], jerusalem: [], kfar_kila: []})
    names = ("Kfar Kila", "Safed", "Jerusalem")
    borders = {"IL": frozenset({"LB", "SY"}), "LB": frozenset({"IL", "SY"})}
    assert locate_names(gazetteer, names, names, neighbours=borders)[1]["Kfar Kila"] == kfar_kila
    # Without the border, the village is abroad: refused rather than misplaced.
    assert locate_names(gazetteer, names, names, neighbours={})[1]["Kfar Kila"] is None


def test_choice_a_name_found_only_by_its_opening_or_refused_is_tried_by_its_sound() -> None:
    def town(pid: str, name: str, country: str, population: int) -> Place:
        return dataclasses.replace(
            place(pid, name, "SY", population=population, lat=33.1), country_iso2=country
        )

    bent, tyre = town("60", "Bent", "AZ", 5_822), town("61", "Tyre", "LB", 60_000)
    bint_jbeil, nabatieh = (
        town("62", "Bint Jbeil", "LB", 7_000),
        town("63", "Nabatieh", "LB", 50_000),
    )
    ein_asad = town("64", "Ein el Asad", "AZ", 886)  # the only "Ayn al-Asad" spelled so
    gazetteer = MemoryGazetteer(
        {bent: ["Bint"], tyre: [], bint_jbeil: [], nabatieh: [], ein_asad: ["Ayn al-Asad"]}
    )
    names = ("Bint Jbail", "Tyre", "Nabatieh")  # "Bint Jbail": by its opening, Bent
    assert locate_names(gazetteer, names, names)[1]["Bint Jbail"] == bint_jbeil
    asad = dataclasses.replace(ASAD, country_iso2="LB")
    gazetteer = MemoryGazetteer({ein_asad: ["Ayn al-Asad"], asad: ["Ain al-Asad"], tyre: [],
                                 nabatieh: []})  # fmt: skip
    names = ("Ayn al-Asad", "Tyre", "Nabatieh")  # the village abroad is refused
    assert locate_names(gazetteer, names, names)[1]["Ayn al-Asad"] == asad


def test_choice_between_namesakes_of_one_weight_the_own_name_wins() -> None:
    # GeoNames lists "Nasir" among a Turkish village's names; neither has a size.
    demirci = place("20", "Demirci", "RU")
    nasir = place("21", "Nasir", "CD")
    for order in ({demirci: ["Nasir"], nasir: []}, {nasir: [], demirci: ["Nasir"]}):
        _, chosen = locate_names(MemoryGazetteer(order), ["Nasir"], ["Nasir"])
        assert chosen["Nasir"] == nasir


def test_choice_a_place_of_unknown_size_across_the_border_must_be_near_the_story() -> None:
    def town(pid: str, name: str, country: str, population: int, lat: float) -> Place:
        return dataclasses.replace(
            place(pid, name, "SY", population=population, lat=lat), country_iso2=country
        )

    # Parachinar and Peshawar, Pakistan; a "Bagan" of unknown size in China 2,000 km
    # away (here 20 degrees of latitude) is no town across the border.
    parachinar, peshawar = (
        town("60", "Parachinar", "PK", 55_000, 33.9),
        town("61", "Peshawar", "PK", 1_200_000, 34.0),
    )
    far = town("62", "Bagan", "CN", 0, 13.9)
    gazetteer = MemoryGazetteer({parachinar: [], peshawar: [], far: []})
    names = ("Bagan", "Parachinar", "Peshawar")
    borders = {"PK": frozenset({"CN", "AF"})}
    assert locate_names(gazetteer, names, names, neighbours=borders)[1]["Bagan"] is None
    near = town("63", "Bagan", "CN", 0, 34.5)
    gazetteer = MemoryGazetteer({parachinar: [], peshawar: [], near: []})
    assert locate_names(gazetteer, names, names, neighbours=borders)[1]["Bagan"] == near


def test_choice_the_country_the_names_vote_for_most_is_a_main_country_too() -> None:
    # A TASS story: "MOSCOW", "Moscow" and "West" all have US readings (3 names in the
    # United States, 2 in Russia), yet the names vote for Russia, across whose border
    # lies Chernihiv, known as "Chernigov" only by an alternate name.
    def town(pid: str, name: str, country: str, population: int) -> Place:
        return dataclasses.replace(
            place(pid, name, "RU", population=population, lat=50.0), country_iso2=country
        )

    chernihiv = town("60", "Chernihiv", "UA", 280_000)
    west = town("61", "West", "US", 2_000)
    gazetteer = MemoryGazetteer({MOSCOW: [], MOSCOW_IDAHO: [], west: [], chernihiv: ["Chernigov"]})
    names = ("Chernigov", "MOSCOW", "West", "Moscow")
    borders = {"RU": frozenset({"UA"}), "UA": frozenset({"RU"})}
    assert locate_names(gazetteer, names, names, neighbours=borders)[1]["Chernigov"] == chernihiv
