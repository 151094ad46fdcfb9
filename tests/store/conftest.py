"""Store fixtures: an in-memory store, and a file store with a side engine to inspect rows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from eventwire.settings import Settings
from eventwire.store import Store


@pytest.fixture
def store() -> Iterator[Store]:
    """A fresh in-memory store."""
    with Store.open("sqlite://") as opened:
        yield opened


@pytest.fixture
def file_store(settings: Settings) -> Iterator[Store]:
    """A store in a temporary SQLite file (the ``settings`` database)."""
    with Store.open(settings.database_url) as opened:
        yield opened


@pytest.fixture
def peek(settings: Settings) -> Iterator[sa.Engine]:
    """A separate engine on the ``settings`` database, to look at raw rows."""
    engine = sa.create_engine(settings.database_url)
    yield engine
    engine.dispose()
