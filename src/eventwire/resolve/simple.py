"""``resolve.simple.v1``: group mentions into events by exact agreement, keep every claim.

Mentions merge when they agree exactly on sub-event type and date and either come
from the same article or name the same normalised place. That is deliberately
cautious: without places (the first extractor finds none) two outlets' reports of
one incident stay two events rather than risk merging distinct incidents. Each
event keeps every mention as a claim in ``sources``; tolls are reconciled the
UCDP way (low = smallest, high = largest) with ACLED's conservative best (the
smallest), and any field whose claims differ is listed in ``disputed``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime

from eventwire.models import (
    Article,
    ArticleStatus,
    Claim,
    Event,
    EventMention,
    content_hash,
)
from eventwire.settings import Settings

__all__ = ["SimpleResolver", "make_simple_resolver", "reconcile"]

GroupKey = tuple[str, ...]


def _group_key(mention: EventMention) -> GroupKey:
    day = mention.event_date.isoformat() if mention.event_date else ""
    if mention.location is not None and mention.location.value:
        return ("place", mention.sub_event_type, day, mention.location.value)
    return ("article", mention.article_id, mention.sub_event_type, day)


def reconcile(values: Sequence[int | None]) -> tuple[int | None, int | None, int | None]:
    """Return (best, low, high) of the claimed counts; best is the most conservative."""
    known = [v for v in values if v is not None]
    if not known:
        return None, None, None
    return min(known), min(known), max(known)


def _claim(article: Article, mention: EventMention) -> Claim:
    return Claim(
        article_id=article.article_id,
        outlet=article.outlet,
        url=article.url,
        published=article.published,
        sentence=mention.sentence.cut(article.text),
        char_start=mention.sentence.start,
        char_end=mention.sentence.end,
        claimed_by=mention.claimed_by,
        fatalities=mention.fatalities,
        injuries=mention.injuries,
        mention_id=mention.mention_id,
    )


def _notes(
    event_date: date | None,
    sub_event_type: str,
    outlets: list[str],
    best: int | None,
    low: int | None,
    high: int | None,
) -> str:
    when = f"On {event_date.isoformat()}" if event_date else "On an unknown date"
    by = ", ".join(outlets) if outlets else "an unnamed source"
    text = f"{when}, {sub_event_type.lower()} reported by {by}."
    if best is not None:
        spread = f" (claims range {low}-{high})" if low != high else ""
        text += f" Fatalities: {best}{spread}."
    return text


def _timestamp(claims: Sequence[Claim]) -> int | None:
    """Unix time of the latest source's publication day: deterministic across reruns."""
    days = [c.published for c in claims if c.published is not None]
    if not days:
        return None
    latest = max(days)
    return int(datetime(latest.year, latest.month, latest.day, tzinfo=UTC).timestamp())


def _event(pairs: Sequence[tuple[Article, EventMention]]) -> Event:
    mentions = [m for _, m in pairs]
    claims = tuple(
        sorted((_claim(a, m) for a, m in pairs), key=lambda c: (c.article_id, c.char_start))
    )
    first = mentions[0]
    dates = Counter(m.event_date for m in mentions if m.event_date is not None)
    event_date = dates.most_common(1)[0][0] if dates else None
    precisions = [m.time_precision for m in mentions if m.time_precision is not None]
    fatalities, fat_low, fat_high = reconcile([m.fatalities for m in mentions])
    injuries, inj_low, inj_high = reconcile([m.injuries for m in mentions])
    disputed = [
        name
        for name, distinct in (
            ("event_date", len(dates)),
            ("fatalities", len({m.fatalities for m in mentions if m.fatalities is not None})),
            ("injuries", len({m.injuries for m in mentions if m.injuries is not None})),
        )
        if distinct > 1
    ]
    outlets = sorted({c.outlet for c in claims if c.outlet})
    mention_ids = tuple(sorted(m.mention_id for m in mentions))
    return Event(
        event_id_cnty="EW" + content_hash("|".join(mention_ids))[:12].upper(),
        event_date=event_date,
        time_precision=min(precisions) if precisions else None,
        disorder_type=first.disorder_type,
        event_type=first.event_type,
        sub_event_type=first.sub_event_type,
        civilian_targeting="Civilian targeting"
        if any(m.civilian_targeting for m in mentions)
        else "",
        location=first.location.value or "" if first.location else "",
        source="; ".join(outlets),
        notes=_notes(event_date, first.sub_event_type, outlets, fatalities, fat_low, fat_high),
        fatalities=fatalities,
        timestamp=_timestamp(claims),
        fatalities_low=fat_low,
        fatalities_high=fat_high,
        injuries=injuries,
        injuries_low=inj_low,
        injuries_high=inj_high,
        disputed=tuple(disputed),
        sources=claims,
        mention_ids=mention_ids,
    )


class SimpleResolver:
    """Resolve all processed articles' mentions at once; the result ignores input order."""

    name = "resolve.simple.v1"

    def __call__(self, articles: Sequence[Article]) -> list[Event]:
        """Return the events of ``articles``, sorted by date then id."""
        groups: dict[GroupKey, list[tuple[Article, EventMention]]] = defaultdict(list)
        for article in articles:
            if article.status is not ArticleStatus.PROCESSED:
                continue
            for mention in article.mentions:
                groups[_group_key(mention)].append((article, mention))
        events = [_event(sorted(pairs, key=lambda p: p[1].mention_id)) for pairs in groups.values()]
        return sorted(events, key=lambda e: (e.event_date or date.max, e.event_id_cnty))


def make_simple_resolver(settings: Settings) -> SimpleResolver:
    """Build the simple resolver (it has no settings yet)."""
    return SimpleResolver()
