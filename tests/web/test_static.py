"""The page's files and its npm libraries, checked as files: no browser, no npm needed.

Every file the page and /docs load from ``vendor/`` is one that scripts/vendor_web.sh
copies; the npm versions are pinned and locked; the page has no inline script or
style (the Content-Security-Policy would block them) and its scripts never write HTML.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from eventwire.web.docs import DOCS_HTML

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "src" / "eventwire" / "web" / "static"
WEB = ROOT / "web"


def _copied() -> set[str]:
    """The vendor/ paths scripts/vendor_web.sh writes (its ``copies`` list)."""
    script = (ROOT / "scripts" / "vendor_web.sh").read_text("utf-8")
    block = script.split("copies=(", 1)[1].split("\n)", 1)[0]
    paths = set()
    for source, folder in re.findall(r'"(\S+) (\S+)"', block):
        paths.add(f"vendor/{folder}/{Path(source).name}")
    return paths


def _scripts() -> dict[str, str]:
    """The page's own JavaScript modules by file name."""
    return {path.name: path.read_text("utf-8") for path in sorted(STATIC.glob("*.js"))}


def _loaded() -> set[str]:
    """The vendor/ paths index.html, the page's scripts and the /docs page ask for."""
    texts = [(STATIC / "index.html").read_text("utf-8"), *_scripts().values(), DOCS_HTML]
    return {m for text in texts for m in re.findall(r"vendor/[\w.-]+/[\w.-]+", text)}


def test_static_every_vendor_file_the_page_loads_is_copied() -> None:
    loaded = _loaded()
    assert {
        "vendor/leaflet/leaflet.js",
        "vendor/world-atlas/countries-50m.json",
        "vendor/swagger-ui/swagger-ui-bundle.js",
    } <= loaded
    assert loaded <= _copied()


def test_static_every_copied_file_is_in_a_locked_package() -> None:
    lock = json.loads((WEB / "package-lock.json").read_text("utf-8"))["packages"]
    script = (ROOT / "scripts" / "vendor_web.sh").read_text("utf-8")
    block = script.split("copies=(", 1)[1].split("\n)", 1)[0]
    for source, _folder in re.findall(r'"(\S+) (\S+)"', block):
        package = source.split("/", 1)[0]
        assert f"node_modules/{package}" in lock, source


def test_static_npm_versions_are_pinned_and_locked() -> None:
    wanted = json.loads((WEB / "package.json").read_text("utf-8"))["dependencies"]
    lock = json.loads((WEB / "package-lock.json").read_text("utf-8"))
    assert set(wanted) == {
        "leaflet",
        "leaflet.markercluster",
        "swagger-ui-dist",
        "topojson-client",
        "world-atlas",
    }
    assert lock["packages"][""]["dependencies"] == wanted
    for name, version in wanted.items():
        assert re.fullmatch(r"\d+\.\d+\.\d+", version), f"{name} {version} is not pinned"
        entry = lock["packages"][f"node_modules/{name}"]
        assert entry["version"] == version
    for entry in lock["packages"].values():
        if "version" in entry and entry is not lock["packages"][""]:
            assert entry["integrity"].startswith("sha512-")
            assert "resolved" not in entry  # no registry host in the repository


class _Inline(HTMLParser):
    """Collect what a strict CSP would block: inline scripts, styles, handlers."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self._script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = {name for name, _ in attrs}
        if tag == "style":
            self.found.append("<style>")
        if "style" in names:
            self.found.append(f"<{tag} style=...>")
        self.found += [f"<{tag} {name}=...>" for name in names if name.startswith("on")]
        self._script = tag == "script" and "src" not in names

    def handle_data(self, data: str) -> None:
        if self._script and data.strip():
            self.found.append("inline <script>")

    def handle_endtag(self, tag: str) -> None:
        self._script = False


@pytest.mark.parametrize("html", [(STATIC / "index.html").read_text("utf-8"), DOCS_HTML])
def test_static_pages_have_no_inline_script_or_style(html: str) -> None:
    parser = _Inline()
    parser.feed(html)
    assert parser.found == []


def test_static_inline_checker_finds_what_the_csp_blocks() -> None:
    parser = _Inline()
    parser.feed('<p style="x" onclick="y"><script>z()</script><style>p{}</style></p>')
    assert sorted(parser.found) == [
        "<p onclick=...>",
        "<p style=...>",
        "<style>",
        "inline <script>",
    ]


def test_static_scripts_never_write_html() -> None:
    scripts = _scripts()
    assert {"app.js", "dom.js", "panel.js", "timeline.js"} <= set(scripts)
    for name, code in scripts.items():
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in code, f"{name}: {sink}"
        # Leaflet renders a string tooltip or popup as HTML: the page passes elements only.
        for call in re.findall(r"bind(?:Tooltip|Popup)\(([^)]*)\)", code):
            assert call.strip().startswith("tooltipFor("), f"{name}: {call}"


def test_static_modules_import_only_each_other() -> None:
    scripts = _scripts()
    for name, code in scripts.items():
        for module in re.findall(r"^import .* from '(.+)';$", code, flags=re.M):
            assert module.startswith("./") and module[2:] in scripts, f"{name}: {module}"
