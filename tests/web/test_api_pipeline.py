"""The JSON API on a store the real pipeline filled from examples/, and a real POST ingest."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from eventwire.export import event_record
from eventwire.ingest import InputMeta
from eventwire.jobs import ingest_inputs
from eventwire.settings import Settings, load_settings
from eventwire.store import Store
from eventwire.web import create_app

from .filters import filter_cases, select

pytestmark = pytest.mark.model

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def make_settings(folder: Path, **changes: Any) -> Settings:
    return load_settings(
        env={}, overrides={"database_url": f"sqlite:///{folder / 'web.db'}", **changes}
    )


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, list[Any]]]:
    """A client over the examples' store, and the store's events as contract records."""
    settings = make_settings(tmp_path_factory.mktemp("examples"))
    with Store.open(settings.database_url) as store:
        ingest_inputs([str(EXAMPLES)], InputMeta(), settings, store)
        records = [event_record(event) for event in store.iter_events()]
        with TestClient(create_app(settings, store)) as client:
            yield client, records


def test_api_examples_store_has_dated_located_events(
    examples: tuple[TestClient, list[Any]],
) -> None:
    client, records = examples
    assert len(records) >= 10
    body = client.get("/api/events", params={"limit": 5000}).json()
    assert body["total"] == len(records)
    assert [e["event_id"] for e in body["events"]] == [r["event_id_cnty"] for r in records]


def test_api_examples_each_filter_narrows_as_a_python_filter_does(
    examples: tuple[TestClient, list[Any]],
) -> None:
    client, records = examples
    for params, why in filter_cases(records):
        expected = [r["event_id_cnty"] for r in select(records, params)]
        assert 0 < len(expected) < len(records), why
        body = client.get("/api/events", params={**params, "limit": 5000}).json()
        assert [e["event_id"] for e in body["events"]] == expected, why
        assert body["total"] == len(expected), why
        stats = client.get("/api/stats", params=params).json()
        assert stats["total_events"] == len(expected), why
        killed = sum(r["fatalities"] or 0 for r in select(records, params))
        assert stats["total_fatalities"] == killed, why


def test_api_examples_pages_and_formats_cover_every_event(
    examples: tuple[TestClient, list[Any]],
) -> None:
    client, records = examples
    ids = [r["event_id_cnty"] for r in records]
    paged = [
        e["event_id"]
        for offset in range(0, len(ids), 7)
        for e in client.get("/api/events", params={"limit": 7, "offset": offset}).json()["events"]
    ]
    assert paged == ids
    rows = list(csv.DictReader(io.StringIO(client.get("/api/events?format=csv&limit=5000").text)))
    assert [row["event_id_cnty"] for row in rows] == ids
    features = client.get("/api/events?format=geojson&limit=5000").json()["features"]
    located = [r for r in records if r["latitude"] is not None and r["longitude"] is not None]
    assert len(features) == len(ids)
    assert sum(f["geometry"] is not None for f in features) == len(located)
    stats = client.get("/api/stats").json()
    assert sum(day["events"] for day in stats["by_day"]) == sum(
        1 for r in records if r["event_date"]
    )
    assert sum(t["events"] for t in stats["by_type"]) == len(ids)


def test_api_examples_every_claim_quotes_its_article_and_is_a_span(
    examples: tuple[TestClient, list[Any]],
) -> None:
    client, records = examples
    spans: dict[str, set[tuple[int, int, str]]] = {}
    for record in records:
        detail = client.get(f"/api/events/{record['event_id_cnty']}").json()
        assert detail["event"] == record
        assert detail["outlets"], record["event_id_cnty"]
        for claim in detail["claims"]:
            spans.setdefault(claim["article_id"], set()).add(
                (claim["char_start"], claim["char_end"], record["event_id_cnty"])
            )
    assert len(spans) >= 8
    for article_id, expected in spans.items():
        article = client.get(f"/api/articles/{quote(article_id, safe='')}").json()
        assert article["article_id"] == article_id
        found = {(s["char_start"], s["char_end"], s["event_id"]) for s in article["spans"]}
        assert found == expected, article_id
        sentences = {
            c["sentence"] for r in records for c in r["sources"] if c["article_id"] == article_id
        }
        assert {article["text"][start:end] for start, end, _ in found} == sentences


SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
HOSTILE = {
    "id": f"hostile-{SCRIPT}",
    "outlet": f"Kirkuk Now {IMG}",
    "published": "2024-02-07",
    "title": f"Roadside bomb {SCRIPT}",
    "language": "en",
    "text": (
        f"KIRKUK — A roadside bomb killed three federal police officers near Hawija on Tuesday, "
        f"security officials said. {IMG}\n\nThe blast hit their patrol at dawn. {SCRIPT}"
    ),
}


def test_api_post_ingests_hostile_text_as_plain_strings(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, api_token="s3cret")
    auth = {"Authorization": "Bearer s3cret"}
    bad = [{"title": "no body"}, "not an object", {"text": 5}]
    with Store.open(settings.database_url) as store, TestClient(create_app(settings)) as client:
        first = client.post("/api/articles", json={"articles": [HOSTILE, *bad]}, headers=auth)
        again = client.post("/api/articles", json={"articles": [HOSTILE]}, headers=auth)
        article = client.get(f"/api/articles/{quote(HOSTILE['id'], safe='')}")
        events = client.get("/api/events", params={"q": "kirkuk now"}).json()
        detail = client.get(f"/api/events/{events['events'][0]['event_id']}")
        assert store.count_articles() == 1
    assert first.status_code == 200, first.text
    body = first.json()
    assert (body["stored"], body["unchanged"]) == (1, 0)
    assert [f["record"] for f in body["failed"]] == [1, 2, 3]
    assert "no text or html" in body["failed"][0]["reason"]
    assert body["events"] == events["total"] >= 1
    assert (again.json()["stored"], again.json()["unchanged"]) == (0, 1)
    assert article.headers["content-type"] == "application/json"
    stored = article.json()
    assert (stored["title"], stored["outlet"]) == (HOSTILE["title"], HOSTILE["outlet"])
    assert IMG in stored["text"] and SCRIPT in stored["text"]
    assert events["events"][0]["outlets"] == [HOSTILE["outlet"]]
    claims = detail.json()["claims"]
    assert {claim["outlet"] for claim in claims} == {HOSTILE["outlet"]}
    for claim in claims:
        assert stored["text"][claim["char_start"] : claim["char_end"]] == claim["sentence"]
