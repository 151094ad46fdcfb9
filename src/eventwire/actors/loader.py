"""Load and validate the actor data files (``data/actors/*.yaml``) into an :class:`ActorBase`.

Each file opens with ``source``, ``licence`` and ``known_gaps``, then ``actors``: a
list of mappings checked against :data:`ACTOR_SCHEMA`. ``generic.yaml`` holds the
unidentified-group and civilian patterns and the country names of their labels.
Every error names the file and the actor, so a typo fails loudly instead of
silently matching nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from eventwire.actors.base import FUZZY_THRESHOLD, ActorBase
from eventwire.actors.model import INTER_CODES, KINDS, Actor, GenericPatterns
from eventwire.actors.states import (
    State,
    load_form_templates,
    parse_states,
    peoples_of,
    state_actors,
)
from eventwire.errors import DataFileError
from eventwire.langdata import check_keys

__all__ = ["ACTOR_SCHEMA", "LANGUAGES", "load_actor_base", "load_actor_files", "parse_actor_file"]

LANGUAGES = frozenset({"en", "fr", "ar", "es"})
HEADER_KEYS = ("source", "licence", "known_gaps")
# Key -> (type, required) for one actor.
ACTOR_SCHEMA: dict[str, tuple[type, bool]] = {
    "name": (str, True),
    "inter": (int, True),
    "country": (str, True),
    "kind": (str, True),
    "parent": (str, False),
    "aliases": (dict, True),  # language -> list of names
    "demonyms": (dict, False),  # language -> adjectives and nouns implying this actor
    "operates_in": (list, False),  # countries where a shared alias means this actor
    "local_aliases": (dict, False),  # language -> names meaning it only where it operates
    "former_names": (list, False),  # [{name, until}]: ACLED's names for earlier regimes
}
GENERIC_KEYS = (
    "unidentified", "gangs", "communal_militias", "tribal_militias", "civilians",
    "state_forces", "police_forces", "claim_verbs", "claim_agents", "reporting_words",
    "origin_phrases", "unclaimed", "blame_verbs", "denials",
    "strike_claims", "vehicles",
    "demonym_blockers", "place_nouns",
    "countries", "peoples",
)  # fmt: skip


def _names(where: str, key: str, value: Any) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for lang, names in value.items():
        if lang not in LANGUAGES:
            raise DataFileError(f"{where}: {key} language {lang!r} not one of {sorted(LANGUAGES)}")
        if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
            raise DataFileError(f"{where}: {key}.{lang} should be a list of non-empty strings")
        out[lang] = tuple(names)
    return out


def _former_names(where: str, value: list[Any]) -> tuple[tuple[str, date], ...]:
    """Earlier regimes' names, each with the day the next one began, oldest first."""
    names: list[tuple[str, date]] = []
    for item in value:
        until = item.get("until") if isinstance(item, dict) else None
        if isinstance(until, str):
            until = date.fromisoformat(until)
        if not (isinstance(item, dict) and isinstance(item.get("name"), str)) or not isinstance(
            until, date
        ):
            raise DataFileError(f"{where}: former_names entries need a name and an until date")
        names.append((item["name"], until))
    return tuple(sorted(names, key=lambda n: n[1]))


def _actor(file: str, index: int, raw: Any) -> Actor:
    if not isinstance(raw, dict):
        raise DataFileError(f"{file}: actor #{index + 1} should be a mapping")
    where = f"{file}: actor {raw.get('name', f'#{index + 1}')!r}"
    check_keys(where, raw, ACTOR_SCHEMA)
    if raw["inter"] not in INTER_CODES:
        raise DataFileError(f"{where}: inter {raw['inter']} is not an ACLED inter code (1-8)")
    if raw["kind"] not in KINDS:
        raise DataFileError(f"{where}: kind {raw['kind']!r} not one of {sorted(KINDS)}")
    country = raw["country"]
    if country != "International" and not (len(country) == 2 and country.isupper()):
        raise DataFileError(f"{where}: country {country!r} is not ISO alpha-2 or 'International'")
    return Actor(
        canonical=raw["name"],
        inter=raw["inter"],
        country=country,
        kind=raw["kind"],
        parent=raw.get("parent"),
        aliases=_names(where, "aliases", raw["aliases"]),
        demonyms=_names(where, "demonyms", raw.get("demonyms") or {}),
        operates_in=tuple(raw.get("operates_in") or ()),
        local_aliases=_names(where, "local_aliases", raw.get("local_aliases") or {}),
        former_names=_former_names(where, raw.get("former_names") or []),
        source=file,
    )


