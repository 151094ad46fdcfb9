"""The non-event filters' text helpers (no model needed); clause-level behaviour
is tested through whole sentences in ``test_typing.py``."""

from __future__ import annotations

from datetime import date

from eventwire.extract.filters import old_years, phrase_starts


def test_filters_phrase_starts_finds_every_whole_word_occurrence() -> None:
    text = "In 2016 and again in 2016, not in 20167."
    assert phrase_starts(text, ["in 2016"]) == [0, text.index("in 2016,")]


def test_filters_old_years_are_the_years_before_publication() -> None:
    text = "The strike was the worst since 2016 on the 2024 route."
    assert old_years(text, date(2024, 3, 1)) == [text.index("2016")]
    assert old_years(text, None) == []
