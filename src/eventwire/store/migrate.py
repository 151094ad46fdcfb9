"""Run the packaged Alembic migrations from code; no ``alembic.ini`` needed."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.util.exc import CommandError
from sqlalchemy.engine import Connection

from eventwire.errors import StoreError

__all__ = ["MIGRATIONS", "make_alembic_config", "upgrade_to_head"]

MIGRATIONS = Path(__file__).parent / "migrations"


def make_alembic_config(url: str | None = None) -> Config:
    """Return an Alembic config for the packaged migrations (and ``url``, for ad-hoc use).

    Writing a new revision: ``command.revision(make_alembic_config(url), "message")``.
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url is not None:
        # ConfigParser treats % as interpolation; URL-encoded passwords contain it.
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade_to_head(connection: Connection) -> None:
    """Bring the database on ``connection`` to the newest schema; the caller commits."""
    config = make_alembic_config()
    config.attributes["connection"] = connection
    try:
        command.upgrade(config, "head")
    except CommandError as exc:
        # The usual cause: the database carries a revision this version doesn't know.
        raise StoreError(
            f"cannot migrate the database ({exc}); it may have been written by a newer "
            "eventwire: upgrade eventwire or use another database_url"
        ) from exc
