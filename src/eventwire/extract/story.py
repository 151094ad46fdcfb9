"""Story-level passes of the extractor: what one sentence tells about another's incident.

A toll-only sentence or one saying where the places hit lie adds a claim to the
previous incident; damage told near a violent incident is that incident; a
sentence opening with a ``separate`` cue tells another incident. Also which of
a sentence's time expressions dates a clause (``choose_time``).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from eventwire.extract.arguments import named_victim
from eventwire.extract.dates import TimeExpression
from eventwire.extract.draft import (
    TIME_SPECIFICITY,
    TOLL_FIELDS,
    TOLL_REACH,
    VIOLENCE,
    Draft,
    add_tolls,
    dateline,
    event_type,
    place_argument,
    place_name,
    time_tokens,
)
from eventwire.extract.filters import token_at
from eventwire.extract.lexicon import Lexicon, says_verb_phrase
from eventwire.extract.places import find_location
from eventwire.extract.syntax import Tree
from eventwire.extract.tolls import Toll, add_bounds
from eventwire.extract.typing_rules import ARRESTS, DAMAGE_TYPES, DISRUPTED
from eventwire.models import Argument, Article, Span

__all__ = [
    "add_other_side",
    "choose_time",
    "conservative_tolls",
    "ends_when",
    "fold_damage",
    "fold_spoils",
    "hurting_damage",
    "in_other_clause",
    "locates_hit_places",
    "opens_with",
    "own_place",
    "own_time",
    "place_claim",
    "said_when",
    "sum_sides",
    "toll_claim",
    "toll_target",
    "toll_times",
]


def opens_with(text: str, phrases: Sequence[str]) -> bool:
    """Whether the sentence opens with one of ``phrases`` as whole words."""
    lowered = text.lstrip().lower().replace("’", "'")
    return any(
        lowered.startswith(p) and not lowered[len(p) : len(p) + 1].isalnum() for p in phrases
    )


def locates_hit_places(
    tree: Tree, lexicon: Lexicon, matched: Sequence[tuple[int, int]]
) -> int | None:
    """The verb of « deux des sites touchés se trouvent à … », "the targets lie near …", if any.

    Its subject must name places or sites, or hold a trigger word ("the sites hit").
    """
    triggers = {at for _rank, at in matched}
    sites = lexicon.place_nouns | lexicon.site_nouns | lexicon.armed_sites | lexicon.civilian_sites
    for i, token in enumerate(tree.tokens):
        if token.head != i:
            continue  # the sentence's root only
        if not says_verb_phrase(tree, i, lexicon.located_verbs):
            return None
        for c in tree.children[i]:
            if tree.tokens[c].dep.startswith("nsubj") and any(
                j in triggers or tree.tokens[j].lemma.lower() in sites for j in tree.subtree(c)
            ):
                return i
    return None


def toll_claim(
    article: Article, tree: Tree, lexicon: Lexicon, index: int, previous: Draft,
    tolls: list[Toll], claimant: Span | None, times: Sequence[TimeExpression],
) -> Draft:  # fmt: skip
    """A sentence giving only a toll (« Le bilan est de 15 morts ») adds a claim to the
    previous mention's incident: same type, place and date, its own figure and claimant."""
    kept = ("location", "actor1", "actor2", "time", "said_time", "civilian_targeting")
    draft = _claim_draft(article, tree, index, previous, tolls[0].anchor, claimant, kept)
    if "time" in previous.values:
        draft.values["time_sentence"] = previous.values.get("time_sentence", previous.sentence)
    own = toll_times(tree, lexicon, tolls, times)
    if own:  # « Deux jours plus tôt, … » dates this claim itself
        draft.values["time"] = min(own, key=lambda e: TIME_SPECIFICITY.get(e.kind, 9))
        draft.values.pop("time_sentence", None)
        draft.values.pop("said_time", None)
    # A toll given for a place of its own (« À Akachat, trois combattants ont
    # été tués ») is that place's incident, not the previous one's.
    excluded = [*dateline(tree), *time_tokens(tree, times)]
    places = find_location(tree, range(len(tree.tokens)), [], lexicon, excluded, located_only=True)
    if places:
        draft.values["location"] = place_argument(article, tree, places[0], lexicon)
    victim = named_victim(tree, [t.victim for t in tolls if t.victim is not None], lexicon)
    if "actor2" not in draft.values and victim is not None and (span := tree.phrase(victim)):
        # "Two US service members were wounded": who was hit.
        name = tree.tokens[victim].text
        draft.values["actor2"] = Argument(span.cut(article.text), span, name)
    # "Among the injured were two firefighters": some of the total told before.
    told = [
        t for t in tolls
        if not (t.part and t.kind != "any"
                and previous.values.get(TOLL_FIELDS[t.kind][0]) is not None)
    ]  # fmt: skip
    counted = sum_sides(tree, conservative_tolls(tree, told, lexicon))
    add_tolls(draft, counted)
    if side := killed_side(tree, counted, lexicon):
        draft.values["killed_side"] = side
    add_other_side(draft, previous)
    return draft


