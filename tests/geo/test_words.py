"""Place words of data/lang/<iso>/places.yaml, read by the gazetteer lookup."""

from __future__ import annotations

from eventwire.geo import MemoryGazetteer, Place, load_place_words, lookup_place

DAYTON = Place(
    "4509884", "Dayton", "US", "United States", 840, "OH", "", 39.76, -84.19, "city", 137_644,
    "test",
)  # fmt: skip
GAZETTEER = MemoryGazetteer({DAYTON: ()})


def test_words_union_every_languages_words_casefolded() -> None:
    words = load_place_words()
    assert {"street", "rue", "calle", "شارع"} <= words.street
    assert {"university", "hôpital", "مستشفى"} <= words.facility
    assert "governorate" in words.region and "of" in words.of


def test_words_of_one_language_only() -> None:
    english = load_place_words(["en"])
    assert "street" in english.street and "rue" not in english.street


def test_words_street_word_keeps_a_street_off_its_namesake_town() -> None:
    # "Dayton Street" is a street, not Dayton; with no street words it is read as a
    # town's name run on into the next word.
    assert lookup_place(GAZETTEER, "Dayton Street", load_place_words()) == []
    assert lookup_place(GAZETTEER, "Dayton Street", load_place_words(["fr"])) == [DAYTON]


def test_words_road_numbers_are_local_names_but_not_an_armed_group() -> None:
    from eventwire.geo.lookup import is_local_name

    words = load_place_words()
    assert all(is_local_name(road, words) for road in ("A417", "I-95", "RN 7", "N2", "US-1"))
    assert not any(is_local_name(name, words) for name in ("M23", "Aden", "Abu A4"))


EUROPE = Place(
    "6255148", "Europe", "", "", None, "", "", 48.69, 9.14, "continent", 740_000_000, "test"
)
RUSSIA = Place(
    "2017370", "Russia", "RU", "Russia", 643, "", "", 60.0, 100.0, "country", 144_000_000, "test"
)
CONTINENTS = MemoryGazetteer({EUROPE: ("European",), RUSSIA: ("Russian",)})


def test_words_an_institution_named_by_a_continents_adjective_is_in_that_continent() -> None:
    # "European Commission", "European Investment Bank": Europe; but "Russian
    # Embassy" is never Russia, the country its demonym names (it stands abroad).
    words = load_place_words()
    assert lookup_place(CONTINENTS, "European Commission", words) == [EUROPE]
    assert lookup_place(CONTINENTS, "European Investment Bank", words) == [EUROPE]
    assert lookup_place(CONTINENTS, "Russian Embassy", words) == []
    assert lookup_place(CONTINENTS, "Russian Parliament", words) == []
