"""Write events as JSON Lines, ACLED-style CSV or GeoJSON, all with the contract's columns."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from dataclasses import asdict
from typing import Any, TextIO

from eventwire.models import CONTRACT_COLUMNS, Claim, Event

__all__ = ["FORMATS", "SOURCE_KEYS", "event_record", "write_events"]

# The keys of each ``sources`` entry, in order (the contract).
SOURCE_KEYS: tuple[str, ...] = (
    "article_id", "outlet", "url", "published", "sentence", "char_start", "char_end",
    "claimed_by", "fatalities", "injuries", "event_date", "sub_event_type", "location",
    "latitude", "longitude", "actor1", "actor2", "copy_of",
)  # fmt: skip
LIST_COLUMNS = frozenset({"tags", "disputed", "sources"})


def _source(claim: Claim) -> dict[str, Any]:
    values = asdict(claim)
    values["published"] = claim.published.isoformat() if claim.published else None
    values["event_date"] = claim.event_date.isoformat() if claim.event_date else None
    return {key: values[key] for key in SOURCE_KEYS}


def event_record(event: Event) -> dict[str, Any]:
    """Return ``event`` as a mapping of contract column to JSON-able value, in contract order."""
    values: dict[str, Any] = {
        "event_date": event.event_date.isoformat() if event.event_date else None,
        "year": event.year,
        "tags": list(event.tags),
        "disputed": list(event.disputed),
        "sources": [_source(claim) for claim in event.sources],
    }
    return {
        column: values[column] if column in values else getattr(event, column)
        for column in CONTRACT_COLUMNS
    }


def write_jsonl(events: Iterable[Event], stream: TextIO) -> int:
    """Write one JSON object per event per line; return the count."""
    count = 0
    for event in events:
        stream.write(json.dumps(event_record(event), ensure_ascii=False) + "\n")
        count += 1
    return count


# A text cell opening with one of these is a formula to a spreadsheet; article
# text is hostile input, so such a cell gets a leading apostrophe (OWASP's
# CSV-injection advice), which spreadsheets show as text and do not display.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(column: str, value: Any) -> Any:
    if column in LIST_COLUMNS:
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return "" if value is None else value


def write_csv(events: Iterable[Event], stream: TextIO) -> int:
    """Write an ACLED-style CSV with a header row; list columns hold JSON strings."""
    # RFC 4180 line ends: with "\r\n" as terminator the writer quotes any field
    # holding "\r" or "\n", so article text can never break a row.
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(CONTRACT_COLUMNS)
    count = 0
    for event in events:
        record = event_record(event)
        writer.writerow([_csv_cell(column, record[column]) for column in CONTRACT_COLUMNS])
        count += 1
    return count


def write_geojson(events: Iterable[Event], stream: TextIO) -> int:
    """Write a FeatureCollection, one Point per event (null geometry when not located)."""
    features = []
    for event in events:
        located = event.latitude is not None and event.longitude is not None
        features.append(
            {
                "type": "Feature",
                "id": event.event_id_cnty,
                "geometry": {"type": "Point", "coordinates": [event.longitude, event.latitude]}
                if located
                else None,
                "properties": event_record(event),
            }
        )
    json.dump({"type": "FeatureCollection", "features": features}, stream, ensure_ascii=False)
    stream.write("\n")
    return len(features)


FORMATS: dict[str, Callable[[Iterable[Event], TextIO], int]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "geojson": write_geojson,
}


def write_events(events: Iterable[Event], fmt: str, stream: TextIO) -> int:
    """Write ``events`` to ``stream`` in format ``fmt``; return how many were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return FORMATS[fmt](events, stream)
