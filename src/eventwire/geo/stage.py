"""The ``geo.gazetteer.v1`` stage: resolve each mention's place in the gazetteer.

Candidates for a place name come from the gazetteer (``lookup.py``); the
article's own places decide between namesakes (``choice.py``). A name it cannot
place keeps the article's country when all its places are in one.
``benchmarks/geoparsing.py`` measures the choice.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from rapidfuzz import fuzz

from eventwire.geo.capitals import capital_named
from eventwire.geo.choice import COARSE, is_site, resolve_names
from eventwire.geo.countries import load_capitals, load_neighbours
from eventwire.geo.described import described_as_of_country, landmark_named
from eventwire.geo.distance import haversine_km
from eventwire.geo.following import (
    next_sentence,
    site_told_next,
    town_told_next,
)
from eventwire.geo.lookup import is_local_name, lookup_place, seats_elsewhere
from eventwire.geo.normalize import normalize_name
from eventwire.geo.places import GazetteerLike, Place
from eventwire.geo.sites import SITE_FEATURES, SiteFinder
from eventwire.geo.speakers import drop_speakers, surnames
from eventwire.geo.towns import kind_word_before, named_regions, town_in_regions
from eventwire.geo.within import beside_its_towns, town_after_comma, town_in_name
from eventwire.geo.words import PlaceWords, load_outlet_names, load_place_words
from eventwire.models import Argument, Article, EventMention, Location, Span
from eventwire.settings import Settings

__all__ = ["GeoStage", "coarser_place", "locate_names", "make_geo_stage"]


# A name found only by its sound must also be spelled like the place it finds
# (rapidfuzz ratio of the lookup keys, 0-100): romanisations of one name score 61
# to 100 (« Deir ez-Zor » / Dayr az Zawr 61, « El-Facher » / El Fasher 83,
# « Daqouq » / Daquq 91), consonant skeletons shared by chance 36 to 50 ("Cauvery"
# / Kavanur 43, "Korean" / Corona 50, "Knockhill" / Hinckley 47). Calibrated on
# those pairs and the odd GeoWebNews documents (benchmarks/geoparsing.py), where
# all 19 sound matches were wrong.
MIN_SOUND_SIMILARITY = 60


# Letters of an acronym written in capitals ("FSR", "SSPDF", « FARDC »); a town a
# capitalised dateline names ("BANNU") is found by its spelling.
ACRONYM_LETTERS = 5


def _acronym(name: str) -> bool:
    return name.isupper() and len(name) <= ACRONYM_LETTERS and " " not in name


def _spelled_like(name: str, place: Place) -> bool:
    return fuzz.ratio(normalize_name(name), normalize_name(place.name)) >= MIN_SOUND_SIMILARITY


def locate_names(
    gazetteer: GazetteerLike,
    names: Iterable[str],
    voters: Iterable[str],
    context: Iterable[str] = (),
    words: PlaceWords | None = None,
    neighbours: Mapping[str, frozenset[str]] | None = None,
    landmarks: Iterable[str] = (),
) -> tuple[dict[str, list[Place]], dict[str, Place | None]]:
    """Look up and choose a place for each of one article's names: (candidates, choices).

    ``voters`` among the names, and the ``context`` names (other places the
    article names, not where its incidents are), give the country context. A
    name no spelling of which is known is tried by its sound (« El-Facher » for
    El Fasher), only among towns and sites of the countries the article's other
    places were resolved in: a looser key needs the story's context.
    ``neighbours``: the countries each country borders (``load_neighbours``, read
    here when not given). ``landmarks``: names the text gives a street or building
    word after ("near the Khwairamband market"), placed like a street or building.
    """
    names = list(names)
    words = words or load_place_words()
    neighbours = load_neighbours() if neighbours is None else neighbours
    extra = [name for name in context if name not in names]
    voters = [*voters, *extra]
    found = {name: lookup_place(gazetteer, name, words) for name in [*names, *extra]}
    marks = set(landmarks)
    local = [name for name in names if name in marks or is_local_name(name, words)]
    places = resolve_names(found, voters, local, neighbours)
    countries = {p.country_iso2 for p in places.values() if p is not None}
    # Tried by its sound too: a name with no candidate, one whose every reading was
    # refused (« Ayn al-Asad »: only a village of that spelling in Israel), and one
    # found only through its opening words (« Bint Jbail »: Bent, Iran, by "Bint").
    # Never an acronym (« Forces de soutien rapide (FSR) »: its letters are no
    # consonant skeleton, FSR is not El Fasher).
    unsure = [
        name
        for name, candidates in found.items()
        if (not candidates or (name in places and places[name] is None)
            or not gazetteer.lookup(name)) and not _acronym(name)
    ]  # fmt: skip
    sounded = {
        name: [
            p
            for p in gazetteer.lookup_sound(name)
            if p.country_iso2 in countries and p.feature not in COARSE and _spelled_like(name, p)
        ]
        for name in unsure
    }
    sounded = {name: extra for name, extra in sounded.items() if extra}
    # "Bal'ad district" refused in Iraq: the town a district elsewhere is named after.
    refused = [n for n in unsure if n in places and places[n] is None and found[n]]
    seats = {n: seats_elsewhere(gazetteer, n, found[n], words) for n in refused}
    seats = {name: towns for name, towns in seats.items() if towns}
    if sounded or seats:
        found |= {
            name: list({p.id: p for p in (*found[name], *extra)}.values())
            for name, extra in sounded.items()
        } | seats
        places = resolve_names(found, voters, local, neighbours)
    return {n: found[n] for n in names}, {n: places[n] for n in names}


def _location(place: Place) -> Location:
    return Location(
        name=place.name,
        country=place.country_name,
        iso=place.iso_numeric,
        admin1=place.admin1,
        admin2=place.admin2,
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=3 if place.feature in COARSE else 1,
        feature=place.feature,
        gazetteer_id=place.id,
    )


def coarser_place(resolved: Iterable[Place]) -> Location | None:
    """Where a name the gazetteer cannot place most likely is: the article's one country.

    Only when at least two places the article resolved, and all of them
    (countries named included), are in one country: a story naming Kiryat
    Shmona and a Lebanese village unknown to the gazetteer, or Kiryat Shmona,
    Israel and Lebanon, leaves the village unresolved rather than guess the side
    of the border. The
    location is that country with no point, or the region the article names in
    it when it names exactly one, with the region's point if known:
    geo_precision 3 either way, and never an invented town.
    """
    found = [p for p in resolved if p.country_iso2]
    if len(found) < 2 or len({p.country_iso2 for p in found}) != 1:
        return None
    regions = {p.id: p for p in found if p.feature == "admin1"}
    if len(regions) == 1:
        return _location(next(iter(regions.values())))
    country = found[0]
    return Location(
        name=country.country_name,
        country=country.country_name,
        iso=country.iso_numeric,
        geo_precision=3,
        feature="country",
    )


# Entity labels of the places an article names anywhere (spaCy's, both models).
PLACE_ENTITIES = frozenset({"GPE", "LOC"})


def _place_spans(article: Article) -> list[tuple[Span, Span]]:
    """Every place entity of the article's sentences, in text order: (sentence, entity)."""
    found = []
    for sentence in article.sentences:
        start = end = -1
        for token in (*sentence.tokens, None):
            if token is not None and token.ent_type in PLACE_ENTITIES:
                start, end = (token.start if start < 0 else start), token.end
                continue
            if start >= 0:
                span = Span(start, end)
                if not span.cut(article.text).islower():  # « le caza » tagged: a kind word
                    found.append((sentence.span, span))
                start = end = -1
    return found


