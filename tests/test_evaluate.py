"""The scorer of docs/evaluation.md on hand-built gold and prediction files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.errors import InputError
from eventwire.evaluate import (
    FIELDS,
    Scores,
    evaluate_files,
    format_scores,
    haversine_km,
    normalise_name,
)

KM_PER_DEGREE_LATITUDE = 111.195  # on the IUGG mean-radius sphere haversine_km uses
AIN_AL_ASAD = (33.7856, 42.4412)


def gold(article_id: str = "a1", **fields: Any) -> dict[str, Any]:
    """A gold event line (docs/evaluation.md) with every required field."""
    record: dict[str, Any] = {
        "article_id": article_id,
        "event_date": "2024-01-30",
        "time_precision": 1,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "location": "Ain al-Asad Air Base",
        "location_aliases": ["Aïn al-Assad"],
        "country": "Iraq",
        "actor1": "Islamic Resistance in Iraq",
        "actor1_aliases": ["la Résistance islamique en Irak"],
        "actor2": "Military Forces of the United States (2021-)",
        "actor2_aliases": ["US forces"],
        "fatalities": 2,
        "injuries": None,
        "civilian_targeting": False,
    }
    return record | fields


def source(article_id: str = "a1", fatalities: int | None = 2, **fields: Any) -> dict[str, Any]:
    """One entry of a prediction's ``sources``."""
    claim: dict[str, Any] = {
        "article_id": article_id,
        "outlet": "Outlet",
        "url": None,
        "published": "2024-01-31",
        "sentence": "…",
        "char_start": 0,
        "char_end": 1,
        "claimed_by": None,
        "fatalities": fatalities,
        "injuries": None,
    }
    return claim | fields


def pred(event_id: str = "EW1", **fields: Any) -> dict[str, Any]:
    """A predicted event in the output contract that agrees with :func:`gold` on every field."""
    record: dict[str, Any] = {
        "event_id_cnty": event_id,
        "event_date": "2024-01-30",
        "time_precision": 1,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "actor1": "Islamic Resistance in Iraq",
        "actor2": "US forces",
        "civilian_targeting": "",
        "location": "Ain al-Asad Air Base",
        "latitude": None,
        "longitude": None,
        "fatalities": 2,
        "sources": [source()],
    }
    return record | fields


