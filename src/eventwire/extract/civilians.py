"""Whether an incident targeted civilians (ACLED's ``civilian_targeting``).

Civilians are targeted when the target or the counted dead are named as
unarmed people, when a home, market or school is struck, when a town is struck
from afar and its dead are counted only as people, or when one man is killed by
a named attacker; never when an armed side is named among the dead. The words
are data (``civilians``, ``civilian_sites``, ``lone_civilians`` in the
language's ``arguments.yaml`` and ``casualties.yaml``).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from eventwire.extract.arguments import (
    OBJECT_DEPS,
    is_broad,
    is_civilian,
    named_victim,
    names_actor_with_modifier,
)
from eventwire.extract.draft import Draft
from eventwire.extract.lexicon import Lexicon, forms
from eventwire.extract.syntax import Tree
from eventwire.extract.tolls import Toll
from eventwire.extract.typing_rules import AIR

__all__ = ["targets_civilians"]

# Strikes from afar: the people they kill in a town are its civilians (ACLED).
STRIKES = frozenset({AIR, "Shelling/artillery/missile attack"})


def targets_civilians(
    tree: Tree,
    lexicon: Lexicon,
    draft: Draft,
    tolls: Sequence[Toll],
    actors: tuple[int | None, int | None],
    victims: Sequence[int],
    places: Sequence[int],
    claimant: Collection[int] = (),
) -> bool:
    """Whether the draft's incident targeted civilians (see the module); ``tolls`` are
    the draft's own, ``actors`` its (actor1, actor2) tokens, ``claimant`` the tokens
    of who gives the account ("according to local resistance groups": no side hit)."""
    actor1, actor2 = actors
    # Civilians targeted: named as the target, or counted among the dead and injured.
    # The words of each toll and the nouns its numbers count (« 3 et 5 habitants »).
    in_tolls = [
        i
        for toll in tolls
        for i, token in enumerate(tree.tokens)
        if toll.span.start <= token.start < toll.span.end
    ]
    counted = [*in_tolls, *(tree.tokens[i].head for i in in_tolls)]
    targeted = any(
        is_civilian(tree, person, lexicon)
        for person in (actor2, *victims, *counted)
        if person is not None
    ) or (
        # A home or market struck, or a town struck whose dead are counted as
        # people ("Russia struck Odesa, killing eight people"), with no armed
        # side named among the dead.
        actor2 is None
        and named_victim(
            tree, [*victims, *counted, *_joined_victims(tree, victims)], lexicon, armed=True
        )
        is None
        and not _names_armed_men(tree, lexicon, draft.triggers, actor1, claimant)
        and (
            strikes_civilian_site(tree, draft.triggers, lexicon)
            or (
                draft.sub_event_type in STRIKES
                and counts_people(tree, victims, lexicon)
                and bool(places)
                and strikes_town(tree, places[0], lexicon)
            )
        )
    )
    # One man killed by a named attacker ("a man was killed when Ukrainian shells
    # hit a street"); with no one said to strike, he may be anyone's fighter.
    return targeted or (
        actor1 is not None and any(lone_civilian(tree, v, lexicon) for v in victims)
    )


def _joined_victims(tree: Tree, victims: Sequence[int]) -> list[int]:
    """Words joined to the victims: "Taleb Abdallah, a commander, and three other fighters"."""
    return [c for v in victims for c in tree.child(v, "conj", "appos", "nmod")]


def _names_armed_men(
    tree: Tree,
    lexicon: Lexicon,
    triggers: Sequence[int],
    actor1: int | None,
    claimant: Collection[int],
) -> bool:
    """True when the sentence names fighters or soldiers besides the initiator.

    « un drone a visé une maison …, tuant un responsable militaire du Hezbollah ainsi
    que trois combattants »: a home struck to kill fighters is not an attack on civilians.
    """
    mine = set(tree.subtree(actor1)) if actor1 is not None else set()
    mine.update(claimant)
    # The striking subject, even when no actor was read from it ("a junta jet bombed").
    for t in triggers:
        for c in tree.children[t]:
            if tree.tokens[c].dep in ("nsubj", "nsubj:agent"):
                mine.update(tree.subtree(c))
    armed = lexicon.state_actors | lexicon.non_state_actors
    return any(
        i not in mine and any(form in armed for form in forms(token))
        for i, token in enumerate(tree.tokens)
    )


def strikes_civilian_site(tree: Tree, triggers: Sequence[int], lexicon: Lexicon) -> bool:
    """True when a trigger (or the verb it works through) hits a home, market, school…

    "warplanes struck two adjoining homes", « un drone a visé un marché »: the
    object, passive subject or target-preposition noun of the incident is a place
    where civilians are. Only those relations count: a raid *near* a school is not on it.
    """
    if not lexicon.civilian_sites:
        return False
    heads = {*triggers, *(tree.tokens[t].head for t in triggers)}
    for i, token in enumerate(tree.tokens):
        if not any(form in lexicon.civilian_sites for form in forms(token)):
            continue
        following = tree.tokens[i + 1].text.lower() if i + 1 < len(tree.tokens) else ""
        if f"{token.text.lower()} {following}" in lexicon.armed_sites:
            continue  # « un ancien quartier général de division » is an armed site
        if token.dep in ("amod", "compound"):
            # "an apartment building", « un quartier résidentiel »: the noun it modifies.
            i, token = token.head, tree.tokens[token.head]
        dep = token.dep.split(":")[0]
        if token.head in heads and (
            dep in ("obj", "dobj", "nsubjpass") or token.dep == "nsubj:pass"
        ):
            return True
        if tree.case_of(i) in lexicon.target_preps and (
            token.head in heads or tree.tokens[token.head].head in heads
        ):
            return True
        # English hangs the noun under its preposition, whatever phrases the noun
        # has of its own ("a strike on a family home in Bani Suheila").
        on = tree.tokens[token.head]
        if dep == "pobj" and on.text.lower() in lexicon.target_preps and on.head in heads:
            return True
    return False


def strikes_town(tree: Tree, place: int, lexicon: Lexicon) -> bool:
    """True when the event's place ``place`` is a town struck: "Russia struck Odesa",
    « une attaque de drones sur Zaporijia » (struck, not struck in: "a drone targeted a
    car in X"; and a town, not a country or region: "strikes on southern Lebanon")."""
    return (
        tree.tokens[place].dep in OBJECT_DEPS or tree.case_of(place) in lexicon.target_preps
    ) and not is_broad(tree, place, lexicon)


def lone_civilian(tree: Tree, i: int, lexicon: Lexicon) -> bool:
    """True when victim ``i`` is one person told alone: "a man", « un homme de 62 ans »
    (not "two men": fighters whose side the story tells later, as often as not; nor
    "an armed man"). Counted dead only: a man named as a target may be anyone."""
    token = tree.tokens[i]
    return (
        token.lemma.lower() in lexicon.lone_civilians
        and "Number=Plur" not in token.morph
        and not names_actor_with_modifier(tree, i, lexicon)
    )


def counts_people(tree: Tree, victims: Sequence[int], lexicon: Lexicon) -> bool:
    """True when a victim is counted only as people: "killing eight people", « deux personnes »."""
    return any(form in lexicon.people for v in victims for form in forms(tree.tokens[v]))
