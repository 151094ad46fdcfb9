"""What the API's routes do with the store, request parameters in and response bodies out.

The filtering itself runs in SQL (:class:`eventwire.store.EventQuery`); here the
parameters become a query and stored objects become the contract's bodies.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain
from typing import Annotated, Literal

from fastapi import Query
from pydantic import BeforeValidator, Field

from eventwire.errors import NotFoundError
from eventwire.export import event_profile, event_record, profile_record, write_events
from eventwire.ingest import InputMeta, read_record
from eventwire.jobs import ingest_articles
from eventwire.models import Event
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.store import EventQuery, EventStats, Store
from eventwire.web.schemas import (
    ArticleOut,
    ClaimOut,
    CountryStat,
    DayStat,
    EventDetail,
    EventSummary,
    IngestOut,
    RecordFailure,
    SpanOut,
    StatsOut,
    TypeStat,
)

__all__ = [
    "MAX_LIMIT",
    "MAX_TEXT",
    "EventFilters",
    "article_view",
    "event_detail",
    "export_events",
    "ingest_records",
    "stats_view",
    "summarise",
]

# The page asks for every event at once with limit=5000: beyond that a JSON page
# (~1 kB an event) gets slow to parse on a phone; page with offset instead.
MAX_LIMIT = 5000
# Longer than any place, actor or outlet name; keeps the LIKE patterns small.
MAX_TEXT = 200

FORMAT_TYPES = {"csv": "text/csv; charset=utf-8", "geojson": "application/geo+json"}


def _blank_is_none(value: object) -> object:
    """An empty parameter (``?since=``, as a form sends it) means no filter."""
    return None if value == "" else value


Blank = BeforeValidator(_blank_is_none)


@dataclass(frozen=True, slots=True)
class EventFilters:
    """The filters ``/api/events`` and ``/api/stats`` share, as query parameters."""

    since: Annotated[date | None, Blank, Query(description="Events on or after (YYYY-MM-DD).")] = (
        None
    )
    until: Annotated[date | None, Blank, Query(description="Events on or before (YYYY-MM-DD).")] = (
        None
    )
    country: Annotated[
        str | None, Query(max_length=MAX_TEXT, description="Country name, case-blind.")
    ] = None
    admin1: Annotated[
        str | None, Query(max_length=MAX_TEXT, description="First-level region, case-blind.")
    ] = None
    event_type: Annotated[
        str | None, Query(max_length=MAX_TEXT, description="ACLED event type, case-blind.")
    ] = None
    sub_event_type: Annotated[
        str | None, Query(max_length=MAX_TEXT, description="ACLED sub-event type, case-blind.")
    ] = None
    actor: Annotated[
        str | None,
        Query(max_length=MAX_TEXT, description="Part of an actor's name (actors 1 and 2, assoc.)."),
    ] = None
    q: Annotated[
        str | None,
        Query(
            max_length=MAX_TEXT,
            description="Words that must all appear in the place, actors, notes or outlets.",
        ),
    ] = None
    min_fatalities: Annotated[
        Annotated[int, Field(ge=0)] | None,
        Blank,
        Query(description="Events with at least this many killed."),
    ] = None
    disputed: Annotated[
        bool, Query(description="Only events whose sources disagree.")
    ] = False  # fmt: skip

    def query(self) -> EventQuery:
        """The store query these parameters ask for."""
        return EventQuery(
            since=self.since,
            until=self.until,
            country=self.country or None,
            admin1=self.admin1 or None,
            event_type=self.event_type or None,
            sub_event_type=self.sub_event_type or None,
            actor=self.actor or None,
            text=self.q or None,
            min_fatalities=self.min_fatalities,
            disputed=self.disputed,
        )


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def summarise(event: Event) -> EventSummary:
    """The summary of ``event`` the map and list show."""
    return EventSummary(
        event_id=event.event_id_cnty,
        event_date=_day(event.event_date),
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        country=event.country,
        admin1=event.admin1,
        location=event.location,
        latitude=event.latitude,
        longitude=event.longitude,
        geo_precision=event.geo_precision,
        actor1=event.actor1,
        actor2=event.actor2,
        fatalities=event.fatalities,
        fatalities_low=event.fatalities_low,
        fatalities_high=event.fatalities_high,
        injuries=event.injuries,
        disputed=list(event.disputed),
        outlets=sorted({claim.outlet for claim in event.sources if claim.outlet}),
        n_sources=len({claim.article_id for claim in event.sources}),
        notes=event.notes,
    )


def export_events(events: Sequence[Event], fmt: Literal["csv", "geojson"]) -> tuple[str, str]:
    """``events`` in an export format: the body and its media type."""
    stream = io.StringIO()
    write_events(events, fmt, stream)
    return stream.getvalue(), FORMAT_TYPES[fmt]


def event_detail(store: Store, event_id: str) -> EventDetail | None:
    """Event ``event_id`` with its claims and each outlet's framing, or None when unknown."""
    try:
        profile = event_profile(store, event_id)
    except NotFoundError:
        return None
    record = event_record(profile.event)
    return EventDetail(
        event=record,
        claims=[ClaimOut.model_validate(source) for source in record["sources"]],
        disputed=list(profile.event.disputed),
        outlets=profile_record(profile)["outlets"],
    )


def article_view(store: Store, article_id: str) -> ArticleOut | None:
    """Stored article ``article_id`` with the spans its events' claims quote, or None."""
    article = store.get_article(article_id)
    if article is None:
        return None
    spans = {
        (claim.char_start, claim.char_end, event.event_id_cnty)
        for event in store.events_of_article(article_id)
        for claim in event.sources
        if claim.article_id == article_id
    }
    return ArticleOut(
        article_id=article.article_id,
        outlet=article.outlet,
        url=article.url,
        title=article.title,
        published=_day(article.published),
        language=article.language,
        text=article.text,
        spans=[SpanOut(char_start=s, char_end=e, event_id=i) for s, e, i in sorted(spans)],
    )


def stats_view(stats: EventStats) -> StatsOut:
    """The stats body from the store's counts."""
    return StatsOut(
        total_events=stats.total_events,
        total_fatalities=stats.total_fatalities,
        by_day=[
            DayStat(date=d.day.isoformat(), events=d.events, fatalities=d.fatalities)
            for d in stats.by_day
        ],
        by_type=[
            TypeStat(event_type=g.value, events=g.events, fatalities=g.fatalities)
            for g in stats.by_type
        ],
        by_country=[
            CountryStat(country=g.value, events=g.events, fatalities=g.fatalities)
            for g in stats.by_country
        ],
    )


def ingest_records(
    records: Sequence[object], settings: Settings, store: Store, pipeline: Pipeline
) -> IngestOut:
    """Ingest JSON records as ``eventwire ingest`` would a JSON Lines file; say what happened."""
    origins = [f"request: record {index}" for index in range(len(records))]
    items = chain.from_iterable(
        read_record(record, origin, InputMeta(), settings)
        for record, origin in zip(records, origins, strict=True)
    )
    _events, report = ingest_articles(items, settings, store, pipeline=pipeline)
    index = {origin: i for i, origin in enumerate(origins)}
    failed = [
        RecordFailure(record=index[problem.origin], reason=problem.reason)
        for problem in report.failed
        if problem.origin in index
    ]
    return IngestOut(
        stored=report.stored.get("added", 0) + report.stored.get("replaced", 0),
        unchanged=report.stored.get("unchanged", 0),
        failed=failed,
        events=report.events,
    )
