from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from eventwire.models import Article, Problem, content_hash
from eventwire.settings import Settings

from .reading import INGEST, articles, only_problem, problems, read_all


def test_feeds_rss_items_become_articles(settings: Settings) -> None:
    path = INGEST / "feed.rss"
    results = read_all([path], settings)
    first, second, third = articles(results)
    assert [a.origin for a in (first, second, third)] == [
        f"{path}: item 1",
        f"{path}: item 2",
        f"{path}: item 3",
    ]
    assert {a.raw_format for a in (first, second, third)} == {"feed"}
    assert {a.outlet for a in (first, second, third)} == {"Le Courrier du Sahel"}
    assert {a.declared_language for a in (first, second, third)} == {"fr"}
    assert first.title == "Attaque contre un poste de gendarmerie"
    assert first.url == "https://courrier-sahel.example/2024/04/attaque-poste"
    assert (first.published, first.published_precision) == (date(2024, 4, 2), "day")
    assert first.content_hash == content_hash(first.raw)


def test_feeds_rss_prefers_content_over_summary(settings: Settings) -> None:
    first = articles(read_all([INGEST / "feed.rss"], settings))[0]
    assert first.source_text.split("\n\n") == [
        "Un poste de gendarmerie a été attaqué mardi soir dans le nord de la province, "
        "a-t-on appris de source sécuritaire.",
        "Deux gendarmes ont été blessés. Les assaillants ont pris la fuite à moto.",
    ]
    assert "<p>" in first.raw


def test_feeds_escaped_html_summary_becomes_paragraphs(settings: Settings) -> None:
    second = articles(read_all([INGEST / "feed.rss"], settings))[1]
    assert second.source_text == (
        "Plusieurs centaines d'enseignants ont défilé mercredi pour réclamer le paiement "
        "de leurs arriérés de salaire.\n\nLa marche s'est déroulée sans incident."
    )


def test_feeds_id_precedence_guid_then_link_then_hash(settings: Settings) -> None:
    first, second, third = articles(read_all([INGEST / "feed.rss"], settings))
    assert first.article_id == "courrier-sahel-20240402-001"
    assert second.article_id == "https://courrier-sahel.example/2024/04/manifestation-enseignants"
    assert third.article_id == "sha256:" + content_hash(third.raw)


def test_feeds_unparseable_date_keeps_item(settings: Settings) -> None:
    path = INGEST / "feed.rss"
    results = read_all([path], settings)
    assert problems(results) == [
        Problem(
            f"{path}: item 3",
            "unparseable published date 'le trois avril'; kept without a date",
            fatal=False,
        )
    ]
    third = articles(results)[2]
    assert (third.published, third.published_precision) == (None, None)


def test_feeds_atom_entries_become_articles(settings: Settings) -> None:
    path = INGEST / "feed.atom"
    results = read_all([path], settings)
    assert problems(results) == []
    first, _ = articles(results)
    assert first.article_id == "urn:example:border-monitor:2024-06-10-1"
    assert first.outlet == "Border Monitor"
    assert first.url == "https://border-monitor.example/2024/06/drone-strike"
    # published, not updated, and the date as the outlet wrote it, not in UTC
    assert first.published == date(2024, 6, 11)
    assert first.declared_language == "en"
    assert first.source_text.endswith(
        "\n\nThree people inside the vehicle were killed, the group said."
    )


def test_feeds_atom_plain_summary_and_no_link(settings: Settings) -> None:
    second = articles(read_all([INGEST / "feed.atom"], settings))[1]
    assert second.source_text == (
        "Authorities extended the night curfew in the border district by two weeks."
    )
    assert second.url is None  # the entry's urn id is not a web address
    assert second.published == date(2024, 6, 9)


def test_feeds_reading_twice_gives_equal_articles(settings: Settings) -> None:
    paths = [INGEST / "feed.rss", INGEST / "feed.atom"]
    assert read_all(paths, settings) == read_all(paths, settings)


def test_feeds_xml_file_holding_a_feed_is_read(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "export.xml"
    shutil.copy(INGEST / "feed.rss", path)
    results = read_all([path], settings)
    assert len(articles(results)) == 3
    assert all(isinstance(r, Article) or not r.fatal for r in results)


def test_feeds_empty_feed_is_refused(settings: Settings) -> None:
    path = INGEST / "empty_feed.rss"
    problem = only_problem(read_all([path], settings))
    assert (problem.origin, problem.reason, problem.fatal) == (
        str(path),
        "feed has no entries",
        True,
    )


def test_feeds_non_feed_xml_is_refused(settings: Settings) -> None:
    path = INGEST / "not_a_feed.xml"
    problem = only_problem(read_all([path], settings))
    assert (problem.origin, problem.reason) == (str(path), "not an RSS/Atom feed")


def test_feeds_item_without_text_is_refused(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "titles.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>Only a title</title></item>"
        "<item><title>Has text</title><description>Roads were closed.</description></item>"
        "</channel></rss>",
        "utf-8",
    )
    results = read_all([path], settings)
    assert problems(results) == [
        Problem(f"{path}: item 1", "feed item has no text (neither content nor summary)")
    ]
    assert [a.source_text for a in articles(results)] == ["Roads were closed."]


def test_feeds_invalid_utf8_is_replaced_not_misread(settings: Settings, tmp_path: Path) -> None:
    data = (INGEST / "feed.rss").read_bytes().replace("attaqué mardi".encode(), b"attaqu\xe9 mardi")
    path = tmp_path / "bad.rss"
    path.write_bytes(data)
    results = read_all([path], settings)
    [encoding, date_problem] = problems(results)
    assert encoding.origin == f"{path}: item 1"
    assert encoding.reason.startswith("invalid UTF-8 at byte ")
    assert not encoding.fatal
    assert date_problem.origin == f"{path}: item 3"
    first, second, _ = articles(results)
    assert "attaqu\ufffd mardi" in first.source_text
    assert "été" in first.source_text  # the valid accents are not mojibake
    assert first.warnings == (encoding.reason,)
    assert second.warnings == ()
