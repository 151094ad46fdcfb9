"""Resolving mentions into events: grouping, claims, reconciliation, order independence."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

import pytest

from eventwire.models import (
    ActorRef,
    Argument,
    Article,
    ArticleStatus,
    EventMention,
    Location,
    Span,
)
from eventwire.resolve import make_simple_resolver, reconcile
from eventwire.settings import Settings

TEXT = "Drones struck the base on Tuesday, killing two. Later gunmen clashed with a convoy."


def mention(article_id: str, start: int, end: int, **fields: object) -> EventMention:
    values: dict[str, object] = {
        "mention_id": f"{article_id}-{start}",
        "article_id": article_id,
        "sentence": Span(start, end),
        "trigger": Argument("struck", Span(start, start + 6)),
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "disorder_type": "Political violence",
        "plover": "ASSAULT",
        "event_date": date(2024, 2, 6),
        "time_precision": 1,
    }
    values.update(fields)
    return EventMention(**values)  # type: ignore[arg-type]


@pytest.fixture
def articles(make_article: Callable[..., Article]) -> list[Article]:
    place = Argument("Conoco", Span(0, 6), value="Conoco gas field")
    first = make_article(
        TEXT, article_id="a", outlet="Levant Wire", text=TEXT, status=ArticleStatus.PROCESSED,
        mentions=(mention("a", 0, 47, fatalities=2, location=place),
                  mention("a", 48, 83, sub_event_type="Armed clash", event_type="Battles",
                          location=Argument("Omar", Span(0, 4), value="Al-Omar"))),
    )  # fmt: skip
    second = make_article(
        TEXT, article_id="b", outlet="Courrier du Levant", text=TEXT,
        status=ArticleStatus.PROCESSED, published=date(2024, 2, 8),
        mentions=(mention("b", 0, 47, fatalities=8, claimed_by="a security source",
                          location=place),),
    )  # fmt: skip
    skipped = make_article(
        TEXT, article_id="c", text=TEXT, status=ArticleStatus.SKIPPED,
        mentions=(mention("c", 0, 47),),
    )  # fmt: skip
    return [first, second, skipped]


def test_simple_same_place_day_and_type_merge_with_every_claim(
    articles: list[Article], settings: Settings
) -> None:
    events = make_simple_resolver(settings)(articles)
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert [c.article_id for c in strike.sources] == ["a", "b"]
    assert {c.outlet for c in strike.sources} == {"Levant Wire", "Courrier du Levant"}
    assert (strike.fatalities, strike.fatalities_low, strike.fatalities_high) == (2, 2, 8)
    assert strike.disputed == ("fatalities",)
    assert strike.source == "Courrier du Levant; Levant Wire"
    assert strike.sources[1].claimed_by == "a security source"
    assert strike.location == "Conoco gas field"


def test_simple_claim_sentences_are_cut_from_the_article_text(
    articles: list[Article], settings: Settings
) -> None:
    for event in make_simple_resolver(settings)(articles):
        for claim in event.sources:
            article = next(a for a in articles if a.article_id == claim.article_id)
            assert article.text[claim.char_start : claim.char_end] == claim.sentence


def test_simple_other_type_stays_apart_and_skipped_articles_are_ignored(
    articles: list[Article], settings: Settings
) -> None:
    events = make_simple_resolver(settings)(articles)
    assert sorted(e.sub_event_type for e in events) == ["Air/drone strike", "Armed clash"]
    assert all(c.article_id != "c" for e in events for c in e.sources)


def test_simple_same_place_other_day_is_another_event(
    make_article: Callable[..., Article], settings: Settings
) -> None:
    place = Argument("Tanf", Span(0, 4), value="Al-Tanf")
    article = make_article(
        TEXT, article_id="a", text=TEXT, status=ArticleStatus.PROCESSED,
        mentions=(mention("a", 0, 47, location=place),
                  mention("a", 48, 83, location=place, event_date=date(2024, 2, 3))),
    )  # fmt: skip
    assert len(make_simple_resolver(settings)([article])) == 2


def test_simple_result_ignores_input_order(articles: list[Article], settings: Settings) -> None:
    resolver = make_simple_resolver(settings)
    expected = resolver(articles)
    for seed in range(5):
        shuffled = list(articles)
        random.Random(seed).shuffle(shuffled)
        assert resolver(shuffled) == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [([], (None, None, None)), ([None, 3], (3, 3, 3)), ([8, 2, 5], (2, 2, 8))],
)
def test_simple_reconcile_is_conservative(
    values: list[int | None], expected: tuple[int | None, ...]
) -> None:
    assert reconcile(values) == expected


def test_simple_one_article_same_family_merges_unless_places_differ(
    make_article: Callable[..., Article], settings: Settings
) -> None:
    tanf = Argument("Tanf", Span(0, 4), value="Al-Tanf")
    omar = Argument("Omar", Span(0, 4), value="Al-Omar")
    shelling = {"sub_event_type": "Shelling/artillery/missile attack"}
    article = make_article(
        TEXT, article_id="a", text=TEXT, status=ArticleStatus.PROCESSED,
        mentions=(mention("a", 0, 10, location=tanf, fatalities=1),
                  mention("a", 11, 20, **shelling, fatalities=3),
                  mention("a", 21, 30, location=tanf, **shelling),
                  mention("a", 31, 40, location=omar)),
    )  # fmt: skip
    events = make_simple_resolver(settings)([article])
    assert sorted((e.location, len(e.sources)) for e in events) == [("Al-Omar", 1), ("Al-Tanf", 3)]
    tanf_event = next(e for e in events if e.location == "Al-Tanf")
    # One account: its largest figure is its claim, not a dispute.
    assert (tanf_event.fatalities, tanf_event.disputed) == (3, ())


def test_simple_demonstration_told_twice_is_one_event_at_its_most_severe(
    make_article: Callable[..., Article], settings: Settings
) -> None:
    square = Argument("Plaza Italia", Span(0, 4), value="Plaza Italia")
    protest = {"event_type": "Protests", "sub_event_type": "Peaceful protest"}
    riot = {"event_type": "Riots", "sub_event_type": "Violent demonstration"}
    article = make_article(
        TEXT, article_id="a", text=TEXT, status=ArticleStatus.PROCESSED,
        mentions=(mention("a", 0, 10, **protest, location=square),
                  mention("a", 11, 20, **riot),
                  mention("a", 21, 30, **protest)),
    )  # fmt: skip
    (event,) = make_simple_resolver(settings)([article])
    assert (event.sub_event_type, event.event_type, len(event.sources)) == (
        "Violent demonstration",
        "Riots",
        3,
    )


def test_simple_retelling_with_a_vaguer_place_joins_the_incident_it_tells(
    make_article: Callable[..., Article], settings: Settings
) -> None:
    baghdad = Location("Baghdad", "Iraq", 368, latitude=33.34, longitude=44.4, geo_precision=1,
                       gazetteer_id="g:98182")  # fmt: skip
    iraq = Location("Iraq", "Iraq", 368, geo_precision=3, gazetteer_id="c:IQ")
    street = Argument("Palestine Street", Span(0, 4), value="Palestine Street")
    town = Argument("Baghdad", Span(0, 4), value="Baghdad")
    article = make_article(
        TEXT, article_id="a", text=TEXT, status=ArticleStatus.PROCESSED,
        mentions=(mention("a", 0, 10, location=town, place=baghdad, fatalities=1),
                  mention("a", 11, 20, location=street, place=iraq, retold=True),
                  # Not a retelling: an unplaced strike the same day stays its own event.
                  mention("a", 21, 30, location=street, place=iraq)),
    )  # fmt: skip
    events = make_simple_resolver(settings)([article])
    assert sorted((e.location, len(e.sources)) for e in events) == [
        ("Baghdad", 2), ("Palestine Street", 1),
    ]  # fmt: skip


def test_simple_an_unplaced_incident_beside_placed_ones_makes_no_event(
    make_article: Callable[..., Article], settings: Settings
) -> None:
    place = Argument("Tanf", Span(0, 4), value="Al-Tanf")
    clash = {"sub_event_type": "Armed clash", "event_type": "Battles"}
    placed = make_article(
        TEXT, article_id="a", text=TEXT, status=ArticleStatus.PROCESSED,
        mentions=(mention("a", 0, 10, location=place), mention("a", 11, 20, **clash)),
    )  # fmt: skip
    unplaced = make_article(
        TEXT, article_id="b", text=TEXT, status=ArticleStatus.PROCESSED,
        mentions=(mention("b", 0, 10), mention("b", 11, 20, **clash)),
    )  # fmt: skip
    events = make_simple_resolver(settings)([placed, unplaced])
    by_article = sorted((e.sources[0].article_id, e.sub_event_type) for e in events)
    # Article a keeps its placed strike only; b places nothing and keeps both.
    assert by_article == [
        ("a", "Air/drone strike"), ("b", "Air/drone strike"), ("b", "Armed clash"),
    ]  # fmt: skip


def test_simple_an_incident_dated_only_to_a_month_beside_dated_ones_makes_no_event(
    make_article: Callable[..., Article], settings: Settings
) -> None:
    clash = {"sub_event_type": "Armed clash", "event_type": "Battles"}
    month = {"time": Argument("in December", Span(21, 32)), "time_precision": 3,
             "event_date": date(2023, 12, 15)}  # fmt: skip
    tanf = Argument("Tanf", Span(0, 4), value="Al-Tanf")
    omar = Argument("Omar", Span(0, 4), value="Al-Omar")
    told = make_article(
        TEXT, article_id="a", text=TEXT, status=ArticleStatus.PROCESSED,
        mentions=(mention("a", 0, 10, location=tanf),
                  mention("a", 11, 20, location=omar, **clash, **month)),
    )  # fmt: skip
    alone = make_article(
        TEXT, article_id="b", text=TEXT, status=ArticleStatus.PROCESSED,
        mentions=(mention("b", 11, 20, location=omar, **clash, **month),),
    )  # fmt: skip
    events = make_simple_resolver(settings)([told, alone])
    by_article = sorted((e.sources[0].article_id, e.sub_event_type) for e in events)
    # Article a keeps its day-dated strike; b dates its only incident to a month.
    assert by_article == [("a", "Air/drone strike"), ("b", "Armed clash")]


def test_simple_civilians_without_a_country_vote_with_those_labelled_one(
    make_article: Callable[..., Article], settings: Settings
) -> None:
    place = Argument("Conoco", Span(0, 6), value="Conoco gas field")
    lebanon = ActorRef("Civilians (Lebanon)", "normalised", inter=7, country="LB")
    bare = ActorRef("Civilians", "normalised", inter=7)
    one = make_article(
        TEXT, article_id="a", text=TEXT, status=ArticleStatus.PROCESSED,
        mentions=(mention("a", 0, 47, location=place, actor2_ref=lebanon),),
    )  # fmt: skip
    # Its article placed nothing, so knew no country, and told it twice.
    other = make_article(
        TEXT, article_id="b", text=TEXT, status=ArticleStatus.PROCESSED,
        mentions=(mention("b", 0, 47, location=place, actor2_ref=bare),
                  mention("b", 48, 83, location=place, actor2_ref=bare)),
    )  # fmt: skip
    (event,) = make_simple_resolver(settings)([one, other])
    assert event.actor2 == "Civilians (Lebanon)"


def test_simple_a_battle_never_targets_civilians(
    make_article: Callable[..., Article], settings: Settings
) -> None:
    """ACLED's civilian-targeting flag is never set on battles, even when a mention
    read the dead as civilians."""
    place = Argument("Conoco", Span(0, 6), value="Conoco gas field")
    clash = make_article(
        TEXT, article_id="a", text=TEXT, status=ArticleStatus.PROCESSED,
        mentions=(mention("a", 48, 83, sub_event_type="Armed clash", event_type="Battles",
                          civilian_targeting=True, location=place),),
    )  # fmt: skip
    strike = make_article(
        TEXT, article_id="b", text=TEXT, status=ArticleStatus.PROCESSED,
        mentions=(mention("b", 0, 47, civilian_targeting=True, location=place),),
    )  # fmt: skip
    (battle,) = make_simple_resolver(settings)([clash])
    (explosion,) = make_simple_resolver(settings)([strike])
    assert (battle.civilian_targeting, explosion.civilian_targeting) == ("", "Civilian targeting")
