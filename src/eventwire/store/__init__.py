"""Persistence: articles, their mentions and resolved events in a SQL database.

``Store.open(url)`` creates or migrates the database (SQLite by default, any
SQLAlchemy URL) and returns a :class:`Store`; every write is one transaction.
"""

from eventwire.store.query import DayCount, EventPage, EventQuery, EventStats, GroupCount
from eventwire.store.store import PutResult, Store

__all__ = [
    "DayCount",
    "EventPage",
    "EventQuery",
    "EventStats",
    "GroupCount",
    "PutResult",
    "Store",
]
