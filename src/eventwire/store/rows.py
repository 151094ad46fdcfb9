"""Model objects to table rows and back (see :mod:`eventwire.store.schema`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.engine import RowMapping

from eventwire.models import (
    Article,
    ArticleStatus,
    Event,
    EventMention,
    FramingTerm,
    Paragraph,
    Removal,
    Segment,
    Sentence,
)
from eventwire.store.codec import from_json, from_json_tuple, to_json
from eventwire.store.query import actors_key, fold, search_key

__all__ = [
    "article_from_row",
    "article_row",
    "event_from_row",
    "event_row",
    "events_from_rows",
    "link_rows",
    "mention_rows",
]


def article_row(article: Article, now: datetime) -> dict[str, Any]:
    """Return the ``articles`` row for ``article`` (without its mentions), stamped ``now``."""
    return {
        "article_id": article.article_id,
        "origin": article.origin,
        "raw": article.raw,
        "raw_format": article.raw_format,
        "content_hash": article.content_hash,
        "source_text": article.source_text,
        "text": article.text,
        "outlet": article.outlet,
        "url": article.url,
        "title": article.title,
        "published": article.published,
        "published_precision": article.published_precision,
        "declared_language": article.declared_language,
        "language": article.language,
        "status": article.status.value,
        "skip_reason": article.skip_reason,
        "segments": to_json(article.segments),
        "removals": to_json(article.removals),
        "paragraphs": to_json(article.paragraphs),
        "sentences": [_sentence_json(sentence) for sentence in article.sentences],
        "tags": to_json(article.tags),
        "warnings": to_json(article.warnings),
        "stages": to_json(article.stages),
        "framing": to_json(article.framing),
        "ingested_at": now,
        "updated_at": now,
    }


def _sentence_json(sentence: Sentence) -> dict[str, Any]:
    encoded: dict[str, Any] = to_json(sentence)
    del encoded["tokens"]  # not stored; they decode as the default, ()
    return encoded


def mention_rows(article: Article) -> list[dict[str, Any]]:
    """Return the ``mentions`` rows of ``article``, in order."""
    return [
        {
            "mention_id": mention.mention_id,
            "article_id": article.article_id,
            "position": position,
            "event_type": mention.event_type,
            "sub_event_type": mention.sub_event_type,
            "event_date": mention.event_date,
            "char_start": mention.sentence.start,
            "char_end": mention.sentence.end,
            "data": to_json(mention),
        }
        for position, mention in enumerate(article.mentions)
    ]


def article_from_row(row: RowMapping, mention_data: Iterable[Any]) -> Article:
    """Rebuild an article from its row and its mentions' JSON, in order."""
    return Article(
        article_id=row["article_id"],
        origin=row["origin"],
        raw=row["raw"],
        raw_format=row["raw_format"],
        content_hash=row["content_hash"],
        source_text=row["source_text"],
        outlet=row["outlet"],
        url=row["url"],
        title=row["title"],
        published=row["published"],
        published_precision=row["published_precision"],
        declared_language=row["declared_language"],
        text=row["text"],
        segments=from_json_tuple(Segment, row["segments"]),
        removals=from_json_tuple(Removal, row["removals"]),
        language=row["language"],
        paragraphs=from_json_tuple(Paragraph, row["paragraphs"]),
        sentences=from_json_tuple(Sentence, row["sentences"]),
        mentions=tuple(from_json(EventMention, data) for data in mention_data),
        framing=from_json_tuple(FramingTerm, row["framing"]),
        tags=from_json_tuple(str, row["tags"]),
        status=ArticleStatus(row["status"]),
        skip_reason=row["skip_reason"],
        warnings=from_json_tuple(str, row["warnings"]),
        stages=from_json_tuple(str, row["stages"]),
    )


def event_row(event: Event) -> dict[str, Any]:
    """Return the ``events`` row for ``event``: filter columns plus the whole event as JSON."""
    return {
        "event_id_cnty": event.event_id_cnty,
        "event_date": event.event_date,
        "disorder_type": event.disorder_type,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "country": event.country,
        "iso": event.iso,
        "admin1": event.admin1,
        "location": event.location,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "fatalities": event.fatalities,
        "country_key": fold(event.country),
        "event_type_key": fold(event.event_type),
        "is_disputed": bool(event.disputed),
        "admin1_key": fold(event.admin1),
        "sub_event_type_key": fold(event.sub_event_type),
        "actors_key": actors_key(event),
        "search_key": search_key(event),
        "data": to_json(event),
    }


def link_rows(events: Sequence[Event]) -> list[dict[str, str]]:
    """Return the ``event_mentions`` rows linking each event to its mentions."""
    return [
        {"event_id": event.event_id_cnty, "mention_id": mention_id}
        # dict.fromkeys: a mention listed twice is still one link.
        for event in events
        for mention_id in dict.fromkeys(event.mention_ids)
    ]


def event_from_row(row: RowMapping) -> Event:
    """Rebuild an event from its row's JSON."""
    return from_json(Event, row["data"])


def events_from_rows(event_rows: Iterable[RowMapping]) -> tuple[Event, ...]:
    """Rebuild events from their rows' JSON in one decoding pass.

    One pass resolves the model's type hints once: decoding 5,000 events one
    by one spent 2/3 of its time resolving them again for each.
    """
    return from_json_tuple(Event, [row["data"] for row in event_rows])
