"""Where an incident happened: the place a trigger's clause names, through the parse.

Candidates are place entities and proper names introduced by a locative
preposition or naming a place noun; never where the speaker stands, where shots
came from, a news outlet named like a town, or an abbreviation of a name. Split
from ``arguments`` (actors and claimants), whose entity and dependency classes
it shares.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from eventwire.extract.arguments import (
    ACTOR_ENTITIES,
    MODIFIER_DEPS,
    OBJECT_DEPS,
    PLACE_ENTITIES,
    governor_at,
    is_mistagged_place,
)
from eventwire.extract.lexicon import Lexicon, forms, outlet_key
from eventwire.extract.syntax import Tree

__all__ = ["find_location"]

# Steps up from a name through the place nouns holding it (« la rive occidentale de
# l'Euphrate ») to the preposition that may make it an origin: two nouns deep
# covers every origin phrase in the dev set ("the western bank of the Euphrates").
ORIGIN_REACH = 4


# A speech verb's dependents that say where or who the speaker is.
SPEAKER_DEPS = frozenset({"obl", "nsubj", "prep", "npadvmod"})


def _attribution_zone(tree: Tree, lexicon: Lexicon, triggers: Sequence[int] = ()) -> set[int]:
    """Tokens that belong to a speech verb's own arguments (where the speaker stands),
    or to a verb of moving people (« transportés à l’hôpital d’Oicha »: where the
    wounded went, not where they were hit). A claim verb's complements are the
    claimed act's (« a revendiqué des tirs … contre la caserne de Kiryat Shmona »),
    and a phrase headed by the incident's trigger is the incident's, wherever the
    parse hangs it (« … tuées dans une attaque … à Mogadiscio, a annoncé la police »
    with the attack under "annoncé")."""
    zone: set[int] = set()
    for i, token in enumerate(tree.tokens):
        lemma = token.lemma.lower()
        if token.pos in ("NOUN", "PROPN"):
            continue  # "an army post", "a report": a noun spelt like the verb
        speaks = lemma in lexicon.attribution_verbs and lemma not in lexicon.claim_verbs
        if speaks or lemma in lexicon.destination_verbs:
            for c in tree.children[i]:
                if c in triggers or tree.tokens[c].dep.split(":")[0] not in SPEAKER_DEPS:
                    continue
                if _told_before(tree, c, i):
                    continue
                zone.update(tree.subtree(c))
    return zone


def _told_before(tree: Tree, c: int, verb: int) -> bool:
    """Whether the subject ``c`` is what is told, set off by a comma before an inverted
    speaker (« Le camp … a été la cible d'une attaque, a annoncé l'état-major »)."""
    if not tree.tokens[c].dep.startswith("nsubj") or c > verb:
        return False
    end = max(tree.subtree(c))
    comma = any(tree.tokens[k].text == "," for k in range(end + 1, verb))
    speaker = any(k > verb and tree.tokens[k].dep.split(":")[0] in ("obj", "nsubj")
                  for k in tree.children[verb])  # fmt: skip
    return comma and speaker


def _located(tree: Tree, i: int, lexicon: Lexicon) -> bool:
    """Whether a locative preposition introduces ``i``, or the part of it named
    ("on the outskirts of Kumbo", « dans la périphérie de Kumbo »)."""
    if tree.case_of(i) in lexicon.location_preps:
        return True
    part = governor_at(tree, i)
    return (
        part is not None
        and tree.tokens[part].lemma.lower() in lexicon.part_nouns
        and tree.case_of(part) in lexicon.location_preps
    )


def _governor(tree: Tree, i: int) -> str:
    """Lemma of the noun a name depends on (see ``_governor_at``), or ""."""
    head = governor_at(tree, i)
    return "" if head is None else tree.tokens[head].lemma.lower()


def _names_its_head(tree: Tree, i: int, lexicon: Lexicon) -> bool:
    """True when the place noun ``i`` modifies has a name of its own after it.

    "the Red Sea port city of Hodeidah": Red Sea describes the city, Hodeidah
    names it; « le quartier de Gaza-ville de Chajaïya » likewise.
    """
    head = tree.tokens[i].head
    return any(
        k > head
        and tree.tokens[k].pos == "PROPN"
        and not _aside_of_name(tree, k, lexicon)
        and tree.tokens[k].dep not in MODIFIER_DEPS
        and governor_at(tree, k) == head
        for k in range(len(tree.tokens))
    )


def _place_score(
    tree: Tree, i: int, lexicon: Lexicon, in_clause: set[int], struck: set[int]
) -> int | None:
    """How likely token ``i`` names where the event happened; ``None`` if it cannot."""
    token = tree.tokens[i]
    if token.pos not in ("PROPN", "NOUN"):
        return None  # determiners and punctuation inside a place entity are not its head
    if token.pos == "PROPN" and token.text.islower() and token.lemma.lower() in lexicon.place_nouns:
        return None  # « le caza de Bint Jbeil » (« caza » tagged a name): the kind, not the place
    head = tree.tokens[token.head]
    head_lemma = head.lemma.lower()
    if token.ent_type and head.ent_type == token.ent_type and token.head != i:
        return None  # inside a multi-word name: only its head stands for it
    if token.dep in MODIFIER_DEPS and head_lemma not in lexicon.place_nouns:
        return None  # "US warplanes", "Iran-backed militias", "Iraq's west"
    case = tree.case_of(i)
    # A name struck directly (« ont frappé Al-Qaïm », "hit Akashat") is a place too.
    located = case in lexicon.location_preps or (i in struck and token.pos == "PROPN")
    governor = _governor(tree, i)
    titled = [  # "the capital Sanaa": the place noun hangs under the name
        tree.tokens[c].lemma.lower() for c in tree.children[i]
        if tree.tokens[c].dep in ("compound", "appos", "nmod")
        and tree.tokens[c].lemma.lower() in lexicon.place_nouns
    ]  # fmt: skip
    if titled and governor not in lexicon.place_nouns:
        governor = titled[0]
    # « l'hôpital d'El-Fasher »: a landmark "of" a name stands in that town (not
    # an acronym's: « l'hôpital de MSF »).
    of_landmark = governor in lexicon.landmark_nouns and bool(case) and not token.text.isupper()
    # « le camp militaire de Tessit » with the name tagged a common noun (and no
    # place entity): capitalised inside the sentence after a place noun, it is a
    # name all the same.
    proper = token.pos == "PROPN" or (
        i > 0 and token.text[:1].isupper() and not token.text.isupper()
        and not token.ent_type
        and governor in lexicon.place_nouns and bool(case)
    )  # fmt: skip
    names_place = proper and (governor in lexicon.place_nouns or of_landmark)
    if (
        token.ent_type in ACTOR_ENTITIES
        and not is_mistagged_place(tree, i, lexicon)
        and not (
            names_place
            and (
                governor in lexicon.site_nouns
                or governor in lexicon.part_nouns
                or governor in lexicon.town_nouns
            )
        )
        and not (token.pos == "PROPN" and any(t in lexicon.site_nouns for t in titled))
        and not (names_place and of_landmark)
    ):
        # An organisation, unless it names a site (« le champ de Conoco »), is the
        # town a part of which was hit ("the center of Sumy", tagged ORG), is
        # titled one ("positions in Djibo, the main town of Soum province") or is
        # where a landmark stands (« l'hôpital d'El-Fasher »; not an acronym:
        # « l'hôpital de MSF »).
        return None
    if token.ent_type not in PLACE_ENTITIES and not (proper and (located or names_place)):
        return None
    if case in lexicon.origin_preps or _from_origin(tree, i, lexicon):
        return None  # "flown from the United States", « tiré depuis le Yémen »: an origin
    if _fled_to(tree, i, lexicon):
        return None  # "fled towards the Hamrin mountains": where they went afterwards
    if _for_motive(tree, i, lexicon):
        return None  # "in support of the people in Gaza": a cause, not the place
    allegiance = governor_at(tree, i)
    if allegiance is not None and forms(tree.tokens[allegiance])[0] in lexicon.affiliation_words:
        return None  # « un groupe lié à Al-Qaïda », "militias loyal to Tehran": a side
    if _acronym(token.text) and not located:
        return None  # acronyms (« M23 », « FAMa ») name groups unless a preposition places them
    if _abbreviates(tree, i):
        return None  # « les Forces armées maliennes (FAMa) »: the name again, not a place
    score = 2 + (2 if located or names_place else 0) + (4 if i in in_clause else 0)
    if token.text.lower() in lexicon.broad_places or token.lemma.lower() in lexicon.broad_places:
        score -= 3  # a country or region: only when nothing finer is named
    if names_place and governor in lexicon.broad_places:
        score -= 2  # « province de Deir ez-Zor » is coarser than « champ de Conoco »
    if governor in lexicon.seat_nouns and case and not located:
        score -= 2  # « El-Fasher, la capitale du Darfour-Nord »: the region around it
    if token.dep in MODIFIER_DEPS and _names_its_head(tree, i, lexicon):
        score -= 1  # "the Red Sea port city of Hodeidah" is Hodeidah
    if _aside_of_name(tree, i, lexicon):
        score -= 2  # "Shujaiyya (Gaza City)": the place is Shujaiyya, in Gaza City
    return score


# Letters of an acronym: « FAMa », « FDLR », "M23"; "DeKalb" and "McAllen" are names.
ACRONYM_LETTERS = 5


def _acronym(text: str) -> bool:
    """Whether ``text`` is an acronym: all capitals, or mostly capitals with a small
    letter (« FAMa », « FARDC »), at most ACRONYM_LETTERS letters."""
    capitals = sum(c.isupper() for c in text)
    return len(text) <= ACRONYM_LETTERS and (text.isupper() or capitals * 2 > len(text) > 2)


def _abbreviates(tree: Tree, i: int) -> bool:
    """Whether token ``i`` is a bracketed abbreviation of the words before the bracket.

    « Forces armées maliennes (FAMa) », "Syrian Democratic Forces (SDF)": its capitals
    are the initials of as many words before it, short lower-case words (de, of) aside.
    """
    capitals = [c.lower() for c in tree.tokens[i].text if c.isupper()]
    if len(capitals) < 2 or i < 2 or tree.tokens[i - 1].text != "(":
        return False
    words = [
        t.text for t in tree.tokens[max(0, i - 12) : i - 1]
        if t.text[:1].isalpha() and not (t.text.islower() and len(t.text) <= 3)
    ]  # fmt: skip
    initials = [w[0].lower() for w in words[-len(capitals) :]]
    return initials == capitals


def _from_origin(tree: Tree, i: int, lexicon: Lexicon) -> bool:
    """True when ``i`` names part of an origin: « tirées depuis la rive occidentale de
    l'Euphrate », "fired from the western bank of the Euphrates"."""
    at = i
    for _ in range(ORIGIN_REACH):
        head = tree.tokens[at].head
        if head == at:
            return False
        lemma = tree.tokens[head].lemma.lower()
        if tree.tokens[head].pos == "ADP":  # English: "of" heads the name
            at = head
            continue
        if lemma not in lexicon.place_nouns and lemma not in lexicon.origin_parts:
            return False
        between = range(min(head, at) + 1, max(head, at))
        if any(
            tree.tokens[b].dep in ("case", "prep")
            and tree.tokens[b].text.lower() in lexicon.location_preps
            for b in between
        ):
            return False  # « … depuis le territoire houthi au large de Hodeida »: placed
        if tree.case_of(head) in lexicon.origin_preps:
            return True
        at = head
    return False


