"""The sides of protests and riots, as ACLED codes them.

A demonstration's crowd is never named as a group: ACLED codes it "Protesters
(<country>)" (a riot's "Rioters (<country>)"), whoever called it (« la marche
appelée par les Forces vives de Guinée » is the Protesters of Guinea, the
organisers being only associated with them). The other side is the force that
stepped in: none in a peaceful protest, the police (or the forces the sentence
names) in a protest with intervention, and in excessive force against
protesters the forces act first and the protesters are the target.
"""

from __future__ import annotations

import dataclasses

from eventwire.actors.model import ActorLookup, ActorMatch
from eventwire.actors.story import STATE_INTERS
from eventwire.models import ActorRef, EventMention

__all__ = ["CROWD_TYPES", "crowd_sides"]

PROTESTS, RIOTS = "Protests", "Riots"
CROWD_TYPES = frozenset({PROTESTS, RIOTS})
PEACEFUL = "Peaceful protest"
EXCESSIVE = "Excessive force against protesters"
# The generic pattern naming a country's police (data/actors/generic.yaml).
POLICE = "police"


def crowd_sides(mention: EventMention, base: ActorLookup, told: str, country: str) -> EventMention:
    """``mention`` with ACLED's sides when it is a protest or a riot, else unchanged.

    ``told`` is its sentence, ``country`` its country. The other side is the state
    side the mention or its sentence names; failing one, a crowd dispersed or fired
    on was so by the country's police ("the march was violently dispersed").
    """
    if mention.event_type not in CROWD_TYPES or not country:
        return mention
    crowd = _ref(base.crowd(country, rioters=mention.event_type == RIOTS))
    forces = _state_side(mention, base.find_names(told, country, patterns=True))
    if mention.event_type == RIOTS:
        # Rioters fight whom the text names; a victim it names stays the target.
        other = forces or mention.actor2_ref
        if other is not None and other.name == crowd.name:
            other = None
        return dataclasses.replace(mention, actor1_ref=crowd, actor2_ref=other)
    if mention.sub_event_type == PEACEFUL:
        return dataclasses.replace(mention, actor1_ref=crowd, actor2_ref=None)
    police = base.match(POLICE, country)
    if forces is None and police is not None and police.kind == "state":
        day = mention.event_date
        forces = dataclasses.replace(
            _ref(police), name=base.name_on(police.canonical, day), method="pattern"
        )
    if mention.sub_event_type == EXCESSIVE:
        return dataclasses.replace(mention, actor1_ref=forces, actor2_ref=crowd)
    return dataclasses.replace(mention, actor1_ref=crowd, actor2_ref=forces)


def _ref(match: ActorMatch) -> ActorRef:
    return ActorRef(
        match.canonical, match.method, match.inter, match.country or "", match.parent or ""
    )


def _state_side(mention: EventMention, named: list[ActorMatch]) -> ActorRef | None:
    """A side the mention already names as the state's, else the first state forces
    ``named`` in its sentence."""
    for ref in (mention.actor1_ref, mention.actor2_ref):
        if ref is not None and ref.inter in STATE_INTERS:
            return ref
    for match in named:
        if match.kind == "state" and match.inter in STATE_INTERS:
            return _ref(match)
    return None
