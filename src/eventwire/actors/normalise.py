"""Text normalisation for actor names: one key for every spelling of the same name.

Latin script: case, accents (NFKD), hyphens, apostrophes and French elisions,
dots in abbreviations, the Arabic article written al-/el-/ad-/ash-… and a few
function words (« de », "of", « los ») are folded away. Arabic script: alef
variants, ta marbuta, alef maqsura, tatweel, diacritics and the leading article
ال (also after the clitics و ب ك ف ل) are folded away. Both sides of every
comparison go through :func:`normalise`, so dropping a word is never lossy for
matching, only for display.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["FUNCTION_WORDS", "normalise", "normalise_tokens"]

# Words that carry no identity in an actor name; dropped on both sides.
FUNCTION_WORDS = frozenset(
    {"the", "of", "le", "la", "les", "des", "du", "de", "d", "l", "los", "las", "del", "lo",
     "al", "el", "ul"}
)  # fmt: skip

_HYPHENS = "-‐‑‒–—_/"
_APOSTROPHES = "'’ʼʻ`´‘ʿʾ"
# French elisions (l', d', qu'…) split the word; other apostrophes join it (Kata'ib).
_ELISION = re.compile(rf"\b(?:[ldjnmstc]|qu)[{_APOSTROPHES}](?=\w)", re.IGNORECASE)
# Assimilated Arabic article in transliteration: ash-Shabab, ad-Dawla, an-Nujaba.
_ARTICLE = re.compile(rf"\b(?:a[lndrszt]|ash|el|ul)[{_HYPHENS}](?=\w)", re.IGNORECASE)
_SEPARATORS = re.compile(rf"[{re.escape(_HYPHENS)}\s,;:!?()\[\]«»\"“”]+")
_JOINERS = re.compile(rf"[{_APOSTROPHES}.]")

_ARABIC_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})
_ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")


def _fold_latin(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c) or _is_arabic(c))


def _is_arabic(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff"


def _fold_arabic_token(token: str) -> str:
    token = _ARABIC_DIACRITICS.sub("", token).translate(_ARABIC_FOLD)
    for prefix in _ARABIC_PREFIXES:
        # Only strip when a real stem is left (الله, الى must survive).
        if token.startswith(prefix) and len(token) - len(prefix) >= 3:
            return token[len(prefix) :]
    return token


def normalise_tokens(text: str, *, casefold: bool = True) -> list[str]:
    """Split ``text`` into normalised tokens (see the module docstring for what is folded)."""
    # Arabic diacritics are combining marks: fold them before NFKD strips Latin ones.
    text = unicodedata.normalize("NFKC", text)
    text = _ELISION.sub(" ", text)
    text = _ARTICLE.sub(" ", text)
    text = _fold_latin(text)
    if casefold:
        text = text.casefold()
    tokens = []
    for raw in _SEPARATORS.split(text):
        token = _JOINERS.sub("", raw)
        if not token:
            continue
        if any(_is_arabic(c) for c in token):
            token = _fold_arabic_token(token)
        elif token.casefold() in FUNCTION_WORDS:
            continue
        tokens.append(token)
    return tokens


def normalise(text: str, *, casefold: bool = True) -> str:
    """Return the matching key of ``text``: its normalised tokens joined by single spaces."""
    return " ".join(normalise_tokens(text, casefold=casefold))