# A wire dateline opening the text in capitals ("SAADA, April 28 (Al-Masirah) –",
# "BANNU:", "PORT-AU-PRINCE, Haiti (AP) —", "BAGHDAD/WASHINGTON (GDA) -"): where the
# story was filed, a place of its country that the parser seldom tags in capitals.
_DATELINE = re.compile(r"\A\s*([A-Z][A-Z'’./ -]*[A-Z])\s*(?:[,:(]|[-–—]\s)")


# A dateline in any case, up to its dash ("Sanaa, 13 jan 2024 - ", "Juba, 7 March 2025 –").
_OPENING = re.compile(r"\A[^\n.]{0,60}?\s[-–—]\s")


# A capitalised word opened by an elided particle, run on after a name: « N'Gourma ».
_ELIDED_AFTER = re.compile(r"[ \t]+[A-Z]\w?['’][A-Z][\w-]*")


def _dateline(text: str) -> str:
    """The place name of a capitalised dateline opening ``text``; "" when none."""
    found = _DATELINE.match(text)
    return found.group(1).split("/")[0].strip().title() if found else ""  # the first of two


def _claimant(mention: EventMention) -> list[Span]:
    """Where the mention names who gives its account (« selon Téhéran »)."""
    return [a.span for a in mention.evidence if mention.claimed_by and a.text == mention.claimed_by]


