"""Finding and typing the incident clauses of one sentence.

The sentence's trigger words are grouped by clause; each clause is typed by its
strongest trigger (``_type``), and clauses that do not report an incident that
happened (questions, threats, denials, trends, descriptions, recalled or dated
history, a disaster's story) are dropped. What a sentence tells beside its main
incident (the explosions of a chemical attack, the weapon a disruption stopped,
a fight's damage) folds into that incident.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from eventwire.extract.aggregates import describes, is_trend
from eventwire.extract.dates import TimeExpression
from eventwire.extract.draft import Draft, event_type
from eventwire.extract.filters import governors, non_event, old_years, phrase_starts, token_at
from eventwire.extract.lexicon import STRENGTHS, Lexicon, forms
from eventwire.extract.syntax import Tree
from eventwire.extract.typing_rules import (
    AIR,
    ARRESTS,
    DAMAGE_TYPES,
    DISASTER_LOOKALIKES,
    DISRUPTED,
    PROTEST,
    has_target,
    is_protest_topic,
    takes_named_place,
    tells_of_people,
)

__all__ = [
    "CLASH",
    "arguments_met",
    "background_tokens",
    "find_clauses",
    "has_required_word",
    "points_back",
]

CHEMICAL = "Chemical weapon"
DAMAGE = "Looting/property destruction"
CLASH = "Armed clash"
# Event types whose incidents' damage is theirs, not an event of its own.
HARM = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def _fold(
    drafts: list[Draft],
    keeper: Callable[[Draft], bool],
    folded: Callable[[Draft, Draft], bool],
) -> list[Draft]:
    """``drafts`` with those ``folded`` selects (given the keeper) merged into the
    first one ``keeper`` selects."""
    keep = next((d for d in drafts if keeper(d)), None)
    if keep is None:
        return drafts
    kept = []
    for draft in drafts:
        if draft is not keep and folded(keep, draft):
            keep.triggers.extend(t for t in draft.triggers if t not in keep.triggers)
        else:
            kept.append(draft)
    return kept


def _is_past_perfect(tree: Tree, root: int, lexicon: Lexicon) -> bool:
    """« avait été frappée », "had been struck": an earlier incident recalled."""
    for c in tree.children[root]:
        token = tree.tokens[c]
        if token.dep.startswith("aux") and any(
            token.lemma.lower() == lemma and feature in token.morph
            for lemma, feature in lexicon.past_perfect
        ):
            return True
    return False


# How far below a trigger its required words (``with`` in triggers.yaml) are
# looked for: "seized 200 rounds of ammunition" puts the weapon three arcs below
# the verb. Nested verbs are not entered: they tell another action.
WITH_DEPTH = 3


def _place_phrases(tree: Tree, lexicon: Lexicon) -> frozenset[int]:
    """Locative prepositions whose object is a place ("at the port", "in the city of X")."""
    return frozenset(
        i
        for i, token in enumerate(tree.tokens)
        if token.text.lower() in lexicon.location_preps
        and any(
            set(forms(tree.tokens[c])) & lexicon.place_nouns
            or tree.tokens[c].ent_type in ("GPE", "LOC", "FAC")
            for c in tree.children[i]
        )
    )


def has_required_word(
    tree: Tree, start: int, length: int, words: frozenset[str], places: frozenset[int] = frozenset()
) -> bool:
    """Whether one of ``words`` is an argument of the trigger phrase at ``start``.

    Arguments are the phrase's descendants down to ``WITH_DEPTH``. The noun a
    participle modifies is not one: « la base installée sur le champ » describes
    a base, it does not tell of one being set up. Nor is a place the phrase
    happened at (``places``: its locative prepositions): "seized drugs at the
    port" took no port.
    """
    phrase = range(start, start + length)
    frontier = list(phrase)
    seen = set(frontier)
    for depth in range(WITH_DEPTH + 1):
        if any(i not in phrase and words & set(forms(tree.tokens[i])) for i in frontier):
            return True
        if depth == WITH_DEPTH:
            break
        frontier = [
            c
            for i in frontier
            for c in tree.children[i]
            if c not in seen and c not in places and tree.tokens[c].pos not in ("VERB", "AUX")
        ]
        seen.update(frontier)
    return False


def arguments_met(
    tree: Tree, lexicon: Lexicon, contexts: frozenset[str], rank: int, at: int
) -> bool:
    """Whether the trigger of ``rank`` at token ``at`` has the words and story it requires."""
    trigger = lexicon.triggers[rank]
    if trigger.context not in contexts:
        return False
    return (
        not trigger.with_words
        or has_required_word(
            tree, at, len(trigger.words), trigger.with_words, _place_phrases(tree, lexicon)
        )
        or (trigger.with_place and takes_named_place(tree, at, len(trigger.words)))
        or (trigger.with_people and tells_of_people(tree, at, len(trigger.words)))
    )


def find_clauses(
    tree: Tree,
    text: str,
    index: int,
    lexicon: Lexicon,
    taxonomy: dict[str, Any],
    published: date | None,
    matched: Sequence[tuple[int, int]],
    disaster: bool,
    times: Sequence[TimeExpression],
) -> list[Draft]:
    """One draft per clause that reports an incident (``disaster``: in a disaster's story)."""
    if text.rstrip().endswith("?"):
        return []
    # A history phrase or an old year dates its own clause only: "an air strike
    # killed 29 soldiers, the worst toll since Turkey intervened in 2016" is news.
    dated = {
        tree.clause_root(i)
        for at in phrase_starts(text, lexicon.history) + old_years(text, published)
        if (i := token_at(tree, at)) is not None
    }
    background = background_tokens(tree, lexicon)
    part_of = _part_of_told(tree, lexicon, matched)
    for noun in part_of:
        background.update(tree.subtree(noun))
    tolled = (
        lexicon.killed.covers(tree.tokens)
        | lexicon.injured.covers(tree.tokens)
        | lexicon.any_casualty.covers(tree.tokens)
    )
    groups: dict[int, list[tuple[int, int]]] = {}
    protests = {at for rank, at in matched if lexicon.triggers[rank].sub_event_type == PROTEST}
    for rank, at in matched:
        if at in background or is_protest_topic(tree, at, protests):
            continue
        groups.setdefault(tree.clause_root(at), []).append((rank, at))
    drafts = []
    for root, found in groups.items():
        # A dated clause dates the clauses it governs ("fired on them in 2016,
        # when warships hit radar sites"), not the nouns it describes.
        if any(d == root or d in governors(tree, root) for d in dated):
            continue
        typed = _type(tree, root, found, lexicon, tolled)
        if typed is None:
            continue
        sub_event_type, strength, triggers = typed
        # "An earthquake hit the region", "gas leaked from a plant", and an
        # aircraft that crashed: an aircraft set acting only by a bare word.
        bare = (strength, sub_event_type) == ("weapon", AIR) and not any(
            lexicon.triggers[r].strength == "strike" or tree.tokens[at].pos == "VERB"
            for r, at in found
            if lexicon.triggers[r].strength != "generic"
        )
        if disaster and (strength == "generic" or bare or sub_event_type in DISASTER_LOOKALIKES):
            continue
        reason = non_event(tree, root, triggers, lexicon, text)
        if reason is None and is_trend(tree, triggers[0], lexicon, times):
            reason = "trend"
        if reason is None and describes(tree, triggers[0], lexicon, times):
            reason = "description"
        if reason is None:
            values: dict[str, Any] = {
                "background": background,
                "past_perfect": _is_past_perfect(tree, root, lexicon),
                "context": next(
                    lexicon.triggers[r].context for r, at in found if at == triggers[0]
                ),
                "part_of": any(tree.clause_root(noun) == root for noun in part_of),
            }
            drafts.append(Draft(tree.sentence, index, triggers, sub_event_type, strength, values))
    return _one_incident(tree, taxonomy, drafts)


def _one_incident(tree: Tree, taxonomy: dict[str, Any], drafts: list[Draft]) -> list[Draft]:
    """Fold what a sentence tells beside its main incident into that incident.
    Explosions told beside a chemical agent are that chemical attack: "Rebel
    shelling left dozens with breathing difficulties" is one Chemical weapon
    event, not a second, conventional one. A weapon's use told in a clause a
    disruption governs is what was disrupted ("intercepted a missile fired
    towards Riyadh"). Property destroyed in a clause that
    fighting, an attack or remote violence governs is its damage ("recaptured
    the areas after clashes, destroying three of their vehicles"): ACLED codes
    the incident, not the damage; so are an arrest and weapons seized told in
    such a clause, and weapons seized in a clause an arrest governs are its haul.
    """
    remote = taxonomy[CHEMICAL]["event_type"]

    def governed(keeper: Draft, draft: Draft) -> bool:
        return tree.clause_root(keeper.triggers[0]) in tree.ancestors(draft.triggers[0])

    drafts = _fold(drafts, lambda d: d.sub_event_type == CHEMICAL,
                   lambda _k, d: event_type(taxonomy, d) == remote)  # fmt: skip
    drafts = _fold(drafts, lambda d: d.sub_event_type == DISRUPTED,
                   lambda k, d: event_type(taxonomy, d) == remote and governed(k, d))  # fmt: skip

    def joined(keeper: Draft, draft: Draft) -> bool:
        return tree.joined(
            tree.clause_root(keeper.triggers[0]), tree.clause_root(draft.triggers[0])
        )

    # "targeted a tank with a shell and fought an infantry unit": fire told as
    # part of a clash, in a clause joined to it, is that clash (ACLED codes one
    # Armed clash for remote weapons used within a battle).
    drafts = _fold(drafts, lambda d: d.sub_event_type == CLASH and d.strength != "generic",
                   lambda k, d: event_type(taxonomy, d) == remote and joined(k, d))  # fmt: skip
    drafts = _fold(drafts, lambda d: event_type(taxonomy, d) in HARM,
                   lambda k, d: d.sub_event_type == DAMAGE and governed(k, d))  # fmt: skip
    # "Troops came under fire while carrying out an arrest operation": an arrest
    # told in a clause the violence governs is its setting (ACLED codes the clash);
    # « l'attaque, revendiquée par le GSIM qui affirme avoir … saisi des armes »:
    # weapons seized in it are its spoils.
    spoils = (ARRESTS, DISRUPTED)
    drafts = _fold(drafts, lambda d: event_type(taxonomy, d) in HARM,
                   lambda k, d: d.sub_event_type in spoils and governed(k, d))  # fmt: skip
    # "arrested six suspects, seizing rifles": the weapons are the arrests' haul.
    return _fold(drafts, lambda d: d.sub_event_type == ARRESTS,
                 lambda k, d: d.sub_event_type == DISRUPTED and governed(k, d))  # fmt: skip


def _part_of_told(tree: Tree, lexicon: Lexicon, matched: Sequence[tuple[int, int]]) -> list[int]:
    """Trigger nouns after a ``during`` phrase ("during the battle"): an incident told
    before, which the clause holding them is part of."""
    lowered = [t.text.lower().replace("’", "'") for t in tree.tokens]
    found = []
    for _rank, at in matched:
        if tree.tokens[at].pos not in ("NOUN", "PROPN"):
            continue
        start = at
        # Adjectives may stand between the determiner and the noun ("the ensuing battle").
        while start > 0 and tree.tokens[start - 1].pos == "ADJ" and at - start < 2:
            start -= 1
        for phrase in lexicon.during:
            words = phrase.split()
            if start >= len(words) and lowered[start - len(words) : start] == words:
                found.append(at)
                break
    return found


def points_back(tree: Tree, draft: Draft, lexicon: Lexicon) -> bool:
    """Whether the draft's trigger is a noun with a determiner pointing back ("the strike")."""
    at = draft.triggers[0]
    if tree.tokens[at].pos != "NOUN":
        return False
    return any(
        tree.tokens[c].dep.startswith("det")
        and tree.tokens[c].text.lower().replace("’", "'") in lexicon.anaphoric
        for c in tree.children[at]
    )


# What a claim verb claims: its object, or its passive subject.
CLAIMED_DEPS = frozenset({"obj", "dobj", "nsubj:pass", "nsubjpass"})


def background_tokens(tree: Tree, lexicon: Lexicon) -> set[int]:
    """Tokens inside a phrase recalling an earlier incident (« en représailles à … »)."""
    found: set[int] = set()
    lowered = [t.text.lower() for t in tree.tokens]
    for phrase in lexicon.recalled:
        words = phrase.split()
        for i in range(len(lowered) - len(words) + 1):
            if lowered[i : i + len(words)] == words:
                # The recalled incident is what follows the phrase, down its subtree.
                last = i + len(words) - 1
                for j in range(last + 1, len(tree.tokens)):
                    if last in tree.ancestors(j) or tree.tokens[j].head == last:
                        found.add(j)
                found.update(tree.subtree(last) if tree.tokens[last].pos == "NOUN" else ())
                head = tree.tokens[last].head
                if tree.tokens[last].dep in ("case", "mark") and head > last:
                    # « était derrière l'attaque »: in UD the preposition hangs
                    # on the noun it introduces, the recalled incident; "two days
                    # after a bomb killed seven": the conjunction on its clause.
                    found.update(tree.subtree(head))
                # "responsibility for a car bomb … that killed eight": a relative
                # clause the parser hangs on the phrase tells the recalled incident.
                for c in tree.children[i]:
                    if c > last and tree.tokens[c].dep in ("relcl", "acl:relcl"):
                        found.update(tree.subtree(c))
    # « a revendiqué l'attaque », « l'attentat a été revendiqué »: a claim of an
    # incident named as one already told; « a revendiqué des tirs contre X » tells one.
    for i, token in enumerate(tree.tokens):
        if token.lemma.lower() not in lexicon.claim_verbs:
            continue
        for c in tree.children[i]:
            if tree.tokens[c].dep in CLAIMED_DEPS and any(
                tree.tokens[d].dep.startswith("det")
                and tree.tokens[d].text.lower().replace("’", "'") in lexicon.anaphoric
                for d in tree.children[c]
            ):
                found.update(tree.subtree(c))
    # "the force that had been looting banks suffered heavy losses": a relative
    # clause in the past perfect tells what an armed group had done before (not
    # what an incident's shells had done: « des obus qui avaient tué cinq »).
    for i, token in enumerate(tree.tokens):
        if (
            token.dep in ("relcl", "acl:relcl")
            and tree.tokens[token.head].lemma.lower() in lexicon.actor_nouns
            and _is_past_perfect(tree, i, lexicon)
        ):
            found.update(tree.subtree(i))
    return found


def _type(
    tree: Tree, root: int, found: list[tuple[int, int]], lexicon: Lexicon, tolled: set[int]
) -> tuple[str, str, list[int]] | None:
    """(sub_event_type, strength, trigger tokens) of a clause, or ``None`` if not an event.

    The typing trigger comes first in the returned tokens.
    """
    by_strength: dict[str, list[tuple[int, int]]] = {}
    for rank, at in found:
        by_strength.setdefault(lexicon.triggers[rank].strength, []).append((rank, at))
    # A toll told in a dependent clause counts ("shells slammed into the camp,
    # killing five"): the whole subtree of the clause is searched.
    has_toll = bool(tolled & set(tree.subtree(root)))
    if tree.tokens[root].dep == "advcl":
        # "Soldiers were killed when fighters attacked their outposts": the
        # clause an adverbial clause hangs on tells its toll.
        head = tree.clause_root(tree.tokens[root].head)
        has_toll |= bool(tolled & set(tree.clause_tokens(head)))
    # A weapon word used as the verb is the attack itself ("artillery shelled
    # the camp", "they mortared the base"), not a means waiting for one.
    wielded = any(tree.tokens[at].pos == "VERB" for _, at in by_strength.get("weapon", ()))
    acting = "strike" in by_strength or "generic" in by_strength or has_toll or wielded
    for strength in STRENGTHS:
        if strength not in by_strength:
            continue
        if strength == "weapon" and not acting:
            continue
        if strength == "generic" and not has_toll and not has_target(tree, by_strength, lexicon):
            return None
        rank, at = min(by_strength[strength])
        held = [
            (r, a)
            for r, a in by_strength[strength]
            if lexicon.triggers[r].sub_event_type == ARRESTS
        ]
        if lexicon.triggers[rank].sub_event_type == DISRUPTED and held:
            # "arrested six suspects, seizing rifles and grenades": with people
            # held, ACLED codes the arrests; the weapons are their haul.
            rank, at = min(held)
        if lexicon.triggers[rank].sub_event_type in DAMAGE_TYPES and has_toll:
            # "Settlers attacked homes, torching cars and wounding four": with people
            # hurt, the damage is the attack's; a bare attack word told beside it types it.
            rank, at = min(by_strength.get("generic", [(rank, at)]))
            strength = lexicon.triggers[rank].strength
        others = sorted({a for _, a in found} - {at})
        return lexicon.triggers[rank].sub_event_type, strength, [at, *others]
    return None
