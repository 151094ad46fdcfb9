"""Bracketed asides found in plain text (``extract.asides``); no model needed."""

from __future__ import annotations

from eventwire.extract.asides import blank, find_asides, within


def test_asides_outermost_brackets_and_one_cut_open() -> None:
    text = "Warplanes struck Remal (Gaza City (north)) [3 killed"
    asides = find_asides(text)
    assert [text[a:b] for a, b in asides] == ["(Gaza City (north))", "[3 killed"]
    assert within(text.index("north"), asides) and not within(text.index("Remal"), asides)


def test_asides_blank_keeps_offsets() -> None:
    text = "Shati (Gaza City) camp"
    blanked = blank(text, find_asides(text))
    assert len(blanked) == len(text) and blanked.split() == ["Shati", "camp"]
