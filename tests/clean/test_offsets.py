"""Offset mapping between cleaned text and source_text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from eventwire.clean import Cleaner, compile_patterns, to_clean_offset, to_source_offset
from eventwire.models import Segment

# "  Alpha\n\nPartager\nBeta" cleans to "Alpha\n\nBeta" with these two segments.
SEGMENTS = (Segment(clean_start=0, raw_start=2, length=5), Segment(7, 18, 4))


def test_offsets_to_source_maps_inside_segments() -> None:
    assert to_source_offset(SEGMENTS, 0) == 2
    assert to_source_offset(SEGMENTS, 4) == 6
    assert to_source_offset(SEGMENTS, 7) == 18
    assert to_source_offset(SEGMENTS, 10) == 21


def test_offsets_to_source_none_for_breaks_and_outside() -> None:
    assert to_source_offset(SEGMENTS, 5) is None  # the inserted paragraph break
    assert to_source_offset(SEGMENTS, 6) is None
    assert to_source_offset(SEGMENTS, 11) is None  # past the end
    assert to_source_offset(SEGMENTS, -1) is None
    assert to_source_offset((), 0) is None


def test_offsets_to_clean_maps_and_drops() -> None:
    assert to_clean_offset(SEGMENTS, 2) == 0
    assert to_clean_offset(SEGMENTS, 20) == 9
    assert to_clean_offset(SEGMENTS, 0) is None  # leading spaces were trimmed
    assert to_clean_offset(SEGMENTS, 10) is None  # inside the dropped "Partager"
    assert to_clean_offset(SEGMENTS, 22) is None


_lines = st.lists(
    st.text(alphabet=st.sampled_from("ab é\n\t\u2028"), max_size=15), max_size=10
).map("\n".join)


@hypothesis_settings(max_examples=300, deadline=None)
@given(_lines)
def test_offsets_round_trip_on_any_text(source: str) -> None:
    # No boilerplate data: the map is exercised by whitespace handling alone.
    cleaned = Cleaner(compile_patterns({})).clean(source)
    for clean_offset, char in enumerate(cleaned.text):
        raw = to_source_offset(cleaned.segments, clean_offset)
        if raw is None:
            assert char == "\n"  # only paragraph breaks map nowhere
            continue
        assert source[raw] == char
        assert to_clean_offset(cleaned.segments, raw) == clean_offset
