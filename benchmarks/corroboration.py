"""Corroboration across outlets: how many events per incident, at which merge threshold.

Runs the pipeline once over a multi-outlet corpus (articles and gold with
``incident`` ids, see docs/evaluation.md), then resolves its articles again for
each merge threshold and with the simple resolver, and scores each result with
``eventwire.evaluate`` (per-article F1, then across outlets: duplicates, wrong
merges, outlets listed, best figure in range). It also checks that resolving the
articles in shuffled orders, and one at a time into a growing set, gives the
same events, and times the resolution.

How the threshold was calibrated: on tests/eval/corro_dev, the sweep's lowest
threshold with no wrong merge and the fewest duplicates, rounded to the middle
of the plateau (see the commit that set ``MERGE_THRESHOLD``).

Usage: ``python benchmarks/corroboration.py [CORPUS_DIR] [--thresholds 0.4,0.5,...]``
(default CORPUS_DIR: tests/eval/corro_dev).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from eventwire.evaluate import evaluate, read_gold, read_predictions, score_incidents
from eventwire.export import write_events
from eventwire.ingest import InputMeta
from eventwire.jobs import Report, process_inputs
from eventwire.models import Article, Event
from eventwire.resolve import CorroboratingResolver, make_corroborating_resolver
from eventwire.resolve.corroborate import MERGE_THRESHOLD
from eventwire.resolve.simple import SimpleResolver
from eventwire.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]


def _score(events: Sequence[Event], gold_path: Path) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.jsonl"
        with path.open("w", encoding="utf-8") as out:
            write_events(events, "jsonl", out)
        scores = evaluate(read_gold(gold_path), read_predictions(path))
    inc = score_incidents(scores)
    line = f"F1 {scores.f1:.3f} field {scores.overall_field_accuracy or 0:.3f}"
    if inc is not None:
        line += (
            f" | events {inc.events} dup {inc.duplicates} ({inc.duplicate_share:.3f})"
            f" wrong {inc.wrong_merges} (same place {inc.same_place_merges})"
            f" listed {inc.complete}/{inc.complete_of}"
            f" best {inc.best_in_range}/{inc.best_in_range_of}"
        )
    return line


def _signature(events: Sequence[Event]) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((e.event_id_cnty, e.mention_ids) for e in events)


def _order_independent(
    resolve: Callable[[Sequence[Article]], list[Event]], articles: list[Article]
) -> bool:
    expected = _signature(resolve(articles))
    rng = random.Random(7)
    for _ in range(3):
        shuffled = articles[:]
        rng.shuffle(shuffled)
        if _signature(resolve(shuffled)) != expected:
            return False
        growing: list[Article] = []
        for article in shuffled:  # one article at a time, as `eventwire ingest` does
            growing.append(article)
            events = resolve(growing)
        if _signature(events) != expected:
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT / "tests/eval/corro_dev")
    parser.add_argument("--thresholds", default="0.45,0.5,0.55,0.6,0.65,0.7,0.75")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        articles_path, gold_path = Path(folder) / "a.jsonl", Path(folder) / "g.jsonl"
        articles_path.write_text(
            "".join(p.read_text("utf-8") for p in sorted(args.corpus.glob("articles_*.jsonl")))
        )
        gold_path.write_text(
            "".join(p.read_text("utf-8") for p in sorted(args.corpus.glob("gold_*.jsonl"))
                    if "revisions" not in p.name)
        )  # fmt: skip
        settings = load_settings()
        articles = list(process_inputs([str(articles_path)], InputMeta(), settings, Report()))
        print(f"{args.corpus}: {len(articles)} articles")
        print(f"simple resolver      {_score(SimpleResolver()(articles), gold_path)}")
        resolver = make_corroborating_resolver(settings)
        for threshold in (float(t) for t in args.thresholds.split(",")):
            sweep = CorroboratingResolver(
                resolver.builder, resolver.edges, resolver.similarity, threshold=threshold
            )
            mark = "  (default)" if threshold == MERGE_THRESHOLD else ""
            print(f"threshold {threshold:.2f}       {_score(sweep(articles), gold_path)}{mark}")
        start = time.perf_counter()
        resolver(articles)
        took = time.perf_counter() - start
        print(f"resolving all at once: {took:.2f} s ({len(articles) / took:.0f} articles/s)")
        same = _order_independent(resolver, articles)
        print(f"order independent (3 shuffles, one at a time): {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
