"""First-level regions of ``data/gazetteer/regions.tsv``: ISO 3166-2 and GeoNames codes, names."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources

from eventwire.errors import DataFileError

__all__ = ["RegionCodes", "load_regions", "regions_digest"]

DATA_NAME = "gazetteer/regions.tsv"


@dataclass(frozen=True, slots=True)
class RegionCodes:
    """One region: its ISO code ("IQ-AN"), GeoNames admin1 code ("IQ.01") and id, names."""

    iso_code: str
    geonames_code: str
    geonameid: str
    names: tuple[str, ...]


def _read() -> bytes:
    return resources.files("eventwire").joinpath("data", DATA_NAME).read_bytes()


def load_regions() -> dict[str, RegionCodes]:
    """Read the regions by ISO code, failing with the line of the first malformed row."""
    regions: dict[str, RegionCodes] = {}
    for number, line in enumerate(_read().decode("utf-8").splitlines(), start=1):
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 4 or not cols[2].isdigit() or cols[0][:2] != cols[1][:2]:
            raise DataFileError(
                f"data/{DATA_NAME}:{number}: expected ISO code, GeoNames code, id, names"
            )
        regions[cols[0]] = RegionCodes(cols[0], cols[1], cols[2], tuple(cols[3].split("|")))
    return regions


def regions_digest() -> str:
    """Return a short hash of the file, part of the index's source version."""
    return hashlib.sha256(_read()).hexdigest()[:12]
