from __future__ import annotations

import socket
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.ingest import InputMeta
from eventwire.ingest.html import extract_fragment_text
from eventwire.models import content_hash
from eventwire.settings import Settings

from .reading import INGEST, only_article, only_problem, problems, read_all


def test_html_extracts_article_text_without_boilerplate(settings: Settings) -> None:
    path = INGEST / "page_fr.html"
    article = only_article(read_all([path], settings))
    assert article.raw == path.read_text("utf-8")
    assert article.raw_format == "html"
    assert article.content_hash == content_hash(article.raw)
    paragraphs = article.source_text.split("\n\n")
    assert paragraphs[0] == "Affrontements près de Kidal"
    assert paragraphs[1].startswith("Des combats ont opposé mardi une patrouille")
    assert paragraphs[-1].endswith("avant l'arrivée de renforts.")
    assert len(paragraphs) == 4
    for boilerplate in ("Accueil", "Les plus lus", "Tous droits réservés", "Mentions légales"):
        assert boilerplate not in article.source_text


def test_html_reads_page_metadata(settings: Settings) -> None:
    article = only_article(read_all([INGEST / "page_fr.html"], settings))
    url = "https://courrier-sahel.example/2024/03/affrontements-kidal"
    assert article.title == "Affrontements près de Kidal"
    assert article.outlet == "Le Courrier du Sahel"
    assert article.url == url
    assert article.article_id == url
    assert (article.published, article.published_precision) == (date(2024, 3, 12), "day")
    assert article.declared_language == "fr"


def test_html_reads_time_element_region_language_and_lists(settings: Settings) -> None:
    article = only_article(read_all([INGEST / "page_en.html"], settings))
    assert article.published == date(2024, 5, 4)
    assert article.declared_language == "en"
    assert article.outlet == "The Riverside Observer"
    assert article.url == "https://riverside-observer.example/news/shelling-market-town"
    assert "Two vendors killed\nNine people wounded" in article.source_text
    assert "cookies" not in article.source_text
    assert "Related stories" not in article.source_text


def test_html_command_line_metadata_wins_over_page(settings: Settings) -> None:
    meta = InputMeta(outlet="Override", published=date(2024, 3, 13), language="ar")
    article = only_article(read_all([INGEST / "page_fr.html"], settings, meta))
    assert (article.outlet, article.published, article.declared_language) == (
        "Override",
        date(2024, 3, 13),
        "ar",
    )
    assert article.title == "Affrontements près de Kidal"


def test_html_without_article_text_is_refused(settings: Settings) -> None:
    path = INGEST / "boilerplate_only.html"
    problem = only_problem(read_all([path], settings))
    assert (problem.origin, problem.reason, problem.fatal) == (
        str(path),
        "HTML has no article text",
        True,
    )


def test_html_never_opens_a_connection(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Any] = []
    monkeypatch.setattr(socket.socket, "connect", lambda self, *a: calls.append(a))
    path = tmp_path / "link.html"
    path.write_text("https://news.example/some-article", "utf-8")
    results = read_all([path, INGEST / "page_en.html"], settings)
    assert calls == []
    assert not any("could not be read" in p.reason for p in problems(results))


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        (
            "<p>Premier paragraphe.</p><p>Second paragraphe.</p>",
            "Premier paragraphe.\n\nSecond paragraphe.",
        ),
        ("Just a sentence, no markup.", "Just a sentence, no markup."),
        ("<p>Line one<br>line two</p>", "Line one\nline two"),
    ],
)
def test_html_fragment_text_keeps_paragraph_breaks(fragment: str, expected: str) -> None:
    assert extract_fragment_text(fragment) == expected


def test_html_fragment_text_drops_scripts() -> None:
    text = extract_fragment_text("<div>Short.<script>var x = 1;</script></div>")
    assert "var x" not in text
    assert "Short." in text
