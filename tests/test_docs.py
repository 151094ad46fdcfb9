"""The docs cover every CLI command, stage and export format, and the CLI reference is current."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import typer

from eventwire.cli import app
from eventwire.export import FORMATS
from eventwire.pipeline import make_registry, make_resolver
from eventwire.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]


def test_docs_cli_reference_is_generated_and_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_cli_docs.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_docs_every_command_is_documented() -> None:
    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    cli_doc = (ROOT / "docs" / "cli.md").read_text("utf-8")
    readme = (ROOT / "README.md").read_text("utf-8")
    for name in commands:
        assert f"## `eventwire {name}`" in cli_doc
        assert f"eventwire {name}" in readme


def test_docs_every_stage_and_resolver_is_documented() -> None:
    pipeline_doc = (ROOT / "docs" / "pipeline.md").read_text("utf-8")
    names = [*make_registry(), make_resolver(load_settings(env={})).name]
    for name in names:
        assert f"`{name}`" in pipeline_doc, name


def test_docs_every_export_format_is_documented() -> None:
    output_doc = (ROOT / "docs" / "output.md").read_text("utf-8")
    readme = (ROOT / "README.md").read_text("utf-8")
    for fmt in FORMATS:
        assert f"`{fmt}`" in output_doc
        assert fmt in readme


def test_docs_every_api_route_is_documented() -> None:
    from fastapi.routing import APIRoute

    from eventwire.store import Store
    from eventwire.web import create_app

    with Store.open("sqlite://") as store:
        app = create_app(load_settings(env={}), store)
    web_doc = (ROOT / "docs" / "web.md").read_text("utf-8")
    routes = [r for r in app.routes if isinstance(r, APIRoute) and r.path.startswith("/api")]
    assert len(routes) == 5
    for route in routes:
        path = route.path.replace(":path}", "}")
        for method in route.methods:
            assert f"`{method} {path}`" in web_doc, (method, path)
