"""Language code normalisation and names."""

from __future__ import annotations

import pytest

from eventwire.language import language_name, normalise_language


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("fr", "fr"),
        ("FR", "fr"),
        ("fr-FR", "fr"),
        ("fr_FR", "fr"),
        (" en-GB ", "en"),
        ("french", "fr"),
        ("French", "fr"),
        ("ARABIC", "ar"),
        ("fra", "fr"),
        ("eng", "en"),
        ("am", "am"),  # a valid subtag lingua lacks is kept: the article is skipped later
        ("klingon", None),
        ("xyz", None),
        ("", None),
        ("f1", None),
        (None, None),
    ],
)
def test_codes_normalise_language(value: str | None, code: str | None) -> None:
    assert normalise_language(value) == code


@pytest.mark.parametrize(("code", "name"), [("ar", "Arabic"), ("he", "Hebrew"), ("zz", "zz")])
def test_codes_language_name(code: str, name: str) -> None:
    assert language_name(code) == name