def _for_motive(tree: Tree, i: int, lexicon: Lexicon) -> bool:
    """Whether ``i`` lies under a motive phrase of its clause (« en soutien à X »)."""
    for at in tree.ancestors(i):
        token = tree.tokens[at]
        if token.pos in ("VERB", "AUX"):
            return False
        head = tree.tokens[token.head].text.lower()  # English: the preposition heads
        case = head if token.dep == "pobj" else tree.case_of(at)
        if f"{case} {token.lemma.lower()}" in lexicon.motive_phrases:
            return True
    return False


def _fled_to(tree: Tree, i: int, lexicon: Lexicon) -> bool:
    """Whether ``i`` names where someone went after the incident: a place under a
    verb of leaving of the sentence's own story ("the militants fled towards the
    Hamrin mountains"), not of a clause about someone ("people who had fled to
    Rafah were killed": there they were hit)."""
    at = noun = i
    for _ in range(ORIGIN_REACH):
        head = tree.tokens[at].head
        if head == at:
            return False
        token = tree.tokens[head]
        if token.pos == "VERB":
            return (
                token.lemma.lower() in lexicon.flight_verbs
                and tree.case_of(noun) in lexicon.destination_preps
                and token.dep not in ("relcl", "acl:relcl", "acl")
            )
        at = head
        noun = at if token.pos != "ADP" else noun
    return False


