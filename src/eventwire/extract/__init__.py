"""Event extraction: from parsed sentences to typed event mentions with evidence."""

from __future__ import annotations

from eventwire.extract.triggers import TriggerExtractor, make_trigger_extractor, publication_date

__all__ = ["STAGES", "TriggerExtractor", "make_trigger_extractor", "publication_date"]

STAGES = {"extract.triggers.v1": make_trigger_extractor}
