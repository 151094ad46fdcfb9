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
    """Build an article from plain text, as a reader would."""

    def make(text: str = "", **fields: Any) -> Article:
        base: dict[str, Any] = {
            "article_id": fields.pop("article_id", "sha256:" + content_hash(text)),
            "origin": fields.pop("origin", "test"),
            "raw": text,
            "raw_format": "text",
            "content_hash": content_hash(text),
            "source_text": text,
            "outlet": "Test Wire",
            "published": date(2024, 2, 7),
            "published_precision": "day",
        }
        base.update(fields)
        return Article(**base)

    return make
