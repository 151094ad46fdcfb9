"""Map character offsets between cleaned ``text`` and ``source_text`` through segments."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from eventwire.models import Segment

__all__ = ["to_clean_offset", "to_source_offset"]


def to_source_offset(segments: Sequence[Segment], clean_offset: int) -> int | None:
    """Return where the character at ``clean_offset`` of the text sits in ``source_text``.

    ``None`` when that character was inserted by the cleaner (a paragraph break)
    or lies outside the text. For the exclusive end of a span, map ``end - 1``
    and add one.
    """
    index = bisect_right(segments, clean_offset, key=lambda s: s.clean_start) - 1
    if index < 0:
        return None
    segment = segments[index]
    delta = clean_offset - segment.clean_start
    return segment.raw_start + delta if delta < segment.length else None


def to_clean_offset(segments: Sequence[Segment], raw_offset: int) -> int | None:
    """Return where the character at ``raw_offset`` of ``source_text`` sits in the text.

    ``None`` when the cleaner dropped that character (boilerplate, metadata,
    surrounding whitespace).
    """
    # Segments are ordered in source_text too: the cleaner never reorders text.
    index = bisect_right(segments, raw_offset, key=lambda s: s.raw_start) - 1
    if index < 0:
        return None
    segment = segments[index]
    delta = raw_offset - segment.raw_start
    return segment.clean_start + delta if delta < segment.length else None
