"""The SQLite schema of the gazetteer index and the one writer every source uses."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, fields

from eventwire.geo.normalize import normalize_name, sound_key_of_key

__all__ = ["SCHEMA", "SCHEMA_VERSION", "PlaceRow", "PlaceWriter"]

# Bump when the tables below change: every index built before is rebuilt on open.
SCHEMA_VERSION = 2

# Exact-alias lookups go through alias's primary key (a covering B-tree, WITHOUT
# ROWID): benchmarks/gazetteer.py measured it against an FTS5 table of the same
# keys, and FTS5 phrase queries were slower and match inside longer names too.
SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE country (iso2 TEXT PRIMARY KEY, name TEXT NOT NULL, iso_numeric INTEGER);
CREATE TABLE admin1 (code TEXT PRIMARY KEY, name TEXT NOT NULL);  -- "IQ.01"
CREATE TABLE admin2 (code TEXT PRIMARY KEY, name TEXT NOT NULL);  -- "IQ.01.9873152"
CREATE TABLE place (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    admin1_code TEXT NOT NULL,  -- GeoNames codes; names come from admin1/admin2
    admin2_code TEXT NOT NULL,
    admin1 TEXT NOT NULL,  -- a name given by the source itself wins over the code's
    admin2 TEXT NOT NULL,
    latitude REAL,
    longitude REAL,
    feature TEXT NOT NULL,
    population INTEGER NOT NULL,
    source TEXT NOT NULL
);
CREATE TABLE alias (
    key TEXT NOT NULL,
    place_id TEXT NOT NULL,
    PRIMARY KEY (key, place_id)
) WITHOUT ROWID;
CREATE TABLE sound (
    key TEXT NOT NULL,
    place_id TEXT NOT NULL,
    PRIMARY KEY (key, place_id)
) WITHOUT ROWID;
CREATE TABLE loaded_file (path TEXT PRIMARY KEY, kind TEXT NOT NULL, rows INTEGER NOT NULL);
"""

_BATCH = 20_000  # rows per executemany: large enough to amortise, small in memory


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """One row of the ``place`` table, as a source produces it."""

    id: str
    name: str
    country: str
    admin1_code: str
    admin2_code: str
    admin1: str
    admin2: str
    latitude: float | None
    longitude: float | None
    feature: str
    population: int
    source: str


_PLACE_FIELDS = tuple(f.name for f in fields(PlaceRow))


class PlaceWriter:
    """Buffer places and aliases and write them in batches; ``flush()`` before commit."""

    def __init__(self, conn: sqlite3.Connection, *, replace: bool) -> None:
        """Write to ``conn``; ``replace`` lets a row replace a stored place with its id."""
        self._conn = conn
        verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
        self._place_sql = f"{verb} INTO place VALUES ({', '.join('?' * 12)})"
        self._places: list[tuple[object, ...]] = []
        self._aliases: list[tuple[str, str]] = []
        self._sounds: list[tuple[str, str]] = []
        self.count = 0

    def add(self, row: PlaceRow, aliases: Iterable[str] = ()) -> None:
        """Queue ``row`` and index it under its name and every alias."""
        # Attribute by attribute: dataclasses.astuple deep-copies, a third of the build.
        self._places.append(tuple(getattr(row, name) for name in _PLACE_FIELDS))
        self.add_aliases(row.id, (row.name, *aliases))
        self.count += 1
        if len(self._places) >= _BATCH:
            self.flush()

    def add_aliases(self, place_id: str, aliases: Iterable[str]) -> None:
        """Queue more names for a place already stored or queued."""
        keys = {normalize_name(alias) for alias in aliases}
        self._aliases.extend((key, place_id) for key in keys if key)
        sounds = {sound_key_of_key(key) for key in keys}
        self._sounds.extend((key, place_id) for key in sounds if key)
        if len(self._aliases) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        """Write what is queued (places first, so aliases never point nowhere for long)."""
        if self._places:
            self._conn.executemany(self._place_sql, self._places)
            self._places.clear()
        if self._aliases:
            self._conn.executemany("INSERT OR IGNORE INTO alias VALUES (?, ?)", self._aliases)
            self._aliases.clear()
        if self._sounds:
            self._conn.executemany("INSERT OR IGNORE INTO sound VALUES (?, ?)", self._sounds)
            self._sounds.clear()
