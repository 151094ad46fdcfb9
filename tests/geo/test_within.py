"""A place told as inside a town named with it (geo/within.py)."""

from __future__ import annotations

from eventwire.geo import MemoryGazetteer, Place, load_place_words
from eventwire.geo.within import town_after_comma, town_in_name
from eventwire.models import Span


def _ml(pid: str, name: str, population: int, lat: float) -> Place:
    return Place(pid, name, "ML", "Mali", 466, "", "", lat, -8.0, "city", population, "test")


BAMAKO = _ml("1", "Bamako", 1_800_000, 12.65)
FALADIE = _ml("2", "Faladié", 3_685, 13.14)  # the namesake village 66 km away
SEGOU = _ml("3", "Ségou", 130_000, 13.4)
WORDS = load_place_words()


def _after(text: str, name: str, place: Place) -> Place | None:
    start = text.index(name)
    towns_at = {text.index(t.name): t for t in (BAMAKO, SEGOU) if t.name in text}
    return town_after_comma(text, Span(start, start + len(name)), place, towns_at, WORDS)


def test_within_a_small_namesake_before_a_comma_and_a_town_is_in_that_town() -> None:
    text = "un groupe a tenté de s'infiltrer dans l'école de gendarmerie de Faladié, à Bamako."
    assert _after(text, "Faladié", FALADIE) == BAMAKO
    # A town of its own size is a place of its own; no within word, no town.
    assert _after("des combats à Ségou, à Bamako et ailleurs", "Ségou", SEGOU) is None
    assert _after("des tirs à Faladié, Bamako étant calme", "Faladié", FALADIE) is None


def test_within_an_unknown_name_joined_to_a_town_is_in_that_town() -> None:
    batangafo = Place("4", "Batangafo", "CF", "Central African Republic", 140, "", "", 7.3, 18.3,
                      "city", 24_000, "test")  # fmt: skip
    gazetteer = MemoryGazetteer({batangafo: []})
    assert town_in_name(gazetteer, "Guembé de Batangafo", WORDS, {"CF"}) == batangafo
    assert town_in_name(gazetteer, "Guembé de Batangafo", WORDS, {"TD"}) is None
    assert town_in_name(gazetteer, "Guembé", WORDS, {"CF"}) is None
    assert town_in_name(gazetteer, "quartier de Batangafo", WORDS, {"CF"}) is None  # a kind word
