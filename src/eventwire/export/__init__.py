"""Exporters: every one writes the output contract's columns, in the contract's order.

Beside them, views for people: the framing profile of one event
(:func:`event_profile`, ``eventwire compare``) and the disputed-events listing.
"""

from __future__ import annotations

from eventwire.export.compare import (
    EventProfile,
    event_profile,
    format_profile,
    profile_record,
)
from eventwire.export.text import write_disputed
from eventwire.export.writers import FORMATS, event_record, write_events

__all__ = [
    "FORMATS",
    "EventProfile",
    "event_profile",
    "event_record",
    "format_profile",
    "profile_record",
    "write_disputed",
    "write_events",
]