# killed_side's values for one side's dead; "own" is the claimant's (« nos héros »)
SIDES = ("state", "non_state", "own")


def add_other_side(draft: Draft, previous: Draft) -> None:
    """Add the dead of the previous mention's side to the draft's, when the draft
    tells the other side's ("Four policemen were martyred when militants attacked
    a checkpost … Three attackers were killed in retaliatory fire" is seven): one
    battle's toll is both sides' dead."""
    while previous.values.get("fatalities") is None and previous.values.get("follows"):
        previous = previous.values["follows"]  # the retelling's own incident
    side, before, now = (
        draft.values.get("killed_side"), previous.values.get("fatalities"),
        draft.values.get("fatalities"),
    )  # fmt: skip
    other = previous.values.get("killed_side")
    if not (side in SIDES and other in SIDES and side != other and before and now):
        return
    draft.values["fatalities"] = (
        now[0] + before[0],
        add_bounds(now[1], before[1]),
        add_bounds(now[2], before[2]),
        now[3],
    )
    draft.values["killed_side"] = "both"


def toll_times(
    tree: Tree, lexicon: Lexicon, tolls: Sequence[Toll], times: Sequence[TimeExpression]
) -> list[TimeExpression]:
    """The times of a toll sentence that date the deaths themselves: not a revision's
    ("the toll rose on Thursday"), a count's ("by Tuesday"), a statement's, or another
    clause's."""
    return [
        e for e in times
        if not _dates_revision(tree, e, lexicon) and not _tallied_by(tree, e, lexicon)
        and not in_other_clause(tree, e, [t.anchor for t in tolls])
        and not said_when(tree, e.start, lexicon)
    ]  # fmt: skip


def killed_side(tree: Tree, tolls: Sequence[Toll], lexicon: Lexicon) -> str | None:
    """Which side the sentence's dead are on, when its victim word says: "state"
    (soldiers, police), "non_state" (militants, « terroristes »), "own" (the
    claimant's: « Douze de nos héros »), else ``None``."""
    for toll in tolls:
        if toll.kind != "killed":
            continue
        # « une trentaine de terroristes »: the noun the counting noun governs.
        victims = [toll.victim] if toll.victim is not None else []
        victims += [
            i for i, t in enumerate(tree.tokens)
            if t.dep.startswith("nmod")
            and (
                t.head == toll.victim
                or toll.span.start <= tree.tokens[t.head].start < toll.span.end
            )
        ]  # fmt: skip
        for victim in victims:
            lemma = tree.tokens[victim].lemma.lower()
            if lemma in lexicon.state_actors:
                return "state"
            if lemma in lexicon.non_state_actors:
                return "non_state"
            if any(tree.tokens[c].text.lower() in lexicon.own_side for c in tree.children[victim]):
                return "own"
    return None


def said_when(tree: Tree, offset: int, lexicon: Lexicon) -> bool:
    """Whether the time word at ``offset`` (in the sentence) hangs on a speech or
    account verb (« a annoncé samedi », « faisait état dimanche matin de onze morts »):
    it dates the statement, not the incident."""
    at = token_at(tree, offset)
    if at is None:
        return False
    head = tree.tokens[at].head
    if tree.tokens[at].dep.split(":")[0] not in ("obl", "npadvmod", "nmod", "prep"):
        return False
    if tree.tokens[head].lemma.lower() in lexicon.report_nouns:
        # "said in a statement on Wednesday": the day hangs on the statement,
        # which hangs on the speech verb (through its preposition in English).
        up = tree.tokens[head].head
        if tree.tokens[up].dep == "prep":
            up = tree.tokens[up].head
        head = up
    # "said on Sunday": English parses hang the preposition on the verb.
    return tree.tokens[head].lemma.lower() in lexicon.attribution_verbs or says_verb_phrase(
        tree, head, lexicon.account_verbs
    )


