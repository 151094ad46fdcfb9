"""ACLED event notes as an extraction check: recover date, type, place and toll from the note alone.

Each sampled ACLED event's ``notes`` text is one English article with no
publication date (giving the event date would leak the answer), run through the
whole pipeline as ``eventwire extract`` does. The note's prediction is its
most-evidenced event (most claims from the note, ties to the earliest sentence).
Exact-match rates, over all sampled notes (a note without event is a miss):

* ``event_date``: equal to ACLED's. Gaza notes state it ("On 21 December 2024,
  ..."); the 2015 Asia notes mostly give a weekday only, which no date can be
  resolved from without a publication date, so expect little there;
* ``sub_event_type``: equal to ACLED's (Gaza only: the 2015 file predates
  sub-event types);
* ``location``: the predicted ``location`` equals ACLED's after the scorer's
  normalisation (``eventwire.evaluate.normalise_name``), or ACLED's location
  occurs in the note's cleaned text overlapping the predicted location's
  evidence span (a mention found the right words but named them differently);
* ``fatalities``: the note's claimed figure (the largest it claims, as the
  scorer reads it) equals ACLED's; ACLED codes "unspecified" as 3 or 10 and
  "unknown" as 0, figures no reading of the text can give;
* ``fatalities_0=null``: as ``fatalities``, but ACLED's 0 and our empty figure
  agree. ACLED writes 0 when a note reports no deaths *or says nothing about
  them*; eventwire leaves a figure it did not read empty (never guessed), so on
  a note that mentions no casualties an empty figure is the right reading. Both
  are reported: the strict column still counts those notes as misses. A note
  without event is a miss in both; ``--json`` also gives
  ``fatalities_0=null_or_no_event``, where such a note with ACLED 0 agrees too.

Also reported: the share of notes with no event. Samples are seeded so reruns
compare. Data: ACLED (Terms of Use: attribution, non-commercial, internal
evaluation only), see the datasets' PROVENANCE.md.
Usage: ``python benchmarks/acled_notes.py [--dataset gaza|asia|both] [--limit 2000]
[--seed N] [--data DIR] [--json FILE]``.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import random
import re
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from support import DEFAULT_DATA, Run, main_event_by_article, require, run_pipeline, save_json

from eventwire.evaluate import normalise_name

FIELDS = ("event_date", "sub_event_type", "location", "fatalities", "fatalities_0=null")


@dataclass(frozen=True, slots=True)
class Dataset:
    """Where one ACLED file is and how its columns are named and written."""

    path: Path
    column: dict[str, str]  # our name -> the file's column (no sub_event_type in legacy files)
    date_format: str


DATASETS = {
    "gaza": Dataset(
        Path("acled_gaza_2023_2025/acled_gaza_war_events_2023_2025.csv.gz"),
        {f: f for f in ("event_date", "sub_event_type", "location", "fatalities", "notes")},
        "%d-%b-%y",  # 6-Jun-25: re-saved from Excel
    ),
    "asia": Dataset(
        Path("acled_asia_2015_legacy/acled_asia_2015.csv.gz"),
        {f: f.upper() for f in ("event_date", "location", "fatalities", "notes")},
        "%d-%B-%Y",  # 01-January-2015
    ),
}


@dataclass(frozen=True, slots=True)
class Row:
    """One ACLED event: the note and the values to recover from it."""

    key: str
    notes: str
    event_date: date
    sub_event_type: str | None
    location: str
    fatalities: int


def read_rows(name: str, data: Path, limit: int, seed: int) -> list[Row]:
    """Return a seeded random sample of ``limit`` events with a note from one dataset."""
    spec = DATASETS[name]
    col = spec.column
    # utf-8-sig: the Gaza export starts with a byte-order mark.
    with gzip.open(require(data / spec.path), "rt", encoding="utf-8-sig", newline="") as handle:
        rows = [
            Row(
                key=f"{name}-{index}",
                notes=raw[col["notes"]].strip(),
                event_date=datetime.strptime(raw[col["event_date"]], spec.date_format).date(),
                sub_event_type=raw[col["sub_event_type"]] if "sub_event_type" in col else None,
                location=raw[col["location"]],
                fatalities=int(raw[col["fatalities"]]),
            )
            for index, raw in enumerate(csv.DictReader(handle))
            if raw[col["notes"]].strip()
        ]
    return random.Random(seed).sample(rows, min(limit, len(rows)))


def location_found(run: Run, key: str, mention_ids: tuple[str, ...], acled: str) -> bool:
    """True when ACLED's location occurs in the note where a mention's location evidence is."""
    spans = [
        (m.location.span.start, m.location.span.end)
        for m in (run.mentions.get(i) for i in mention_ids)
        if m is not None and m.location is not None
    ]
    text = run.articles[key].text
    return any(
        found.start() < end and start < found.end()
        for found in re.finditer(re.escape(acled), text, re.IGNORECASE)
        for start, end in spans
    )


def check(name: str, rows: list[Row]) -> dict[str, Any]:
    """Run the notes of one dataset's sample and return its exact-match rates."""
    run = run_pipeline(
        ({"id": row.key, "language": "en", "text": row.notes} for row in rows), each_alone=True
    )
    main_events = main_event_by_article(run.events)
    hits = dict.fromkeys(FIELDS, 0)
    silent_no_event = 0  # notes without event where ACLED codes 0
    for row in rows:
        found = main_events.get(row.key)
        if found is None:
            silent_no_event += row.fatalities == 0
            continue
        event = found.event
        hits["event_date"] += event.event_date == row.event_date
        hits["sub_event_type"] += event.sub_event_type == row.sub_event_type
        same_name = bool(event.location) and (
            normalise_name(event.location) == normalise_name(row.location)
        )
        hits["location"] += same_name or location_found(
            run, row.key, found.mention_ids, row.location
        )
        hits["fatalities"] += found.fatalities == row.fatalities
        hits["fatalities_0=null"] += found.fatalities == row.fatalities or (
            row.fatalities == 0 and found.fatalities is None
        )
    with_event = sum(row.key in main_events for row in rows)
    typed = any(row.sub_event_type is not None for row in rows)

    def rates(whole: int) -> dict[str, float | None]:
        return {
            field: None if field == "sub_event_type" and not typed else hits[field] / whole
            for field in FIELDS
        }

    return {
        "dataset": name,
        "notes": len(rows),
        "no_event_share": (len(rows) - with_event) / len(rows),
        "exact_match": rates(len(rows)),
        "exact_match_when_event": rates(with_event) if with_event else None,
        "fatalities_0=null_or_no_event": (hits["fatalities_0=null"] + silent_no_event) / len(rows),
        "seconds": run.seconds,
    }


def _cell(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", choices=[*DATASETS, "both"], default="gaza")
    parser.add_argument("--limit", type=int, default=2000, help="notes sampled per dataset")
    parser.add_argument("--seed", type=int, default=20240207)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    names = list(DATASETS) if args.dataset == "both" else [args.dataset]
    samples = {name: read_rows(name, args.data, args.limit, args.seed) for name in names}
    results = [check(name, rows) for name, rows in samples.items()]
    save_json(args.json, {"benchmark": "acled_notes", "seed": args.seed, "results": results})
    print(f"{'dataset':<8}{'notes':>7}{'no event':>10}"
          + "".join(f"{f:>18}" for f in FIELDS) + f"{'seconds':>9}")  # fmt: skip
    for result in results:
        print(f"{result['dataset']:<8}{result['notes']:>7}{result['no_event_share']:>10.3f}"
              + "".join(f"{_cell(result['exact_match'][f]):>18}" for f in FIELDS)
              + f"{result['seconds']:>9.0f}")  # fmt: skip
    print("exact-match rates over all sampled notes (a note without event is a miss);"
          " --json also gives them over notes with an event\n"
          "fatalities_0=null: ACLED's 0 and our empty figure agree (ACLED codes 0 also when"
          " a note says nothing about deaths; eventwire leaves an unread figure"
          " empty)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
