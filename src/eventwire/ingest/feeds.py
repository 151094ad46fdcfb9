"""RSS and Atom feeds: each entry is an article, its text from the content or summary."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from typing import Any

import feedparser

from eventwire.ingest.common import Fields, InputMeta, decode_bytes, guarded, make_article
from eventwire.ingest.html import extract_fragment_text
from eventwire.models import Article, Problem
from eventwire.settings import Settings

__all__ = ["parse_feed", "read_feed"]

logger = logging.getLogger(__name__)

_PLAIN_TYPES = frozenset(("text/plain", "text"))
_DECLARED_ENCODING = re.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([^"']+)""")


def parse_feed(data: bytes) -> Any | None:
    """Parse feed bytes with feedparser (never fetching anything); None when not a feed."""
    # A file-like object: feedparser takes a str or bytes for a URL or a file name.
    parsed = feedparser.parse(io.BytesIO(data))
    return parsed if parsed.get("version") else None


def read_feed(
    data: bytes, name: str, meta: InputMeta, settings: Settings
) -> Iterator[Article | Problem]:
    """Yield one article per entry of an RSS or Atom feed."""
    data, warning = _repair_utf8(data)
    parsed = parse_feed(data)
    if parsed is None:
        yield Problem(name, "not an RSS/Atom feed")
        return
    if not parsed.entries:
        yield Problem(name, "feed has no entries")
        return
    if parsed.get("bozo") and warning is None:
        reason = parsed.get("bozo_exception")
        yield Problem(name, f"feed is not well-formed ({reason}); read leniently", fatal=False)
    channel = parsed.feed
    warned = False
    for number, entry in enumerate(parsed.entries, start=1):
        origin = f"{name}: item {number}"
        yield from guarded(origin, _read_entry(entry, channel, origin, meta, settings, warning))
        warned = warned or (warning is not None and "\ufffd" in _entry_body(entry)[0])
    if warning and not warned:
        yield Problem(name, warning, fatal=False)


def _repair_utf8(data: bytes) -> tuple[bytes, str | None]:
    """Replace invalid bytes in a UTF-8 feed, which feedparser would read as windows-1252."""
    declared = _DECLARED_ENCODING.search(data[:200])
    if declared and declared.group(1).lower() not in (b"utf-8", b"utf8"):
        return data, None
    decoded = decode_bytes(data)
    if decoded.warning is None:
        return data, None
    return decoded.text.encode("utf-8"), decoded.warning


def _read_entry(
    entry: Any,
    channel: Any,
    origin: str,
    meta: InputMeta,
    settings: Settings,
    warning: str | None,
) -> Iterator[Article | Problem]:
    raw, kind = _entry_body(entry)
    if not raw.strip():
        yield Problem(origin, "feed item has no text (neither content nor summary)")
        return
    text = raw.strip() if kind in _PLAIN_TYPES else extract_fragment_text(raw)
    if not text:
        yield Problem(origin, "feed item has no text (neither content nor summary)")
        return
    fields = Fields(
        article_id=entry.get("id") or None,
        outlet=channel.get("title") or None,
        url=_entry_url(entry),
        title=entry.get("title") or None,
        published=entry.get("published") or entry.get("updated") or None,
        language=channel.get("language") or None,
    ).fill_from(meta, with_url=False)
    yield from make_article(
        origin=origin,
        raw=raw,
        raw_format="feed",
        source_text=text,
        fields=fields,
        settings=settings,
        # The decoding warning goes to the entries it spoiled.
        warnings=(warning,) if warning and "\ufffd" in raw else (),
    )


def _entry_url(entry: Any) -> str | None:
    """Return the entry's web address: its alternate link, not an id feedparser took for one."""
    for link in entry.get("links") or ():
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link["href"])
    return None


def _entry_body(entry: Any) -> tuple[str, str]:
    """Return the entry's content (preferred) or summary, and its media type."""
    for content in entry.get("content") or ():
        value = content.get("value") or ""
        if value.strip():
            return str(value), str(content.get("type") or "text/html")
    summary = entry.get("summary") or ""
    detail = entry.get("summary_detail") or {}
    return str(summary), str(detail.get("type") or "text/html")
