"""Toponym resolution in the pipeline: namesakes, country context, contract columns."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

import pytest

from eventwire.geo import GeoStage, MemoryGazetteer, Place, lookup_place
from eventwire.models import Argument, Article, ArticleStatus, EventMention, Sentence, Span
from eventwire.resolve import make_simple_resolver
from eventwire.settings import Settings


def place(pid: str, name: str, country: str, feature: str = "city", population: int = 0,
          lat: float = 0.0) -> Place:  # fmt: skip
    names = {"IQ": ("Iraq", 368), "SY": ("Syria", 760), "US": ("United States", 840),
             "AZ": ("Azerbaijan", 31), "CD": ("DR Congo", 180), "RU": ("Russia", 643)}  # fmt: skip
    return Place(pid, name, country, names[country][0], names[country][1], "Anbar", "",
                 lat, 41.0, feature, population, "test")  # fmt: skip


QAIM_IQ = place("1", "Al Qa'im", "IQ", population=70_000, lat=34.4)
QAIM_US = place("2", "Qaim", "US", population=900_000, lat=40.0)
AKASHAT = place("3", "Akashat", "IQ", population=5_000, lat=33.8)
ASAD = place("4", "Ain al-Asad Air Base", "IQ", feature="base", lat=33.8)
ASAD_TOWN = place("5", "Asad", "SY", population=50_000, lat=35.0)
IRAQ = place("6", "Iraq", "IQ", feature="country", lat=33.0)
MASALLY = place("7", "Masally", "AZ", population=9_000, lat=39.0)
BENI = place("8", "Beni", "CD", population=300_000, lat=0.5)
BUTEMBO = place("9", "Butembo", "CD", population=600_000, lat=0.1)
RUSSIA = place("10", "Russia", "RU", feature="country", lat=60.0)
RUSSIA_OHIO = place("11", "Russia", "US", population=600, lat=40.2)
DAYTON = place("12", "Dayton", "US", population=140_000, lat=39.8)
OHIO = dataclasses.replace(place("13", "Ohio", "US", feature="admin1", lat=40.3), admin1="Ohio")
OHIO_HAMLET = dataclasses.replace(place("14", "Ohio", "US", population=900), admin1="Illinois")
HAWIJAH = place("15", "Al Hawijah", "IQ", population=40_000, lat=35.3)

UNIVERSITY = place("16", "University", "US", population=40_000, lat=29.6)  # University, Florida
GAZETTEER = MemoryGazetteer({
    UNIVERSITY: [], RUSSIA: [], RUSSIA_OHIO: [], DAYTON: [], OHIO: [], OHIO_HAMLET: [],
    QAIM_IQ: ["Al-Qaïm", "Al-Qaim"], QAIM_US: ["Al-Qaim"], AKASHAT: [],
    ASAD: ["Ain al-Asad", "Aïn al-Assad"], ASAD_TOWN: ["Ain al-Asad"], IRAQ: ["Irak"],
    MASALLY: ["Masala"], BENI: [], BUTEMBO: [], HAWIJAH: [],
})  # fmt: skip


def mention(i: int, name: str, value: str | None = None) -> EventMention:
    return EventMention(
        mention_id=f"m{i}", article_id="a", sentence=Span(0, 10), trigger=Argument("x", Span(0, 1)),
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        disorder_type="Political violence", plover="ASSAULT", event_date=date(2024, 2, 2),
        time_precision=1, location=Argument(name, Span(0, len(name)), name if value is None else value),
    )  # fmt: skip


def resolve(*mentions: EventMention) -> dict[str, Place | None]:
    stage = GeoStage(lambda: GAZETTEER)
    article = Article(article_id="a", origin="t", raw="", raw_format="text", content_hash="h",
                      mentions=mentions)  # fmt: skip
    done = stage(article)
    return {m.location.text: m.place for m in done.mentions if m.location}  # type: ignore[misc]


def test_stage_namesakes_are_decided_by_the_articles_country() -> None:
    found = resolve(mention(1, "Al-Qaim"), mention(2, "Akashat"))
    assert found["Al-Qaim"] is not None and found["Al-Qaim"].country == "Iraq"
    assert found["Al-Qaim"].geo_precision == 1


def test_stage_a_named_base_beats_a_town_of_the_same_name() -> None:
    found = resolve(mention(1, "Aïn al-Assad"), mention(2, "Ain al-Asad"), mention(3, "Akashat"))
    assert found["Ain al-Asad"] is not None and found["Ain al-Asad"].feature == "base"


def test_stage_a_country_named_outright_does_not_vote() -> None:
    # "Irak" alone would vote IQ; marked broad (empty value), it is resolved but does not vote.
    found = resolve(mention(1, "Irak", value=""), mention(2, "Al-Qaim"))
    assert found["Irak"] is not None and found["Irak"].geo_precision == 3


def test_stage_a_lone_namesake_abroad_keeps_only_the_articles_country() -> None:
    found = resolve(mention(1, "Masala"), mention(2, "Beni"), mention(3, "Butembo"))
    masala = found["Masala"]
    assert masala is not None and (masala.country, masala.iso) == ("DR Congo", 180)
    assert (masala.geo_precision, masala.latitude, masala.longitude) == (3, None, None)
    assert found["Beni"] is not None and found["Beni"].country == "DR Congo"


def test_stage_resolver_fills_the_contract_place_columns(
    make_article: Callable[..., Article], settings: Settings
) -> None:
    stage = GeoStage(lambda: GAZETTEER)
    article = make_article("x", article_id="a", status=ArticleStatus.PROCESSED,
                           mentions=(mention(1, "Al-Qaïm"), mention(2, "Akashat")))  # fmt: skip
    events = make_simple_resolver(settings)([stage(article)])
    qaim = next(e for e in events if e.location == "Al-Qaïm")
    assert (qaim.country, qaim.iso, qaim.admin1, qaim.geo_precision) == ("Iraq", 368, "Anbar", 1)
    assert (qaim.latitude, qaim.longitude) == (34.4, 41.0)


def test_stage_a_country_named_is_the_country_whatever_the_story() -> None:
    # Russia, Ohio exists, and the story's other places are in the US.
    found = resolve(mention(1, "Russia"), mention(2, "Dayton"), mention(3, "Ohio"))
    assert found["Russia"] is not None and found["Russia"].feature == "country"


def test_stage_a_region_beats_a_small_town_of_its_name() -> None:
    found = resolve(mention(1, "Ohio"), mention(2, "Dayton"))
    assert found["Ohio"] is not None and found["Ohio"].feature == "admin1"
    assert found["Ohio"].geo_precision == 3


def test_stage_a_region_named_picks_its_own_town_among_namesakes() -> None:
    parkland_fl = Place("20", "Parkland", "US", "United States", 840, "Florida", "", 26.3, -80.2,
                        "city", 30_000, "test")  # fmt: skip
    parkland_wa = Place("21", "Parkland", "US", "United States", 840, "Washington", "", 47.1,
                        -122.4, "city", 35_000, "test")  # fmt: skip
    florida = Place("22", "Florida", "US", "United States", 840, "Florida", "", 28.0, -82.0,
                    "admin1", 0, "test")  # fmt: skip
    stage = GeoStage(lambda: MemoryGazetteer({parkland_fl: [], parkland_wa: [], florida: []}))
    article = Article(article_id="a", origin="t", raw="", raw_format="text", content_hash="h",
                      mentions=(mention(1, "Parkland"), mention(2, "Florida")))  # fmt: skip
    (parkland, _florida) = (m.place for m in stage(article).mentions)
    assert parkland is not None and parkland.admin1 == "Florida"


def test_stage_a_name_that_is_only_an_alternate_gives_way_to_a_far_bigger_owner() -> None:
    # GeoNames lists "Moscow" among the names of Dalton, Georgia; a story naming
    # Dayton, Ohio and Moscow means the Russian capital, whose own name it is.
    moscow = place("30", "Moscow", "RU", population=10_000_000, lat=55.8)
    dalton = place("31", "Dalton", "US", population=34_000, lat=34.8)
    gazetteer = MemoryGazetteer({moscow: [], dalton: ["Moscow"], DAYTON: [], OHIO: []})
    article = Article(article_id="a", origin="t", raw="", raw_format="text", content_hash="h",
                      mentions=(mention(1, "Moscow"), mention(2, "Dayton"), mention(3, "Ohio")))  # fmt: skip
    found = {m.location.text: m.place for m in GeoStage(lambda: gazetteer)(article).mentions}  # type: ignore[union-attr]
    assert found["Moscow"] is not None and found["Moscow"].country == "Russia"
    # An alternate name still finds its place when no bigger place owns it.
    assert resolve(mention(1, "Al-Qaim"), mention(2, "Akashat"))["Al-Qaim"] is not None


def test_stage_a_city_outweighs_a_small_namesake_in_a_state_a_common_name_votes_for() -> None:
    def town(pid: str, name: str, state: str, population: int) -> Place:
        return dataclasses.replace(place(pid, name, "US", population=population), admin1=state)

    houston_tx, houston_mo = (
        town("40", "Houston", "TX", 2_300_000),
        town("41", "Houston", "MO", 2_000),
    )
    springfields = [town(f"5{i}", "Springfield", state, pop) for i, (state, pop) in
                    enumerate([("MO", 160_000), ("IL", 116_000), ("MA", 155_000), ("OH", 60_000),
                               ("OR", 60_000)])]  # fmt: skip
    gazetteer = MemoryGazetteer({p: [] for p in (houston_tx, houston_mo, *springfields)})
    article = Article(article_id="a", origin="t", raw="", raw_format="text", content_hash="h",
                      mentions=(mention(1, "Houston"), mention(2, "Springfield")))  # fmt: skip
    (houston, _springfield) = (m.place for m in GeoStage(lambda: gazetteer)(article).mentions)
    assert houston is not None and houston.admin1 == "TX"


def test_stage_a_sea_named_in_french_is_the_sea_not_a_town_of_that_name() -> None:
    red_sea = Place("60", "Red Sea", "", "", None, "", "", 20.0, 38.5, "sea", 0, "test")
    mer_rouge = place("61", "Mer Rouge", "US", population=600, lat=32.8)
    hodeidah = place("62", "Hodeidah", "IQ", population=400_000, lat=14.8)
    gazetteer = MemoryGazetteer({red_sea: ["mer Rouge"], mer_rouge: [], hodeidah: []})
    article = Article(article_id="a", origin="t", raw="", raw_format="text", content_hash="h",
                      mentions=(mention(1, "mer Rouge"), mention(2, "Hodeidah")))  # fmt: skip
    (sea, _town) = (m.place for m in GeoStage(lambda: gazetteer)(article).mentions)
    assert sea is not None and (sea.feature, sea.geo_precision, sea.country) == ("sea", 3, "")


def _us(pid: str, name: str, state: str, feature: str = "city", population: int = 0) -> Place:
    return Place(pid, name, "US", "United States", 840, state, "", 38.0, -77.0, feature,
                 population, "test")  # fmt: skip


def test_stage_a_town_and_its_region_named_together_are_each_other() -> None:
    # "Alexandria, Virginia": the Egyptian city and the South African town are
    # bigger, but only Alexandria, Virginia lies in a region the article names.
    alexandria_eg = place("70", "Alexandria", "IQ", population=4_000_000)
    alexandria_va = _us("71", "Alexandria", "Virginia", population=160_000)
    virginia_za = place("72", "Virginia", "CD", population=120_000)
    virginia = _us("73", "Virginia", "Virginia", feature="admin1")
    gazetteer = MemoryGazetteer(
        {p: [] for p in (alexandria_eg, alexandria_va, virginia_za, virginia)}
    )
    article = Article(article_id="a", origin="t", raw="", raw_format="text", content_hash="h",
                      mentions=(mention(1, "Alexandria"), mention(2, "Virginia")))  # fmt: skip
    (town, region) = (m.place for m in GeoStage(lambda: gazetteer)(article).mentions)
    assert town is not None and town.gazetteer_id == "71"
    assert region is not None and region.gazetteer_id == "73"


def test_stage_a_town_only_an_alternate_name_reaches_pairs_with_no_region() -> None:
    # GeoNames lists "Paris" among Swainsboro, Georgia's names: a story naming
    # Paris and Georgia is about the country, not the state.
    paris = place("74", "Paris", "RU", population=2_100_000)
    swainsboro = _us("75", "Swainsboro", "Georgia", population=7_500)
    georgia_country = place("76", "Georgia", "AZ", feature="country", population=3_700_000)
    georgia_state = _us("77", "Georgia", "Georgia", feature="admin1")
    gazetteer = MemoryGazetteer({paris: [], swainsboro: ["Paris"], georgia_country: [],
                                 georgia_state: []})  # fmt: skip
    article = Article(article_id="a", origin="t", raw="", raw_format="text", content_hash="h",
                      mentions=(mention(1, "Paris"), mention(2, "Georgia")))  # fmt: skip
    (_paris, georgia) = (m.place for m in GeoStage(lambda: gazetteer)(article).mentions)
    assert georgia is not None and georgia.gazetteer_id == "76"


def test_stage_a_town_keeps_its_name_over_its_unplaced_region() -> None:
    # GeoNames files Jenin the town under the West Bank, and Jenin governorate
    # has no point: the name's own region vote must not pick the governorate.
    jenin = Place("30", "Jenin", "PS", "Palestinian Territory", 275, "West Bank", "", 32.46,
                  35.3, "city", 39_000, "test")  # fmt: skip
    governorate = Place("31", "Jenin", "PS", "Palestinian Territory", 275, "Jenin", "", None,
                        None, "admin1", 0, "test")  # fmt: skip
    nablus = Place("32", "Nablus", "PS", "Palestinian Territory", 275, "West Bank", "", 32.2,
                   35.3, "city", 126_000, "test")  # fmt: skip
    gazetteer = MemoryGazetteer({jenin: [], governorate: [], nablus: []})
    article = Article(article_id="a", origin="t", raw="", raw_format="text", content_hash="h",
                      mentions=(mention(1, "Jenin"), mention(2, "Nablus")))  # fmt: skip
    (found, _nablus) = (m.place for m in GeoStage(lambda: gazetteer)(article).mentions)
    assert found is not None and (found.gazetteer_id, found.geo_precision) == ("30", 1)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ohio State", ["13"]),  # a region word keeps the region only
        ("Russia city", ["11"]),  # a town word keeps the towns only
        ("Western Dayton", ["12"]),  # a side word keeps every reading
        ("Dayton Street", []),  # a street named after a town is not the town
        ("Dayton Abou Taqwa", ["12"]),  # a town's name run on into a person's
        ("Daytonia", []),  # anything else is not guessed at
        ("Ohio", ["13", "14"]),  # a name the gazetteer has is never trimmed
        ("Dayton Magistrate's Court", ["12"]),  # a building is in the place it opens with
        ("University of Ohio", ["13", "14"]),  # or the place after its "of", regions too
        ("Ohio State University", ["13"]),
        ("Russia Embassy", ["11"]),  # never the country a name opens with
        ("district de Dayton", []),  # a region word keeps regions only, after its « de »
        ("province of Ohio", ["13"]),
        ("ville de Dayton", ["12"]),  # French kind words, the joining word dropped
        ("village d'Ohio", ["14"]),
        ("commissariat de Dayton", ["12"]),  # a police station is in the town after its « de »
        ("centrale électrique de Dayton", ["12"]),  # one word may qualify the building
        ("hôpital public d'Ohio", ["13", "14"]),
        ("University Hospital", []),  # nor a town named like the institution
    ],
)
def test_stage_lookup_retries_without_a_kind_or_side_word(name: str, expected: list[str]) -> None:
    assert sorted(p.id for p in lookup_place(GAZETTEER, name)) == expected


def test_stage_a_romanisation_unknown_is_found_by_its_sound_in_the_articles_country() -> None:
    found = resolve(mention(1, "Hawija"), mention(2, "Akashat"))
    assert found["Hawija"] is not None and found["Hawija"].name == "Al Hawijah"
    # Without a story in Iraq around it, a looser key is not trusted.
    assert resolve(mention(1, "Hawija"))["Hawija"] is None
    assert resolve(mention(1, "Hawija"), mention(2, "Dayton"))["Hawija"] is None


def test_stage_a_site_its_sentence_names_beats_a_country() -> None:
    tower = place("16", "Tower 22", "IQ", feature="base", lat=33.3)
    text = "The outpost, known as Tower 22, was struck by a drone on Sunday."
    located = dataclasses.replace(mention(1, "Iraq", value=""), sentence=Span(0, len(text)))
    stage = GeoStage(lambda: MemoryGazetteer({tower: [], IRAQ: []}))
    article = Article(article_id="a", origin="t", raw=text, raw_format="text", content_hash="h",
                      text=text, mentions=(located,))  # fmt: skip
    (done,) = stage(article).mentions
    assert done.place is not None and done.place.name == "Tower 22"
    assert done.place.geo_precision == 1
    # The evidence is the site's name where the sentence gives it, not "as Tower 22".
    assert done.location is not None and done.location.text == "Tower 22"
    assert done.location.span.cut(text) == "Tower 22"


def _article(text: str, *mentions: EventMention) -> Article:
    return Article(article_id="a", origin="t", raw=text, raw_format="text", content_hash="h",
                   text=text, mentions=mentions)  # fmt: skip


def test_stage_a_site_the_next_sentence_names_beats_a_country() -> None:
    tower = place("16", "Tower 22", "IQ", feature="base", lat=33.3)
    first = "A drone struck a small outpost in western Iraq on Sunday."
    text = first + " The drone hit living quarters at Tower 22, a logistics base."
    located = dataclasses.replace(mention(1, "Iraq", value=""), sentence=Span(0, len(first)))
    stage = GeoStage(lambda: MemoryGazetteer({tower: [], IRAQ: []}))
    article = dataclasses.replace(
        _article(text, located),
        sentences=(
            Sentence(Span(0, len(first)), "en"),
            Sentence(Span(len(first) + 1, len(text)), "en"),
        ),
    )
    (done,) = stage(article).mentions
    assert done.place is not None and done.place.name == "Tower 22"
    assert done.location is not None and done.location.span.cut(text) == "Tower 22"
    # A next sentence telling an incident placed elsewhere keeps the country.
    other = dataclasses.replace(mention(2, "Akashat"), sentence=Span(len(first) + 1, len(text)))
    article = dataclasses.replace(article, mentions=(located, other))
    stage = GeoStage(lambda: MemoryGazetteer({tower: [], IRAQ: [], AKASHAT: []}))
    assert stage(article).mentions[0].place.name == "Iraq"  # type: ignore[union-attr]


def test_stage_an_acronym_is_never_found_by_its_sound() -> None:
    # « Forces de soutien rapide (FSR) »: not El Fasher, whose consonants FSR are.
    fasher = place("17", "El Fasher", "SY", population=250_000, lat=13.6)
    homs = place("18", "Homs", "SY", population=775_000, lat=34.7)
    stage = GeoStage(lambda: MemoryGazetteer({fasher: [], homs: []}))
    done = stage(_article("", mention(1, "FSR"), mention(2, "Homs"), mention(3, "Fashir")))
    found = {m.location.text: m.place for m in done.mentions if m.location}
    assert found["FSR"] is None or found["FSR"].feature == "country"
    assert found["Fashir"] is not None and found["Fashir"].name == "El Fasher"


def test_stage_the_countryside_of_a_town_has_precision_three() -> None:
    # "The eastern countryside of Al-Qaim": the town stands for an area around it.
    area = dataclasses.replace(mention(1, "Al-Qaim"), area=True, near=True)
    found = resolve(area, mention(2, "Akashat"))
    assert found["Al-Qaim"] is not None and found["Al-Qaim"].geo_precision == 3
    assert found["Akashat"] is not None and found["Akashat"].geo_precision == 1


def test_stage_a_place_near_a_town_has_precision_two() -> None:
    near = dataclasses.replace(mention(1, "Al-Qaim"), near=True)
    found = resolve(near, mention(2, "Akashat"))
    assert found["Al-Qaim"] is not None and found["Al-Qaim"].geo_precision == 2
    assert found["Akashat"] is not None and found["Akashat"].geo_precision == 1


def test_stage_an_airport_the_gazetteer_has_is_the_place_not_a_part_of_its_town() -> None:
    damascus = place("20", "Damascus", "SY", population=1_500_000, lat=33.5)
    airport = place("21", "Damascus International Airport", "SY", feature="airport", lat=33.41)
    gazetteer = MemoryGazetteer({damascus: [], airport: []})
    article = Article(article_id="a", origin="t", raw="", raw_format="text", content_hash="h",
                      mentions=(mention(1, "Damascus International Airport"),
                                mention(2, "Damascus Central Hospital"), mention(3, "Damascus")))  # fmt: skip
    found = {m.location.text: m.place for m in GeoStage(lambda: gazetteer)(article).mentions
             if m.location and m.place}  # fmt: skip
    at_airport = found["Damascus International Airport"]
    assert at_airport.geo_precision == 1 and at_airport.latitude == 33.41
    in_town = found["Damascus Central Hospital"]  # a building it lacks stands in its town
    assert in_town.geo_precision == 2 and in_town.latitude == 33.5


def test_stage_the_articles_own_outlet_is_never_the_place() -> None:
    # "… a member of the Civilian JTF in Baga told Lake Chad Monitor": the outlet
    # reporting is no place, even when the gazetteer could read one into its name.
    stage = GeoStage(lambda: GAZETTEER)
    article = Article(article_id="a", origin="t", raw="", raw_format="text", content_hash="h",
                      outlet="Dayton Monitor",
                      mentions=(mention(1, "Dayton Monitor"), mention(2, "Dayton")))  # fmt: skip
    outlet, town = stage(article).mentions
    assert outlet.location is None and outlet.place is None
    assert town.place is not None and town.place.gazetteer_id == "12"


def test_stage_a_place_named_with_a_building_word_is_not_a_building() -> None:
    # "West Bank" holds "bank" (a building word: "European Investment Bank"), yet the
    # gazetteer has it by that name: it is where it happened, not inside a town.
    west_bank = Place("33", "West Bank", "PS", "Palestinian Territory", 275, "West Bank", "",
                      32.0, 35.25, "admin2", 0, "test")  # fmt: skip
    jenin = Place("34", "Jenin", "PS", "Palestinian Territory", 275, "West Bank", "", 32.46,
                  35.3, "city", 40_000, "test")  # fmt: skip
    gazetteer = MemoryGazetteer({west_bank: [], jenin: []})
    article = Article(article_id="a", origin="t", raw="", raw_format="text", content_hash="h",
                      mentions=(mention(1, "West Bank"), mention(2, "Jenin Bank")))  # fmt: skip
    found = {m.location.text: m.place for m in GeoStage(lambda: gazetteer)(article).mentions}  # type: ignore[union-attr]
    assert found["West Bank"] is not None and found["West Bank"].geo_precision == 1
    # A bank the gazetteer lacks, in a town it has, stands in that town: precision 2.
    assert found["Jenin Bank"] is not None and found["Jenin Bank"].geo_precision == 2
