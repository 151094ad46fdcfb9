"""What every reader shares: command-line metadata, decoding, dates, size limits, identity."""

from __future__ import annotations

import email.utils
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from eventwire.models import Article, Problem, content_hash
from eventwire.settings import Settings

__all__ = [
    "HTML_BYTES_PER_CHAR",
    "MAX_BYTES_PER_CHAR",
    "SNIFF_BYTES",
    "Decoded",
    "Fields",
    "InputMeta",
    "decode_bytes",
    "guarded",
    "html_too_large_by_size",
    "is_binary",
    "make_article",
    "normalize_language",
    "parse_published",
    "too_large_by_size",
]

logger = logging.getLogger(__name__)

# Bytes inspected to tell binary from text, and to sniff standard input.
SNIFF_BYTES = 8192

# UTF-8 takes at most 4 bytes per character, so a text file of more than
# 4 × max_article_chars bytes surely has more characters than allowed.
MAX_BYTES_PER_CHAR = 4

# An HTML page carries markup around its text: news pages run 50 kB–2 MB for
# 5–50 kB of text. A page over 16 × max_article_chars bytes (16 MB by default)
# is a dump, not an article, and is refused before it is parsed.
HTML_BYTES_PER_CHAR = 16

# A sample whose characters are more than this share of replacement characters
# and control codes is binary. Text in any script scores ~0; a PDF, image or
# archive without NUL bytes in its head scores well above 0.3.
BINARY_SHARE = 0.3

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{2})")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}")
_UTF8_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class InputMeta:
    """Metadata given on the command line (``--outlet --published --lang --url``)."""

    outlet: str | None = None
    published: date | None = None
    language: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Fields:
    """Metadata a reader found for one article; ``published`` still as written."""

    article_id: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | date | None = None
    language: str | None = None

    def fill_from(self, meta: InputMeta, *, with_url: bool) -> Fields:
        """Return these fields with the gaps filled from command-line ``meta``."""
        return Fields(
            article_id=self.article_id,
            outlet=self.outlet or meta.outlet,
            url=self.url or (meta.url if with_url else None),
            title=self.title,
            published=self.published or meta.published,
            language=self.language or meta.language,
        )


@dataclass(frozen=True, slots=True)
class Decoded:
    """Bytes decoded to text, with the reason when they were not valid UTF-8."""

    text: str
    warning: str | None = None


def decode_bytes(data: bytes) -> Decoded:
    """Decode UTF-8 (BOM-aware); on invalid bytes, a declared HTML charset, else replacement."""
    bom = len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0
    try:
        return Decoded(data[bom:].decode("utf-8"))
    except UnicodeDecodeError as exc:
        offset = exc.start + bom
    declared = _CHARSET.search(data[:SNIFF_BYTES])
    if declared and declared.group(1).lower() not in (b"utf-8", b"utf8"):
        try:
            return Decoded(data.decode(declared.group(1).decode("ascii")))
        except (LookupError, UnicodeDecodeError):
            logger.debug("declared charset %r does not decode either", declared.group(1))
    return Decoded(
        data[bom:].decode("utf-8", errors="replace"),
        f"invalid UTF-8 at byte {offset}; decoded with replacement characters",
    )


def is_binary(sample: bytes) -> bool:
    """Tell whether the head of a file is binary data rather than text."""
    if b"\x00" in sample:
        return True
    text = sample.decode("utf-8", errors="replace")
    if not text:
        return False
    return len(_CONTROL.findall(text)) / len(text) > BINARY_SHARE


def too_large_by_size(
    size: int,
    settings: Settings,
    bytes_per_char: int = MAX_BYTES_PER_CHAR,
    *,
    partial: bool = False,
) -> str | None:
    """Return the refusal for ``size`` bytes that surely hold too many characters, else None.

    ``partial`` when reading stopped after ``size`` bytes (standard input).
    """
    if size <= bytes_per_char * settings.max_article_chars:
        return None
    return (
        f"article too large: {'at least ' if partial else ''}{size} bytes, over the limit "
        f"of {settings.max_article_chars} characters (settings max_article_chars)"
    )