def ends_when(tree: Tree, expr: TimeExpression, lexicon: Lexicon) -> bool:
    """Whether the time expression follows an ``end_preps`` word ("continued into the
    early hours of Wednesday", « jusqu'à mercredi »): when the incident ended."""
    lowered = expr.text.lower().replace("’", "'")
    if any(lowered.startswith(f"{p} ") for p in lexicon.end_preps):
        return True
    at = token_at(tree, expr.start)
    if not at:
        return False
    words = [t.text.lower().replace("’", "'") for t in tree.tokens[max(0, at - 2) : at]]
    return words[-1] in lexicon.end_preps or "".join(words) in lexicon.end_preps


def _tallied_by(tree: Tree, expr: TimeExpression, lexicon: Lexicon) -> bool:
    """Whether the time expression says when a count stood ("by Tuesday morning")."""
    lowered = expr.text.lower()
    if any(lowered.startswith(f"{p} ") for p in lexicon.tally_preps):
        return True
    at = token_at(tree, expr.start)
    before = tree.tokens[at - 1].text.lower() if at else ""
    return before in lexicon.tally_preps


def _dates_revision(tree: Tree, expr: TimeExpression, lexicon: Lexicon) -> bool:
    """Whether the time expression hangs under a toll-revision verb ("rose on Thursday")
    or a verb telling the aftermath of the incident's dead ("died in hospital on
    Thursday", "more bodies were found on Monday")."""
    at = token_at(tree, expr.start)
    if at is None:
        return False
    verb = next((i for i in tree.ancestors(at) if tree.tokens[i].pos in ("VERB", "AUX")), None)
    if verb is None:
        return False
    if tree.tokens[verb].lemma.lower() in lexicon.revisions:
        return True
    return any(
        not expr.start <= tree.tokens[j].start - tree.sentence.span.start < expr.end
        and tree.tokens[j].lemma.lower() in lexicon.aftermath
        and tree.tokens[tree.tokens[j].head].pos != "NUM"  # "more than 160" is a bound
        for c in tree.children[verb]
        if tree.tokens[c].pos not in ("VERB", "AUX")
        for j in tree.subtree(c)
    )


def place_claim(
    article: Article, tree: Tree, lexicon: Lexicon, index: int, previous: Draft, verb: int,
    claimant: Span | None, times: Sequence[TimeExpression],
) -> Draft | None:  # fmt: skip
    """« Deux des sites touchés se trouvent à Al-Qaïm »: the previous incident at the
    places the sentence names (each coordinated one an incident of its own)."""
    # « Deux des sites … se trouvent à Al-Qaïm, et le troisième à Jurf al-Sakhar »:
    # the verb's clause and each of its conjuncts name a place of their own.
    conjuncts = [c for c in tree.children[verb] if tree.tokens[c].dep == "conj"]
    inner = {j for c in conjuncts for j in tree.subtree(c)}
    segments = [[j for j in tree.subtree(verb) if j not in inner]]
    segments += [list(tree.subtree(c)) for c in conjuncts]
    excluded = [*dateline(tree), *time_tokens(tree, times)]
    places: list[int] = []
    for segment in segments:
        found = find_location(tree, segment, [], lexicon, excluded)
        if found and found[0] in segment and found[0] not in places:
            places.append(found[0])
    if not places:
        return None
    draft = _claim_draft(article, tree, index, previous, verb, claimant,
                         ("actor1", "actor2", "civilian_targeting"))  # fmt: skip
    draft.values["location"] = place_argument(article, tree, places[0], lexicon)
    draft.values["more_locations"] = [place_argument(article, tree, p, lexicon) for p in places[1:]]
    return draft


