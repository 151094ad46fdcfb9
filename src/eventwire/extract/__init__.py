"""Event extraction: from parsed sentences to typed event mentions with evidence."""

from __future__ import annotations

from eventwire.extract.events import EventExtractor, make_event_extractor
from eventwire.extract.mentions import publication_date

__all__ = ["STAGES", "EventExtractor", "make_event_extractor", "publication_date"]

STAGES = {"extract.events.v1": make_event_extractor}
