"""Tables of ``data/gazetteer/``: first-level regions (ISO 3166-2 and GeoNames codes,
label points), second-level and other regions, airports."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from eventwire.errors import DataFileError

__all__ = [
    "Admin2", "Airport", "OtherRegion", "RegionCodes", "load_admin2", "load_airports",
    "load_other_regions", "load_region_points", "load_regions", "regions_digest",
]  # fmt: skip

DATA_NAME = "gazetteer/regions.tsv"
ADMIN2_NAME = "gazetteer/admin2.tsv"
AIRPORTS_NAME = "gazetteer/airports.tsv"
POINTS_NAME = "gazetteer/region_points.tsv"
OTHER_NAME = "gazetteer/other_regions.tsv"


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


@dataclass(frozen=True, slots=True)
class OtherRegion:
    """A region only Natural Earth names: its id ("IRL-76"), the GeoNames admin1 code
    ("IE.M") it lies in, label point, name ("Clare")."""

    id: str
    admin1_code: str
    latitude: float
    longitude: float
    name: str


@dataclass(frozen=True, slots=True)
class Airport:
    """One airport or air base: ICAO code, country, region name, point, names."""

    icao: str
    country: str
    region: str
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


def _point(cols: list[str], at: int) -> tuple[float, float]:
    """The latitude and longitude in ``cols[at]`` and ``cols[at + 1]``; NaN when malformed."""
    try:
        lat, lon = float(cols[at]), float(cols[at + 1])
    except (IndexError, ValueError):
        return math.nan, math.nan
    return (lat, lon) if -90 <= lat <= 90 and -180 <= lon <= 180 else (math.nan, math.nan)


def load_admin2() -> list[Admin2]:
    """Read the second-level regions, failing with the line of the first malformed row."""
    found = []
    for number, cols in _rows(ADMIN2_NAME):
        lat, lon = _point(cols, 2)
        if len(cols) != 5 or not cols[1].isdigit() or math.isnan(lat):
            expected = "expected GeoNames code, id, latitude, longitude, names"
            raise DataFileError(f"data/{ADMIN2_NAME}:{number}: {expected}")
        found.append(Admin2(cols[0], cols[1], lat, lon, tuple(cols[4].split("|"))))
    return found


def load_region_points() -> dict[str, tuple[float, float]]:
    """Read the regions' label points by GeoNames admin1 code, failing on a malformed row."""
    points: dict[str, tuple[float, float]] = {}
    for number, cols in _rows(POINTS_NAME):
        lat, lon = _point(cols, 2)
        if len(cols) != 5 or cols[0][:2] != cols[1][:2] or math.isnan(lat):
            expected = "expected GeoNames code, ISO code, latitude, longitude, name"
            raise DataFileError(f"data/{POINTS_NAME}:{number}: {expected}")
        points[cols[0]] = (lat, lon)
    return points


def load_other_regions() -> list[OtherRegion]:
    """Read the regions only Natural Earth names, failing on a malformed row."""
    found = []
    for number, cols in _rows(OTHER_NAME):
        lat, lon = _point(cols, 2)
        if len(cols) != 5 or "." not in cols[1] or math.isnan(lat) or not cols[4]:
            expected = "expected id, GeoNames admin1 code, latitude, longitude, name"
            raise DataFileError(f"data/{OTHER_NAME}:{number}: {expected}")
        found.append(OtherRegion(cols[0], cols[1], lat, lon, cols[4]))
    return found


def load_airports() -> list[Airport]:
    """Read the airports, failing with the line of the first malformed row."""
    found = []
    for number, cols in _rows(AIRPORTS_NAME):
        lat, lon = _point(cols, 4)
        if len(cols) != 7 or len(cols[2]) != 2 or math.isnan(lat) or not cols[6]:
            expected = "expected ICAO code, IATA code, country, region, latitude, longitude, names"
            raise DataFileError(f"data/{AIRPORTS_NAME}:{number}: {expected}")
        found.append(Airport(cols[0], cols[2], cols[3], lat, lon, tuple(cols[6].split("|"))))
    return found


def regions_digest() -> str:
    """Return a short hash of the files, part of the index's source version."""
    names = (DATA_NAME, ADMIN2_NAME, AIRPORTS_NAME, POINTS_NAME, OTHER_NAME)
    return hashlib.sha256(b"".join(map(_read, names))).hexdigest()[:12]
