"""The output contract: columns, order and encodings of every export format."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.export import FORMATS, event_record, write_events
from eventwire.export.writers import FORMULA_STARTS
from eventwire.models import CONTRACT_COLUMNS, Claim, Event

ACLED_HEAD = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
    "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
    "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
    "source_scale,notes,fatalities,tags,timestamp,fatalities_low,fatalities_high,injuries,"
    "injuries_low,injuries_high,disputed,sources"
)


def make_event(**changes: object) -> Event:
    claim = Claim(
        article_id="a1",
        outlet="Levant Wire",
        url="https://levantwire.example/1",
        published=date(2024, 2, 7),
        sentence='Eight were killed, "officials" said, <b>late</b>.',
        char_start=10,
        char_end=58,
        claimed_by="a US defence official",
        fatalities=8,
        injuries=None,
    )
    fields: dict[str, object] = {
        "event_id_cnty": "EW1",
        "event_date": date(2024, 2, 6),
        "time_precision": 1,
        "disorder_type": "Political violence",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "fatalities": 2,
        "fatalities_low": 2,
        "fatalities_high": 8,
        "disputed": ("fatalities",),
        "sources": (claim,),
    }
    fields.update(changes)
    return Event(**fields)  # type: ignore[arg-type]


def test_writers_contract_columns_are_acleds_then_ours_in_order() -> None:
    assert ",".join(CONTRACT_COLUMNS) == ACLED_HEAD


def test_writers_jsonl_has_contract_keys_in_order() -> None:
    out = io.StringIO()
    assert write_events([make_event(), make_event(event_id_cnty="EW2")], "jsonl", out) == 2
    lines = out.getvalue().splitlines()
    record = json.loads(lines[0])
    assert tuple(record) == CONTRACT_COLUMNS
    assert record["event_date"] == "2024-02-06"
    assert record["year"] == 2024
    assert record["sources"][0]["published"] == "2024-02-07"
    assert list(record["sources"][0]) == [
        "article_id", "outlet", "url", "published", "sentence", "char_start", "char_end",
        "claimed_by", "fatalities", "injuries", "event_date", "sub_event_type", "location",
        "latitude", "longitude", "actor1", "actor2", "copy_of",
    ]  # fmt: skip


def test_writers_csv_header_and_list_columns_as_json() -> None:
    out = io.StringIO()
    write_events([make_event()], "csv", out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert ",".join(rows[0]) == ACLED_HEAD
    row = dict(zip(rows[0], rows[1], strict=True))
    assert json.loads(row["disputed"]) == ["fatalities"]
    assert json.loads(row["sources"])[0]["sentence"] == (
        'Eight were killed, "officials" said, <b>late</b>.'
    )
    assert row["latitude"] == ""  # empty, never a made-up 0
    assert row["fatalities"] == "2"


def test_writers_geojson_points_and_null_geometry() -> None:
    out = io.StringIO()
    located = make_event(event_id_cnty="EW9", latitude=34.38, longitude=40.99)
    write_events([make_event(), located], "geojson", out)
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    first, second = collection["features"]
    assert first["geometry"] is None
    assert second["geometry"] == {"type": "Point", "coordinates": [40.99, 34.38]}
    assert tuple(second["properties"]) == CONTRACT_COLUMNS


def test_writers_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        write_events([], "xlsx", io.StringIO())


@given(
    fatalities=st.none() | st.integers(min_value=0, max_value=10**6),
    notes=st.text(),
    tags=st.lists(st.text(max_size=10), max_size=3),
)
def test_writers_every_format_round_trips_values(
    fatalities: int | None, notes: str, tags: list[str]
) -> None:
    event = make_event(fatalities=fatalities, notes=notes, tags=tuple(tags))
    expected = event_record(event)
    for fmt in FORMATS:
        out = io.StringIO()
        write_events([event], fmt, out)
        if fmt == "jsonl":
            got = json.loads(out.getvalue())
        elif fmt == "geojson":
            got = json.loads(out.getvalue())["features"][0]["properties"]
        else:
            header, row = csv.reader(io.StringIO(out.getvalue(), newline=""))
            got = dict(zip(header, row, strict=True))
            assert json.loads(got["tags"]) == tags
            # A formula-like text cell is written as text (see the next test).
            assert got["notes"] == ("'" + notes if notes.startswith(FORMULA_STARTS) else notes)
            assert got["fatalities"] == ("" if fatalities is None else str(fatalities))
            continue
        assert got == expected


def test_writers_csv_text_cells_never_start_a_formula() -> None:
    # An actor kept as the article named it is hostile text a spreadsheet would run.
    event = make_event(
        actor1='=HYPERLINK("http://evil.example","x")', notes="-2 dead", longitude=-2.5
    )
    out = io.StringIO()
    write_events([event], "csv", out)
    header, row = csv.reader(io.StringIO(out.getvalue(), newline=""))
    got = dict(zip(header, row, strict=True))
    assert got["actor1"] == '\'=HYPERLINK("http://evil.example","x")'
    assert got["notes"] == "'-2 dead"
    assert got["longitude"] == "-2.5"  # numbers stay numbers
