"""Event resolution: from the mentions of many articles to one event per incident."""

from __future__ import annotations

from eventwire.resolve.build import BEST_RULES, EventBuilder, reconcile
from eventwire.resolve.corroborate import CorroboratingResolver, make_corroborating_resolver
from eventwire.resolve.simple import SimpleResolver, make_simple_resolver

__all__ = [
    "BEST_RULES",
    "RESOLVERS",
    "CorroboratingResolver",
    "EventBuilder",
    "SimpleResolver",
    "make_corroborating_resolver",
    "make_simple_resolver",
    "reconcile",
]

RESOLVERS = {
    "resolve.simple.v1": make_simple_resolver,
    "resolve.corroborate.v1": make_corroborating_resolver,
}
