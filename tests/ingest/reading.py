"""Helpers shared by the ingest tests: read inputs and sort the results."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from eventwire.ingest import InputMeta, read_inputs
from eventwire.models import Article, Problem
from eventwire.settings import Settings

INGEST = Path(__file__).resolve().parents[1] / "resources" / "ingest"


def read_all(
    inputs: Sequence[str | Path],
    settings: Settings,
    meta: InputMeta | None = None,
    stdin: bytes | None = None,
) -> list[Article | Problem]:
    """Read ``inputs`` to a list, standard input given as bytes."""
    stream = io.BytesIO(stdin) if stdin is not None else io.BytesIO(b"")
    return list(read_inputs([str(i) for i in inputs], meta or InputMeta(), settings, stream))


def articles(results: Sequence[Article | Problem]) -> list[Article]:
    """The articles among ``results``."""
    return [r for r in results if isinstance(r, Article)]


def problems(results: Sequence[Article | Problem]) -> list[Problem]:
    """The problems among ``results``."""
    return [r for r in results if isinstance(r, Problem)]


def only_article(results: Sequence[Article | Problem]) -> Article:
    """The one article of ``results``, which must hold no problem."""
    assert problems(results) == []
    [article] = articles(results)
    return article


def only_problem(results: Sequence[Article | Problem]) -> Problem:
    """The one problem of ``results``, which must hold no article."""
    assert articles(results) == []
    [problem] = problems(results)
    return problem