# Common nouns between a name and its bracket: "Shati refugee camp (…)".
ASIDE_NOUNS = 3


def _aside_of_name(tree: Tree, i: int, lexicon: Lexicon) -> bool:
    """True when ``i`` is inside brackets opened right after a proper name.

    "in Gaza - Northern Remal (Gaza City, Gaza Strip)", « à Tall Rifaat (Alep) »,
    "in the Shati refugee camp (Gaza City)": the bracket says where the name
    before it lies, it is not another place.
    """
    depth = 0
    for k in range(i - 1, -1, -1):
        text = tree.tokens[k].text
        if text == ")":
            depth += 1
        elif text == "(":
            if depth == 0:
                before = k - 1
                # Over the nouns after the name: "Az Zaytun area (…)", "Shati
                # refugee camp (…)", as long as they end in a place noun.
                placed = tree.tokens[before].lemma.lower() in lexicon.place_nouns
                while placed and before > 0 and k - before <= ASIDE_NOUNS:
                    if tree.tokens[before].pos != "NOUN":
                        break
                    before -= 1
                return before >= 0 and tree.tokens[before].pos == "PROPN"
            depth -= 1
    return False


def _cites_outlet(tree: Tree, i: int, lexicon: Lexicon, struck: set[int]) -> bool:
    """True when the name at ``i`` is a news outlet's and nothing makes it a place.

    « selon la chaîne Al Mayadeen », "Al Mayadeen's correspondent": the outlet
    (data/gazetteer/outlets.yaml). « à Mayadine », "hit Al Mayadin": the town.
    """
    if tree.case_of(i) in lexicon.location_preps or i in struck:
        return False
    span = tree.name_span(i)
    words = [t.text for t in tree.tokens if span.start <= t.start < span.end]
    return outlet_key(" ".join(words)) in lexicon.outlets