def _container(
    article: Article,
    mention: EventMention,
    spans: Sequence[tuple[Span, Span]],
    located: tuple[Mapping[str, Sequence[Place]], Mapping[str, Place | None]],
    outlets: frozenset[str],
    past_dateline: bool = False,
) -> Place | None:
    """The town another place entity of ``location``'s sentence names, the nearest
    (« quartier de Mayo, dans le sud de Khartoum »: Khartoum); never an outlet named
    like a town (« la chaîne Al-Mayadeen »), a region or a country, nor a place
    inside who gives the account (« selon Téhéran »).

    ``located``: candidates and choices of the article's names (``locate_names``).
    A name chosen as a region stands for the seat of that region named like it, if
    any: a neighbourhood is in a town (Khartoum the city, not the state), a village
    in the district's seat (« Kalehe-centre, dans le territoire de Kalehe »). A
    district with no such seat is not a container: its point may lie 50 km from the
    village ("the Tirah valley of Khyber district"; holdout2 and holdout6 lost as
    many events located as they gained when it was). ``past_dateline``: never the
    town of the dateline, where the story was filed (« GAZA (AFP) – » holds the
    neighbourhood the story names, but "KINSHASA, Congo (AP) –" not eastern Congo).
    """
    candidates, chosen = located
    if mention.location is None:
        return None
    at = mention.location.span.start
    claimant = _claimant(mention)
    filed = None
    if past_dateline:
        filed = _DATELINE.match(article.text) or _OPENING.match(article.text)
    towns = []
    for sentence, span in spans:
        name = span.cut(article.text)
        if not sentence.start <= at < sentence.end or span.start <= at < span.end:
            continue
        if filed is not None and span.start < filed.end():
            continue
        if any(c.start <= span.start < c.end for c in claimant):
            continue
        place = chosen.get(name)
        if place is None or normalize_name(name) in outlets:
            continue
        if place.feature in ("admin1", "admin2"):
            place = next(
                (
                    p
                    for p in candidates.get(name, ())
                    if p.feature not in COARSE and p.feature != "admin2"
                    and (p.country_iso2, p.admin1) == (place.country_iso2, place.admin1)
                ),
                place,
            )  # fmt: skip
        if place.feature not in COARSE and place.feature != "admin2":
            towns.append((abs(span.start - at), place))
    return min(towns, key=lambda t: t[0])[1] if towns else None


# A part of a town lies within this of the town's point (the largest cities
# reach ~30 km from their centre; the namesakes this guards against lie hundreds
# of kilometres away: Prymorskyi, Donetsk oblast, for Odesa's district).
PART_KM = 50.0
_WORDS_BEFORE = 40
# Words read before a part word for an indefinite article: the article and one
# adjective ("a residential neighborhood of").
_ARTICLE_REACH = 2


