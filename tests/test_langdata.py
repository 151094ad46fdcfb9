"""Per-language data files: every packaged file passes its schema; bad files fail loudly."""

from __future__ import annotations

from importlib import resources

import pytest

from eventwire.errors import DataFileError
from eventwire.langdata import SCHEMAS, _validate, data_languages, load_data, load_lang_data

# Files that hold no language's words: data/<name>.yaml, one for all languages.
LANGUAGE_FREE = (
    "taxonomy",
    "gazetteer/outlets",
    "gazetteer/places",
    "outlets",
    "framing_categories",
)


@pytest.mark.parametrize("name", LANGUAGE_FREE)
def test_langdata_every_language_free_file_validates(name: str) -> None:
    assert load_data(name)


@pytest.mark.parametrize("name", sorted(n for n in SCHEMAS if n not in LANGUAGE_FREE))
def test_langdata_every_packaged_file_validates(name: str) -> None:
    languages = data_languages(name)
    assert languages, f"no language has {name}.yaml"
    for language in languages:
        assert load_lang_data(name, language) is not None


def test_langdata_every_file_opens_with_source_licence_and_gaps() -> None:
    root = resources.files("eventwire").joinpath("data")
    files = [root.joinpath(f"{name}.yaml") for name in LANGUAGE_FREE]
    for lang in root.joinpath("lang").iterdir():
        files.extend(f for f in lang.iterdir() if f.name.endswith(".yaml"))
    for file in files:
        header = file.read_text("utf-8").split("\n\n")[0].lower()
        for word in ("source", "licen", "gap"):
            assert word in header, f"{file.name} header lacks {word!r}"


def test_langdata_taxonomy_has_acleds_25_sub_event_types() -> None:
    sub_event_types = load_data("taxonomy")["sub_event_types"]
    assert len(sub_event_types) == 25
    assert {v["event_type"] for v in sub_event_types.values()} == {
        "Battles", "Explosions/Remote violence", "Violence against civilians",
        "Protests", "Riots", "Strategic developments",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ([], "expected a mapping"),
        ({"triggers": [], "extra": 1}, "unknown keys"),
        ({}, "missing required key 'triggers'"),
        ({"triggers": "drone"}, "should be a list"),
        ({"triggers": None}, "should be a list, not NoneType"),  # « triggers: » left empty
        # YAML reads a bare no or on as a boolean: « no » would silently be False.
        ({"triggers": [{"phrase": "drone"}, False]}, r"triggers\[1\] is the YAML boolean False"),
    ],
)
def test_langdata_schema_errors_name_the_file(content: object, message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        _validate("triggers", "data/lang/xx/triggers.yaml", content)
