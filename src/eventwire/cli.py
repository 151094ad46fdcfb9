"""The ``eventwire`` command line: a thin layer over :mod:`eventwire.jobs`.

Exit status: 0 when every record was used, 1 when some records failed (a summary
ends the run), 2 for usage errors (bad options, invalid settings).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn, TextIO

import typer
from sqlalchemy.engine import make_url
from tqdm import tqdm

from eventwire.errors import ConfigError, EventwireError, InputError, NotFoundError
from eventwire.evaluate import (
    evaluate_files,
    format_incident_scores,
    format_scores,
    score_incidents,
)
from eventwire.export import (
    event_profile,
    format_profile,
    profile_record,
    write_disputed,
    write_events,
)
from eventwire.geo import Gazetteer
from eventwire.ingest import InputMeta, parse_published
from eventwire.jobs import Report, extract_events, ingest_inputs
from eventwire.models import Article, Event
from eventwire.settings import Settings, load_settings
from eventwire.store import EventQuery, Store

__all__ = ["app", "main"]

app = typer.Typer(
    name="eventwire",
    help="Turn conflict news into an evidence-linked, ACLED-compatible event dataset.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Format(StrEnum):
    """Output formats of ``extract`` and ``events``."""

    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"


class State:
    """Options shared by every command (set by the top-level callback)."""

    config: Path | None = None
    quiet: bool = False


STATE = State()

InputsArg = Annotated[
    list[str],
    typer.Argument(
        help="Files or folders (.txt .html .htm .json .jsonl .rss .atom .xml), or - for stdin."
    ),
]
DbOpt = Annotated[
    str | None, typer.Option("--db", help="Database URL (default: database_url setting).")
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
]
OutletOpt = Annotated[str | None, typer.Option(help="Outlet of .txt / stdin articles.")]
PublishedOpt = Annotated[
    str | None, typer.Option(help="Publication date of .txt / stdin articles (YYYY-MM-DD).")
]
LangOpt = Annotated[
    str | None, typer.Option("--lang", help="Language of .txt / stdin articles (fr, en...).")
]
UrlOpt = Annotated[str | None, typer.Option("--url", help="URL of a .txt / stdin article.")]


def _settings(db: str | None = None) -> Settings:
    try:
        overrides = {"database_url": db} if db else None
        return load_settings(STATE.config, overrides=overrides)
    except ConfigError as exc:
        _fail_usage(str(exc))


def _fail_usage(message: str) -> NoReturn:
    typer.echo(f"eventwire: error: {message}", err=True)
    raise typer.Exit(2)


def _meta(
    inputs: Sequence[str], outlet: str | None, published: str | None, lang: str | None,
    url: str | None,
) -> InputMeta:  # fmt: skip
    if url and len(inputs) > 1:
        _fail_usage("--url names one article; give a single input with it")
    day = None
    if published:
        day, _precision = parse_published(published)
        if day is None:
            _fail_usage(f"--published {published!r} is not a date (use YYYY-MM-DD)")
    return InputMeta(outlet=outlet, published=day, language=lang, url=url)


def _day(option: str, value: str | None) -> date | None:
    """Parse an ISO day given to ``option``, or fail with a usage error."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        _fail_usage(f"{option} {value!r} is not a date (use YYYY-MM-DD)")


@contextlib.contextmanager
def _progress(settings: Settings) -> Iterator[Callable[[Article], None]]:
    """A progress bar on stderr that appears only for batches longer than the set delay."""
    bar = tqdm(
        unit=" articles",
        file=sys.stderr,
        delay=settings.progress_delay,
        disable=STATE.quiet,
        leave=False,
    )
    try:
        yield lambda _article: bar.update(1)
    finally:
        bar.close()


