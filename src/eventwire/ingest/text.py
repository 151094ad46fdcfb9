"""Plain-text articles: one file (or standard input) is one article."""

from __future__ import annotations

from collections.abc import Iterator

from eventwire.ingest.common import Fields, make_article
from eventwire.models import Article, Problem
from eventwire.settings import Settings

__all__ = ["read_text"]


def read_text(
    text: str,
    origin: str,
    fields: Fields,
    settings: Settings,
    *,
    raw: str | None = None,
    raw_format: str = "text",
    warnings: tuple[str, ...] = (),
) -> Iterator[Article | Problem]:
    """Yield the article a plain text makes; ``raw`` defaults to the text itself."""
    yield from make_article(
        origin=origin,
        raw=text if raw is None else raw,
        raw_format=raw_format,
        source_text=text,
        fields=fields,
        settings=settings,
        warnings=warnings,
    )
