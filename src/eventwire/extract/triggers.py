"""The ``extract.triggers.v1`` stage: a first, sentence-level event extractor.

A sentence that holds a trigger word from the language's ``triggers.yaml`` is one
event mention, typed by the trigger. Its date is the publication date at a coarse
precision (the text's own date expressions are not resolved yet); fatalities and
injuries are read only where a number stands right next to a casualty word. No
other field is guessed: what is not extracted stays empty.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from text_to_num import text2num

from eventwire.errors import DataFileError
from eventwire.langdata import data_languages, load_data, load_lang_data
from eventwire.models import Argument, Article, EventMention, Sentence, Span, Token, content_hash
from eventwire.settings import Settings

__all__ = ["TriggerExtractor", "make_trigger_extractor", "publication_date"]

NAME = "extract.triggers.v1"
# How far from a casualty word a number may stand ("trois martyrs", "killing two",
# "au moins six combattants tués"): measured on the bundled examples, 3 tokens
# before catches a noun between number and participle; 2 after catches
# "killing two" without reaching into the next clause.
NUMBER_BEFORE = 3
NUMBER_AFTER = 2
# Dependency labels (Universal Dependencies, as spaCy's French and English models
# emit them) of the people a casualty verb is about: "deux soldats ont été tués".
COUNTED_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj"})
# A count above this next to a casualty word is not a toll of one incident
# (population figures, budgets); it is ignored with a warning.
MAX_TOLL = 100_000


class PhraseIndex:
    """Phrases (word tuples) indexed by first word, so a sentence is scanned once.

    A phrase word matches a token's lemma or its lower-cased form. Each phrase has
    a rank (its position in the data file); :meth:`best` returns the match of
    lowest rank, the earliest in the sentence among equals.
    """

    def __init__(self, phrases: Sequence[tuple[str, ...]]) -> None:
        self.phrases = tuple(phrases)
        self._by_first: dict[str, list[int]] = {}
        for rank, words in enumerate(self.phrases):
            self._by_first.setdefault(words[0], []).append(rank)

    def matches(self, tokens: Sequence[Token]) -> Iterator[tuple[int, int]]:
        """Yield ``(rank, token index)`` of every phrase occurrence in ``tokens``."""
        forms = [(t.lemma.lower(), t.text.lower()) for t in tokens]
        for i, token_forms in enumerate(forms):
            ranks = {r for form in token_forms for r in self._by_first.get(form, ())}
            for rank in sorted(ranks):
                words = self.phrases[rank]
                if i + len(words) <= len(forms) and all(
                    word in forms[i + k] for k, word in enumerate(words)
                ):
                    yield rank, i

    def best(self, tokens: Sequence[Token]) -> tuple[int, int] | None:
        """The ``(rank, token index)`` of the lowest-ranked match, or ``None``."""
        return min(self.matches(tokens), default=None)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language's trigger phrases, negators and casualty words."""

    triggers: PhraseIndex
    sub_event_types: tuple[str, ...]  # by trigger rank
    negators: PhraseIndex
    killed: frozenset[str]
    injured: frozenset[str]


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.lower().split())


def _load_lexicon(language: str, taxonomy: dict[str, Any]) -> Lexicon:
    triggers = load_lang_data("triggers", language) or {"triggers": []}
    casualties = load_lang_data("casualties", language)
    unknown = {t["sub_event_type"] for t in triggers["triggers"]} - set(taxonomy)
    if unknown:
        raise DataFileError(
            f"data/lang/{language}/triggers.yaml: unknown sub-event types {sorted(unknown)}"
        )
    return Lexicon(
        triggers=PhraseIndex([_words(t["phrase"]) for t in triggers["triggers"]]),
        sub_event_types=tuple(t["sub_event_type"] for t in triggers["triggers"]),
        negators=PhraseIndex([_words(n) for n in triggers.get("negators", [])]),
        killed=frozenset(w.lower() for w in (casualties or {}).get("killed", [])),
        injured=frozenset(w.lower() for w in (casualties or {}).get("injured", [])),
    )


def _number(token: Token, language: str) -> int | None:
    """The value of a number token in digits or words, else ``None``."""
    text = token.text.replace("\u202f", "").replace("\xa0", "")
    if text.isdigit():
        return int(text)
    if token.pos != "NUM" and not token.text.isalpha():
        return None
    try:
        return int(text2num(token.text.lower(), language))
    except ValueError:
        return None


def publication_date(article: Article) -> tuple[date | None, int | None, str]:
    """Fallback event date from the publication date: (date, ACLED time_precision, note)."""
    if article.published is None:
        return None, None, "no publication date and no date expression resolved; left empty"
    if article.published_precision == "month":
        # ACLED codes a month-only date mid-month with time_precision 3.
        return article.published.replace(day=15), 3, "publication month only; coded mid-month"
    return article.published, 2, "publication date; the text's own date was not resolved"


