from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.ingest import InputMeta
from eventwire.models import Article, Problem, content_hash
from eventwire.settings import Settings

from .reading import INGEST, articles, only_article, only_problem, problems, read_all


def _write_lines(tmp_path: Path, *lines: str | bytes) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_bytes(b"\n".join(x if isinstance(x, bytes) else x.encode() for x in lines) + b"\n")
    return path


def test_records_jsonl_reads_each_line(settings: Settings) -> None:
    path = INGEST / "records.jsonl"
    results = read_all([path], settings)
    assert problems(results) == []
    first, second, third = articles(results)
    # line 2 is blank and skipped; numbering follows the file
    assert [a.origin for a in (first, second, third)] == [
        f"{path}:line 1",
        f"{path}:line 3",
        f"{path}:line 4",
    ]
    assert {a.raw_format for a in (first, second, third)} == {"json"}
    assert first.source_text.split("\n\n") == [
        "Fighting broke out between two armed groups in the hills east of the town on Tuesday, "
        "residents said.",
        "At least five fighters were killed.",
    ]
    assert (first.outlet, first.title, first.url, first.declared_language) == (
        "Example Wire",
        "Clashes in the hills",
        "https://wire.example/0001",
        "en",
    )
    assert (first.published, first.published_precision) == (date(2024, 2, 7), "day")


def test_records_id_precedence_explicit_then_url_then_hash(settings: Settings) -> None:
    first, second, third = articles(read_all([INGEST / "records.jsonl"], settings))
    assert first.article_id == "wire-0001"
    assert second.article_id == "https://journal.example/a/42"
    assert third.article_id == "sha256:" + third.content_hash


def test_records_html_record_is_extracted(settings: Settings) -> None:
    article = articles(read_all([INGEST / "records.jsonl"], settings))[1]
    assert article.source_text.startswith("Grève des transporteurs\n\nLes transporteurs routiers")
    assert "Accueil" not in article.source_text
    assert "Mentions légales" not in article.source_text
    assert (article.published, article.published_precision) == (date(2024, 2, 1), "month")
    assert article.outlet == "Le Journal d'Exemple"


def test_records_raw_is_canonical_json_of_known_keys(settings: Settings) -> None:
    article = articles(read_all([INGEST / "records.jsonl"], settings))[0]
    record = json.loads(article.raw)
    assert "section" not in record
    assert record["id"] == "wire-0001"
    assert article.content_hash == content_hash(article.raw)


def test_records_hash_ignores_layout_but_not_revisions(settings: Settings, tmp_path: Path) -> None:
    path = _write_lines(
        tmp_path,
        '{"id": "a", "outlet": "W", "text": "Troops entered the town."}',
        '{"text":"Troops entered the town.","outlet":"W","id":"a","extra":1}',
        '{"id": "a", "outlet": "W", "text": "Troops entered the town at dawn."}',
        '{"id": "a", "outlet": "V", "text": "Troops entered the town."}',
    )
    one, same, revised, other_outlet = articles(read_all([path], settings))
    assert one.content_hash == same.content_hash
    assert one.content_hash != revised.content_hash
    assert one.content_hash != other_outlet.content_hash
    assert one.article_id == revised.article_id == "a"


def test_records_reading_twice_gives_equal_articles(settings: Settings) -> None:
    paths = [INGEST / "records.jsonl", INGEST / "records.json"]
    assert read_all(paths, settings) == read_all(paths, settings)


def test_records_malformed_line_is_reported_and_others_read(
    settings: Settings, tmp_path: Path
) -> None:
    path = _write_lines(
        tmp_path,
        '{"text": "A curfew was declared."}',
        '{"text": "broken line"',
        '{"text": "The curfew was lifted."}',
    )
    results = read_all([path], settings)
    [problem] = problems(results)
    assert problem.origin == f"{path}:line 2"
    assert problem.reason.startswith("malformed JSON: ")
    assert problem.fatal
    assert [a.source_text for a in articles(results)] == [
        "A curfew was declared.",
        "The curfew was lifted.",
    ]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"title": "No body"}', "record has no text or html"),
        ('{"text": "   "}', "record has no text or html"),
        ('{"text": 42}', "field 'text' must be a string"),
        ("[1, 2]", "expected a JSON object, got list"),
    ],
)
def test_records_unusable_record_is_refused(
    settings: Settings, tmp_path: Path, line: str, reason: str
) -> None:
    path = _write_lines(tmp_path, line)
    problem = only_problem(read_all([path], settings))
    assert (problem.origin, problem.reason, problem.fatal) == (f"{path}:line 1", reason, True)


