"""Filling one draft's arguments from its clause: actors, place, weapons, tolls,
claimant and time, and the types these arguments settle (an attack on civilians,
a protest met with force, who took a town)."""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.extract.arguments import (
    find_actors,
    is_civilian,
)
from eventwire.extract.civilians import targets_civilians
from eventwire.extract.clauses import (
    CLASH,
)
from eventwire.extract.dates import TimeExpression
from eventwire.extract.draft import (
    Draft,
    add_tolls,
    dateline,
    place_argument,
    time_tokens,
)
from eventwire.extract.filters import phrase_in
from eventwire.extract.lexicon import Lexicon
from eventwire.extract.places import find_location
from eventwire.extract.story import (
    choose_time,
    conservative_tolls,
    ends_when,
    killed_side,
    said_when,
    sum_sides,
)
from eventwire.extract.syntax import Tree
from eventwire.extract.tolls import Toll
from eventwire.extract.typing_rules import (
    OVERTAKES,
    PROTEST_FAMILY,
    REGAINS,
    attacks_unarmed,
    escalate,
    type_territory,
)
from eventwire.models import Argument, Article, Span

__all__ = ["fill_arguments"]


def _inside(tree: Tree, span: Span | None) -> list[int]:
    """Tokens of the sentence inside ``span``, with the clauses describing them."""
    if span is None:
        return []
    within = [i for i, t in enumerate(tree.tokens) if span.start <= t.start < span.end]
    found = set(within)
    for i in within:
        for c in tree.children[i]:
            if tree.tokens[c].dep.startswith("acl"):
                found.update(tree.subtree(c))
    return sorted(found)