def html_too_large_by_size(size: int, settings: Settings, *, partial: bool = False) -> str | None:
    """Return the refusal for an HTML page of ``size`` bytes, too big for one article, or None."""
    limit = HTML_BYTES_PER_CHAR * settings.max_article_chars
    if size <= limit:
        return None
    return (
        f"article too large: {'at least ' if partial else ''}{size} bytes of HTML, "
        f"limit {limit} bytes ({HTML_BYTES_PER_CHAR} × settings max_article_chars)"
    )


def too_large(text: str, settings: Settings) -> str | None:
    """Return the refusal for ``text`` longer than the article limit, else None."""
    if len(text) <= settings.max_article_chars:
        return None
    return (
        f"article too large: {len(text)} characters, "
        f"limit {settings.max_article_chars} (settings max_article_chars)"
    )


def parse_published(value: str) -> tuple[date | None, str | None]:
    """Parse a publication date: ISO date or datetime, ``YYYY-MM`` (month), or RFC 2822."""
    value = value.strip()
    if not value:
        return None, None
    month = _YEAR_MONTH.fullmatch(value)
    if month:
        try:
            return date(int(month.group(1)), int(month.group(2)), 1), "month"
        except ValueError:
            return None, None
    # The date as the outlet wrote it, time zone ignored: converting to UTC
    # would move late-evening stories to the next day.
    try:
        if len(value) > 10:
            return datetime.fromisoformat(value).date(), "day"
        return date.fromisoformat(value), "day"
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date(), "day"
    except (TypeError, ValueError, IndexError):
        return None, None


def normalize_language(value: str | None) -> str | None:
    """Reduce a language tag (``fr-FR``, ``en_GB``, ``AR``) to its lowercase primary subtag."""
    if not value:
        return None
    primary = re.split(r"[-_]", value.strip(), maxsplit=1)[0]
    return primary.lower() if _LANGUAGE.fullmatch(primary) else None


def make_article(
    *,
    origin: str,
    raw: str,
    raw_format: str,
    source_text: str,
    fields: Fields,
    settings: Settings,
    warnings: tuple[str, ...] = (),
) -> Iterator[Article | Problem]:
    """Yield the article, or why it cannot be used, with any non-fatal problems first."""
    if not source_text.strip():
        yield Problem(origin, "no article text")
        return
    refusal = too_large(source_text, settings)
    if refusal:
        yield Problem(origin, refusal)
        return
    for warning in warnings:
        yield Problem(origin, warning, fatal=False)
    published: date | None = None
    precision: str | None = None
    if isinstance(fields.published, date):
        published, precision = fields.published, "day"
    elif fields.published:
        published, precision = parse_published(fields.published)
        if published is None:
            yield Problem(
                origin,
                f"unparseable published date {fields.published!r}; kept without a date",
                fatal=False,
            )
    digest = content_hash(raw)
    yield Article(
        article_id=fields.article_id or fields.url or f"sha256:{digest}",
        origin=origin,
        raw=raw,
        raw_format=raw_format,
        content_hash=digest,
        source_text=source_text,
        outlet=_clean(fields.outlet),
        url=_clean(fields.url),
        title=_clean(fields.title),
        published=published,
        published_precision=precision,
        declared_language=normalize_language(fields.language),
        warnings=warnings,
    )


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else None
    return value or None


def guarded(origin: str, items: Iterator[Article | Problem]) -> Iterator[Article | Problem]:
    """Pass ``items`` through, turning an unexpected library failure into a fatal problem."""
    try:
        yield from items
    except Exception as exc:  # one bad record must never stop the others
        logger.warning("%s: could not be read", origin, exc_info=True)
        yield Problem(origin, f"could not be read: {type(exc).__name__}: {exc}")
