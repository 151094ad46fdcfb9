"""The extraction gate: scores on the hand-coded development set must not drop.

The development set (``tests/eval/dev/``) was written and coded for eventwire:
44 articles in French and English with 78 gold events. ``baseline.json`` pins
the scores of the last accepted extractor; a change that lowers any of them
fails here. Raise the pins when the extractor improves (``--update-baseline``
is deliberately not offered: edit the file, and say why in the commit).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.evaluate import Scores, evaluate_files
from eventwire.export import write_events
from eventwire.ingest import InputMeta
from eventwire.jobs import extract_events
from eventwire.settings import load_settings

pytestmark = pytest.mark.model

DEV = Path(__file__).parent / "dev"
BASELINE = json.loads((Path(__file__).parent / "baseline.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> Scores:
    folder = tmp_path_factory.mktemp("dev")
    articles, gold = folder / "articles.jsonl", folder / "gold.jsonl"
    for name, pattern in ((articles, "articles_*.jsonl"), (gold, "gold_*.jsonl")):
        name.write_text("".join(p.read_text("utf-8") for p in sorted(DEV.glob(pattern))), "utf-8")
    events, report = extract_events([str(articles)], InputMeta(), load_settings(env={}))
    assert not report.failed, report.failed
    predictions = folder / "predictions.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        write_events(events, "jsonl", out)
    return evaluate_files(gold, predictions)


def test_dev_gate_event_f1_and_precision_hold(scores: Scores) -> None:
    assert scores.f1 >= BASELINE["f1"]
    assert scores.precision >= BASELINE["precision"]
    assert scores.recall >= BASELINE["recall"]


def test_dev_gate_field_accuracy_holds(scores: Scores) -> None:
    assert scores.overall_field_accuracy is not None
    assert scores.overall_field_accuracy >= BASELINE["overall_field_accuracy"]


def test_dev_gate_non_event_articles_and_duplicates_stay_low(scores: Scores) -> None:
    assert scores.false_events <= BASELINE["max_false_events"]
    assert scores.duplicates <= BASELINE["max_duplicates"]


def test_dev_gate_set_is_what_the_baseline_was_measured_on(scores: Scores) -> None:
    assert scores.gold_events == BASELINE["gold_events"]
