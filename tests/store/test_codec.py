"""The JSON codec: exact round trips of the model's nested dataclasses."""

from __future__ import annotations

import json
import math
from datetime import date, datetime

import pytest
from hypothesis import given

from eventwire.models import Argument, Article, ArticleStatus, Event, Paragraph, Span
from eventwire.store.codec import from_json, from_json_tuple, to_json

from .strategies import articles, events


@given(articles())
def test_codec_round_trips_any_article(article: Article) -> None:
    encoded = json.loads(json.dumps(to_json(article)))
    assert from_json(Article, encoded) == article


@given(events())
def test_codec_round_trips_any_event(event: Event) -> None:
    encoded = json.loads(json.dumps(to_json(event)))
    assert from_json(Event, encoded) == event


def test_codec_encodes_dates_enums_tuples_as_plain_json() -> None:
    event = Event(
        "E1",
        date(2024, 2, 7),
        1,
        "Political violence",
        "Battles",
        "Armed clash",
        tags=("a", "b"),
        mention_ids=("m1",),
    )
    encoded = to_json(event)
    assert encoded["event_date"] == "2024-02-07"
    assert encoded["tags"] == ["a", "b"]
    assert to_json(ArticleStatus.PROCESSED) == "processed"
    assert type(to_json(ArticleStatus.PROCESSED)) is str


def test_codec_decodes_float_written_as_int() -> None:
    paragraph = from_json(
        Paragraph, {"span": {"start": 0, "end": 1}, "language": None, "confidence": 1}
    )
    assert paragraph.confidence == 1.0
    assert isinstance(paragraph.confidence, float)


def test_codec_fills_defaults_for_keys_missing_from_old_rows() -> None:
    assert from_json(Argument, {"text": "x", "span": {"start": 0, "end": 1}}) == Argument(
        "x", Span(0, 1)
    )


def test_codec_decodes_tuples_of_plain_values() -> None:
    assert from_json_tuple(str, ["a", "b"]) == ("a", "b")
    assert from_json_tuple(Span, [{"start": 1, "end": 2}]) == (Span(1, 2),)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_codec_refuses_non_finite_floats(value: float) -> None:
    with pytest.raises(ValueError, match="non-finite"):
        to_json(Paragraph(Span(0, 1), "fr", value))


def test_codec_refuses_datetimes() -> None:
    with pytest.raises(TypeError, match="datetime"):
        to_json(datetime(2024, 1, 1, 12))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"start": True, "end": 1}, "expected int"),
        ({"start": "0", "end": 1}, "expected int"),
        (["0", "1"], "expected dict"),
    ],
)
def test_codec_refuses_wrong_types(data: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        from_json(Span, data)