# Words of a landmark phrase after its name ("the Kuwait roundabout", "Street
# 8"): more and the town after it is no longer the landmark's.
LANDMARK_TAIL = 2
# Tokens of the town's name after the within-word ("in Gaza - Az Zaytun").
TOWN_REACH = 6
NAME_JOINERS = frozenset({"-", "–", "—"})


def _landmark_town(
    tree: Tree, i: int, lexicon: Lexicon, skip: set[int], in_clause: set[int], struck: set[int]
) -> int | None:
    """The town named right after the landmark at ``i`` ("Al Mansoura Road in Shujaiyya").

    ``None`` when ``i`` is no landmark (its name, or the nouns right after it, are
    not ``landmark_nouns``) or no place follows a ``within_preps`` word.
    """
    tokens = tree.tokens
    span = tree.name_span(i)
    last = max(k for k, t in enumerate(tokens) if span.start <= t.start < span.end)
    at = last + 1
    while (
        at < len(tokens)
        and at - last <= LANDMARK_TAIL
        and (forms(tokens[at])[0] in lexicon.landmark_nouns or tokens[at].pos == "NUM")
    ):
        at += 1  # "the Kuwait roundabout", "Street 8"
    named = any(forms(tokens[k])[0] in lexicon.landmark_nouns for k in range(i, at))
    if not named or at >= len(tokens) or tokens[at].text.lower() not in lexicon.within_preps:
        return None
    town = None
    for k in range(at + 1, min(at + 1 + TOWN_REACH, len(tokens))):
        token = tokens[k]
        if token.pos == "DET" and town is None:
            continue
        if token.pos != "PROPN" and token.text not in NAME_JOINERS and token.dep != "compound":
            break  # past the name ("Tal el Hawa": "el" is a compound inside it)
        if k not in skip and _place_score(tree, k, lexicon, in_clause, struck) is not None:
            town = k  # the last scoring word: the head of the town's name
    return town


