"""The spaCy stage: spans point into the cleaned text; foreign text is never parsed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.errors import ModelMissingError
from eventwire.models import Article
from eventwire.nlp import SpacyStage

pytestmark = pytest.mark.model

FRENCH = (
    "Deux combattants ont été tués mardi soir. Quatre autres ont été blessés.\n\n"
    "بيان: استهدف مجاهدو المقاومة قاعدة الاحتلال بطائرة مسيّرة.\n\n"
    "Le groupe promet de poursuivre ses opérations."
)


def test_spacy_stage_sentence_and_token_offsets_cut_the_text(
    parser: Callable[..., Article],
) -> None:
    article = parser(FRENCH, "fr", foreign=(1,))
    texts = [s.span.cut(article.text) for s in article.sentences]
    assert texts == [
        "Deux combattants ont été tués mardi soir.",
        "Quatre autres ont été blessés.",
        "Le groupe promet de poursuivre ses opérations.",
    ]
    for sentence in article.sentences:
        assert sentence.language == "fr"
        for token in sentence.tokens:
            assert article.text[token.start : token.end] == token.text
            assert 0 <= token.head < len(sentence.tokens)


def test_spacy_stage_foreign_paragraph_is_not_parsed(parser: Callable[..., Article]) -> None:
    article = parser(FRENCH, "fr", foreign=(1,))
    arabic = article.paragraphs[1].span
    assert all(not (arabic.start <= s.span.start < arabic.end) for s in article.sentences)


def test_spacy_stage_english_lemmas_and_parse(parser: Callable[..., Article]) -> None:
    article = parser("Drones struck the base late on Tuesday, wounding eight.", "en")
    (sentence,) = article.sentences
    lemmas = {t.text: t.lemma for t in sentence.tokens}
    assert lemmas["struck"] == "strike"
    root = [t for t in sentence.tokens if t.dep == "ROOT"]
    assert [t.text for t in root] == ["struck"]


def test_spacy_stage_missing_model_says_how_to_install(make_article: Callable[..., Article]
                                                       ) -> None:  # fmt: skip
    stage = SpacyStage({"fr": "fr_core_news_nonexistent"})
    with pytest.raises(ModelMissingError, match=r"requirements/models\.txt"):
        stage.model("fr")
    with pytest.raises(ModelMissingError, match="no spaCy model configured"):
        stage.model("ar")


def test_spacy_stage_sentences_end_only_at_terminal_punctuation(
    parser: Callable[..., Article],
) -> None:
    text = (
        "En Syrie, au moins 18 combattants pro-iraniens ont péri dans les frappes contre "
        "Al-Mayadine et Boukamal, selon une ONG. « Nous riposterons », a dit un chef.\n\n"
        "Syrie : deux morts dans une attaque de drone"
    )
    article = parser(text, "fr")
    assert [s.span.cut(text) for s in article.sentences] == [
        "En Syrie, au moins 18 combattants pro-iraniens ont péri dans les frappes contre "
        "Al-Mayadine et Boukamal, selon une ONG.",
        "« Nous riposterons », a dit un chef.",
        "Syrie : deux morts dans une attaque de drone",
    ]
    for sentence in article.sentences:
        heads = [t.head for t in sentence.tokens]
        assert all(0 <= h < len(sentence.tokens) for h in heads)


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("en", "BEIRUT - Two Hezbollah fighters were killed by an Israeli drone.", "fighters"),
        ("en", "RAFAH, Gaza Strip (EMW) - Three people were killed overnight.", "people"),
        ("fr", "BAMAKO (AFP) - Six soldats ont été tués jeudi à Douentza.", "soldats"),
    ],
)  # fmt: skip
def test_spacy_stage_dateline_keeps_its_hands_off_the_sentence(
    parser: Callable[..., Article], language: str, text: str, subject: str
) -> None:
    (sentence,) = parser(text, language).sentences  # one sentence: no terminal punctuation
    tokens = sentence.tokens
    number = next(t for t in tokens if t.dep == "nummod")
    # The count belongs to the sentence's subject, not to the dateline's place.
    assert tokens[number.head].text == subject


@pytest.mark.parametrize(
    ("language", "text", "lemma"),
    [
        ("en", "Rockets struck the base near Erbil on Monday.", "rocket"),
        ("fr", "Frappes et tirs se sont succédé lundi près de Kidal.", "frappe"),
    ],
)
def test_spacy_stage_a_capitalised_noun_opening_a_sentence_keeps_its_lemma(
    parser: Callable[..., Article], language: str, text: str, lemma: str
) -> None:
    first = parser(text, language).sentences[0].tokens[0]
    assert first.lemma.lower() == lemma


def test_spacy_stage_a_name_opening_a_sentence_keeps_its_entity_lemma(
    parser: Callable[..., Article],
) -> None:
    first = parser("Hamas said on Monday that talks had stalled.", "en").sentences[0].tokens[0]
    assert first.lemma == "Hamas"
