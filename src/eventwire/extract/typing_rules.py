"""Typing rules: which ACLED sub-event type a clause's words and arguments make.

The extractor (``events``) types a clause by its strongest trigger; these rules
then refine that type by what else the clause, its sentence and its story tell:
a generic attack is a clash only between armed sides, a protest climbs ACLED's
ladder (intervention, excessive force, riot) by what is done to or by its
protesters, and a change of territory is typed by who took it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from eventwire.extract.arguments import PLACE_ENTITIES
from eventwire.extract.lexicon import Lexicon, cancelled, forms
from eventwire.extract.syntax import Tree
from eventwire.extract.tolls import Toll

__all__ = [
    "ACTOR_EXCLUDE",
    "AIR",
    "ARRESTS",
    "CHANGE",
    "DISASTER_LOOKALIKES",
    "DISRUPTED",
    "EXCESSIVE",
    "INTERVENED",
    "OVERTAKES",
    "PROTEST",
    "PROTEST_FAMILY",
    "REGAINS",
    "TRANSFER",
    "attacks_unarmed",
    "escalate",
    "has_target",
    "is_armed",
    "is_protest_topic",
    "names_again",
    "names_type",
    "raise_protests",
    "settle_territory",
    "takes_named_place",
    "tells_of_people",
    "territory_taker",
    "type_territory",
]


def has_target(tree: Tree, by_strength: dict[str, list[tuple[int, int]]], lexicon: Lexicon) -> bool:
    """A generic attack verb with a named object or place: "a wave hit a PMF compound".

    Not a country alone: "new sanctions targeting Russia" hit no one on the ground.
    """
    for _rank, at in by_strength.get("generic", []):
        # « Le détachement de Titao a été la cible d'une attaque »: a target noun's
        # subject is what was hit.
        deps = {"VERB": ("obj", "dobj", "obl", "prep"), "NOUN": ("nsubj",)}.get(
            tree.tokens[at].pos, ()
        )
        for c in tree.children[at]:
            token = tree.tokens[c]
            named = [c] if token.pos == "PROPN" or token.ent_type else []
            # "raided the village of Pansi": the name one or two arcs below.
            below = [*tree.children[c], *(g for k in tree.children[c] for g in tree.children[k])]
            named += [g for g in below if tree.tokens[g].pos == "PROPN"]
            if token.dep in deps and any(
                tree.tokens[n].text.lower() not in lexicon.broad_places for n in named
            ):
                return True
    return False


# ACLED's protest ladder: a protest met with arrests or dispersal is a protest
# with intervention; one where protesters are killed or shot at is excessive force;
# one where protesters fight (clash with police, throw stones) is a riot.
AIR = "Air/drone strike"
DISRUPTED = "Disrupted weapons use"
ARRESTS = "Arrests"
PROTEST = "Peaceful protest"
INTERVENED = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
VIOLENT = "Violent demonstration"
INTERVENTION_TYPES = frozenset({ARRESTS, INTERVENED})
FORCE_TYPES = frozenset({"Attack", EXCESSIVE})
FIGHT_TYPES = frozenset({"Armed clash"})  # a fight needs two sides: the protesters fought
RIOT_TYPES = frozenset({VIOLENT, "Mob violence"})
# Property destroyed or looted by demonstrators makes their protest violent (ACLED).
DAMAGE_TYPES = frozenset({"Looting/property destruction"})
ESCALATED = frozenset(
    {PROTEST, INTERVENED, *INTERVENTION_TYPES, *FORCE_TYPES, *FIGHT_TYPES, *RIOT_TYPES,
     *DAMAGE_TYPES}
)  # fmt: skip


PROTEST_FAMILY = frozenset({PROTEST, INTERVENED, EXCESSIVE, VIOLENT})
# Rungs of the ladder for one protest told over several sentences: the story
# is coded once, at the highest rung any of its sentences tells. Demonstrators'
# own violence tops it: force against a riot is not force against peaceful
# protesters (ACLED codebook, Violent demonstration vs Excessive force).
RUNGS = {PROTEST: 0, INTERVENED: 1, EXCESSIVE: 2, VIOLENT: 3}
# Clause relations that attach a clause to a noun: what they tell describes
# that noun ("justice for two students killed in a road accident"), not the protest.
MODIFIER_CLAUSES = frozenset({"acl", "relcl", "acl:relcl"})


def names_type(tree: Tree, lexicon: Lexicon, types: Collection[str]) -> bool:
    """Whether the sentence has a trigger of one of ``types`` that needs no context or
    argument, and that no word of its cancels (« a prayer vigil » is no protest)."""
    return any(
        lexicon.triggers[rank].sub_event_type in types
        and not lexicon.triggers[rank].context
        and not lexicon.triggers[rank].with_words
        and not cancelled(tree, lexicon, rank, at)
        for rank, at in lexicon.trigger_index.matches(tree.tokens)
    )


# Determiner features (Universal Dependencies) of a noun naming something told
# before: "the attacks", "these blasts", « les attaques », « ces tirs ».
DEFINITE = frozenset({"Definite=Def", "PronType=Dem"})


def names_again(tree: Tree, triggers: Sequence[int], lemmas: Collection[str]) -> bool:
    """Whether one of ``triggers`` is a definite noun repeating one of ``lemmas``.

    "Security posts were hit by attacks in 13 places. The attacks were carried
    out with grenades": the second sentence tells the means of the first's.
    """
    return any(
        tree.tokens[t].pos == "NOUN"
        and tree.tokens[t].lemma.lower() in lemmas
        and any(
            DEFINITE & set(tree.tokens[c].morph.split("|"))
            for c in tree.children[t]
            if tree.tokens[c].dep == "det"
        )
        for t in triggers
    )


def is_protest_topic(tree: Tree, at: int, protests: Collection[int]) -> bool:
    """Whether the word at ``at`` is what a protest word (at ``protests``) is against.

    "A protest against the coup", « une manifestation contre le couvre-feu »:
    the coup is the protest's cause, told before, not an incident of its own.
    """
    head = tree.tokens[at].head
    if at in protests or head == at:
        return False
    if tree.tokens[head].pos == "ADP":  # English: the preposition heads its noun
        return tree.tokens[head].head in protests
    return head in protests and bool(tree.child(at, "case"))


def _in_modifier_clause(tree: Tree, i: int) -> bool:
    return any(tree.tokens[j].dep in MODIFIER_CLAUSES for j in (i, *tree.ancestors(i)))


def escalate(
    sub_event_type: str,
    tree: Tree,
    clause: Sequence[int],
    tolls: Sequence[Toll],
    lexicon: Lexicon,
    matched: Sequence[tuple[int, int]],
    by_protesters: bool = False,
) -> str:
    """Type a clause that tells of a protest by what else it tells.

    Arrests at a rally are a protest with intervention; protesters killed,
    wounded or shot at are excessive force against protesters (ACLED: lethal
    force or serious injuries); protesters who fight are a riot. Remote violence
    stays what it is (« une frappe a visé un rassemblement de jihadistes »). The
    protest may be named elsewhere in the sentence when the clause names a fight
    outright ("some demonstrators rallied peacefully, others clashed with police").
    Property looted or destroyed by protesters, or a bare attack word whose
    subject is the protesters (``by_protesters``), makes a riot too.
    """
    if sub_event_type not in ESCALATED:
        return sub_event_type
    # Generic words ("fired", « tiré ») do not raise a protest to excessive force:
    # police firing tear gas is intervention. What names violence outright does.
    named = {lexicon.triggers[rank].sub_event_type
             for rank, at in matched
             if at in clause and lexicon.triggers[rank].strength != "generic"}  # fmt: skip
    told = named | {sub_event_type}
    bare = {lexicon.triggers[rank].sub_event_type
            for rank, at in matched
            if at in clause and lexicon.triggers[rank].strength == "generic"}  # fmt: skip
    if not told & {PROTEST, INTERVENED, EXCESSIVE, *RIOT_TYPES} and not (
        named & (RIOT_TYPES | FIGHT_TYPES | DAMAGE_TYPES)
        and names_type(tree, lexicon, PROTEST_FAMILY)
    ):
        return sub_event_type
    if told & RIOT_TYPES:
        return min(told & RIOT_TYPES)  # protesters' own violence makes it a riot
    if named & (FIGHT_TYPES | DAMAGE_TYPES) or (by_protesters and (told | bare) & FIGHT_TYPES):
        return VIOLENT  # "protesters clashed with police", even when some were killed
    # A bare attack word on a protest ("attacks against peaceful protesters") is
    # force against it, as are protesters wounded or killed.
    hurt = [t for t in tolls if t.value > 0 and not _in_modifier_clause(tree, t.anchor)]
    if told & (FORCE_TYPES | FIGHT_TYPES) or any(t.kind != "injured" for t in hurt):
        return EXCESSIVE
    # Protesters hurt when police used tear gas or batons on them: intervention,
    # not lethal force; hurt by anything else, force.
    if hurt and not told & INTERVENTION_TYPES:
        return EXCESSIVE
    if told & INTERVENTION_TYPES:
        return INTERVENED
    return PROTEST


def raise_protests(story: Sequence[tuple[int, str, str, date | None]], reach: int) -> list[str]:
    """The sub-event types of a story's mentions, each protest raised to its story's rung.

    ``story`` lists each mention's (sentence index, sub-event type, place or "",
    own day or None). Protest mentions at most ``reach`` sentences apart, at one
    place and day (or one of them, the other unsaid), tell one protest: "Hundreds
    rallied in Lesna. They blocked the road to the summit" is one violent
    demonstration; a sit-in on Wednesday is not Thursday's march. A mention
    with neither place nor day ("Police fired tear gas to disperse the crowd")
    goes on with the nearest protest told before it (else after it).
    """
    protests = [k for k, (_at, kind, _there, _when) in enumerate(story) if kind in PROTEST_FAMILY]

    def bare(k: int) -> bool:
        return not story[k][2] and story[k][3] is None

    def anchor(k: int) -> int | None:
        near = [j for j in protests if not bare(j) and abs(story[j][0] - story[k][0]) <= reach]
        before = [j for j in near if j < k]
        return max(before) if before else min(near, default=None)

    def alike(i: int, j: int) -> bool:
        (at, _kind, place, day), (other, _k, there, when) = story[i], story[j]
        same_place = bool(place) and place == there
        same_day = day is not None and day == when
        return (
            abs(at - other) <= reach
            and (not place or not there or same_place)
            and (day is None or when is None or same_day)
            and (i == j or same_place or same_day)
        )

    def told(i: int) -> list[int]:
        if bare(i):
            held = anchor(i)
            return [i, *told(held)] if held is not None else [j for j in protests if alike(i, j)]
        kin = [j for j in protests if not bare(j) and alike(i, j)]
        return kin + [w for w in protests if bare(w) and anchor(w) in kin]

    return [
        max((story[j][1] for j in told(k)), key=RUNGS.__getitem__)
        if kind in PROTEST_FAMILY else kind
        for k, (_at, kind, _there, _when) in enumerate(story)
    ]  # fmt: skip


REGAINS = "Government regains territory"
OVERTAKES = "Non-state actor overtakes territory"
TRANSFER = "Non-violent transfer of territory"
CHANGE = "Change to group/activity"
# Types that, told with a disaster or a common crime, are the disaster itself or
# the answer to it: toxic gas leaking from a plant, troops mobilised for flood
# relief, a state of emergency over wildfires, a drug smuggler arrested (ACLED
# codes arrests in a political context only).
DISASTER_LOOKALIKES = frozenset({"Chemical weapon", CHANGE, "Other", ARRESTS})
# Children left out when reading who an actor is: clauses and appositions name
# others ("forces loyal to …" keeps "loyal", not what follows).
ACTOR_EXCLUDE = frozenset({"acl", "relcl", "acl:relcl", "appos", "parataxis", "punct", "cc"})


# What a taking verb took: its object, or the subject of its passive ("Kunduz was seized").
TAKEN_DEPS = frozenset({"obj", "dobj", "nsubjpass", "nsubj:pass"})


def takes_named_place(tree: Tree, start: int, length: int) -> bool:
    """Whether the verb phrase at ``start`` takes a named place: "the Taliban captured
    Kunduz", « les jihadistes ont pris Kidal », "Palmyra was seized by IS".

    Only its own object counts: "took residents of Kunduz hostage" took no town.
    """
    return any(
        tree.tokens[c].dep in TAKEN_DEPS and tree.tokens[c].ent_type in PLACE_ENTITIES
        for i in range(start, start + length)
        for c in tree.children[i]
    )


# Who a verb tells of: its subject, its passive's subject or its object.
PEOPLE_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "obj", "dobj"})
# Entity labels naming a people: nationalities, religious and political groups.
PEOPLE_ENTITIES = frozenset({"NORP"})


def tells_of_people(tree: Tree, start: int, length: int) -> bool:
    """Whether the verb phrase at ``start`` tells of a people named by nationality
    or group: "almost 15,000 Syrians have fled", "thousands of Rohingya were displaced"."""
    return any(
        tree.tokens[i].ent_type in PEOPLE_ENTITIES
        # The people themselves, not a word describing others ("Australian diplomats").
        and tree.tokens[i].dep not in ("amod", "compound")
        for at in range(start, start + length)
        for c in tree.children[at]
        if tree.tokens[c].dep in PEOPLE_DEPS
        for i in tree.subtree(c, ACTOR_EXCLUDE)
    )


def territory_taker(tree: Tree, actor: int, lexicon: Lexicon, default: str) -> str:
    """Type a change of territory by who took it, as ACLED does.

    A state's forces regain territory; anyone else overtakes it ("Al-Shabaab
    recaptured the town" is a non-state actor overtaking it). A named group
    without a state word is non-state; an actor read as neither keeps ``default``.
    """
    words = {f for i in tree.subtree(actor, ACTOR_EXCLUDE) for f in forms(tree.tokens[i])}
    if words & lexicon.non_state_actors:
        return OVERTAKES
    if words & lexicon.state_actors:
        return REGAINS
    if any(tree.tokens[i].pos == "PROPN" for i in tree.subtree(actor, ACTOR_EXCLUDE)):
        return OVERTAKES
    return default


# A verb in one of these relations without a subject of its own has its head's
# subject: "the army used tanks to take control of six hills", "the military was
# able to capture the hills", "the SSA-N claimed to have recaptured a base".
CONTROLLED = frozenset({"xcomp", "acomp", "advcl"})


def _taker_subject(tree: Tree, trigger: int) -> int | None:
    """Who the territory verb says took the place: its subject, or its passive's agent."""
    at = trigger
    while True:
        for c in tree.children[at]:
            token = tree.tokens[c]
            if token.dep == "nsubj":  # an active subject (a passive one is what was taken)
                return c
            if token.dep == "agent":
                return next(iter(tree.child(c, "pobj")), None)
            if token.dep == "obl:agent":
                return c
        if tree.tokens[at].dep not in CONTROLLED or tree.tokens[at].head == at:
            return None
        at = tree.tokens[at].head