class TriggerExtractor:
    """Find trigger sentences and turn each into one event mention."""

    name = NAME
    requires = ("sentences", "language", "published", "text")
    assigns = ("mentions", "warnings")

    def __init__(self, taxonomy: dict[str, Any], lexicons: dict[str, Lexicon]) -> None:
        self._taxonomy = taxonomy
        self._lexicons = lexicons

    def __call__(self, article: Article) -> Article:
        """Return ``article`` with one mention per trigger sentence."""
        mentions: list[EventMention] = []
        warnings = list(article.warnings)
        for sentence in article.sentences:
            lexicon = self._lexicons.get(sentence.language)
            if lexicon is None:
                continue
            mention = self._mention(article, sentence, lexicon, warnings)
            if mention is not None:
                mentions.append(mention)
        return dataclasses.replace(article, mentions=tuple(mentions), warnings=tuple(warnings))

    def _mention(
        self, article: Article, sentence: Sentence, lexicon: Lexicon, warnings: list[str]
    ) -> EventMention | None:
        tokens = sentence.tokens
        if lexicon.negators.best(tokens) is not None:
            return None
        found = lexicon.triggers.best(tokens)
        if found is None:
            return None
        rank, at = found
        words, sub_event_type = lexicon.triggers.phrases[rank], lexicon.sub_event_types[rank]
        taxonomy = self._taxonomy[sub_event_type]
        trigger_span = Span(tokens[at].start, tokens[at + len(words) - 1].end)
        trigger = Argument(trigger_span.cut(article.text), trigger_span, sub_event_type)
        event_date, precision, note = publication_date(article)
        killed = self._count(article, sentence, lexicon.killed, warnings)
        injured = self._count(article, sentence, lexicon.injured, warnings)
        evidence = tuple(arg for arg in (trigger, killed, injured) if arg is not None)
        key = f"{article.article_id}|{sentence.span.start}|{sentence.span.end}|{sub_event_type}"
        return EventMention(
            mention_id="m-" + content_hash(key)[:16],
            article_id=article.article_id,
            sentence=sentence.span,
            trigger=trigger,
            event_type=taxonomy["event_type"],
            sub_event_type=sub_event_type,
            disorder_type=taxonomy["disorder_type"],
            plover=taxonomy["plover"],
            event_date=event_date,
            time_precision=precision,
            date_note=note,
            fatalities=int(killed.value) if killed and killed.value else None,
            injuries=int(injured.value) if injured and injured.value else None,
            evidence=evidence,
            extractor=NAME,
        )

    @staticmethod
    def _count(
        article: Article, sentence: Sentence, words: frozenset[str], warnings: list[str]
    ) -> Argument | None:
        """The count of the first casualty word of ``words``, as an argument.

        The parse is asked first: a number modifying the casualty word ("trois
        martyrs"), its object ("killing two") or a noun it governs ("deux
        combattants ont été tués"); adjacency is the fallback for bad parses.
        """
        tokens = sentence.tokens
        for i, tok in enumerate(tokens):
            if tok.lemma.lower() not in words and tok.text.lower() not in words:
                continue
            governed = [j for j, t in enumerate(tokens) if t.head == i and j != i]
            nouns = [j for j in governed if tokens[j].dep in COUNTED_DEPS]
            parsed = [
                j
                for j, t in enumerate(tokens)
                if t.head in (i, *nouns) and t.dep.startswith("nummod") and j != i
            ]
            before = range(i - 1, max(i - 1 - NUMBER_BEFORE, -1), -1)
            after = range(i + 1, min(i + 1 + NUMBER_AFTER, len(tokens)))
            for j in (*parsed, *nouns, *before, *after):
                value = _number(tokens[j], sentence.language)
                if value is None:
                    continue
                if value > MAX_TOLL:
                    warnings.append(
                        f"ignored implausible toll {value} at characters {tokens[j].start}"
                    )
                    return None
                span = Span(min(tokens[j].start, tok.start), max(tokens[j].end, tok.end))
                return Argument(span.cut(article.text), span, str(value))
            return None
        return None


def make_trigger_extractor(settings: Settings) -> TriggerExtractor:
    """Build the first extractor with the lexicon of every language that has trigger data."""
    taxonomy = load_data("taxonomy")["sub_event_types"]
    lexicons = {lang: _load_lexicon(lang, taxonomy) for lang in data_languages("triggers")}
    return TriggerExtractor(taxonomy, lexicons)
