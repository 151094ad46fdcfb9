"""Places: an embedded gazetteer (SQLite) with lookups by any alias, Latin or Arabic script."""

from eventwire.geo.geonames import LoadReport
from eventwire.geo.index import Gazetteer, build_index, gazetteer_path
from eventwire.geo.normalize import normalize_name
from eventwire.geo.places import GazetteerLike, MemoryGazetteer, Place
from eventwire.geo.stage import (
    GeoStage,
    choose_place,
    locate_names,
    lookup_place,
    make_geo_stage,
    resolve_names,
)

__all__ = [
    "STAGES",
    "Gazetteer",
    "GazetteerLike",
    "GeoStage",
    "LoadReport",
    "MemoryGazetteer",
    "Place",
    "build_index",
    "choose_place",
    "gazetteer_path",
    "locate_names",
    "lookup_place",
    "make_geo_stage",
    "normalize_name",
    "resolve_names",
]

STAGES = {"geo.gazetteer.v1": make_geo_stage}
