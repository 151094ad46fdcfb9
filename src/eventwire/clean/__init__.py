"""Cleaning stage: drop page furniture, read header lines, keep an offset map to the source."""

from __future__ import annotations

from eventwire.clean.cleaner import Cleaned, Cleaner, apply_header, make_cleaner
from eventwire.clean.offsets import to_clean_offset, to_source_offset
from eventwire.clean.patterns import KINDS, BoilerplatePatterns, compile_patterns, load_patterns

__all__ = [
    "KINDS",
    "STAGES",
    "BoilerplatePatterns",
    "Cleaned",
    "Cleaner",
    "apply_header",
    "compile_patterns",
    "load_patterns",
    "make_cleaner",
    "to_clean_offset",
    "to_source_offset",
]

STAGES = {"clean.boilerplate.v1": make_cleaner}
