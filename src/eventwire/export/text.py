"""Plain-text listings for people: events with their claims (``events --disputed``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from eventwire.models import Claim, Event

__all__ = ["event_heading", "figures", "format_claim", "write_disputed"]

INDENT = "    "


def figures(fatalities: int | None, injuries: int | None) -> str:
    """The figures a claim gives: "8 killed, 6 injured", or "no figure"."""
    parts = []
    if fatalities is not None:
        parts.append(f"{fatalities} killed")
    if injuries is not None:
        parts.append(f"{injuries} injured")
    return ", ".join(parts) or "no figure"


def event_heading(event: Event) -> str:
    """One line naming an event: id, date, sub-event type, place."""
    day = event.event_date.isoformat() if event.event_date else "undated"
    place = ", ".join(part for part in (event.location, event.country) if part) or "unplaced"
    return f"{event.event_id_cnty} · {day} · {event.sub_event_type} · {place}"


def format_claim(claim: Claim, *, details: Iterable[str] = (), outlet: bool = True) -> list[str]:
    """A claim as two lines: who says what (plus ``details``), then its quoted sentence."""
    who = [claim.outlet or "unknown outlet"] if outlet else []
    if claim.claimed_by:
        who.append(f"according to {claim.claimed_by}")
    head = "; ".join([*who, figures(claim.fatalities, claim.injuries), *details])
    return [f"  - {head}", f"{INDENT}“{claim.sentence}”"]


def write_disputed(events: Iterable[Event], stream: TextIO) -> int:
    """Write each event on which sources disagree, with its claims; return how many."""
    count = 0
    for event in events:
        if not event.disputed:
            continue
        if count:
            stream.write("\n")
        lines = [event_heading(event), f"  disputed: {', '.join(event.disputed)}"]
        for claim in sorted(event.sources, key=lambda c: (c.outlet or "", c.char_start)):
            lines.extend(format_claim(claim))
        stream.write("\n".join(lines) + "\n")
        count += 1
    return count
