"""The framing profile and the disputed listing, on events and articles built by hand."""

from __future__ import annotations

import dataclasses
import io
import json
from datetime import date

import pytest

from eventwire.errors import NotFoundError
from eventwire.export import event_profile, format_profile, profile_record, write_disputed
from eventwire.export.compare import TermUse, build_profile
from eventwire.models import (
    Argument,
    Article,
    Claim,
    Event,
    EventMention,
    FramingTerm,
    Paragraph,
    Sentence,
    Span,
)
from eventwire.store import Store

THABAT = (
    "The mujahideen hit the occupation base, the resistance said. "
    'The occupation forces sealed the roads. "Occupation forces" lie, a fighter said.'
)
WIRE = "A drone killed eight fighters of the US-backed SDF, a monitor said."


def term(text: str, words: str, name: str, category: str, quoted: bool = False) -> FramingTerm:
    start = text.index(words)
    return FramingTerm(name, category, Span(start, start + len(words)), Span(0, 1), quoted)


def claim(
    article_id: str,
    outlet: str,
    text: str,
    sentence: str,
    claimed_by: str | None = None,
    fatalities: int | None = None,
) -> Claim:
    """The claim an article's ``sentence`` makes, as the resolver builds it."""
    start = text.index(sentence)
    end = start + len(sentence)
    published = date(2024, 1, 31)
    return Claim(
        article_id, outlet, None, published, sentence, start, end, claimed_by, fatalities, None,
        mention_id=f"{article_id}#1",
    )  # fmt: skip


def article(article_id: str, outlet: str, text: str, terms: tuple[FramingTerm, ...]) -> Article:
    """A stored article with one mention (dated, placed) and its loaded ``terms``."""
    mention = EventMention(
        f"{article_id}#1", article_id, Span(0, 10), Argument("hit", Span(0, 3)),
        "Explosions/Remote violence", "Air/drone strike", "Political violence", "",
        event_date=date(2024, 1, 30), location=Argument("Conoco", Span(0, 6), "Conoco"),
    )  # fmt: skip
    return Article(
        article_id, "test", text, "text", "h", outlet=outlet, text=text, mentions=(mention,),
        framing=terms, stages=("framing.terms.v1",),
    )  # fmt: skip


THABAT_TERMS = (
    term(THABAT, "mujahideen", "mujahideen", "resistance"),
    term(THABAT, "occupation base", "occupation base", "occupation"),
    term(THABAT, "resistance", "resistance", "resistance"),
    term(THABAT, "occupation forces", "occupation force", "occupation"),
    term(THABAT, "Occupation forces", "occupation force", "occupation", quoted=True),
)
ARTICLES = {
    "thabat": article("thabat", "Al-Thabat News", THABAT, THABAT_TERMS),
    "wire": article(
        "wire", "Levant Wire", WIRE, (term(WIRE, "US-backed", "US-backed", "proxy label"),)
    ),
}
EVENT = Event(
    "EW1", date(2024, 1, 30), 1, "Political violence", "Explosions/Remote violence",
    "Air/drone strike", location="Conoco", country="Syria", disputed=("fatalities",),
    sources=(
        claim("wire", "Levant Wire", WIRE, WIRE, claimed_by="a monitor", fatalities=8),
        claim("thabat", "Al-Thabat News", THABAT,
              "The mujahideen hit the occupation base, the resistance said."),
    ),
)  # fmt: skip


def test_compare_profile_groups_claims_and_counts_terms_per_outlet() -> None:
    profile = build_profile(EVENT, ARTICLES)
    assert [o.outlet for o in profile.outlets] == ["Al-Thabat News", "Levant Wire"]
    thabat, wire = profile.outlets
    assert thabat.terms[0] == TermUse("occupation force", "occupation", 2, 1, 0)
    assert TermUse("mujahideen", "resistance", 1, 0, 1) in thabat.terms
    (view,) = thabat.claims
    assert view.terms == ("mujahideen", "occupation base", "resistance")
    assert view.event_date == date(2024, 1, 30) and view.place == "Conoco"
    assert wire.terms == (TermUse("US-backed", "proxy label", 1, 0, 1),)
    assert wire.claims[0].claim.fatalities == 8


def test_compare_profile_text_and_json() -> None:
    profile = build_profile(EVENT, ARTICLES)
    text = format_profile(profile)
    assert text.index("== Al-Thabat News") < text.index("== Levant Wire")
    assert "disputed: fatalities" in text
    assert "according to a monitor; 8 killed; date 2024-01-30; place Conoco" in text
    assert (
        "* occupation force" not in text
        and "  occupation force    2  occupation  (1 quoted)" in text
    )
    record = json.loads(json.dumps(profile_record(profile)))
    assert record["event"]["event_id_cnty"] == "EW1"
    assert record["outlets"][1]["terms"][0] == {
        "term": "US-backed", "category": "proxy label", "count": 1, "quoted": 0, "in_evidence": 1,
    }  # fmt: skip


def test_compare_profile_of_an_article_not_stored_has_claims_without_terms() -> None:
    profile = build_profile(EVENT, {"wire": ARTICLES["wire"]})
    thabat = profile.outlets[0]
    assert thabat.terms == () and thabat.claims[0].terms == () and thabat.claims[0].place == ""
    assert "loaded terms: none" in format_profile(profile)


def test_compare_event_profile_reads_the_store_and_refuses_an_unknown_id() -> None:
    with Store.open("sqlite://") as store:
        for stored in ARTICLES.values():
            store.put_article(stored)
        store.replace_events([EVENT])
        assert event_profile(store, "EW1") == build_profile(EVENT, ARTICLES)
        with pytest.raises(NotFoundError, match="no event 'EW9'"):
            event_profile(store, "EW9")


def test_compare_write_disputed_lists_only_disputed_events_with_claims() -> None:
    calm = Event("EW2", None, None, "Political violence", "Battles", "Armed clash")
    stream = io.StringIO()
    assert write_disputed([calm, EVENT], stream) == 1
    lines = stream.getvalue().splitlines()
    assert lines[0] == "EW1 · 2024-01-30 · Air/drone strike · Conoco, Syria"
    assert lines[1] == "  disputed: fatalities"
    assert lines[2] == "  - Al-Thabat News; no figure"
    assert lines[4] == "  - Levant Wire; according to a monitor; 8 killed"
    assert lines[5] == f"    “{WIRE}”"


def test_compare_event_profile_tags_an_article_stored_before_the_framing_stage() -> None:
    old = dataclasses.replace(
        ARTICLES["thabat"],
        framing=(),
        stages=(),
        language="en",
        paragraphs=(Paragraph(Span(0, len(THABAT)), "en", 1.0),),
        sentences=(Sentence(Span(0, len(THABAT)), "en"),),
    )
    with Store.open("sqlite://") as store:
        store.put_article(old)
        store.replace_events([EVENT])
        thabat = event_profile(store, "EW1").outlets[0]
    assert {use.term: use.count for use in thabat.terms} == {
        "occupation force": 2, "mujahideen": 1, "occupation base": 1, "resistance": 1,
    }  # fmt: skip
