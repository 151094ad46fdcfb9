"""``resolve.simple.v1``: merge accounts across articles only on exact agreement.

The cautious baseline the corroborating resolver is measured against: accounts
of different articles are one event only when they agree exactly on sub-event
type, date and place (an unplaced account is an event of its own), and tolls
are reconciled ACLED's way (the smallest claim is the best).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from eventwire.models import Article, Event
from eventwire.resolve.accounts import Account, article_accounts
from eventwire.resolve.build import EventBuilder
from eventwire.resolve.corroborate import anchor_order, unique_ids
from eventwire.settings import Settings

__all__ = ["SimpleResolver", "make_simple_resolver"]


def _group_key(account: Account) -> tuple[str, ...]:
    if account.place_key:
        day = account.event_date.isoformat() if account.event_date else ""
        return ("place", account.sub_event_type, day, account.place_key)
    return ("account", account.key)


class SimpleResolver:
    """Resolve all processed articles' accounts at once; the result ignores input order."""

    name = "resolve.simple.v1"

    def __init__(self) -> None:
        """The simple resolver has no settings."""
        self.builder = EventBuilder("conservative")

    def __call__(self, articles: Sequence[Article]) -> list[Event]:
        """Return the events of ``articles``, sorted by date then id."""
        groups: dict[tuple[str, ...], list[Account]] = defaultdict(list)
        for article in articles:
            for account in article_accounts(article):  # none for unprocessed articles
                groups[_group_key(account)].append(account)
        events = [self.builder(sorted(g, key=anchor_order), {}) for g in groups.values()]
        return sorted(unique_ids(events), key=lambda e: (e.event_date or date.max, e.event_id_cnty))


def make_simple_resolver(settings: Settings) -> SimpleResolver:
    """Build the simple resolver (it has no settings)."""
    return SimpleResolver()
