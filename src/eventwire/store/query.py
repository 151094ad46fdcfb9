"""Event filters as SQL: what ``Store.iter_events``, ``query_events`` and ``event_stats`` select.

Every filter runs in the database against the ``events`` table's filter columns:
names compare case-blind through their folded ``*_key`` copies (SQLite's
``lower()`` folds ASCII only), ``actor`` and ``text`` are substring matches on
folded columns that gather the event's actors and its searchable text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from eventwire.models import Event
from eventwire.store.schema import events

__all__ = ["DayCount", "EventPage", "EventQuery", "EventStats", "GroupCount", "fold"]


def fold(value: str) -> str:
    """Return the case-insensitive key the ``*_key`` filter columns hold."""
    return value.casefold()


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Which stored events to select; every filter given must hold (inclusive dates).

    ``actor`` is a substring of any of the event's four actor columns; ``text``
    is words that must each appear in its place names, actors, notes or outlets.
    Events without a date match only when neither ``since`` nor ``until`` is given.
    """

    since: date | None = None
    until: date | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    text: str | None = None
    min_fatalities: int | None = None
    disputed: bool = False  # only events whose sources disagree

    def conditions(self) -> list[sa.ColumnElement[bool]]:
        """The SQL conditions on ``events`` that select these events."""
        found: list[sa.ColumnElement[bool]] = []
        if self.since is not None:
            found.append(events.c.event_date >= self.since)
        if self.until is not None:
            found.append(events.c.event_date <= self.until)
        for column, value in (
            (events.c.country_key, self.country),
            (events.c.admin1_key, self.admin1),
            (events.c.event_type_key, self.event_type),
            (events.c.sub_event_type_key, self.sub_event_type),
        ):
            if value is not None:
                found.append(column == fold(value))
        if self.actor is not None and self.actor.strip():
            found.append(events.c.actors_key.contains(fold(self.actor.strip()), autoescape=True))
        for word in fold(self.text or "").split():
            found.append(events.c.search_key.contains(word, autoescape=True))
        if self.min_fatalities is not None:
            found.append(events.c.fatalities >= self.min_fatalities)
        if self.disputed:
            found.append(events.c.is_disputed.is_(True))
        return found


@dataclass(frozen=True, slots=True)
class EventPage:
    """One page of the events a query selects, and how many it selects in all."""

    total: int
    events: tuple[Event, ...]


@dataclass(frozen=True, slots=True)
class DayCount:
    """Events and their summed fatalities on one day."""

    day: date
    events: int
    fatalities: int


@dataclass(frozen=True, slots=True)
class GroupCount:
    """Events and their summed fatalities sharing one value (an event type, a country)."""

    value: str
    events: int
    fatalities: int


@dataclass(frozen=True, slots=True)
class EventStats:
    """Counts over the events a query selects: in all, per day, per event type, per country.

    Events without a date count in the totals and groups but in no day.
    """

    total_events: int
    total_fatalities: int
    by_day: tuple[DayCount, ...]  # in date order
    by_type: tuple[GroupCount, ...]  # most events first
    by_country: tuple[GroupCount, ...]  # most events first


def actors_key(event: Event) -> str:
    """The folded text the ``actor`` filter searches: the four actor columns, one a line."""
    names = (event.actor1, event.assoc_actor_1, event.actor2, event.assoc_actor_2)
    return fold("\n".join(name for name in names if name))


def search_key(event: Event) -> str:
    """The folded text the ``text`` filter searches: places, actors, notes and outlets."""
    outlets = dict.fromkeys(claim.outlet for claim in event.sources if claim.outlet)
    parts = (
        event.location, event.admin1, event.admin2, event.admin3, event.country,
        event.actor1, event.assoc_actor_1, event.actor2, event.assoc_actor_2,
        event.notes, event.source, *outlets,
    )  # fmt: skip
    return fold("\n".join(part for part in parts if part))
