"""The stage contract, the stage registry, and ``run()``.

A stage is any object with ``name``, ``requires``, ``assigns`` and
``__call__(article)``; one that gains from batching (spaCy) also has
``pipe(articles)``. Each stage package declares ``STAGES``, a plain mapping of
versioned names to factories ``factory(settings) -> Stage``; nothing registers
itself at import time. :func:`build_pipeline` picks the stages named in the
settings, checks that every field a stage requires is assigned upstream, and
:meth:`Pipeline.run` routes a stage failure on one article to a problem report
so the rest of the batch goes on.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Protocol, runtime_checkable

from eventwire.errors import ConfigError
from eventwire.models import Article, ArticleStatus, Event, Problem
from eventwire.settings import Settings

__all__ = [
    "READER_FIELDS",
    "BatchStage",
    "Outcome",
    "Pipeline",
    "Resolver",
    "Stage",
    "StageFactory",
    "build_pipeline",
    "make_registry",
    "make_resolver",
]

logger = logging.getLogger(__name__)

# Article fields a reader fills before any stage runs.
READER_FIELDS: frozenset[str] = frozenset(
    {"article_id", "origin", "raw", "raw_format", "content_hash", "source_text", "outlet", "url",
     "title", "published", "published_precision", "declared_language"}
)  # fmt: skip

# Packages whose STAGES mapping makes up the registry.
STAGE_PACKAGES: tuple[str, ...] = (
    "eventwire.clean",
    "eventwire.language",
    "eventwire.nlp",
    "eventwire.framing",
    "eventwire.extract",
    "eventwire.geo",
    "eventwire.actors",
)
RESOLVER_PACKAGES: tuple[str, ...] = ("eventwire.resolve",)

BATCH_SIZE = 32  # articles per batch; spaCy's nlp.pipe gains little beyond this


@runtime_checkable
class Stage(Protocol):
    """A pipeline stage: turns an article into a new article with ``assigns`` filled."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, article: Article) -> Article: ...


@runtime_checkable
class BatchStage(Stage, Protocol):
    """A stage that processes a batch faster than one article at a time."""

    def pipe(self, articles: Sequence[Article]) -> list[Article]: ...


class Resolver(Protocol):
    """Turns the event mentions of processed articles into resolved events."""

    name: str

    def __call__(self, articles: Sequence[Article]) -> list[Event]: ...


StageFactory = Callable[[Settings], Stage]
ResolverFactory = Callable[[Settings], Resolver]


def _collect(packages: Iterable[str], attribute: str) -> dict[str, Callable[[Settings], object]]:
    found: dict[str, Callable[[Settings], object]] = {}
    for package in packages:
        module = importlib.import_module(package)
        entries: Mapping[str, Callable[[Settings], object]] = getattr(module, attribute)
        for name, factory in entries.items():
            if name in found:
                raise ConfigError(f"stage name {name!r} is declared twice ({package})")
            found[name] = factory
    return found


def make_registry() -> dict[str, StageFactory]:
    """Return every known per-article stage factory by versioned name."""
    return _collect(STAGE_PACKAGES, "STAGES")  # type: ignore[return-value]


def make_resolver(settings: Settings) -> Resolver:
    """Build the resolver named in ``settings.resolver``."""
    resolvers = _collect(RESOLVER_PACKAGES, "RESOLVERS")
    if settings.resolver not in resolvers:
        raise ConfigError(
            f"unknown resolver {settings.resolver!r}; known: {', '.join(sorted(resolvers))}"
        )
    return resolvers[settings.resolver](settings)  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class Outcome:
    """An article after the pipeline, and what went wrong with it on the way."""

    article: Article
    problems: tuple[Problem, ...] = ()


class Pipeline:
    """An ordered list of stages with checked wiring and per-article error routing."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        check_wiring(stages)
        self.stages = tuple(stages)

    @property
    def names(self) -> tuple[str, ...]:
        """Versioned names of the stages, in order."""
        return tuple(stage.name for stage in self.stages)

    def run(self, articles: Iterable[Article]) -> Iterator[Outcome]:
        """Process ``articles`` in batches, yielding each with its problems, in input order."""
        iterator = iter(articles)
        while batch := list(islice(iterator, BATCH_SIZE)):
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article]) -> list[Outcome]:
        problems: list[list[Problem]] = [[] for _ in batch]
        current = list(batch)
        for stage in self.stages:
            todo = [i for i, a in enumerate(current) if a.status is not ArticleStatus.SKIPPED]
            if not todo:
                break
            for i, result in zip(todo, self._apply(stage, [current[i] for i in todo]), strict=True):
                if isinstance(result, Problem):
                    problems[i].append(result)
                    current[i] = dataclasses.replace(
                        current[i], status=ArticleStatus.SKIPPED, skip_reason=result.reason
                    )
                else:
                    if result.status is ArticleStatus.SKIPPED:
                        problems[i].append(Problem(result.origin, result.skip_reason))
                    current[i] = dataclasses.replace(result, stages=(*result.stages, stage.name))
        return [
            Outcome(
                article=a
                if a.status is ArticleStatus.SKIPPED
                else dataclasses.replace(a, status=ArticleStatus.PROCESSED),
                problems=tuple(p),
            )
            for a, p in zip(current, problems, strict=True)
        ]

    @staticmethod
    def _apply(stage: Stage, articles: list[Article]) -> list[Article | Problem]:
        """Run ``stage`` batched; if the batch fails, rerun one by one to isolate the culprit."""
        if isinstance(stage, BatchStage):
            try:
                return list(stage.pipe(articles))
            except Exception:  # noqa: BLE001 - a stage bug must not stop the batch
                logger.debug("stage %s failed on a batch; retrying one by one", stage.name)
        results: list[Article | Problem] = []
        for article in articles:
            try:
                results.append(stage(article))
            except Exception as exc:  # noqa: BLE001 - reported per article below
                logger.warning("%s: stage %s failed: %s", article.origin, stage.name, exc)
                results.append(
                    Problem(
                        article.origin, f"stage {stage.name} failed: {type(exc).__name__}: {exc}"
                    )
                )
        return results


def check_wiring(stages: Sequence[Stage]) -> None:
    """Raise :class:`ConfigError` unless each stage's ``requires`` is assigned before it."""
    available = set(READER_FIELDS)
    article_fields = {f.name for f in dataclasses.fields(Article)}
    for stage in stages:
        unknown = set(stage.assigns) - article_fields
        if unknown:
            raise ConfigError(f"stage {stage.name} assigns unknown fields {sorted(unknown)}")
        missing = set(stage.requires) - available
        if missing:
            raise ConfigError(
                f"stage {stage.name} requires {sorted(missing)}, which no earlier stage assigns"
            )
        available.update(stage.assigns)


def build_pipeline(settings: Settings) -> Pipeline:
    """Build the per-article pipeline named by ``settings.stages``."""
    registry = make_registry()
    unknown = [name for name in settings.stages if name not in registry]
    if unknown:
        raise ConfigError(f"unknown stages {unknown}; known: {', '.join(sorted(registry))}")
    return Pipeline([registry[name](settings) for name in settings.stages])
