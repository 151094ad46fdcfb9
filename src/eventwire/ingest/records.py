"""JSON records: ``.jsonl`` (one object a line) and ``.json`` (an object or an array of them).

A record is ``{id?, url?, outlet?, published?, title?, language?, text | html}``;
other keys are ignored. ``raw`` is the record's known keys as canonical JSON, so
the same record read twice has the same hash and a revised text a new one.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any, Protocol

from eventwire.ingest.common import (
    Fields,
    InputMeta,
    decode_bytes,
    too_large_by_size,
)
from eventwire.ingest.html import read_html
from eventwire.ingest.text import read_text
from eventwire.models import Article, Problem
from eventwire.settings import Settings

__all__ = ["LineReader", "read_json", "read_json_lines", "read_record"]

logger = logging.getLogger(__name__)

METADATA_KEYS: tuple[str, ...] = ("id", "url", "outlet", "published", "title", "language")
BODY_KEYS: tuple[str, ...] = ("text", "html")

# A JSON line may spend up to 12 bytes on one character (a \ud83d\ude00
# surrogate-pair escape), so a line longer than 12 × max_article_chars bytes
# surely holds a text over the limit; it is refused without being decoded.
LINE_BYTES_PER_CHAR = 12
_SKIP_CHUNK = 1 << 20


class LineReader(Protocol):
    """A binary stream read line by line (an open file, standard input)."""

    def readline(self, size: int = -1, /) -> bytes: ...


def read_json_lines(
    stream: LineReader, name: str, meta: InputMeta, settings: Settings
) -> Iterator[Article | Problem]:
    """Yield one article or problem per non-blank line of a JSON-lines stream."""
    limit = LINE_BYTES_PER_CHAR * settings.max_article_chars
    number = 0
    seen = False
    while line := stream.readline(limit + 1):
        number += 1
        origin = f"{name}:line {number}"
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line) + _skip_line(stream)
            yield Problem(origin, str(too_large_by_size(size, settings, LINE_BYTES_PER_CHAR)))
            seen = True
            continue
        if not line.strip():
            continue
        seen = True
        decoded = decode_bytes(line)
        try:
            record = json.loads(decoded.text)
        except json.JSONDecodeError as exc:
            yield Problem(origin, f"malformed JSON: {exc.msg} (column {exc.colno})")
            continue
        warnings = (decoded.warning,) if decoded.warning else ()
        yield from read_record(record, origin, meta, settings, warnings=warnings)
    if not seen:
        yield Problem(name, "empty file")


def read_json(
    data: bytes, name: str, meta: InputMeta, settings: Settings
) -> Iterator[Article | Problem]:
    """Yield the articles of a ``.json`` file holding one record or an array of records."""
    decoded = decode_bytes(data)
    try:
        document = json.loads(decoded.text)
    except json.JSONDecodeError as exc:
        yield Problem(name, f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return
    if isinstance(document, dict):
        records: list[tuple[str, Any]] = [(name, document)]
    elif isinstance(document, list):
        records = [(f"{name}: record {i}", item) for i, item in enumerate(document, start=1)]
        if not records:
            yield Problem(name, "no records: the JSON array is empty")
            return
    else:
        yield Problem(name, "expected a JSON object or an array of objects")
        return
    warned = False
    for origin, record in records:
        # The decoding warning goes to the records it spoiled.
        spoiled = decoded.warning is not None and "\ufffd" in json.dumps(record, ensure_ascii=False)
        warned = warned or spoiled
        warnings = (decoded.warning,) if spoiled and decoded.warning else ()
        yield from read_record(record, origin, meta, settings, warnings=warnings)
    if decoded.warning and not warned:
        yield Problem(name, decoded.warning, fatal=False)


def read_record(
    record: object,
    origin: str,
    meta: InputMeta,
    settings: Settings,
    *,
    warnings: tuple[str, ...] = (),
) -> Iterator[Article | Problem]:
    """Yield the article one JSON record makes, or why it cannot be used."""
    if not isinstance(record, dict):
        yield Problem(origin, f"expected a JSON object, got {type(record).__name__}")
        return
    body_key = next((key for key in BODY_KEYS if _present(record.get(key))), None)
    if body_key is None:
        wrong = next((key for key in BODY_KEYS if record.get(key) is not None), None)
        if wrong and not isinstance(record[wrong], str):
            yield Problem(origin, f"field {wrong!r} must be a string")
        else:
            yield Problem(origin, "record has no text or html")
        return
    values: dict[str, str] = {}
    for key in METADATA_KEYS:
        value = record.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool) and key == "id":
            value = str(value)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            yield Problem(origin, f"field {key!r} is not a string; ignored", fatal=False)
            continue
        values[key] = value
    body: str = record[body_key]
    raw = json.dumps(
        {**values, body_key: body}, ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    fields = Fields(
        article_id=values.get("id"),
        outlet=values.get("outlet"),
        url=values.get("url"),
        title=values.get("title"),
        published=values.get("published"),
        language=values.get("language"),
    ).fill_from(meta, with_url=False)
    reader = read_html if body_key == "html" else read_text
    yield from reader(body, origin, fields, settings, raw=raw, raw_format="json", warnings=warnings)


def _present(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _skip_line(stream: LineReader) -> int:
    """Read past the rest of an over-long line; return how many bytes it had."""
    skipped = 0
    while chunk := stream.readline(_SKIP_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped
