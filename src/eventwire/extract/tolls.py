"""Casualty counts: how many were killed or injured, read through the dependency parse.

A quantity (``numbers``) counts a casualty word (``casualties.yaml``) when the
parse links them: a number modifying it, its object, the noun it is about, or
a bare number its verb takes; adjacency is the fallback. Without a number, one
person: a singular victim with an indefinite article, or a person's name.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.extract.filters import an_age, denied
from eventwire.extract.lexicon import Lexicon
from eventwire.extract.syntax import Tree
from eventwire.models import Span

__all__ = ["Toll", "add_bounds", "find_tolls"]

PERSON_ENTITIES = frozenset({"PERSON", "PER"})  # spaCy's English and French labels
# Beside a casualty word with no parse link, a number this close still counts:
# "au moins six combattants tués" parses well, "six tués" sometimes does not.
NEAR_BEFORE = 3
NEAR_AFTER = 2
# How far up from a casualty participle the noun taking a revised figure may be:
# "the number (1) of people (2) killed" is two steps up; set on that phrase and
# its French twin « le nombre de personnes tuées », not tuned further.
THROUGH_REACH = 4
SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclass(frozen=True, slots=True)
class Toll:
    """A count of people killed or injured, at token ``anchor`` (the counted word)."""

    kind: str  # "killed" | "injured" | "any"
    value: int
    low: int | None
    high: int | None
    span: Span  # the quantity and its casualty word
    anchor: int  # token index of the casualty word
    victim: int | None  # token index of the counted noun (« combattants »), if any
    part: bool = False  # "among the injured were two firefighters": some of a total


def add_bounds(a: int | None, b: int | None) -> int | None:
    """The sum of two bounds of counts of different people; unknown if either is."""
    return None if a is None or b is None else a + b


def _counted(
    tree: Tree, c: int, triggers: set[int], preps: frozenset[str], length: int = 1
) -> list[int]:
    """The nouns a casualty word counts: its object or passive subject (« tuant deux
    combattants », "were killed"), the noun it modifies (« trois soldats tués »), the
    subject of an intransitive (« deux civils sont morts »), or a casualty noun's
    object through one of ``preps`` ("injuries to eight US personnel") — never the
    weapon or attack that did it (« une frappe a tué … »). A phrase's own words
    (« perdre la vie », ``length`` words from ``c``) are none of these."""
    children = [x for x in tree.children[c] if not c < x < c + length]
    deps = {x: tree.tokens[x].dep for x in children}
    found = [
        x for x, d in deps.items()
        if d in ("obj", "dobj", "nsubj:pass", "nsubjpass")
        # "… ont perdu la vie et trois autres ont été blessés": a verb joined on is
        # another clause, not a victim.
        or (d == "conj" and tree.tokens[x].pos in ("NOUN", "PROPN", "PRON"))
    ]  # fmt: skip
    if tree.tokens[c].pos == "NOUN":
        # The preposition may hang on the verb the noun is the object of: "causing
        # minor injuries to eight US personnel".
        holders = [c]
        if tree.tokens[c].dep in ("obj", "dobj") and tree.tokens[c].head != c:
            holders.append(tree.tokens[c].head)
        found += [
            x
            for holder in holders
            for p in tree.child(holder, "prep")
            if tree.tokens[p].text.lower() in preps
            for x in tree.child(p, "pobj")
        ]
        found += [x for x, d in deps.items() if d.startswith("nmod") and tree.case_of(x) in preps]
    if not any(d in ("obj", "dobj") for d in deps.values()):
        found += [x for x, d in deps.items() if d == "nsubj"]
    if not found and "Voice=Pass" in tree.tokens[c].morph:
        # « Au moins dix-huit personnes, dont cinq militaires, ont été tuées »: an
        # aside after the subject can make the parser hang it as an oblique; the
        # noun before a passive participle with no subject is its subject.
        found += [
            x for x, d in deps.items()
            if x < c and d.split(":")[0] == "obl" and tree.tokens[x].pos == "NOUN"
            and not tree.case_of(x)
        ]  # fmt: skip
    token = tree.tokens[c]
    if token.dep.split(":")[0] in ("acl", "amod") and token.head != c:
        found.append(token.head)
    return [x for x in found if x not in triggers]


# (value, low, high, span) of the quantity covering a token; see find_tolls.
QuantityValue = tuple[int, int | None, int | None, Span]
# Universal Dependencies features of an indefinite article (« un », "a"): before
# a singular victim it counts one ("killing a child", "a soldier was killed").
INDEFINITE = ("Definite=Ind", "PronType=Art")
# Relations through which a casualty noun's verb takes a bare number: "the death
# toll rose to 15", "deaths put at 30" (prep + pobj in English, obl in UD).
TOLL_VERB_DEPS = frozenset({"prep", "obl", "npadvmod", "attr"})


def _is_article(tree: Tree, i: int) -> bool:
    return all(feature in tree.tokens[i].morph for feature in INDEFINITE)


def _is_collective(tree: Tree, noun: int) -> bool:
    """« un groupe de combattants », "a number of people": one noun standing for many."""
    for c in tree.children[noun]:
        if tree.tokens[c].dep.split(":")[0] in ("prep", "nmod"):
            inner = [c, *tree.children[c]]
            if any(
                "Number=Plur" in tree.tokens[x].morph or tree.tokens[x].pos == "NUM" for x in inner
            ):
                return True
    return False


def _one(tree: Tree, noun: int) -> bool:
    """True when ``noun`` is one person: singular, with an indefinite article, not
    collective; or a person's name ("killed Maher Abu Ghaleba", « tuant Ali Hassan »)."""
    token = tree.tokens[noun]
    if token.ent_type in PERSON_ENTITIES and token.pos == "PROPN":
        return not any(tree.tokens[c].dep == "conj" for c in tree.children[noun])
    # "injuring her husband": a possessive pronoun before a singular noun is one too.
    owned = any(
        "Poss=Yes" in tree.tokens[d].morph and "PronType=Prs" in tree.tokens[d].morph
        for d in tree.children[noun]
    )
    return (
        token.pos in ("NOUN", "PROPN", "ADJ")
        and "Number=Plur" not in token.morph
        and (
            any(tree.tokens[d].dep == "det" and _is_article(tree, d) for d in tree.children[noun])
            or (owned and token.pos == "NOUN" and "Number=Sing" in token.morph)
        )
        and not _is_collective(tree, noun)
    )