def _claim_draft(
    article: Article, tree: Tree, index: int, previous: Draft, anchor: int,
    claimant: Span | None, kept: Sequence[str],
) -> Draft:  # fmt: skip
    """A claim on the previous draft's incident, anchored at ``anchor``: its type, the
    ``kept`` values it shares, and this sentence's claimant."""
    draft = Draft(tree.sentence, index, [anchor], previous.sub_event_type, previous.strength,
                  {"background": set(), "follows": previous})  # fmt: skip
    for key in kept:
        if key in previous.values:
            draft.values[key] = previous.values[key]
    if claimant is not None:
        draft.values["claimed_by"] = Argument(claimant.cut(article.text), claimant)
    return draft


def fold_damage(taxonomy: dict[str, Any], drafts: list[Draft], text: str = "") -> list[Draft]:
    """Property burnt or destroyed during a violent incident is that incident.

    "Gunmen killed 42 villagers and set fire to homes": ACLED codes the attack,
    not a second, looting event. In the incident's own sentence the damage is
    dropped; within ``TOLL_REACH`` sentences it retells the incident (typed as
    it, dated like it), and so do the claims that follow it.
    """
    violent = [d for d in drafts if d.sub_event_type not in DAMAGE_TYPES
               and event_type(taxonomy, d) in VIOLENCE]  # fmt: skip
    kept: list[Draft] = []
    folded: dict[int, Draft] = {}  # id() of a damage draft -> the incident it is
    for draft in drafts:
        follows = draft.values.get("follows")
        if follows is not None and id(follows) in folded:
            # "No casualties were reported" after the damage: the incident's claim.
            incident = folded[id(follows)]
            draft.sub_event_type, draft.values["follows"] = incident.sub_event_type, incident
            folded[id(draft)] = incident
        elif follows is not None and follows.sub_event_type in DAMAGE_TYPES:
            pass  # "No one was hurt" after damage that is an incident of its own: its claim
        elif draft.sub_event_type in DAMAGE_TYPES:
            leading = [v for v in violent if v.index == draft.index and _leads(v, draft)]
            if leading:
                folded[id(draft)] = leading[0]
                continue  # "…, setting fire to two cars": the sentence's incident
            near = [
                v for v in violent
                if 0 < abs(v.index - draft.index) <= TOLL_REACH
                and not _own_incident(draft, v, text)
            ]  # fmt: skip
            if near:
                incident = min(near, key=functools.partial(_apart, damage=draft, text=text))
                draft.sub_event_type = incident.sub_event_type
                draft.values["retold"], draft.values["follows"] = True, incident
                folded[id(draft)] = incident
        kept.append(draft)
    return kept


def hurting_damage(taxonomy: dict[str, Any], drafts: list[Draft]) -> None:
    """Damage that hurt or killed people is an attack on them (ACLED): « des colons
    ont incendié quatre voitures et une maison à Sinjil, blessant deux habitants ».

    Only damage that is an incident of its own: none violent told beside it, or its
    own place or time set (told after another incident, it would retell that one).
    """
    violent = [d for d in drafts if event_type(taxonomy, d) in VIOLENCE]
    for draft in drafts:
        hurt = any(
            (told := draft.values.get(kind)) is not None and told[0] > 0
            for kind in ("fatalities", "injuries")
        )
        if (
            draft.sub_event_type in DAMAGE_TYPES
            and hurt
            and not any(v.index == draft.index for v in violent)
            and (not violent or own_place(draft) or own_time(draft))
        ):
            draft.sub_event_type = "Attack"


def own_time(draft: Draft) -> bool:
    """Whether the draft's sentence dates it itself (not a date taken from another)."""
    return "time" in draft.values and "time_sentence" not in draft.values


def own_place(draft: Draft) -> bool:
    """Whether the draft's sentence names its place itself."""
    place = draft.values.get("location")
    sentence = draft.sentence.span
    return place is not None and sentence.start <= place.span.start < sentence.end


