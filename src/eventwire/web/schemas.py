"""The API's request and response bodies (Pydantic lives at this edge only).

Every string in a response is data, never markup: article text, titles and
outlet names come from the news and are hostile until the page shows them as
text nodes.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

__all__ = [
    "ArticleOut",
    "ArticlesIn",
    "ClaimOut",
    "CountryStat",
    "DayStat",
    "EventDetail",
    "EventList",
    "EventSummary",
    "IngestOut",
    "RecordFailure",
    "SpanOut",
    "StatsOut",
    "TypeStat",
]


class EventSummary(BaseModel):
    """What the map, the timeline and the list show of one event."""

    event_id: str
    event_date: str | None
    event_type: str
    sub_event_type: str
    country: str
    admin1: str
    location: str
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    actor1: str
    actor2: str
    fatalities: int | None
    fatalities_low: int | None
    fatalities_high: int | None
    injuries: int | None
    disputed: list[str] = Field(description="Fields on which the sources disagree.")
    outlets: list[str] = Field(description="The outlets that report the event, sorted.")
    n_sources: int = Field(description="How many articles report the event.")
    notes: str


class EventList(BaseModel):
    """One page of the events the filters select."""

    total: int = Field(description="Events the filters select, on every page.")
    limit: int
    offset: int
    events: list[EventSummary]


class ClaimOut(BaseModel):
    """One source's claim about an event, with its evidence sentence's span in the article."""

    article_id: str
    outlet: str | None
    url: str | None
    published: str | None
    sentence: str
    char_start: int
    char_end: int
    claimed_by: str | None
    fatalities: int | None
    injuries: int | None
    event_date: str | None
    sub_event_type: str
    location: str
    copy_of: str | None = Field(description="The article whose wire text this one republishes.")


class EventDetail(BaseModel):
    """One event in full: contract record, claims, disputes and each outlet's framing."""

    event: dict[str, Any] = Field(description="The output-contract record, sources included.")
    claims: list[ClaimOut]
    disputed: list[str]
    outlets: list[dict[str, Any]] = Field(
        description="Per outlet, as `eventwire compare --json`: its claims and loaded terms."
    )


class SpanOut(BaseModel):
    """Where an event's evidence sentence lies in an article's cleaned text."""

    char_start: int
    char_end: int
    event_id: str


class ArticleOut(BaseModel):
    """A stored article's cleaned text and the evidence spans of the events it reports."""

    article_id: str
    outlet: str | None
    url: str | None
    title: str | None
    published: str | None
    language: str | None
    text: str = Field(description="Cleaned text: every span's offsets point in here.")
    spans: list[SpanOut]


class DayStat(BaseModel):
    """Events and fatalities on one day."""

    date: str
    events: int
    fatalities: int


class TypeStat(BaseModel):
    """Events and fatalities of one event type."""

    event_type: str
    events: int
    fatalities: int


class CountryStat(BaseModel):
    """Events and fatalities in one country."""

    country: str
    events: int
    fatalities: int


class StatsOut(BaseModel):
    """Counts over the events the filters select."""

    total_events: int
    total_fatalities: int
    by_day: list[DayStat]
    by_type: list[TypeStat]
    by_country: list[CountryStat]


class ArticlesIn(BaseModel):
    """Articles to ingest, as the JSON Lines reader takes them."""

    articles: list[Any] = Field(
        description=(
            "Records {id?, url?, outlet?, published?, title?, language?, text | html}; "
            "a record that cannot be used is reported in `failed`, the others are stored."
        ),
        examples=[
            [
                {
                    "outlet": "Levant Wire",
                    "published": "2024-01-31",
                    "title": "Drone strike on Conoco gas field",
                    "text": "A drone struck the Conoco gas field on Tuesday night, killing two.",
                }
            ]
        ],
    )


class RecordFailure(BaseModel):
    """A record that was not stored, and why."""

    record: int = Field(description="Its index in `articles`, from 0.")
    reason: str


class IngestOut(BaseModel):
    """What an ingest stored, and the store's event count after re-resolution."""

    stored: int = Field(description="Articles added or replaced.")
    unchanged: int = Field(description="Articles already stored with the same content.")
    failed: list[RecordFailure]
    events: int = Field(description="Events in the store after re-resolution.")
