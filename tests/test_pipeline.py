"""The stage contract: wiring checks, registry, and per-article failure routing."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from eventwire.errors import ConfigError
from eventwire.models import Article, ArticleStatus
from eventwire.pipeline import Pipeline, build_pipeline, make_registry
from eventwire.settings import Settings


class Upper:
    """A toy stage: upper-cases the source text into ``text``."""

    name = "test.upper.v1"
    requires = ("source_text",)
    assigns = ("text",)

    def __call__(self, article: Article) -> Article:
        if "boom" in article.source_text:
            raise RuntimeError("exploded")
        return dataclasses.replace(article, text=article.source_text.upper())


class NeedsSentences:
    name = "test.needs.v1"
    requires = ("sentences",)
    assigns = ("mentions",)

    def __call__(self, article: Article) -> Article:
        return article


class SkipsShort:
    name = "test.skip.v1"
    requires = ("text",)
    assigns = ("status", "skip_reason")

    def __call__(self, article: Article) -> Article:
        if len(article.text) < 3:
            return dataclasses.replace(
                article, status=ArticleStatus.SKIPPED, skip_reason="too short"
            )
        return article


def test_pipeline_refuses_a_stage_whose_inputs_nobody_assigns() -> None:
    with pytest.raises(ConfigError, match=r"test.needs.v1 requires \['sentences'\]"):
        Pipeline([Upper(), NeedsSentences()])


def test_pipeline_failure_on_one_article_does_not_stop_the_batch(
    make_article: Callable[..., Article],
) -> None:
    articles = [make_article("calm"), make_article("boom here"), make_article("ok")]
    outcomes = list(Pipeline([Upper(), SkipsShort()]).run(articles))
    assert [o.article.status for o in outcomes] == [
        ArticleStatus.PROCESSED, ArticleStatus.SKIPPED, ArticleStatus.SKIPPED,
    ]  # fmt: skip
    assert outcomes[0].article.text == "CALM"
    assert outcomes[0].article.stages == ("test.upper.v1", "test.skip.v1")
    (failure,) = outcomes[1].problems
    assert "stage test.upper.v1 failed: RuntimeError: exploded" in failure.reason
    (skip,) = outcomes[2].problems
    assert skip.reason == "too short"


def test_pipeline_registry_names_are_versioned_and_buildable(settings: Settings) -> None:
    registry = make_registry()
    assert set(settings.stages) <= set(registry)
    for name in registry:
        assert name.rsplit(".", 1)[-1].startswith("v"), name
    pipeline = build_pipeline(settings)
    assert pipeline.names == settings.stages


def test_pipeline_unknown_stage_names_the_known_ones(settings: Settings) -> None:
    with pytest.raises(ConfigError, match="unknown stages"):
        build_pipeline(settings.with_overrides(stages=["clean.nothing.v9"]))
