"""Actor data files: every packaged file loads; malformed files fail naming file and actor."""

from __future__ import annotations

from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from eventwire.actors import ActorBase, load_actor_files, parse_actor_file
from eventwire.errors import DataFileError

HEADER = "source: test\nlicence: test\nknown_gaps: none\n"


def test_loader_packaged_base_covers_the_conflicts(actor_base: ActorBase) -> None:
    assert len(actor_base) >= 50
    countries = Counter(a.country for a in actor_base.actors.values())
    for iso in (
        "IQ",
        "SY",
        "JO",
        "IL",
        "PS",
        "LB",
        "YE",
        "IR",
        "UA",
        "RU",
        "SD",
        "ML",
        "CD",
        "MM",
        "SO",
    ):
        assert countries[iso] >= 1, iso
    for actor in actor_base.actors.values():
        assert set(actor.aliases) == {"en", "fr", "es", "ar"}, actor.canonical


def test_loader_every_file_opens_with_source_licence_and_gaps() -> None:
    folder = resources.files("eventwire").joinpath("data", "actors")
    files = [f for f in folder.iterdir() if f.name.endswith(".yaml")]
    assert len(files) >= 10
    for file in files:
        header = file.read_text("utf-8").split("\n\n")[0].lower()
        for word in ("source", "licen", "gap"):
            assert word in header, f"{file.name} header lacks {word!r}"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "actors:\n  - name: X\n    inter: 9\n    country: IQ\n    kind: state\n    aliases: {}\n",
            r"actors/bad\.yaml: actor 'X': inter 9",
        ),
        (
            "actors:\n  - name: X\n    inter: 1\n    country: Iraq\n    kind: state\n    aliases: {}\n",
            r"actor 'X': country 'Iraq'",
        ),
        (
            "actors:\n  - name: X\n    inter: 1\n    country: IQ\n    kind: army\n    aliases: {}\n",
            r"actor 'X': kind 'army'",
        ),
        (
            "actors:\n  - name: X\n    inter: 1\n    country: IQ\n    kind: state\n",
            r"actor 'X': missing required key 'aliases'",
        ),
        (
            "actors:\n  - name: X\n    inter: one\n    country: IQ\n    kind: state\n    aliases: {}\n",
            r"actor 'X': key 'inter' should be a int",
        ),
        (
            "actors:\n  - name: X\n    inter: 1\n    country: IQ\n    kind: state\n    aliases: {de: [Y]}\n",
            r"actor 'X': aliases language 'de'",
        ),
        (
            "actors:\n  - name: X\n    inter: 1\n    country: IQ\n    kind: state\n    aliases: {en: Y}\n",
            r"actor 'X': aliases\.en should be a list",
        ),
        (
            "actors:\n  - name: X\n    inter: 1\n    country: IQ\n    kind: state\n    aliases: {}\n    colour: red\n",
            r"actor 'X': unknown keys \['colour'\]",
        ),
        ("actors:\n  - inter: 1\n", r"actor '#1': missing required key 'name'"),
        ("actors: [1]\n", r"actor #1 should be a mapping"),
        ("extra: 1\n", r"unknown keys \['extra'\]"),
        ("actors: [\n", r"bad\.yaml: not valid YAML"),
    ],
)
def test_loader_errors_name_the_file_and_actor(body: str, message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        parse_actor_file(HEADER + body, "data/actors/bad.yaml")


def test_loader_requires_the_header() -> None:
    with pytest.raises(DataFileError, match="missing header key 'licence'"):
        parse_actor_file("source: x\nknown_gaps: y\nactors: []\n", "data/actors/bad.yaml")


def _write(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, "utf-8")
    return path


def test_loader_unknown_parent_is_an_error(tmp_path: Path) -> None:
    file = _write(
        tmp_path,
        "a.yaml",
        "actors:\n  - {name: X, inter: 3, country: IQ, kind: militia, parent: Nobody, aliases: {en: [x]}}\n",
    )
    with pytest.raises(DataFileError, match="actor 'X' has parent 'Nobody'"):
        load_actor_files([file])


def test_loader_duplicate_actor_names_both_files(tmp_path: Path) -> None:
    body = "actors:\n  - {name: X, inter: 3, country: IQ, kind: militia, aliases: {en: [x]}}\n"
    files = [_write(tmp_path, "a.yaml", body), _write(tmp_path, "b.yaml", body)]
    with pytest.raises(
        DataFileError, match=r"b\.yaml: actor 'X' already defined in data/actors/a\.yaml"
    ):
        load_actor_files(files)


def test_loader_parents_resolve_to_actors(actor_base: ActorBase) -> None:
    for actor in actor_base.actors.values():
        if actor.parent is not None:
            assert actor_base.get(actor.parent) is not None
