"""How the mentions of one story lend each other actors.

A report tells one side's campaign and names each side once: an incident told
with no initiator, or hitting unnamed forces, takes the side the story named
before (``told_before``, ``story_targets``); a site struck again is hit in the
same people (``site_targets``); an incident told again keeps its named author
(``retells_named``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from eventwire.models import ActorRef, EventMention

__all__ = [
    "CIVILIANS_INTER",
    "CLAIMABLE",
    "DISRUPTED",
    "NAMED_METHODS",
    "STATE_INTERS",
    "STRIKES",
    "retells_named",
    "same_incident",
    "site_targets",
    "story_targets",
    "told_after",
    "told_before",
    "told_last",
]

# Event types a group claims: violence, not protests or agreements.
CLAIMABLE = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
DISRUPTED = "Disrupted weapons use"
# ACLED inter codes of state forces at home (1) and abroad (8).
STATE_INTERS = frozenset({1, 8})
# ACLED's inter code of civilians.
CIVILIANS_INTER = 7
# How a ref names its actor outright (not a pattern, a claim or an inference).
NAMED_METHODS = frozenset({"exact", "normalised", "fuzzy"})
# Strikes from afar: a state's weapons, whose author a live blog may name only later.
STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


def told_before(
    mentions: list[EventMention],
    unnamed: Callable[[ActorRef], bool],
    where: Callable[[EventMention], str] = lambda _: "",
    unclaimed: Callable[[EventMention], bool] = lambda _: False,
) -> list[EventMention]:
    """Give an incident whose sentence names no one acting the side the story named before.

    Unnamed forces acting ("the troops", « l'armée ») are the state forces named
    last: "Israeli forces raided Jenin … The day before yesterday, troops arrested
    12 people in Tubas" are Israel's, not the forces of the country the town is in.
    An incident with no initiator at all ("Two bombs struck the store", « des
    roquettes ont visé la base ») is the last named initiator's: a report tells one
    side's campaign and names the attacker once ("US warplanes struck 85 targets …
    A separate wave hit a PMF compound"), unless that side is the incident's target,
    the story says no one claimed it (``unclaimed``: "Separately, a roadside bomb
    struck a minibus … No group has claimed responsibility"), or the side was told
    acting at home in another country than the incident's (``where``: a round-up's
    "India: police fire tear gas …" gives no one to "South Sudan: armed youth raid a
    cattle camp"; forces abroad, "Israeli strikes" in Gaza then Lebanon, are carried).
    """
    forces: ActorRef | None = None  # the state forces named last, on either side
    initiator: ActorRef | None = None  # the initiator named last
    # The country of the incident each of those was told in.
    told_in: dict[str, str] = {}
    replaced: dict[str, ActorRef] = {}

    def carried(ref: ActorRef | None, mention: EventMention) -> ActorRef | None:
        home = told_in.get(ref.name, "") if ref is not None else ""
        here = where(mention)
        # An actor told at home is not carried abroad.
        if ref is None or (home and here and home != here and ref.country == home):
            return None
        return ref

    for mention in sorted(mentions, key=lambda m: m.sentence.start):
        acting, target = mention.actor1_ref, mention.actor2_ref
        last_forces, last_initiator = carried(forces, mention), carried(initiator, mention)
        # Only who acts: a target ("army positions", "a military base") is most
        # often the forces of the country struck, whoever the story named.
        # Unnamed gunmen retelling an incident whose author was named ("an attack by
        # ADF rebels … The assailants set fire to homes") are that author.
        retold = (
            acting is not None and unnamed(acting) and retells_named(mention, mentions, unnamed)
        )
        if acting is not None and acting.method == "pattern":
            if last_forces is not None and last_forces.name != acting.name:
                replaced[mention.mention_id] = last_forces
        elif (
            (acting is None or acting.method == "inferred" or retold)
            and last_initiator is not None
            and mention.event_type in CLAIMABLE
            and (target is None or target.name != last_initiator.name)
            and not unclaimed(mention)
        ):
            replaced[mention.mention_id] = dataclasses.replace(last_initiator, method="story")
            if retold:
                continue
        for ref in (acting, target):
            if ref is not None and ref.inter in STATE_INTERS and ref.method in NAMED_METHODS:
                forces = ref
                told_in[ref.name] = where(mention)
        if (
            acting is not None
            and acting.method in (*NAMED_METHODS, "claimed")
            and acting.inter != CIVILIANS_INTER  # unarmed people initiate nothing
            and mention.sub_event_type != DISRUPTED  # who stops a weapon attacks no one
        ):
            initiator = acting
            told_in[acting.name] = where(mention)
    return [
        dataclasses.replace(m, actor1_ref=replaced[m.mention_id]) if m.mention_id in replaced else m
        for m in mentions
    ]


def told_after(
    mentions: list[EventMention], unclaimed: Callable[[EventMention], bool]
) -> list[EventMention]:
    """Give a strike the story tells before naming any attacker the state named striking next.

    A live blog tells the latest first: "19h10 - the toll of the strike on the
    Kharkiv hypermarket rises … 08h15 - a Russian missile hit a warehouse in Odesa":
    the strikes it told first are those forces' too. Only for strikes with no
    initiator (or an inferred one) and no attacker named before them
    (``told_before`` gives those), only state forces, whose weapons these are, and
    not for a strike the story says no one claimed (``unclaimed``).
    """
    ordered = sorted(mentions, key=lambda m: m.sentence.start)
    replaced: dict[str, ActorRef] = {}
    for at, mention in enumerate(ordered):
        acting = mention.actor1_ref
        if acting is not None and acting.method != "inferred":
            break  # from here on an attacker was named before
        if mention.sub_event_type not in STRIKES or unclaimed(mention):
            continue
        target = mention.actor2_ref.name if mention.actor2_ref is not None else None
        later = next(
            (
                m.actor1_ref
                for m in ordered[at + 1 :]
                if m.actor1_ref is not None
                and m.actor1_ref.method in NAMED_METHODS
                and m.sub_event_type in STRIKES
            ),
            None,
        )
        if later is not None and later.inter in STATE_INTERS and later.name != target:
            replaced[mention.mention_id] = dataclasses.replace(later, method="story")
    return [
        dataclasses.replace(m, actor1_ref=replaced[m.mention_id]) if m.mention_id in replaced else m
        for m in mentions
    ]


def story_targets(mentions: list[EventMention]) -> list[EventMention]:
    """Give unnamed forces hit the group the same attacker was told hitting before.

    "US warplanes struck targets in Houthi-controlled Yemen … the strikes hit a
    military base next to the airport": the base is the Houthis', not a state's
    army that the event's country would otherwise lend it.
    """
    struck: dict[str, ActorRef] = {}  # initiator -> the named group it was told hitting
    replaced: dict[str, ActorRef] = {}
    for mention in sorted(mentions, key=lambda m: m.sentence.start):
        acting, target = mention.actor1_ref, mention.actor2_ref
        if acting is None or target is None:
            continue
        if target.method == "pattern" and target.inter in STATE_INTERS and acting.name in struck:
            replaced[mention.mention_id] = dataclasses.replace(struck[acting.name], method="story")
        elif (
            target.method in NAMED_METHODS
            and target.inter not in STATE_INTERS
            and target.inter != CIVILIANS_INTER
        ):
            struck[acting.name] = target
    return [
        dataclasses.replace(m, actor2_ref=replaced[m.mention_id]) if m.mention_id in replaced else m
        for m in mentions
    ]


def told_last(mentions: list[EventMention], at: int) -> EventMention | None:
    """The mention told last before the character offset ``at``, if any."""
    before = [m for m in mentions if m.sentence.start < at]
    return max(before, key=lambda m: m.sentence.start) if before else None


def same_incident(mention: EventMention, other: EventMention | None) -> bool:
    """Whether two mentions may tell one incident: the same day, at one place (or one
    of them placed nowhere)."""
    if other is None or other.event_date != mention.event_date:
        return False
    mine, theirs = mention.place_key(), other.place_key()
    return not mine or not theirs or mine == theirs


def retells_named(
    mention: EventMention, mentions: list[EventMention], unnamed: Callable[[ActorRef], bool]
) -> bool:
    """Whether an earlier mention of the same day and place named its initiator: "an
    attack by ADF rebels on Oicha … The assailants set fire to homes" is the ADF's, even
    when another group claims the attack afterwards (the story's initiator names it). A
    retelling often names no place of its own: then the same type of incident will do."""
    key = mention.place_key()
    return any(
        other.sentence.start < mention.sentence.start
        and other.event_date == mention.event_date
        and (other.place_key() == key if key else other.event_type == mention.event_type)
        and other.actor1_ref is not None
        and other.actor1_ref.method in NAMED_METHODS
        and other.actor1_ref.inter != CIVILIANS_INTER
        and not unnamed(other.actor1_ref)
        for other in mentions
    )


def site_targets(mentions: list[EventMention]) -> list[EventMention]:
    """Give a mention with no target the one named at its place or in its own clause.

    "Drones were launched at the base hosting US troops … In the earlier
    incident, three drones were sent towards the base": the same side striking
    the same site again hits the same people. So does an incident told twice in
    one sentence ("the army carried out a drone strike against a group of
    jihadists preparing to attack Arbinda", placed once in the province and once
    at the town). Only for one initiator (or an unnamed one), so a strike back at
    the attackers' town keeps its own target.
    """
    out = []
    for mention in mentions:
        if mention.actor2_ref is None:
            key = mention.place_key()
            mine = mention.actor1_ref.name if mention.actor1_ref is not None else None
            for other in mentions:
                theirs = other.actor1_ref.name if other.actor1_ref is not None else None
                told_with = (
                    other.sentence.start == mention.sentence.start
                    and other.event_type == mention.event_type
                )
                if (
                    other.actor2_ref is not None
                    and ((key and other.place_key() == key) or told_with)
                    and (mine is None or theirs is None or mine == theirs)
                    and other.actor2_ref.name != mine
                ):
                    mention = dataclasses.replace(mention, actor2_ref=other.actor2_ref)
                    break
        out.append(mention)
    return out
