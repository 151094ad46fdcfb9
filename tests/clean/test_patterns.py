"""Boilerplate data files and their compilation."""

from __future__ import annotations

from importlib import resources

import pytest

from eventwire.clean import KINDS, compile_patterns, load_patterns
from eventwire.errors import DataFileError
from eventwire.langdata import data_languages, load_lang_data


def test_patterns_data_files_exist_for_every_language() -> None:
    assert data_languages("boilerplate") == ["any", "ar", "en", "es", "fr"]


@pytest.mark.parametrize("lang", ["any", "ar", "en", "es", "fr"])
def test_patterns_data_file_opens_with_provenance(lang: str) -> None:
    path = resources.files("eventwire").joinpath("data", "lang", lang, "boilerplate.yaml")
    header = path.read_text("utf-8").split("\nline_patterns:")[0]
    assert header.startswith("#")
    for field in ("Source:", "Licence:", "Known gaps:"):
        assert f"# {field}" in header


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_patterns_fr_en_cover_every_class(lang: str) -> None:
    content = load_lang_data("boilerplate", lang)
    assert content is not None
    assert set(content["line_patterns"]) == set(KINDS)


def test_patterns_compile_with_every_class() -> None:
    patterns = load_patterns()
    assert set(patterns.kinds) == set(KINDS)
    assert len(patterns.metadata) >= 4


def test_patterns_earlier_class_wins_a_tie() -> None:
    patterns = load_patterns(["any"])
    assert patterns.classify("https://x.com/someone/status/123") == "social"
    assert patterns.classify("https://www.example.org/news/a") == "related"


def test_patterns_decorations_trimmed() -> None:
    patterns = load_patterns(["fr", "en"])
    assert patterns.classify("► Lire aussi | Au Soudan, la faim") == "related"
    assert patterns.classify("Share ›") == "share"
    assert patterns.classify("• Partager :") == "share"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ({"line_patterns": {"adverts": ["Publicité"]}}, "unknown boilerplate class 'adverts'"),
        ({"line_patterns": {"share": ["(unclosed"]}}, "invalid regex"),
        ({"line_patterns": {"share": ["(?P<x>share)"]}}, "has a named group"),
        ({"line_patterns": {"share": "share"}}, "should be a list"),
        ({"line_patterns": {}, "leading_metadata": ["date \\d+"]}, "must use named groups"),
        ({"line_patterns": {}, "leading_metadata": ["(?P<when>.+)"]}, "must use named groups"),
    ],
)
def test_patterns_bad_data_fails_loudly(content: dict[str, object], message: str) -> None:
    with pytest.raises(DataFileError, match=message) as info:
        compile_patterns({"data/lang/xx/boilerplate.yaml": content})
    assert "data/lang/xx/boilerplate.yaml" in str(info.value)


def test_patterns_no_data_matches_nothing() -> None:
    patterns = compile_patterns({})
    assert patterns.classify("Partager") is None
    assert patterns.metadata == ()
