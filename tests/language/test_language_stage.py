"""The language stage: article language, foreign paragraphs, skips, analysable spans."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from eventwire.clean import Cleaner, load_patterns
from eventwire.errors import ConfigError
from eventwire.language import (
    STAGES,
    LanguageStage,
    analysable_spans,
    make_language_stage,
    split_paragraphs,
)
from eventwire.models import Article, ArticleStatus, Span
from eventwire.pipeline import Stage, check_wiring
from eventwire.settings import Settings, load_settings

FIXTURES = Path(__file__).parents[1] / "resources" / "clean"
EXPECTED: dict[str, Any] = yaml.safe_load((FIXTURES / "language.yaml").read_text("utf-8"))
CALIBRATION: dict[str, Any] = yaml.safe_load((FIXTURES / "paragraphs.yaml").read_text("utf-8"))

FR = (
    "Bangui, 12 avril – Des affrontements ont opposé mardi des groupes armés dans le nord-ouest "
    "de la Centrafrique, faisant au moins sept morts selon une source humanitaire."
)
EN = (
    "BANGUI, April 12 - Armed groups clashed in north-western Central African Republic on "
    "Tuesday, killing at least seven people, a humanitarian source said."
)
AR = "قتل سبعة أشخاص على الأقل في اشتباكات بين جماعات مسلحة في شمال غرب البلاد يوم الثلاثاء."
# An anchor paragraph per language, so that a line is judged inside a report.
ANCHORS = {
    "fr": "Les combats se sont poursuivis toute la journée dans le nord du pays, selon des "
    "sources locales.",
    "en": "Fighting continued throughout the day in the north of the country, local sources said.",
}


@pytest.fixture(scope="module")
def stage() -> LanguageStage:
    """One stage for the module: lingua's models load once (about a second)."""
    return make_language_stage(load_settings(env={}))


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner(load_patterns())


def article_with_text(make_article: Callable[..., Article], text: str, **fields: Any) -> Article:
    return make_article(text, text=text, **fields)


def test_language_stage_is_registered_and_wires_after_cleaner(settings: Settings) -> None:
    stage = STAGES["language.lingua.v1"](settings)
    assert isinstance(stage, Stage)
    assert stage.requires == ("text",)
    check_wiring([Cleaner(load_patterns()), stage])  # raises if "text" were not assigned


def test_language_unknown_detect_language_refused(settings: Settings) -> None:
    with pytest.raises(ConfigError, match="xx"):
        make_language_stage(settings.with_overrides(detect_languages=["fr", "xx"]))


@pytest.mark.parametrize(("text", "language"), [(FR, "fr"), (EN, "en")])
def test_language_detected_for_fr_en(
    stage: LanguageStage, make_article: Callable[..., Article], text: str, language: str
) -> None:
    article = stage(article_with_text(make_article, text))
    assert article.language == language
    assert article.status is ArticleStatus.NEW  # left for the pipeline to set
    assert article.skip_reason == ""
    (paragraph,) = article.paragraphs
    assert paragraph.span == Span(0, len(text))
    assert (paragraph.language, paragraph.foreign) == (language, False)
    assert paragraph.confidence > 0.9


@pytest.mark.parametrize("declared", ["fr", "FR", "fr-FR", "fr_CA", "french", "French", "fra"])
def test_language_declared_normalised_and_trusted(
    stage: LanguageStage, make_article: Callable[..., Article], declared: str
) -> None:
    article = stage(article_with_text(make_article, FR, declared_language=declared))
    assert article.language == "fr"
    assert article.warnings == ()


def test_language_declared_wins_over_detection(
    stage: LanguageStage, make_article: Callable[..., Article]
) -> None:
    article = stage(article_with_text(make_article, f"{FR}\n\n{EN}", declared_language="en"))
    assert article.language == "en"
    assert [p.foreign for p in article.paragraphs] == [True, False]


