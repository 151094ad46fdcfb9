"""The ``nlp.spacy.v1`` stage: parse each article's own-language paragraphs with spaCy.

Only paragraphs in the article's language reach its model (an Arabic post quoted
in a French report is never parsed as French). Each paragraph is parsed on its
own, so sentence offsets are the paragraph's start plus spaCy's character offsets
and every :class:`Sentence` span points into the article's cleaned text.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwire.errors import ModelMissingError
from eventwire.models import Article, Sentence, Span, Token
from eventwire.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Token as SpacyToken

__all__ = ["SpacyStage", "load_model", "make_spacy_stage"]

logger = logging.getLogger(__name__)

TERMINALS = (".", "!", "?", "…")
CLOSERS = "»”\"’')]"  # quotes and brackets that may follow terminal punctuation
# Merging stops here: text without any punctuation (a scraped list, a run-on
# transcript) must not become one sentence of thousands of tokens. The longest
# real news sentences in the dev set are under 90 tokens.
MERGE_MAX_TOKENS = 150
# Text the parser itself does not split (no punctuation at all) is cut into
# pieces this long, so every later step works on bounded sentences.
MAX_SENTENCE_TOKENS = 200
PIPE_BATCH = 64  # paragraphs per nlp.pipe call; larger gains nothing on 2 cores
# A wire dateline ("BEIRUT -", "RAFAH, Gaza Strip (EMW) -") opens a paragraph with
# an upper-case place and a dash within this many tokens. Parsed with the sentence
# after it, it takes that sentence's words as its own ("Two" became BEIRUT's
# number), so the parser is told a sentence starts after the dash.
DATELINE_MAX_TOKENS = 10
DATELINE_DASHES = frozenset({"-", "–", "—"})


def load_model(package: str) -> Language:
    """Load an installed spaCy pipeline package, or say how to install it."""
    if importlib.util.find_spec(package) is None:
        raise ModelMissingError(
            f"spaCy model {package!r} is not installed; run "
            "`pip install --no-deps --require-hashes -r requirements/models.txt` "
            "(./run-demo does it for you)"
        )
    import spacy  # deferred: importing spaCy takes a second

    return spacy.load(package)


def _split_dateline(doc: Doc) -> Doc:
    """Mark a sentence start after a leading dateline, before the parser runs."""
    first = doc[0] if len(doc) else None
    if first is None or not (first.text.isupper() and sum(c.isalpha() for c in first.text) > 2):
        return doc
    for token in doc[1:DATELINE_MAX_TOKENS]:
        if token.text in DATELINE_DASHES and token.i + 1 < len(doc):
            doc[token.i + 1].is_sent_start = True
            break
    return doc


def _ends_sentence(text: str) -> bool:
    """True when ``text`` ends like a sentence: terminal punctuation, maybe inside quotes."""
    return text.rstrip().rstrip(CLOSERS).endswith(TERMINALS)


def _sentence_groups(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of sentences, merging the parser's splits that end without punctuation.

    spaCy's French model sometimes splits inside a name ("contre Al" | "-Mayadine
    et Boukamal"); a sentence in running text ends only at terminal punctuation,
    and the end of a paragraph ends any sentence (titles, datelines).
    """
    groups: list[tuple[int, int]] = []
    start: int | None = None
    for sent in doc.sents:
        start = sent.start if start is None else start
        if (
            _ends_sentence(sent.text)
            or sent.end == len(doc)
            or sent.end - start >= MERGE_MAX_TOKENS
        ):
            groups.append((start, sent.end))
            start = None
    return groups


