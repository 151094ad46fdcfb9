"""What an actor phrase of a mention holds: a name or none, the part before the other
side's phrase, and the spans its tolls count (used by the ``actors.kb.v1`` stage)."""

from __future__ import annotations

import dataclasses
import re

from eventwire.actors.model import ActorLookup
from eventwire.actors.normalise import normalise
from eventwire.models import Argument, EventMention, Span

__all__ = ["blanked", "cut_before", "named_or_none", "told_by_toll", "toll_spans", "whole_name"]


def named_or_none(
    argument: Argument | None,
    sentence_start: int,
    base: ActorLookup,
    country: str,
    target: bool = False,
    place: str = "",
) -> Argument | None:
    """``argument`` unless the base does not know it and it holds no proper name.

    Nor is an unknown phrase that is a country's name alone ("Afghanistan: suicide
    bomber strikes a market", a bulletin line's heading) or that holds the name the
    mention is ``place``d by ("a protest at the Government House in Minna"): those
    tell where, not who.

    A ``target`` named by one unknown word is not kept either: it is a place the
    parse took for whom was hit ("Russian shelling of Nikopol", "raids on the
    Hezyaz power station", a town tagged an organisation); an unknown group
    struck is told with more words ("the 33rd Front") or by its acronym.
    """
    if argument is None:
        return None
    found = base.match(argument.text, country)
    if found is None or found.method != "unnormalised":
        return argument
    country_alone = base.country_named(argument.text) and not base.people_of(argument.text)
    if country_alone or (place and f" {normalise(place)} " in f" {normalise(argument.text)} "):
        return None
    head = base.match(argument.value, country) if argument.value else None
    if head is not None and head.via == "pattern" and head.kind == "state":
        return argument  # "junta troops": soldiers whose the event's country says
    words = argument.text.split()
    # Case tells a name in Latin script; other scripts have none, so they count as named.
    named = [w for w in words if w[:1].isupper() or not w[:1].islower()]
    if target and len(words) == 1 and not words[0].isupper() and not base.people_of(words[0]):
        return None  # (a people hit, "killing three Palestinians", is its civilians)
    if named and (
        named[0] != words[0]
        or argument.span.start != sentence_start
        or len(named) > 1
        # A capital first word is a name when it holds something: "Mali's army".
        or named[0].endswith(("'s", "’s"))
    ):
        return argument
    return None


def whole_name(
    argument: Argument | None, text: str, base: ActorLookup, country: str
) -> Argument | None:
    """``argument`` run on to the name it begins, when the parse cut that name at its
    « et » / "and": « les Forces de défense et de sécurité (FDS) » read as « Forces
    de défense », a phrase the base does not know, while the whole is a name it knows;
    or before its last capitalised words: « combattants de Boko » for « combattants de
    Boko Haram »."""
    if argument is None:
        return None
    found = base.match(argument.text, country)
    if found is None or found.method != "unnormalised":
        return argument
    after = text[argument.span.end :]
    # Up to the next punctuation, from a lower-case joining word on.
    rest = re.match(r"\s+[^\W\d_A-Z][^,;:.()«»\"]{0,60}", after)
    joined = rest is not None and rest.group().split()[0].islower()
    if not joined:
        # The capitalised words right after it (a name's end the parse left out).
        rest = re.match(r"(?:[ \t]+[A-Z][\w'’-]*){1,3}", after)
    if rest is None:
        return argument
    longer = argument.text + rest.group().rstrip()
    whole = base.match(longer, country)
    if whole is None or whole.via != "name" or whole.method not in ("exact", "normalised"):
        return argument
    # The name holds the whole phrase, or (cut before its end) the phrase's last word
    # and the first word added.
    inside = normalise(whole.matched)
    if joined and normalise(argument.text) not in inside:
        return argument
    if not joined and not all(
        normalise(w) in inside.split() for w in (argument.text.split()[-1], rest.group().split()[0])
    ):
        return argument
    end = argument.span.start + len(longer)
    return dataclasses.replace(argument, text=longer, span=Span(argument.span.start, end))


def cut_before(argument: Argument | None, inner: Argument | None) -> Argument | None:
    """``argument`` cut before ``inner`` when its phrase runs on into it: a parse hanging
    the second side under the first (« l'armée soudanaise aux paramilitaires des FSR »)."""
    if argument is None or inner is None:
        return argument
    outer, span = argument.span, inner.span
    if not outer.start < span.start < outer.end:
        return argument
    words = argument.text[: span.start - outer.start].split()
    # The word joining the two sides goes too: « aux », "and", "against".
    kept = " ".join(words[:-1]) if len(words) > 1 and words[-1].islower() else " ".join(words)
    cut = Span(outer.start, outer.start + len(kept))
    return dataclasses.replace(argument, text=kept, span=cut)


def toll_spans(mention: EventMention) -> list[Span]:
    """The spans of the mention's counted tolls ("six khwarij were sent to hell")."""
    return [
        e.span
        for e in mention.evidence
        if e is not mention.trigger and e.value is not None and e.value.isdigit()
    ]


def blanked(text: str, offset: int, spans: list[Span]) -> str:
    """``text`` (starting at ``offset``) with the parts inside ``spans`` blanked out."""
    for span in spans:
        start, end = max(span.start - offset, 0), min(span.end - offset, len(text))
        if start < end:
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def told_by_toll(mention: EventMention) -> bool:
    """Whether the mention's trigger is a word of its own toll (a toll-only sentence)."""
    trigger = mention.trigger.span
    return any(
        e.span.start <= trigger.start and trigger.end <= e.span.end
        for e in mention.evidence
        if e is not mention.trigger and e.value is not None and e.value.isdigit()
    )
