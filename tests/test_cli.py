"""The command line end to end on real files: contract, evidence spans, idempotence, bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.models import CONTRACT_COLUMNS
from eventwire.store import Store

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
STORY_FR = (
    "Deux combattants ont été tués mardi soir dans une attaque de drone contre la base, "
    "a indiqué une source sécuritaire.\n\nQuatre autres ont été blessés.\n"
)


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    """Invoke the CLI in-process; return (exit code, stdout, stderr)."""
    result = CliRunner().invoke(app, list(args), input=stdin, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, object]]]:
    """The bundled examples extracted once into a store: (database file, events)."""
    db = tmp_path_factory.mktemp("examples") / "examples.db"
    code, out, err = run("extract", str(EXAMPLES), "--db", f"sqlite:///{db}", "-f", "jsonl")
    assert code == 0, err
    return db, jsonl(out)


def test_cli_extract_examples_every_source_span_is_its_sentence(
    examples_db: tuple[Path, list[dict[str, object]]],
) -> None:
    db, events = examples_db
    assert len(events) >= 10
    with Store.open(f"sqlite:///{db}") as store:
        texts = {a.article_id: a.text for a in store.iter_articles()}
        assert len(texts) == 12
    outlets = set()
    for event in events:
        assert tuple(event) == CONTRACT_COLUMNS
        sources = event["sources"]
        assert isinstance(sources, list) and sources
        for source in sources:
            cut = texts[source["article_id"]][source["char_start"] : source["char_end"]]
            assert cut == source["sentence"]
            outlets.add(source["outlet"])
    assert {"Levant Wire", "Le Courrier du Levant", "Al-Thabat News"} <= outlets


def test_cli_extract_examples_clean_text_has_no_page_furniture(
    examples_db: tuple[Path, list[dict[str, object]]],
) -> None:
    db, _events = examples_db
    with Store.open(f"sqlite:///{db}") as store:
        for article in store.iter_articles():
            for furniture in ("S’abonner", "0 Commentaires", "pic.twitter.com", "Lire aussi"):
                assert furniture not in article.text, (article.origin, furniture)


def test_cli_extract_leaves_no_database_and_writes_each_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    source = EXAMPLES / "txt" / "fr_conoco_drone_courrier.txt"
    code, out, _ = run("--quiet", "extract", str(source), "--format", "csv")
    assert code == 0
    header, *rows = list(csv.reader(io.StringIO(out, newline="")))
    assert tuple(header) == CONTRACT_COLUMNS and rows
    code, _, _ = run("-q", "extract", str(source), "-f", "geojson", "-o", "events.geojson")
    assert code == 0
    collection = json.loads((tmp_path / "events.geojson").read_text("utf-8"))
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == len(rows)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.geojson"]


def test_cli_ingest_twice_changes_nothing(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'store.db'}"
    inputs = [str(EXAMPLES / "txt"), str(EXAMPLES / "jsonl")]
    code, _, err = run("ingest", *inputs, "--db", db)
    assert code == 0, err
    assert "8 added" in err
    first = run("events", "--db", db)[1]
    code, _, err = run("ingest", *inputs, "--db", db)
    assert code == 0
    assert "8 unchanged" in err and "added" not in err
    assert run("events", "--db", db)[1] == first


def test_cli_events_filters(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'store.db'}"
    assert run("-q", "ingest", str(EXAMPLES / "txt"), "--db", db)[0] == 0
    everything = jsonl(run("events", "--db", db)[1])
    february = jsonl(run("events", "--db", db, "--since", "2024-02-01")[1])
    assert february and len(february) < len(everything)
    assert all(str(e["event_date"]) >= "2024-02-01" for e in february)
    battles = jsonl(run("events", "--db", db, "--type", "battles")[1])
    assert all(e["event_type"] == "Battles" for e in battles)


def test_cli_bad_records_are_named_and_the_rest_is_processed(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'store.db'}"
    assert run("-q", "ingest", str(EXAMPLES / "txt"), "--db", db)[0] == 0
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (bad / "feed.jsonl").write_text(
        json.dumps({"id": "ok-1", "outlet": "Wire", "published": "2024-02-07",
                    "text": "Two soldiers were killed in a rocket attack on the base."}) + "\n"
        + "{not json\n"
    )  # fmt: skip
    (bad / "latin1.txt").write_bytes(
        "Une frappe de drone a tué deux combattants à Tal Afar. é".encode("latin-1")
    )
    (bad / "arabic.txt").write_text(
        "قتل مقاتلان في غارة بطائرة مسيرة على قاعدة عين الأسد غرب العراق مساء الثلاثاء."
    )
    (bad / "nothing.html").write_text(
        "<html><body><nav><a href='/'>Accueil</a></nav></body></html>"
    )
    code, _, err = run("ingest", str(bad), str(tmp_path / "missing.txt"), "--db", db)
    assert code == 1
    for needle in (
        "empty.txt: empty file",
        "binary.txt: binary file",
        "feed.jsonl:line 2",
        "latin1.txt: invalid UTF-8",
        "arabic.txt: no model for language 'ar'",
        "nothing.html: HTML has no article text",
        "missing.txt: no such file or directory",
        "records failed",
    ):  # fmt: skip
        assert needle in err, needle
    with Store.open(db) as store:
        ids = {a.article_id for a in store.iter_articles()}
        assert "ok-1" in ids  # the good record of a bad file
        assert len(ids) == 5 + 3  # 5 example .txt kept; ok-1, latin1 and the skipped Arabic added
        arabic = next(a for a in store.iter_articles() if a.origin.endswith("arabic.txt"))
        assert arabic.status == "skipped" and arabic.language == "ar"


def test_cli_stdin_text_with_metadata_options() -> None:
    code, out, _ = run(
        "-q", "extract", "-", "--outlet", "Wire", "--published", "2024-02-07", "--lang", "fr",
        stdin=STORY_FR.encode(),
    )  # fmt: skip
    assert code == 0
    (event,) = jsonl(out)
    assert event["source"] == "Wire"
    assert event["event_date"] == "2024-02-06"  # « mardi soir » before Wednesday 7 February
    assert (event["fatalities"], event["injuries"]) == (2, 4)


@pytest.mark.parametrize(
    "args",
    [
        ("extract", "x.txt", "--format", "xlsx"),
        ("extract", "x.txt", "--published", "last tuesday"),
        ("extract", "a.txt", "b.txt", "--url", "https://wire.example/1"),
        ("extract",),
        ("events", "--since", "yesterday"),
        ("serve", "--port", "0"),
        ("frobnicate",),
    ],
)
def test_cli_usage_errors_exit_2(args: tuple[str, ...], tmp_path: Path) -> None:
    if args[0] == "events":
        args = (*args, "--db", f"sqlite:///{tmp_path / 'none.db'}")
    assert run(*args)[0] == 2


@pytest.mark.parametrize("command", ["extract", "ingest", "events", "compare", "serve"])
def test_cli_every_command_has_help(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0 and "Usage" in out


# Three outlets telling one drone strike on the Conoco field (8, 2 and no deaths):
# a wire service, a French daily and a militia-friendly site.
CONOCO = (
    EXAMPLES / "txt" / "en_conoco_drone_levantwire.txt",
    EXAMPLES / "txt" / "fr_conoco_drone_courrier.txt",
    EXAMPLES / "feeds" / "althabat_news.rss",
)


@pytest.fixture(scope="module")
def conoco_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """The three Conoco reports ingested into a store: (database URL, the strike's event id)."""
    db = f"sqlite:///{tmp_path_factory.mktemp('conoco') / 'conoco.db'}"
    code, _, err = run("-q", "ingest", *map(str, CONOCO), "--db", db)
    assert code == 0, err
    (strike,) = [
        e for e in jsonl(run("events", "--db", db)[1])
        if e["location"] == "Conoco" and e["event_date"] == "2024-01-30"
    ]  # fmt: skip
    return db, str(strike["event_id_cnty"])


def test_cli_events_disputed_lists_only_disputed_events_with_their_claims(
    conoco_db: tuple[str, str],
) -> None:
    db, strike = conoco_db
    everything = jsonl(run("events", "--db", db)[1])
    disputed = jsonl(run("events", "--db", db, "--disputed", "-f", "jsonl")[1])
    assert [e for e in everything if e["disputed"]] == disputed
    assert strike in {e["event_id_cnty"] for e in disputed} and len(disputed) < len(everything)
    code, out, _ = run("events", "--db", db, "--disputed")
    assert code == 0
    blocks = out.split("\n\n")
    assert len(blocks) == len(disputed)
    (block,) = [b for b in blocks if b.startswith(strike)]
    # The outlets disagree on the tolls (and name different targets).
    assert "fatalities, injuries" in block.splitlines()[1] and "disputed:" in block
    assert "  - Levant Wire; according to monitor; 8 killed" in block
    assert "  - Le Courrier du Levant; 2 killed" in block
    assert "Al-Thabat News" in block
    assert "“Quatre autres combattants ont été blessés, selon la même source.”" in block
    header, *rows = list(
        csv.reader(io.StringIO(run("events", "--db", db, "--disputed", "-f", "csv")[1]))
    )
    assert tuple(header) == CONTRACT_COLUMNS and len(rows) == len(disputed)


def test_cli_compare_shows_each_outlets_claims_and_loaded_terms(
    conoco_db: tuple[str, str],
) -> None:
    db, strike = conoco_db
    code, out, _ = run("compare", strike, "--db", db)
    assert code == 0
    outlets = [line[3:].rsplit(" (", 1)[0] for line in out.splitlines() if line.startswith("== ")]
    assert outlets == ["Al-Thabat News", "Le Courrier du Levant", "Levant Wire"]
    thabat = out[out.index("== Al-Thabat News") : out.index("== Le Courrier du Levant")]
    assert "loaded terms here: mujahideen, occupation base, resistance" in thabat
    assert "* mujahideen" in thabat and "resistance" in thabat
    wire = out[out.index("== Levant Wire") :]
    assert "according to monitor; 8 killed; date 2024-01-30" in wire
    assert "* US-backed" in wire and "proxy label" in wire
    code, out, _ = run("compare", strike, "--db", db, "--json")
    assert code == 0
    profile = json.loads(out)
    assert profile["event"]["event_id_cnty"] == strike
    by_outlet = {o["outlet"]: o for o in profile["outlets"]}
    courrier = {t["term"]: t for t in by_outlet["Le Courrier du Levant"]["terms"]}
    assert courrier["pro-iranien"]["category"] == "proxy label"
    assert courrier["occupation"]["quoted"] == 1
    thabat_terms = {t["term"]: t for t in by_outlet["Al-Thabat News"]["terms"]}
    assert thabat_terms["occupation force"]["count"] >= 3
    with Store.open(db) as store:
        texts = {a.article_id: a.text for a in store.iter_articles()}
    for outlet in profile["outlets"]:
        for view in outlet["claims"]:
            source = view["claim"]
            cut = texts[source["article_id"]][source["char_start"] : source["char_end"]]
            assert cut == source["sentence"]


def test_cli_compare_unknown_event_exits_1(conoco_db: tuple[str, str]) -> None:
    db, _strike = conoco_db
    code, out, err = run("compare", "EW0000000000", "--db", db)
    assert code == 1 and not out
    assert "no event 'EW0000000000'" in err


def test_cli_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    code, _out, err = run("serve", "--db", f"sqlite:///{tmp_path / 'none.db'}")
    assert code == 2
    assert "no database at" in err and "eventwire ingest" in err
    assert not (tmp_path / "none.db").exists()


def test_cli_serve_runs_the_app_on_loopback_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn
    from fastapi import FastAPI

    db = tmp_path / "events.db"
    Store.open(f"sqlite:///{db}").close()
    calls: list[tuple[object, dict[str, object]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: calls.append((app, options)))
    assert run("serve", "--db", f"sqlite:///{db}") == (0, "", "")
    code, _out, err = run("serve", "--db", f"sqlite:///{db}", "--host", "0.0.0.0", "--port", "8080")
    assert code == 0 and "anyone who can reach it reads the store" in err
    (app, options), (open_app, exposed) = calls
    assert isinstance(app, FastAPI) and isinstance(open_app, FastAPI)
    assert "TrustedHostMiddleware" in [m.cls.__name__ for m in app.user_middleware]
    assert "TrustedHostMiddleware" not in [m.cls.__name__ for m in open_app.user_middleware]
    assert (options["host"], options["port"]) == ("127.0.0.1", 8000)
    assert (exposed["host"], exposed["port"]) == ("0.0.0.0", 8080)
