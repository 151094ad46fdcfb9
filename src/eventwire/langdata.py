"""Loader for per-language data files (``data/lang/<iso>/<name>.yaml``).

Language knowledge lives in data: adding a language is adding a folder of YAML
files. This one loader reads them and checks each against its schema, so a typo
in a lexicon fails loudly with the file name instead of silently matching nothing.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import yaml

from eventwire.errors import DataFileError

__all__ = ["SCHEMAS", "data_languages", "load_data", "load_lang_data"]

# For each data file name: its top-level keys, the type of each, and whether required.
SCHEMAS: dict[str, dict[str, tuple[type, bool]]] = {
    "boilerplate": {
        "line_patterns": (dict, True),  # kind -> list of regexes matching a whole line
        "leading_metadata": (list, False),  # regexes with a named group for a header line
    },
    "triggers": {
        "triggers": (list, True),  # {phrase, sub_event_type}
        "negators": (list, False),  # words that cancel a trigger in the same clause
    },
    "casualties": {
        "killed": (list, True),
        "injured": (list, True),
    },
    "taxonomy": {
        "sub_event_types": (dict, True),  # sub-event type -> {event_type, disorder_type, plover}
    },
}


def _root() -> Traversable:
    return resources.files("eventwire").joinpath("data")


def _validate(name: str, where: str, content: Any) -> dict[str, Any]:
    schema = SCHEMAS.get(name)
    if schema is None:
        raise DataFileError(f"{where}: no schema for data file {name!r}; add one to SCHEMAS")
    if not isinstance(content, dict):
        raise DataFileError(f"{where}: expected a mapping at top level")
    unknown = set(content) - set(schema)
    if unknown:
        raise DataFileError(f"{where}: unknown keys {sorted(unknown)}; allowed {sorted(schema)}")
    for key, (kind, required) in schema.items():
        if key not in content:
            if required:
                raise DataFileError(f"{where}: missing required key {key!r}")
            continue
        if not isinstance(content[key], kind):
            raise DataFileError(
                f"{where}: key {key!r} should be a {kind.__name__}, "
                f"not {type(content[key]).__name__}"
            )
    return content


def _load(file: Traversable, name: str, where: str) -> dict[str, Any]:
    try:
        content = yaml.safe_load(file.read_text("utf-8"))
    except yaml.YAMLError as exc:
        raise DataFileError(f"{where}: not valid YAML ({exc})") from exc
    return _validate(name, where, content)


def load_data(name: str) -> dict[str, Any]:
    """Load the language-independent data file ``data/<name>.yaml``."""
    file = _root().joinpath(f"{name}.yaml")
    if not file.is_file():
        raise DataFileError(f"data/{name}.yaml: not found in the eventwire package")
    return _load(file, name, f"data/{name}.yaml")


def load_lang_data(name: str, lang: str) -> dict[str, Any] | None:
    """Load ``data/lang/<lang>/<name>.yaml``, or ``None`` when that language has none."""
    file = _root().joinpath("lang", lang, f"{name}.yaml")
    if not file.is_file():
        return None
    return _load(file, name, f"data/lang/{lang}/{name}.yaml")


def data_languages(name: str) -> list[str]:
    """Return the languages that have a ``<name>.yaml`` file, sorted."""
    lang_root = _root().joinpath("lang")
    return sorted(
        entry.name
        for entry in lang_root.iterdir()
        if entry.is_dir() and entry.joinpath(f"{name}.yaml").is_file()
    )
