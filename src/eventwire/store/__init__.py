"""Persistence: articles, their mentions and resolved events in a SQL database.

``Store.open(url)`` creates or migrates the database (SQLite by default, any
SQLAlchemy URL) and returns a :class:`Store`; every write is one transaction.
"""

from eventwire.store.store import PutResult, Store

__all__ = ["PutResult", "Store"]
