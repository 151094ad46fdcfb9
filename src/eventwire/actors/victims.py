"""Who an incident hit when the text names no target: the civilians of its country.

ACLED's second side of violence against civilians is always civilians, as it is
of arrests and of looting or property destruction that name no one else
("Israeli forces arrested 14 in Nablus", "bandits burnt thirty houses": in the
readable evaluation sets' gold, 11 of 17 such events name the country's
civilians, the others a named gang or group the text gives), and a
strike from afar whose dead and wounded are counted only as people, with no
armed side named beside them, hit civilians too ("Russian drones struck Izium
… two people were injured", "a junta fighter jet bombed a school, killing at
least 22 people"), unless it struck a vehicle: a drone striking a car is aimed at
its riders, whom the text leaves unnamed ("two men were killed when an Israeli
drone struck their car": fighters as often as not).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from eventwire.actors.model import ActorLookup
from eventwire.actors.story import CIVILIANS_INTER, STRIKES, same_incident
from eventwire.models import ActorRef, EventMention

__all__ = ["unnamed_victims"]

VIOLENCE = "Violence against civilians"
# Strategic developments whose unnamed second side is the civilians of the country.
AGAINST_PEOPLE = frozenset({"Arrests", "Looting/property destruction"})


def unnamed_victims(
    mentions: list[EventMention],
    base: ActorLookup,
    text: str,
    where: Callable[[EventMention], str],
) -> list[EventMention]:
    """The ``mentions`` of ``text`` with the civilians of their country as the target
    of violence against civilians naming none, and of strikes from afar counting
    people hit when no mention of the incident names a target and its sentences
    name no armed side but the striker; ``where`` gives the country an incident is
    told in."""
    out = []
    for mention in mentions:
        country = where(mention)
        if mention.actor2_ref is not None or not country or not mention.placed_finely():
            out.append(mention)
            continue
        if (
            mention.event_type != VIOLENCE
            and mention.sub_event_type not in AGAINST_PEOPLE
            and not _struck_people(
                mention, [m for m in mentions if same_incident(mention, m)], base, text, country
            )
        ):
            out.append(mention)
            continue
        civilians = base.civilians(country)
        ref = ActorRef(
            base.name_on(civilians.canonical, mention.event_date),
            civilians.method,
            civilians.inter,
            civilians.country or "",
        )
        out.append(dataclasses.replace(mention, actor2_ref=ref))
    return out


def _struck_people(
    mention: EventMention, incident: list[EventMention], base: ActorLookup, text: str, country: str
) -> bool:
    if mention.sub_event_type not in STRIKES or not mention.fatalities:
        return False
    acting = mention.actor1_ref.name if mention.actor1_ref is not None else ""
    if any(m.actor2_ref is not None and _armed(m.actor2_ref.inter) for m in incident):
        return False
    if any(base.names_vehicle(m.sentence.cut(text)) for m in incident):
        return False  # a strike on a car is aimed at its riders, named or not
    return not any(
        _armed(m.inter) and m.canonical != acting
        for other in incident
        for m in base.find_names(other.sentence.cut(text), country, patterns=True)
    )


def _armed(inter: int | None) -> bool:
    return inter != CIVILIANS_INTER
