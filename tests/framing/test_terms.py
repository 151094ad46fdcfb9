"""The loaded-term data and matcher: words, inflections, affixes, names, no model needed."""

from __future__ import annotations

import pytest

from eventwire.errors import DataFileError
from eventwire.framing import TermLexicon, load_categories, load_terms
from eventwire.framing.terms import fold, pieces
from eventwire.langdata import data_languages

LANGUAGES = ("ar", "en", "es", "fr")


def found(lexicon: TermLexicon, text: str) -> list[tuple[str, str, str]]:
    """``(term, category, words as written)`` of every term in ``text`` (no lemmas)."""
    words = pieces(text, 0, len(text))
    return [
        (term, category, text[words[first].span.start : words[first + count - 1].span.end])
        for term, category, first, count in lexicon.find(words)
    ]


def test_terms_every_language_has_valid_data_in_known_categories() -> None:
    categories = load_categories()
    assert set(LANGUAGES) <= set(data_languages("framing"))
    total = 0
    for language in LANGUAGES:
        lexicon = load_terms(language, categories)
        assert lexicon is not None
        used = {entry.category for entry in lexicon.terms}
        assert used <= set(categories)
        assert {"martyrdom", "occupation", "delegitimising name", "terrorism"} <= used
        folded = [entry.words for entry in lexicon.terms]
        assert len(folded) == len(set(folded)), f"{language}: a term is listed twice"
        total += len(lexicon.terms)
    assert total >= 100


def test_terms_unknown_category_is_refused() -> None:
    with pytest.raises(DataFileError, match="unknown category"):
        load_terms("en", ["martyrdom"])


def test_terms_fold_is_case_accent_and_diacritic_blind() -> None:
    assert fold("Entité") == fold("ENTITE") == "entite"
    assert fold("شَهِيد") == fold("شهيد")
    assert fold("إرهابي") == fold("ارهابي")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Des milices PRO-IRANIENNES ont frappé l'entite sioniste.",
         [("milice pro-iranienne", "proxy label", "milices PRO-IRANIENNES"),
          ("entité sioniste", "delegitimising name", "entite sioniste")]),
        ("fr", "Les forces d’occupation et la Résistance islamique en Irak, selon la résistance.",
         [("force d'occupation", "occupation", "forces d’occupation"),
          ("résistance", "resistance", "résistance")]),
        ("en", "Iran-backed militias and an Iranian proxy were named terrorists.",
         [("Iran-backed", "proxy label", "Iran-backed"),
          ("Iranian proxy", "proxy label", "Iranian proxy"),
          ("terrorist", "terrorism", "terrorists")]),
        ("en", "Local resistance committees said enemy fire hit the resistance.",
         [("resistance", "resistance", "resistance")]),
        ("en", "The Assad regime shelled the town; the sanctions regime stays.",
         [("Assad regime", "delegitimising name", "Assad regime")]),
        ("ar", "استهدف مجاهدو المقاومة الإسلامية في العراق قاعدة الاحتلال والكيان الصهيوني",
         [("مجاهد", "resistance", "مجاهدو"),
          ("قاعدة الاحتلال", "occupation", "قاعدة الاحتلال"),
          ("كيان صهيوني", "delegitimising name", "والكيان الصهيوني")]),
        ("es", "Los mártires de la agresión de la entidad sionista.",
         [("mártir", "martyrdom", "mártires"),
          ("agresión", "aggression", "agresión"),
          ("entidad sionista", "delegitimising name", "entidad sionista")]),
    ],
)  # fmt: skip
def test_terms_found_with_inflections_affixes_and_names_masked(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    lexicon = load_terms(language, load_categories())
    assert lexicon is not None
    assert found(lexicon, text) == expected


def test_terms_longest_wins_then_exact_over_inflected() -> None:
    lexicon = TermLexicon(
        [("occupation", "occupation"), ("occupation force", "occupation"), ("martyrs", "x"),
         ("martyr", "martyrdom")],
        endings=["s"],
    )  # fmt: skip
    assert found(lexicon, "occupation forces of martyrs") == [
        ("occupation force", "occupation", "occupation forces"),
        ("martyrs", "x", "martyrs"),
    ]


def test_terms_lemma_matches_a_lone_piece_only() -> None:
    lexicon = TermLexicon([("martyr", "martyrdom")])
    text = "were martyred"
    assert lexicon.find(pieces(text, 5, len(text), lemma="martyr")) == [
        ("martyr", "martyrdom", 0, 1)
    ]
    assert lexicon.find(pieces(text, 0, len(text), lemma="martyr")) == []