def _told_as_part(
    text: str, span: Span, words: PlaceWords, town_ends_at: Callable[[int], bool]
) -> bool:
    """Whether the words around a name make it a part of a town: "Kharkiv's
    Kyivskyi district", "the city's Prymorskyi district", « le quartier de Chouhada »;
    not "Duhok province's Amedi district". ``town_ends_at(i)``: whether a name the
    article places at a town ends at ``i``."""
    if not words.part:
        return False
    before = text[max(0, span.start - _WORDS_BEFORE) : span.start].casefold()
    following = re.match(r"\s+(\w+)", text[span.end : span.end + _WORDS_BEFORE].casefold())
    owner = re.search(r"(\w+)['’]s\s+$", before)
    if following and following.group(1) in words.part and owner:
        owner_end = span.start - len(before) + owner.end(1)
        return owner.group(1) in words.town or town_ends_at(owner_end)
    # "the Qala-e-Bakhtiar area of southern Kabul": a part word, its joining word,
    # then a town the article places (not "the Bani Hushaysh district of Sanaa
    # governorate", a district of a region).
    rest = text[span.end : span.end + _WORDS_BEFORE]
    words_after = list(re.finditer(r"[^\W\d_][\w'’-]*", rest))
    if (
        len(words_after) > 2
        and words_after[0].group().casefold() in words.part | words.area
        and words_after[1].group().casefold() in words.of
    ):
        for word in words_after[2:5]:
            if word.group().casefold() in words.region:
                return False
            if town_ends_at(span.end + word.end()):
                return True
    found = kind_word_before(words.part, words.of).search(before)
    if found is None:
        return False
    # "the Nkwen neighbourhood of Bamenda": the part has its own name before the
    # part word, so the name after it is the town (a capital opening a sentence,
    # "The district of …", names nothing).
    raw = text[max(0, span.start - _WORDS_BEFORE) : span.start][: found.start() + 1]
    named = re.search(r"(?:^|[^.!?\n\s])\s+([^\W\d_][\w'’-]*)\s*$", raw)
    # "a residential neighborhood of Kryvyi Rih", « un quartier de Kaboul »: a part
    # not named, one of the town's, so the name after it is the town.
    unnamed = re.findall(r"[^\W\d_][\w'’-]*", raw.casefold())[-_ARTICLE_REACH:]
    if any(w in words.indefinite for w in unnamed):
        return False
    return named is None or not named.group(1)[0].isupper()


def _far_from(place: Place, town: Place) -> bool:
    lat, lon, town_lat, town_lon = place.latitude, place.longitude, town.latitude, town.longitude
    if lat is None or lon is None or town_lat is None or town_lon is None:
        return place.country_iso2 != town.country_iso2
    return haversine_km(lat, lon, town_lat, town_lon) > PART_KM


