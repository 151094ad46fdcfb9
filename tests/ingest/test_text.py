from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.ingest import InputMeta
from eventwire.models import Article, content_hash
from eventwire.settings import Settings

from .reading import INGEST, only_article, only_problem, problems, read_all


def test_text_reads_file_as_one_article(settings: Settings) -> None:
    path = INGEST / "article_fr.txt"
    article = only_article(read_all([path], settings))
    text = path.read_text("utf-8")
    assert article.raw == text
    assert article.source_text == text
    assert article.raw_format == "text"
    assert article.origin == str(path)
    assert article.content_hash == content_hash(text)
    assert article.article_id == "sha256:" + content_hash(text)
    assert (article.outlet, article.url, article.title, article.published) == (None,) * 4
    assert article.warnings == ()


def test_text_takes_metadata_from_command_line(settings: Settings) -> None:
    meta = InputMeta(
        outlet="Example Wire",
        published=date(2024, 2, 7),
        language="en-GB",
        url="https://x.example/1",
    )
    article = only_article(read_all([INGEST / "article_en.txt"], settings, meta))
    assert article.outlet == "Example Wire"
    assert (article.published, article.published_precision) == (date(2024, 2, 7), "day")
    assert article.declared_language == "en"
    assert article.url == "https://x.example/1"
    assert article.article_id == "https://x.example/1"


def test_text_reading_twice_gives_equal_articles(settings: Settings) -> None:
    first = read_all([INGEST / "article_fr.txt"], settings)
    second = read_all([INGEST / "article_fr.txt"], settings)
    assert first == second


def test_text_strips_utf8_bom(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfDes manifestants ont bloqu\xc3\xa9 la route.")
    article = only_article(read_all([path], settings))
    assert article.raw == "Des manifestants ont bloqué la route."


def test_text_invalid_utf8_is_kept_with_warning(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Une grève a paralysé le port.".encode("latin-1"))
    results = read_all([path], settings)
    [problem] = problems(results)
    reason = "invalid UTF-8 at byte 6; decoded with replacement characters"
    assert problem.origin == str(path)
    assert problem.reason == reason
    assert problem.fatal is False
    article = results[-1]
    assert isinstance(article, Article)
    assert article.raw == "Une gr\ufffdve a paralys\ufffd le port."
    assert article.warnings == (reason,)


def test_text_empty_file_is_refused(settings: Settings, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\n\t \n")
    for path in (empty, blank):
        problem = only_problem(read_all([path], settings))
        assert (problem.origin, problem.reason, problem.fatal) == (str(path), "empty file", True)


def test_text_binary_file_is_refused(settings: Settings, tmp_path: Path) -> None:
    with_nul = tmp_path / "image.txt"
    with_nul.write_bytes(b"GIF89a\x01\x00\x01\x00\x00\xff\xff")
    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes(range(128, 256)) * 20)
    for path in (with_nul, noise):
        problem = only_problem(read_all([path], settings))
        assert problem.reason == "binary file, not text"
        assert problem.fatal


def test_text_too_many_characters_is_refused(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("é" * 120, "utf-8")  # 240 bytes: under the 4 × 100 byte guard
    problem = only_problem(read_all([path], settings.with_overrides(max_article_chars=100)))
    assert problem.reason == (
        "article too large: 120 characters, limit 100 (settings max_article_chars)"
    )


def test_text_50_mb_file_is_refused_without_reading(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "dump.txt"
    line = b"Une ligne de texte ordinaire, repetee jusqu'a faire cinquante megaoctets.\n"
    with path.open("wb") as handle:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    assert path.stat().st_size > 50 * 1024 * 1024
    read: list[int] = []
    opened = Path.open

    def counting_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        handle = opened(self, *args, **kwargs)
        original = handle.read

        def read_counted(size: int = -1) -> Any:
            data = original(size)
            read.append(len(data))
            return data

        handle.read = read_counted
        return handle

    monkeypatch.setattr(Path, "open", counting_open)
    problem = only_problem(read_all([path], settings))
    assert sum(read) < 1024 * 1024  # refused from its size and first bytes, not read whole
    assert problem.origin == str(path)
    assert problem.reason == (
        f"article too large: {path.stat().st_size} bytes, over the limit of 1000000 characters "
        "(settings max_article_chars)"
    )
