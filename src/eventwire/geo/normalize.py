"""Name normalisation: one key for every spelling of a place name, Latin or Arabic script."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize_name", "sound_key", "sound_key_of_key"]

# Apostrophes and ayn/hamza letters transliterations use ("Qa'im", "Qa’im", "‘Anah",
# "Qaʿim"): dropped, so "Al Qa'im" and "Al Qaim" meet.
_APOSTROPHES = "'’‘`´ʿʾʼˈ′ʻ"
# Latin articles a name may open with ("Al-Qaim", "el Kaim", "As Sukhnah", "The Hague").
# Arabic sun-letter assimilations (ad-, ar-, as-, at-, an-, az-, ash-) are the same "al".
_LATIN_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|at|an|az|ash|the) (?=\S)")
# An Arabic article inside a name is written as said before a sun letter or as
# spelled: "Jisr ash-Shughur" and "Jisr al-Shughur", "Deir ez-Zor" and "Deir al-Zor",
# "Tell el Hawa" and "Tell al Hawa" are one name. The assimilated form (its consonant
# doubled by the next word's first letters) and "el" become "al"; so does the
# assimilated form joined to its word, as Syrian media write it: "Deir Ezzor",
# "Ras Ennaqoura" are "Deir al Zor", "Ras al Naqoura".
_INNER_ARTICLE = re.compile(
    r" (?:[ae](sh|th|dh|[tdrszn]) (?=\1)|el |[ae](sh|th|dh|[tdrszn])(?=\2\w))"
)
# Arabic letters unified before accents are stripped: alef wasla, alef maqsura, ta
# marbuta, and the Persian kaf and yeh GeoNames uses in some Iraqi names ("قلعة سکر").
_ARABIC_LETTERS = str.maketrans({"ٱ": "ا", "ى": "ي", "ة": "ه", "ک": "ك", "ی": "ي", "ـ": None})
_ARABIC_ARTICLE = "ال"
# Initials written with dots or spaces are one word: "N.J.", "U. S." and "UK" are
# "nj", "us" and "uk" (after punctuation became spaces).
_INITIALS = re.compile(r"\b[a-z](?: [a-z]\b)+")


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


# What _char does to each ASCII character, as one table: most names are ASCII, and
# the index build normalises over a million of them (benchmarks/gazetteer.py).
_ASCII = str.maketrans({chr(i): _char(chr(i)) for i in range(128) if _char(chr(i)) != chr(i)})


def normalize_name(name: str) -> str:
    """Return the lookup key of ``name``: casefolded, unaccented, without a leading article."""
    if name.isascii():
        text = " ".join(name.casefold().translate(_ASCII).split())
    else:
        text = unicodedata.normalize("NFKD", name.translate(_ARABIC_LETTERS)).casefold()
        text = " ".join("".join(_char(ch) for ch in text).split())
    if " " in text:  # both need two words; most names are one
        text = _INITIALS.sub(lambda m: m.group().replace(" ", ""), text)
        text = _LATIN_ARTICLE.sub("", text, count=1)
        text = _INNER_ARTICLE.sub(" al ", text)
    if text.startswith(_ARABIC_ARTICLE) and len(text) > len(_ARABIC_ARTICLE) + 1:
        text = text[len(_ARABIC_ARTICLE) :].lstrip()
    return text


# The sound key: one spelling for the romanisations of one Arabic (or other) name
# that French and English press and GeoNames write differently: « El-Facher » and
# "El Fasher", « Daqouq » and "Daquq", « Al-Soukhna » and "As Sukhnah", "Hawija"
# and "Al Hawijah", « Kourtchatov » and "Kurchatov". Articles anywhere in the name
# go, digraphs of one sound become one letter (French writes the "ch" of Russian
# names "tch"), a final "-ah" loses its "h", doubled letters become single, and the
# vowels (and y) after a word's first letter go: what is left is the consonant
# skeleton of each word. Latin script only.
_SOUND_ARTICLES = frozenset(
    {"al", "el", "ar", "as", "ad", "at", "an", "az", "ash", "ech", "ed", "es", "et", "en"}
)
_SOUND_DIGRAPHS = (
    ("ou", "u"), ("tch", "ch"), ("ch", "sh"), ("dj", "j"), ("kh", "k"), ("gh", "g"), ("q", "k"),
    ("th", "t"), ("dh", "d"), ("ph", "f"), ("c", "k"),
)  # fmt: skip
_SOUND_VOWELS = frozenset("aeiouy")
# Fewer consonants than this make too weak a key: "Jouaiya" (j) would meet any "Jaya".
MIN_SOUND_CONSONANTS = 3
# The steps run on the whole key at once (no digraph spans a space), a third of
# the index build's time when run word by word (benchmarks/gazetteer.py).
_LATIN_WORDS = re.compile(r"[a-z]+(?: [a-z]+)*")
_FINAL_AH = re.compile(r"(?<=[a-z][aeiouy])h\b")  # "Hawijah" -> "Hawija", not "Ah"
_DOUBLED = re.compile(r"(.)\1+")
_INNER_VOWEL = re.compile(r"\B[aeiouy]")  # every vowel but a word's first letter


def sound_key(name: str) -> str:
    """Return the consonant skeleton of a Latin-script ``name``, "" when too weak to use."""
    return sound_key_of_key(normalize_name(name))


def sound_key_of_key(key: str) -> str:
    """The sound key of a name from its lookup key (``normalize_name``'s result)."""
    if not _LATIN_WORDS.fullmatch(key):
        return ""
    key = " ".join(w for w in key.split(" ") if w not in _SOUND_ARTICLES)
    for old, new in _SOUND_DIGRAPHS:
        key = key.replace(old, new)
    key = _INNER_VOWEL.sub("", _DOUBLED.sub(r"\1", _FINAL_AH.sub("", key)))
    consonants = sum(c not in _SOUND_VOWELS and c != " " for c in key)
    return key if consonants >= MIN_SOUND_CONSONANTS else ""
