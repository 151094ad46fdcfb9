"""Looking names up (geo/lookup.py): kind words, the region around a town, a region's seat."""

from __future__ import annotations

import dataclasses

import pytest

from eventwire.geo import MemoryGazetteer, lookup_place
from eventwire.geo.lookup import seats_elsewhere
from eventwire.geo.words import load_place_words

from .test_stage import place

HOMS = dataclasses.replace(place("169577", "Homs", "SY", population=775_404), admin1="Ḩimş")
HOMS_REGION = dataclasses.replace(place("169575", "Ḩimş", "SY", feature="admin1"), admin1="Ḩimş")
MOSUL = dataclasses.replace(place("99072", "Mosul", "IQ", population=1_700_000), admin1="Nīnawá")
NINEVEH = dataclasses.replace(place("92877", "Nīnawá", "IQ", feature="admin1"), admin1="Nīnawá")
GAZETTEER = MemoryGazetteer(
    {HOMS: ["Homs"], HOMS_REGION: ["Homs"], MOSUL: ["Mossoul"], NINEVEH: ["Nineveh"]}
)


@pytest.mark.parametrize(
    "name", ["rural Homs", "Homs countryside", "campagne de Homs", "Rif Homs", "ريف حمص"]
)
def test_lookup_the_countryside_of_a_town_is_the_region_named_after_it(name: str) -> None:
    gazetteer = MemoryGazetteer({HOMS: ["حمص"], HOMS_REGION: []})
    assert lookup_place(gazetteer, name) == [HOMS_REGION]


def test_lookup_a_region_named_by_its_seats_spelling_is_that_region() -> None:
    # The region has no name « Homs » here: only its seat does.
    gazetteer = MemoryGazetteer({HOMS: [], HOMS_REGION: []})
    assert lookup_place(gazetteer, "province de Homs") == [HOMS_REGION]
    assert lookup_place(GAZETTEER, "Homs") == [HOMS, HOMS_REGION]


def test_lookup_a_town_not_named_like_its_region_names_no_region() -> None:
    assert lookup_place(GAZETTEER, "province de Mossoul") == []
    assert lookup_place(GAZETTEER, "province de Ninive") == []  # no such name here


def test_lookup_a_kind_noun_joined_to_a_town_is_that_town() -> None:
    hodeida = place("79415", "Al Hudaydah", "SY", population=734_699)
    port = place("1", "Port", "SY", population=900)  # a town named like the kind noun
    gazetteer = MemoryGazetteer({hodeida: ["Hodeida"], port: []})
    assert lookup_place(gazetteer, "port de Hodeida") == [hodeida]
    assert lookup_place(gazetteer, "camp de déplacés de Hodeida") == [hodeida]
    assert lookup_place(gazetteer, "Port Hodeida") == [port]  # a run-on name: its opening


def test_lookup_a_hyphenated_name_is_found_spelled_as_one_word() -> None:
    petionville = place("3719028", "Pétionville", "SY", population=376_834)
    gazetteer = MemoryGazetteer({petionville: []})
    assert lookup_place(gazetteer, "Pétion-Ville") == [petionville]
    assert lookup_place(gazetteer, "Pétion Ville") == []  # two words may be two names


def test_lookup_a_road_between_two_towns_is_the_first_town() -> None:
    # « sur la route Mamfé-Eyumojock »: the whole is no place; the road starts at Mamfé.
    mamfe = place("2230876", "Mamfe", "SY", population=20_350)
    gazetteer = MemoryGazetteer({mamfe: ["Mamfé"], HOMS_REGION: ["Homs"], HOMS: []})
    assert lookup_place(gazetteer, "Mamfé-Eyumojock") == [mamfe]
    assert lookup_place(gazetteer, "Mamfé-ville") == []  # a kind word, not a second town
    assert lookup_place(gazetteer, "Eyumojock-Mamfé") == []  # the first town is unknown
    assert lookup_place(gazetteer, "Ḩimş-Mamfé") == []  # a region is no road's end
    assert lookup_place(gazetteer, "Homs-Mamfé") == []  # nor a name a region bears


def test_lookup_a_refused_district_gives_way_to_the_town_of_a_district_elsewhere() -> None:
    # "Bal'ad district" in a Somali story: Iraq's Balad District refused, Somalia's Balcad.
    district = place("1", "Balad District", "IQ", feature="admin2")
    balad = place("2", "Balad", "IQ", population=42_000)
    balcad = dataclasses.replace(place("3", "Balcad", "SY", feature="town"), country_iso2="SO")
    gazetteer = MemoryGazetteer({district: [], balad: [], balcad: ["Balad"]})
    found = lookup_place(gazetteer, "Balad district")
    assert found == [district]
    assert seats_elsewhere(gazetteer, "Balad district", found, load_place_words()) == [balcad]
    assert seats_elsewhere(gazetteer, "Balad", found, load_place_words()) == []  # no kind word
    assert seats_elsewhere(gazetteer, "Balad district", [], load_place_words()) == []


def test_lookup_a_name_and_the_region_after_its_comma_is_the_namesake_there() -> None:
    # Country codes are the fixture's; only the first-level regions matter here.
    pavlohrad = dataclasses.replace(place("1", "Pavlohrad", "RU"), admin1="Dnipropetrovska oblast")
    other = dataclasses.replace(place("2", "Pavlohrad", "RU"), admin1="Kharkivska oblast")
    oblast = dataclasses.replace(
        place("3", "Dnipropetrovska oblast", "RU", feature="admin1"),
        admin1="Dnipropetrovska oblast",
    )
    gazetteer = MemoryGazetteer({pavlohrad: [], other: [], oblast: ["Dnipropetrovsk Oblast"]})
    assert lookup_place(gazetteer, "Pavlohrad, Dnipropetrovsk Oblast") == [pavlohrad]
    # A town unknown in the region named: the region, never a namesake elsewhere.
    assert lookup_place(gazetteer, "Bahan, Dnipropetrovsk Oblast") == [oblast]
    assert lookup_place(gazetteer, "Pavlohrad, Atlantis") == [pavlohrad, other]