def _kin(tree: Tree, noun: int) -> bool:
    """A singular noun with a possessive, coordinated with a counted victim: one
    more person ("killing a man and his child", « une femme et son fils »)."""
    token = tree.tokens[noun]
    return (
        token.pos == "NOUN"
        and "Number=Sing" in token.morph
        and any("Poss=Yes" in tree.tokens[d].morph for d in tree.children[noun])
    )


def _article_after(tree: Tree, c: int) -> bool:
    """A verb's victim right after it, read from the words when the parse is off:
    "killing a Palestinian and injuring others" (the article hangs under "others"),
    « tuant un homme de 54 ans et blessant sa femme » (a possessive before one noun)."""
    k = c + 1
    if (
        tree.tokens[c].pos != "VERB"
        or k >= len(tree.tokens)
        or not (_is_article(tree, k) or "Poss=Yes" in tree.tokens[k].morph)
    ):
        return False
    k += 1
    while k < len(tree.tokens) and tree.tokens[k].pos in ("ADJ", "NOUN", "PROPN", "PUNCT"):
        token = tree.tokens[k]
        if token.pos == "PUNCT" and token.text not in ("-", "\u2010", "\u2011"):
            break
        if token.pos in ("NOUN", "PROPN") and (
            "Number=Plur" in token.morph or _is_collective(tree, k)
        ):
            return False
        k += 1
    return k > c + 2


