"""One language's loaded terms (``data/lang/<iso>/framing.yaml``) and the matcher over words.

Matching is word by word on *pieces*: the runs of letters and digits of the text
(punctuation is ignored, so "Iran-backed" is ``iran backed`` and « d'occupation »
``d occupation``), folded case and accent blind. A term's word matches a piece
written so, the piece's lemma (when the parser gave one), or the piece with one
of the language's ``prefixes`` before it and ``endings`` after it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.errors import DataFileError
from eventwire.langdata import load_data, load_lang_data
from eventwire.models import Span

__all__ = ["Match", "Piece", "TermLexicon", "fold", "load_categories", "load_terms", "pieces"]

# A word piece: letters and digits with the combining marks between them (Latin
# accents in decomposed text, Arabic short vowels, shadda, dagger alif) and the
# Arabic tatweel, so a vowelled Arabic word stays one piece.
_PIECE = re.compile(r"[\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+")
_TATWEEL = "\u0640"  # Arabic elongation: typography, not spelling


def fold(word: str) -> str:
    """Return ``word`` case, accent and diacritic blind (Arabic hamza seats read as bare)."""
    decomposed = unicodedata.normalize("NFKD", word)
    kept = (c for c in decomposed if not unicodedata.combining(c) and c != _TATWEEL)
    return "".join(kept).casefold()


@dataclass(frozen=True, slots=True)
class Piece:
    """A word piece of the text: its span, folded form and folded lemma ("" when none)."""

    span: Span
    form: str
    lemma: str = ""


def pieces(text: str, start: int, end: int, lemma: str = "") -> list[Piece]:
    """The word pieces of ``text[start:end]``; ``lemma`` is given to a lone piece only."""
    found = [
        Piece(Span(start + m.start(), start + m.end()), fold(m.group()))
        for m in _PIECE.finditer(text[start:end])
    ]
    if len(found) == 1 and lemma:
        lemma_pieces = [fold(m.group()) for m in _PIECE.finditer(lemma)]
        if len(lemma_pieces) == 1:
            found[0] = Piece(found[0].span, found[0].form, lemma_pieces[0])
    return found


@dataclass(frozen=True, slots=True)
class Match:
    """A term (or name) found over ``count`` pieces from piece ``first``."""

    first: int
    count: int
    rank: int  # the term's position in the data: the earlier wins a tie
    inflected: int  # pieces matched through a lemma, prefix or ending: fewer wins a tie

    def covers(self) -> range:
        """Indices of the pieces the match spans."""
        return range(self.first, self.first + self.count)


@dataclass(frozen=True, slots=True)
class _Entry:
    words: tuple[str, ...]
    term: str
    category: str


class TermLexicon:
    """A language's loaded terms and names, indexed by first word."""

    def __init__(
        self,
        terms: Sequence[tuple[str, str]],
        names: Sequence[str] = (),
        endings: Sequence[str] = (),
        prefixes: Sequence[str] = (),
    ) -> None:
        """Index ``terms`` as ``(term, category)`` pairs; ``names`` mask what they cover."""
        self.endings = ("", *sorted({fold(e) for e in endings}, key=len, reverse=True))
        self.prefixes = ("", *sorted({fold(p) for p in prefixes}, key=len, reverse=True))
        self.terms = tuple(_entry(term, category) for term, category in terms)
        self.names = tuple(_entry(name, "") for name in names)

    def find(self, words: Sequence[Piece]) -> list[tuple[str, str, int, int]]:
        """Return ``(term, category, first piece, piece count)`` of the terms in ``words``.

        Longer matches first, then those needing fewer inflections, then the term
        listed first; a term overlapping a name is dropped ("resistance" in
        "Islamic Resistance in Iraq").
        """
        keys = [self._keys(piece) for piece in words]
        masked = {i for m in _matches(self.names, keys) for i in m.covers()}
        taken: set[int] = set()
        found = []
        for match in sorted(
            _matches(self.terms, keys), key=lambda m: (-m.count, m.inflected, m.rank, m.first)
        ):
            cover = set(match.covers())
            if cover & (taken | masked):
                continue
            taken |= cover
            entry = self.terms[match.rank]
            found.append((entry.term, entry.category, match.first, match.count))
        return sorted(found, key=lambda item: item[2])

    def _keys(self, piece: Piece) -> dict[str, int]:
        """The base words ``piece`` may be, each with 0 when exact, 1 when inflected."""
        keys: dict[str, int] = {}
        if piece.lemma and piece.lemma != piece.form:
            keys[piece.lemma] = 1
        for prefix in self.prefixes:
            if not piece.form.startswith(prefix):
                continue
            rest = piece.form[len(prefix) :]
            for ending in self.endings:
                if rest.endswith(ending) and len(rest) > len(ending):
                    base = rest[: len(rest) - len(ending)]
                    keys[base] = 0 if not prefix and not ending else min(keys.get(base, 1), 1)
        return keys


def _entry(phrase: str, category: str) -> _Entry:
    words = tuple(fold(m.group()) for m in _PIECE.finditer(phrase))
    if not words:
        raise DataFileError(f"framing term {phrase!r} has no word")
    return _Entry(words, phrase, category)


def _matches(entries: Sequence[_Entry], keys: Sequence[dict[str, int]]) -> Iterator[Match]:
    """Every occurrence of every entry over the pieces' ``keys``."""
    by_first: dict[str, list[int]] = {}
    for rank, entry in enumerate(entries):
        by_first.setdefault(entry.words[0], []).append(rank)
    for first, here in enumerate(keys):
        for rank in sorted({r for key in here for r in by_first.get(key, ())}):
            words = entries[rank].words
            if first + len(words) > len(keys):
                continue
            costs = [keys[first + k].get(word) for k, word in enumerate(words)]
            if all(cost is not None for cost in costs):
                yield Match(first, len(words), rank, sum(c for c in costs if c is not None))


def load_categories() -> dict[str, str]:
    """Return the framing categories (``data/framing_categories.yaml``): name -> description."""
    categories: dict[str, Any] = load_data("framing_categories")["categories"]
    return {str(name): str(description) for name, description in categories.items()}


def load_terms(language: str, categories: Iterable[str]) -> TermLexicon | None:
    """Load ``language``'s loaded terms, checking each category is known; None without data."""
    data = load_lang_data("framing", language)
    if data is None:
        return None
    where = f"data/lang/{language}/framing.yaml"
    known = set(categories)
    terms: list[tuple[str, str]] = []
    for category, listed in data["terms"].items():
        if category not in known:
            raise DataFileError(f"{where}: unknown category {category!r}; known {sorted(known)}")
        if not isinstance(listed, list) or not all(isinstance(t, str) for t in listed):
            raise DataFileError(f"{where}: terms of {category!r} should be a list of strings")
        terms.extend((term, category) for term in listed)
    for key in ("names", "endings", "prefixes"):
        if not all(isinstance(item, str) for item in data.get(key, [])):
            raise DataFileError(f"{where}: {key} should be a list of strings")
    return TermLexicon(
        terms, data.get("names", []), data.get("endings", []), data.get("prefixes", [])
    )