def test_records_non_string_metadata_is_ignored_with_warning(
    settings: Settings, tmp_path: Path
) -> None:
    path = _write_lines(tmp_path, '{"title": ["a", "b"], "text": "Shots were fired."}')
    results = read_all([path], settings)
    [problem] = problems(results)
    assert problem.reason == "field 'title' is not a string; ignored"
    assert not problem.fatal
    assert articles(results)[0].title is None


def test_records_invalid_utf8_line_is_kept_with_warning(settings: Settings, tmp_path: Path) -> None:
    path = _write_lines(
        tmp_path, '{"text": "Calm returned."}', b'{"text": "Gr\xe8ve g\xe9n\xe9rale."}'
    )
    results = read_all([path], settings)
    [problem] = problems(results)
    assert problem.origin == f"{path}:line 2"
    assert problem.reason == "invalid UTF-8 at byte 12; decoded with replacement characters"
    assert not problem.fatal
    spoiled = articles(results)[1]
    assert spoiled.source_text == "Gr\ufffdve g\ufffdn\ufffdrale."
    assert spoiled.warnings == (problem.reason,)


def test_records_overlong_line_is_refused_without_decoding(
    settings: Settings, tmp_path: Path
) -> None:
    small = settings.with_overrides(max_article_chars=100)
    path = _write_lines(
        tmp_path, json.dumps({"text": "x" * 5000}), '{"text": "A short record after it."}'
    )
    results = read_all([path], small)
    [problem] = problems(results)
    assert problem.origin == f"{path}:line 1"
    size = len(json.dumps({"text": "x" * 5000})) + 1
    assert problem.reason == (
        f"article too large: {size} bytes, over the limit of 100 characters "
        "(settings max_article_chars)"
    )
    assert [a.origin for a in articles(results)] == [f"{path}:line 2"]


def test_records_text_over_limit_is_refused(settings: Settings, tmp_path: Path) -> None:
    small = settings.with_overrides(max_article_chars=100)
    path = _write_lines(tmp_path, json.dumps({"text": "y" * 101}))
    problem = only_problem(read_all([path], small))
    assert problem.reason == (
        "article too large: 101 characters, limit 100 (settings max_article_chars)"
    )


def test_records_empty_jsonl_is_refused(settings: Settings, tmp_path: Path) -> None:
    path = _write_lines(tmp_path, "", "   ")
    problem = only_problem(read_all([path], settings))
    assert (problem.origin, problem.reason) == (str(path), "empty file")


def test_records_command_line_metadata_fills_gaps_only(settings: Settings) -> None:
    meta = InputMeta(outlet="CLI Outlet", language="fr", url="https://cli.example/")
    first, _, third = articles(read_all([INGEST / "records.jsonl"], settings, meta))
    assert first.outlet == "Example Wire"
    assert first.declared_language == "en"
    assert third.declared_language == "fr"
    # one --url cannot name many records
    assert third.url is None
    assert third.article_id.startswith("sha256:")


def test_records_json_array_reads_each_record(settings: Settings) -> None:
    path = INGEST / "records.json"
    results = read_all([path], settings)
    first, unparseable_date, second = results
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.origin, first.article_id) == (f"{path}: record 1", "17")
    assert (first.published, first.published_precision) == (date(2024, 3, 12), "day")
    assert unparseable_date == Problem(
        f"{path}: record 2",
        "unparseable published date 'last Tuesday'; kept without a date",
        fatal=False,
    )
    assert (second.origin, second.article_id, second.published) == (
        f"{path}: record 2",
        "wire-0018",
        None,
    )


def test_records_json_object_is_one_article(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text('{"url": "https://a.example/1", "text": "Two arrests were made."}', "utf-8")
    article = only_article(read_all([path], settings))
    assert (article.origin, article.article_id) == (str(path), "https://a.example/1")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("[]", "no records: the JSON array is empty"),
        ('"just a string"', "expected a JSON object or an array of objects"),
        ('[{"text": "ok"', "malformed JSON: "),
        ("  \n", "empty file"),
    ],
)
def test_records_json_unusable_file_is_refused(
    settings: Settings, tmp_path: Path, content: str, reason: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, "utf-8")
    problem = only_problem(read_all([path], settings))
    assert problem.origin == str(path)
    assert problem.reason.startswith(reason)
    assert problem.fatal


def test_records_json_invalid_utf8_warns_on_spoiled_record(
    settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(b'[{"id": "a", "text": "Calm returned."}, {"id": "b", "text": "Gr\xe8ve."}]')
    results = read_all([path], settings)
    [problem] = problems(results)
    assert problem.origin == f"{path}: record 2"
    assert problem.reason == "invalid UTF-8 at byte 63; decoded with replacement characters"
    calm, strike = articles(results)
    assert calm.warnings == ()
    assert strike.source_text == "Gr\ufffdve."
    assert strike.warnings == (problem.reason,)