def _name_on_noun(tree: Tree, i: int, lexicon: Lexicon) -> bool:
    """Whether ``i`` is a proper name the parse hung as a flat name on a common noun
    (« d'assaut Mirebalais »): a name of its own, not the rest of its head's name nor
    the name a place noun introduces (« la région Amhara »)."""
    token = tree.tokens[i]
    head = tree.tokens[token.head]
    return (
        token.dep in ("flat", "flat:name")
        and token.pos == "PROPN"
        and head.pos == "NOUN"
        and not head.ent_type
        and head.lemma.lower() not in lexicon.place_nouns
    )


def find_location(
    tree: Tree,
    clause: Iterable[int],
    triggers: Sequence[int],
    lexicon: Lexicon,
    excluded: Iterable[int] = (),
    located_only: bool = False,
) -> list[int]:
    """Tokens heading the places where the event happened, best first; empty if none.

    With ``located_only``, only places introduced by a locative preposition count
    (for a sentence that gives a toll but names no attack).

    Candidates are place entities and proper names introduced by a locative
    preposition or naming a place noun (« la région de Tal Afar »). The clause's
    own candidates come first, then the rest of the sentence; a place that
    belongs to a speech verb (« a déclaré à Washington ») never counts. Places
    coordinated with the best one (« à Al-Qaïm et à Akashat ») follow it: each
    is an incident of its own.
    """
    in_clause = set(clause)
    # « un salon de thé bondé de Konduga », "a market crowded with shoppers in X":
    # a participle describing a noun of the clause places that noun.
    for i, token in enumerate(tree.tokens):
        if token.dep == "acl" and "VerbForm=Part" in token.morph and token.head in in_clause:
            in_clause.update(tree.subtree(i))
    skip = _attribution_zone(tree, lexicon, triggers) | set(excluded) | set(triggers)
    struck = {c for t in triggers for c in tree.children[t] if tree.tokens[c].dep in OBJECT_DEPS}
    # « ont pris d'assaut Mirebalais »: the parse hangs the name on the noun of the
    # verb phrase as a flat name; it is the object struck.
    struck |= {
        c for s in [*struck, *triggers] for c in tree.children[s] if _name_on_noun(tree, c, lexicon)
    }
    best: tuple[int, int] | None = None
    for i, token in enumerate(tree.tokens):
        if (
            i in skip
            or (token.dep in ("flat", "flat:name") and not _name_on_noun(tree, i, lexicon))
            or token.text.lower() in lexicon.demonyms
            or _cites_outlet(tree, i, lexicon, struck)
            or _describes(tree, i, lexicon)
        ):
            continue
        score = _place_score(tree, i, lexicon, in_clause, struck)
        if located_only and not _located(tree, i, lexicon):
            continue  # Prefer the earliest on ties: the most specific place usually comes first
        # (« à Al-Qaïm, dans la province d’Anbar »).
        if score is not None and (best is None or (score, -i) > best):
            best = (score, -i)
    if best is None:
        return []
    first = -best[1]
    town = _landmark_town(tree, first, lexicon, skip, in_clause, struck)
    if town is not None:
        first = town
    if tree.case_of(first) in lexicon.between_preps:
        return [first]  # "the road between Sayid Sadiq and Sulaimani": one stretch
    others = [
        c
        for c in tree.children[first]
        if tree.tokens[c].dep == "conj"
        and c not in skip
        and _aside_of_name(tree, c, lexicon) == _aside_of_name(tree, first, lexicon)
        and _place_score(tree, c, lexicon, in_clause, struck | {c}) is not None
    ]
    return [first, *others]


def _describes(tree: Tree, i: int, lexicon: Lexicon) -> bool:
    """Whether the name at ``i`` opens a hyphenated adjective ("a Lagos-based risk
    consultancy", "Iran-backed militias"): it describes a noun, it places nothing."""
    after = tree.tokens[i + 1 : i + 3]
    return (
        len(after) == 2
        and after[0].text == "-"
        and after[1].text.lower() in lexicon.describing_heads
    )
