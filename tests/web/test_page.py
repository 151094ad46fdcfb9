"""The map page in a real browser: Debian's Chromium, headless, driven by Playwright.

One real server (``create_app`` under uvicorn on a free loopback port) serves a
temporary store holding the bundled examples plus one hostile article posted
through ``POST /api/articles``. Every request that does not go to that server is
blocked and counted. Without /usr/bin/chromium the tests skip, except under CI=true
where they fail: CI must prove the page works.
"""

from __future__ import annotations

import csv
import io
import itertools
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

import httpx
import pytest

from eventwire.ingest import InputMeta
from eventwire.jobs import ingest_inputs
from eventwire.settings import load_settings
from eventwire.store import Store

pytestmark = [pytest.mark.browser, pytest.mark.model]

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
VENDOR = ROOT / "src" / "eventwire" / "web" / "static" / "vendor"
ARTIFACTS = Path(os.environ.get("EVENTWIRE_ARTIFACTS") or ROOT / "test-artifacts")
IN_CI = os.environ.get("CI") == "true"
TOKEN = "browser-test-token"

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
HOSTILE = {
    "id": "hostile-mosul-1",
    "url": "https://evil.example/mosul",
    "outlet": f"Evil Wire {IMG}",
    "published": "2024-02-08",
    "title": f"{SCRIPT} Drone strike in Mosul",
    "language": "en",
    "text": (
        f"A drone strike killed four people in Mosul on Wednesday, {SCRIPT} local officials"
        f" said. The officials said {IMG} three others were wounded in the strike."
    ),
}


def _unavailable(reason: str) -> None:
    """Skip on a developer's machine, fail in CI (which installs what the tests need)."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: .ci/run should have installed it)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Serve a store of examples/ plus the hostile article; yield the server's URL."""
    uvicorn = pytest.importorskip("uvicorn")
    from eventwire.web.app import create_app

    db = tmp_path_factory.mktemp("web") / "events.db"
    settings = load_settings(
        env={}, overrides={"database_url": f"sqlite:///{db}", "api_token": TOKEN}
    )
    with Store.open(settings.database_url) as store:
        ingest_inputs([str(ROOT / "examples")], InputMeta(), settings, store)
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings), host="127.0.0.1", port=0, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    try:
        posted = httpx.post(
            f"{url}/api/articles",
            json={"articles": [HOSTILE]},
            headers={"Authorization": f"Bearer {TOKEN}"},
            timeout=300,
        )
        assert posted.status_code == 200, posted.text
        assert posted.json()["stored"] == 1
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless; Playwright never downloads a browser here."""
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def vendored() -> None:
    """The map's libraries, which scripts/vendor_web.sh installs from npm."""
    if not (VENDOR / "leaflet" / "leaflet.js").exists():
        _unavailable(f"{VENDOR} is empty: run scripts/vendor_web.sh (needs npm)")


@dataclass
class Visit:
    """A page with every request outside the server blocked, and what it tried and logged."""

    page: Any
    local: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture
def visit(browser: Any, base_url: str) -> Iterator[Callable[..., Visit]]:
    """``visit(width, height, block=(), stats=None)`` opens the page.

    ``block`` globs answer 404; ``stats`` answers every /api/stats request instead of the store.
    """
    contexts: list[Any] = []

    def open_page(
        width: int = 1366,
        height: int = 900,
        block: tuple[str, ...] = (),
        stats: dict[str, Any] | None = None,
    ) -> Visit:
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        seen = Visit(page)

        def route(route: Any) -> None:
            url = route.request.url
            if not url.startswith(base_url + "/"):
                seen.blocked.append(url)
                route.abort()
            else:
                seen.local.append(url)
                route.continue_()

        context.route("**/*", route)
        for glob in block:
            page.route(glob, lambda r: r.fulfill(status=404, body="not installed"))
        if stats is not None:
            page.route("**/api/stats*", lambda r: r.fulfill(json=stats))
        page.on("console", lambda m: m.type == "error" and seen.errors.append(m.text))
        page.on("pageerror", lambda e: seen.errors.append(str(e)))
        page.on("dialog", lambda d: (seen.dialogs.append(d.message), d.dismiss()))
        page.goto(base_url + "/")
        page.wait_for_selector("body[data-ready]:not([aria-busy])")
        return seen

    yield open_page
    for context in contexts:
        context.close()


