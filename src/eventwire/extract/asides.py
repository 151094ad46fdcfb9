"""Bracketed asides in a sentence: "(Gaza City)", "[26 fatalities split across 3 events]".

An aside comments on the sentence around it; the extractor reads a running total
told inside one as the aside's, not as the sentence's (``events``).
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["blank", "find_asides", "within"]


def find_asides(text: str) -> list[tuple[int, int]]:
    """Character ranges of the outermost bracketed asides, "(…)" and "[…]", in ``text``."""
    found, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char in "([":
            if depth == 0:
                start = i
            depth += 1
        elif char in ")]" and depth:
            depth -= 1
            if depth == 0:
                found.append((start, i + 1))
    if depth:
        found.append((start, len(text)))  # an aside the sentence split cut open
    return found


def within(at: int, ranges: Sequence[tuple[int, int]]) -> bool:
    """True when offset ``at`` falls inside one of ``ranges``."""
    return any(start <= at < end for start, end in ranges)


def blank(text: str, ranges: Sequence[tuple[int, int]]) -> str:
    """``text`` with the characters of ``ranges`` made spaces, offsets kept."""
    chars = list(text)
    for start, end in ranges:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
