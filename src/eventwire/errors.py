"""The eventwire error hierarchy; each message says what went wrong and what to do."""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "DataFileError",
    "EventwireError",
    "InputError",
    "ModelMissingError",
    "NotFoundError",
    "StageError",
    "StoreError",
]


class EventwireError(Exception):
    """Base class of every error eventwire raises on purpose."""


class ConfigError(EventwireError):
    """Settings are invalid: fix the named file or environment variable."""


class DataFileError(EventwireError):
    """A packaged or user data file (YAML lexicon, patterns) is malformed."""


class InputError(EventwireError):
    """An input record cannot be used; the message names the file and line or record."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class ModelMissingError(EventwireError):
    """A spaCy model named in the settings is not installed."""


class NotFoundError(EventwireError):
    """A record asked for by id (an event) is not in the store: check the id or ingest first."""


class StageError(EventwireError):
    """A pipeline stage failed on one article, or stages are wired inconsistently."""


class StoreError(EventwireError):
    """The database could not be opened, migrated or written."""
