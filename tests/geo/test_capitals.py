"""A country's capital named by its role (geo/capitals.py)."""

from __future__ import annotations

import pytest

from eventwire.geo import MemoryGazetteer, Place, load_place_words
from eventwire.geo.capitals import capital_named
from eventwire.models import Span

MALI = Place("1", "Mali", "ML", "Mali", 466, "", "", 17.0, -4.0, "country", 0, "test")
BAMAKO = Place("2", "Bamako", "ML", "Mali", 466, "Bamako", "", 12.65, -8.0, "city", 1_800_000,
               "test")  # fmt: skip
BAMAKO_REGION = Place("3", "Bamako", "ML", "Mali", 466, "Bamako", "", 12.6, -8.0, "admin1", 0,
                      "test")  # fmt: skip
GAZETTEER = MemoryGazetteer({MALI: [], BAMAKO: [], BAMAKO_REGION: []})
CAPITALS = {"ML": "Bamako"}


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("militants attacked a gendarmerie school in Mali's capital on Tuesday", True),
        ("des tirs ont visé l'aéroport de la capitale du Mali mardi", True),
        ("a gendarmerie school in the capital of Mali was attacked", True),
        ("militants attacked a gendarmerie school in Mali on Tuesday", False),
        ("Mali's army said the attackers fled", False),
    ],
)
def test_capitals_a_country_named_as_its_capital_is_the_capital_city(
    text: str, capital: bool
) -> None:
    start = text.index("Mali")
    found = capital_named(
        text, Span(start, start + 4), MALI, load_place_words(), CAPITALS, GAZETTEER
    )
    assert found == (BAMAKO if capital else None)
