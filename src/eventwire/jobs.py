"""The Python API behind the CLI: extract (one shot), ingest (into a store), export.

These functions wire readers, the pipeline, the resolver and the store together
and report every record that could not be used; the CLI only parses arguments,
shows progress and prints the report.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from eventwire.ingest import InputMeta, read_inputs
from eventwire.models import Article, ArticleStatus, Event, Problem
from eventwire.pipeline import Pipeline, build_pipeline, make_resolver
from eventwire.settings import Settings
from eventwire.store import Store

__all__ = [
    "Report",
    "extract_events",
    "ingest_articles",
    "ingest_inputs",
    "process_articles",
    "process_inputs",
]

logger = logging.getLogger(__name__)

Progress = Callable[[Article], None]


@dataclass
class Report:
    """What a run read, stored, skipped and could not use."""

    read: int = 0
    processed: int = 0
    skipped: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    stored: dict[str, int] = field(default_factory=dict)  # "added" / "unchanged" / "replaced"
    events: int = 0

    @property
    def failed(self) -> list[Problem]:
        """Problems that meant a record was not (fully) used."""
        return [p for p in self.problems if p.fatal]

    def summary(self) -> str:
        """One line for the end of a run."""
        parts = [f"{self.read} articles read", f"{self.processed} processed"]
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        parts.extend(f"{n} {state}" for state, n in sorted(self.stored.items()))
        parts.append(f"{self.events} events")
        if self.failed:
            parts.append(f"{len(self.failed)} records failed")
        return ", ".join(parts)


def _articles(
    items: Iterable[Article | Problem], report: Report, skip: Callable[[Article], bool]
) -> Iterator[Article]:
    """Split reader output into articles to process and problems to report."""
    for item in items:
        if isinstance(item, Problem):
            report.problems.append(item)
            continue
        report.read += 1
        if not skip(item):
            yield item


def process_articles(
    items: Iterable[Article | Problem],
    settings: Settings,
    report: Report,
    *,
    pipeline: Pipeline | None = None,
    skip: Callable[[Article], bool] = lambda _: False,
    progress: Progress | None = None,
) -> Iterator[Article]:
    """Run the pipeline over readers' ``items``, yielding each processed or skipped article."""
    pipeline = pipeline or build_pipeline(settings)
    for outcome in pipeline.run(_articles(items, report, skip)):
        article = outcome.article
        report.problems.extend(outcome.problems)
        if article.status is ArticleStatus.SKIPPED:
            report.skipped.append(article)
        else:
            report.processed += 1
        if progress is not None:
            progress(article)
        yield article


def process_inputs(
    inputs: Sequence[str],
    meta: InputMeta,
    settings: Settings,
    report: Report,
    *,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
) -> Iterator[Article]:
    """Read ``inputs`` and run the pipeline, yielding each processed or skipped article."""
    items = read_inputs(inputs, meta, settings, stdin=stdin)
    return process_articles(items, settings, report, progress=progress)


def extract_events(
    inputs: Sequence[str],
    meta: InputMeta,
    settings: Settings,
    *,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
) -> tuple[list[Event], Report]:
    """Process ``inputs`` in memory and resolve their events across all of them."""
    report = Report()
    articles = list(process_inputs(inputs, meta, settings, report, stdin=stdin, progress=progress))
    events = make_resolver(settings)(articles)
    report.events = len(events)
    return events, report


def ingest_inputs(
    inputs: Sequence[str],
    meta: InputMeta,
    settings: Settings,
    store: Store,
    *,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
) -> tuple[list[Event], Report]:
    """Add ``inputs`` to ``store`` (one transaction per article), then re-resolve its events.

    See :func:`ingest_articles`.
    """
    items = read_inputs(inputs, meta, settings, stdin=stdin)
    return ingest_articles(items, settings, store, progress=progress)


def ingest_articles(
    items: Iterable[Article | Problem],
    settings: Settings,
    store: Store,
    *,
    pipeline: Pipeline | None = None,
    progress: Progress | None = None,
) -> tuple[list[Event], Report]:
    """Add readers' ``items`` to ``store`` (one transaction per article), then re-resolve.

    Articles already stored with the same content and pipeline are not processed
    again, so ingesting the same input twice changes nothing. Returns all the
    store's events and the report.
    """
    report = Report()
    pipeline = pipeline or build_pipeline(settings)

    def known(article: Article) -> bool:
        """True when this exact content was already stored by this pipeline."""
        # The cheap check first: new or revised articles never load the stored one.
        if not store.has_article(article.article_id, article.content_hash):
            return False
        stored = store.get_article(article.article_id)
        if stored is None:
            return False
        if stored.status is not ArticleStatus.SKIPPED and stored.stages != pipeline.names:
            return False  # stored by another pipeline version: process again
        report.stored["unchanged"] = report.stored.get("unchanged", 0) + 1
        if progress is not None:
            progress(stored)
        return True

    for article in process_articles(
        items, settings, report, pipeline=pipeline, skip=known, progress=progress
    ):
        state = store.put_article(article)
        report.stored[state] = report.stored.get(state, 0) + 1
    events = make_resolver(settings)(list(store.iter_articles()))
    store.replace_events(events)
    report.events = len(events)
    return events, report
