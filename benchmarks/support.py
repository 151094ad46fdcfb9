"""Shared parts of the public-data benchmarks: data location, one pipeline run, per-article views.

The datasets live outside the repository (``../shared/data`` by default, or
``--data``/``$EVENTWIRE_SHARED_DATA``); eventwire itself never needs them, so a
benchmark whose data is absent stops with a message saying where it looked.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.ingest import InputMeta
from eventwire.jobs import Report, process_inputs
from eventwire.models import Article, Event, EventMention
from eventwire.pipeline import make_resolver
from eventwire.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(os.environ.get("EVENTWIRE_SHARED_DATA", ROOT.parent / "shared" / "data"))


def require(path: Path) -> Path:
    """Return ``path``, or exit with a message when the dataset is not there."""
    if not path.exists():
        sys.exit(
            f"{path}: not found. This benchmark reads a public dataset kept outside the "
            "repository; pass --data DIR (the folder holding the datasets) or set "
            "EVENTWIRE_SHARED_DATA."
        )
    return path


@dataclass(frozen=True, slots=True)
class Run:
    """One pipeline run over in-memory records: events, articles and mentions by id, time taken."""

    events: list[Event]
    articles: dict[str, Article]
    mentions: dict[str, EventMention]
    report: Report
    seconds: float


def benchmark_settings() -> Settings:
    """The packaged defaults, whatever the user's configuration, but for where the
    gazetteer index lives (``EVENTWIRE_GAZETTEER_PATH``): runs side by side keep
    their own index instead of rebuilding a shared one."""
    kept = ("EVENTWIRE_GAZETTEER_PATH",)
    return load_settings(env={k: v for k, v in os.environ.items() if k in kept})


def run_pipeline(records: Iterable[dict[str, Any]], *, each_alone: bool = False) -> Run:
    """Run eventwire's pipeline and resolver on JSON-input records, as `eventwire extract` does.

    ``each_alone``: resolve every record by itself, for corpora whose records are
    independent items (CASE snippets, ACLED notes: each its own incident, many on
    one day and place), which the corroborating resolver would otherwise join as
    several outlets' accounts of one incident.
    """
    settings = benchmark_settings()
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        start = time.perf_counter()
        report = Report()
        articles = list(process_inputs([str(corpus)], InputMeta(), settings, report))
        resolver = make_resolver(settings)
        if each_alone:
            events = [event for article in articles for event in resolver([article])]
        else:
            events = resolver(articles)
        seconds = time.perf_counter() - start
    mentions = {m.mention_id: m for a in articles for m in a.mentions}
    return Run(events, {a.article_id: a for a in articles}, mentions, report, seconds)


@dataclass(frozen=True, slots=True)
class ArticleEvent:
    """An event as one article reports it: that article's claims only."""

    event: Event
    claims: int
    first_char: int
    fatalities: int | None  # the largest figure this article claims, as the scorer reads it
    mention_ids: tuple[str, ...]


def main_event_by_article(events: Sequence[Event]) -> dict[str, ArticleEvent]:
    """For each article, its most-evidenced event (most claims; ties: earliest sentence)."""
    views: dict[str, list[ArticleEvent]] = {}
    for event in events:
        by_article: dict[str, list[int]] = {}
        for index, claim in enumerate(event.sources):
            by_article.setdefault(claim.article_id, []).append(index)
        for article_id, indexes in by_article.items():
            claims = [event.sources[i] for i in indexes]
            figures = [c.fatalities for c in claims if c.fatalities is not None]
            views.setdefault(article_id, []).append(
                ArticleEvent(
                    event=event,
                    claims=len(claims),
                    first_char=min(c.char_start for c in claims),
                    fatalities=max(figures) if figures else None,
                    mention_ids=tuple(c.mention_id for c in claims),
                )
            )
    return {
        article_id: min(found, key=lambda v: (-v.claims, v.first_char))
        for article_id, found in views.items()
    }


def macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> tuple[float, dict[str, float]]:
    """Return the macro-averaged F1 over the gold labels present, and each label's F1."""
    pairs = Counter(zip(gold, predicted, strict=True))
    per_label = {}
    for label in sorted(set(gold)):
        hits = pairs[(label, label)]
        predicted_as = sum(n for (_g, p), n in pairs.items() if p == label)
        actual = sum(n for (g, _p), n in pairs.items() if g == label)
        precision = hits / predicted_as if predicted_as else 0.0
        recall = hits / actual
        per_label[label] = (
            2 * precision * recall / (precision + recall) if precision + recall else 0.0
        )
    return sum(per_label.values()) / len(per_label), per_label


def save_json(path: Path | None, figures: dict[str, Any]) -> None:
    """Write the figures to ``path`` when one was given."""
    if path is not None:
        path.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", "utf-8")
