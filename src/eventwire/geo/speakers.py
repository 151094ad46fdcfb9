"""Who reports or speaks is not where it happened: the article's outlet, a person's name.

A mention placed only by the name of the article's own outlet ("… told Lake Chad
Monitor") or by the surname of a person the article names in full ("Governor
Serhii Lysak said … according to Lysak", which the parse may tag a place) loses
that place; the story's other places then place it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from eventwire.geo.normalize import normalize_name
from eventwire.geo.places import GazetteerLike
from eventwire.models import Article, EventMention

__all__ = ["PERSON_ENTITIES", "drop_speakers", "surnames"]

# Entity labels of people (spaCy's English and French models).
PERSON_ENTITIES = frozenset({"PERSON", "PER"})


def surnames(article: Article, gazetteer: GazetteerLike) -> frozenset[str]:
    """Lookup keys of the last words of the people the article names in full ("Serhii
    Lysak"); never of a name the gazetteer knows whole (the parse tags "Kryvyi Rih"
    a person too)."""
    found: set[str] = set()
    for sentence in article.sentences:
        run: list[str] = []
        for token in (*sentence.tokens, None):
            if token is not None and token.ent_type in PERSON_ENTITIES:
                run.append(token.text)
                continue
            if len(run) > 1 and not gazetteer.lookup(" ".join(run)):
                found.add(normalize_name(run[-1]))
            run = []
    return frozenset(found)


def _named(mention: EventMention, keys: frozenset[str], one_word: bool) -> bool:
    if mention.location is None or (one_word and len(mention.location.text.split()) > 1):
        return False
    return normalize_name(mention.location.text) in keys


def _unplaced(article: Article, speaks: Callable[[EventMention], bool]) -> Article:
    if not any(speaks(m) for m in article.mentions):
        return article
    mentions = tuple(
        dataclasses.replace(m, location=None) if speaks(m) else m for m in article.mentions
    )
    return dataclasses.replace(article, mentions=mentions)


def drop_speakers(article: Article, gazetteer: GazetteerLike) -> Article:
    """``article`` with no mention placed by its outlet's name or by a one-word name that
    is the surname of a person it names in full."""
    if article.outlet:
        outlet = frozenset({normalize_name(article.outlet)})
        article = _unplaced(article, lambda m: _named(m, outlet, one_word=False))
    people = surnames(article, gazetteer)
    if people:
        article = _unplaced(article, lambda m: _named(m, people, one_word=True))
    return article
