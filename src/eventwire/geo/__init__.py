"""Places: an embedded gazetteer (SQLite) with lookups by any alias, Latin or Arabic script."""

from eventwire.geo.geonames import LoadReport
from eventwire.geo.index import Gazetteer, build_index, gazetteer_path
from eventwire.geo.normalize import normalize_name
from eventwire.geo.places import GazetteerLike, MemoryGazetteer, Place

__all__ = [
    "Gazetteer",
    "GazetteerLike",
    "LoadReport",
    "MemoryGazetteer",
    "Place",
    "build_index",
    "gazetteer_path",
    "normalize_name",
]