@contextlib.contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    """Stdout, or a file written in full to a temporary name first: never half-written."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    folder = path.resolve().parent
    if not folder.is_dir():
        _fail_usage(f"{path}: folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _report(report: Report) -> None:
    """Print problems and skipped articles as they matter, then the summary; exit 1 on failure."""
    for problem in report.problems:
        level = "error" if problem.fatal else "warning"
        typer.echo(f"eventwire: {level}: {problem}", err=True)
    if not STATE.quiet or report.failed:
        typer.echo(f"eventwire: {report.summary()}", err=True)
    if report.failed:
        raise typer.Exit(1)


@contextlib.contextmanager
def _exit_1_on(*kinds: type[EventwireError]) -> Iterator[None]:
    """Print an error of ``kinds`` as one line and exit 1 (the input, not the usage, is wrong)."""
    try:
        yield
    except kinds as exc:
        typer.echo(f"eventwire: error: {exc}", err=True)
        raise typer.Exit(1) from None


def _print_result(record: object, text: str, *, as_json: bool) -> None:
    """Print ``record`` as indented JSON, or ``text`` as it is."""
    if as_json:
        typer.echo(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        typer.echo(text, nl=False)


def _write(events: Sequence[Event], fmt: Format, output: Path | None) -> None:
    with _output(output) as stream:
        write_events(events, fmt.value, stream)


@app.callback()
def main_options(
    config: Annotated[
        Path | None, typer.Option("--config", help="Settings file (TOML) over the defaults.")
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log details.")] = False,
) -> None:
    """Turn conflict news into an evidence-linked, ACLED-compatible event dataset."""
    STATE.config = config
    STATE.quiet = quiet
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING if not quiet else logging.ERROR,
        format="eventwire: %(levelname)s: %(message)s",
        stream=sys.stderr,
    )


@app.command()
def extract(
    inputs: InputsArg,
    fmt: FormatOpt = Format.jsonl,
    output: OutputOpt = None,
    db: Annotated[
        str | None,
        typer.Option("--db", help="Also store articles and events in this database."),
    ] = None,
    outlet: OutletOpt = None,
    published: PublishedOpt = None,
    lang: LangOpt = None,
    url: UrlOpt = None,
) -> None:
    """Read, process and resolve INPUTS in one go and write their events (stdout by default).

    Leaves no database behind unless --db is given; with --db the articles are
    stored too and every event of that database is written.
    """
    settings = _settings(db)
    meta = _meta(inputs, outlet, published, lang, url)
    with _progress(settings) as progress:
        if db:
            with Store.open(settings.database_url) as store:
                events, report = ingest_inputs(
                    inputs, meta, settings, store, stdin=sys.stdin.buffer, progress=progress
                )
        else:
            events, report = extract_events(
                inputs, meta, settings, stdin=sys.stdin.buffer, progress=progress
            )
    _write(events, fmt, output)
    _report(report)


@app.command()
def ingest(
    inputs: InputsArg,
    db: DbOpt = None,
    outlet: OutletOpt = None,
    published: PublishedOpt = None,
    lang: LangOpt = None,
    url: UrlOpt = None,
) -> None:
    """Add INPUTS to the store (default ./eventwire.db) and update its events."""
    settings = _settings(db)
    meta = _meta(inputs, outlet, published, lang, url)
    with _progress(settings) as progress, Store.open(settings.database_url) as store:
        _events, report = ingest_inputs(
            inputs, meta, settings, store, stdin=sys.stdin.buffer, progress=progress
        )
    _report(report)


def _existing_store(url: str) -> None:
    """Refuse to export from a SQLite file that does not exist (instead of creating it)."""
    parsed = make_url(url)
    file = parsed.database if parsed.get_backend_name() == "sqlite" else None
    if file not in (None, "", ":memory:") and not Path(str(file)).exists():
        _fail_usage(f"no database at {file}; run `eventwire ingest` first")


@app.command()
def events(
    db: DbOpt = None,
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format", "-f", help="Output format (default jsonl; with --disputed, plain text)."
        ),
    ] = None,
    output: OutputOpt = None,
    since: Annotated[
        str | None, typer.Option(help="Only events on or after this date (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Only events on or before this date (YYYY-MM-DD).")
    ] = None,
    country: Annotated[str | None, typer.Option(help="Only events in this country.")] = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="Only this ACLED event type.")
    ] = None,
    disputed: Annotated[
        bool,
        typer.Option(
            "--disputed", help="Only events whose sources disagree, listed with their claims."
        ),
    ] = False,
) -> None:
    """Export events from the store.

    With --disputed, only events whose sources disagree: listed as text with each
    claim (outlet, claimant, figures, sentence), or exported with --format.
    """
    settings = _settings(db)
    _existing_store(settings.database_url)
    first, last = _day("--since", since), _day("--until", until)
    with Store.open(settings.database_url) as store:
        found = list(
            store.iter_events(
                EventQuery(
                    since=first,
                    until=last,
                    country=country,
                    event_type=event_type,
                    disputed=disputed,
                )
            )
        )
    if disputed and fmt is None:
        with _output(output) as stream:
            write_disputed(found, stream)
        return
    _write(found, fmt or Format.jsonl, output)


@app.command()
def compare(
    event_id: Annotated[
        str, typer.Argument(help="An event's id (event_id_cnty).", metavar="EVENT_ID")
    ],
    db: DbOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the profile as JSON.")] = False,
) -> None:
    """Show how each outlet reported stored event EVENT_ID: claims and loaded terms, side by side.

    Loaded terms are the words of data/lang/<iso>/framing.yaml an outlet's articles
    use (« martyrs », "Iran-backed", "regime"): descriptive, never a verdict.
    """
    settings = _settings(db)
    _existing_store(settings.database_url)
    with Store.open(settings.database_url) as store, _exit_1_on(NotFoundError):
        profile = event_profile(store, event_id)
    _print_result(profile_record(profile), format_profile(profile), as_json=as_json)


LOOPBACK = ("127.0.0.1", "localhost", "::1")
# The names a browser may use for a loopback server (the Host header, IPv6 bracketed or not).
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[
        str, typer.Option(help="Address to listen on; anything but loopback exposes the store.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the map page, the JSON API (/api) and its docs (/docs) over the store.

    Reads only, unless the api_token setting is set: then POST /api/articles
    ingests with that bearer token. See docs/web.md.
    """
    settings = _settings(db)
    _existing_store(settings.database_url)
    # Imported here: the web stack is needed by this command only.
    import uvicorn

    from eventwire.web import create_app

    loopback = host in LOOPBACK
    if not loopback:
        typer.echo(
            f"eventwire: warning: serving on {host}: anyone who can reach it reads the store",
            err=True,
        )
    app_ = create_app(settings, hosts=LOOPBACK_HOSTS if loopback else None)
    uvicorn.run(app_, host=host, port=port, log_level="error" if STATE.quiet else "info")


