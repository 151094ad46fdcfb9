"""Running totals: sentences that count incidents over a period rather than report one.

« 40 attaques depuis le début du mois », "13 attacks since October 17", "a
series of attacks on the convoy": kept as an article's ``aggregate:`` tags, never
as events. A "since" or total phrase makes a total only in the clause that holds
the count, so a relative clause about someone else (« un comité qui recense les
violences depuis le début de la guerre ») leaves the sentence's incident alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from eventwire.extract.dates import TimeExpression
from eventwire.extract.filters import (
    YEAR,
    an_age,
    in_relative_clause,
    phrase_in,
    phrase_starts,
    token_at,
)
from eventwire.extract.lexicon import Lexicon, says_verb_phrase
from eventwire.extract.syntax import Tree
from eventwire.models import Token

__all__ = ["DAY_KINDS", "describes", "is_aggregate", "is_trend", "totals_in"]

# Time expressions that name one day (precision 1): a series of strikes on such
# a day is one incident, as ACLED codes a day's raids on one place.
DAY_KINDS = frozenset(
    {"full_date", "day_month", "weekday", "days_ago", "relative_day", "part_of_day"}
)

# Clauses describing a noun: what they date is that noun, not the sentence's count.
RELATIVE_DEPS = frozenset({"acl:relcl", "relcl", "acl"})
# A noun under a preposition (English "pobj", UD "obl"/"nmod") is a circumstance
# of its clause's act: "in a series of raids", « lors d'une série de raids ».
PREPOSITIONAL_DEPS = frozenset({"pobj", "obl", "nmod"})


def _sorts(token: Token) -> bool:
    """A past participle naming the kind of what is counted ("violence linked to
    gangs in the first quarter", « des violences liées aux gangs en 2025 »): its
    phrase still belongs to the count, unlike a clause telling what someone does."""
    return token.dep == "acl" and "VerbForm=Part" in token.morph and "Tense=Past" in token.morph


def _tallies(tree: Tree, at: int | None) -> bool:
    """Whether the series phrase opening at token ``at`` counts the sentence's incidents.

    "A series of attacks on the convoy has forced the army to change routes"
    does. A series told as the means of the act its clause reports ("kidnapped
    dozens of Palestinians in a series of raids") or in a dependent clause
    ("militants fired rockets, drawing a wave of artillery strikes") leaves the
    sentence's incident alone. A phrase with no noun of its own ("in total")
    always counts.
    """
    if at is None:
        return True
    noun = tree.tokens[at].head
    if tree.tokens[at].dep != "det" or noun == at:
        return True  # "in total", « au total »
    root = tree.clause_root(noun)
    if tree.tokens[root].head != root:
        return False  # a dependent clause's series
    return tree.tokens[noun].dep.split(":")[0] not in PREPOSITIONAL_DEPS


def is_aggregate(
    tree: Tree,
    text: str,
    times: Sequence[TimeExpression],
    lexicon: Lexicon,
    counted: set[int],
) -> bool:
    """A running total (« 40 attaques depuis le début du mois »), not one incident.

    "Since" makes a total only with a count in its own clause: "13 attacks
    since October 17" is one, "the second attack since last Saturday" is news.
    "A series of strikes" is a total unless the sentence puts it on one day.
    """
    start = tree.sentence.span.start
    lowered = text.lower()

    def counts_since(offset: int, climb: bool = True) -> bool:
        """Whether the word at ``offset`` (in ``text``) is a "since" in a counted clause
        (``climb``: or in an adverbial clause of one)."""
        at = next((i for i, t in enumerate(tree.tokens) if t.start - start >= offset), None)
        if at is None:
            return False
        root = tree.clause_root(at)
        # "have died since the season began": an adverbial clause tells of its
        # head's clause; a relative one (« des groupes qui recensent … ») of a noun.
        node = at
        while node != root:
            if tree.tokens[node].dep in RELATIVE_DEPS and not _sorts(tree.tokens[node]):
                return False
            node = tree.tokens[node].head
        # "were killed or injured in the first half of the year": a conjunct sharing
        # its head's subject is its head's clause too.
        while (
            climb
            and root not in counted
            and (
                tree.tokens[root].dep == "advcl"
                or (tree.tokens[root].dep == "conj" and not tree.child(root, "nsubj"))
            )
        ):
            head = tree.clause_root(tree.tokens[root].head)
            if head == root:
                break
            root = head
        return root in counted

    for phrase in lexicon.aggregate:
        for found in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", lowered):
            # Without a count the phrase tells a trend (« les attaques se multiplient
            # depuis le début du mois »), unless a relative clause holds it: "a grenade
            # exploded, in a case of extortion of the kind that has occurred
            # repeatedly" describes the kind; with a count, it must be in its clause.
            if counted:
                if counts_since(found.start()):
                    return True
            elif not in_relative_clause(tree, found.start()):
                return True
    if _counts_times(tree, lexicon) and not any(expr.kind in DAY_KINDS for expr in times):
        return True
    series = phrase_starts(text, lexicon.series)
    if any(_tallies(tree, token_at(tree, at)) for at in series) and not any(
        expr.kind in DAY_KINDS
        and not _after_since(lowered, expr, lexicon)
        and not _opens_with_since(expr, lexicon)
        for expr in times
    ):
        return True
    if not counted:
        return False

    for expr in times:
        before = lowered[: expr.start].rstrip()
        word = before.rsplit(" ", 1)[-1]
        if word in lexicon.since and counts_since(len(before) - len(word)):
            return True
        # « Depuis lundi, plus de 560 personnes ont été tuées »: the "since" inside it.
        if _opens_with_since(expr, lexicon) and counts_since(expr.start):
            return True
    # « depuis 2012 », "since the 2021 coup": a running total since a year.
    if any(counts_since(at) for at in _since_years(lowered, lexicon)):
        return True
    # "killed in 2025", « tués en 2025 », « au premier trimestre 2025 »: a count over
    # a whole year is a total. Only a year that closes a time phrase (after a
    # preposition or a period noun, outside any dated day or month) and sits in the
    # counted clause itself: "the worst toll since Turkey intervened in 2016" dates
    # the intervention, "the 2024 truce" names a truce, "2000 people" is a count;
    # a sentence that names a day tells that day's incident ("the deadliest attack
    # in 2025 struck on Tuesday").
    if any(e.kind in DAY_KINDS for e in times):
        return False
    # « 2024 a été l'année la plus meurtrière, avec plus de 680 morts »; a war as the
    # subject (« la guerre a fait des dizaines de milliers de morts ») or as where
    # the counted deaths happened ("4,000 people were killed in the war").
    if any(
        (
            (token.lemma.lower() in lexicon.period_nouns and not an_age(tree, i))
            or (token.lemma.lower() in lexicon.conflict_nouns and _frames_the_count(tree, i))
        )
        and counts_since(token.start - start, climb=False)
        for i, token in enumerate(tree.tokens)
    ):
        return True
    for found in YEAR.finditer(text):
        at = token_at(tree, found.start())
        if (
            at is not None
            and at > 0
            and tree.tokens[at - 1].pos in ("ADP", "NOUN")
            and not any(e.start <= found.start() < e.end for e in times)
            and counts_since(found.start(), climb=False)
        ):
            return True
    return False


def _frames_the_count(tree: Tree, at: int) -> bool:
    """Whether the war noun at ``at`` is its clause's subject or the setting of its
    verb ("killed in the war", « tués pendant la guerre »), not a word inside a
    noun phrase ("its losses in the war", « un navire de guerre »)."""
    token = tree.tokens[at]
    if token.dep.startswith("nsubj") or token.dep.startswith("obl"):
        return True
    head = tree.tokens[token.head]
    return (
        token.dep == "pobj" and head.pos == "ADP" and tree.tokens[head.head].pos in ("VERB", "AUX")
    )


def is_trend(tree: Tree, trigger: int, lexicon: Lexicon, times: Sequence[TimeExpression]) -> bool:
    """Incidents told as a trend ("the Houthis stepped up attacks on ships"), not one incident.

    A plural trigger noun governed by a ``trend`` verb is a trend unless the verb's
    clause counts something or holds a time: "intensified strikes on Tuesday,
    killing 20" is that day's incident.
    """
    token = tree.tokens[trigger]
    if token.dep in ("compound", "nmod") and tree.tokens[token.head].pos == "NOUN":
        trigger, token = token.head, tree.tokens[token.head]  # "drone attacks": the attacks
    if token.pos != "NOUN" or "Number=Plur" not in token.morph:
        return False
    for i in tree.ancestors(trigger):
        if says_verb_phrase(tree, i, lexicon.trend):
            return not _counts_or_dates(tree, i, times)
    return False


def _counts_or_dates(tree: Tree, root: int, times: Sequence[TimeExpression]) -> bool:
    """Whether the phrase under ``root`` holds a number or a time expression."""
    span = tree.subtree(root)
    start = tree.sentence.span.start
    lo, hi = tree.tokens[min(span)].start - start, tree.tokens[max(span)].end - start
    return any(tree.tokens[j].pos == "NUM" for j in span) or any(lo <= e.start < hi for e in times)


def describes(tree: Tree, trigger: int, lexicon: Lexicon, times: Sequence[TimeExpression]) -> bool:
    """A present participle describing a noun ("local forces fighting Islamic State",
    « les forces combattant l'EI »): what they do, not an incident told.

    Only a participle with an object of its own ("escalating violence" is no
    description), not after a verb of witnessing ("monitored Turkish forces
    establishing a post" tells what was seen), and not where its phrase counts
    something or holds a time.
    """
    token = tree.tokens[trigger]
    noun = token.head
    if not (
        token.pos == "VERB"
        and token.dep.split(":")[0] in ("acl", "amod")
        and "VerbForm=Part" in token.morph
        and "Tense=Pres" in token.morph
        and tree.tokens[noun].pos in ("NOUN", "PROPN")
        and any(tree.tokens[c].dep in ("dobj", "obj") for c in tree.children[trigger])
        and tree.tokens[tree.tokens[noun].head].lemma.lower() not in lexicon.witness
    ):
        return False
    return not _counts_or_dates(tree, trigger, times)


# Fewest occasions counted in digits that make a tally of attacks (« visée plus de
# 1 200 fois au cours du mois de mars », "shelled the town 40 times"): "hit three
# times" may be one salvo. Set by reading the studied sets' tallies (all >= 12).
MIN_TIMES = 5


def _counts_times(tree: Tree, lexicon: Lexicon) -> bool:
    """Whether the sentence counts occasions in digits (``times_words``): a tally."""
    for i, token in enumerate(tree.tokens):
        if token.text.lower() not in lexicon.times_words:
            continue
        digits = ""
        for before in reversed(tree.tokens[:i]):  # "1 200", "1,200" split into tokens
            bare = before.text.replace(",", "").replace(".", "")
            if not bare.isdigit():
                break
            digits = bare + digits
        if digits and int(digits) >= MIN_TIMES:
            return True
    return False


def _opens_with_since(expr: TimeExpression, lexicon: Lexicon) -> bool:
    """Whether the time expression holds its own "since" (« depuis lundi »)."""
    return expr.text.lower().split(" ", 1)[0] in lexicon.since


def _after_since(lowered: str, expr: TimeExpression, lexicon: Lexicon) -> bool:
    """Whether the word before the time expression is a "since" (« depuis janvier »)."""
    return lowered[: expr.start].rstrip().rsplit(" ", 1)[-1] in lexicon.since


def totals_in(
    text: str, start: int, end: int, times: Sequence[TimeExpression], lexicon: Lexicon
) -> bool:
    """Whether ``text[start:end]``, a part of a sentence (a relative clause), tells a
    running total: an aggregate phrase, or a "since" before a time expression.

    "…, the latest in a string of attacks that have killed more than 100 people
    since January": the part's own figure is a total, not the sentence's toll.
    """
    lowered = text.lower()
    return (
        phrase_in(lowered[start:end], lexicon.aggregate) is not None
        or any(start <= e.start < end and _after_since(lowered, e, lexicon) for e in times)
        or any(_since_years(lowered[start:end], lexicon))
    )


def _since_years(lowered: str, lexicon: Lexicon) -> Iterator[int]:
    """Offsets of the "since" words followed by a year within two words (« depuis
    2015 », "since the 2021 coup")."""
    for found in re.finditer(r"\S+", lowered):
        following = lowered[found.end() :].split()[:2]
        if found.group() in lexicon.since and any(
            YEAR.fullmatch(w.strip(",.;")) for w in following
        ):
            yield found.start()