def test_language_unrecognised_declaration_warns_and_detects(
    stage: LanguageStage, make_article: Callable[..., Article]
) -> None:
    article = stage(article_with_text(make_article, EN, declared_language="klingon"))
    assert article.language == "en"
    assert article.warnings == ("declared language 'klingon' not recognised; detected instead",)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_language_fixture_foreign_paragraphs(
    stage: LanguageStage,
    cleaner: Cleaner,
    make_article: Callable[..., Article],
    name: str,
) -> None:
    expected = EXPECTED[name]
    article = stage(cleaner(make_article((FIXTURES / name).read_text("utf-8"))))
    assert article.language == expected["language"]
    foreign = [p.span.cut(article.text) for p in article.paragraphs if p.foreign]
    assert len(foreign) == len(expected["foreign"])
    for text, opening in zip(foreign, expected["foreign"], strict=True):
        assert text.startswith(opening)
    for paragraph in article.paragraphs:
        # A paragraph not marked foreign carries the article's language.
        assert paragraph.foreign == (paragraph.language != article.language)


def test_language_hebrew_headline_foreign_though_short(
    stage: LanguageStage, make_article: Callable[..., Article]
) -> None:
    headline = "פיגוע דקירה בירושלים"  # 18 letters, under foreign_min_letters
    article = stage(article_with_text(make_article, f"{FR}\n\n{headline}"))
    assert article.language == "fr"
    assert article.paragraphs[1].foreign
    assert article.paragraphs[1].language == "he"


def _calibration_rows() -> list[tuple[str, str, bool]]:
    return [
        (lang, line, kind == "foreign")
        for lang, kinds in CALIBRATION.items()
        for kind in ("native", "foreign")
        for line in kinds[kind]
    ]


@pytest.mark.parametrize(("lang", "line", "foreign"), _calibration_rows())
def test_language_default_thresholds_on_calibration_lines(
    stage: LanguageStage,
    make_article: Callable[..., Article],
    lang: str,
    line: str,
    foreign: bool,
) -> None:
    article = stage(article_with_text(make_article, f"{ANCHORS[lang]}\n\n{line}"))
    assert article.language == lang
    assert article.paragraphs[1].foreign is foreign


def test_language_without_model_skipped_with_reason(
    stage: LanguageStage, make_article: Callable[..., Article]
) -> None:
    article = stage(article_with_text(make_article, AR))
    assert article.language == "ar"
    assert article.status is ArticleStatus.SKIPPED
    assert article.skip_reason == "no model for language 'ar' (Arabic); stored, not analysed"
    assert len(article.paragraphs) == 1  # still described, for storage


def test_language_declared_without_model_skipped(
    stage: LanguageStage, make_article: Callable[..., Article]
) -> None:
    article = stage(article_with_text(make_article, EN, declared_language="am"))
    assert article.language == "am"
    assert article.skip_reason == "no model for language 'am' (am); stored, not analysed"


@pytest.mark.parametrize("text", ["", "  \n\n  "])
def test_language_empty_text_skipped(
    stage: LanguageStage, make_article: Callable[..., Article], text: str
) -> None:
    article = stage(article_with_text(make_article, text))
    assert article.status is ArticleStatus.SKIPPED
    assert article.skip_reason == "no article text left after cleaning"
    assert article.paragraphs == ()
    assert article.language is None


@pytest.mark.parametrize("text", ["12 345 — 678", "北京时间今天上午发生冲突"])
def test_language_undetectable_skipped(
    stage: LanguageStage, make_article: Callable[..., Article], text: str
) -> None:
    article = stage(article_with_text(make_article, text))
    assert article.status is ArticleStatus.SKIPPED
    assert article.language is None
    assert article.skip_reason.startswith("language could not be identified")


def test_language_analysable_spans_leave_out_foreign(
    stage: LanguageStage, make_article: Callable[..., Article]
) -> None:
    text = f"{FR}\n\n{AR}\n\nBangui\n\n{EN}"
    article = stage(article_with_text(make_article, text))
    spans = analysable_spans(article)
    assert [span.cut(text) for span in spans] == [FR, "Bangui"]


def test_language_analysable_spans_empty_before_stage(make_article: Callable[..., Article]) -> None:
    assert analysable_spans(make_article(FR)) == []


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("a\n\nb", ["a", "b"]),
        ("a\n\n\n\nb", ["a", "b"]),
        ("  a \n\n", ["a"]),
        ("one\nline break kept", ["one\nline break kept"]),
        ("", []),
    ],
)
def test_language_split_paragraphs_spans(text: str, pieces: list[str]) -> None:
    assert [span.cut(text) for span in split_paragraphs(text)] == pieces
