"""Outlet framing: the loaded terms (« martyrs », "Iran-backed", "regime") each article uses."""

from __future__ import annotations

from eventwire.framing.stage import FramingTagger, make_framing_stage, quoted_spans
from eventwire.framing.terms import TermLexicon, load_categories, load_terms

__all__ = [
    "STAGES",
    "FramingTagger",
    "TermLexicon",
    "load_categories",
    "load_terms",
    "make_framing_stage",
    "quoted_spans",
]

STAGES = {"framing.terms.v1": make_framing_stage}