def toll_target(violent: Sequence[Draft], drafts: Sequence[Draft]) -> tuple[Draft | None, int]:
    """The incident a toll told alone goes to, and the sentence its reach runs from.

    The last violent incident; or damage told after it: its own incident when its
    sentence sets its own place or time (« Dans le Nord-Ouest, des hommes armés ont
    incendié dans la nuit … un lycée de Bali. Aucune victime n'est signalée »),
    else a retelling of that incident, which the toll reaches past ("The attackers
    burnt vehicles before withdrawing. Twenty were killed in the riposte")."""
    damage = [
        d for d in drafts
        if d.sub_event_type in DAMAGE_TYPES
        and any(0 < d.index - v.index <= TOLL_REACH for v in violent)
    ]  # fmt: skip
    told = sorted([*violent, *damage], key=lambda d: d.index)
    if not told:
        return None, -TOLL_REACH - 1
    last = told[-1]
    if last in damage and not (own_place(last) or own_time(last)):
        return [v for v in violent if v.index <= last.index][-1], last.index
    return last, last.index


def fold_spoils(taxonomy: dict[str, Any], drafts: list[Draft]) -> None:
    """A weapons seizure told with no time or place of its own after a battle or
    arrests is what they left behind (« D'importantes quantités d'armes ont été
    récupérées » after the fighting, "Weapons were seized" after the arrests):
    ACLED codes the battle or the arrests, not a second event. The seizure and the
    claims that follow it retell that incident."""
    folded: dict[int, Draft] = {}  # id() of a seizure -> the incident it is
    for draft in drafts:
        follows = draft.values.get("follows")
        if follows is not None and id(follows) in folded:
            incident = folded[id(follows)]
        elif draft.sub_event_type == DISRUPTED and not (own_time(draft) or own_place(draft)):
            before = [
                d for d in drafts
                if 0 < draft.index - d.index <= TOLL_REACH
                and (event_type(taxonomy, d) == "Battles" or d.sub_event_type == ARRESTS)
            ]  # fmt: skip
            if not before:
                continue
            incident = before[-1]
            draft.values["retold"] = True
        else:
            continue
        draft.sub_event_type, draft.values["follows"] = incident.sub_event_type, incident
        folded[id(draft)] = incident


def _own_incident(damage: Draft, incident: Draft, text: str) -> bool:
    """Whether damage told in another sentence is an incident of its own: it dates
    itself, and names another place than the incident's or is told in another
    paragraph."""
    if not own_time(damage):
        return False
    if own_place(damage) and place_name(incident) not in (None, place_name(damage)):
        return True
    lo, hi = sorted((incident.sentence.span.end, damage.sentence.span.start))
    return "\n\n" in text[lo:hi]


def _apart(incident: Draft, damage: Draft, text: str) -> tuple[bool, int, int]:
    """How far a damage sentence is from an incident: one of its own paragraph first
    (``text``: the article's), then the nearest; as near before as after, the one
    told before, whose details follow it."""
    lo, hi = sorted((incident.sentence.span.end, damage.sentence.span.start))
    return ("\n\n" in text[lo:hi], abs(incident.index - damage.index), incident.index)


def _leads(incident: Draft, damage: Draft) -> bool:
    """Whether a violent incident leads its sentence's damage: told before it, or with a
    toll ("properties were looted … after fighting" is the looting's sentence)."""
    return incident.triggers[0] < damage.triggers[0] or any(
        incident.values.get(kind) is not None for kind in ("fatalities", "injuries")
    )


def choose_time(
    tree: Tree, draft: Draft, clause: list[int], times: Sequence[TimeExpression]
) -> TimeExpression | None:
    """The time expression of the draft's clause (else of its sentence), if any."""
    sentence = draft.sentence
    background = draft.values["background"]
    found = [
        expr
        for expr in times
        if not any(
            tree.tokens[b].start <= sentence.span.start + expr.start < tree.tokens[b].end
            for b in background
        )
    ]
    # "TULKARM, Wednesday (PTA) - … were killed late yesterday": the dateline's
    # day is when the report was filed; the sentence's own time dates the incident.
    filed = dateline(tree)
    end = tree.tokens[filed[-1]].end - sentence.span.start if filed else 0
    found = [e for e in found if e.start >= end] or found
    if not found:
        return None
    clause_span = (tree.tokens[min(clause)].start, tree.tokens[max(clause)].end)
    anchor = tree.tokens[draft.triggers[0]].start - sentence.span.start

    def distance(expr: TimeExpression) -> tuple[int, int, int]:
        start = sentence.span.start + expr.start
        inside = clause_span[0] <= start < clause_span[1]
        return (
            0 if inside else 1,
            TIME_SPECIFICITY.get(expr.kind, 9),
            abs(expr.start - anchor),
        )

    return min(found, key=distance)


