"""The outlet knowledge base (``data/outlets.yaml``): who reported, and ACLED's ``source_scale``.

A shared knowledge module like :mod:`eventwire.langdata`, not a stage: resolution
asks it which outlet an article's ``outlet`` name or URL is (:meth:`OutletBook.lookup`)
and how widely a set of outlets reports an event (:func:`source_scale`).

ACLED's scale conventions, as its exports show them (the Gaza 2023-2025 export in
shared/data: 5,338 events, 45 outlets):

* An outlet's scale is relative to the event. A country's own outlets are National
  there (Subnational ones stay Subnational); a national outlet of another country of
  the event's ACLED region is Regional (the Times of Israel, Al Ghad (Jordan), Arab
  News and Anadolu on Gaza); from outside the region it is International (CBS News
  on Gaza). Worldwide outlets are International, except at home. New media, Other
  and local partners keep their scale wherever the event is.
* Several scales make a pair, lower first in ACLED's order Local partner, Other,
  New media, Subnational, National, Regional, International ("Other-New media",
  "New media-National", "National-Regional", "Regional-International"); with three
  or more, ACLED keeps the two lowest (Palestinian Ministry of Health + WAFA +
  Twitter: "Other-New media"). A local partner's own pair ("Local partner-New
  media" for Liveuamap) stands for the whole event, whatever else reported it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from eventwire.errors import DataFileError
from eventwire.langdata import check_keys, load_data

__all__ = [
    "KINDS",
    "SCALES",
    "Outlet",
    "OutletBook",
    "load_outlet_book",
    "make_outlet_book",
    "outlet_key",
    "source_scale",
]

WHERE = "data/outlets.yaml"
# ACLED's source scale values, in the order ACLED writes them in a pair.
SCALES = (
    "Local partner", "Other", "New media", "Subnational", "National", "Regional", "International",
)  # fmt: skip
# Scales read relative to the event's country; the others hold wherever it is.
_GEOGRAPHIC = frozenset({"Subnational", "National", "Regional", "International"})
KINDS = frozenset({
    "news agency", "newspaper", "broadcaster", "online news", "state media",
    "party/militia media", "NGO/UN", "government/military", "social media", "monitor",
})  # fmt: skip
_APOSTROPHES = frozenset("'\u2019\u02bc\u2018`")  # dropped, not spaced: Ma'an = Maan
INTERNATIONAL = "International"  # the country of UN bodies and NGOs without a home
# Key -> (type, required) for one outlet.
OUTLET_SCHEMA: dict[str, tuple[type, bool]] = {
    "name": (str, True),
    "aliases": (list, True),
    "domains": (list, True),
    "country": (str, True),
    "kind": (str, True),
    "languages": (list, True),
    "scale": (str, True),
    "wire": (bool, False),
    "national_for": (list, False),  # other countries whose events it reports as a domestic outlet
    "reach": (list, False),  # ACLED regions where it is a Regional source
    "source": (str, False),
}


@dataclass(frozen=True, slots=True)
class Outlet:
    """One outlet of the knowledge base, as ``data/outlets.yaml`` describes it."""

    name: str  # as ACLED writes it in ``source``
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    country: str  # ISO alpha-2, or "International"
    kind: str
    languages: tuple[str, ...]
    scale: str  # ACLED's value where the outlet is at home
    wire: bool = False
    national_for: tuple[str, ...] = ()
    reach: tuple[str, ...] = ()
    source: str = ""

    @property
    def home(self) -> frozenset[str]:
        """The countries whose events it reports as a domestic outlet."""
        return frozenset({self.country, *self.national_for})


def outlet_key(name: str) -> str:
    """How outlet names compare: case-, accent-, punctuation- and space-blind, "The " optional.

    « L'Orient-Le Jour » = "lorient le jour", "Al-Jazeera" = "Aljazeera", "Arab48" =
    "Arab 48", "The Times of Israel" = "Times of Israel".
    """
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch) and ch not in _APOSTROPHES)
    words = "".join(ch if ch.isalnum() else " " for ch in text).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return "".join(words)


def _host(url: str) -> str:
    """The URL's host name, lower case, whether or not the URL has a scheme."""
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:  # a malformed URL (an unclosed IPv6 bracket) names no outlet
        return ""
    return host.rstrip(".")


class OutletBook:
    """The outlets, found by name, alias or web domain, and the ACLED regions of countries."""

    def __init__(self, outlets: Sequence[Outlet], regions: Mapping[str, str]) -> None:
        self._outlets = tuple(outlets)
        self._regions = dict(regions)  # ISO alpha-2 -> ACLED region
        self._by_key: dict[str, Outlet] = {}
        self._by_domain: dict[str, Outlet] = {}
        for outlet in self._outlets:
            for name in (outlet.name, *outlet.aliases):
                _claim(self._by_key, outlet_key(name), outlet, f"name {name!r}")
            for domain in outlet.domains:
                _claim(self._by_domain, domain, outlet, f"domain {domain!r}")

    def __iter__(self) -> Iterator[Outlet]:
        return iter(self._outlets)

    def __len__(self) -> int:
        return len(self._outlets)

    def lookup(self, name: str | None, url: str | None = None) -> Outlet | None:
        """The outlet called ``name`` (or an alias), else the one whose domain serves ``url``.

        A ``name`` written as a host name ("www.lemonde.fr") is read as one when no URL is given.
        """
        if name:
            found = self._by_key.get(outlet_key(name))
            if found is not None:
                return found
            if url is None and "." in name and not any(ch.isspace() for ch in name):
                url = name  # feeds often name the outlet by its site: "aljazeera.com"
        if url:
            labels = _host(url).split(".")
            # Longest suffix first: english.almayadeen.net before almayadeen.net;
            # never a bare top-level domain.
            for start in range(len(labels) - 1):
                found = self._by_domain.get(".".join(labels[start:]))
                if found is not None:
                    return found
        return None

    def region_of(self, country: str) -> str | None:
        """ACLED's region of the country (ISO alpha-2), or ``None`` when unlisted."""
        return self._regions.get(country)

    def relative_scale(self, outlet: Outlet, country: str | None) -> str:
        """The outlet's scale for an event in ``country`` (ISO alpha-2; ``None``: its own)."""
        if outlet.scale not in _GEOGRAPHIC or country is None:
            return outlet.scale
        if country in outlet.home:
            return "Subnational" if outlet.scale == "Subnational" else "National"
        if outlet.scale == "International":
            return outlet.scale
        reach = set(outlet.reach) | {self._regions[c] for c in outlet.home if c in self._regions}
        return "Regional" if self._regions.get(country) in reach else "International"


