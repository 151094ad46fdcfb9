"""Bad input and traps for the geo stage: unknown names, other scripts, outlets named like towns."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.geo import GeoStage, MemoryGazetteer, Place, normalize_name
from eventwire.models import Article, EventMention, Location

from .test_stage import mention


def _place(pid: str, name: str, country: tuple[str, str, int], feature: str = "city",
           admin1: str = "", lat: float | None = 35.0) -> Place:  # fmt: skip
    return Place(pid, name, country[0], country[1], country[2], admin1, "", lat,
                 None if lat is None else 40.0, feature, 10_000, "test")  # fmt: skip


SYRIA, LEBANON = ("SY", "Syria", 760), ("LB", "Lebanon", 422)
MAYADIN = _place("173480", "Al Mayādīn", SYRIA, admin1="Deir ez-Zor")
ABU_KAMAL = _place("174448", "Ālbū Kamāl", SYRIA, admin1="Deir ez-Zor")
DEIR_REGION = _place("170792", "Deir ez-Zor", SYRIA, "admin1", "Deir ez-Zor", lat=35.1)
BINT_JBEIL = _place("277130", "Bint Jbeil", LEBANON, admin1="Nabatieh")
TYRE = _place("267008", "Tyre", LEBANON, admin1="South")
GAZETTEER = MemoryGazetteer({
    MAYADIN: ["Al Mayadin", "Al-Mayadeen", "Mayadine", "Mayadeen", "الميادين"],
    ABU_KAMAL: ["Abu Kamal", "Boukamal"], DEIR_REGION: ["Deir ez-Zor province"],
    BINT_JBEIL: ["Bint Jbeil"], TYRE: ["Tyr"],
})  # fmt: skip


def _resolve(article: Article) -> list[Location | None]:
    return [m.place for m in GeoStage(lambda: GAZETTEER)(article).mentions]


def _by_hand(*mentions: EventMention) -> dict[str, Location | None]:
    article = Article(article_id="a", origin="t", raw="", raw_format="text", content_hash="h",
                      mentions=mentions)  # fmt: skip
    done = GeoStage(lambda: GAZETTEER)(article).mentions
    return {m.location.text: m.place for m in done if m.location}


def test_traps_unknown_name_keeps_the_article_country_and_no_point() -> None:
    found = _by_hand(mention(1, "Kfar Shouba"), mention(2, "Bint Jbeil"), mention(3, "Tyr"))
    shouba = found["Kfar Shouba"]
    assert shouba is not None
    assert (shouba.country, shouba.iso, shouba.geo_precision) == ("Lebanon", 422, 3)
    assert (shouba.latitude, shouba.longitude, shouba.admin1) == (None, None, "")


def test_traps_unknown_name_takes_the_one_region_the_article_names() -> None:
    found = _by_hand(mention(1, "Hajin"), mention(2, "Boukamal"),
                     mention(3, "Deir ez-Zor province", value=""))  # fmt: skip
    hajin = found["Hajin"]
    assert hajin is not None and (hajin.country, hajin.admin1, hajin.geo_precision) == (
        "Syria", "Deir ez-Zor", 3,
    )  # fmt: skip
    assert hajin.latitude == 35.1  # the region's own point, not an invented town


def test_traps_unknown_name_without_one_clear_country_stays_unresolved() -> None:
    assert _by_hand(mention(1, "Kfar Shouba"))["Kfar Shouba"] is None
    assert _by_hand(mention(1, "Kfar Shouba"), mention(2, "Tyr"))["Kfar Shouba"] is None
    found = _by_hand(mention(1, "Kfar Shouba"), mention(2, "Bint Jbeil"), mention(3, "Tyr"),
                     mention(4, "Boukamal"), mention(5, "Mayadine"))  # fmt: skip
    assert found["Kfar Shouba"] is None  # Lebanon and Syria: no one country


@pytest.mark.parametrize("name", ["קריית שמונה", "קִרְיַת שְׁמוֹנָה", "Кирьят-Шмона", "🏙️", "\u200f"])
def test_traps_unsupported_script_is_unresolved_cleanly(name: str) -> None:
    normalize_name(name)  # never raises, whatever the script
    assert _by_hand(mention(1, name))[name] is None
    found = _by_hand(mention(1, name), mention(2, "Bint Jbeil"), mention(3, "Tyr"))
    assert found[name] is not None and found[name].latitude is None  # country only


@pytest.mark.model
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Deux combattants ont été tués lundi dans une frappe israélienne, "
               "selon la chaîne Al Mayadeen."),
        ("fr", "Selon Al Mayadeen, une frappe de drone a tué trois combattants lundi."),
        ("fr", "Une frappe israélienne a tué deux personnes lundi, a rapporté Al Mayadeen."),
        ("en", "A drone strike killed three fighters on Monday, Al Mayadeen reported."),
        ("en", "A drone strike killed three fighters on Monday, a commander told Al Mayadeen."),
        ("en", "Al Mayadeen's correspondent said a drone strike killed two fighters on Monday."),
    ],
)  # fmt: skip
def test_traps_an_outlet_cited_is_never_the_event_place(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]], language: str, text: str
) -> None:
    article, mentions = extract(text, language)
    assert mentions
    assert all(m.location is None or "Mayadeen" not in m.location.text for m in mentions)
    assert all(place is None for place in _resolve(article))


@pytest.mark.model
@pytest.mark.parametrize(
    ("language", "text", "named"),
    [
        ("fr", "Une frappe de drone a tué trois combattants lundi à Mayadine, selon Al Mayadeen.",
         "Mayadine"),
        ("en", "A drone strike killed three fighters in Al Mayadin on Monday, "
               "a commander told Al Mayadeen.", "Al Mayadin"),
        ("en", "A drone strike hit Al Mayadin on Monday, killing three fighters.", "Al Mayadin"),
    ],
)  # fmt: skip
def test_traps_the_town_named_like_an_outlet_is_still_the_place(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
    language: str,
    text: str,
    named: str,
) -> None:
    article, (mention_,) = extract(text, language)
    assert mention_.location is not None and mention_.location.value == named
    (place,) = _resolve(article)
    assert place is not None and (place.gazetteer_id, place.geo_precision) == ("173480", 1)


UKRAINE, IRAQ = ("UA", "Ukraine", 804), ("IQ", "Iraq", 368)
ODESA = _place("698740", "Odesa", UKRAINE, admin1="Odeska oblast", lat=46.49)
PRYMORSKYI_FAR = _place("8", "Prymorskyi", UKRAINE, admin1="Donetska oblast", lat=47.07)
DUHOK = _place("94787", "Duhok", IRAQ, admin1="Duhok", lat=36.87)
DUHOK_REGION = _place("94788", "Duhok", IRAQ, "admin1", "Duhok", lat=36.9)
AMEDI = _place("99999", "Amedi", IRAQ, admin1="Duhok", lat=37.4)  # 59 km from Duhok
PARTS = MemoryGazetteer({
    ODESA: ["Odessa"], PRYMORSKYI_FAR: [], DUHOK: [], DUHOK_REGION: [], AMEDI: ["Amadiya"],
})  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "part", "town"),
    [
        ("Russia struck Odesa with a ballistic missile on Monday afternoon, killing ten people. "
         "The missile hit the city's Prymorskyi district, damaging an administrative building.",
         "Prymorskyi", ODESA),
        ("Turkish artillery shelled villages in Duhok province's Amedi district "
         "on Sunday, killing two shepherds.", "Amedi", AMEDI),
    ],
)  # fmt: skip
def test_traps_a_part_of_a_town_is_never_a_namesake_far_away(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
    text: str,
    part: str,
    town: Place,
) -> None:
    # "The city's Prymorskyi district" is Odesa's, not the town of Donetsk oblast
    # 300 km away; "Duhok province's Amedi district" names the district of Amedi.
    article, _mentions = extract(text, "en")
    placed = {
        m.location.text: m.place for m in GeoStage(lambda: PARTS)(article).mentions if m.location
    }
    found = placed[part]
    assert found is not None and found.gazetteer_id == town.id
    assert found.geo_precision == (2 if town is ODESA else 1)


CAMEROON = ("CM", "Cameroon", 120)
BAMENDA = _place("2234359", "Bamenda", CAMEROON, admin1="North-West", lat=5.96)
KUMBO = _place("2229748", "Kumbo", CAMEROON, admin1="North-West", lat=6.7)  # 82 km
NAMED_PARTS = MemoryGazetteer({BAMENDA: [], KUMBO: []})


@pytest.mark.model
def test_traps_the_town_after_a_named_part_is_the_town(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> None:
    # "The Nkwen neighbourhood of Bamenda": the part is named before its part word,
    # so Bamenda is the town, not a part to be moved to the article's other town.
    article, _mentions = extract(
        "Gunmen abducted six teachers from a school in the Nkwen neighbourhood of Bamenda on "
        "Monday. On Tuesday, a roadside bomb killed two soldiers in Kumbo.",
        "en",
    )
    placed = {
        m.location.text: m.place
        for m in GeoStage(lambda: NAMED_PARTS)(article).mentions
        if m.location
    }
    found = placed["Bamenda"]
    assert found is not None and found.gazetteer_id == BAMENDA.id
