"""The JSON API on a store filled by hand: filters, pages, formats, articles, writes, headers.

The events and articles here quote the example articles (Conoco drone strike,
Kirkuk roadside bomb); tests/web/test_api_pipeline.py runs the same checks on a
store the real pipeline filled from examples/.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.models import Argument, Article, Claim, Event, EventMention, Span
from eventwire.settings import Settings, load_settings
from eventwire.store import Store
from eventwire.web import create_app
from eventwire.web.app import SECURITY_HEADERS

from .filters import filter_cases, select

LEVANT = (
    "A drone struck the Conoco gas field in Deir ez-Zor late on Tuesday, killing eight "
    "fighters of the US-backed SDF, a monitor said.\n\nNo American personnel were hurt."
)
COURRIER = (
    "Syrie : deux morts dans une attaque de drone contre le champ gazier de Conoco\n\n"
    "Deux combattants des Forces démocratiques syriennes (FDS) ont été tués mardi soir."
)
ECHO = (
    "Deux policiers fédéraux ont été tués hier par un engin explosif près de Zghaytoun, "
    "au sud-ouest de Kirkouk."
)
LEVANT_ID = "sha256:levant"
COURRIER_ID = "https://courrierdulevant.example/syrie/conoco-drone"  # ids can be URLs
ECHO_ID = "sha256:echo"


def make_article(article_id: str, outlet: str, text: str, sentence: str) -> Article:
    """A stored article with one mention quoting ``sentence``."""
    start = text.index(sentence)
    mention = EventMention(
        f"{article_id}#1", article_id, Span(start, start + len(sentence)),
        Argument("tués", Span(start, start + 1)), "Explosions/Remote violence",
        "Air/drone strike", "Political violence", "ATTACK",
    )  # fmt: skip
    return Article(
        article_id, "test", text, "text", f"h-{article_id}", outlet=outlet, url=None,
        title=text.split("\n")[0][:40], published=date(2024, 1, 31), language="fr",
        text=text, mentions=(mention,),
    )  # fmt: skip


def make_claim(article: Article, fatalities: int | None) -> Claim:
    mention = article.mentions[0]
    return Claim(
        article.article_id, article.outlet, article.url, article.published,
        mention.sentence.cut(article.text), mention.sentence.start, mention.sentence.end,
        None, fatalities, None, mention_id=mention.mention_id, event_date=date(2024, 1, 30),
        sub_event_type=mention.sub_event_type, location="Conoco",
    )  # fmt: skip


ARTICLES = [
    make_article(
        LEVANT_ID, "Levant Wire", LEVANT,
        "A drone struck the Conoco gas field in Deir ez-Zor late on Tuesday, killing eight "
        "fighters of the US-backed SDF, a monitor said.",
    ),
    make_article(
        COURRIER_ID, "Le Courrier du Levant", COURRIER,
        "Deux combattants des Forces démocratiques syriennes (FDS) ont été tués mardi soir.",
    ),
    make_article(ECHO_ID, "L’Écho de Mésopotamie", ECHO, ECHO),
]  # fmt: skip
BY_ID = {article.article_id: article for article in ARTICLES}


def make_event(event_id: str, when: date | None, **fields: Any) -> Event:
    base: dict[str, Any] = {
        "event_id_cnty": event_id,
        "event_date": when,
        "time_precision": 1,
        "disorder_type": "Political violence",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "country": "Iraq",
    }
    return Event(**{**base, **fields})


EVENTS = [
    make_event(
        "EWCONOCO", date(2024, 1, 30), country="Syria", admin1="Deir ez-Zor", location="Conoco",
        latitude=35.4, longitude=40.5, geo_precision=1, actor1="Islamic Resistance in Iraq",
        actor2="SDF: Syrian Democratic Forces", fatalities=2, fatalities_low=2, fatalities_high=8,
        disputed=("fatalities",), notes="Drone strike on the Conoco gas field.",
        sources=(make_claim(ARTICLES[0], 8), make_claim(ARTICLES[1], 2)),
        mention_ids=(ARTICLES[0].mentions[0].mention_id, ARTICLES[1].mentions[0].mention_id),
    ),
    make_event(
        "EWKIRKUK", date(2024, 2, 5), admin1="Kirkūk", location="Zghaytoun", latitude=35.3,
        longitude=44.2, event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED", actor1="Unidentified Armed Group (Iraq)",
        actor2="Police Forces of Iraq (2022-)", fatalities=2,
        sources=(make_claim(ARTICLES[2], 2),), mention_ids=(ARTICLES[2].mentions[0].mention_id,),
    ),
    make_event(
        "EWHAMRIN", date(2024, 1, 16), admin1="Salah ad-Din", location="monts Hamrin",
        event_type="Battles", sub_event_type="Armed clash", actor1="Islamic State (Iraq)",
        actor2="Military Forces of Iraq (2022-)", fatalities=6, latitude=34.5, longitude=44.6,
    ),
    make_event("EWUNDATED", None, admin1="Anbar", location="Anbar", fatalities=None),
]  # fmt: skip


def app_settings(**changes: Any) -> Settings:
    return load_settings(env={}, overrides={"database_url": "sqlite://", **changes})


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    """A read-only client over the hand-filled store."""
    with Store.open("sqlite://") as store:
        for article in ARTICLES:
            store.put_article(article)
        store.replace_events(EVENTS)
        with TestClient(create_app(app_settings(), store)) as opened:
            yield opened


def records() -> list[dict[str, Any]]:
    from eventwire.export import event_record

    return [event_record(event) for event in EVENTS]


# GET /api/events ---------------------------------------------------------------


@pytest.mark.parametrize(("params", "_why"), filter_cases(records()))
def test_api_events_filters_select_what_a_python_filter_selects(
    client: TestClient, params: dict[str, Any], _why: str
) -> None:
    expected = [r["event_id_cnty"] for r in select(records(), params)]
    assert 0 < len(expected) < len(EVENTS)  # the case narrows
    response = client.get("/api/events", params={**params, "limit": 5000})
    assert response.status_code == 200, response.text
    body = response.json()
    assert [e["event_id"] for e in body["events"]] == expected
    assert body["total"] == len(expected)
    stats = client.get("/api/stats", params=params).json()
    assert stats["total_events"] == len(expected)


def test_api_events_summaries_carry_the_contract_fields(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert body["total"] == 4 and (body["limit"], body["offset"]) == (100, 0)
    conoco = next(e for e in body["events"] if e["event_id"] == "EWCONOCO")
    assert conoco == {
        "event_id": "EWCONOCO", "event_date": "2024-01-30",
        "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
        "country": "Syria", "admin1": "Deir ez-Zor", "location": "Conoco", "latitude": 35.4,
        "longitude": 40.5, "geo_precision": 1, "actor1": "Islamic Resistance in Iraq",
        "actor2": "SDF: Syrian Democratic Forces", "fatalities": 2, "fatalities_low": 2,
        "fatalities_high": 8, "injuries": None, "disputed": ["fatalities"],
        "outlets": ["Le Courrier du Levant", "Levant Wire"], "n_sources": 2,
        "notes": "Drone strike on the Conoco gas field.",
    }  # fmt: skip
    assert body["events"][-1]["event_id"] == "EWUNDATED"  # undated last


def test_api_events_empty_parameters_filter_nothing(client: TestClient) -> None:
    blank = {name: "" for name in ("since", "until", "country", "actor", "q", "min_fatalities")}
    assert client.get("/api/events", params=blank).json()["total"] == len(EVENTS)


def test_api_events_pages_add_up_to_the_whole(client: TestClient) -> None:
    whole = [e["event_id"] for e in client.get("/api/events").json()["events"]]
    pages = [client.get("/api/events", params={"limit": 3, "offset": o}).json() for o in (0, 3)]
    assert [p["total"] for p in pages] == [4, 4]
    assert [len(p["events"]) for p in pages] == [3, 1]
    assert [e["event_id"] for p in pages for e in p["events"]] == whole
    beyond = client.get("/api/events", params={"offset": 10}).json()
    assert (beyond["total"], beyond["events"]) == (4, [])


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"since": "2024-13-01"}, "since"),
        ({"until": "yesterday"}, "until"),
        ({"limit": 5001}, "limit"),
        ({"limit": 0}, "limit"),
        ({"offset": -1}, "offset"),
        ({"q": "x" * 201}, "q"),
        ({"actor": "x" * 201}, "actor"),
        ({"min_fatalities": -1}, "min_fatalities"),
        ({"format": "xml"}, "format"),
    ],
)
def test_api_events_refuses_bad_parameters_naming_them(
    client: TestClient, params: dict[str, Any], parameter: str
) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert [error["loc"] for error in response.json()["detail"]] == [["query", parameter]]


def test_api_events_csv_is_the_contract_for_the_filtered_page(client: TestClient) -> None:
    response = client.get("/api/events", params={"format": "csv", "country": "iraq"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"] == 'attachment; filename="events.csv"'
    assert response.headers["x-total-count"] == "3"
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [row["event_id_cnty"] for row in rows] == ["EWHAMRIN", "EWKIRKUK", "EWUNDATED"]
    assert json.loads(rows[1]["sources"])[0]["sentence"] == ECHO


def test_api_events_geojson_has_one_feature_per_event(client: TestClient) -> None:
    response = client.get("/api/events", params={"format": "geojson"})
    assert response.headers["content-type"] == "application/geo+json"
    collection = response.json()
    assert collection["type"] == "FeatureCollection"
    features = {f["id"]: f for f in collection["features"]}
    assert features["EWCONOCO"]["geometry"] == {"type": "Point", "coordinates": [40.5, 35.4]}
    assert features["EWUNDATED"]["geometry"] is None
    assert len(features["EWCONOCO"]["properties"]["sources"]) == 2


# GET /api/stats -----------------------------------------------------------------


def test_api_stats_count_per_day_type_and_country(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert (stats["total_events"], stats["total_fatalities"]) == (4, 10)
    assert stats["by_day"] == [
        {"date": "2024-01-16", "events": 1, "fatalities": 6},
        {"date": "2024-01-30", "events": 1, "fatalities": 2},
        {"date": "2024-02-05", "events": 1, "fatalities": 2},
    ]
    assert stats["by_type"] == [
        {"event_type": "Explosions/Remote violence", "events": 3, "fatalities": 4},
        {"event_type": "Battles", "events": 1, "fatalities": 6},
    ]
    assert stats["by_country"] == [
        {"country": "Iraq", "events": 3, "fatalities": 8},
        {"country": "Syria", "events": 1, "fatalities": 2},
    ]
    narrowed = client.get("/api/stats", params={"event_type": "battles"}).json()
    assert narrowed["by_country"] == [{"country": "Iraq", "events": 1, "fatalities": 6}]


# GET /api/events/{id} and /api/articles/{id} ----------------------------------------


def test_api_event_detail_lists_claims_disputes_and_outlets(client: TestClient) -> None:
    body = client.get("/api/events/EWCONOCO").json()
    assert body["event"]["event_id_cnty"] == "EWCONOCO"
    assert len(body["event"]["sources"]) == 2
    assert [(c["outlet"], c["fatalities"]) for c in body["claims"]] == [
        ("Levant Wire", 8), ("Le Courrier du Levant", 2),
    ]  # fmt: skip
    for claim in body["claims"]:
        text = BY_ID[claim["article_id"]].text
        assert text[claim["char_start"] : claim["char_end"]] == claim["sentence"]
    assert body["disputed"] == ["fatalities"]
    assert [o["outlet"] for o in body["outlets"]] == ["Le Courrier du Levant", "Levant Wire"]


@pytest.mark.parametrize("path", ["/api/events/NOPE", "/api/articles/sha256:nope"])
def test_api_unknown_ids_are_404_with_a_detail(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "in the store" in response.json()["detail"]


@pytest.mark.parametrize("article_id", [LEVANT_ID, COURRIER_ID, ECHO_ID])
def test_api_article_spans_are_its_claims_offsets(client: TestClient, article_id: str) -> None:
    body = client.get(f"/api/articles/{article_id}").json()
    assert body["article_id"] == article_id
    assert body["text"] == BY_ID[article_id].text
    expected = sorted(
        (claim.char_start, claim.char_end, event.event_id_cnty)
        for event in EVENTS
        for claim in event.sources
        if claim.article_id == article_id
    )
    spans = [(s["char_start"], s["char_end"], s["event_id"]) for s in body["spans"]]
    assert spans == expected and spans
    sentences = {c.sentence for e in EVENTS for c in e.sources if c.article_id == article_id}
    assert {body["text"][start:end] for start, end, _ in spans} == sentences


# POST /api/articles without the pipeline: refusals ------------------------------------


@contextmanager
def post_client(**changes: Any) -> Iterator[TestClient]:
    """A client over an empty store, with ``changes`` to the settings."""
    with (
        Store.open("sqlite://") as store,
        TestClient(create_app(app_settings(**changes), store)) as client,
    ):
        yield client


def test_api_post_is_disabled_without_a_token() -> None:
    with post_client() as client:
        response = client.post("/api/articles", json={"articles": [{"text": "x"}]})
    assert response.status_code == 403
    assert "api_token" in response.json()["detail"]


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic s3cret"},
     {"Authorization": "Bearer s3cret-and-more"}],
)  # fmt: skip
def test_api_post_needs_the_right_bearer_token(headers: dict[str, str]) -> None:
    with post_client(api_token="s3cret") as client:
        response = client.post("/api/articles", json={"articles": []}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_api_post_over_the_size_limit_is_413_declared_or_streamed() -> None:
    auth = {"Authorization": "Bearer s3cret"}
    body = json.dumps({"articles": [{"text": "x" * 2000}]}).encode()
    with post_client(api_token="s3cret", max_request_bytes=1000) as client:
        declared = client.post("/api/articles", content=body, headers=auth)
        streamed = client.post(
            "/api/articles", content=iter([body[:600], body[600:]]), headers=auth
        )
        small = client.post("/api/articles", json={"articles": []}, headers=auth)
    assert declared.status_code == 413 and "max_request_bytes" in declared.json()["detail"]
    assert streamed.status_code == 413
    assert small.status_code == 200
    assert small.json() == {"stored": 0, "unchanged": 0, "failed": [], "events": 0}


@pytest.mark.parametrize("body", [b"{not json", b'{"articles": {}}', b"[]"])
def test_api_post_malformed_body_is_422(body: bytes) -> None:
    with post_client(api_token="s3cret") as client:
        response = client.post(
            "/api/articles", content=body, headers={"Authorization": "Bearer s3cret"}
        )
    assert response.status_code == 422


# Headers and docs -------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/api/events", "/api/stats", "/api/events/NOPE", "/docs", "/openapi.json", "/nope"]
)
def test_api_every_response_has_the_security_headers(client: TestClient, path: str) -> None:
    response = client.get(path)
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value
    assert "script-src 'self';" in response.headers["content-security-policy"]


def test_api_docs_load_nothing_from_other_hosts(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    assert "<script>" not in response.text  # the CSP forbids inline scripts
    urls = re.findall(r'(?:src|href)="([^"]*)"', response.text)
    assert urls and all(url.startswith("/") and not url.startswith("//") for url in urls)
    assert "http://" not in response.text and "https://" not in response.text
    init = client.get("/docs/init.js")
    assert init.headers["content-type"].startswith("text/javascript")
    assert "/openapi.json" in init.text
    assert "validatorUrl: null" in init.text  # no badge fetched from swagger.io
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/stats", "/api/articles"} <= set(spec["paths"])


def test_api_with_hosts_refuses_requests_naming_another_host() -> None:
    settings = app_settings()
    with Store.open("sqlite://") as store:
        app = create_app(settings, store, hosts=("127.0.0.1", "localhost"))
        with TestClient(app, base_url="http://127.0.0.1:8000") as client:
            assert client.get("/api/stats").status_code == 200
            assert client.get("/api/stats", headers={"Host": "localhost:8000"}).status_code == 200
            rebound = client.get("/api/stats", headers={"Host": "attacker.example"})
    assert rebound.status_code == 400
    assert rebound.headers["x-content-type-options"] == "nosniff"


def test_api_store_errors_are_503_with_the_message(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.errors import StoreError

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise StoreError("could not read events: disk I/O error")

    with Store.open("sqlite://") as store, TestClient(create_app(app_settings(), store)) as client:
        monkeypatch.setattr(store, "query_events", broken)
        response = client.get("/api/events")
    assert response.status_code == 503
    assert response.json() == {"detail": "could not read events: disk I/O error"}
    assert response.headers["referrer-policy"] == "no-referrer"
