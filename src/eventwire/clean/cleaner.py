"""The ``clean.boilerplate.v1`` stage: drop page furniture, read header lines, keep offsets.

The cleaner works line by line because extracted HTML puts one paragraph per
line: a line is a header (only at the very top), furniture (it matches a
boilerplate pattern as a whole) or story text. Story lines are copied unchanged,
trimmed of surrounding whitespace, and joined with blank lines; a
:class:`~eventwire.models.Segment` per line records where it came from.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventwire.clean.patterns import BoilerplatePatterns, load_patterns
from eventwire.models import PARAGRAPH_BREAK, Article, Removal, Segment
from eventwire.settings import Settings

__all__ = ["Cleaned", "Cleaner", "apply_header", "make_cleaner"]

logger = logging.getLogger(__name__)


# Characters that end a line: str.splitlines' set, since extracted HTML carries
# U+2028 and friends where a <br> was.
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# Trimmed at both ends of a line: Unicode spaces plus invisible marks (BOM,
# zero-width space, direction marks) that editors leave at line edges.
_TRIM = (
    " \t\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000\ufeff\u200b\u200e\u200f\u2060"
)

# A sentence end inside a line (or an agency's bracket: "(PTA) Related: …"), after
# which inlined furniture may start.
_SENTENCE_END = re.compile(r"(?<=[.!?…»\"”)])\s+(?=\S)")


@dataclass(frozen=True, slots=True)
class Cleaned:
    """What cleaning a ``source_text`` gives: text, offset map, removals and header values."""

    text: str
    segments: tuple[Segment, ...]
    removals: tuple[Removal, ...]
    header: dict[str, str]  # metadata group name -> value, first header line wins


class Cleaner:
    """Drop boilerplate lines from ``source_text`` and turn leading header lines into metadata."""

    name: str = "clean.boilerplate.v1"
    requires: tuple[str, ...] = ("source_text",)
    assigns: tuple[str, ...] = (
        "text", "segments", "removals", "published", "published_precision", "outlet", "url",
        "title", "warnings",
    )  # fmt: skip

    def __init__(self, patterns: BoilerplatePatterns) -> None:
        self.patterns = patterns
        self._line = re.compile(f"[^{_LINE_BREAKS}]+")

    def clean(self, source_text: str) -> Cleaned:
        """Clean one text; every character of the result outside paragraph breaks is copied."""
        parts: list[str] = []
        segments: list[Segment] = []
        removals: list[Removal] = []
        header: dict[str, str] = {}
        in_header = True  # header lines are read only before the first other line
        clean_pos = 0
        for match in self._line.finditer(source_text):
            raw = match.group()
            line = raw.strip(_TRIM)
            if not line:
                continue
            start = match.start() + len(raw) - len(raw.lstrip(_TRIM))
            end = start + len(line)
            if in_header:
                values = self._read_header(line)
                if values is not None:
                    for key, value in values.items():
                        header.setdefault(key, value)
                    removals.append(Removal("metadata", start, end, line))
                    continue
                in_header = False
            kind = self.patterns.classify(line)
            if kind is not None:
                removals.append(Removal(kind, start, end, line))
                continue
            cut = self._furniture_tail(line)
            if cut is not None:
                tail = line[cut[0] :]
                removals.append(Removal(cut[1], start + cut[0], end, tail))
                line = line[: cut[0]].rstrip(_TRIM)
                end = start + len(line)
            if parts:
                parts.append(PARAGRAPH_BREAK)
                clean_pos += len(PARAGRAPH_BREAK)
            parts.append(line)
            segments.append(Segment(clean_start=clean_pos, raw_start=start, length=len(line)))
            clean_pos += len(line)
        return Cleaned("".join(parts), tuple(segments), tuple(removals), header)

    def _furniture_tail(self, line: str) -> tuple[int, str] | None:
        """Where furniture glued after the line's last story sentence begins, and its class.

        Pages that inline a widget into a paragraph ("…from our readers. Read also:
        Amhara state of emergency extended") leave the label after a sentence end;
        only a tail that a line pattern matches as a whole is cut.
        """
        for match in _SENTENCE_END.finditer(line):
            kind = self.patterns.classify(line[match.end() :])
            if kind is not None:
                return match.end(), kind
        return None

    def _read_header(self, line: str) -> dict[str, str] | None:
        for pattern in self.patterns.metadata:
            match = pattern.fullmatch(line)
            if match is not None:
                return {k: v.strip() for k, v in match.groupdict().items() if v is not None}
        return None

    def __call__(self, article: Article) -> Article:
        """Return ``article`` with cleaned text, offset map, removals and header metadata."""
        cleaned = self.clean(article.source_text)
        changes, warnings = apply_header(article, cleaned.header)
        return dataclasses.replace(
            article,
            text=cleaned.text,
            segments=cleaned.segments,
            removals=cleaned.removals,
            warnings=(*article.warnings, *warnings),
            **changes,
        )


def _header_date(header: dict[str, str]) -> tuple[date, str] | None:
    """Return the header's date and precision; raise ValueError when it is no real date."""
    if "year" not in header or "month" not in header:
        return None
    day = header.get("day")
    found = date(int(header["year"]), int(header["month"]), int(day) if day else 1)
    return found, "day" if day else "month"


def _dates_agree(a: date, a_precision: str | None, b: date, b_precision: str) -> bool:
    if (a.year, a.month) != (b.year, b.month):
        return False
    # A month-precision date agrees with any day of that month.
    return a_precision == "month" or b_precision == "month" or a.day == b.day


def apply_header(article: Article, header: dict[str, str]) -> tuple[dict[str, Any], list[str]]:
    """Return the field changes header values make to ``article``, and warnings.

    A header value fills a field only when the reader left it empty; a header
    date that contradicts the reader's is reported and the reader's is kept.
    """
    changes: dict[str, Any] = {}
    warnings: list[str] = []
    try:
        found = _header_date(header)
    except ValueError as exc:
        found = None
        warnings.append(f"header date ignored: {exc}")
    if found is not None:
        value, precision = found
        if article.published is None:
            changes["published"] = value
            changes["published_precision"] = precision
        elif not _dates_agree(article.published, article.published_precision, value, precision):
            warnings.append(
                f"header date {value.isoformat()} ({precision}) conflicts with the reader's "
                f"{article.published.isoformat()}; kept the reader's"
            )
    for name in ("outlet", "url", "title"):
        if header.get(name) and not getattr(article, name):
            changes[name] = header[name]
    return changes, warnings


def make_cleaner(settings: Settings) -> Cleaner:
    """Build the cleaner with the boilerplate patterns of every language."""
    del settings  # the patterns are data; no setting tunes the cleaner yet
    return Cleaner(load_patterns())
