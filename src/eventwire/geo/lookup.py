"""Looking a place name up: the gazetteer's candidates, else those its other words give.

A name the gazetteer lacks is read with the words of ``data/lang/<iso>/places.yaml``:
without a word saying its kind ("Benue State", "Anbar Governorate") or side ("West
Surrey"), as the region around a town ("rural Homs", « campagne de Homs »), at the
place an institution's other words name ("University of Alberta"), or as a town's
name run on into the next name (« Bagdad Abou Taqwa »). A region named by its seat's
spelling (« province de Kirkouk ») is the region the town lies in and is named like.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from eventwire.geo.choice import COARSE, SELF_NAMED
from eventwire.geo.normalize import normalize_name
from eventwire.geo.places import GazetteerLike, Place
from eventwire.geo.words import PlaceWords, load_place_words

__all__ = ["is_local_name", "lookup_place", "regions_named", "seats_elsewhere"]

MIN_OPENING_CHARS = 4  # "Tel" (of "Tel al-Sultan") is a word, not a town to fall back on
REGION_KINDS = frozenset({"admin1", "admin2", "district", "region"})
# What an institution's other words never place it in: a town named like it, nor a
# country its demonym names ("Russian Embassy" stands in another country's capital),
# a sea or a river; a continent or world region its adjective names is where it is
# ("European Commission", "African National Congress": odd GeoWebNews 0.885 ->
# 0.889, LGL and TR-News unchanged, benchmarks/geoparsing.py).
BARRED = SELF_NAMED - {"continent", "macroregion"}
# A first-level region is named after the town it holds when their names are spelled
# this much alike (rapidfuzz ratio of the lookup keys, 0-100), or when the town's own
# name also names it: Ta'izz governorate and Taiz score 89, Kirkūk and Kirkuk 100,
# Al Ḩudaydah and Al Hudaydah 100 (and Ḩalab is also "Aleppo"); a seat named
# otherwise (Babil's seat Al Hillah: 20; Nineveh's Mosul: 0) never is. The same
# bar as the stage's sound matches (geo/stage.py, MIN_SOUND_SIMILARITY).
SEAT_SIMILARITY = 60


def lookup_place(
    gazetteer: GazetteerLike, name: str, words: PlaceWords | None = None
) -> list[Place]:
    """The gazetteer's candidates for ``name``, else for it without a kind or side word.

    ``words``: the place words (``load_place_words()``, read here when not given).
    """
    found = gazetteer.lookup(name)
    if not found and "-" in name:
        # « Pétion-Ville » for GeoNames' Pétionville: a hyphenated name the index
        # spells as one word.
        found = gazetteer.lookup(name.replace("-", ""))
    if not found and name.count("-") == 1:
        found = _road_between(gazetteer, name)
    if found:
        return found
    words = words or load_place_words()
    if "," in name:
        return _with_container(gazetteer, name, words)
    parts = name.split()
    if len(parts) < 2:
        return found
    first, last = parts[0].casefold(), parts[-1].casefold()
    if last in words.region or first in words.region:
        rest = parts[:-1] if last in words.region else _after_of(parts[1:], words)
        return regions_named(gazetteer, " ".join(rest), words)
    if last in words.countryside or first in words.countryside:
        # "rural Homs", "the Homs countryside", « campagne de Homs »: the region
        # around the town, its governorate.
        rest = parts[:-1] if last in words.countryside else _after_of(parts[1:], words)
        return regions_named(gazetteer, " ".join(rest), words)
    if last in words.town or first in words.town:
        rest = parts[:-1] if last in words.town else _after_of(parts[1:], words)
        return [p for p in gazetteer.lookup(" ".join(rest)) if p.feature not in COARSE]
    if first in words.side:
        return gazetteer.lookup(" ".join(parts[1:]))
    # « à Bagdad Abou Taqwa »: a town's name run on into the next name (the parse
    # joined a place and a person) is the town its longest known opening words
    # name; towns and sites only, never a word too short to mean one, and never
    # for a street or square named after a town ("Dayton Street", « rue de Gaza »).
    if any(_bare_word(w) in words.street for w in parts):
        return []
    if any(_bare_word(w) in words.facility for w in parts):
        return _facility_place(gazetteer, parts, words)
    # « port de Hodeida », « camp de déplacés d'Abou Chouk », « champ gazier de Khor
    # Mor »: a kind of place the words do not list, joined to the place it is in or
    # at; the name after the last joining word, never the kind noun's namesake town
    # (Port, Camp, Champ).
    joined = _after_last_of(parts, words)
    if joined:
        found = lookup_place(gazetteer, " ".join(joined), words)
        return [p for p in found if p.feature not in COARSE]
    for size in range(len(parts) - 1, 0, -1):
        opening = " ".join(parts[:size])
        if len(opening) >= MIN_OPENING_CHARS:
            found = [p for p in gazetteer.lookup(opening) if p.feature not in COARSE]
            if found:
                return found
    return []


def seats_elsewhere(
    gazetteer: GazetteerLike, name: str, found: Sequence[Place], words: PlaceWords
) -> list[Place]:
    """For a name with a region word ("Bal'ad district") found only as regions: the
    towns its other words name in the countries where no such region is found (the
    district of Somalia's Balcad, when a Somali story refused Iraq's Balad District).
    Offered only once the regions are refused: beside them, "Lancaster County" would
    be Lancaster, England in a story with few places (LGL 0.858 -> 0.854)."""
    parts = name.split()
    if len(parts) < 2 or not found or any(p.feature not in REGION_KINDS for p in found):
        return []
    first, last = _bare_word(parts[0]), _bare_word(parts[-1])
    if last in words.region:
        rest = parts[:-1]
    elif first in words.region:
        rest = list(_after_of(parts[1:], words))
    else:
        return []
    countries = {p.country_iso2 for p in found}
    return [
        p for p in gazetteer.lookup(" ".join(rest))
        if p.feature not in COARSE and p.feature not in REGION_KINDS
        and p.country_iso2 not in countries
    ]  # fmt: skip


def _road_between(gazetteer: GazetteerLike, name: str) -> list[Place]:
    """Two towns joined by a hyphen, a road between them (« la route Mamfé-Eyumojock »,
    "the Thall-Parachinar road"), the whole unknown: the first, where the road starts,
    when it is a known town and the second is capitalised too (not « Gaza-ville »);
    never a word too short to be a town ("Al-", "Est"), nor a name regions bear."""
    first, second = (part.strip() for part in name.split("-"))
    if len(first) < MIN_OPENING_CHARS or len(second) < MIN_OPENING_CHARS:
        return []
    if not (first[:1].isupper() and second[:1].isupper()):
        return []
    found = gazetteer.lookup(first)
    if any(p.feature in REGION_KINDS for p in found):
        return []  # a region's name joined to another: one region (Donga-Mantung)
    return [p for p in found if p.feature not in COARSE]


def _with_container(gazetteer: GazetteerLike, name: str, words: PlaceWords) -> list[Place]:
    """A name and, after a comma, what it lies in ("Pavlohrad, Dnipropetrovsk Oblast",
    "Hebron, West Bank"): the first name's candidates inside the country or
    first-level region the rest names; when none lies there, that area itself (a
    namesake abroad is never meant), and with no area known, every candidate."""
    head, rest = (part.strip() for part in name.split(",", 1))
    found = lookup_place(gazetteer, head, words) if head else []
    containers = [
        p for p in (lookup_place(gazetteer, rest, words) if rest else [])
        if p.feature in ("admin1", "country", "region") and p.country_iso2
    ]  # fmt: skip
    areas = {(p.country_iso2, p.admin1 if p.feature == "admin1" else "") for p in containers}
    inside = [
        p for p in found
        if (p.country_iso2, "") in areas or (p.country_iso2, p.admin1) in areas
    ]  # fmt: skip
    return inside or containers or found


def _after_last_of(parts: Sequence[str], words: PlaceWords) -> Sequence[str]:
    """The words after the last joining word that follows a lower-case noun (« port
    de Hodeida »: Hodeida), else none."""
    for i in range(len(parts) - 1, 0, -1):
        rest = _after_of(parts[i:], words)
        if list(rest) != list(parts[i:]) and rest and parts[0][:1].islower():
            return rest
    return []


def regions_named(gazetteer: GazetteerLike, name: str, words: PlaceWords) -> list[Place]:
    """The regions ``name`` names, else the first-level region each town it names lies
    in and is named after (« province de Kirkouk », "Taiz province": the governorate)."""
    found = gazetteer.lookup(name)
    regions = [p for p in found if p.feature in REGION_KINDS]
    if regions:
        return regions
    seats: dict[str, Place] = {}
    for town in found:
        if town.feature in COARSE or not town.admin1:
            continue
        for region in gazetteer.lookup(town.admin1):
            if (
                region.feature == "admin1"
                and (region.country_iso2, region.admin1) == (town.country_iso2, town.admin1)
                and _named_after(gazetteer, region, town, words)
            ):
                seats[region.id] = region
    return list(seats.values())


def _named_after(gazetteer: GazetteerLike, region: Place, town: Place, words: PlaceWords) -> bool:
    """Whether ``region`` bears ``town``'s name (SEAT_SIMILARITY), its kind word aside
    ("Belgorodskaya Oblast'" and Belgorod)."""
    key = normalize_name(town.name)
    own = " ".join(w for w in normalize_name(region.name).split() if w not in words.region)
    if fuzz.ratio(own, key) >= SEAT_SIMILARITY:
        return True
    return any(p.id == region.id for p in gazetteer.lookup(town.name))


def _after_of(parts: Sequence[str], words: PlaceWords) -> Sequence[str]:
    """The name after the word joining a kind to it: « (district) de Moudiya », « (ville)
    d'Ancuabe », "(province) of Anbar" are Moudiya, Ancuabe and Anbar."""
    if len(parts) > 1 and parts[0].casefold() in words.of:
        return parts[1:]
    elided = re.match(r"(\w+)['’](\w.*)", parts[0]) if parts else None
    if elided and elided.group(1).casefold() in words.of:
        return [elided.group(2), *parts[1:]]
    return parts


