"""Non-event filters: clauses that do not report an incident that happened.

Threats, intentions, conditions and negations are read from the words governing
a clause's triggers; history phrases and old years date the clause they sit in
and the clauses it governs, never the nouns a relative clause describes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from eventwire.extract.lexicon import Lexicon
from eventwire.extract.syntax import Tree

__all__ = [
    "RELATIVE",
    "YEAR",
    "an_age",
    "called_untrue",
    "denied",
    "governors",
    "in_relative_clause",
    "non_event",
    "old_years",
    "older_year",
    "phrase_in",
    "phrase_starts",
    "token_at",
]

YEAR = re.compile(r"(?<![\d,.])((?:19|20)\d\d)(?!\d|[,.]\d)")


def phrase_in(text: str, phrases: Sequence[str]) -> str | None:
    """The first of ``phrases`` that ``text`` holds as whole words, or ``None``."""
    lowered = text.lower().replace("’", "'")
    for phrase in phrases:
        plain = phrase.replace("’", "'")
        if plain not in lowered:
            continue  # the cheap test first: most phrases are not in most sentences
        # An elided phrase (« une série d' ») runs on into the next word.
        end = "" if plain.endswith("'") else r"(?!\w)"
        if re.search(r"(?<!\w)" + re.escape(plain) + end, lowered):
            return phrase
    return None


def phrase_starts(text: str, phrases: Sequence[str]) -> list[int]:
    """Character offsets in ``text`` where one of ``phrases`` starts (as ``phrase_in``)."""
    lowered = text.lower().replace("’", "'")
    found = []
    for phrase in phrases:
        plain = phrase.replace("’", "'")
        if plain not in lowered:
            continue
        end = "" if plain.endswith("'") else r"(?!\w)"
        found += [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(plain) + end, lowered)]
    return found


RELATIVE = frozenset({"relcl", "acl:relcl"})
# Dependencies of a predicate adjective or noun on its copula: "are baseless".
PREDICATE_DEPS = frozenset({"acomp", "attr", "amod", "xcomp"})


def token_at(tree: Tree, at: int) -> int | None:
    """The index of the token at character ``at`` of the sentence, if any."""
    offset = tree.sentence.span.start
    for i, token in enumerate(tree.tokens):
        if token.start - offset <= at < token.end - offset:
            return i
    return None


def in_relative_clause(tree: Tree, at: int) -> bool:
    """Whether the token at character ``at`` of the sentence sits in a relative clause."""
    i = token_at(tree, at)
    return i is not None and any(tree.tokens[j].dep in RELATIVE for j in (i, *tree.ancestors(i)))


def old_years(text: str, published: date | None) -> list[int]:
    """Character offsets of the years before publication that ``text`` names."""
    if published is None:
        return []
    return [m.start() for m in YEAR.finditer(text) if int(m.group(1)) < published.year]


def older_year(tree: Tree, text: str, published: date | None) -> bool:
    """A sentence naming a year before publication ("the 2006 war") recalls history.

    Not a year in a relative clause: it dates the noun the clause describes.
    """
    if published is None:
        return False
    return any(
        int(m.group(1)) < published.year and not in_relative_clause(tree, m.start())
        for m in YEAR.finditer(text)
    )


def governors(tree: Tree, root: int) -> list[int]:
    """The clause roots above ``root``, up to the first relative clause."""
    found = []
    i = root
    while tree.tokens[i].dep not in RELATIVE and (head := tree.tokens[i].head) != i:
        i = tree.clause_root(head)
        found.append(i)
    return found


def called_untrue(tree: Tree, i: int, lexicon: Lexicon) -> bool:
    """Whether token ``i`` is a predicate calling what it says untrue ("claims that 17
    soldiers were killed are baseless", « des affirmations … infondées »)."""
    return any(
        tree.tokens[c].dep in PREDICATE_DEPS and tree.tokens[c].lemma.lower() in lexicon.denied_as
        for c in tree.children[i]
    )


def denied(tree: Tree, i: int, lexicon: Lexicon) -> bool:
    """Whether a clause above token ``i`` denies it ("denied that …", "… are baseless").

    A denying verb counts only over clauses, not through a noun: "Hamas denied
    involvement in the attack that killed five" does not deny the deaths.
    """
    through_noun = False
    for a in tree.ancestors(i):
        if called_untrue(tree, a, lexicon):
            return True
        if not through_noun and tree.tokens[a].lemma.lower() in lexicon.denial:
            return True
        reported = tree.tokens[a].lemma.lower() in lexicon.report_nouns
        through_noun = through_noun or (tree.tokens[a].pos in ("NOUN", "PROPN") and not reported)
    return _denied_report(tree, i, lexicon)


def _denied_report(tree: Tree, i: int, lexicon: Lexicon) -> bool:
    """ "The army denied reports circulating online of a new massacre": ``i`` under a
    report noun told after a denying verb, whatever the parse made of the denial (it
    may hang it as a participle of its subject)."""
    lemmas = [t.lemma.lower() for t in tree.tokens]
    for d in (d for d in range(i) if lemmas[d] in lexicon.denial):
        report = next((r for r in range(d + 1, i) if lemmas[r] in lexicon.report_nouns), None)
        if report is not None and i in tree.subtree(report):
            return True
    return False


def non_event(
    tree: Tree, root: int, triggers: list[int], lexicon: Lexicon, text: str
) -> str | None:
    """Why this clause is not a report of an incident that happened, or ``None``.

    What governs the typing trigger (the first) decides threats, intentions
    and conditions: "police used tear gas in an attempt to stop them marching"
    happened, though the march was only tried. Any trigger negated negates the
    clause ("the air force does not target civilians").
    """
    for t in triggers:
        # "did not strike", « n'a pas frappé », and for nouns "no attack",
        # « ni attaque ni victime ».
        if any(
            tree.tokens[c].dep == "neg" or tree.tokens[c].lemma.lower() in lexicon.negation
            for c in tree.children[t]
        ):
            return "negated"
        # "No convoy was attacked", « aucun convoi n'a été attaqué »: its subject or
        # object denied by its determiner.
        if any(
            tree.tokens[c].dep.split(":")[0] in ("nsubj", "obj", "dobj", "nsubjpass")
            and any(
                tree.tokens[d].dep == "det" and tree.tokens[d].lemma.lower() in lexicon.negation
                for d in tree.children[c]
            )
            for c in tree.children[t]
        ):
            return "negated"
    for t in triggers[:1]:
        chain = [t, *tree.ancestors(t)]
        described = False
        for below, i in zip([None, *chain], chain, strict=False):
            token = tree.tokens[i]
            lemma = token.lemma.lower()
            # "Protesters called for …": the trigger is who intends, and what it
            # names (a protest) did happen; only what is intended is not an event.
            subject = below is not None and tree.tokens[below].dep.startswith("nsubj")
            # "gunmen (popularly) called bandits abducted 20 commuters", "threatened
            # villagers who had attacked …": a clause describing a noun happened,
            # whatever the verb above that noun intends.
            described = described or (
                below is not None
                and tree.tokens[below].pos in ("VERB", "AUX")
                and (
                    tree.tokens[below].dep in RELATIVE
                    or (
                        tree.tokens[below].dep == "acl" and "Tense=Past" in tree.tokens[below].morph
                    )
                )
            )
            # "Gunmen suspected to be bandits on Sunday abducted scores": a verb the
            # trigger is coordinated with is a sister clause, not what governs it
            # (its auxiliaries, below, are shared all the same).
            sister = (
                below is not None
                and tree.tokens[below].dep == "conj"
                and tree.tokens[below].pos in ("VERB", "AUX")
            )
            if sister:
                pass
            elif (lemma in lexicon.intent and not subject and not described) or (
                lemma in lexicon.denial
            ):
                return "threat, intention or denial"
            if below is None and _denied_report(tree, i, lexicon):
                return "threat, intention or denial"
            if below is not None and called_untrue(tree, i, lexicon):
                return "threat, intention or denial"
            if lemma in lexicon.allegation and not subject and not sister:
                # "lynched two men suspected of kidnapping children": a charge
                # against someone, not the incident the sentence reports.
                return "allegation"
            if "Mood=Cnd" in token.morph:
                return "conditional"
            for c in tree.children[i]:
                child = tree.tokens[c]
                clemma = child.lemma.lower()
                if child.dep.startswith("aux") and (
                    clemma in lexicon.modal or clemma in lexicon.intent or "Mood=Cnd" in child.morph
                ):
                    return "modal"
                if child.dep == "mark" and clemma in lexicon.conditional:
                    return "conditional"
    return None


# Why a count is no toll: what governs it intends, threatens, denies or supposes.
UNREAL = frozenset({"threat, intention or denial", "conditional", "modal"})


def unreal_count(tree: Tree, anchor: int, lexicon: Lexicon, text: str) -> bool:
    """Whether the count at ``anchor`` is only intended, threatened, denied or supposed
    ("threatened to kill ten hostages"). One told in a clause describing a noun
    ("denied a role in the shelling that killed 12") happened."""
    if any(tree.tokens[j].dep in RELATIVE for j in (anchor, *tree.ancestors(anchor))):
        return False
    return non_event(tree, anchor, [anchor], lexicon, text) in UNREAL


def an_age(tree: Tree, i: int) -> bool:
    """Whether the period noun at ``i`` is someone's age: counted, and hanging on a
    noun or determiner (« un jeune de 17 ans », "a man of 40 years")."""
    token = tree.tokens[i]
    counted = any(tree.tokens[c].dep == "nummod" for c in tree.children[i])
    return (
        counted
        and token.dep.startswith("nmod")
        and tree.tokens[token.head].pos in ("NOUN", "PROPN", "DET", "ADJ", "PRON")
    )