def type_territory(
    tree: Tree,
    sub_event_type: str,
    actor: int | None,
    trigger: int,
    lexicon: Lexicon,
    unopposed: bool,
) -> tuple[str, bool]:
    """(type, whether a taker was named) of a clause telling a place taken.

    The taker is the event's actor, else the verb's own subject ("forces loyal
    to the government wrested control"). A place taken in a sentence telling
    that the other side left, without fighting (``unopposed``), changed hands
    without violence: "IS recaptured Palmyra after the army pulled out".
    """
    taker = actor if actor is not None else _taker_subject(tree, trigger)
    if taker is not None:
        sub_event_type = territory_taker(tree, taker, lexicon, sub_event_type)
    return (TRANSFER if unopposed else sub_event_type), taker is not None


def settle_territory(story: Sequence[tuple[int, str, bool, bool]], reach: int) -> list[str]:
    """The types of a story's mentions once its territory changes are read together.

    ``story`` lists each mention's (sentence index, type, taker named, sentence
    tells the other side left). A place taken with no taker named ("the capture
    of the villages") is taken by whoever the story's nearest taking names; a
    taking, or a withdrawal, told at most ``reach`` sentences from a transfer is
    that transfer ("IS seized the crossing. ... following the army's withdrawal").
    """
    taken = (REGAINS, OVERTAKES)
    settled = []
    for index, sub_event_type, named, yielded in story:
        near = [(abs(at - index), at > index, other, has)
                for at, other, has, _y in story if abs(at - index) <= reach]  # fmt: skip
        if sub_event_type in taken and not named:
            takers = sorted(
                (d, later, other) for d, later, other, has in near if other in taken and has
            )
            sub_event_type = takers[0][2] if takers else sub_event_type
        transfer = any(other == TRANSFER for _d, _l, other, _h in near)
        if transfer and (sub_event_type in taken or (sub_event_type == CHANGE and yielded)):
            sub_event_type = TRANSFER
        settled.append(sub_event_type)
    return settled


