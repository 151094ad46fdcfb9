"""The web app: the JSON API over a store, its /docs, and the map page's static files.

``create_app(settings)`` builds it (``eventwire serve`` runs it with uvicorn).
Reads are open; ``POST /api/articles`` ingests and needs the ``api_token``
setting. Every response carries a strict Content-Security-Policy: the page may
load nothing from another host, run no inline script, and frame nothing.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import eventwire
from eventwire.errors import EventwireError
from eventwire.pipeline import Pipeline, build_pipeline
from eventwire.settings import Settings
from eventwire.store import Store
from eventwire.web.docs import DOCS_HTML, DOCS_INIT_JS, DOCS_INIT_PATH
from eventwire.web.queries import (
    MAX_LIMIT,
    EventFilters,
    article_view,
    event_detail,
    export_events,
    ingest_records,
    stats_view,
    summarise,
)
from eventwire.web.schemas import (
    ArticleOut,
    ArticlesIn,
    EventDetail,
    EventList,
    IngestOut,
    StatsOut,
)

__all__ = ["SECURITY_HEADERS", "STATIC_DIR", "create_app"]

STATIC_DIR = Path(__file__).parent / "static"

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"description": "Not in the store", "content": {"application/json": {}}}
}


class SecurityHeaders:
    """ASGI middleware adding :data:`SECURITY_HEADERS` to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


def get_store(request: Request) -> Store:
    """The app's store (a route dependency)."""
    stored: Store = request.app.state.store
    return stored


StoreDep = Annotated[Store, Depends(get_store)]
FiltersDep = Annotated[EventFilters, Depends()]


class _Ingest:
    """The app's write side: one ingest at a time, on a pipeline built at the first one."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lock = threading.Lock()
        self.pipeline: Pipeline | None = None

    def __call__(self, records: list[Any], store: Store) -> IngestOut:
        # One at a time: each ingest re-resolves and replaces all the store's events.
        with self.lock:
            if self.pipeline is None:
                self.pipeline = build_pipeline(self.settings)
            return ingest_records(records, self.settings, store, self.pipeline)


def create_app(
    settings: Settings, store: Store | None = None, *, hosts: Sequence[str] | None = None
) -> FastAPI:
    """Build the app over ``store``, or over the store at ``settings.database_url``.

    A store given here is the caller's to close; one opened from the settings is
    opened when the app starts and closed when it stops. With ``hosts``, requests
    naming another host (``Host`` header) are refused with 400: on loopback this
    stops a page whose domain was re-pointed at 127.0.0.1 from reading the API.
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if store is not None:
            app.state.store = store
            yield
            return
        with Store.open(settings.database_url) as opened:
            app.state.store = opened
            yield

    app = FastAPI(
        title="eventwire",
        version=eventwire.__version__,
        description="Conflict events extracted from the news, with each source's claims.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    if hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(hosts))
    app.add_middleware(SecurityHeaders)  # added last: outermost, so on every response
    ingest = _Ingest(settings)

    @app.exception_handler(EventwireError)
    async def eventwire_error(_request: Request, exc: EventwireError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.get(
        "/api/events",
        response_model=EventList,
        responses={200: {"content": {"text/csv": {}, "application/geo+json": {}}}},
    )
    def list_events(
        store: StoreDep,
        filters: FiltersDep,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
        fmt: Annotated[
            Literal["json", "csv", "geojson"],
            Query(
                alias="format",
                description="json: summaries; csv, geojson: the output contract's records.",
            ),
        ] = "json",
    ) -> Any:
        """Events the filters select, by date (undated last) then id, one page at a time.

        With format=csv or geojson, the page's events as the exporters write them
        (an attachment); the X-Total-Count header says how many the filters select.
        """
        page = store.query_events(filters.query(), limit=limit, offset=offset)
        if fmt == "json":
            summaries = [summarise(event) for event in page.events]
            return EventList(total=page.total, limit=limit, offset=offset, events=summaries)
        body, media_type = export_events(page.events, fmt)
        headers = {
            "Content-Disposition": f'attachment; filename="events.{fmt}"',
            "X-Total-Count": str(page.total),
        }
        return Response(body, media_type=media_type, headers=headers)

    @app.get("/api/events/{event_id}", response_model=EventDetail, responses=NOT_FOUND)
    def get_event(store: StoreDep, event_id: str) -> EventDetail:
        """One event: its record, every claim with its sentence, disputes, each outlet's terms."""
        detail = event_detail(store, event_id)
        if detail is None:
            raise HTTPException(404, f"no event {event_id!r} in the store")
        return detail

    @app.get("/api/articles/{article_id:path}", response_model=ArticleOut, responses=NOT_FOUND)
    def get_article(store: StoreDep, article_id: str) -> ArticleOut:
        """A stored article's cleaned text and the spans its events' claims quote."""
        article = article_view(store, article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id!r} in the store")
        return article

    @app.get("/api/stats", response_model=StatsOut)
    def get_stats(store: StoreDep, filters: FiltersDep) -> StatsOut:
        """Events and fatalities the filters select: in all, per day, per type, per country."""
        return stats_view(store.event_stats(filters.query()))

    @app.post(
        "/api/articles",
        response_model=IngestOut,
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": ArticlesIn.model_json_schema()}},
            }
        },
        responses={
            401: {"description": "Missing or wrong bearer token"},
            403: {"description": "Writing is disabled: no api_token is set"},
            413: {"description": "Body over max_request_bytes"},
        },
    )
    async def post_articles(request: Request, store: StoreDep) -> IngestOut:
        """Ingest articles as `eventwire ingest` does, then re-resolve the store's events.

        Needs `Authorization: Bearer <api_token>`; disabled while api_token is empty.
        """
        _authorise(request, settings.api_token)
        body = await _read_body(request, settings.max_request_bytes)
        try:
            records = ArticlesIn.model_validate_json(body).articles
        except ValidationError as exc:
            raise RequestValidationError(exc.errors(include_url=False)) from None
        return await run_in_threadpool(ingest, records, store)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(DOCS_HTML)

    @app.get(DOCS_INIT_PATH, include_in_schema=False)
    def docs_init() -> Response:
        return Response(DOCS_INIT_JS, media_type="text/javascript")

    # Last: it answers every path the routes above do not. Absent in a checkout
    # without the page; the API and /docs work without it.
    if STATIC_DIR.is_dir():
        app.mount("/", StaticFiles(directory=STATIC_DIR, html=True), name="static")
    return app


def _authorise(request: Request, token: str) -> None:
    """Refuse the request unless writing is enabled and it carries the token."""
    if not token:
        raise HTTPException(
            403,
            "POST /api/articles is disabled: set the api_token setting "
            "(or EVENTWIRE_API_TOKEN) to enable it",
        )
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    # Constant time: the comparison must not tell how much of a guess was right.
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        given.strip().encode("utf-8"), token.encode("utf-8")
    ):
        raise HTTPException(
            401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"}
        )


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it is known to exceed ``limit`` bytes."""
    too_large = HTTPException(413, f"request body over {limit} bytes (max_request_bytes)")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise too_large
    return bytes(body)