def _read(text: str, file: str) -> dict[str, Any]:
    try:
        # libyaml's parser when installed: the pure-Python one takes most of the load time.
        content = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise DataFileError(f"{file}: not valid YAML ({exc})") from exc
    if not isinstance(content, dict):
        raise DataFileError(f"{file}: expected a mapping at top level")
    for key in HEADER_KEYS:
        if not content.get(key):
            raise DataFileError(f"{file}: missing header key {key!r} (every data file states it)")
    return content


def parse_actor_file(text: str, file: str) -> tuple[list[Actor], GenericPatterns | None]:
    """Parse one actor data file; ``file`` is its name, used in error messages."""
    return _parse(_read(text, file), file)


def _parse(content: dict[str, Any], file: str) -> tuple[list[Actor], GenericPatterns | None]:
    allowed = {*HEADER_KEYS, "actors", "states", *GENERIC_KEYS}
    unknown = set(content) - allowed
    if unknown:
        raise DataFileError(f"{file}: unknown keys {sorted(unknown)}; allowed {sorted(allowed)}")
    raw_actors = content.get("actors") or []
    if not isinstance(raw_actors, list):
        raise DataFileError(f"{file}: 'actors' should be a list")
    actors = [_actor(file, i, raw) for i, raw in enumerate(raw_actors)]
    generic = None
    if any(key in content for key in GENERIC_KEYS):
        lists = {}
        for key in GENERIC_KEYS[:-2]:  # every list; "countries" and "peoples" are mappings
            value = content.get(key) or []
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise DataFileError(f"{file}: {key!r} should be a list of strings")
            lists[key] = tuple(value)
        countries = content.get("countries") or {}
        if not isinstance(countries, dict):
            raise DataFileError(f"{file}: 'countries' should map ISO alpha-2 codes to names")
        peoples = content.get("peoples") or {}
        if not isinstance(peoples, dict) or not all(
            isinstance(v, list) and all(isinstance(n, str) and n for n in v)
            for v in peoples.values()
        ):
            raise DataFileError(f"{file}: 'peoples' should map ISO alpha-2 codes to lists of nouns")
        generic = GenericPatterns(
            countries={str(k): str(v) for k, v in countries.items()},
            peoples={str(k): tuple(v) for k, v in peoples.items()},
            **lists,
        )
    return actors, generic


def _packaged() -> list[Traversable]:
    folder = resources.files("eventwire").joinpath("data", "actors")
    return sorted((f for f in folder.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)


def load_actor_files(files: Iterable[Path | Traversable]) -> ActorBase:
    """Build a base from the given actor files; parents must name actors in them."""
    return _build(files, FUZZY_THRESHOLD)


def load_actor_base(fuzzy_threshold: float = FUZZY_THRESHOLD) -> ActorBase:
    """Load the packaged actor knowledge base (``data/actors/*.yaml``)."""
    return _build(_packaged(), fuzzy_threshold)


def _build(files: Iterable[Path | Traversable], fuzzy_threshold: float) -> ActorBase:
    actors: list[Actor] = []
    generic = GenericPatterns()
    states: list[State] = []
    seen: dict[str, str] = {}
    for file in files:
        name = f"data/actors/{file.name}"
        content = _read(file.read_text("utf-8"), name)
        file_actors, file_generic = _parse(content, name)
        states.extend(parse_states(content, name))
        for actor in file_actors:
            if actor.canonical in seen:
                raise DataFileError(
                    f"{name}: actor {actor.canonical!r} already defined in {seen[actor.canonical]}"
                )
            seen[actor.canonical] = name
        actors.extend(file_actors)
        if file_generic is not None:
            generic = file_generic
    if states:
        # First, so that a country's forces are its recognised government's, not a
        # rival's listed in a regional file ("the army" in Tripoli is not the LNA).
        generated = state_actors(states, load_form_templates(), actors)
        actors[:0] = generated
        seen.update((actor.canonical, actor.source) for actor in generated)
        # The table names every country it lists and its people; a generic file's
        # own entries win (they were written for the conflicts covered first).
        generic = dataclasses.replace(
            generic,
            countries={**{s.code: s.name for s in states}, **generic.countries},
            peoples={**{s.code: peoples_of(s) for s in states}, **generic.peoples},
        )
    for actor in actors:
        if actor.parent is not None and actor.parent not in seen:
            raise DataFileError(
                f"{actor.source}: actor {actor.canonical!r} has parent {actor.parent!r}, "
                "which no actor file defines"
            )
    return ActorBase(actors, generic, fuzzy_threshold)