def _events(base_url: str) -> list[dict[str, Any]]:
    answer = httpx.get(f"{base_url}/api/events", params={"limit": 5000}, timeout=30).json()
    assert answer["total"] == len(answer["events"])
    events: list[dict[str, Any]] = answer["events"]
    return events


def _detail(base_url: str, event_id: str) -> dict[str, Any]:
    detail: dict[str, Any] = httpx.get(f"{base_url}/api/events/{event_id}", timeout=30).json()
    return detail


def _markers_shown(page: Any) -> int:
    """Markers drawn alone plus those counted inside the cluster icons (what a reader sees)."""
    # While markercluster or a zoom animates, a cluster and its markers are both drawn.
    page.locator(".leaflet-cluster-anim, .leaflet-zoom-anim").first.wait_for(state="detached")
    alone = page.locator("path.ew-marker").count()
    clustered = sum(int(text) for text in page.locator(".marker-cluster").all_inner_texts())
    return int(alone) + clustered


def _open_from_list(page: Any, event_id: str) -> None:
    page.locator(f'#event-list button[data-event-id="{event_id}"]').click()
    page.wait_for_selector(f'#panel[data-event-id="{event_id}"]:not([aria-busy])')


def _screenshot(page: Any, name: str, selector: str = "") -> Path:
    """Save the whole page (or the element at ``selector``) as a test artifact."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    if selector:
        page.locator(selector).screenshot(path=str(path))
    else:
        page.screenshot(path=str(path), full_page=True)
    return path


def test_page_loads_offline_with_a_marker_per_located_event(
    vendored: None, visit: Callable[..., Visit], base_url: str
) -> None:
    seen = visit()
    events = _events(base_url)
    located = [e for e in events if e["latitude"] is not None]
    # The examples' events and the hostile one; a village the gazetteer lacks
    # leaves its event off the map rather than at a namesake abroad.
    assert len(events) >= 15 and len(located) >= 0.8 * len(events)
    seen.page.wait_for_selector(".leaflet-overlay-pane path.ew-marker, .marker-cluster")
    assert _markers_shown(seen.page) == len(located)
    assert seen.page.get_attribute("#map", "data-markers") == str(len(located))
    # The borders came from the vendored world-atlas file, drawn under the markers.
    assert seen.page.locator(".leaflet-borders-pane path").count() > 100
    assert seen.page.locator("#timeline .day").count() >= 1
    assert seen.blocked == [], f"{len(seen.blocked)} requests left localhost: {seen.blocked}"
    assert len(seen.local) >= 9  # page, 4 stylesheets, 4 scripts, borders, API calls
    assert seen.errors == []  # a CSP violation would be logged here
    assert _screenshot(seen.page, "page-wide.png").stat().st_size > 20_000


def test_page_marker_click_shows_each_claims_sentence_marked_in_its_article(
    vendored: None, visit: Callable[..., Visit], base_url: str
) -> None:
    seen = visit()
    page = seen.page
    page.locator("path.ew-marker").first.click()
    page.wait_for_selector("#panel[data-event-id]:not([aria-busy])")
    event_id = page.get_attribute("#panel", "data-event-id")
    claims = _detail(base_url, event_id)["claims"]
    marked = page.locator("#panel .claim .window mark").all_inner_texts()
    assert marked == [claim["sentence"] for claim in claims]
    assert seen.blocked == [] and seen.errors == []


def test_page_list_row_shows_disputes_and_outlets_side_by_side(
    vendored: None, visit: Callable[..., Visit], base_url: str
) -> None:
    seen = visit()
    page = seen.page
    richest = max(_events(base_url), key=lambda e: (len(e["outlets"]), e["n_sources"]))
    assert len(richest["outlets"]) >= 2 and richest["disputed"]
    _open_from_list(page, richest["event_id"])
    detail = _detail(base_url, richest["event_id"])
    banner = page.inner_text("#panel .dispute-banner")
    assert all(name in banner for name in detail["disputed"])
    assert page.locator("#panel dd.disputed").count() >= 1
    marked = page.locator("#panel .claim .window mark").all_inner_texts()
    assert marked == [claim["sentence"] for claim in detail["claims"]]
    windows = page.locator("#panel .claim .window").all_inner_texts()
    assert any(len(text) > len(sentence) for text, sentence in zip(windows, marked, strict=True))
    # The whole article, on demand, marks every passage the API ties to this event.
    first = detail["claims"][0]
    article = httpx.get(
        f"{base_url}/api/articles/{quote(first['article_id'], safe='')}", timeout=30
    ).json()
    passages = {
        article["text"][s["char_start"] : s["char_end"]]
        for s in article["spans"]
        if s["event_id"] == richest["event_id"]
    }
    claim = page.locator("#panel .claim").first
    claim.locator(".whole > summary").click()
    claim.locator(".full-text mark").first.wait_for()  # the article is fetched on opening
    assert set(claim.locator(".full-text mark").all_inner_texts()) == passages | {first["sentence"]}
    assert claim.locator(".full-text mark.this").inner_text() == first["sentence"]
    columns = page.locator("#panel .outlet-view .column h4").all_inner_texts()
    assert columns == [outlet["outlet"] for outlet in detail["outlets"]]
    assert len(columns) == len(richest["outlets"])


def test_page_shows_hostile_text_as_text_and_runs_none_of_it(
    vendored: None, visit: Callable[..., Visit], base_url: str
) -> None:
    seen = visit()
    page = seen.page
    hostile = [e for e in _events(base_url) if any(IMG in o for o in e["outlets"])]
    assert len(hostile) == 1
    _open_from_list(page, hostile[0]["event_id"])
    row = page.inner_text(f'#event-list button[data-event-id="{hostile[0]["event_id"]}"]')
    panel = page.inner_text("#panel")
    assert IMG in row and IMG in panel and SCRIPT in panel  # shown literally: outlet, sentences
    assert HOSTILE["title"] in panel  # the article's title above its evidence window
    assert page.locator("#panel mark", has_text=SCRIPT).count() >= 1
    assert page.locator("body img, #panel script, #event-list script").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert seen.dialogs == [] and seen.errors == [] and seen.blocked == []
    _screenshot(page, "panel-hostile.png", "#panel")


def test_page_on_a_phone_has_no_horizontal_overflow(
    vendored: None, visit: Callable[..., Visit], base_url: str
) -> None:
    seen = visit(390, 844)
    page = seen.page
    richest = max(_events(base_url), key=lambda e: len(e["outlets"]))
    _open_from_list(page, richest["event_id"])
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    box = page.locator("#panel").bounding_box()
    map_box = page.locator("#map").bounding_box()
    assert box["y"] >= map_box["y"] + map_box["height"]  # the panel below the map
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    _screenshot(page, "page-phone.png")


def test_page_without_its_libraries_says_so_and_still_lists_events(
    visit: Callable[..., Visit], base_url: str
) -> None:
    seen = visit(block=("**/vendor/**",))
    page = seen.page
    assert page.is_visible("#notice")
    assert "scripts/setup.sh" in page.inner_text("#notice")
    events = _events(base_url)
    assert page.locator("#event-list button.row").count() == len(events)
    _open_from_list(page, events[0]["event_id"])
    claims = _detail(base_url, events[0]["event_id"])["claims"]
    marked = page.locator("#panel .claim .window mark").all_inner_texts()
    assert marked == [claim["sentence"] for claim in claims]
    assert seen.blocked == []


def test_page_link_to_an_event_opens_its_panel(
    vendored: None, visit: Callable[..., Visit], base_url: str
) -> None:
    seen = visit()
    page = seen.page
    event = _events(base_url)[-1]
    _open_from_list(page, event["event_id"])
    link = page.url
    assert link.endswith(f"#event={event['event_id']}")
    page.reload()  # the link alone, in a fresh page
    page.wait_for_selector(f'#panel[data-event-id="{event["event_id"]}"]:not([aria-busy])')
    claims = _detail(base_url, event["event_id"])["claims"]
    assert page.locator("#panel .claim").count() == len(claims)
    page.keyboard.press("Escape")
    assert page.locator("#panel").is_hidden()
    assert "#event=" not in page.url


def test_docs_page_works_offline(vendored: None, browser: Any, base_url: str) -> None:
    context = browser.new_context()
    blocked: list[str] = []
    errors: list[str] = []

    def route(route: Any) -> None:
        if route.request.url.startswith(base_url + "/"):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.goto(base_url + "/docs")
    page.wait_for_selector("#swagger-ui .info .title")
    page.wait_for_selector("#swagger-ui .opblock-summary-path")
    paths = page.locator("#swagger-ui .opblock-summary-path").all_inner_texts()
    context.close()
    # Swagger UI puts zero-width spaces after the slashes of long paths.
    assert "/api/events" in [path.replace("\u200b", "") for path in paths]
    assert blocked == [], blocked
    assert errors == []


def _rows(page: Any) -> list[str]:
    page.wait_for_selector("body[data-ready]:not([aria-busy])")
    return [
        str(row.get_attribute("data-event-id")) for row in page.locator("#event-list .row").all()
    ]


def test_page_timeline_day_keeps_that_days_events(
    vendored: None, visit: Callable[..., Visit], base_url: str
) -> None:
    page = visit().page
    stats = httpx.get(f"{base_url}/api/stats", timeout=30).json()
    busiest = max(stats["by_day"], key=lambda d: d["events"])
    assert stats["total_events"] > busiest["events"] > 1
    day = busiest["date"]
    page.locator(f'#timeline .day[data-date="{day}"]').click()
    page.wait_for_selector(f'#timeline .day.selected[data-date="{day}"]')
    that_day = [e for e in _events(base_url) if e["event_date"] == day]
    assert sorted(_rows(page)) == sorted(e["event_id"] for e in that_day)
    assert page.get_attribute("#map", "data-markers") == str(
        sum(e["latitude"] is not None for e in that_day)
    )
    page.locator("#day-clear").click()
    page.locator("#timeline .day.selected").wait_for(state="detached")
    assert len(_rows(page)) == stats["total_events"]


def test_page_timeline_groups_days_when_years_would_make_bars_too_thin(
    vendored: None, visit: Callable[..., Visit], base_url: str
) -> None:
    # Five years of statistics (one event every 10th day), answered in place of the store's.
    start = date(2019, 1, 1)
    by_day = [
        {"date": (start + timedelta(days=i)).isoformat(), "events": 1 + i % 3, "fatalities": i % 5}
        for i in range(0, 5 * 365, 10)
    ]
    stats = {"total_events": 0, "total_fatalities": 0, "by_day": by_day}
    stats |= {"by_type": [], "by_country": []}
    seen = visit(390, 844, stats=stats)
    page = seen.page
    bars = page.locator("#timeline .day")
    spans = [(g.get_attribute("data-date"), g.get_attribute("data-until")) for g in bars.all()]
    assert 50 < len(spans) < 200  # a bar for several days, not one per day (1,825)
    assert spans[0][0] == "2019-01-01" and spans[-1][1] == by_day[-1]["date"]
    assert all(a <= b for a, b in spans)  # each bar's days, in order, none shared
    assert all(b < c for (_, b), (c, _) in itertools.pairwise(spans))
    labels = [g.get_attribute("aria-label") for g in bars.all()]
    assert sum(int(str(label).split(": ")[1].split(" ")[0]) for label in labels) == sum(
        d["events"] for d in by_day
    )
    with page.expect_request(lambda r: "/api/events?" in r.url) as request:
        bars.nth(3).click()
    query = dict(parse_qsl(urlsplit(request.value.url).query))
    assert (query["since"], query["until"]) == spans[3]
    assert spans[3][0] < spans[3][1]


def test_page_filters_ask_the_api_and_list_what_it_answers(
    vendored: None, visit: Callable[..., Visit], base_url: str
) -> None:
    page = visit().page
    form = page.locator("#filters")
    form.locator('select[name="country"]').select_option("Syria")
    form.locator('input[name="min_fatalities"]').fill("1")
    form.locator('button[type="submit"]').click()
    expected = httpx.get(
        f"{base_url}/api/events",
        params={"country": "Syria", "min_fatalities": 1, "limit": 5000},
        timeout=30,
    ).json()["events"]
    assert 0 < len(expected) < len(_events(base_url))
    page.locator("#event-list .row").nth(len(expected) - 1).wait_for()
    assert _rows(page) == [e["event_id"] for e in expected]
    assert page.locator("#event-list .row").count() == len(expected)
    # The download links export what is listed.
    csv_link = page.locator("#download-csv").evaluate("a => a.href")
    exported = httpx.get(csv_link, timeout=30)
    assert exported.headers["content-type"].startswith("text/csv")
    assert len(list(csv.reader(io.StringIO(exported.text)))) == 1 + len(expected)
    form.locator('button[type="reset"]').click()
    page.locator("#event-list .row").nth(len(expected)).wait_for()
    assert len(_rows(page)) == len(_events(base_url))
