"""Running totals: sentences that count incidents over a period rather than report one.

« 40 attaques depuis le début du mois », "13 attacks since October 17", "a
series of attacks on the convoy": kept as an article's ``aggregate:`` tags, never
as events. A "since" or total phrase makes a total only in the clause that holds
the count, so a relative clause about someone else (« un comité qui recense les
violences depuis le début de la guerre ») leaves the sentence's incident alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwire.extract.dates import TimeExpression
from eventwire.extract.filters import YEAR, phrase_in
from eventwire.extract.lexicon import Lexicon
from eventwire.extract.syntax import Tree

__all__ = ["DAY_KINDS", "describes", "is_aggregate", "is_trend"]

# Time expressions that name one day (precision 1): a series of strikes on such
# a day is one incident, as ACLED codes a day's raids on one place.
DAY_KINDS = frozenset(
    {"full_date", "day_month", "weekday", "days_ago", "relative_day", "part_of_day"}
)

# Clauses describing a noun: what they date is that noun, not the sentence's count.
RELATIVE_DEPS = frozenset({"acl:relcl", "relcl", "acl"})


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

    def counts_since(offset: int) -> bool:
        """Whether the word at ``offset`` (in ``text``) is a "since" in a counted clause."""
        at = next((i for i, t in enumerate(tree.tokens) if t.start - start >= offset), None)
        if at is None:
            return False
        root = tree.clause_root(at)
        # "have died since the season began": an adverbial clause tells of its
        # head's clause; a relative one (« des groupes qui recensent … ») of a noun.
        node = at
        while node != root:
            if tree.tokens[node].dep in RELATIVE_DEPS:
                return False
            node = tree.tokens[node].head
        while root not in counted and tree.tokens[root].dep == "advcl":
            head = tree.clause_root(tree.tokens[root].head)
            if head == root:
                break
            root = head
        return root in counted

    for phrase in lexicon.aggregate:
        for found in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", lowered):
            # Without a count the phrase tells a trend (« les attaques se multiplient
            # depuis le début du mois »); with one, it must be in the count's clause.
            if not counted or counts_since(found.start()):
                return True
    if phrase_in(text, lexicon.series) and not any(
        expr.kind in DAY_KINDS
        and lowered[: expr.start].rstrip().rsplit(" ", 1)[-1] not in lexicon.since
        and expr.text.lower().split(" ", 1)[0] not in lexicon.since
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
    # « depuis 2012 », "since the 2021 coup": a running total since a year.
    for found in re.finditer(r"\S+", lowered):
        if found.group() not in lexicon.since:
            continue
        following = lowered[found.end() :].split()[:2]
        if any(YEAR.fullmatch(w.strip(",.;")) for w in following) and counts_since(found.start()):
            return True
    return False


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
    start = tree.sentence.span.start
    for i in tree.ancestors(trigger):
        verb = tree.tokens[i]
        particles = {tree.tokens[c].text.lower() for c in tree.children[i]}
        if not any(
            lemma == verb.lemma.lower() and (not rest or rest in particles)
            for lemma, _, rest in (p.partition(" ") for p in lexicon.trend)
        ):
            continue
        span = tree.subtree(i)
        lo, hi = tree.tokens[min(span)].start - start, tree.tokens[max(span)].end - start
        counts = any(tree.tokens[j].pos == "NUM" for j in span)
        return not counts and not any(lo <= e.start < hi for e in times)
    return False


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
    span = tree.subtree(trigger)
    start = tree.sentence.span.start
    lo, hi = tree.tokens[min(span)].start - start, tree.tokens[max(span)].end - start
    counts = any(tree.tokens[j].pos == "NUM" for j in span)
    return not counts and not any(lo <= e.start < hi for e in times)
