"""Who reports or speaks is not where it happened (geo/speakers.py)."""

from __future__ import annotations

import dataclasses

from eventwire.geo import GeoStage, MemoryGazetteer, normalize_name
from eventwire.geo.speakers import drop_speakers, surnames
from eventwire.models import Article

from .test_containers import _article, _place

LISOK = _place("1", "Lisok", "city", 2_000, 15.0)  # a village spelled like the surname
KRYVYI_RIH = _place("2", "Kryvyi Rih", "city", 600_000, 14.0)
GAZETTEER = MemoryGazetteer({LISOK: ["Lysak"], KRYVYI_RIH: []})


def _with_people(article: Article, people: set[str]) -> Article:
    """``article`` with the words of ``people`` tagged as a person, as the parse does."""
    sentences = tuple(
        dataclasses.replace(
            s,
            tokens=tuple(
                dataclasses.replace(t, ent_type="PERSON") if t.text in people else t
                for t in s.tokens
            ),
        )
        for s in article.sentences
    )
    return dataclasses.replace(article, sentences=sentences)


def test_speakers_a_persons_surname_alone_is_not_a_place() -> None:
    text = (
        "A missile hit Kryvyi Rih, Governor Serhii Lysak said. "
        "The missile struck near a playground, according to Lysak."
    )
    article = _article(text, [], [(0, "Kryvyi Rih"), (1, "Lysak")])
    article = _with_people(article, {"Serhii", "Lysak", "Kryvyi", "Rih"})
    # "Kryvyi Rih", tagged a person too, is a place the gazetteer knows whole.
    assert surnames(article, GAZETTEER) == frozenset({normalize_name("Lysak")})
    town, said = drop_speakers(article, GAZETTEER).mentions
    assert town.location is not None and said.location is None
    placed = [m.place for m in GeoStage(lambda: GAZETTEER)(article).mentions]
    assert placed[0] is not None and placed[0].name == "Kryvyi Rih"


def test_speakers_a_name_no_person_bears_keeps_its_place() -> None:
    text = "The missile struck Lysak on Monday."
    article = _article(text, ["Lysak"], [(0, "Lysak")])
    (mention,) = GeoStage(lambda: GAZETTEER)(article).mentions
    assert mention.place is not None and mention.place.name == "Lisok"
