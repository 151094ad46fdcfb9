"""`eventwire gazetteer load` and `lookup` on fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.geo import build_index
from eventwire.geo.sources import default_source_version
from eventwire.geo.tables import PlaceWriter

RESOURCES = Path(__file__).parents[1] / "resources" / "geo"


@pytest.fixture
def index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty index carrying the default version, so the CLI does not rebuild it."""
    path = tmp_path / "g.sqlite3"
    build_index(
        path,
        populate=lambda conn: PlaceWriter(conn, replace=False).flush(),
        version=default_source_version(),
    )
    monkeypatch.setenv("EVENTWIRE_GAZETTEER_PATH", str(path))
    return path


def test_cli_gazetteer_load_then_lookup(index: Path) -> None:
    runner = CliRunner()
    files = [str(RESOURCES / n) for n in ("admin1CodesASCII.txt", "IQ_SY_extract.txt")]
    result = runner.invoke(app, ["gazetteer", "load", *files], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["gazetteer", "lookup", "القائم"], catch_exceptions=False)
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (row["id"], row["admin1"]) == ("92138", "Anbar")


def test_cli_gazetteer_load_malformed_line_fails_with_file_and_line(
    index: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "IQ.txt"
    bad.write_text("not\ta\tgeoname\n", "utf-8")
    from eventwire.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["gazetteer", "load", str(bad)])
    assert exc.value.code == 1
