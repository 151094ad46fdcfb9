"""The store: round trips, idempotent re-puts, replacement, event filters, atomic writes."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from eventwire.errors import StoreError
from eventwire.models import (
    Argument,
    Article,
    ArticleStatus,
    Claim,
    Event,
    EventMention,
    FramingTerm,
    Paragraph,
    Removal,
    Segment,
    Sentence,
    Span,
    Token,
    content_hash,
)
from eventwire.settings import Settings
from eventwire.store import EventQuery, Store, rows
from eventwire.store import store as store_module

from .strategies import articles, events

MakeArticle = Callable[..., Article]

TEXT = "Shelling killed 3 civilians in Kherson on 6 February. Police said two were hurt."


def make_mention(article_id: str, number: int, **fields: Any) -> EventMention:
    """A mention of the first sentence of ``TEXT``."""
    base: dict[str, Any] = {
        "mention_id": f"{article_id}#{number}",
        "article_id": article_id,
        "sentence": Span(0, 53),
        "trigger": Argument("Shelling", Span(0, 8)),
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "disorder_type": "Political violence",
        "plover": "ATTACK",
    }
    return EventMention(**{**base, **fields})


def make_full_article(make_article: MakeArticle, text: str = TEXT) -> Article:
    """An article with every field filled, as after the whole pipeline."""
    article = make_article("<p>" + text + "</p><footer>Subscribe</footer>", raw_format="html")
    aid = article.article_id
    tokens = (
        Token(0, 8, "Shelling", "shelling", "NOUN", "nsubj", 1),
        Token(9, 15, "killed", "kill", "VERB", "ROOT", 1),
    )
    return dataclasses.replace(
        article,
        source_text=text + "\nSubscribe",
        url="https://example.org/news/1",
        title="Shelling in Kherson — «три погибших»",
        declared_language="en",
        text=text,
        segments=(Segment(0, 0, len(text)),),
        removals=(Removal("footer", len(text) + 1, len(text) + 10, "Subscribe"),),
        language="en",
        paragraphs=(
            Paragraph(Span(0, len(text)), "en", 0.97),
            Paragraph(Span(0, 8), "uk", 0.6, True),
        ),
        sentences=(Sentence(Span(0, 53), "en", tokens), Sentence(Span(54, len(text)), "en")),
        mentions=(
            make_mention(
                aid,
                1,
                event_date=date(2024, 2, 6),
                time_precision=1,
                date_note="explicit date",
                actor2=Argument("civilians", Span(27, 36), "Civilians (Ukraine)"),
                location=Argument("Kherson", Span(40, 47), "Kherson"),
                fatalities=3,
                fatalities_low=3,
                fatalities_high=3,
                civilian_targeting=True,
                evidence=(Argument("3", Span(16, 17), "3"),),
                extractor="extract.triggers.v1",
            ),
            make_mention(aid, 2, sentence=Span(54, len(text)), injuries=2, claimed_by="Police"),
        ),
        framing=(FramingTerm("aggression", "aggression", Span(0, 8), Span(0, 53), quoted=True),),
        tags=("wire",),
        status=ArticleStatus.PROCESSED,
        warnings=("dateline missing",),
        stages=("clean.boilerplate.v1", "extract.triggers.v1"),
    )


def without_tokens(article: Article) -> Article:
    """What the store gives back: the same article, sentences without their parse."""
    sentences = tuple(dataclasses.replace(s, tokens=()) for s in article.sentences)
    return dataclasses.replace(article, sentences=sentences)


def make_event(event_id: str, when: date | None, **fields: Any) -> Event:
    """An event with the required columns filled."""
    base: dict[str, Any] = {
        "event_id_cnty": event_id,
        "event_date": when,
        "time_precision": 1,
        "disorder_type": "Political violence",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "country": "Ukraine",
    }
    return Event(**{**base, **fields})


def row_counts(engine: sa.Engine) -> dict[str, int]:
    """Rows per table."""
    with engine.connect() as connection:
        return {
            table: connection.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("articles", "mentions", "events", "event_mentions")
        }


def updated_at(engine: sa.Engine, article_id: str) -> object:
    """The raw ``updated_at`` of one article."""
    with engine.connect() as connection:
        query = sa.text("SELECT updated_at FROM articles WHERE article_id = :id")
        return connection.execute(query, {"id": article_id}).scalar_one()


# Articles ----------------------------------------------------------------------


def test_store_round_trips_a_fully_populated_article(
    store: Store, make_article: MakeArticle
) -> None:
    article = make_full_article(make_article)
    assert store.put_article(article) == "added"
    assert store.get_article(article.article_id) == without_tokens(article)
    assert store.get_article("missing") is None


def test_store_get_event_by_id(store: Store) -> None:
    store.replace_events(EVENTS)
    found = store.get_event("UKR0")
    assert found is not None and found.disputed == ("event_date", "location")
    assert store.get_event("UKR9") is None


@hypothesis_settings(deadline=None, max_examples=60)
@given(articles())
def test_store_round_trips_any_article(article: Article) -> None:
    with Store.open("sqlite://") as store:
        assert store.put_article(article) == "added"
        assert store.get_article(article.article_id) == without_tokens(article)
        assert list(store.iter_articles()) == [without_tokens(article)]


def test_store_keeps_hostile_text_verbatim(store: Store, make_article: MakeArticle) -> None:
    hostile = "x'); DROP TABLE articles; --\x00\"%s :id ? \\"
    article = make_article(hostile, article_id=hostile, title=hostile)
    store.put_article(article)
    assert store.get_article(hostile) == article
    assert store.has_article(hostile, article.content_hash)


def test_store_reput_identical_article_is_unchanged(
    file_store: Store, peek: sa.Engine, make_article: MakeArticle
) -> None:
    article = make_full_article(make_article)
    file_store.put_article(article)
    counts, stamp = row_counts(peek), updated_at(peek, article.article_id)
    assert file_store.put_article(article) == "unchanged"
    assert row_counts(peek) == counts
    assert updated_at(peek, article.article_id) == stamp


def test_store_revised_content_replaces_article_and_mentions(
    file_store: Store, peek: sa.Engine, make_article: MakeArticle
) -> None:
    old = make_full_article(make_article)
    file_store.put_article(old)
    stamp = updated_at(peek, old.article_id)
    new_mention = make_mention(old.article_id, 9, event_type="Battles")
    new = dataclasses.replace(
        old, content_hash=content_hash("revised"), text="revised", mentions=(new_mention,)
    )
    assert file_store.put_article(new) == "replaced"
    assert file_store.get_article(old.article_id) == without_tokens(new)
    with peek.connect() as connection:
        ids = connection.execute(sa.text("SELECT mention_id FROM mentions")).scalars().all()
    assert ids == [new_mention.mention_id]
    assert str(updated_at(peek, old.article_id)) >= str(stamp)


def test_store_newer_pipeline_stages_replace(store: Store, make_article: MakeArticle) -> None:
    article = make_article(TEXT)
    store.put_article(article)
    again = dataclasses.replace(article, stages=("clean.boilerplate.v2",), text=TEXT)
    assert store.put_article(again) == "replaced"
    assert store.get_article(article.article_id) == again


def test_store_has_and_counts_articles(store: Store, make_article: MakeArticle) -> None:
    article = make_article(TEXT)
    assert store.count_articles() == 0
    assert not store.has_article(article.article_id, article.content_hash)
    store.put_article(article)
    assert store.has_article(article.article_id, article.content_hash)
    assert not store.has_article(article.article_id, content_hash("other"))
    assert store.count_articles() == 1


@pytest.mark.parametrize("page_size", [1, 2, 200])
def test_store_iter_articles_orders_by_id_with_mentions(
    store: Store, make_article: MakeArticle, monkeypatch: pytest.MonkeyPatch, page_size: int
) -> None:
    monkeypatch.setattr(store_module, "PAGE_SIZE", page_size)
    stored = [
        dataclasses.replace(
            make_article(TEXT, article_id=aid),
            mentions=(make_mention(aid, 1), make_mention(aid, 2)),
        )
        for aid in ("c", "a", "b", "d", "e")
    ]
    for article in stored:
        store.put_article(article)
    assert list(store.iter_articles()) == sorted(stored, key=lambda a: a.article_id)


def test_store_iter_articles_allows_writes_while_iterating(
    file_store: Store, make_article: MakeArticle, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "PAGE_SIZE", 1)
    for aid in ("a", "b", "c"):
        file_store.put_article(make_article(aid, article_id=aid))
    for article in file_store.iter_articles():
        processed = dataclasses.replace(article, status=ArticleStatus.PROCESSED, stages=("x.v1",))
        assert file_store.put_article(processed) == "replaced"
    assert {a.status for a in file_store.iter_articles()} == {ArticleStatus.PROCESSED}


# Events ------------------------------------------------------------------------

EVENTS = [
    make_event("UKR3", date(2024, 2, 7), country="Ukraine", disputed=("fatalities",)),
    make_event(
        "UKR1", date(2024, 2, 6), country="Ukraine", event_type="Explosions/Remote violence"
    ),
    make_event("CIV1", date(2024, 2, 6), country="Côte d'Ivoire", event_type="Riots"),
    make_event("UKR2", date(2024, 2, 1), country="Ukraine"),
    make_event("UKR0", None, country="Ukraine", disputed=("event_date", "location")),
]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["UKR2", "CIV1", "UKR1", "UKR3", "UKR0"]),
        ({"since": date(2024, 2, 6)}, ["CIV1", "UKR1", "UKR3"]),
        ({"until": date(2024, 2, 6)}, ["UKR2", "CIV1", "UKR1"]),
        ({"since": date(2024, 2, 6), "until": date(2024, 2, 6)}, ["CIV1", "UKR1"]),
        ({"country": "ukraine"}, ["UKR2", "UKR1", "UKR3", "UKR0"]),
        ({"country": "CÔTE D'IVOIRE"}, ["CIV1"]),
        ({"event_type": "BATTLES"}, ["UKR2", "UKR3", "UKR0"]),
        ({"event_type": "riots", "country": "Ukraine"}, []),
        ({"since": date(2025, 1, 1)}, []),
        ({"disputed": True}, ["UKR3", "UKR0"]),
        ({"disputed": True, "since": date(2024, 2, 7)}, ["UKR3"]),
        ({"disputed": True, "event_type": "riots"}, []),
    ],
)
@pytest.mark.parametrize("page_size", [1, 200])
def test_store_iter_events_filters_and_orders(
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    filters: dict[str, Any],
    expected: list[str],
    page_size: int,
) -> None:
    monkeypatch.setattr(store_module, "PAGE_SIZE", page_size)
    store.replace_events(EVENTS)
    assert [event.event_id_cnty for event in store.iter_events(EventQuery(**filters))] == expected


@hypothesis_settings(deadline=None, max_examples=60)
@given(
    st.lists(
        events(st.sampled_from(["a#1", "a#2"])), max_size=4, unique_by=lambda e: e.event_id_cnty
    )
)
def test_store_round_trips_any_event(stored: list[Event]) -> None:
    article = Article(
        "a", "o", "r", "text", "h", mentions=(make_mention("a", 1), make_mention("a", 2))
    )
    with Store.open("sqlite://") as store:
        store.put_article(article)
        store.replace_events(stored)
        assert sorted(store.iter_events(), key=lambda e: e.event_id_cnty) == sorted(
            stored, key=lambda e: e.event_id_cnty
        )


def test_store_replace_events_replaces_all_and_links_mentions(
    file_store: Store, peek: sa.Engine, make_article: MakeArticle
) -> None:
    article = make_full_article(make_article)
    file_store.put_article(article)
    first, second = (m.mention_id for m in article.mentions)
    claim = Claim(
        article.article_id,
        "Test Wire",
        None,
        date(2024, 2, 7),
        "Shelling…",
        0,
        53,
        None,
        3,
        None,
        first,
    )
    file_store.replace_events(
        [make_event("E1", date(2024, 2, 6), sources=(claim,), mention_ids=(first, second, first))]
    )
    file_store.replace_events([make_event("E2", date(2024, 2, 6), mention_ids=(second,))])
    assert [e.event_id_cnty for e in file_store.iter_events()] == ["E2"]
    with peek.connect() as connection:
        links = connection.execute(sa.text("SELECT event_id, mention_id FROM event_mentions")).all()
    assert links == [("E2", second)]


def test_store_replacing_an_article_drops_links_to_its_old_mentions(
    file_store: Store, peek: sa.Engine, make_article: MakeArticle
) -> None:
    article = make_full_article(make_article)
    file_store.put_article(article)
    file_store.replace_events(
        [make_event("E1", date(2024, 2, 6), mention_ids=(article.mentions[0].mention_id,))]
    )
    file_store.put_article(dataclasses.replace(article, content_hash="new", mentions=()))
    assert row_counts(peek)["event_mentions"] == 0
    assert [e.event_id_cnty for e in file_store.iter_events()] == ["E1"]


# Failures leave the previous state intact ----------------------------------------


def test_store_failed_replace_keeps_the_previous_article(
    file_store: Store, peek: sa.Engine, make_article: MakeArticle
) -> None:
    old = make_full_article(make_article)
    other = make_article("Another report.", mentions=())
    other = dataclasses.replace(other, mentions=(make_mention(other.article_id, 1),))
    file_store.put_article(old)
    file_store.put_article(other)
    before, stamp = row_counts(peek), updated_at(peek, old.article_id)
    # Its mention's id clashes with the other article's: the insert fails after
    # the article row was updated and its old mentions deleted.
    clash = dataclasses.replace(other.mentions[0], article_id=old.article_id)
    revised = dataclasses.replace(old, content_hash="revised", text="revised", mentions=(clash,))
    with pytest.raises(StoreError, match="nothing was written"):
        file_store.put_article(revised)
    assert file_store.get_article(old.article_id) == without_tokens(old)
    assert row_counts(peek) == before
    assert updated_at(peek, old.article_id) == stamp


def test_store_failure_mid_insert_keeps_the_previous_state(
    store: Store, make_article: MakeArticle, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = make_full_article(make_article)
    store.put_article(old)
    real_mention_rows = rows.mention_rows

    def unserialisable_mention_rows(article: Article) -> list[dict[str, Any]]:
        # The JSON serialiser fails inside the transaction, after the article row.
        return [{**row, "data": object()} for row in real_mention_rows(article)]

    monkeypatch.setattr(rows, "mention_rows", unserialisable_mention_rows)
    fresh = make_article("A brand new report.")
    fresh = dataclasses.replace(fresh, mentions=(make_mention(fresh.article_id, 1),))
    for attempt in (dataclasses.replace(old, content_hash="revised", text="revised"), fresh):
        with pytest.raises(StoreError, match="nothing was written"):
            store.put_article(attempt)
    monkeypatch.undo()
    assert list(store.iter_articles()) == [without_tokens(old)]


def test_store_failed_new_article_leaves_nothing(store: Store, make_article: MakeArticle) -> None:
    article = make_article(TEXT)
    twice = make_mention(article.article_id, 1)
    with pytest.raises(StoreError):
        store.put_article(dataclasses.replace(article, mentions=(twice, twice)))
    assert store.count_articles() == 0
    assert store.get_article(article.article_id) is None


def test_store_failed_replace_events_keeps_previous_events(store: Store) -> None:
    store.replace_events(EVENTS[:2])
    with pytest.raises(StoreError, match="nothing was written"):
        store.replace_events([make_event("E9", date(2024, 3, 1), mention_ids=("no-such-mention",))])
    assert [e.event_id_cnty for e in store.iter_events()] == ["UKR1", "UKR3"]


def test_store_refuses_text_with_lone_surrogates(store: Store, make_article: MakeArticle) -> None:
    # A reader decoding with surrogateescape could produce these; UTF-8 cannot hold them.
    with pytest.raises(StoreError, match="nothing was written"):
        store.put_article(make_article("bad byte \udc80 here"))
    assert store.count_articles() == 0


def test_store_refuses_non_finite_coordinates(store: Store) -> None:
    store.replace_events(EVENTS[:1])
    with pytest.raises(StoreError, match="non-finite"):
        store.replace_events([make_event("E9", None, latitude=float("nan"))])
    assert [e.event_id_cnty for e in store.iter_events()] == ["UKR3"]


# Opening -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("eventwire.db", "not a database URL"),
        ("sqlite:////no/such/folder/eventwire.db", "folder /no/such/folder does not exist"),
        ("nosuchdb://host/db", "dialect"),
        ("postgresql+nosuchdriver://u:secret@host/db", "driver"),
    ],
)
def test_store_open_explains_a_bad_url(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message) as caught:
        Store.open(url)
    assert "secret" not in str(caught.value)


def test_store_open_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("These are my notes, not a database. " * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        Store.open(f"sqlite:///{path}")


def test_store_opens_the_settings_database(settings: Settings, make_article: MakeArticle) -> None:
    article = make_article(TEXT)
    with Store.open(settings.database_url) as store:
        store.put_article(article)
    with Store.open(settings.database_url) as store:
        assert store.get_article(article.article_id) == article
