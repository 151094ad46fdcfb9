"""The store: articles, their mentions and resolved events in one SQL database."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from eventwire.errors import StoreError
from eventwire.models import Article, Event
from eventwire.store import rows
from eventwire.store.migrate import upgrade_to_head
from eventwire.store.query import DayCount, EventPage, EventQuery, EventStats, GroupCount
from eventwire.store.schema import articles, event_mentions, events, mentions

__all__ = ["PutResult", "Store"]

logger = logging.getLogger(__name__)

PutResult = Literal["added", "unchanged", "replaced"]

# Rows read per transaction by the iterators. Reading in pages keeps memory flat
# and, on SQLite, lets a caller write between pages (a long read would lock
# writers out). Not calibrated: large enough that per-query overhead vanishes.
PAGE_SIZE = 200


class Store:
    """Articles, mentions and events behind a SQLAlchemy URL; every write is one transaction."""

    def __init__(self, engine: Engine) -> None:
        """Wrap an engine whose database is already at the newest schema; use :meth:`open`."""
        self._engine = engine

    @classmethod
    def open(cls, url: str) -> Store:
        """Open the database at ``url``, creating or migrating it to the newest schema."""
        engine = _make_engine(url)
        shown = engine.url.render_as_string(hide_password=True)
        try:
            with engine.begin() as connection:
                upgrade_to_head(connection)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise StoreError(f"cannot open database {shown}: {_reason(exc)}") from exc
        except StoreError:
            engine.dispose()
            raise
        logger.debug("opened store %s", shown)
        return cls(engine)

    def close(self) -> None:
        """Release the database connections."""
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # Articles ------------------------------------------------------------------

    def put_article(self, article: Article) -> PutResult:
        """Store ``article`` and its mentions; say whether it was added, unchanged or replaced.

        An article is unchanged when its id, content hash and ``stages`` match the
        stored one; then nothing is written, not even ``updated_at``.
        """
        with self._write(f"store article {article.article_id!r}") as connection:
            stored = connection.execute(
                sa.select(articles.c.content_hash, articles.c.stages).where(
                    articles.c.article_id == article.article_id
                )
            ).one_or_none()
            if stored is not None and (
                stored.content_hash == article.content_hash
                and tuple(stored.stages) == article.stages
            ):
                return "unchanged"
            row = rows.article_row(article, datetime.now(UTC))
            if stored is None:
                connection.execute(articles.insert(), row)
            else:
                del row["ingested_at"]  # first seen stays first seen
                connection.execute(
                    articles.update().where(articles.c.article_id == article.article_id), row
                )
                connection.execute(
                    mentions.delete().where(mentions.c.article_id == article.article_id)
                )
            new_mentions = rows.mention_rows(article)
            if new_mentions:
                connection.execute(mentions.insert(), new_mentions)
        return "added" if stored is None else "replaced"

    def get_article(self, article_id: str) -> Article | None:
        """Return the stored article with its mentions (sentences without tokens), or None."""
        with self._read(f"read article {article_id!r}") as connection:
            found = self._load_articles(connection, articles.c.article_id == article_id)
        return found[0] if found else None

    def iter_articles(self) -> Iterator[Article]:
        """Yield every stored article with its mentions, ordered by ``article_id``."""
        after: str | None = None
        while True:
            where = articles.c.article_id > after if after is not None else sa.true()
            with self._read("read articles") as connection:
                page = self._load_articles(connection, where, limit=PAGE_SIZE)
            yield from page
            if len(page) < PAGE_SIZE:
                return
            after = page[-1].article_id

    def has_article(self, article_id: str, content_hash: str) -> bool:
        """Return whether this article, with this content hash, is stored."""
        query = sa.select(articles.c.article_id).where(
            articles.c.article_id == article_id, articles.c.content_hash == content_hash
        )
        with self._read(f"read article {article_id!r}") as connection:
            return connection.execute(query).first() is not None

    def count_articles(self) -> int:
        """Return the number of stored articles."""
        with self._read("count articles") as connection:
            return connection.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one()

    def _load_articles(
        self, connection: Connection, where: sa.ColumnElement[bool], limit: int | None = None
    ) -> list[Article]:
        article_rows = connection.execute(
            sa.select(articles).where(where).order_by(articles.c.article_id).limit(limit)
        ).all()
        if not article_rows:
            return []
        ids = [row.article_id for row in article_rows]
        mention_data: dict[str, list[Any]] = {article_id: [] for article_id in ids}
        for article_id, data in connection.execute(
            sa.select(mentions.c.article_id, mentions.c.data)
            .where(mentions.c.article_id.in_(ids))
            .order_by(mentions.c.article_id, mentions.c.position)
        ):
            mention_data[article_id].append(data)
        return [
            rows.article_from_row(row._mapping, mention_data[row.article_id])
            for row in article_rows
        ]

    # Events --------------------------------------------------------------------

    def replace_events(self, events_: Sequence[Event]) -> None:
        """Replace all stored events and their mention links with ``events_``."""
        with self._write("replace events") as connection:
            event_rows = [rows.event_row(event) for event in events_]
            links = rows.link_rows(events_)
            connection.execute(event_mentions.delete())
            connection.execute(events.delete())
            if event_rows:
                connection.execute(events.insert(), event_rows)
            if links:
                connection.execute(event_mentions.insert(), links)

    def iter_events(self, query: EventQuery | None = None) -> Iterator[Event]:
        """Yield the stored events ``query`` selects (all by default), by date then id.

        Events without a date come last, and only when the query gives no date bound.
        """
        filters = (query or EventQuery()).conditions()
        yield from self._page_events([*filters, events.c.event_date.is_not(None)], dated=True)
        if query is None or (query.since is None and query.until is None):
            yield from self._page_events([*filters, events.c.event_date.is_(None)], dated=False)

    def query_events(self, query: EventQuery, *, limit: int, offset: int = 0) -> EventPage:
        """Return the ``limit`` events after the first ``offset`` that ``query`` selects.

        In :meth:`iter_events` order; ``total`` counts every event the query selects.
        """
        where = query.conditions()
        undated_last = sa.case((events.c.event_date.is_(None), 1), else_=0)
        select = (
            sa.select(events.c.data)
            .where(*where)
            .order_by(undated_last, events.c.event_date, events.c.event_id_cnty)
            .limit(limit)
            .offset(offset)
        )
        count = sa.select(sa.func.count()).select_from(events).where(*where)
        with self._read("read events") as connection:
            total = connection.execute(count).scalar_one()
            found = rows.events_from_rows(row._mapping for row in connection.execute(select))
        return EventPage(total, found)

    def event_stats(self, query: EventQuery) -> EventStats:
        """Count the events ``query`` selects and their fatalities, per day, type and country."""
        where = query.conditions()
        n = sa.func.count()
        killed = sa.func.coalesce(sa.func.sum(events.c.fatalities), 0)

        def grouped(column: sa.Column[Any], *extra: sa.ColumnElement[bool]) -> sa.Select[Any]:
            return (
                sa.select(column, n, killed)
                .where(*where, *extra)
                .group_by(column)
                .order_by(n.desc(), column)
            )

        with self._read("count events") as connection:
            total, fatalities = connection.execute(sa.select(n, killed).where(*where)).one()
            days = connection.execute(
                grouped(events.c.event_date, events.c.event_date.is_not(None)).order_by(None)
                .order_by(events.c.event_date)
            ).all()  # fmt: skip
            types = connection.execute(grouped(events.c.event_type)).all()
            countries = connection.execute(grouped(events.c.country)).all()
        return EventStats(
            total_events=total,
            total_fatalities=fatalities,
            by_day=tuple(DayCount(day, count, dead) for day, count, dead in days),
            by_type=tuple(GroupCount(value, count, dead) for value, count, dead in types),
            by_country=tuple(GroupCount(value, count, dead) for value, count, dead in countries),
        )

    def events_of_article(self, article_id: str) -> list[Event]:
        """Return the stored events one of whose mentions is in article ``article_id``, by id."""
        linked = (
            sa.select(event_mentions.c.event_id)
            .join(mentions, mentions.c.mention_id == event_mentions.c.mention_id)
            .where(mentions.c.article_id == article_id)
        )
        query = (
            sa.select(events.c.data)
            .where(events.c.event_id_cnty.in_(linked))
            .order_by(events.c.event_id_cnty)
        )
        with self._read(f"read the events of article {article_id!r}") as connection:
            return list(rows.events_from_rows(row._mapping for row in connection.execute(query)))

    def get_event(self, event_id: str) -> Event | None:
        """Return the stored event ``event_id`` (``event_id_cnty``), or None."""
        query = sa.select(events.c.data).where(events.c.event_id_cnty == event_id)
        with self._read(f"read event {event_id!r}") as connection:
            row = connection.execute(query).first()
        return rows.event_from_row(row._mapping) if row is not None else None

    def _page_events(
        self, filters: list[sa.ColumnElement[bool]], *, dated: bool
    ) -> Iterator[Event]:
        # Keyset paging on (event_date, event_id_cnty); NULL dates sort differently
        # on SQLite and PostgreSQL, hence the separate pass for undated events.
        order = [events.c.event_date, events.c.event_id_cnty] if dated else [events.c.event_id_cnty]
        last: Event | None = None
        while True:
            where = list(filters)
            if last is not None:
                after_id = events.c.event_id_cnty > last.event_id_cnty
                where.append(
                    sa.or_(
                        events.c.event_date > last.event_date,
                        sa.and_(events.c.event_date == last.event_date, after_id),
                    )
                    if dated
                    else after_id
                )
            query = sa.select(events.c.data).where(*where).order_by(*order).limit(PAGE_SIZE)
            with self._read("read events") as connection:
                page = rows.events_from_rows(row._mapping for row in connection.execute(query))
            yield from page
            if len(page) < PAGE_SIZE:
                return
            last = page[-1]

    # Transactions ---------------------------------------------------------------

    @contextmanager
    def _write(self, action: str) -> Iterator[Connection]:
        """One transaction: committed when the block ends, rolled back on any exception."""
        try:
            with self._engine.begin() as connection:
                yield connection
        # ValueError: a value JSON or the database cannot hold (NaN, a lone surrogate).
        except (SQLAlchemyError, ValueError) as exc:
            raise StoreError(f"could not {action}, nothing was written: {_reason(exc)}") from exc

    @contextmanager
    def _read(self, action: str) -> Iterator[Connection]:
        try:
            with self._engine.connect() as connection:
                yield connection
        except SQLAlchemyError as exc:
            raise StoreError(f"could not {action}: {_reason(exc)}") from exc


def _make_engine(url: str) -> Engine:
    """Build the engine for ``url``, refusing early what cannot work."""
    try:
        parsed = sa.make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"{url!r} is not a database URL; use e.g. sqlite:///eventwire.db") from exc
    shown = parsed.render_as_string(hide_password=True)
    options: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        if _is_memory(parsed):
            # One shared connection, or each checkout would see a new empty database
            # (and migrations would run on a different one than the store uses).
            options = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
        elif parsed.database and not parsed.query.get("uri"):
            folder = Path(parsed.database).parent
            if not folder.is_dir():
                raise StoreError(
                    f"cannot open database {shown}: folder {folder} does not exist; "
                    "create it or change database_url"
                )
    try:
        engine = sa.create_engine(parsed, **options)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise StoreError(
            f"cannot open database {shown}: {exc} (is the dialect spelled right "
            "and its driver installed?)"
        ) from exc
    if parsed.get_backend_name() == "sqlite":
        sa.event.listen(engine, "connect", _configure_sqlite)
        sa.event.listen(engine, "begin", _begin_sqlite)
    return engine


def _is_memory(url: URL) -> bool:
    return url.database in (None, "", ":memory:") or url.query.get("mode") == "memory"


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # Any: the raw DB-API connection of whichever SQLite driver is in use.
    # SQLite ignores foreign keys unless asked, per connection.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()
    # Stop pysqlite beginning transactions on its own (it skips them for some
    # statements); _begin_sqlite emits BEGIN so every SQLAlchemy transaction,
    # including the read that decides a write, is a real SQLite transaction.
    dbapi_connection.isolation_level = None


def _begin_sqlite(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def _reason(exc: BaseException) -> str:
    # The driver's own message, without SQLAlchemy's statement dump: article
    # text in bound parameters would flood the message.
    original = getattr(exc, "orig", None)
    lines = str(original if original is not None else exc).splitlines()
    return lines[0] if lines else type(exc).__name__
