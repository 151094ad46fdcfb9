"""The extraction gates: scores on the hand-coded evaluation sets must not drop.

Sixteen sets, all written and coded for eventwire, each with its pinned baseline:

* ``dev/`` (``baseline.json``): 44 articles in French and English with 78 gold
  events, the development set the extractor is tuned on;
* ``holdout/`` (``baseline_holdout.json``): 30 articles with 54 gold events,
  written blind (without reading the extraction, geo or actor code and data) to
  estimate scores on unseen text. It is scored, never tuned on: a change that
  lowers it fails here, but a miss it shows is fixed by a general rule checked on
  the dev set, never by a rule written for one of its articles;
* ``holdout2/`` (``baseline_holdout2.json``): 30 articles with 54 gold events,
  written blind in the same way after the first held-out set's errors had been
  studied, for an honest estimate; scored, never tuned on, under the same rule;
* ``holdout3/`` (``baseline_holdout3.json``): 30 articles with 55 gold events,
  written blind in the same way after both earlier held-out sets' errors had
  been studied (its author read neither the code and data nor their articles);
  scored, never tuned on, under the same rule;
* ``holdout4/`` (``baseline_holdout4.json``): 30 articles with 48 gold events,
  written blind in the same way after the three earlier held-out sets' errors
  had been studied (its author read neither the code and data nor their
  articles); scored, never tuned on, under the same rule;
* ``holdout5/`` (``baseline_holdout5.json``): 30 articles with 50 gold events,
  written blind in the same way after the four earlier held-out sets' errors
  had been studied (its author read neither the code and data nor their
  articles); scored, never tuned on, under the same rule;
* ``holdout6/`` (``baseline_holdout6.json``): 30 articles with 50 gold events,
  written blind in the same way after the five earlier held-out sets' errors
  had been studied (its author read neither the code and data nor their
  articles), at least half of them outside Gaza, Lebanon and Iraq; scored,
  never tuned on, under the same rule;
* ``holdout7/`` (``baseline_holdout7.json``): 30 articles with 53 gold events,
  written blind in the same way after the six earlier held-out sets' errors
  had been studied (its author read neither the code and data nor their
  articles), at least half of them outside Gaza, Lebanon and Iraq; scored,
  never tuned on, under the same rule;
* ``holdout8/`` (``baseline_holdout8.json``): 30 articles with 53 gold events,
  written blind in the same way after the seven earlier held-out sets' errors
  had been studied (its author read neither the code and data nor their
  articles), at least half of them outside Gaza, Lebanon and Iraq; scored,
  never tuned on, under the same rule;
* ``holdout9/`` (``baseline_holdout9.json``): 30 articles with 57 gold events,
  written blind in the same way after the eight earlier held-out sets' errors
  had been studied (its author read neither the code and data nor their
  articles), at least 60 % of them outside Gaza, Lebanon and Iraq; scored,
  never tuned on, under the same rule;
* ``corro_dev/`` (``baseline_corro_dev.json``): 40 articles from several outlets
  telling 18 incidents (wire copies, revisions, opposing outlets), the
  development set of cross-outlet corroboration: its gold lines carry
  ``incident`` ids, so besides the per-article scores the gate pins how events
  line up with incidents (duplicates, wrong merges, outlets listed, best
  fatality within the claims);
* ``corro_blind/`` (``baseline_corro_blind.json``): 42 articles telling 21
  incidents, written blind in the same way; scored only until its cross-outlet
  errors were studied (session 6), fixed by general rules only;
* ``corro_blind2/`` (``baseline_corro_blind2.json``): 43 articles telling 21
  incidents, written blind after corro_blind's errors had been studied;
  scored only until session 8, when its cross-outlet errors were studied,
  fixed by general rules only;
* ``corro_blind3/`` (``baseline_corro_blind3.json``): 41 articles telling 20
  incidents (other theatres: Manbij, Zaporizhzhia, Kenscoff, Cabo Delgado,
  Amhara, Upper Nile, Khyber Pakhtunkhwa, Tillabéri, Chad's Lac, Borno),
  written blind in the same way; scored only until its errors were opened
  to study;
* ``corro_blind4/`` (``baseline_corro_blind4.json``): 39 articles telling 19
  incidents (other theatres again: Kryvyi Rih, Ryazan, Sagaing, Mogadishu's
  Halane, Nyala, Tammun, Bamako, Ituri's Komanda, Mirebalais, Kurram), written
  blind in the same way after corro_blind3 was opened to study; scored only
  until session 10, when it was studied (with holdout7);
* ``corro_blind5/`` (``baseline_corro_blind5.json``): 39 articles telling 17
  incidents (other theatres again: Chernihiv, Al-Kiswah and Izraa in Syria,
  Dilling, Nablus's Balata camp, Turbat, Balcad and Afgooye, Kantchari,
  Petite-Rivière de l'Artibonite, Safed), written blind in the same way after
  corro_blind4 was opened to the team; scored only until corro_blind6 was
  added, then opened to the team;
* ``corro_blind6/`` (``baseline_corro_blind6.json``): 39 articles telling 16
  incidents (other theatres again: Kramatorsk, Izmail, Sake, Majdal Shams and
  Metula, Damboa, Lakki Marwat, Rylsk and Lgov, Arcahaie), written blind in
  the same way after corro_blind5 was opened to the team; scored, never read.

A change that lowers any pinned score fails. Raise the pins when the extractor
improves (``--update-baseline`` is deliberately not offered: edit the file, and
say why in the commit).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate import Scores, evaluate_files, haversine_km, score_incidents
from eventwire.export import write_events
from eventwire.ingest import InputMeta
from eventwire.jobs import extract_events
from eventwire.settings import load_settings

pytestmark = pytest.mark.model

HERE = Path(__file__).parent
SETS = {
    "dev": "baseline.json",
    "holdout": "baseline_holdout.json",
    "holdout2": "baseline_holdout2.json",
    "holdout3": "baseline_holdout3.json",
    "holdout4": "baseline_holdout4.json",
    "holdout5": "baseline_holdout5.json",
    "holdout6": "baseline_holdout6.json",
    "holdout7": "baseline_holdout7.json",
    "holdout8": "baseline_holdout8.json",
    "holdout9": "baseline_holdout9.json",
    "corro_dev": "baseline_corro_dev.json",
    "corro_blind": "baseline_corro_blind.json",
    "corro_blind2": "baseline_corro_blind2.json",
    "corro_blind3": "baseline_corro_blind3.json",
    "corro_blind4": "baseline_corro_blind4.json",
    "corro_blind5": "baseline_corro_blind5.json",
    "corro_blind6": "baseline_corro_blind6.json",
}
# The distance within which a predicted place counts as the gold place (issue 4).
LOCATED_KM = 25.0


@pytest.fixture(scope="module", params=sorted(SETS))
def evaluated(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Scores, dict[str, Any]]:
    name: str = request.param
    folder, source = tmp_path_factory.mktemp(name), HERE / name
    baseline: dict[str, Any] = json.loads((HERE / SETS[name]).read_text("utf-8"))
    # A corroboration set's revisions and their gold are not part of the scored corpus.
    gold_files = [source / f for f in baseline.get("gold_files", [])] or sorted(
        source.glob("gold_*.jsonl")
    )
    articles, gold = folder / "articles.jsonl", folder / "gold.jsonl"
    for path, parts in ((articles, sorted(source.glob("articles_*.jsonl"))), (gold, gold_files)):
        path.write_text("".join(p.read_text("utf-8") for p in parts), "utf-8")
    events, report = extract_events([str(articles)], InputMeta(), load_settings(env={}))
    assert not report.failed, report.failed
    predictions = folder / "predictions.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        write_events(events, "jsonl", out)
    return evaluate_files(gold, predictions), baseline


def located_share(scores: Scores) -> float:
    """Share of matched events with gold coordinates whose prediction lies within 25 km."""
    pairs = [
        (pred, gold)
        for article in scores.articles
        for pred, gold in article.matches
        if gold.latitude is not None and gold.longitude is not None
    ]
    near = [
        pred
        for pred, gold in pairs
        if pred.latitude is not None
        and pred.longitude is not None
        and gold.latitude is not None
        and gold.longitude is not None
        and haversine_km(pred.latitude, pred.longitude, gold.latitude, gold.longitude) <= LOCATED_KM
    ]
    return len(near) / len(pairs) if pairs else 0.0


def test_gate_event_f1_and_precision_hold(evaluated: tuple[Scores, dict[str, Any]]) -> None:
    scores, baseline = evaluated
    assert scores.f1 >= baseline["f1"]
    assert scores.precision >= baseline["precision"]
    assert scores.recall >= baseline["recall"]


def test_gate_field_accuracy_holds(evaluated: tuple[Scores, dict[str, Any]]) -> None:
    scores, baseline = evaluated
    assert scores.overall_field_accuracy is not None
    assert scores.overall_field_accuracy >= baseline["overall_field_accuracy"]


def test_gate_non_event_articles_and_duplicates_stay_low(
    evaluated: tuple[Scores, dict[str, Any]],
) -> None:
    scores, baseline = evaluated
    assert scores.false_events <= baseline["max_false_events"]
    assert scores.duplicates <= baseline["max_duplicates"]


def test_gate_set_is_what_the_baseline_was_measured_on(
    evaluated: tuple[Scores, dict[str, Any]],
) -> None:
    scores, baseline = evaluated
    assert scores.gold_events == baseline["gold_events"]


def test_gate_located_share_holds(evaluated: tuple[Scores, dict[str, Any]]) -> None:
    scores, baseline = evaluated
    if "min_located_share" not in baseline:
        pytest.skip("no located-share pin for this set")
    assert located_share(scores) >= baseline["min_located_share"]


def test_gate_incidents_stay_one_event_each(evaluated: tuple[Scores, dict[str, Any]]) -> None:
    scores, baseline = evaluated
    if "incidents" not in baseline:
        pytest.skip("not a multi-outlet set")
    pins = baseline["incidents"]
    incidents = score_incidents(scores)
    assert incidents is not None
    assert incidents.incidents == pins["incidents"]
    assert incidents.found >= pins["min_found"]
    assert incidents.duplicates <= pins["max_duplicates"]
    assert incidents.wrong_merges <= pins["max_wrong_merges"]
    assert incidents.same_place_merges <= pins["max_same_place_merges"]
    assert incidents.complete >= pins["min_complete"]
    assert incidents.best_in_range >= pins["min_best_in_range"]
