"""Event resolution: from the mentions of many articles to one event per incident."""

from __future__ import annotations

from eventwire.resolve.simple import SimpleResolver, make_simple_resolver, reconcile

__all__ = ["RESOLVERS", "SimpleResolver", "make_simple_resolver", "reconcile"]

RESOLVERS = {"resolve.simple.v1": make_simple_resolver}
