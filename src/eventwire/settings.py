"""Settings: packaged ``defaults.toml``, then a user TOML file, then ``EVENTWIRE_*`` variables."""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from eventwire.errors import ConfigError

__all__ = ["Settings", "load_settings"]

ENV_PREFIX = "EVENTWIRE_"


class Settings(BaseModel):
    """Everything a pipeline, store or app needs to be built; immutable once loaded."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    database_url: str
    stages: tuple[str, ...]
    resolver: str
    fatalities_best: Literal["median", "conservative"]
    max_article_chars: int = Field(gt=0)
    detect_languages: tuple[str, ...]
    foreign_min_confidence: float = Field(ge=0, le=1)
    foreign_min_letters: int = Field(ge=0)
    progress_delay: float = Field(ge=0)
    models: dict[str, str]
    gazetteer_path: str
    api_token: str
    max_request_bytes: int = Field(gt=0)

    def with_overrides(self, **changes: Any) -> Settings:
        """Return a copy with ``changes`` applied and validated."""
        return load_settings(overrides={**self.model_dump(), **changes}, env={})


def _read_defaults() -> dict[str, Any]:
    text = resources.files("eventwire").joinpath("defaults.toml").read_text("utf-8")
    return tomllib.loads(text)


def _read_user_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: settings file not found") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc


def _read_env(env: Mapping[str, str]) -> dict[str, Any]:
    """Map ``EVENTWIRE_MAX_ARTICLE_CHARS=5`` to ``{"max_article_chars": 5}``.

    Values are parsed as JSON when they parse (numbers, lists, objects), else kept
    as strings, so ``EVENTWIRE_MODELS='{"fr": "fr_core_news_sm"}'`` works.
    """
    found: dict[str, Any] = {}
    for key, raw in env.items():
        if not key.startswith(ENV_PREFIX) or key == ENV_PREFIX + "CONFIG":
            continue
        name = key[len(ENV_PREFIX) :].lower()
        try:
            found[name] = json.loads(raw)
        except json.JSONDecodeError:
            found[name] = raw
    return found


def load_settings(
    path: Path | None = None,
    *,
    overrides: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Build settings from the defaults, a user file, the environment and explicit overrides."""
    env = os.environ if env is None else env
    merged = _read_defaults()
    user_path = path or (Path(env[ENV_PREFIX + "CONFIG"]) if ENV_PREFIX + "CONFIG" in env else None)
    if user_path is not None:
        merged.update(_read_user_file(user_path))
    merged.update(_read_env(env))
    merged.update(overrides or {})
    try:
        return Settings.model_validate(merged)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(f"invalid settings ({problems})") from exc
