from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.ingest import InputMeta, paths
from eventwire.models import Article, Problem
from eventwire.settings import Settings

from .reading import INGEST, articles, only_article, only_problem, problems, read_all

CORPUS = INGEST / "corpus"


def test_paths_directory_is_read_recursively_in_sorted_order(settings: Settings) -> None:
    results = read_all([CORPUS], settings)
    assert [r.origin for r in results] == [
        str(CORPUS / "a_fr.txt"),
        str(CORPUS / "c_en.txt"),
        str(CORPUS / "notes.md"),
        str(CORPUS / "sub" / "b_page.HTML"),
    ]
    assert [a.raw_format for a in articles(results)] == ["text", "text", "html"]


def test_paths_directory_skips_hidden_and_unsupported(settings: Settings) -> None:
    results = read_all([CORPUS], settings)
    assert not any(".hidden" in r.origin for r in results)
    assert problems(results) == [
        Problem(str(CORPUS / "notes.md"), "skipped: unsupported file type (.md)", fatal=False)
    ]


def test_paths_directory_does_not_share_command_line_url(settings: Settings) -> None:
    meta = InputMeta(url="https://one.example/", outlet="CLI")
    found = articles(read_all([CORPUS], settings, meta))
    assert [a.url for a in found[:2]] == [None, None]
    assert {a.outlet for a in found} == {"CLI"}
    assert len({a.article_id for a in found}) == 3


def test_paths_empty_directory_is_a_warning(settings: Settings, tmp_path: Path) -> None:
    problem = only_problem(read_all([tmp_path], settings))
    assert (problem.reason, problem.fatal) == ("directory has no files to read", False)


def test_paths_explicit_unsupported_file_is_fatal(settings: Settings) -> None:
    problem = only_problem(read_all([CORPUS / "notes.md"], settings))
    assert problem.reason == "skipped: unsupported file type (.md)"
    assert problem.fatal


def test_paths_missing_input_is_reported_and_others_read(settings: Settings) -> None:
    results = read_all(["no/such/file.txt", INGEST / "article_en.txt"], settings)
    first, second = results
    assert first == Problem("no/such/file.txt", "no such file or directory")
    assert isinstance(second, Article)


def test_paths_reader_failure_becomes_problem(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*_: object, **__: object) -> Iterator[Article | Problem]:
        raise RuntimeError("parser crashed")
        yield  # pragma: no cover - makes this a generator

    monkeypatch.setattr(paths, "read_html", explode)
    results = read_all([INGEST / "page_en.html", INGEST / "article_en.txt"], settings)
    first, second = results
    assert first == Problem(
        str(INGEST / "page_en.html"), "could not be read: RuntimeError: parser crashed"
    )
    assert isinstance(second, Article)


def test_paths_reading_everything_twice_is_identical(settings: Settings) -> None:
    inputs = [*sorted(p for p in INGEST.iterdir() if p.is_file()), CORPUS]
    first = read_all(inputs, settings)
    assert first == read_all(inputs, settings)
    assert len(articles(first)) >= 15


@pytest.mark.parametrize(
    ("fixture", "raw_format", "origin"),
    [
        ("article_fr.txt", "text", "<stdin>"),
        ("page_fr.html", "html", "<stdin>"),
        ("records.jsonl", "json", "<stdin>:line 1"),
        ("records.json", "json", "<stdin>: record 1"),
        ("feed.rss", "feed", "<stdin>: item 1"),
        ("feed.atom", "feed", "<stdin>: item 1"),
    ],
)
def test_paths_stdin_is_sniffed(
    settings: Settings, fixture: str, raw_format: str, origin: str
) -> None:
    data = (INGEST / fixture).read_bytes()
    from_stdin = articles(read_all(["-"], settings, stdin=data))
    from_file = articles(read_all([INGEST / fixture], settings))
    assert from_stdin[0].raw_format == raw_format
    assert from_stdin[0].origin == origin
    assert [a.source_text for a in from_stdin] == [a.source_text for a in from_file]
    assert [a.article_id for a in from_stdin] == [a.article_id for a in from_file]


def test_paths_stdin_jsonl_streams_past_sniffed_head(settings: Settings) -> None:
    lines = [f'{{"id": "r{i}", "text": "Record number {i} of a long stream."}}' for i in range(600)]
    data = "\n".join(lines).encode()
    assert len(data) > 8192
    found = articles(read_all(["-"], settings, stdin=data))
    assert [a.article_id for a in found] == [f"r{i}" for i in range(600)]
    assert found[-1].origin == "<stdin>:line 600"


def test_paths_stdin_text_takes_command_line_metadata(settings: Settings) -> None:
    meta = InputMeta(outlet="Radio Example", language="fr", url="https://radio.example/7")
    article = only_article(read_all(["-"], settings, meta, stdin="Des tirs à l'aube.".encode()))
    assert (article.origin, article.outlet, article.declared_language) == (
        "<stdin>",
        "Radio Example",
        "fr",
    )
    assert article.article_id == "https://radio.example/7"


def test_paths_stdin_xhtml_is_read_as_html(settings: Settings) -> None:
    page = (INGEST / "page_en.html").read_text("utf-8").replace("<!DOCTYPE html>", "")
    data = ('<?xml version="1.0" encoding="utf-8"?>\n' + page).encode()
    article = only_article(read_all(["-"], settings, stdin=data))
    assert article.raw_format == "html"
    assert article.title == "Shelling hits market town"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty input"),
        (b" \n\n ", "empty input"),
        (b"\x00\x01\x02abc", "binary file, not text"),
    ],
)
def test_paths_stdin_unusable_input_is_refused(
    settings: Settings, data: bytes, reason: str
) -> None:
    problem = only_problem(read_all(["-"], settings, stdin=data))
    assert (problem.origin, problem.reason) == ("<stdin>", reason)


def test_paths_stdin_too_large_is_refused(settings: Settings) -> None:
    small = settings.with_overrides(max_article_chars=100)
    problem = only_problem(read_all(["-"], small, stdin=b"word " * 200))
    assert problem.origin == "<stdin>"
    assert problem.reason == (
        "article too large: at least 1000 bytes, over the limit of 100 characters "
        "(settings max_article_chars)"
    )


def test_paths_stdin_html_over_byte_guard_is_refused(settings: Settings) -> None:
    small = settings.with_overrides(max_article_chars=10)
    problem = only_problem(read_all(["-"], small, stdin=b"<p>" + b"x" * 500 + b"</p>"))
    assert problem.reason == (
        "article too large: at least 507 bytes of HTML, limit 160 bytes "
        "(16 × settings max_article_chars)"
    )


def test_paths_html_file_over_byte_guard_is_refused(settings: Settings, tmp_path: Path) -> None:
    small = settings.with_overrides(max_article_chars=10)
    path = tmp_path / "big.html"
    path.write_bytes(b"<p>" + b"x" * 500 + b"</p>")
    problem = only_problem(read_all([path], small))
    assert problem.reason == (
        "article too large: 507 bytes of HTML, limit 160 bytes (16 × settings max_article_chars)"
    )


def test_paths_command_line_url_needs_a_sole_input(settings: Settings) -> None:
    meta = InputMeta(url="https://one.example/")
    sole = only_article(read_all([INGEST / "article_en.txt"], settings, meta))
    assert sole.article_id == "https://one.example/"
    both = articles(
        read_all([INGEST / "article_en.txt", INGEST / "article_fr.txt"], settings, meta)
    )
    assert [a.url for a in both] == [None, None]
    assert both[0].article_id != both[1].article_id