@app.command()
def evaluate(
    gold: Annotated[
        Path,
        typer.Argument(
            help="Gold events (JSON Lines, docs/evaluation.md).",
            metavar="GOLD",
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ],
    pred: Annotated[
        Path,
        typer.Argument(
            help="Predicted events (`extract --format jsonl`).",
            metavar="PRED",
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score predicted events PRED against gold events GOLD (see docs/evaluation.md)."""
    with _exit_1_on(InputError):
        scores = evaluate_files(gold, pred)
    incidents = score_incidents(scores)
    record = scores.to_dict()
    text = format_scores(scores)
    if incidents is not None:
        record["incidents"] = asdict(incidents)
        text += "\n" + format_incident_scores(incidents)
    _print_result(record, text, as_json=as_json)


gazetteer_app = typer.Typer(
    help="The embedded gazetteer (built on first use; see the gazetteer_path setting).",
    no_args_is_help=True,
)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("load")
def gazetteer_load(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="GeoNames dumps: XX.txt/.zip, allCountries, cities500, alternateNamesV2,"
            " admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt (.txt, .gz or .zip).",
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ],
    skip_malformed: Annotated[
        bool,
        typer.Option("--skip-malformed", help="Report malformed lines and keep the rest."),
    ] = False,
) -> None:
    """Import GeoNames FILES into the gazetteer index, one transaction per file.

    A malformed line stops that file with its file:line (nothing of it is kept)
    unless --skip-malformed is given; what was stored before is never lost.
    """
    with Gazetteer.open(_settings()) as gazetteer:
        for file in files:
            (report,) = gazetteer.load([file], skip_malformed=skip_malformed)
            for line in report.skipped:
                typer.echo(f"eventwire: warning: malformed line skipped: {line}", err=True)
            if not STATE.quiet:
                typer.echo(f"eventwire: {file}: {report.rows} {report.kind} rows", err=True)


@gazetteer_app.command("lookup")
def gazetteer_lookup(
    names: Annotated[list[str], typer.Argument(help="Place names, any alias or script.")],
) -> None:
    """Print every gazetteer candidate for each of NAMES as JSON Lines."""
    with Gazetteer.open(_settings()) as gazetteer:
        for name in names:
            for place in gazetteer.lookup(name):
                row = {"query": name, **dataclasses.asdict(place)}
                typer.echo(json.dumps(row, ensure_ascii=False))


def main(argv: Sequence[str] | None = None) -> None:
    """Run the CLI; eventwire's own errors print one line instead of a traceback."""
    try:
        app(args=list(argv) if argv is not None else None, standalone_mode=True)
    except EventwireError as exc:
        typer.echo(f"eventwire: error: {exc}", err=True)
        sys.exit(2 if isinstance(exc, ConfigError) else 1)
