"""Conflict regions named in French, English and transliterated Arabic, on the default index.

Each name must find its first-level region (or curated region) among its candidates,
and, chosen beside the country the story names, be placed in that region.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from eventwire.geo import Gazetteer, load_place_words, locate_names, lookup_place
from eventwire.settings import load_settings

pytestmark = pytest.mark.slow  # may build the default index (about 40 s)

REGION_KINDS = frozenset({"admin1", "region"})

# (name as the press writes it, the country the story names, ISO 3166-1 alpha-2 and
# admin1 of the region as the index names it).
CASES = [
    ("Darfour-Nord", "Soudan", "SD", "North Darfur"),
    ("Nord-Darfour", "Soudan", "SD", "North Darfur"),
    ("North Darfur", "Sudan", "SD", "North Darfur"),
    ("Darfour-Sud", "Soudan", "SD", "South Darfur"),
    ("Darfour-Occidental", "Soudan", "SD", "West Darfur"),
    ("Kordofan-Sud", "Soudan", "SD", "South Kordofan"),
    ("Kordofan du Sud", "Soudan", "SD", "South Kordofan"),
    ("South Kordofan", "Sudan", "SD", "South Kordofan"),
    ("Nil-Bleu", "Soudan", "SD", "Blue Nile"),
    ("Blue Nile", "Sudan", "SD", "Blue Nile"),
    ("Kordofan", "Soudan", "SD", "Kordofan"),
    ("Darfour", "Soudan", "SD", "Darfur"),
    ("Kivu-Nord", "RDC", "CD", "Nord-Kivu"),
    ("Nord-Kivu", "RDC", "CD", "Nord-Kivu"),
    ("North Kivu", "DRC", "CD", "Nord-Kivu"),
    ("Kivu-Sud", "RDC", "CD", "Sud-Kivu"),
    ("Haut-Uele", "RDC", "CD", "Haut-Uélé"),
    ("Centre-Nord", "Burkina Faso", "BF", "Centre-Nord"),
    ("Boucle du Mouhoun", "Burkina Faso", "BF", "Boucle du Mouhoun"),
    ("Tillabéri", "Niger", "NE", "Tillabéri"),
    ("Tillaberi", "Niger", "NE", "Tillabéri"),
    ("Ménaka", "Mali", "ML", "Ménaka"),
    ("Tombouctou", "Mali", "ML", "Tombouctou"),
    ("Cisjordanie", "Israël", "PS", "West Bank"),
    ("West Bank", "Israel", "PS", "West Bank"),
    ("bande de Gaza", "Israël", "PS", "Gaza Strip"),
    ("Gaza Strip", "Israel", "PS", "Gaza Strip"),
    ("Liban-Sud", "Liban", "LB", "Al Janūb"),
    ("Sud-Liban", "Liban", "LB", "Al Janūb"),
    ("rural Homs", "Syria", "SY", "Ḩimş"),
    ("campagne de Homs", "Syrie", "SY", "Ḩimş"),
    ("Homs countryside", "Syria", "SY", "Ḩimş"),
    ("province de Deir Ezzor", "Syrie", "SY", "Dayr az Zawr"),
    ("province de Deir al-Zour", "Syrie", "SY", "Dayr az Zawr"),
    ("Deir ez-Zor province", "Syria", "SY", "Dayr az Zawr"),
    ("province d'Alep", "Syrie", "SY", "Ḩalab"),
    ("province de Kirkouk", "Irak", "IQ", "Kirkūk"),
    ("province de Babel", "Irak", "IQ", "Bābil"),
    ("province de Ninive", "Irak", "IQ", "Nīnawá"),
    ("Salaheddine", "Irak", "IQ", "Şalāḩ ad Dīn"),
    ("Taiz province", "Yemen", "YE", "Tāʻizz"),
    ("Belgorod Region", "Russia", "RU", "Belgorodskaya oblast'"),
    ("région de Koursk", "Russie", "RU", "Kurskaya oblast'"),
]


@pytest.fixture(scope="module")
def gazetteer() -> Iterator[Gazetteer]:
    with Gazetteer.open(load_settings()) as g:
        yield g


@pytest.mark.parametrize(("name", "country", "iso2", "admin1"), CASES)
def test_region_names_find_and_place_the_region(
    gazetteer: Gazetteer, name: str, country: str, iso2: str, admin1: str
) -> None:
    words = load_place_words()
    regions = [
        (p.country_iso2, p.admin1)
        for p in lookup_place(gazetteer, name, words)
        if p.feature in REGION_KINDS
    ]
    assert (iso2, admin1) in regions, regions
    _, chosen = locate_names(gazetteer, [name, country], [name, country], words=words)
    place = chosen[name]
    assert place is not None
    assert (place.country_iso2, place.admin1) == (iso2, admin1)


@pytest.mark.parametrize("name", ["province de Mossoul", "province de Nyala", "région de Djibo"])
def test_region_names_town_not_named_like_its_region_names_none(
    gazetteer: Gazetteer, name: str
) -> None:
    # Mosul is Nineveh's seat, Nyala South Darfur's, Djibo in the Sahel region: a
    # region the town lies in but is not named after is not what the name says.
    assert lookup_place(gazetteer, name, load_place_words()) == []


@pytest.mark.parametrize(
    ("name", "others", "admin1"),
    [
        ("Aïta al-Chaab", ["Bint Jbeil", "Liban"], "Nabatieh"),
        ("Ayta ash-Shab", ["Lebanon"], "Nabatieh"),
        ("Kfar Rummane", ["Nabatieh", "Lebanon"], "Nabatieh"),
        ("Chebaa", ["Liban", "Israël"], "Nabatieh"),  # not Sha'ab, Israel, by sound
        ("Rmeish", ["Lebanon", "Israel"], "Nabatieh"),  # not 'Aramsha, Israel
        ("Shujaiya", ["Gaza", "Israel"], "Gaza Strip"),
        ("Tal as-Sultan", ["Rafah", "Israel"], "Gaza Strip"),
        ("Kiwanja", ["Rutshuru", "Goma"], "Nord-Kivu"),
        ("Sévaré", ["Mopti", "Mali"], "Mopti"),
        ("Jebel Aulia", ["Omdurman", "Soudan"], "Khartoum"),
        ("Khartoum Bahri", ["Omdurman", "Sudan"], "Khartoum"),
        ("Robotyne", ["Orikhiv", "Ukraine"], "Zaporizhzhia Oblast"),  # not Rybotyn by sound
    ],
)
def test_region_names_front_villages_the_city_list_lacks_are_placed(
    gazetteer: Gazetteer, name: str, others: list[str], admin1: str
) -> None:
    names = [name, *others]
    place = locate_names(gazetteer, names, names, words=load_place_words())[1][name]
    assert place is not None and place.admin1 == admin1 and place.latitude is not None
