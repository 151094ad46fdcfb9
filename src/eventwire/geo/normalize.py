"""Name normalisation: one key for every spelling of a place name, Latin or Arabic script."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize_name"]

# Apostrophes and ayn/hamza letters transliterations use ("Qa'im", "Qa’im", "‘Anah",
# "Qaʿim"): dropped, so "Al Qa'im" and "Al Qaim" meet.
_APOSTROPHES = "'’‘`´ʿʾʼˈ′ʻ"
# Latin articles a name may open with ("Al-Qaim", "el Kaim", "As Sukhnah", "The Hague").
# Arabic sun-letter assimilations (ad-, ar-, as-, at-, an-, az-, ash-) are the same "al".
_LATIN_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|at|an|az|ash|the) (?=\S)")
# Arabic letters unified before accents are stripped: alef wasla, alef maqsura, ta
# marbuta, and the Persian kaf and yeh GeoNames uses in some Iraqi names ("قلعة سکر").
_ARABIC_LETTERS = str.maketrans({"ٱ": "ا", "ى": "ي", "ة": "ه", "ک": "ك", "ی": "ي", "ـ": None})
_ARABIC_ARTICLE = "ال"


def _char(ch: str) -> str:
    if ch in _APOSTROPHES:
        return ""
    category = unicodedata.category(ch)
    if category == "Mn":  # accents, Arabic harakat, the hamza of أ إ آ ؤ ئ after NFKD
        return ""
    if category == "Nd":  # Arabic-Indic digits: "البرج ٢٢" is "البرج 22"
        return str(unicodedata.decimal(ch))
    if category[0] in "PSZC":  # hyphens, dashes, dots, brackets, every kind of space
        return " "
    return ch


def normalize_name(name: str) -> str:
    """Return the lookup key of ``name``: casefolded, unaccented, without a leading article."""
    text = unicodedata.normalize("NFKD", name.translate(_ARABIC_LETTERS)).casefold()
    text = " ".join("".join(_char(ch) for ch in text).split())
    text = _LATIN_ARTICLE.sub("", text, count=1)
    if text.startswith(_ARABIC_ARTICLE) and len(text) > len(_ARABIC_ARTICLE) + 1:
        text = text[len(_ARABIC_ARTICLE) :].lstrip()
    return text
