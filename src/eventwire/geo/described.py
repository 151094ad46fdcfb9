"""What the words around a place name say of it: a country adjective on its place
noun (« le port yéménite de Moka »), a street or building word after it ("the
Khwairamband market")."""

from __future__ import annotations

import re

from eventwire.geo.places import GazetteerLike
from eventwire.geo.words import PlaceWords
from eventwire.models import Article, EventMention, Span

__all__ = ["described_as_of_country", "landmark_named"]

# Characters read after a name for a street or building word.
_WORDS_AFTER = 40


def described_as_of_country(
    article: Article, mention: EventMention, gazetteer: GazetteerLike, nouns: frozenset[str]
) -> list[str]:
    """The country adjectives on the place noun a mention's place name is the name of
    (« le port yéménite de Moka », "the Syrian town of Manbij"): they vote for that
    country; never an adjective on the incident's noun ("American strikes on X")."""
    if mention.location is None:
        return []
    at = mention.location.span
    sentence = next((s for s in article.sentences if s.span.start <= at.start < s.span.end), None)
    if sentence is None:
        return []
    tokens = sentence.tokens
    inside = [i for i, t in enumerate(tokens) if at.start <= t.start < at.end]
    roots = [i for i in inside if tokens[i].head not in inside or tokens[i].head == i]
    if not roots:
        return []
    noun = tokens[roots[0]].head
    if tokens[noun].pos == "ADP":  # "the port of Mocha": the name hangs on "of"
        noun = tokens[noun].head
    if noun in inside or tokens[noun].lemma.casefold() not in nouns:
        return []
    return [
        t.text
        for i, t in enumerate(tokens)
        if t.head == noun and i != noun and i not in inside
        and any(p.feature == "country" for p in gazetteer.lookup(t.text))
    ]  # fmt: skip


def landmark_named(text: str, span: Span, words: PlaceWords) -> bool:
    """Whether a street or building word follows the name ("the Khwairamband market",
    "the Quetta railway station"): the parse kept the name, not what it names."""
    following = re.match(r"\s+(\w+)(?:\s+(\w+))?", text[span.end : span.end + _WORDS_AFTER])
    kinds = words.street | words.facility
    return following is not None and any(
        w is not None and w.casefold() in kinds for w in following.groups()
    )
