"""Shared test factories. Unit tests build objects by hand and load no model."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.models import Article, content_hash
from eventwire.settings import Settings, load_settings

RESOURCES = Path(__file__).parent / "resources"
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Packaged defaults with the database in a temporary folder, ignoring the environment."""
    return load_settings(env={}, overrides={"database_url": f"sqlite:///{tmp_path / 'test.db'}"})


@pytest.fixture
def make_article() -> Callable[..., Article]:
    """Build an article from plain text as a reader would (keyword fields override)."""

    def make(source: str = "", /, **fields: Any) -> Article:
        base: dict[str, Any] = {
            "article_id": fields.pop("article_id", "sha256:" + content_hash(source)),
            "origin": fields.pop("origin", "test"),
            "raw": source,
            "raw_format": "text",
            "content_hash": content_hash(source),
            "source_text": source,
            "outlet": "Test Wire",
            "published": date(2024, 2, 7),
            "published_precision": "day",
        }
        base.update(fields)
        return Article(**base)

    return make


@pytest.fixture(scope="session")
def parser() -> Callable[..., Article]:
    """Parse text with the real spaCy models: returns ``parse(text, language, **fields)``.

    Every blank-line-separated paragraph is in ``language`` unless its index is in
    ``foreign``. The stage (and its loaded models) is shared by the whole session.
    """
    from eventwire.models import Paragraph, Span
    from eventwire.nlp import make_spacy_stage

    stage = make_spacy_stage(load_settings(env={}))

    def parse(text: str, language: str, foreign: tuple[int, ...] = (), **fields: Any) -> Article:
        paragraphs, start = [], 0
        for index, block in enumerate(text.split("\n\n")):
            paragraphs.append(
                Paragraph(Span(start, start + len(block)), language, 1.0, index in foreign)
            )
            start += len(block) + 2
        base: dict[str, Any] = {
            "article_id": "sha256:" + content_hash(text),
            "origin": "test",
            "raw": text,
            "raw_format": "text",
            "content_hash": content_hash(text),
            "source_text": text,
            "text": text,
            "language": language,
            "paragraphs": tuple(paragraphs),
            "outlet": "Test Wire",
            "published": date(2024, 2, 7),
            "published_precision": "day",
        }
        base.update(fields)
        return stage(Article(**base))

    return parse


PUBLISHED = date(2024, 2, 7)  # a Wednesday: the publication date the extractor tests assume


@pytest.fixture(scope="session")
def extractor() -> Any:
    """The real extractor (``extract.events.v1``), built once for the session."""
    from eventwire.extract import make_event_extractor

    return make_event_extractor(load_settings(env={}))


@pytest.fixture
def extract(parser: Callable[..., Article], extractor: Any) -> Callable[..., tuple[Article, Any]]:
    """Parse and extract ``text``: returns ``(article, mentions)``; published on PUBLISHED."""

    def run(text: str, language: str, **fields: Any) -> tuple[Article, Any]:
        fields.setdefault("published", PUBLISHED)
        article = extractor(parser(text, language, **fields))
        return article, article.mentions

    return run
