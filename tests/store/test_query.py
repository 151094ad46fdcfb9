"""Event queries in SQL: every filter, paging with totals, stats, an article's events."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.models import Argument, Article, Claim, Event, EventMention, Span
from eventwire.store import DayCount, EventQuery, GroupCount, Store

from .test_store import make_event as make_store_event


def claim(outlet: str, article_id: str = "a1") -> Claim:
    return Claim(article_id, outlet, None, None, "…", 0, 1, None, None, None)


def make_event(event_id: str, when: date | None, **fields: Any) -> Event:
    """An event in Iraq unless ``fields`` say otherwise."""
    return make_store_event(event_id, when, **{"country": "Iraq", **fields})


EVENTS = [
    make_event(
        "IRQ1", date(2024, 1, 30), admin1="Kirkuk", location="Hawija", fatalities=4,
        actor1="Islamic State (Iraq)", actor2="Military Forces of Iraq (2022-)",
        notes="Clash near the Hawija checkpoint.", sources=(claim("Kurdistan 24"),),
    ),
    make_event(
        "IRQ2", date(2024, 1, 31), admin1="Ninewa", location="Mosul", fatalities=0,
        event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
        assoc_actor_1="Popular Mobilization Forces", sources=(claim("Shafaq News"),),
        disputed=("fatalities",),
    ),
    make_event(
        "SYR1", date(2024, 1, 31), country="Syria", admin1="Deir ez-Zor", location="Conoco",
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", fatalities=2,
        actor2="Syrian Democratic Forces", notes="Drone hit the gas field.",
        sources=(claim("Le Courrier du Levant"), claim("Levant Wire")),
    ),
    make_event("CIV1", date(2024, 2, 2), country="Côte d'Ivoire", admin1="Île-de-Côte"),
    make_event("UND1", None, location="Somewhere", fatalities=9, actor1="Unidentified Armed Group"),
]  # fmt: skip


@pytest.fixture
def filled() -> Store:
    store = Store.open("sqlite://")
    store.replace_events(EVENTS)
    return store


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (EventQuery(), ["IRQ1", "IRQ2", "SYR1", "CIV1", "UND1"]),
        (EventQuery(admin1="NINEWA"), ["IRQ2"]),
        (EventQuery(admin1="île-de-côte"), ["CIV1"]),
        (EventQuery(sub_event_type="air/drone strike"), ["SYR1"]),
        (EventQuery(actor="islamic state"), ["IRQ1"]),
        (EventQuery(actor="forces"), ["IRQ1", "IRQ2", "SYR1"]),
        (EventQuery(actor="mobilization"), ["IRQ2"]),  # an associated actor counts
        (EventQuery(text="levant wire"), ["SYR1"]),  # every word, in any of the fields
        (EventQuery(text="HAWIJA checkpoint"), ["IRQ1"]),
        (EventQuery(text="gas field"), ["SYR1"]),
        (EventQuery(text="kurdistan"), ["IRQ1"]),
        (EventQuery(text="mosul drone"), []),
        (EventQuery(text="100%"), []),  # LIKE's wildcards match themselves only
        (EventQuery(text="_"), []),
        (EventQuery(min_fatalities=2), ["IRQ1", "SYR1", "UND1"]),
        (EventQuery(min_fatalities=0), ["IRQ1", "IRQ2", "SYR1", "UND1"]),
        (EventQuery(country="iraq", since=date(2024, 1, 31)), ["IRQ2"]),
        (EventQuery(disputed=True), ["IRQ2"]),
    ],
)
def test_query_filters_select_in_sql(filled: Store, query: EventQuery, expected: list[str]) -> None:
    assert [e.event_id_cnty for e in filled.iter_events(query)] == expected
    page = filled.query_events(query, limit=100)
    assert [e.event_id_cnty for e in page.events] == expected
    assert page.total == len(expected)


def test_query_pages_in_iteration_order_with_the_total(filled: Store) -> None:
    pages = [filled.query_events(EventQuery(), limit=2, offset=offset) for offset in (0, 2, 4, 6)]
    assert [[e.event_id_cnty for e in page.events] for page in pages] == [
        ["IRQ1", "IRQ2"], ["SYR1", "CIV1"], ["UND1"], [],
    ]  # fmt: skip
    assert {page.total for page in pages} == {5}


def test_query_stats_count_and_sum_per_day_type_and_country(filled: Store) -> None:
    stats = filled.event_stats(EventQuery())
    assert (stats.total_events, stats.total_fatalities) == (5, 15)
    assert stats.by_day == (
        DayCount(date(2024, 1, 30), 1, 4),
        DayCount(date(2024, 1, 31), 2, 2),
        DayCount(date(2024, 2, 2), 1, 0),
    )
    assert stats.by_type == (
        GroupCount("Battles", 3, 13),
        GroupCount("Explosions/Remote violence", 2, 2),
    )
    assert stats.by_country[0] == GroupCount("Iraq", 3, 13)
    narrowed = filled.event_stats(EventQuery(country="Syria"))
    assert (narrowed.total_events, narrowed.total_fatalities) == (1, 2)
    assert narrowed.by_type == (GroupCount("Explosions/Remote violence", 1, 2),)
    empty = filled.event_stats(EventQuery(since=date(2030, 1, 1)))
    assert (empty.total_events, empty.total_fatalities, empty.by_day) == (0, 0, ())


def test_query_events_of_an_article_follow_the_mention_links() -> None:
    mention = EventMention(
        "a1#1", "a1", Span(0, 5), Argument("clash", Span(0, 5)), "Battles", "Armed clash",
        "Political violence", "FIGHT",
    )  # fmt: skip
    with Store.open("sqlite://") as store:
        store.put_article(
            Article("a1", "t", "Clash", "text", "h", text="Clash", mentions=(mention,))
        )
        linked = make_event("IRQ1", date(2024, 1, 30), mention_ids=("a1#1",))
        store.replace_events([linked, make_event("IRQ2", date(2024, 1, 30))])
        assert store.events_of_article("a1") == [linked]
        assert store.events_of_article("nope") == []