class GeoStage:
    """Resolve mention places; the gazetteer is opened on first use (it may be built then)."""

    name = "geo.gazetteer.v1"
    requires = ("mentions",)
    assigns = ("mentions",)

    def __init__(self, open_gazetteer: Callable[[], GazetteerLike]) -> None:
        self._open = open_gazetteer
        self._gazetteer: GazetteerLike | None = None
        self._site_finder: SiteFinder | None = None
        self._words: PlaceWords | None = None
        self._outlets: frozenset[str] | None = None
        self._neighbours: dict[str, frozenset[str]] | None = None
        self._capitals: dict[str, str] | None = None

    def _sites(
        self, article: Article, places: Mapping[str, Place | None], ahead: bool = False
    ) -> dict[Span, tuple[Argument, Place]]:
        """For each mention sentence naming a curated site (or whose next sentence does,
        ``ahead``): where it is named, and the site (in the article's countries when it
        has resolved places)."""
        if self._site_finder is None:
            self._site_finder = SiteFinder.curated()
        countries = {p.country_iso2 for p in places.values() if p is not None}
        found: dict[Span, tuple[Argument, Place]] = {}
        for sentence in {m.sentence for m in article.mentions}:
            where = next_sentence(article, sentence) if ahead else sentence
            at = self._site_finder.first(where.cut(article.text)) if where else None
            if where is None or at is None:
                continue
            span = Span(where.start + at[0], where.start + at[1])
            name = span.cut(article.text)
            candidates = [
                p
                for p in self.gazetteer.lookup(name)
                if p.feature in SITE_FEATURES and (not countries or p.country_iso2 in countries)
            ]
            if candidates:
                found[sentence] = (Argument(name, span, name), candidates[0])
        return found

    def _run_on(self, article: Article) -> Article:
        """Each mention's place name with the elided word the parse cut off after it
        (« Fada N'Gourma » kept as « Fada »: « N' » was read as a negation), when the
        gazetteer knows the whole name."""
        mentions = []
        for m in article.mentions:
            cut = _ELIDED_AFTER.match(article.text, m.location.span.end) if m.location else None
            if m.location is not None and cut is not None:
                span = Span(m.location.span.start, cut.end())
                whole = span.cut(article.text)
                if self.gazetteer.lookup(whole):
                    m = dataclasses.replace(m, location=Argument(whole, span, whole))
            mentions.append(m)
        return dataclasses.replace(article, mentions=tuple(mentions))

    @property
    def gazetteer(self) -> GazetteerLike:
        """The gazetteer, opened on first use."""
        if self._gazetteer is None:
            self._gazetteer = self._open()
        return self._gazetteer

    def __call__(self, article: Article) -> Article:
        """Return ``article`` with each located mention's place resolved."""
        # Who reports or speaks is not where (geo/speakers.py).
        article = drop_speakers(article, self.gazetteer)
        article = self._run_on(article)
        names = sorted({m.location.text for m in article.mentions if m.location})
        if not names:
            return article
        # A country named outright is most often an actor's (« les États-Unis ont
        # frappé »), so names the extractor marked broad (empty value) do not vote.
        voters = {m.location.text for m in article.mentions if m.location and m.location.value}
        words = self._words = self._words or load_place_words()
        spans = _place_spans(article)
        # The dateline votes for the story's country (a town of it abroad from the
        # actors' countries is not refused: « Saada » beside "US", "Washington").
        filed = [_dateline(article.text)] if _dateline(article.text) else []
        nouns = words.place_nouns()
        described = [
            adjective
            for m in article.mentions
            for adjective in described_as_of_country(article, m, self.gazetteer, nouns)
        ]
        people = surnames(article, self.gazetteer)  # a person's name is never a container
        spans = [(s, e) for s, e in spans if normalize_name(e.cut(article.text)) not in people]
        entities = [*(e.cut(article.text) for _, e in spans), *filed, *described]
        others = [n for n in dict.fromkeys(entities) if n not in names]
        every_name, every_voter = [*names, *others], [*voters, *others]
        neighbours = self._neighbours = self._neighbours or load_neighbours()
        capitals = self._capitals = self._capitals or load_capitals()
        marks = {
            m.location.text for m in article.mentions
            if m.location is not None and landmark_named(article.text, m.location.span, words)
        }  # fmt: skip
        found, every = locate_names(
            self.gazetteer, every_name, every_voter, (), words, neighbours, marks
        )
        places = {name: every[name] for name in names}
        # A name the gazetteer lacks (a neighbourhood, « quartier de Mayo ») whose
        # sentence names the town it is in (« dans le sud de Khartoum ») is in that
        # town, for every mention naming it (the toll told later is the same
        # incident's): geo_precision 2, as for a place near a town.
        outlets = self._outlets = self._outlets or load_outlet_names()
        # A part of a town (« quartier de Chouhada », "the city's Prymorskyi
        # district") is never a namesake town far from the article's town: it is
        # in the town its sentence names, else in the article's first-placed town.
        towns_end = {
            span.end for _, span in spans
            if (p := every.get(span.cut(article.text))) is not None
            and p.feature not in COARSE and p.feature != "admin2"
        }  # fmt: skip
        parts = {
            m.location.text
            for m in article.mentions
            if m.location is not None
            and _told_as_part(article.text, m.location.span, words, towns_end.__contains__)
        }
        main = next(
            (
                places[m.location.text]
                for m in article.mentions
                if m.location is not None and m.location.text not in parts
                and (p := places[m.location.text]) is not None and p.feature not in COARSE
            ),
            None,
        ) if parts else None  # fmt: skip
        contained: dict[str, Place] = {}
        towns_at = {
            span.start: p for _, span in spans
            if (p := every.get(span.cut(article.text))) is not None
            and p.feature not in COARSE and p.feature != "admin2"
        }  # fmt: skip
        countries = {p.country_iso2 for p in every.values() if p is not None}
        for m in article.mentions:  # the first mention naming it, the one that placed it
            if m.location is None or m.location.text in contained:
                continue
            name, place = m.location.text, places[m.location.text]
            part = name in parts
            if place is None or part:
                # « le quartier Guembé de Batangafo », unknown: in the town of its name.
                in_name = None if place else town_in_name(self.gazetteer, name, words, countries)
                town = (
                    _container(article, m, spans, (found, every), outlets)
                    or in_name
                    or (main if part and not beside_its_towns(name, every) else None)
                )
            else:  # "Faladié, à Bamako": a far smaller namesake is the town's district
                town = town_after_comma(article.text, m.location.span, place, towns_at, words)
            if town is not None and (place is None or _far_from(place, town)):
                places[name] = None
                contained[name] = town
        # A country named where a town of it is named in the same sentence (« une
        # attaque de l'Unité pour la paix en Centrafrique … à la sortie nord de
        # Bambari ») happened in that town, for this mention only: precision 2.
        in_town = {
            m.mention_id: town
            for m in article.mentions
            if m.location is not None
            and (country := places.get(m.location.text)) is not None
            and country.feature == "country"
            and (town := _container(article, m, spans, (found, every), outlets, True)) is not None
            and town.country_iso2 == country.country_iso2
        }
        # A name the gazetteer cannot place (unknown, in a script it has no alias
        # in, or only a namesake abroad) keeps the article's country, no town.
        fallback = coarser_place(p for p in places.values() if p is not None)
        sited = self._sites(article, places)
        sited_next: dict[Span, tuple[Argument, Place]] | None = None  # read when first needed
        mentions: list[EventMention] = []
        for mention in article.mentions:
            if mention.location is None:
                mentions.append(mention)
                continue
            told = mention.location.text
            place = in_town.get(mention.mention_id) or places[told] or contained.get(told)
            # "Mali's capital", « la capitale du Mali »: the capital city.
            at = mention.location.span
            place = capital_named(article.text, at, place, words, capitals, self.gazetteer) or place
            # A region named beside a town of it in one sentence ("struck Izium in
            # Kharkiv Oblast", « à Nikopol, dans la région de Dnipropetrovsk ») is
            # where the town is: the town, precision 2 (the parse kept the region).
            regions = named_regions(
                article.text, mention.location.span, place, found[told], words, self.gazetteer
            )
            seat = town_in_regions(article, mention, regions, self.gazetteer, _claimant(mention))
            if seat is not None and normalize_name(seat[0].text) not in outlets:
                named, place = seat
                mention = dataclasses.replace(
                    mention, location=named, evidence=(*mention.evidence, named)
                )
            else:
                seat = None
            # A building the gazetteer has itself (an airport, a base) is where it
            # happened, not a part of a town: geo_precision 1; so is a place it has
            # by that very name ("West Bank", "Russian Federation": not buildings).
            inside = (
                seat is not None
                or told in contained
                or mention.mention_id in in_town
                or (
                    (told in marks or is_local_name(told, words))
                    and not (place is not None and is_site(place))
                    and not self.gazetteer.lookup(told)
                )
            )
            if (place is None or place.feature in COARSE) and mention.sentence in sited:
                # No finer than a region: a site its own sentence names (« known as Tower 22 »).
                named, place = sited[mention.sentence]
                mention = dataclasses.replace(
                    mention, location=named, evidence=(*mention.evidence, named)
                )
            elif place is not None and place.feature in COARSE:
                # A country or region: the town or site the next sentence names
                # ("… in eastern Congo." "The attack … took place … in Komanda").
                later = town_told_next(article, mention, place, spans, every, outlets)
                if later is None:
                    if sited_next is None:
                        sited_next = self._sites(article, places, ahead=True)
                    ahead = sited_next.get(mention.sentence)
                    if ahead and site_told_next(article, mention, place, ahead):
                        later = ahead[0].span, ahead[1]
                if later is not None:
                    named = Argument(later[0].cut(article.text), later[0], later[1].name)
                    place = later[1]
                    mention = dataclasses.replace(
                        mention, location=named, evidence=(*mention.evidence, named)
                    )
            location = _location(place) if place else fallback
            if location is not None and (mention.near or inside) and location.geo_precision == 1:
                # "Near Kharkiv", « au sud de Daqouq », a street, building or
                # neighbourhood of a town ("Collins Avenue", Miami): ACLED's precision 2.
                location = dataclasses.replace(location, geo_precision=2)
            if location is not None and mention.area and location.geo_precision in (1, 2):
                # "The eastern countryside of Deir Ezzor" may lie 100 km from the
                # town: coded at the town as a region's seat, precision 3.
                location = dataclasses.replace(location, geo_precision=3)
            mentions.append(dataclasses.replace(mention, place=location) if location else mention)
        return dataclasses.replace(article, mentions=tuple(mentions))


def make_geo_stage(settings: Settings) -> GeoStage:
    """Build the stage over the default gazetteer (built on first use if missing)."""

    def open_gazetteer() -> GazetteerLike:
        from eventwire.geo.index import Gazetteer

        return Gazetteer.open(settings)

    return GeoStage(open_gazetteer)
