"""Settings: defaults, then a user file, then EVENTWIRE_* variables; errors say where."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import ConfigError
from eventwire.settings import load_settings


def test_settings_defaults_name_a_model_per_language() -> None:
    settings = load_settings(env={})
    assert settings.models["fr"] == "fr_core_news_md"
    assert settings.database_url.startswith("sqlite:///")


def test_settings_file_then_environment_override(tmp_path: Path) -> None:
    user = tmp_path / "eventwire.toml"
    user.write_text('max_article_chars = 5000\ndatabase_url = "sqlite:///a.db"\n')
    env = {"EVENTWIRE_MAX_ARTICLE_CHARS": "7000", "EVENTWIRE_MODELS": '{"fr": "fr_core_news_sm"}'}
    settings = load_settings(user, env=env)
    assert settings.max_article_chars == 7000
    assert settings.database_url == "sqlite:///a.db"
    assert settings.models == {"fr": "fr_core_news_sm"}


def test_settings_config_path_from_environment(tmp_path: Path) -> None:
    user = tmp_path / "c.toml"
    user.write_text("progress_delay = 0\n")
    assert load_settings(env={"EVENTWIRE_CONFIG": str(user)}).progress_delay == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("max_article_chars = -1", "max_article_chars"),
        ("no_such_setting = 1", "no_such_setting"),
        ("this is = not toml = ", "not valid TOML"),
    ],
)
def test_settings_invalid_file_names_the_problem(
    tmp_path: Path, content: str, message: str
) -> None:
    user = tmp_path / "bad.toml"
    user.write_text(content)
    with pytest.raises(ConfigError, match=message):
        load_settings(user, env={})


def test_settings_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="settings file not found"):
        load_settings(tmp_path / "nope.toml", env={})
