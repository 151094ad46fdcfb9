"""Worst-case inputs for the regex-heavy stages: how long 100,000 hostile characters take.

The cleaner and the quantity finder run regular expressions over article text,
which is hostile input: one backtracking pattern once took 365 s on a 100k line
of dashes. This times the lines that caught such blow-ups (the same ones the
tests feed for correctness) and a page of ordinary news prose for comparison,
each the best of ``--repeat`` runs. The figure to watch is the ratio of a
hostile line's time to the prose's: it stays near 1 while both are linear.
Usage: ``python benchmarks/worst_case.py [--repeat 3] [--json FILE]``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from support import save_json

from eventwire.clean import Cleaner, load_patterns
from eventwire.extract.numbers import make_quantity_finder

SIZE = 100_000
PROSE = "Au moins six combattants et 2 500 civils, entre 5 et 8 morts, le 14 mars 2024. "
HOSTILE: dict[str, str] = {
    "prose": (PROSE * (SIZE // len(PROSE) + 1))[:SIZE],
    "dashes": "-" * SIZE,
    "bullets": "• " * (SIZE // 2),
    "handles": "(@" * (SIZE // 2),
    "separators": "Partager" + " :" * (SIZE // 2) + "x",
    "agencies": "AFP/" * (SIZE // 4),
    "digits": "1" * SIZE,
    "grouped": "1,000" * (SIZE // 5),
    "hyphenated words": "vingt-" * (SIZE // 6) + "trois",
    "quotes": "’" * SIZE,
}


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """The shortest of ``repeat`` timings of ``work``, in seconds."""
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return min(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    cleaner = Cleaner(load_patterns())
    finder = make_quantity_finder()
    results = {}
    for name, text in HOSTILE.items():
        results[name] = {
            "clean_s": best_of(args.repeat, lambda text=text: cleaner.clean(text)),
            "numbers_s": best_of(args.repeat, lambda text=text: finder.find(text, "fr")),
        }
    prose = results["prose"]
    header = ("input (100k chars)", "clean s", "x prose", "numbers s", "x prose")
    print("{:20} {:>9} {:>8} {:>10} {:>8}".format(*header))
    for name, row in results.items():
        print(
            f"{name:20} {row['clean_s']:9.4f} {row['clean_s'] / prose['clean_s']:8.1f} "
            f"{row['numbers_s']:10.4f} {row['numbers_s'] / prose['numbers_s']:8.1f}"
        )
    if args.json:
        save_json(args.json, {"benchmark": "worst_case", "size": SIZE, "results": results})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
