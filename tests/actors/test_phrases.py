"""Helpers reading an actor phrase of a mention: the part before the other side, blanked tolls."""

from __future__ import annotations

from eventwire.actors.phrases import blanked, cut_before
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
