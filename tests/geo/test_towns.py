"""A town the sentence names inside the region a mention was placed in (geo/towns.py)."""

from __future__ import annotations

import dataclasses

from eventwire.geo import GeoStage, MemoryGazetteer, Place
from eventwire.geo.towns import named_regions
from eventwire.geo.words import load_place_words
from eventwire.models import Span

from .test_containers import _article


def _ua(pid: str, name: str, feature: str, admin1: str, lat: float) -> Place:
    return Place(pid, name, "UA", "Ukraine", 804, admin1, "", lat, 36.0, feature, 0, "test")


KHARKIV_OBLAST = _ua("1", "Kharkivska oblast", "admin1", "Kharkivska oblast", 49.5)
IZYUM = dataclasses.replace(_ua("2", "Izyum", "city", "Kharkivska oblast", 49.2), population=45_000)
KYIV = dataclasses.replace(_ua("3", "Kyiv", "city", "Kyiv", 50.45), population=2_900_000)
KYIV_OBLAST = _ua("4", "Kyivska oblast", "admin1", "Kyivska oblast", 50.0)
BILA_TSERKVA = _ua("5", "Bila Tserkva", "city", "Kyivska oblast", 49.8)
LVIV = _ua("6", "Lviv", "city", "Lvivska oblast", 49.84)
SUMY = dataclasses.replace(_ua("7", "Sumy", "city", "Sumska oblast", 50.9), population=260_000)
KONOTOP = dataclasses.replace(_ua("8", "Konotop", "city", "Sumska oblast", 51.2), population=85_000)
SUMY_OBLAST = _ua("9", "Sumska oblast", "admin1", "Sumska oblast", 50.8)
GAZETTEER = MemoryGazetteer({
    KHARKIV_OBLAST: ["Kharkiv Oblast"], IZYUM: ["Izium"], KYIV: [], KYIV_OBLAST: ["Kyiv"],
    BILA_TSERKVA: [], LVIV: [], SUMY: ["Soumy"], KONOTOP: [], SUMY_OBLAST: [],
})  # fmt: skip


def _placed(
    text: str, location: str, gazetteer: MemoryGazetteer = GAZETTEER
) -> tuple[str, str | None, int | None]:
    article = _article(text, [], [(0, location)])
    (mention,) = GeoStage(lambda: gazetteer)(article).mentions
    assert mention.location is not None
    place = mention.place
    return (
        mention.location.text,
        place.name if place else None,
        place.geo_precision if place else None,
    )


def test_towns_a_region_named_beside_a_town_of_it_is_the_town_even_untagged() -> None:
    text = "Des drones ont frappé Izium dans Kharkiv Oblast, blessant deux personnes."
    assert _placed(text, "Kharkiv Oblast") == ("Izium", "Izyum", 2)


def test_towns_a_town_named_after_a_region_word_stands_for_the_region() -> None:
    text = "À Bila Tserkva, dans la région de Kyiv, un drone a touché un entrepôt."
    assert _placed(text, "Kyiv") == ("Bila Tserkva", "Bila Tserkva", 2)


def test_towns_a_town_of_another_region_is_not_taken() -> None:
    text = "Des drones partis de Lviv ont frappé dans Kharkiv Oblast."
    assert _placed(text, "Kharkiv Oblast") == ("Kharkiv Oblast", "Kharkivska oblast", 3)


def test_towns_a_town_without_a_region_word_keeps_its_place() -> None:
    text = "Un drone a touché Kyiv, puis Bila Tserkva."
    start = text.index("Kyiv")
    regions = named_regions(text, Span(start, start + 4), KYIV, [KYIV, KYIV_OBLAST],
                            load_place_words())  # fmt: skip
    assert regions == []


def test_towns_a_region_known_only_by_its_seats_name_stands_for_the_seats_region() -> None:
    # The gazetteer has no oblast spelled « Soumy »: the region is the city's.
    text = "Des drones russes ont visé Konotop, dans la région de Soumy, endommageant une sous-station."
    assert _placed(text, "Soumy") == ("Konotop", "Konotop", 2)
    assert _placed("Des drones russes ont visé Soumy et Konotop.", "Soumy") == ("Soumy", "Sumy", 1)


KOSSI = Place("10", "Kossi", "BF", "Burkina Faso", 854, "Boucle du Mouhoun", "Kossi", 12.6, -4.13,
              "admin2", 0, "test")  # fmt: skip
DJIBASSO = Place("11", "Djibasso", "BF", "Burkina Faso", 854, "Boucle du Mouhoun", "", 13.12,
                 -4.17, "town", 0, "test")  # fmt: skip
NOUNA = dataclasses.replace(DJIBASSO, id="12", name="Nouna", latitude=12.73)


DISTRICT = MemoryGazetteer({KOSSI: [], DJIBASSO: [], NOUNA: []})


def _in_district(text: str) -> tuple[str, str | None, int | None]:
    return _placed(text, "Kossi", DISTRICT)


def test_towns_a_district_named_as_one_is_the_town_named_just_before_it() -> None:
    text = "Offensive dans les environs de Djibasso, dans la province de la Kossi, dimanche."
    assert _in_district(text) == ("Djibasso", "Djibasso", 2)
    # A town after the district is a landmark; without a kind word, the district stays.
    later = "Offensive dans la province de la Kossi, à l'ouest de Nouna, dimanche."
    assert _in_district(later)[1] == "Kossi"
    assert _in_district("Offensive à Djibasso et Kossi dimanche.")[1] == "Kossi"