def write(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def score(tmp_path: Path, golds: list[dict[str, Any]], preds: list[dict[str, Any]]) -> Scores:
    return evaluate_files(
        write(tmp_path / "gold.jsonl", golds), write(tmp_path / "pred.jsonl", preds)
    )


def test_evaluate_perfect_match_scores_one(tmp_path: Path) -> None:
    scores = score(tmp_path, [gold()], [pred()])
    assert (scores.precision, scores.recall, scores.f1) == (1.0, 1.0, 1.0)
    assert scores.field_accuracy == dict.fromkeys(FIELDS, 1.0)
    assert scores.overall_field_accuracy == 1.0
    assert (scores.duplicates, scores.false_events) == (0, 0)


def test_evaluate_date_off_by_one_day_does_not_match(tmp_path: Path) -> None:
    scores = score(tmp_path, [gold()], [pred(event_date="2024-01-29")])
    assert (scores.matched, scores.precision, scores.recall, scores.f1) == (0, 0.0, 0.0, 0.0)
    (article,) = scores.articles
    assert [g.origin for g in article.unmatched_gold] == [f"{tmp_path / 'gold.jsonl'}:1"]
    assert [p.event_id for p in article.unmatched_predictions] == ["EW1"]
    assert scores.overall_field_accuracy is None


def test_evaluate_unknown_dates_on_both_sides_are_equal(tmp_path: Path) -> None:
    scores = score(tmp_path, [gold(event_date=None)], [pred(event_date=None)])
    assert scores.matched == 1


@pytest.mark.parametrize(("km", "matched"), [(20, 1), (40, 0)])
def test_evaluate_coordinates_match_within_25_km(tmp_path: Path, km: int, matched: int) -> None:
    lat, lon = AIN_AL_ASAD
    moved = lat + km / KM_PER_DEGREE_LATITUDE
    assert haversine_km(lat, lon, moved, lon) == pytest.approx(km, abs=0.01)
    # The names differ, so only the distance can make them match.
    scores = score(
        tmp_path,
        [gold(latitude=lat, longitude=lon)],
        [pred(location="Somewhere else", latitude=moved, longitude=lon)],
    )
    assert scores.matched == matched


@pytest.mark.parametrize(
    ("name", "normalised"),
    [
        ("Aïn al-Assad", "ain al assad"),
        ("Al-Qaim", "qaim"),
        ("el Arish", "arish"),
        ("The  Hague", "hague"),
        ("Ma’arrat an-Nu'man", "maarrat an numan"),
        ("Deir ez‑Zor", "deir ez zor"),
    ],
)
def test_evaluate_normalise_name(name: str, normalised: str) -> None:
    assert normalise_name(name) == normalised


@pytest.mark.parametrize("predicted", ["Ain al-Assad", "AÏN AL ASSAD", "ain al-asad air base"])
def test_evaluate_place_names_match_location_or_alias_after_normalising(
    tmp_path: Path, predicted: str
) -> None:
    scores = score(tmp_path, [gold()], [pred(location=predicted)])
    assert scores.matched == 1


def test_evaluate_place_name_must_agree_without_coordinates(tmp_path: Path) -> None:
    scores = score(tmp_path, [gold()], [pred(location="Al-Qaim")])
    assert scores.matched == 0


def test_evaluate_one_prediction_with_two_sources_counts_per_article(tmp_path: Path) -> None:
    golds = [gold("a1", fatalities=3), gold("a2", fatalities=None)]
    # Article a1 makes two claims (2 and 3 killed): its figure is the largest.
    sources = [source("a1", 2), source("a1", 3), source("a2", None)]
    scores = score(tmp_path, golds, [pred(sources=sources)])
    assert (scores.gold_events, scores.predicted_events, scores.matched) == (2, 2, 2)
    assert scores.f1 == 1.0
    assert scores.field_accuracy["fatalities"] == 1.0


def test_evaluate_second_event_for_one_incident_is_a_duplicate(tmp_path: Path) -> None:
    preds = [pred("EW1"), pred("EW2", sub_event_type="Shelling/artillery/missile attack")]
    scores = score(tmp_path, [gold()], preds)
    assert (scores.matched, scores.duplicates, scores.false_events) == (1, 1, 0)
    assert scores.precision == 0.5
    # The better-agreeing prediction wins the gold event, whatever the order.
    (article,) = score(tmp_path, [gold()], preds[::-1]).articles
    assert [p.event_id for p, _g in article.matches] == ["EW1"]


def test_evaluate_events_in_articles_without_gold_are_false_events(tmp_path: Path) -> None:
    preds = [
        pred(),
        pred("EW2", sources=[source("denial")]),
        pred("EW3", sources=[source("denial")]),
    ]
    scores = score(tmp_path, [gold()], preds)
    assert (scores.matched, scores.false_events, scores.duplicates) == (1, 2, 0)
    assert scores.precision == pytest.approx(1 / 3)
    assert scores.recall == 1.0


def test_evaluate_field_accuracy_values(tmp_path: Path) -> None:
    golds = [
        gold("a1", civilian_targeting=True, actor2="Civilians (Iraq)", actor2_aliases=[]),
        gold("a2", actor1="", actor1_aliases=[], injuries=4),
    ]
    preds = [
        # a1: wrong sub-event type and fatalities; civilian targeting and actor2 right.
        pred(
            "EW1",
            sub_event_type="Shelling/artillery/missile attack",
            civilian_targeting="Civilian targeting",
            actor2="civilians (iraq)",
            sources=[source("a1", 5)],
        ),
        # a2: an actor where the gold has none, injuries missed, precision wrong.
        pred("EW2", time_precision=2, sources=[source("a2", 2)]),
    ]
    scores = score(tmp_path, golds, preds)
    assert scores.matched == 2
    assert scores.field_agreements == {
        "sub_event_type": 1,
        "event_type": 2,
        "actor1": 1,
        "actor2": 2,
        "fatalities": 1,
        "injuries": 1,
        "civilian_targeting": 2,
        "time_precision": 1,
    }
    assert scores.field_accuracy["sub_event_type"] == 0.5
    assert scores.field_accuracy["event_type"] == 1.0
    assert scores.overall_field_accuracy == 11 / 16


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "not valid JSON"),
        (json.dumps({k: v for k, v in gold().items() if k != "injuries"}), "injuries"),
        (json.dumps(gold(event_date="30/01/2024")), "event_date"),
        (json.dumps(gold(fatalities="two")), "fatalities"),
        ("[1, 2]", "JSON object"),
    ],
)
def test_evaluate_malformed_gold_line_names_file_and_line(
    tmp_path: Path, line: str, reason: str
) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold()) + "\n" + line + "\n", "utf-8")
    with pytest.raises(InputError, match=reason) as caught:
        evaluate_files(path, write(tmp_path / "pred.jsonl", [pred()]))
    assert caught.value.origin == f"{path}:2"


def test_evaluate_prediction_without_sources_is_an_error(tmp_path: Path) -> None:
    record = {k: v for k, v in pred().items() if k != "sources"}
    with pytest.raises(InputError, match="sources"):
        score(tmp_path, [gold()], [record])


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_evaluate_cli_prints_a_table(tmp_path: Path) -> None:
    g = write(tmp_path / "gold.jsonl", [gold()])
    p = write(tmp_path / "pred.jsonl", [pred(), pred("EW2", sources=[source("other")])])
    code, out, _err = run("evaluate", str(g), str(p))
    assert code == 0
    assert out == format_scores(evaluate_files(g, p))
    assert "precision          0.500" in out
    assert "F1                 0.667" in out
    assert "false events       1" in out
    assert "  sub_event_type       1.000  (1/1)" in out


def test_evaluate_cli_json(tmp_path: Path) -> None:
    g = write(tmp_path / "gold.jsonl", [gold()])
    p = write(tmp_path / "pred.jsonl", [pred(event_date="2024-01-29")])
    code, out, _err = run("evaluate", str(g), str(p), "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["precision"], data["recall"], data["matched"]) == (0.0, 0.0, 0)
    assert data["field_accuracy"]["actor1"] is None
    (article,) = data["articles"]
    assert article["unmatched_gold"][0]["event_date"] == "2024-01-30"
    assert article["unmatched_predictions"][0]["event_id"] == "EW1"


def test_evaluate_cli_usage_and_input_errors(tmp_path: Path) -> None:
    g = write(tmp_path / "gold.jsonl", [gold()])
    code, _out, _err = run("evaluate", str(g), str(tmp_path / "missing.jsonl"))
    assert code == 2
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", "utf-8")
    code, _out, err = run("evaluate", str(bad), str(g))
    assert code == 1
    assert f"{bad}:1" in err
