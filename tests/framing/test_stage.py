"""The ``framing.terms.v1`` stage on real text parsed by the real spaCy models."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from eventwire.framing import make_framing_stage, quoted_spans
from eventwire.models import Article, Span
from eventwire.pipeline import build_pipeline
from eventwire.settings import Settings, load_settings

pytestmark = pytest.mark.model

Parse = Callable[..., Article]


def terms(article: Article) -> list[tuple[str, str, str, bool]]:
    """``(term, category, words as written, quoted)`` of the article's framing, in order."""
    return [(t.term, t.category, t.span.cut(article.text), t.quoted) for t in article.framing]


@pytest.fixture(scope="module")
def stage() -> Callable[[Article], Article]:
    return make_framing_stage(load_settings(env={}))


def test_stage_french_martyrs_and_zionist_entity_with_spans(
    parser: Parse, stage: Callable[[Article], Article]
) -> None:
    text = (
        "Trois martyrs sont tombés mardi à Gaza lors d'un bombardement de l'entité sioniste, "
        "selon la chaîne Al-Manar.\n\n"
        "La Résistance islamique affirme avoir visé des positions « de l'occupation »."
    )
    article = stage(parser(text, "fr"))
    assert terms(article) == [
        ("martyr", "martyrdom", "martyrs", False),
        ("entité sioniste", "delegitimising name", "entité sioniste", False),
        ("occupation", "occupation", "occupation", True),
    ]
    first, second = article.sentences[0].span, article.sentences[-1].span
    assert article.framing[0].span == Span(6, 13)
    assert article.framing[0].sentence == article.framing[1].sentence == first
    assert article.framing[2].sentence == second


def test_stage_english_iran_backed_militias_and_terrorists(
    parser: Parse, stage: Callable[[Article], Article]
) -> None:
    text = (
        "Iran-backed militias fired rockets at the base on Tuesday, the Pentagon said. "
        "Officials called the attackers terrorists and vowed to hit Iranian proxies."
    )
    article = stage(parser(text, "en"))
    assert terms(article) == [
        ("Iran-backed", "proxy label", "Iran-backed", False),
        ("terrorist", "terrorism", "terrorists", False),
        ("Iranian proxy", "proxy label", "Iranian proxies", False),
    ]
    assert all(t.span.cut(text) == t.span.cut(article.text) for t in article.framing)


def test_stage_reads_a_foreign_paragraph_with_its_own_terms(
    parser: Parse, stage: Callable[[Article], Article]
) -> None:
    text = (
        "Le groupe a publié un communiqué en arabe.\n\n"
        "استهدف مجاهدو المقاومة الإسلامية قاعدة الاحتلال"
    )
    parsed = parser(text, "fr", foreign=(1,))
    paragraphs = (
        parsed.paragraphs[0],
        dataclasses.replace(parsed.paragraphs[1], language="ar"),
    )
    article = stage(dataclasses.replace(parsed, paragraphs=paragraphs))
    assert terms(article) == [
        ("مجاهد", "resistance", "مجاهدو", False),
        ("قاعدة الاحتلال", "occupation", "قاعدة الاحتلال", False),
    ]
    assert article.framing[0].sentence == paragraphs[1].span


def test_stage_runs_after_nlp_in_the_default_pipeline(settings: Settings) -> None:
    names = build_pipeline(settings).names
    assert names.index("framing.terms.v1") == names.index("nlp.spacy.v1") + 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("il a dit « non » puis « oui", ["« non »", "« oui"]),
        ('he said "no" and “yes” again', ['"no"', "“yes”"]),
        ("l’attaque n’a rien d’un « détail »", ["« détail »"]),
    ],
)
def test_stage_quoted_spans(text: str, expected: list[str]) -> None:
    assert [s.cut(text) for s in quoted_spans(text, Span(0, len(text)))] == expected