def is_local_name(name: str, words: PlaceWords) -> bool:
    """Whether ``name`` names a street, road or building ("Collins Avenue", "A417",
    "Barclays Center", « rue de Gaza »): a place inside a town, not a town."""
    if words.roads is not None and words.roads.fullmatch(name.strip()):
        return True
    return any(_bare_word(w) in words.street | words.facility for w in name.split())


def _bare_word(word: str) -> str:
    """A word casefolded without a possessive or a final dot ("Magistrate's" ->
    "magistrate", "St." -> "st")."""
    return re.sub(r"['’]s$", "", word.casefold().rstrip("."))


def _facility_place(
    gazetteer: GazetteerLike, parts: Sequence[str], words: PlaceWords
) -> list[Place]:
    """Where a building or institution is: the place after its "of" ("University of
    Alberta"), else the longest known opening words before its kind ("Iowa House"),
    never a place of a BARRED kind."""
    kinds = [i for i, w in enumerate(parts) if _bare_word(w) in words.facility]
    spans: list[Sequence[str]] = []
    for i in kinds:
        # "University of Alberta"; one word may qualify the kind before its "of"
        # (« centrale électrique de Sanaa », « hôpital public d'Idleb »).
        for j in range(i + 1, min(i + 3, len(parts))):
            rest = _after_of(parts[j:], words)
            if list(rest) != list(parts[j:]):
                spans.append(rest)
                break
    spans += [parts[:size] for size in range(kinds[0], 0, -1)]
    for span in spans:
        text = " ".join(span)
        if len(text) >= MIN_OPENING_CHARS:
            found = [p for p in lookup_place(gazetteer, text, words) if p.feature not in BARRED]
            if found:
                return found
    return []