def in_other_clause(tree: Tree, expr: TimeExpression, anchors: Sequence[int]) -> bool:
    """Whether ``expr`` lies in a coordinated clause with its own subject and none of
    the ``anchors`` ("… were wounded, and rescuers were still searching on Tuesday")."""
    at = token_at(tree, expr.start)
    if at is None:
        return False
    for verb in (at, *tree.ancestors(at)):
        token = tree.tokens[verb]
        if token.dep == "conj" and token.pos in ("VERB", "AUX") and tree.child(verb, "nsubj"):
            inside = tree.subtree(verb)
            return not any(a in inside for a in anchors)
    return False


def sum_sides(tree: Tree, tolls: list[Toll]) -> list[Toll]:
    """Counts of one kind told by verbs of joined clauses are of different people
    ("killing two of the attackers, while one SDF fighter was martyred"): their sum.
    A count told by a noun ("bringing the toll to 12") is a total, never added."""
    for kind in ("killed", "injured"):
        # One toll per counted word: a word's several lexicon readings count once.
        mine = list({
            t.anchor: t for t in tolls if t.kind == kind and t.value > 0 and not t.part
        }.values())  # fmt: skip
        if len(mine) != 2 or any(tree.tokens[t.anchor].pos != "VERB" for t in mine):
            continue
        first, second = mine
        a, b = tree.clause_root(first.anchor), tree.clause_root(second.anchor)
        if a == b or not tree.joined(a, b):
            continue
        low, high = add_bounds(first.low, second.low), add_bounds(first.high, second.high)
        span = Span(min(first.span.start, second.span.start), max(first.span.end, second.span.end))
        total = Toll(kind, first.value + second.value, low, high, span, first.anchor, first.victim)
        tolls = [
            total if t.kind == kind and t.anchor == first.anchor else t
            for t in tolls
            if t.kind != kind or t.anchor != second.anchor
        ]
    return tolls


def conservative_tolls(tree: Tree, tolls: list[Toll], lexicon: Lexicon) -> list[Toll]:
    """The sentence's tolls, keeping only the smallest of a kind when two accounts in
    it give different figures (« les secours évoquent 18 morts, la police fait état
    de 12 morts »): ACLED codes the most conservative one. "No injuries" against two
    wounded is a denial, not a smaller count; figures under one account (or none)
    are left as they are: the largest is its latest ("rising to 15"). A semicolon
    parts two accounts whatever the parse ("a source said 50 had been killed; the
    group claimed to have killed 200")."""
    semicolons = [k for k, t in enumerate(tree.tokens) if t.text == ";"]
    accounts = [
        next(
            (
                (i, sum(k < t.anchor for k in semicolons))
                for i in tree.ancestors(t.anchor)
                if says_verb_phrase(tree, i, lexicon.account_verbs)
            ),
            None,
        )
        for t in tolls
    ]
    # "Officials initially said 25 had been hurt; the Pentagon later put the number
    # at more than 40": a superseded account is no alternative, the later one stands.
    earlier = [
        mine is not None
        and any(
            tree.word(c) in lexicon.earlier_words
            # on the path from the figure to its account verb, or on the verb's
            # subject (« un premier bilan faisait état de 12 morts »)
            for k in (mine[0], *tree.child(mine[0], "nsubj"), *_between(tree, t.anchor, mine[0]))
            for c in tree.children[k]
        )
        for t, mine in zip(tolls, accounts, strict=True)
    ]
    kept = []
    for toll, mine, old in zip(tolls, accounts, earlier, strict=True):
        others = [
            (other, theirs)
            for other, theirs, stale in zip(tolls, accounts, earlier, strict=True)
            if other.kind == toll.kind and theirs not in (None, mine) and not stale
        ]
        if old and others:
            continue
        smaller = any(0 < other.value < toll.value for other, _ in others)
        if mine is None or not smaller:
            kept.append(toll)
    return kept


def _between(tree: Tree, low: int, high: int) -> list[int]:
    """The heads from ``low`` up to (not including) its ancestor ``high``."""
    path = [low]
    for k in tree.ancestors(low):
        if k == high:
            return path
        path.append(k)
    return path
