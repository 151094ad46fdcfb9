"""Sentence splitting, tagging and dependency parsing with spaCy, per language."""

from __future__ import annotations

from eventwire.nlp.spacy_stage import SpacyStage, make_spacy_stage

__all__ = ["STAGES", "SpacyStage", "make_spacy_stage"]

STAGES = {"nlp.spacy.v1": make_spacy_stage}