def fill_arguments(
    article: Article,
    tree: Tree,
    draft: Draft,
    lexicon: Lexicon,
    tolls: list[Toll],
    claimant: Span | None,
    times: Sequence[TimeExpression],
    matched: Sequence[tuple[int, int]],
) -> None:
    """Fill the draft's actors, place, weapons, tolls and claimant."""
    root = tree.clause_root(draft.triggers[0])
    clause = tree.clause_tokens(root)
    # With several incidents in the sentence, each takes the tolls of its own
    # clause; a sentence telling one incident gives it all its tolls ("killing
    # eleven, … with scores of people wounded").
    alone = not any(
        tree.clause_root(t) != root
        for rank, t in matched
        if lexicon.triggers[rank].strength != "generic"
    )
    mine = tolls if alone else [t for t in tolls if tree.clause_root(t.anchor) == root] or tolls
    # Deaths of a recalled incident ("two days after a bomb killed seven") are its own.
    background = draft.values.get("background", set())
    mine = [t for t in mine if t.anchor not in background]
    victims = [t.victim for t in mine if t.victim is not None]
    actor1, actor2 = find_actors(tree, draft.triggers, victims, lexicon)
    # A dateline or byline (« Le Monde avec AFP — ») names who reports, no side.
    filed = dateline(tree)
    actor1, actor2 = (None if a in filed else a for a in (actor1, actor2))
    start = draft.sentence.span.start
    in_dates = time_tokens(tree, times)
    actors = [a for a in (actor1, actor2) if a is not None]
    # Who gives the account is never where it happened ("according to the
    # Pentagon"), nor is when they gave it (« selon un bilan publié mercredi »).
    sourced = _inside(tree, claimant)
    places = find_location(
        tree,
        clause,
        draft.triggers,
        lexicon,
        [*in_dates, *actors, *victims, *dateline(tree), *sourced],
    )
    values = draft.values
    text = article.text
    if actor1 is not None:
        # A demonym names the actor alone (« frappes américaines »): no phrase around it.
        token = tree.tokens[actor1]
        span = (
            Span(token.start, token.end)
            if token.text.lower() in lexicon.demonyms
            else tree.phrase(actor1)
        )
        if span is not None:
            # The value is the phrase's head word: what the phrase is about
            # (« journalistes de la chaîne libanaise » are journalists).
            values["actor1"] = Argument(span.cut(text), span, token.text)
    if actor2 is not None and (span := tree.phrase(actor2)):
        values["actor2"] = Argument(span.cut(text), span, tree.tokens[actor2].text)
    values["civilian_targeting"] = targets_civilians(
        tree, lexicon, draft, mine, (actor1, actor2), victims, places, sourced
    )
    if places:
        values["location"] = place_argument(article, tree, places[0], lexicon)
        values["more_locations"] = [place_argument(article, tree, p, lexicon) for p in places[1:]]
    values["weapons"] = [
        Argument(tree.tokens[t].text, Span(tree.tokens[t].start, tree.tokens[t].end))
        for t in draft.triggers
        if {tree.tokens[t].lemma.lower(), tree.tokens[t].text.lower()} & lexicon.weapon_words
    ]
    if claimant is not None:
        values["claimed_by"] = Argument(claimant.cut(text), claimant)
    counted = sum_sides(tree, conservative_tolls(tree, mine, lexicon))
    add_tolls(draft, counted)
    if side := killed_side(tree, counted, lexicon):
        draft.values["killed_side"] = side
    targets = [t for t in (actor2, *victims) if t is not None]
    if (
        draft.strength == "generic"
        and draft.sub_event_type == CLASH
        and (
            values.get("civilian_targeting")
            or any(is_civilian(tree, v, lexicon) for v in victims)
            or (
                not draft.values.get("retold")
                and attacks_unarmed(tree, draft.triggers, targets, lexicon)
            )
        )
    ):
        draft.sub_event_type = "Attack"
    if any(v is not None and is_civilian(tree, v, lexicon) for v in victims):
        values["civilian_targeting"] = True
    told = draft.sentence.span.cut(text)
    values["yielded"] = phrase_in(told, lexicon.yielded) is not None
    if draft.sub_event_type in (REGAINS, OVERTAKES) and phrase_in(told, lexicon.raid_end):
        draft.sub_event_type = CLASH  # overran a camp, then withdrew: a raid
    if draft.sub_event_type in (REGAINS, OVERTAKES):
        fought = any(
            lexicon.triggers[rank].sub_event_type == CLASH
            and lexicon.triggers[rank].strength == "specific"
            for rank, _at in matched
        )
        draft.sub_event_type, values["taker"] = type_territory(
            tree, draft.sub_event_type, actor1, draft.triggers[0], lexicon,
            values["yielded"] and not fought,
        )  # fmt: skip
    # "Protesters attacked a police station": the protesters are the subject.
    by_protesters = any(
        at in clause
        and tree.tokens[at].dep in ("nsubj", "csubj")
        and lexicon.triggers[rank].sub_event_type in PROTEST_FAMILY
        for rank, at in matched
    )
    draft.sub_event_type = escalate(
        draft.sub_event_type, tree, clause, mine, lexicon, matched, by_protesters
    )
    told_at = [
        e for e in times
        if not any(tree.tokens[j].start <= start + e.start < tree.tokens[j].end
                   for j in sourced)
    ]  # fmt: skip
    # "KHARTOUM, April 2 (Sudan Tribune) — The army announced on Tuesday that …": the
    # dateline's day is the filing day; beside any other time it dates nothing.
    if filed:
        told_at = [e for e in told_at if e.start >= tree.tokens[filed[-1]].end - start] or told_at
    # « … tuées vendredi soir …, a annoncé samedi la police »: a day the speech
    # verb takes dates the statement, unless the sentence has no other time.
    # "The toll from the attack has risen to 38, a leader said Monday": a
    # revision's statement day never dates the incident.
    revised = bool(mine) and any(
        tree.tokens[t].pos == "VERB" and tree.tokens[t].lemma.lower() in lexicon.revisions
        for t in clause
    )
    own_times = [
        e for e in told_at
        if not said_when(tree, e.start, lexicon) and not ends_when(tree, e, lexicon)
    ]  # fmt: skip
    if told_at and not own_times and not revised:
        # A statement's day, or the day the incident ended, stands for its own.
        values["said_time"] = True
    told_at = own_times or ([] if revised else told_at)
    time = choose_time(tree, draft, clause, told_at)
    if time is not None:
        values["time"] = time