def _bounded(groups: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut any sentence longer than MAX_SENTENCE_TOKENS into pieces of that size."""
    pieces: list[tuple[int, int]] = []
    for first, last in groups:
        pieces.extend(
            (start, min(start + MAX_SENTENCE_TOKENS, last))
            for start in range(first, last, MAX_SENTENCE_TOKENS)
        )
    return pieces


# Entity labels a sentence-initial common noun wrongly read as a name may still carry
# (fr_core_news_md tags « Frappes » at a sentence start MISC).
_LOOSE_ENTITIES = frozenset({"", "MISC"})


def _lemma(nlp: Language, tok: SpacyToken) -> str:
    """The token's lemma, re-read as a common noun when only its capital made it a name.

    The small models tag a capitalised plural opening a sentence as a proper noun
    and keep it as its own lemma ("Rockets struck …" -> "Rockets"), so "rocket"
    never matches; read lower-cased as a noun, it lemmatises as it would mid-sentence.
    """
    if not (
        tok.is_sent_start
        and tok.pos_ == "PROPN"
        and tok.ent_type_ in _LOOSE_ENTITIES
        and tok.text.istitle()
        and "lemmatizer" in nlp.pipe_names
    ):
        return tok.lemma_
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not hasattr(lemmatizer, "rule_lemmatize"):
        return tok.lemma_
    probe = nlp.make_doc(tok.text.lower())
    if len(probe) != 1:
        return tok.lemma_
    probe[0].pos_ = "NOUN"
    lemmas = lemmatizer.rule_lemmatize(probe[0])
    return str(lemmas[0]) if lemmas else tok.lemma_


def _sentences(nlp: Language, doc: Doc, offset: int, language: str) -> list[Sentence]:
    found = []
    for first, last in _bounded(_sentence_groups(doc)):
        span = doc[first:last]
        tokens = tuple(
            Token(
                start=offset + tok.idx,
                end=offset + tok.idx + len(tok.text),
                text=tok.text,
                lemma=_lemma(nlp, tok),
                pos=tok.pos_,
                dep=tok.dep_,
                # A head outside a cut piece makes the token a root of its piece.
                head=tok.head.i - first if first <= tok.head.i < last else tok.i - first,
                ent_type=tok.ent_type_,
                morph=str(tok.morph),
            )
            for tok in span
        )
        # Sentences may carry surrounding whitespace; evidence spans should not.
        text = span.text.strip()
        if text:
            start = offset + span.start_char + span.text.index(text[0])
            found.append(Sentence(Span(start, start + len(text)), language, tokens))
    return found


class SpacyStage:
    """Parse own-language paragraphs; the model of each language loads on first use."""

    name = "nlp.spacy.v1"
    requires = ("text", "language", "paragraphs")
    assigns = ("sentences",)

    def __init__(self, models: dict[str, str]) -> None:
        self._packages = dict(models)
        self._loaded: dict[str, Language] = {}

    def model(self, language: str) -> Language:
        """Return the loaded pipeline for ``language``."""
        if language not in self._loaded:
            if language not in self._packages:
                raise ModelMissingError(f"no spaCy model configured for language {language!r}")
            logger.info("loading spaCy model %s", self._packages[language])
            self._loaded[language] = load_model(self._packages[language])
        return self._loaded[language]

    def __call__(self, article: Article) -> Article:
        """Return ``article`` with its sentences parsed."""
        return self.pipe([article])[0]

    def pipe(self, articles: Sequence[Article]) -> list[Article]:
        """Parse a batch, grouping paragraphs by language for ``nlp.pipe``."""
        jobs: dict[str, list[tuple[int, Span]]] = {}
        for index, article in enumerate(articles):
            if article.language is None:
                raise ModelMissingError(f"{article.origin}: language unknown, cannot parse")
            for span in article.analysable_spans():
                jobs.setdefault(article.language, []).append((index, span))
        parsed: list[list[Sentence]] = [[] for _ in articles]
        for language, items in jobs.items():
            nlp = self.model(language)
            docs = (
                _split_dateline(nlp.make_doc(articles[i].text[s.start : s.end])) for i, s in items
            )
            for (index, span), doc in zip(
                items, nlp.pipe(docs, batch_size=PIPE_BATCH), strict=True
            ):
                parsed[index].extend(_sentences(nlp, doc, span.start, language))
        return [
            dataclasses.replace(article, sentences=tuple(sentences))
            for article, sentences in zip(articles, parsed, strict=True)
        ]


def make_spacy_stage(settings: Settings) -> SpacyStage:
    """Build the spaCy stage from ``settings.models``."""
    return SpacyStage(settings.models)
