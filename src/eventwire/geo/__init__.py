"""Places: an embedded gazetteer (SQLite) with lookups by any alias, Latin or Arabic script."""

from eventwire.geo.choice import choose_place, resolve_names
from eventwire.geo.geonames import LoadReport
from eventwire.geo.index import Gazetteer, build_index, gazetteer_path
from eventwire.geo.lookup import lookup_place
from eventwire.geo.normalize import normalize_name
from eventwire.geo.places import GazetteerLike, MemoryGazetteer, Place
from eventwire.geo.stage import GeoStage, locate_names, make_geo_stage
from eventwire.geo.words import PlaceWords, load_place_words

__all__ = [
    "STAGES",
    "Gazetteer",
    "GazetteerLike",
    "GeoStage",
    "LoadReport",
    "MemoryGazetteer",
    "Place",
    "PlaceWords",
    "build_index",
    "choose_place",
    "gazetteer_path",
    "load_place_words",
    "locate_names",
    "lookup_place",
    "make_geo_stage",
    "normalize_name",
    "resolve_names",
]

STAGES = {"geo.gazetteer.v1": make_geo_stage}
