"""The gazetteer index: a SQLite file built on first use, rebuilt when its sources change."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

import platformdirs

from eventwire.errors import EventwireError
from eventwire.geo.geonames import LoadReport, import_file
from eventwire.geo.normalize import normalize_name, sound_key
from eventwire.geo.places import Place
from eventwire.geo.sources import add_default_sources, default_source_version
from eventwire.geo.tables import SCHEMA
from eventwire.settings import Settings

__all__ = ["Gazetteer", "build_index", "gazetteer_path"]

logger = logging.getLogger(__name__)

INDEX_FILE = "gazetteer.sqlite3"

_LOOKUP = """
SELECT p.id, p.name, p.country, COALESCE(c.name, ''), c.iso_numeric,
       COALESCE(NULLIF(p.admin1, ''), a1.name, ''), COALESCE(NULLIF(p.admin2, ''), a2.name, ''),
       p.latitude, p.longitude, p.feature, p.population, p.source
FROM alias AS a
JOIN place AS p ON p.id = a.place_id
LEFT JOIN country AS c ON c.iso2 = p.country
LEFT JOIN admin1 AS a1 ON a1.code = p.country || '.' || p.admin1_code
LEFT JOIN admin2 AS a2 ON a2.code = p.country || '.' || p.admin1_code || '.' || p.admin2_code
WHERE a.key = ?
ORDER BY p.population DESC, p.id
"""
# The same query over sound keys (``normalize.sound_key``) instead of aliases.
_SOUND_LOOKUP = _LOOKUP.replace("FROM alias AS a", "FROM sound AS a")

Populate = Callable[[sqlite3.Connection], object]


def gazetteer_path(settings: Settings) -> Path:
    """Return where the index lives: the ``gazetteer_path`` setting, else the user data dir."""
    if settings.gazetteer_path:
        return Path(settings.gazetteer_path).expanduser()
    return Path(platformdirs.user_data_dir("eventwire")) / INDEX_FILE


def _stored_version(path: Path) -> str | None:
    """The source version recorded in an index, or ``None`` if absent or unreadable."""
    if not path.exists():
        return None
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def _loaded_files(path: Path) -> list[Path]:
    """GeoNames files imported into an existing index, to import again after a rebuild."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            rows = conn.execute("SELECT path FROM loaded_file ORDER BY rowid").fetchall()
    except sqlite3.Error:
        return []
    return [Path(row[0]) for row in rows]


def build_index(
    path: Path, *, populate: Populate = add_default_sources, version: str | None = None
) -> None:
    """Build the index at ``path`` atomically: a temporary file renamed over it when complete.

    GeoNames files imported into the old index are imported again when they still exist.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    reload = _loaded_files(path) if path.exists() else []
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with contextlib.closing(sqlite3.connect(tmp, isolation_level=None)) as conn:
            conn.execute("PRAGMA journal_mode = OFF")  # the temp file is discarded on failure
            conn.execute("PRAGMA synchronous = OFF")
            conn.executescript(SCHEMA)
            conn.execute("BEGIN")
            populate(conn)
            conn.execute(
                "INSERT INTO meta VALUES ('version', ?)", (version or default_source_version(),)
            )
            conn.execute("COMMIT")
            for file in reload:
                if not file.exists():
                    logger.warning("gazetteer: %s is gone; load it again to restore it", file)
                    continue
                try:
                    import_file(conn, file, skip_malformed=True)
                except EventwireError as exc:
                    logger.warning("gazetteer: could not reload %s: %s", file, exc)
            conn.execute("ANALYZE")
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    logger.info("gazetteer: built %s", path)


class Gazetteer:
    """Lookups in a gazetteer index; open one with :meth:`open` and close it when done."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        """Wrap an open index (use :meth:`open`)."""
        self._conn = conn
        self.path = path

    @classmethod
    def open(cls, settings: Settings) -> Gazetteer:
        """Open the index the settings name, building or rebuilding it first if needed."""
        return cls.open_path(gazetteer_path(settings))

    @classmethod
    def open_path(cls, path: Path, *, version: str | None = None) -> Gazetteer:
        """Open the index at ``path``, (re)built from the default sources unless current."""
        wanted = version or default_source_version()
        if _stored_version(path) != wanted:
            logger.warning("gazetteer: building the index at %s (once; about a minute)", path)
            build_index(path, version=wanted)
        conn = sqlite3.connect(path, isolation_level=None)
        return cls(conn, path)

    def lookup(self, name: str) -> list[Place]:
        """Return every place one of whose names normalises like ``name``, most populous first."""
        key = normalize_name(name)
        if not key:
            return []
        return [Place(*row) for row in self._conn.execute(_LOOKUP, (key,))]

    def lookup_sound(self, name: str) -> list[Place]:
        """Return every place one of whose names sounds like ``name`` (a looser key)."""
        key = sound_key(name)
        if not key:
            return []
        return [Place(*row) for row in self._conn.execute(_SOUND_LOOKUP, (key,))]

    def load(self, files: Sequence[Path], *, skip_malformed: bool = False) -> list[LoadReport]:
        """Import GeoNames dump files, each in its own transaction (see ``geo.geonames``)."""
        return [import_file(self._conn, file, skip_malformed=skip_malformed) for file in files]

    def close(self) -> None:
        """Close the index."""
        self._conn.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