def _through_verb(tree: Tree, c: int, quantities: dict[int, QuantityValue]) -> int | None:
    """A bare number the casualty noun's verb takes: "the death toll rose to 15"."""
    token = tree.tokens[c]
    if token.pos != "NOUN":
        return None
    # The verb it is the subject of, latest conjunct first: "the toll, initially
    # put at nine, rose to 15" is 15 (news revises a figure towards the end of the
    # sentence); a participle modifying the noun comes last.
    verbs = []
    if token.dep in SUBJECT_DEPS and token.head != c:
        verbs = [token.head]
        # Conjuncts sharing the subject; one with a subject or a "that" of its own is
        # another statement ("the martyrs were workers, and that among the injured
        # were two firefighters").
        while more := [
            x for x in tree.children[verbs[-1]]
            if tree.tokens[x].dep == "conj"
            and not any(tree.tokens[k].dep in (*SUBJECT_DEPS, "mark") for k in tree.children[x])
        ]:  # fmt: skip
            verbs.append(more[-1])
        verbs.reverse()
    verbs += [x for x in tree.children[c] if tree.tokens[x].dep.split(":")[0] == "acl"]
    for v in verbs:
        for x in tree.children[v]:
            if tree.tokens[x].dep.split(":")[0] not in TOLL_VERB_DEPS:
                continue
            for n in [x, *tree.children[x]]:
                if n in quantities and tree.tokens[n].pos == "NUM":
                    return n
    return None


def _conjunct_counts(
    tree: Tree, noun: int, quantities: dict[int, QuantityValue]
) -> list[tuple[int, int | None, int | None]]:
    """Counts of the victims coordinated with ``noun``: "5 employees and a seller" adds 1."""
    found = []
    for x in tree.children[noun]:
        if tree.tokens[x].dep != "conj" or tree.tokens[x].pos not in ("NOUN", "PROPN"):
            continue
        counts = [
            quantities[d] for d in tree.children[x]
            if tree.tokens[d].dep.split(":")[0] == "nummod" and d in quantities
        ]  # fmt: skip
        if counts:
            value, low, high, _span = counts[0]
            found.append((value, low, high))
        elif _one(tree, x) or _kin(tree, x):
            found.append((1, 1, 1))
        found.extend(_conjunct_counts(tree, x, quantities))
    return found


def _age(tree: Tree, x: int, lexicon: Lexicon) -> bool:
    """Whether the number at ``x`` is someone's age (« un homme de 54 ans », "a
    54-year-old man"), never a count of victims."""
    head = tree.tokens[x].head
    if head == x or tree.tokens[head].lemma.lower() not in lexicon.period_nouns:
        return False
    after = [t.text.lower() for t in tree.tokens[head + 1 : head + 3]]
    return an_age(tree, head) or "old" in after


def _of_tally(tree: Tree, c: int, lexicon: Lexicon) -> bool:
    """Whether the casualty word is what a tally counts ("no figures for casualties",
    « aucun bilan des victimes »): the figure is unknown, not zero."""
    head = tree.tokens[c].head
    if tree.tokens[head].pos == "ADP":
        head = tree.tokens[head].head
    if head == c:
        return False
    # "gave no figures for casualties", the preposition hung on the verb
    tallied = (
        [head, *tree.child(head, "obj", "dobj")] if tree.tokens[head].pos == "VERB" else [head]
    )
    return any(tree.tokens[t].lemma.lower() in lexicon.tallies for t in tallied)


