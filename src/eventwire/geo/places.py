"""What the gazetteer returns (:class:`Place`) and the protocol callers depend on."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from eventwire.geo.normalize import normalize_name, sound_key

__all__ = ["GazetteerLike", "MemoryGazetteer", "Place"]


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry: a town, a region, a country or a curated site (base, field...).

    ``id`` is the GeoNames id as text ("92138", also for regions paired with one in
    ``data/gazetteer/regions.tsv``), ``iso3166-2:IQ-AN`` for another ISO
    subdivision, or ``curated:<slug>`` for an entry of ``data/gazetteer/places.yaml``.
    ``latitude``/``longitude`` are ``None`` only for regions whose source has no point.
    """

    id: str
    name: str
    country_iso2: str
    country_name: str
    iso_numeric: int | None
    admin1: str
    admin2: str
    latitude: float | None
    longitude: float | None
    feature: str  # "city", "admin1", "admin2", "district", "country", "base", "field", ...
    population: int
    source: str


class GazetteerLike(Protocol):
    """What toponym resolution needs from a gazetteer; tests pass a :class:`MemoryGazetteer`."""

    def lookup(self, name: str) -> list[Place]:
        """Return every place one of whose names normalises like ``name``."""
        ...

    def lookup_sound(self, name: str) -> list[Place]:
        """Return every place one of whose names has the sound key of ``name``."""
        ...


class MemoryGazetteer:
    """A gazetteer held in a dict, for tests and small injected lists."""

    def __init__(self, places: Mapping[Place, Iterable[str]]) -> None:
        """Index each place under its name and the given aliases."""
        self._by_key: dict[str, list[Place]] = {}
        self._by_sound: dict[str, list[Place]] = {}
        for place, aliases in places.items():
            names = (place.name, *aliases)
            for table, keys in (
                (self._by_key, {normalize_name(n) for n in names}),
                (self._by_sound, {sound_key(n) for n in names} - {""}),
            ):
                for key in sorted(keys):
                    table.setdefault(key, []).append(place)

    def lookup(self, name: str) -> list[Place]:
        """Return every place one of whose names normalises like ``name``."""
        return list(self._by_key.get(normalize_name(name), ()))

    def lookup_sound(self, name: str) -> list[Place]:
        """Return every place one of whose names has the sound key of ``name``."""
        return list(self._by_sound.get(sound_key(name), ())) if sound_key(name) else []
