"""The curated places of ``data/gazetteer/places.yaml``: read and checked entry by entry."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from eventwire.errors import DataFileError

__all__ = ["FEATURES", "CuratedPlace", "curated_digest", "load_curated"]

DATA_NAME = "gazetteer/places"
FEATURES = frozenset(
    {"base", "airport", "field", "facility", "crossing", "camp", "town", "village", "district",
     "port", "island", "dam", "strait", "region", "sea", "macroregion", "river"}
)  # fmt: skip
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# key -> (types, required)
_FIELDS: dict[str, tuple[tuple[type, ...], bool]] = {
    "id": ((str,), True),
    "name": ((str,), True),
    "aliases": ((list,), True),
    "latitude": ((int, float), True),
    "longitude": ((int, float), True),
    "country": ((str,), True),
    "admin1": ((str,), True),
    "feature": ((str,), True),
    "source": ((str,), True),
    "geonameid": ((int,), False),  # the GeoNames place these aliases also name
    "note": ((str,), False),
    # Forces stationed at a base (an ACLED actor name without its dates): whom an
    # attack on the site hits when the report does not say (actors.kb.v1).
    "garrison": ((str,), False),
}


@dataclass(frozen=True, slots=True)
class CuratedPlace:
    """One checked entry of the curated file."""

    id: str
    name: str
    aliases: tuple[str, ...]
    latitude: float
    longitude: float
    country: str
    admin1: str
    feature: str
    source: str
    geonameid: int | None


def _check(index: int, entry: Any) -> CuratedPlace:
    where = f"data/{DATA_NAME}.yaml: places[{index}]"
    if not isinstance(entry, dict):
        raise DataFileError(f"{where}: expected a mapping")
    where += f" ({entry.get('id', entry.get('name', '?'))})"
    unknown = set(entry) - set(_FIELDS)
    if unknown:
        raise DataFileError(f"{where}: unknown keys {sorted(unknown)}; allowed {sorted(_FIELDS)}")
    for key, (types, required) in _FIELDS.items():
        if key not in entry:
            if required:
                raise DataFileError(f"{where}: missing required key {key!r}")
        elif not isinstance(entry[key], types) or isinstance(entry[key], bool):
            raise DataFileError(f"{where}: {key!r} has the wrong type")
    aliases = entry["aliases"]
    if not all(isinstance(a, str) and a.strip() for a in aliases):
        raise DataFileError(f"{where}: every alias must be a non-empty string")
    if not any(_ARABIC.search(a) for a in aliases):
        raise DataFileError(f"{where}: needs at least one alias in Arabic script")
    if not _SLUG.match(entry["id"]):
        raise DataFileError(f"{where}: id must be a lowercase-hyphenated slug")
    # A sea or world region is in no one country (its country is ""), a river in one
    # or none; every other place is in one.
    pattern = {"sea": "", "macroregion": "", "river": "(?:[A-Z]{2})?"}.get(
        entry["feature"], "[A-Z]{2}"
    )
    if not re.fullmatch(pattern, entry["country"]):
        raise DataFileError(
            f"{where}: country must be an ISO 3166 alpha-2 code (a sea's or world "
            "region's must be empty, a river's may be)"
        )
    if not (-90 <= entry["latitude"] <= 90 and -180 <= entry["longitude"] <= 180):
        raise DataFileError(f"{where}: latitude/longitude out of range")
    if entry["feature"] not in FEATURES:
        raise DataFileError(f"{where}: feature must be one of {sorted(FEATURES)}")
    return CuratedPlace(
        id=entry["id"],
        name=entry["name"],
        aliases=tuple(aliases),
        latitude=float(entry["latitude"]),
        longitude=float(entry["longitude"]),
        country=entry["country"],
        admin1=entry["admin1"],
        feature=entry["feature"],
        source=entry["source"],
        geonameid=entry.get("geonameid"),
    )


def _read() -> bytes:
    return resources.files("eventwire").joinpath("data", f"{DATA_NAME}.yaml").read_bytes()


def load_curated() -> list[CuratedPlace]:
    """Read the curated places, failing with the entry's index and id on the first problem."""
    try:
        content = yaml.safe_load(_read())
    except yaml.YAMLError as exc:
        raise DataFileError(f"data/{DATA_NAME}.yaml: not valid YAML ({exc})") from exc
    if not isinstance(content, dict) or set(content) != {"places"}:
        raise DataFileError(f"data/{DATA_NAME}.yaml: expected one top-level key, places")
    if not isinstance(content["places"], list):
        raise DataFileError(f"data/{DATA_NAME}.yaml: places should be a list")
    places = [_check(i, entry) for i, entry in enumerate(content["places"])]
    seen: set[str] = set()
    for place in places:
        if place.id in seen:
            raise DataFileError(f"data/{DATA_NAME}.yaml: id {place.id!r} appears twice")
        seen.add(place.id)
    return places


def curated_digest() -> str:
    """Return a short hash of the curated file, part of the index's source version."""
    return hashlib.sha256(_read()).hexdigest()[:12]
