"""Name normalisation: one key for Latin variants, Arabic variants and article forms."""

from __future__ import annotations

import pytest

from eventwire.geo import normalize_name


@pytest.mark.parametrize(
    ("variants"),
    [
        ["Aïn al-Assad", "AIN AL ASSAD", "Ain al‐Assad"],
        ["Al Qa'im", "Al-Qaïm", "al Qa’im", "El Qaim", "Qaim", "Al Qāʿim"],
        ["Al-Bukamal", "al bukamal", "Bukamal"],
        ["At-Tanf", "Al-Tanf", "at Tanf", "Tanf"],
        ["As-Sukhnah", "As Sukhnah", "Sukhnah"],
        ["Deir ez-Zor", "Deir ez Zor", "deir-ez-zor"],
        ["The Hague", "Hague"],
    ],
)
def test_normalize_latin_variants_share_a_key(variants: list[str]) -> None:
    assert len({normalize_name(v) for v in variants}) == 1


@pytest.mark.parametrize(
    ("variants"),
    [
        ["عين الأسد", "عين الاسد", "عين الإسد", "عين الآسد"],  # alef variants
        ["القائم", "قائم", "القائـــم"],  # article, tatweel
        ["مدينة", "مدينه", "مَدِينَة"],  # ta marbuta, diacritics
        ["مستشفى", "مستشفي"],  # alef maqsura
        ["البرج 22", "البرج ٢٢"],  # Arabic-Indic digits
        ["البوكمال", "بوكمال"],
    ],
)
def test_normalize_arabic_variants_share_a_key(variants: list[str]) -> None:
    assert len({normalize_name(v) for v in variants}) == 1


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Al", "al"),  # an article alone is a name, not an article
        ("ال", "ال"),
        ("Alabama", "alabama"),  # "al" inside a word stays
        ("Anah", "anah"),
        ("Tower 22", "tower 22"),
        ("", ""),
        ("  - ", ""),
    ],
)
def test_normalize_keeps_what_is_not_an_article(name: str, key: str) -> None:
    assert normalize_name(name) == key


def test_normalize_different_places_stay_apart() -> None:
    assert normalize_name("Al-Qaim") != normalize_name("Al-Qasim")
    assert normalize_name("القائم") != normalize_name("القاسم")