def struck(tree: Tree, trigger: int, lexicon: Lexicon) -> list[int]:
    """What an attack word names as hit: its object, or the noun after a target
    preposition ("opened fire on a teahouse", "an attack on a vehicle"); not a time."""
    found = []
    for c in tree.children[trigger]:
        token = tree.tokens[c]
        if token.dep in ("obj", "dobj"):
            found.append(c)
        elif token.text.lower() in lexicon.target_preps:
            found += [g for g in tree.children[c] if tree.tokens[g].dep in ("pobj", "obj")]
    return [i for i in found if tree.tokens[i].ent_type not in ("DATE", "TIME")]


def attacks_unarmed(
    tree: Tree, triggers: Sequence[int], targets: Sequence[int], lexicon: Lexicon
) -> bool:
    """Whether a bare attack word tells an attack on the unarmed, not a clash.

    A clash needs two armed sides (ACLED): gunmen firing on a bar, bandits killing
    seven people or armed men storming a stock exchange attacked the unarmed.
    ``targets`` are the actors and victims already read; what the word names as
    hit by any of the clause's ``triggers`` counts too ("a drive-by shooting attack
    on a vehicle"). With nothing named as hit, the clause stays a clash.
    """
    hit = [*targets, *(i for t in triggers for i in struck(tree, t, lexicon) if i not in triggers)]
    return bool(hit) and not any(is_armed(tree, t, lexicon) for t in hit)


def is_armed(tree: Tree, i: int, lexicon: Lexicon) -> bool:
    """Whether the target or victim headed by ``i`` is armed: forces, fighters, their posts."""
    armed = lexicon.state_actors | lexicon.non_state_actors | lexicon.armed_sites
    return any(
        armed & set(forms(tree.tokens[j]))
        # A word naming a kind of place is no armed side ("local government areas"),
        # unless the place is itself armed (« le poste militaire »).
        and not (
            tree.tokens[j].dep in ("compound", "amod")
            and (kind := set(forms(tree.tokens[tree.tokens[j].head]))) & lexicon.place_nouns
            and not kind & lexicon.armed_sites
        )
        for j in tree.subtree(i, ACTOR_EXCLUDE)
    )
