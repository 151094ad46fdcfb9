"""Helpers reading an actor phrase of a mention: the part before the other side, blanked tolls."""

from __future__ import annotations

from eventwire.actors import ActorBase
from eventwire.actors.phrases import blanked, cut_before, named_or_none, whole_name
from eventwire.models import Argument, Span

SENTENCE = "Des combats ont opposé l'armée soudanaise aux paramilitaires des FSR à El Fasher."


def argument(text: str) -> Argument:
    start = SENTENCE.index(text)
    return Argument(text, Span(start, start + len(text)))


def test_phrases_a_side_hung_under_the_other_is_cut_off_with_its_joining_word() -> None:
    outer = argument("l'armée soudanaise aux paramilitaires des FSR")
    inner = argument("paramilitaires des FSR")
    cut = cut_before(outer, inner)
    assert cut is not None and cut.text == "l'armée soudanaise"
    assert cut.span.cut(SENTENCE) == "l'armée soudanaise"
    # A phrase that does not run on into the other side stays whole.
    assert cut_before(inner, outer) == inner


def test_phrases_blanked_keeps_offsets_and_hides_only_the_spans() -> None:
    text = "own troops engaged the khwarij location; six khwarij were sent to hell"
    toll = Span(text.index("six"), len(text))
    kept = blanked(text[5:], 5, [toll])
    assert len(kept) == len(text) - 5
    assert "khwarij location" in kept and "sent to hell" not in kept


def test_phrases_whole_name_runs_on_only_to_a_name_the_base_knows(actor_base: ActorBase) -> None:
    text = "Les Forces de défense et de sécurité (FDS) ont repoussé une attaque."
    cut = Argument("Forces de défense", Span(4, 21))
    whole = whole_name(cut, text, actor_base, "BF")
    assert whole is not None and whole.text == "Forces de défense et de sécurité"
    assert whole.span == Span(4, 36)
    # A phrase running on into words that make no known name stays as it was.
    other = "Les Forces de défense et des civils ont fui."
    assert whole_name(cut, other, actor_base, "BF") == cut


def test_phrases_whole_name_runs_on_to_the_capitalised_end_of_a_name(
    actor_base: ActorBase,
) -> None:
    # The parse left « Haram » out of « combattants de Boko Haram ».
    text = "Une attaque de combattants de Boko Haram a visé une position à Bosso."
    start = text.index("combattants")
    cut = Argument("combattants de Boko", Span(start, start + len("combattants de Boko")))
    whole = whole_name(cut, text, actor_base, "NE")
    assert whole is not None and whole.text == "combattants de Boko Haram"
    assert whole.span.cut(text) == "combattants de Boko Haram"
    # Capitalised words that make no name with its last word leave it as it was.
    other = "Une attaque de combattants de Boko Lundi Matin a visé Bosso."
    assert whole_name(cut, other, actor_base, "NE") == cut


def test_phrases_a_country_or_the_mentions_place_alone_names_no_one(actor_base: ActorBase) -> None:
    # A round-up line: "Afghanistan: suicide bomber strikes a market in Kunduz city."
    country = Argument("Afghanistan", Span(0, 11))
    assert named_or_none(country, 0, actor_base, "AF") is None
    protest = "Hundreds of women staged a peaceful protest at the Government House in Minna."
    start = protest.index("Government")
    site = Argument("Government House in Minna", Span(start, start + 25))
    assert named_or_none(site, 0, actor_base, "NG", target=True, place="Minna") is None
    # An unknown group's name is kept, whatever the place.
    group = Argument("the Tanzim al-Fajr", Span(5, 23))
    assert named_or_none(group, 0, actor_base, "NG", place="Minna") == group
