"""The town the next sentence names (geo/following.py), and countries a text names."""

from __future__ import annotations

import dataclasses

from eventwire.geo.following import town_told_next
from eventwire.models import Article, Sentence, Span

from .test_stage import mention, place

LEAD = "Rebels attacked a church in eastern Congo early on Sunday, killing 38 people."
NEXT = "The attack took place around 1 a.m. in Komanda, in Ituri province."
TEXT = f"{LEAD} {NEXT}"
CONGO = place("1", "DR Congo", "CD", feature="country")
KOMANDA = place("2", "Komanda", "CD", feature="town", lat=1.37)
BENI = place("3", "Beni", "CD", population=300_000, lat=0.5)


def _told(*others: tuple[str, str]) -> tuple[Article, list[tuple[Span, Span]]]:
    first, second = Span(0, len(LEAD)), Span(len(LEAD) + 1, len(TEXT))
    lead = dataclasses.replace(mention(1, "Congo", ""), sentence=first)
    article = Article(
        article_id="a", origin="t", raw=TEXT, raw_format="text", content_hash="h", text=TEXT,
        sentences=(Sentence(first, "en"), Sentence(second, "en")),
        mentions=(lead, *(dataclasses.replace(mention(i + 2, name), sentence=second)
                          for i, (name, _) in enumerate(others))),
    )  # fmt: skip
    at = TEXT.index("Komanda")
    return article, [(first, Span(TEXT.index("Congo"), TEXT.index("Congo") + 5)),
                     (second, Span(at, at + len("Komanda")))]  # fmt: skip


def test_following_a_country_takes_the_town_the_next_sentence_names() -> None:
    article, spans = _told()
    chosen = {"Congo": CONGO, "Komanda": KOMANDA}
    found = town_told_next(article, article.mentions[0], CONGO, spans, chosen, frozenset())
    assert found is not None and found[1] == KOMANDA and found[0].cut(TEXT) == "Komanda"
    # Not a town of another country, nor for a mention already placed at a town.
    abroad = {"Congo": CONGO, "Komanda": dataclasses.replace(KOMANDA, country_iso2="UG")}
    assert town_told_next(article, article.mentions[0], CONGO, spans, abroad, frozenset()) is None
    assert town_told_next(article, article.mentions[0], BENI, spans, chosen, frozenset()) is None


def test_following_a_next_sentence_telling_an_incident_elsewhere_is_another_incident() -> None:
    article, spans = _told(("Beni", "Beni"))
    chosen = {"Congo": CONGO, "Komanda": KOMANDA, "Beni": BENI}
    assert town_told_next(article, article.mentions[0], CONGO, spans, chosen, frozenset()) is None
    article, spans = _told(("Komanda", "Komanda"))  # the same place told again
    assert town_told_next(article, article.mentions[0], CONGO, spans, chosen, frozenset())
