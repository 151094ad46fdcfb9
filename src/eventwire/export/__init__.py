"""Exporters: every one writes the output contract's columns, in the contract's order."""

from __future__ import annotations

from eventwire.export.writers import FORMATS, event_record, write_events

__all__ = ["FORMATS", "event_record", "write_events"]
