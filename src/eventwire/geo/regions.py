"""Regions of ``data/gazetteer/``: first-level (ISO 3166-2 and GeoNames codes), second-level."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from eventwire.errors import DataFileError

__all__ = ["Admin2", "RegionCodes", "load_admin2", "load_regions", "regions_digest"]

DATA_NAME = "gazetteer/regions.tsv"
ADMIN2_NAME = "gazetteer/admin2.tsv"


@dataclass(frozen=True, slots=True)
class RegionCodes:
    """One region: its ISO code ("IQ-AN"), GeoNames admin1 code ("IQ.01") and id, names."""

    iso_code: str
    geonames_code: str
    geonameid: str
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Admin2:
    """One second-level region: GeoNames admin2 code ("US.OH.035") and id, point, names."""

    geonames_code: str
    geonameid: str
    latitude: float
    longitude: float
    names: tuple[str, ...]


def _read(name: str = DATA_NAME) -> bytes:
    return resources.files("eventwire").joinpath("data", name).read_bytes()


def _rows(name: str) -> Iterator[tuple[int, list[str]]]:
    for number, line in enumerate(_read(name).decode("utf-8").splitlines(), start=1):
        if line and not line.startswith("#"):
            yield number, line.split("\t")


def load_regions() -> dict[str, RegionCodes]:
    """Read the regions by ISO code, failing with the line of the first malformed row."""
    regions: dict[str, RegionCodes] = {}
    for number, cols in _rows(DATA_NAME):
        if len(cols) != 4 or not cols[2].isdigit() or cols[0][:2] != cols[1][:2]:
            raise DataFileError(
                f"data/{DATA_NAME}:{number}: expected ISO code, GeoNames code, id, names"
            )
        regions[cols[0]] = RegionCodes(cols[0], cols[1], cols[2], tuple(cols[3].split("|")))
    return regions


def load_admin2() -> list[Admin2]:
    """Read the second-level regions, failing with the line of the first malformed row."""
    found = []
    for number, cols in _rows(ADMIN2_NAME):
        try:
            lat, lon = float(cols[2]), float(cols[3])
        except (IndexError, ValueError):
            lat = lon = math.nan
        if len(cols) != 5 or not cols[1].isdigit() or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            expected = "expected GeoNames code, id, latitude, longitude, names"
            raise DataFileError(f"data/{ADMIN2_NAME}:{number}: {expected}")
        found.append(Admin2(cols[0], cols[1], lat, lon, tuple(cols[4].split("|"))))
    return found


def regions_digest() -> str:
    """Return a short hash of both files, part of the index's source version."""
    return hashlib.sha256(_read() + _read(ADMIN2_NAME)).hexdigest()[:12]
