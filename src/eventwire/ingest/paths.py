"""Dispatch: command-line inputs (files, directories, ``-``) to the reader of each format."""

from __future__ import annotations

import io
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from eventwire.ingest.common import (
    HTML_BYTES_PER_CHAR,
    MAX_BYTES_PER_CHAR,
    SNIFF_BYTES,
    Decoded,
    Fields,
    InputMeta,
    decode_bytes,
    guarded,
    html_too_large_by_size,
    is_binary,
    too_large_by_size,
)
from eventwire.ingest.feeds import parse_feed, read_feed
from eventwire.ingest.html import read_html
from eventwire.ingest.records import read_json, read_json_lines
from eventwire.ingest.text import read_text
from eventwire.models import Article, Problem
from eventwire.settings import Settings

__all__ = ["SUFFIXES", "read_inputs"]

logger = logging.getLogger(__name__)

STDIN = "<stdin>"
SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".json": "json",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}
_FEED_STARTS = (b"<?xml", b"<rss", b"<feed", b"<rdf")


def read_inputs(
    inputs: Sequence[str], meta: InputMeta, settings: Settings, stdin: BinaryIO | None = None
) -> Iterator[Article | Problem]:
    """Yield every article the inputs hold, and a problem for each record that cannot be used."""
    # One --url cannot name several articles: it applies only to a sole input.
    single = len(inputs) == 1
    for item in inputs:
        if item == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from guarded(STDIN, _read_stdin(stream, meta, settings, single=single))
            continue
        path = Path(item)
        if path.is_dir():
            yield from _read_directory(path, meta, settings)
        elif path.exists():
            yield from guarded(item, _read_file(path, meta, settings, explicit=True, single=single))
        else:
            yield Problem(item, "no such file or directory")


def _read_directory(root: Path, meta: InputMeta, settings: Settings) -> Iterator[Article | Problem]:
    """Read every visible file under ``root``, in sorted path order."""
    errors: list[OSError] = []
    found: list[Path] = []
    for folder, dirnames, filenames in os.walk(root, onerror=errors.append):
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]
        found.extend(Path(folder, name) for name in filenames if not name.startswith("."))
    for error in errors:
        yield Problem(str(error.filename or root), f"cannot read directory: {error.strerror}")
    if not found and not errors:
        yield Problem(str(root), "directory has no files to read", fatal=False)
    for path in sorted(found, key=lambda p: p.relative_to(root).parts):
        yield from guarded(
            str(path), _read_file(path, meta, settings, explicit=False, single=False)
        )


def _read_file(
    path: Path, meta: InputMeta, settings: Settings, *, explicit: bool, single: bool
) -> Iterator[Article | Problem]:
    """Read one file by its extension; ``explicit`` when named on the command line.

    ``single`` when it is the only input, so ``meta.url`` may name its one article.
    """
    name = str(path)
    suffix = path.suffix.lower()
    kind = SUFFIXES.get(suffix)
    if kind is None:
        reason = f"skipped: unsupported file type ({suffix or 'no extension'})"
        yield Problem(name, reason, fatal=explicit)
        return
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
            refusal = _refuse(head, size, kind, settings)
            if refusal:
                yield Problem(name, refusal)
                return
            if kind == "jsonl":
                handle.seek(0)
                yield from read_json_lines(handle, name, meta, settings)
                return
            data = head + handle.read()
    except OSError as exc:
        yield Problem(name, f"cannot read: {exc.strerror or exc}")
        return
    yield from _read_bytes(data, kind, name, meta, settings, single=single)


def _refuse(head: bytes, size: int, kind: str, settings: Settings) -> str | None:
    """Return why a file cannot be read at all, judged from its size and first bytes."""
    if not head.strip() and size <= len(head):
        return "empty file"
    if is_binary(head):
        return "binary file, not text"
    if kind == "text":
        return too_large_by_size(size, settings)
    if kind == "html":
        return html_too_large_by_size(size, settings)
    return None


def _read_bytes(
    data: bytes, kind: str, name: str, meta: InputMeta, settings: Settings, *, single: bool
) -> Iterator[Article | Problem]:
    """Read a whole input of a known kind; ``single`` lets ``meta.url`` name its one article."""
    if kind == "json":
        if not data.strip():
            yield Problem(name, "empty file" if name != STDIN else "empty input")
            return
        yield from read_json(data, name, meta, settings)
        return
    if kind == "feed":
        yield from read_feed(data, name, meta, settings)
        return
    decoded = decode_bytes(data)
    if not decoded.text.strip():
        yield Problem(name, "empty file" if name != STDIN else "empty input")
        return
    fields = Fields().fill_from(meta, with_url=single)
    reader = read_html if kind == "html" else read_text
    yield from reader(decoded.text, name, fields, settings, warnings=_warnings(decoded))


def _warnings(decoded: Decoded) -> tuple[str, ...]:
    return (decoded.warning,) if decoded.warning else ()


def _read_stdin(
    stream: BinaryIO, meta: InputMeta, settings: Settings, *, single: bool
) -> Iterator[Article | Problem]:
    """Sniff standard input (JSON lines, JSON, feed, HTML or text) and read it."""
    head = stream.read(SNIFF_BYTES)
    while head and not head.strip() and (more := stream.read(SNIFF_BYTES)):
        head += more
    if not head.strip():
        yield Problem(STDIN, "empty input")
        return
    if is_binary(head[:SNIFF_BYTES]):
        yield Problem(STDIN, "binary file, not text")
        return
    start = head.lstrip().removeprefix(b"\xef\xbb\xbf").lstrip()
    if start.startswith(b"{"):
        yield from read_json_lines(_Prefixed(head, stream), STDIN, meta, settings)
        return
    if start.startswith(b"["):
        yield from _read_bytes(head + stream.read(), "json", STDIN, meta, settings, single=single)
        return
    kind = "html" if start.startswith(b"<") else "text"
    per_char = HTML_BYTES_PER_CHAR if kind == "html" else MAX_BYTES_PER_CHAR
    cap = per_char * settings.max_article_chars
    data = head + stream.read(max(cap + 1 - len(head), 0))
    if start.lower().startswith(_FEED_STARTS):
        data += stream.read()  # a feed holds many articles: no single-article cap
        if parse_feed(data) is not None:
            yield from read_feed(data, STDIN, meta, settings)
            return
    if len(data) > cap:
        # Reading stopped one byte past the cap: the input is at least this big.
        refusal = (
            html_too_large_by_size(len(data), settings, partial=True)
            if kind == "html"
            else too_large_by_size(len(data), settings, partial=True)
        )
        yield Problem(STDIN, str(refusal))
        return
    yield from _read_bytes(data, kind, STDIN, meta, settings, single=single)


class _Prefixed:
    """A stream's lines with its first bytes, already read for sniffing, put back in front."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = io.BytesIO(head)
        self._stream = stream

    def readline(self, limit: int = -1, /) -> bytes:
        """Return the next line, at most ``limit`` bytes of it when ``limit`` is not negative."""
        line = self._head.readline(limit)
        if line.endswith(b"\n") or (limit >= 0 and len(line) >= limit):
            return line
        return line + self._stream.readline(-1 if limit < 0 else limit - len(line))
