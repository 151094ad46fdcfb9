"""Response times of the web API over a store of many events.

Ingests the bundled examples into a temporary SQLite store, then copies their
events (each copy a new id, moved a day later, its claims kept) until the
store holds N events (default 5,000), and times each endpoint the page uses
through the real app (``eventwire.web.create_app``, FastAPI's test client, so no
network): the map's full list (``limit=5000``), a page of 100, a filtered list,
the statistics, one event's detail, one article with its evidence spans, and a
CSV export. Prints the median and worst of R runs (default 5) per request, in
milliseconds, and their ratio to the cheapest request.

Usage: ``python benchmarks/web.py [--events 5000] [--runs 5]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

from fastapi.testclient import TestClient

from eventwire.ingest import InputMeta
from eventwire.jobs import ingest_inputs
from eventwire.models import Event
from eventwire.settings import load_settings
from eventwire.store import Store
from eventwire.web import create_app

ROOT = Path(__file__).resolve().parents[1]


def _copies(events: list[Event], wanted: int) -> list[Event]:
    """``events`` and shifted copies of them, ``wanted`` in all, each id unique."""
    out = list(events)
    round_ = 0
    while len(out) < wanted:
        round_ += 1
        for event in events:
            if len(out) >= wanted:
                break
            day = event.event_date + timedelta(days=round_) if event.event_date else None
            out.append(
                dataclasses.replace(
                    event, event_id_cnty=f"{event.event_id_cnty}-{round_}", event_date=day
                )
            )
    return out


def _time(client: TestClient, url: str, runs: int) -> tuple[float, float, int]:
    """(median ms, worst ms, response bytes) of ``runs`` GETs of ``url``."""
    took, size = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(url)
        took.append((time.perf_counter() - start) * 1000)
        response.raise_for_status()
        size = len(response.content)
    return statistics.median(took), max(took), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        settings = load_settings().with_overrides(database_url=f"sqlite:///{folder}/bench.db")
        with Store.open(settings.database_url) as store:
            events, _report = ingest_inputs([str(ROOT / "examples")], InputMeta(), settings, store)
            many = _copies(events, args.events)
            store.replace_events(many)
            detail = max(events, key=lambda e: len(e.sources))
            article = detail.sources[0].article_id
            country = next(e.country for e in events if e.country)
            requests = {
                "map list (limit=5000)": "/api/events?limit=5000",
                "page of 100": "/api/events?limit=100",
                "filtered (country, disputed)": f"/api/events?country={quote(country)}"
                "&disputed=true&limit=5000",
                "statistics": "/api/stats",
                "one event's detail": f"/api/events/{detail.event_id_cnty}",
                "one article and its spans": f"/api/articles/{quote(article, safe='')}",
                "CSV export (limit=5000)": "/api/events?format=csv&limit=5000",
            }
            with TestClient(create_app(settings, store)) as client:
                timed = {name: _time(client, url, args.runs) for name, url in requests.items()}
    cheapest = min(median for median, _, _ in timed.values())
    print(f"{len(many):,} events ({len(events)} from the examples), {args.runs} runs each")
    print(f"{'request':32} {'median ms':>10} {'worst ms':>9} {'x cheapest':>10} {'bytes':>11}")
    for name, (median, worst, size) in timed.items():
        print(f"{name:32} {median:10.1f} {worst:9.1f} {median / cheapest:10.1f} {size:11,}")


if __name__ == "__main__":
    main()