def find_tolls(
    tree: Tree,
    lexicon: Lexicon,
    quantities: dict[int, QuantityValue],
) -> list[Toll]:
    """Casualty counts in the sentence: a quantity linked to a killed/injured word.

    ``quantities`` maps token index to (value, low, high, span) for every token
    inside a quantity expression. The parse is asked first: a number modifying
    the casualty word (« trois martyrs »), its object ("killing two"), the noun
    it is about (« deux combattants ont été tués ») or a bare number its verb
    takes ("the death toll rose to 15"); adjacency is the fallback. Without a
    number, a singular victim with an indefinite article is one ("killing a
    child", "a soldier was killed"). Victims coordinated with the counted one
    add their own counts ("killing 5 employees and a seller" is 6).
    """
    tolls: list[Toll] = []
    weapons = lexicon.trigger_index.covers(tree.tokens)
    kinds = (
        ("killed", lexicon.killed),
        ("injured", lexicon.injured),
        ("any", lexicon.any_casualty),
    )
    # A phrase hides the words it contains: « tomber en martyr » is read once,
    # through its verb, never again through « martyr » alone.
    found_words = {kind: index.longest(tree.tokens) for kind, index in kinds}
    for kind, index in kinds:
        others = {c for other, at in found_words.items() if other != kind for _rank, c in at}
        for rank, c in found_words[kind]:
            if denied(tree, c, lexicon):
                continue  # "claims that 17 soldiers were killed are baseless": no one's figure
            if kind == "any" and (tree.tokens[c].dep == "compound" or _of_tally(tree, c, lexicon)):
                continue  # "it gave no casualty figures": the zero is of figures, not victims
            unknown = tree.tokens[c].lemma.lower() in lexicon.tallies
            length = len(index.phrases[rank])
            # (never the other kind's word: « quatre militaires tués et de sept blessés »)
            counted = [
                n for n in _counted(tree, c, weapons, lexicon.victim_preps, length)
                if n not in others
            ]  # fmt: skip
            victim = next((n for n in counted if n not in quantities), None)
            if victim is not None and tree.tokens[victim].lemma.lower() in lexicon.collectives:
                continue  # "to neutralise some 20 gangs" counts groups, not people
            # "tuant sept civils et en blessant une vingtaine": a count after the
            # other kind's word is that word's, whatever the parse hung it on.
            candidates = [
                x for x in tree.children[c]
                if tree.tokens[x].dep.split(":")[0] in ("nummod", "det", "obj", "dobj", "advmod")
                and not any(c < w < x for w in others)
            ]  # fmt: skip
            for noun in counted:
                candidates.extend(
                    x for x in tree.children[noun]
                    if tree.tokens[x].dep.split(":")[0] in ("nummod", "det")
                )  # fmt: skip
                candidates.append(noun)
            # "The number of people killed … has risen to 35": up from a participle
            # to the noun phrase whose verb takes the figure.
            through = next(
                (
                    n for a in [c, *tree.ancestors(c)][:THROUGH_REACH]
                    if (n := _through_verb(tree, a, quantities)) is not None
                ),
                None,
            )  # fmt: skip
            if through is not None:
                candidates.append(through)
            candidates.extend(range(max(0, c - NEAR_BEFORE), c))
            for x in range(c + 1, min(len(tree.tokens), c + 1 + NEAR_AFTER)):
                if tree.tokens[x].dep == "cc":
                    break  # "received the dead and 13 wounded": the 13 are the next word's
                candidates.append(x)
            # A number set off beside a noun is its age, not a count: "a young man, 22,
            # was killed".
            counts = [
                x for x in candidates
                if x in quantities and tree.tokens[x].dep != "appos" and not _age(tree, x, lexicon)
            ]  # fmt: skip
            found = quantities[counts[0]] if counts else None
            if found is not None:
                value, low, high, qspan = found
                if kind == "any" and value != 0:
                    continue  # "ten victims" is ambiguous; only "no victims" is read
                if value == 0 and unknown:
                    continue  # "no toll was available": no figure known
                start, end = qspan.start, qspan.end
            elif kind == "any":
                continue
            else:
                single = next((n for n in counted if _one(tree, n)), None)
                if single is None and not _article_after(tree, c):
                    continue
                value, low, high = 1, 1, 1
                article = single if single is not None else c + 1
                start = end = tree.tokens[article].start
                if single is not None:
                    victim = single
            if victim is not None and value:
                for more, more_low, more_high in _conjunct_counts(tree, victim, quantities):
                    value += more
                    low, high = add_bounds(low, more_low), add_bounds(high, more_high)
            span = Span(min(start, tree.tokens[c].start), max(end, tree.tokens[c].end))
            part = tree.case_of(c) in lexicon.subset_preps
            tolls.append(Toll(kind, value, low, high, span, c, victim, part))
    return tolls
