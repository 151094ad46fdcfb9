"""The ``framing.terms.v1`` stage: the loaded terms each article uses, with their spans.

Each parsed sentence is read with the article language's terms (lemmas from the
parse); a paragraph in another language that has terms (an Arabic statement
quoted in a French report) is read with that language's, as one sentence and
without lemmas. What the stage finds describes the article's vocabulary; it
never changes extraction, and it labels nothing true or false.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from eventwire.framing.terms import Piece, TermLexicon, load_categories, load_terms, pieces
from eventwire.models import Article, FramingTerm, Sentence, Span
from eventwire.settings import Settings

__all__ = ["FramingTagger", "make_framing_stage", "quoted_spans"]

# Quotation marks that open a quote, and the mark that closes it. Typography,
# not language knowledge: the pairs French, English and German texts use.
# Single quotes are left out: ’ is also the apostrophe (« l’attaque »).
QUOTE_PAIRS: dict[str, str] = {"«": "»", "“": "”", "„": "“", '"': '"'}


def quoted_spans(text: str, within: Span) -> list[Span]:
    """The quoted stretches of ``text`` inside ``within`` (a paragraph), marks included.

    A quote runs from an opening mark to its closing one; a quote left open runs
    to the end of the paragraph (French reopens « on each paragraph of a long quote).
    """
    spans: list[Span] = []
    closer: str | None = None
    opened = within.start
    for index in range(within.start, within.end):
        char = text[index]
        if closer is None:
            if char in QUOTE_PAIRS:
                closer, opened = QUOTE_PAIRS[char], index
        elif char == closer:
            spans.append(Span(opened, index + 1))
            closer = None
    if closer is not None:
        spans.append(Span(opened, within.end))
    return spans


class FramingTagger:
    """Find each article's loaded terms (``data/lang/<iso>/framing.yaml``)."""

    name: str = "framing.terms.v1"
    requires: tuple[str, ...] = ("text", "language", "paragraphs", "sentences")
    assigns: tuple[str, ...] = ("framing",)

    def __init__(self) -> None:
        self._categories = tuple(load_categories())
        self._lexicons: dict[str, TermLexicon | None] = {}

    def lexicon(self, language: str | None) -> TermLexicon | None:
        """The terms of ``language``, loaded once per stage; None when it has none."""
        if not language:
            return None
        if language not in self._lexicons:
            self._lexicons[language] = load_terms(language, self._categories)
        return self._lexicons[language]

    def __call__(self, article: Article) -> Article:
        """Return ``article`` with ``framing`` filled, in text order."""
        return dataclasses.replace(article, framing=tuple(self.find(article)))

    def find(self, article: Article) -> list[FramingTerm]:
        """The loaded terms of ``article``'s sentences and foreign paragraphs, in text order."""
        found: list[FramingTerm] = []
        quotes = [q for p in article.paragraphs for q in quoted_spans(article.text, p.span)]
        own = self.lexicon(article.language)
        if own is not None:
            for sentence in article.sentences:
                words = list(_sentence_pieces(article.text, sentence))
                found.extend(_terms(own, words, sentence.span, quotes))
        for paragraph in article.paragraphs:
            other = self.lexicon(paragraph.language) if paragraph.foreign else None
            if other is not None:
                words = pieces(article.text, paragraph.span.start, paragraph.span.end)
                found.extend(_terms(other, words, paragraph.span, quotes))
        return sorted(found, key=lambda term: (term.span.start, term.span.end))


def _sentence_pieces(text: str, sentence: Sentence) -> Iterator[Piece]:
    """The word pieces of a sentence: from its tokens (with lemmas), else from its text."""
    if not sentence.tokens:
        yield from pieces(text, sentence.span.start, sentence.span.end)
        return
    for token in sentence.tokens:
        yield from pieces(text, token.start, token.end, token.lemma)


def _terms(
    lexicon: TermLexicon, words: list[Piece], sentence: Span, quotes: list[Span]
) -> Iterator[FramingTerm]:
    for term, category, first, count in lexicon.find(words):
        span = Span(words[first].span.start, words[first + count - 1].span.end)
        quoted = any(q.start <= span.start and span.end <= q.end for q in quotes)
        yield FramingTerm(term, category, span, sentence, quoted)


def make_framing_stage(settings: Settings) -> FramingTagger:
    """Build the ``framing.terms.v1`` stage (its data is packaged; no setting applies)."""
    del settings  # the factory signature every stage shares
    return FramingTagger()
