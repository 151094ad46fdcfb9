"""What the extractor's modules share: the mutable ``Draft`` of a mention and its helpers.

A draft is built clause by clause (``clauses``), completed by story-level passes
(``story``) and frozen into an ``EventMention`` by the stage (``events``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.extract.arguments import is_broad
from eventwire.extract.dates import TimeExpression
from eventwire.extract.lexicon import Lexicon
from eventwire.extract.syntax import Tree
from eventwire.extract.tolls import Toll
from eventwire.models import Argument, Article, Sentence

__all__ = [
    "TIME_SPECIFICITY",
    "TOLL_FIELDS",
    "TOLL_REACH",
    "VIOLENCE",
    "Draft",
    "add_tolls",
    "dateline",
    "event_type",
    "place_argument",
    "place_name",
    "time_tokens",
]

# ACLED's political-violence event types: a story telling one of them has no
# room for the events of ``context: no_violence`` triggers.
VIOLENCE = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
)
# Tolls in a sentence without a trigger go to the previous mention only if it is
# at most this many sentences back: further away they are rarely about it.
TOLL_REACH = 3
# The draft values a toll of each kind sets ("any": "no casualties" is both).
TOLL_FIELDS = {
    "killed": ("fatalities",),
    "injured": ("injuries",),
    "any": ("fatalities", "injuries"),
}
DATELINE_TOKENS = 12  # a dateline is a place and an agency: never longer
DATELINE_DASHES = frozenset({"-", "–", "—", "--"})
# Which time expression dates a clause holding several: the most specific
# (« le 18 octobre, tôt dans la matinée » is dated by the day, not the morning).
TIME_SPECIFICITY = {
    "full_date": 0,
    "day_month": 1,
    "weekday": 2,
    "days_ago": 3,
    "relative_day": 4,
    "part_of_day": 5,
    "weeks_ago": 6,
    "week": 7,
    "month": 8,
}


@dataclass(slots=True)
class Draft:
    """A mention being built: mutable until the article is finished."""

    sentence: Sentence
    index: int  # sentence index in the article
    triggers: list[int]
    sub_event_type: str
    strength: str
    values: dict[str, Any]


def event_type(taxonomy: dict[str, Any], draft: Draft) -> str:
    """The ACLED event type of the draft's sub-event type."""
    return str(taxonomy[draft.sub_event_type]["event_type"])


def time_tokens(tree: Tree, times: Sequence[TimeExpression]) -> list[int]:
    """Tokens inside the sentence's time expressions: "On Monday" names no place."""
    start = tree.sentence.span.start
    return [
        i
        for i, token in enumerate(tree.tokens)
        if any(start + e.start <= token.start < start + e.end for e in times)
    ]


def dateline(tree: Tree) -> list[int]:
    """Tokens of a wire dateline ("BAGHDAD (AFP) -"): where the reporter was, not the event.

    A dateline opens a paragraph (the first after a headline, on web pages):
    upper-case words, maybe an agency in brackets, then a dash; or a town in
    capitals and its date, then a colon.
    """
    for i, token in enumerate(tree.tokens[:DATELINE_TOKENS]):
        if (
            token.text in (":", "):")  # "RAWALPINDI, Mar 5 (APP):" may end in one token
            and i
            and tree.tokens[0].text.isupper()
            and len(tree.tokens[0].text) > 2
        ):
            return list(range(i))  # "IMPHAL, Jan 18:", as the Indian press writes it
        if token.text in DATELINE_DASHES:
            if i and token.start == tree.tokens[i - 1].end:
                continue  # the hyphen inside a name ("EL-FASHER, 16 décembre -")
            head = tree.tokens[:i]
            if head and any(t.text.isupper() and len(t.text) > 2 for t in head):
                return list(range(i))
            return []
    return []


def place_argument(article: Article, tree: Tree, token: int, lexicon: Lexicon) -> Argument:
    """The place argument named at ``token``.

    A country or region is kept as evidence but not as the event's place value:
    it must not split one incident from its own town-level mentions.
    """
    span = tree.name_span(token)
    text = span.cut(article.text)
    return Argument(text, span, "" if is_broad(tree, token, lexicon) else text)


def add_tolls(draft: Draft, tolls: list[Toll]) -> None:
    """Record killed/injured counts on the draft; a later, larger figure revises it."""
    for toll in tolls:
        for kind in TOLL_FIELDS[toll.kind]:
            previous = draft.values.get(kind)
            if previous is None or toll.value > previous[0]:
                draft.values[kind] = (toll.value, toll.low, toll.high, toll.span)


def place_name(draft: Draft) -> str | None:
    """The place a draft names, as written (case aside), if any."""
    location = draft.values.get("location")
    return location.text.casefold() if location is not None else None
