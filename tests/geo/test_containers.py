"""A neighbourhood the gazetteer lacks falls back to the town its sentence names."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from eventwire.geo import GeoStage, MemoryGazetteer, Place
from eventwire.models import Argument, Article, EventMention, Location, Sentence, Span, Token


def _place(pid: str, name: str, feature: str, population: int, lat: float) -> Place:
    return Place(pid, name, "SD", "Sudan", 729, "Khartoum", "", lat, 32.5, feature, population,
                 "test")  # fmt: skip


KHARTOUM = _place("1", "Khartoum", "city", 1_970_000, 15.55)
KHARTOUM_STATE = _place("2", "Khartoum", "admin1", 0, 15.6)
OMDURMAN = _place("3", "Omdurman", "city", 1_200_000, 15.64)
MAYADIN = dataclasses.replace(
    _place("4", "Al Mayadin", "city", 44_000, 35.0), country_iso2="SY", country_name="Syria"
)
GAZETTEER = MemoryGazetteer({
    KHARTOUM: [], KHARTOUM_STATE: [], OMDURMAN: [], MAYADIN: ["Al-Mayadeen"],
})  # fmt: skip


def _article(text: str, places: list[str], mentions: list[tuple[int, str]]) -> Article:
    """``places``: the place entities; ``mentions``: (sentence index, location name)."""
    sentences = []
    for match in re.finditer(r"[^.]+\.", text):
        tokens = tuple(
            Token(w.start(), w.end(), w.group(), w.group(), "X", "dep", 0,
                  "LOC" if any(w.group() in p.split() for p in places) else "")
            for w in re.finditer(r"\w[\w-]*", text)
            if match.start() <= w.start() < match.end()
        )  # fmt: skip
        sentences.append(Sentence(Span(match.start(), match.end()), "fr", tokens))
    found = []
    for i, (index, name) in enumerate(mentions):
        start = text.index(name)
        found.append(EventMention(
            mention_id=f"m{i}", article_id="a", sentence=sentences[index].span,
            trigger=Argument("x", Span(0, 1)), event_type="Explosions/Remote violence",
            sub_event_type="Air/drone strike", disorder_type="Political violence",
            plover="ASSAULT", event_date=date(2023, 10, 18), time_precision=1,
            location=Argument(name, Span(start, start + len(name)), name),
        ))  # fmt: skip
    return Article(article_id="a", origin="t", raw="", raw_format="text", content_hash="h",
                   text=text, sentences=tuple(sentences), mentions=tuple(found))  # fmt: skip


def _places(article: Article) -> list[Location | None]:
    return [m.place for m in GeoStage(lambda: GAZETTEER)(article).mentions]


def test_containers_a_neighbourhood_is_in_the_town_its_sentence_names_for_every_mention() -> None:
    text = (
        "Une frappe a touché le marché du quartier de Mayo, dans le sud de Khartoum. "
        "Le bilan du quartier de Mayo est de 15 morts. Des obus sont tombés sur Omdurman."
    )
    article = _article(text, ["Mayo", "Khartoum", "Omdurman"],
                       [(0, "quartier de Mayo"), (1, "quartier de Mayo"), (2, "Omdurman")])  # fmt: skip
    mayo, toll, omdurman = _places(article)
    assert mayo is not None and (mayo.name, mayo.feature, mayo.geo_precision) == (
        "Khartoum",
        "city",
        2,
    )
    assert toll == mayo  # the toll told later is the same incident's: same place
    assert omdurman is not None and omdurman.geo_precision == 1


def test_containers_an_outlet_named_like_a_town_is_never_the_container() -> None:
    text = "Deux journalistes de la chaîne Al-Mayadeen ont été tués à Tayr Harfa."
    article = _article(text, ["Al-Mayadeen", "Tayr", "Harfa"], [(0, "Tayr Harfa")])
    assert _places(article) == [None]


def test_containers_a_place_inside_who_gives_the_account_is_never_the_container() -> None:
    text = "Des obus sont tombés sur le quartier de Mayo, visant selon Omdurman des positions."
    article = _article(text, ["Mayo", "Omdurman"], [(0, "quartier de Mayo")])
    claimant = "Omdurman des positions"
    start = text.index(claimant)
    (mention,) = article.mentions
    told = dataclasses.replace(
        mention, claimed_by=claimant,
        evidence=(Argument(claimant, Span(start, start + len(claimant))),),
    )  # fmt: skip
    assert _places(dataclasses.replace(article, mentions=(told,))) == [None]
    # Without the account, the town its sentence names contains it.
    assert _places(article)[0] is not None


BAHRI = _place("5", "Bahri", "admin2", 0, 15.65)
KARARI = _place("6", "Karari", "admin2", 0, 15.7)
KARARI_TOWN = _place("7", "Karari", "city", 60_000, 15.71)


def _with_districts(article: Article) -> list[Location | None]:
    gazetteer = MemoryGazetteer(
        {KHARTOUM: [], BAHRI: [], KARARI: [], KARARI_TOWN: [], OMDURMAN: []}
    )
    return [m.place for m in GeoStage(lambda: gazetteer)(article).mentions]


def test_containers_a_district_with_no_seat_of_its_name_is_no_container() -> None:
    text = "Des hommes armés ont attaqué le village de Wad Ashana dans le district de Bahri."
    article = _article(text, ["Wad", "Ashana", "Bahri"], [(0, "Wad Ashana")])
    assert _with_districts(article) == [None]


def test_containers_a_district_stands_for_its_seat_named_like_it() -> None:
    text = "Des hommes armés ont attaqué Wad Ashana, dans le district de Karari."
    article = _article(text, ["Wad", "Ashana", "Karari"], [(0, "Wad Ashana")])
    (village,) = _with_districts(article)
    assert village is not None and (village.name, village.feature) == ("Karari", "city")


def test_containers_a_capitalised_dateline_votes_for_the_storys_country() -> None:
    from .test_stage import BENI, BUTEMBO, MASALLY

    gazetteer = MemoryGazetteer({MASALLY: ["Masala"], BENI: [], BUTEMBO: []})
    body = "Des hommes armés ont attaqué Masala. Beni et Butembo ont condamné."

    def place_of(text: str) -> Location | None:
        article = _article(text, ["Beni", "Butembo"], [(0, "Masala")])
        return GeoStage(lambda: gazetteer)(article).mentions[0].place

    # Two Congolese towns named: the small namesake abroad is refused ...
    refused = place_of(body)
    assert refused is None or refused.name != "Masally"
    # ... unless the story was filed from it.
    filed = place_of("MASALLY, 2 mai (AFP) – " + body)
    assert filed is not None and filed.name == "Masally"


def test_containers_a_name_before_a_building_word_is_placed_at_the_articles_town() -> None:
    text = "Des manifestants ont marché sur Khartoum. La police a tiré près du Saad Kishra market."
    article = _article(text, ["Khartoum"], [(0, "Khartoum"), (1, "Saad Kishra")])
    town, market = _places(article)
    assert town is not None and town.geo_precision == 1
    assert market is not None and (market.name, market.geo_precision) == ("Khartoum", 2)


def test_containers_an_elided_word_cut_off_after_a_name_is_put_back() -> None:
    fada = dataclasses.replace(
        _place("8", "Fada N'gourma", "city", 73_000, 12.06), country_iso2="BF"
    )
    gazetteer = MemoryGazetteer({fada: [], KHARTOUM: []})
    text = "Un car a sauté sur une mine près de Fada N'Gourma."
    article = _article(text, ["Fada", "N'Gourma"], [(0, "Fada")])
    (mention,) = GeoStage(lambda: gazetteer)(article).mentions
    assert mention.location is not None and mention.location.text == "Fada N'Gourma"
    assert mention.place is not None and mention.place.name == "Fada N'gourma"


def _parsed(words: list[tuple[str, str, str, int]], location: str) -> Article:
    """An article of one parsed sentence: (text, lemma, pos, head) per word."""
    text = " ".join(w for w, _, _, _ in words) + "."
    tokens, at = [], 0
    for word, lemma, pos, head in words:
        tokens.append(Token(at, at + len(word), word, lemma, pos, "dep", head))
        at += len(word) + 1
    start = text.index(location)
    found = EventMention(
        mention_id="m0", article_id="a", sentence=Span(0, len(text)),
        trigger=Argument("x", Span(0, 1)), event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", disorder_type="Political violence",
        plover="ASSAULT", event_date=date(2024, 6, 11), time_precision=1,
        location=Argument(location, Span(start, start + len(location)), location),
    )  # fmt: skip
    sentence = Sentence(Span(0, len(text)), "fr", tuple(tokens))
    return Article(article_id="a", origin="t", raw="", raw_format="text", content_hash="h",
                   text=text, sentences=(sentence,), mentions=(found,))  # fmt: skip


MOGA = dataclasses.replace(_place("9", "Moga", "city", 163_000, 30.8), country_iso2="IN")
MOCHA = dataclasses.replace(_place("10", "Mocha", "city", 16_800, 13.3), country_iso2="YE")
YEMEN = dataclasses.replace(_place("11", "Yemen", "country", 28_000_000, 15.0), country_iso2="YE")
USA = dataclasses.replace(
    _place("12", "United States", "country", 300_000_000, 39.0), country_iso2="US"
)
MOKA = MemoryGazetteer({MOGA: ["Moka"], MOCHA: ["Moka"], YEMEN: ["yéménite"], USA: ["américaines"]})


def test_containers_a_countrys_adjective_on_the_place_noun_places_the_name_there() -> None:
    # « ont frappé le port yéménite de Moka »: yéménite and Moka both hang on « port ».
    article = _parsed(
        [("ont", "avoir", "AUX", 1), ("frappé", "frapper", "VERB", 1), ("le", "le", "DET", 3),
         ("port", "port", "NOUN", 1), ("yéménite", "yéménite", "ADJ", 3), ("de", "de", "ADP", 6),
         ("Moka", "Moka", "PROPN", 3)],
        "Moka",
    )  # fmt: skip
    (mention,) = GeoStage(lambda: MOKA)(article).mentions
    assert mention.place is not None and mention.place.gazetteer_id == "10"  # Mocha, Yemen


def test_containers_an_adjective_on_the_incident_is_no_country_of_its_place() -> None:
    # « des frappes américaines sur Moka »: the adjective is the strikes', not Moka's.
    article = _parsed(
        [("des", "un", "DET", 1), ("frappes", "frappe", "NOUN", 1),
         ("américaines", "américain", "ADJ", 1), ("sur", "sur", "ADP", 4),
         ("Moka", "Moka", "PROPN", 1)],
        "Moka",
    )  # fmt: skip
    (mention,) = GeoStage(lambda: MOKA)(article).mentions
    assert mention.place is not None and mention.place.gazetteer_id == "9"  # by size alone


def test_containers_a_region_named_beside_a_town_of_it_is_the_town() -> None:
    text = "Des obus sont tombés sur Omdurman, dans l'État de Khartoum."
    article = _article(text, ["Omdurman"], [(0, "État de Khartoum")])
    (region,) = _places(article)
    assert region is not None and (region.name, region.geo_precision) == ("Omdurman", 2)


def test_containers_a_region_keeps_its_place_beside_a_town_of_another() -> None:
    text = "Des obus sont tombés sur Al Mayadin, dans l'État de Khartoum."
    article = _article(text, ["Al", "Mayadin"], [(0, "État de Khartoum")])
    (region,) = _places(article)
    assert region is not None and (region.feature, region.geo_precision) == ("admin1", 3)


def test_containers_a_district_named_after_its_town_is_no_part_of_another_town() -> None:
    # « district de Kassala » beside Aroma, a town of Kassala's state: the district
    # around Kassala, not a part of Khartoum, named first.
    kassala = dataclasses.replace(_place("9", "Kassala", "city", 400_000, 14.0), admin1="Kassala")
    aroma = dataclasses.replace(_place("10", "Aroma", "city", 30_000, 14.1), admin1="Kassala")
    text = (
        "Un drone a frappé Khartoum. La veille, trois drones ont été abattus au-dessus du "
        "district de Kassala. Aroma a été visée."
    )
    article = _article(
        text, ["Khartoum", "Kassala", "Aroma"], [(0, "Khartoum"), (1, "Kassala"), (2, "Aroma")]
    )
    gazetteer = MemoryGazetteer({KHARTOUM: [], kassala: [], aroma: []})
    _, placed, _ = [m.place for m in GeoStage(lambda: gazetteer)(article).mentions]
    assert placed is not None and placed.name == "Kassala"
    # Alone in its state, the name after « district de » is a part of the story's town.
    article = _article(text.replace(" Aroma a été visée.", ""), ["Khartoum", "Kassala"],
                       [(0, "Khartoum"), (1, "Kassala")])  # fmt: skip
    gazetteer = MemoryGazetteer({KHARTOUM: [], kassala: []})
    _, placed = [m.place for m in GeoStage(lambda: gazetteer)(article).mentions]
    assert placed is not None and placed.name == "Khartoum"


def test_containers_a_neighbourhood_left_unnamed_is_in_the_town_after_it() -> None:
    # « un quartier de Omdurman » is in Omdurman, the place; « le quartier de Mayo »
    # is the neighbourhood named Mayo (test above), never the story's other town.
    kassala = _place("9", "Kassala", "city", 400_000, 14.0)
    gazetteer = MemoryGazetteer({OMDURMAN: [], kassala: []})
    text = "Des obus sont tombés sur Kassala. Un missile a frappé un quartier de Omdurman."
    article = _article(text, ["Kassala", "Omdurman"], [(0, "Kassala"), (1, "Omdurman")])
    _, placed = [m.place for m in GeoStage(lambda: gazetteer)(article).mentions]
    assert placed is not None and placed.name == "Omdurman"


def test_containers_a_country_named_beside_a_town_of_it_is_the_town() -> None:
    sudan = Place("9", "Sudan", "SD", "Sudan", 729, "", "", 15.0, 30.0, "country", 0, "test")
    gazetteer = MemoryGazetteer({KHARTOUM: [], OMDURMAN: [], sudan: ["Soudan"]})
    text = "Une attaque du Front pour la paix au Soudan a visé la sortie nord de Omdurman."
    article = _article(text, ["Soudan", "Omdurman"], [(0, "Soudan")])
    (placed,) = [m.place for m in GeoStage(lambda: gazetteer)(article).mentions]
    assert placed is not None and (placed.name, placed.geo_precision) == ("Omdurman", 2)
