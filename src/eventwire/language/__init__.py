"""Language stage: the article's language, and which of its paragraphs are foreign."""

from __future__ import annotations

from eventwire.language.codes import language_name, normalise_language
from eventwire.language.stage import (
    LanguageStage,
    analysable_spans,
    make_language_stage,
    split_paragraphs,
)

__all__ = [
    "STAGES",
    "LanguageStage",
    "analysable_spans",
    "language_name",
    "make_language_stage",
    "normalise_language",
    "split_paragraphs",
]

STAGES = {"language.lingua.v1": make_language_stage}