def _claim(index: dict[str, Outlet], key: str, outlet: Outlet, what: str) -> None:
    if not key:
        raise DataFileError(f"{WHERE}: outlet {outlet.name!r}: {what} is empty once normalised")
    other = index.setdefault(key, outlet)
    if other is not outlet:
        raise DataFileError(
            f"{WHERE}: outlet {outlet.name!r}: {what} is already outlet {other.name!r}'s; "
            'qualify one of them ("Daily Mirror (Sri Lanka)")'
        )


def source_scale(
    outlets: Sequence[Outlet | None], event_country_iso2: str | None, book: OutletBook
) -> str:
    """ACLED's ``source_scale`` of an event reported by ``outlets``; "" when none is known."""
    scales = {book.relative_scale(o, event_country_iso2) for o in outlets if o is not None}
    partners = sorted(s for s in scales if s.startswith("Local partner"))
    if partners:
        return partners[0]
    return "-".join(sorted(scales, key=SCALES.index)[:2])


def _valid_scale(scale: str) -> bool:
    parts = scale.split("-")
    return (
        all(p in SCALES for p in parts)
        and len(parts) == len(set(parts)) <= 2
        and (len(parts) == 1 or parts[0] == "Local partner")
    )


def _strings(where: str, key: str, value: list[Any], check: str = "") -> tuple[str, ...]:
    if not all(isinstance(v, str) and v for v in value):
        # YAML reads a bare NO (Norway) or ON as a boolean: quote it.
        raise DataFileError(
            f"{where}: {key} should be a list of non-empty strings (quote YAML booleans: "
            f'"NO"), not {value}'
        )
    if check == "iso2" and not all(len(v) == 2 and v.isupper() for v in value):
        raise DataFileError(f"{where}: {key} should hold ISO alpha-2 codes, not {value}")
    if check == "language" and not all(len(v) == 2 and v.islower() for v in value):
        raise DataFileError(f"{where}: {key} should hold ISO 639-1 codes, not {value}")
    if check == "domain" and not all(
        v == v.lower() and "/" not in v and not v.startswith("www.") and "." in v for v in value
    ):
        raise DataFileError(f"{where}: {key} should be bare lower-case host names, not {value}")
    return tuple(value)


def _outlet(index: int, raw: Any, regions: Mapping[str, str]) -> Outlet:
    if not isinstance(raw, dict):
        raise DataFileError(f"{WHERE}: outlet #{index + 1} should be a mapping")
    where = f"{WHERE}: outlet {raw.get('name', f'#{index + 1}')!r}"
    check_keys(where, raw, OUTLET_SCHEMA)
    if raw["kind"] not in KINDS:
        raise DataFileError(f"{where}: kind {raw['kind']!r} not one of {sorted(KINDS)}")
    if not _valid_scale(raw["scale"]):
        raise DataFileError(
            f"{where}: scale {raw['scale']!r} is not an ACLED source scale ({', '.join(SCALES)}, "
            "or a local partner's pair such as 'Local partner-New media')"
        )
    country = raw["country"]
    if country != INTERNATIONAL:
        _strings(where, "country", [country], "iso2")
    reach = _strings(where, "reach", raw.get("reach") or [])
    if any(r not in regions.values() for r in reach):
        raise DataFileError(f"{where}: reach {list(reach)} names a region 'regions' lacks")
    return Outlet(
        name=raw["name"],
        aliases=_strings(where, "aliases", raw["aliases"]),
        domains=_strings(where, "domains", raw["domains"], "domain"),
        country=country,
        kind=raw["kind"],
        languages=_strings(where, "languages", raw["languages"], "language"),
        scale=raw["scale"],
        wire=bool(raw.get("wire", False)),
        national_for=_strings(where, "national_for", raw.get("national_for") or [], "iso2"),
        reach=reach,
        source=raw.get("source", ""),
    )


def _regions(raw: dict[str, Any]) -> dict[str, str]:
    """ISO alpha-2 -> ACLED region, from the file's region -> countries mapping."""
    regions: dict[str, str] = {}
    for region, countries in raw.items():
        where = f"{WHERE}: region {region!r}"
        for country in _strings(where, "countries", countries or [], "iso2"):
            if regions.setdefault(country, region) != region:
                raise DataFileError(f"{where}: {country} is already in {regions[country]!r}")
    return regions


def make_outlet_book(content: Mapping[str, Any]) -> OutletBook:
    """Build a book from the parsed content of an outlets file (``regions``, ``outlets``)."""
    regions = _regions(content["regions"])
    outlets = [_outlet(i, raw, regions) for i, raw in enumerate(content["outlets"])]
    return OutletBook(outlets, regions)


def load_outlet_book() -> OutletBook:
    """The packaged outlet knowledge base (``data/outlets.yaml``); callers keep the book."""
    return make_outlet_book(load_data("outlets"))
