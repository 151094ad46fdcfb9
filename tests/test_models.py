"""The data model's own helpers."""

from __future__ import annotations

from eventwire.models import Argument, EventMention, Location, Span


def mention(written: str | None, place: Location | None) -> EventMention:
    span = Span(0, 10)
    return EventMention(
        mention_id="m-1", article_id="a-1", sentence=span, trigger=Argument("struck", span),
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        disorder_type="Political violence", plover="ASSAULT",
        location=Argument(written, span, written) if written is not None else None, place=place,
    )  # fmt: skip


def test_models_place_key_is_the_gazetteer_entry_of_a_town_else_the_name_as_written() -> None:
    town = Location("Al Qa'im", "Iraq", 368, geo_precision=1, gazetteer_id="geonames:99")
    assert mention("Al-Qaïm", town).place_key() == "geonames:99"
    assert mention("Al-Qaim", town).place_key() == mention("Al-Qaïm", town).place_key()
    # A country is no place to tell incidents apart: its name as written.
    country = Location("Iraq", "Iraq", 368, geo_precision=3, gazetteer_id="country:IQ")
    assert mention("Iraq", country).place_key() == "Iraq"
    assert mention("Tayr Harfa", None).place_key() == "Tayr Harfa"
    assert mention(None, None).place_key() == ""
