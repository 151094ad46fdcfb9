"""Quantities in news text: digits and words, bounds, ranges, vague amounts, zeros, skips."""

from __future__ import annotations

import pytest

from eventwire.errors import DataFileError
from eventwire.extract.numbers import Quantity, QuantityFinder, make_quantity_finder


@pytest.fixture(scope="module")
def finder() -> QuantityFinder:
    return make_quantity_finder()


def only(finder: QuantityFinder, text: str, language: str) -> Quantity:
    found = finder.find(text, language)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("fr", "Les raids ont fait trois martyrs à Tal Afar.", "trois", 3),
        ("fr", "Deux combattants ont été tués mardi.", "Deux", 2),
        ("fr", "Le bilan s'élève à vingt-trois morts.", "vingt-trois", 23),
        ("fr", "Quatre-vingt-dix-sept familles ont fui.", "Quatre-vingt-dix-sept", 97),
        ("fr", "Vingt et un soldats ont péri.", "Vingt et un", 21),
        ("fr", "Deux mille cinq cents soldats ont été déployés.", "Deux mille cinq cents", 2500),
        ("fr", "Un soldat a été tué par balle.", "Un", 1),
        ("en", "Twenty-three people died in the blast.", "Twenty-three", 23),
        ("en", "Two soldiers were killed on Tuesday.", "Two", 2),
        ("en", "One hundred and five homes were destroyed.", "One hundred and five", 105),
        ("en", "Gunmen killed a hundred villagers.", "a hundred", 100),
        ("en", "Clashes left two dozen fighters dead.", "two dozen", 24),
        ("en", "Clashes left 6 dead.", "6", 6),
        ("es", "Veintitrés personas murieron en el ataque.", "Veintitrés", 23),
    ],
)  # fmt: skip
def test_numbers_reads_counts_in_words_and_digits(
    finder: QuantityFinder, language: str, text: str, expression: str, value: int
) -> None:
    assert only(finder, text, language) == Quantity(
        text.index(expression), text.index(expression) + len(expression), expression,
        value, value, value,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("fr", "Le convoi de 2 500 soldats est arrivé.", "2 500", 2500),
        ("fr", "Le convoi de 2\u202f500 soldats est arrivé.", "2\u202f500", 2500),
        ("fr", "Le convoi de 2\u00a0500 soldats est arrivé.", "2\u00a0500", 2500),
        ("fr", "Le convoi de 2.500 soldats est arrivé.", "2.500", 2500),
        ("en", "A convoy of 2,500 troops arrived.", "2,500", 2500),
        ("en", "Officials counted 1,200,000 displaced.", "1,200,000", 1_200_000),
        ("fr", "Le conflit a fait 1,5 million de déplacés.", "1,5 million", 1_500_000),
        ("en", "The toll is 1000000000000, the ministry said.", "1000000000000", 10**12),
    ],
)  # fmt: skip
def test_numbers_reads_thousand_separators_and_absurd_values_as_stated(
    finder: QuantityFinder, language: str, text: str, expression: str, value: int
) -> None:
    quantity = only(finder, text, language)
    assert (quantity.text, quantity.value) == (expression, value)
    assert text[quantity.start : quantity.end] == expression


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The drone fell 2.5 km from the base."),
        ("fr", "Le drone est tombé à 1,5 km de la base."),
        ("en", "The attack took place in 2024."),
        ("fr", "L'attaque a eu lieu en 2024."),
        ("fr", "Le 14 mars, des tirs ont visé la base."),
        ("en", "On March 14, 2024, the base was hit."),
        ("fr", "L'explosion s'est produite à 14h30."),
        ("fr", "L'explosion s'est produite à 14 h 30."),
        ("en", "The explosion happened at 10:30."),
        ("en", "The explosion happened on 2024-03-14."),
        ("en", "Turnout fell to 40 % in the city."),
        ("en", "M23 rebels seized the town."),
        ("en", "An F-16 crashed near the border."),
        ("en", "A 20-year-old man was arrested."),
        ("en", "It was the 10th attack on the base."),
        ("fr", "C'était le 1er attentat."),
        ("en", "Violence rose from 2019 to 2023."),
        ("fr", "Le code 123456789012345678901234567890 circulait."),
    ],
)  # fmt: skip
def test_numbers_skips_decimals_years_dates_times_and_identifiers(
    finder: QuantityFinder, language: str, text: str
) -> None:
    counts = [q for q in finder.find(text, language) if q.text.lower() not in ("un", "a")]
    assert counts == []


@pytest.mark.parametrize(
    ("language", "text", "expression", "value", "low", "high"),
    [
        ("fr", "Au moins six combattants ont été tués.", "Au moins six", 6, 6, None),
        ("fr", "Il y a eu plus de 20 morts.", "plus de 20", 20, 20, None),
        ("fr", "Plus d'une dizaine de civils ont péri.", "Plus d'une dizaine", 10, 10, None),
        ("fr", "Jusqu’à 8 personnes ont été tuées.", "Jusqu’à 8", 8, None, 8),
        ("en", "More than 40 attacks were recorded.", "More than 40", 40, 40, None),
        ("en", "The blast killed at least 12 people.", "at least 12", 12, 12, None),
        ("en", "Upwards of 300 people fled.", "Upwards of 300", 300, 300, None),
        ("en", "Up to 300 people fled.", "Up to 300", 300, None, 300),
        ("en", "As many as forty fighters died.", "As many as forty", 40, None, 40),
        ("en", "The raid killed 20 or more.", "20 or more", 20, 20, None),
        ("es", "Al menos veintitrés muertos.", "Al menos veintitrés", 23, 23, None),
    ],
)  # fmt: skip
def test_numbers_bounds_keep_the_stated_figure_as_value(
    finder: QuantityFinder,
    language: str,
    text: str,
    expression: str,
    value: int,
    low: int | None,
    high: int | None,
) -> None:
    quantity = only(finder, text, language)
    assert (quantity.text, quantity.value, quantity.low, quantity.high) == (
        expression, value, low, high,
    )  # fmt: skip
    assert not quantity.approximate


@pytest.mark.parametrize(
    ("language", "text", "expression", "low", "high"),
    [
        ("fr", "Entre 5 et 8 soldats ont été tués.", "Entre 5 et 8", 5, 8),
        ("fr", "Le bilan est de 5 à 8 morts.", "de 5 à 8", 5, 8),
        ("fr", "On compte 5 à 8 morts.", "5 à 8", 5, 8),
        ("fr", "Cinq ou six maisons ont brûlé.", "Cinq ou six", 5, 6),
        ("fr", "Entre vingt et trente blessés.", "Entre vingt et trente", 20, 30),
        ("en", "Between five and eight people died.", "Between five and eight", 5, 8),
        ("en", "The shelling killed 5 to 8 civilians.", "5 to 8", 5, 8),
        ("en", "The shelling killed 5-8 civilians.", "5-8", 5, 8),
        ("en", "The shelling killed 5–8 civilians.", "5–8", 5, 8),
        ("es", "Entre 5 y 8 muertos.", "Entre 5 y 8", 5, 8),
    ],
)  # fmt: skip
def test_numbers_ranges_code_their_low_end(
    finder: QuantityFinder, language: str, text: str, expression: str, low: int, high: int
) -> None:
    quantity = only(finder, text, language)
    assert (quantity.text, quantity.value, quantity.low, quantity.high) == (
        expression, low, low, high,
    )  # fmt: skip


def test_numbers_descending_digit_pair_is_two_numbers_not_a_range(finder: QuantityFinder) -> None:
    assert [q.value for q in finder.find("The final score was 3-1.", "en")] == [3, 1]


@pytest.mark.parametrize(
    ("language", "text", "expression", "value", "low", "high"),
    [
        ("fr", "Une dizaine de blessés ont été évacués.", "Une dizaine", 10, None, None),
        ("fr", "Une vingtaine de maisons ont brûlé.", "Une vingtaine", 20, None, None),
        ("fr", "Une centaine de manifestants.", "Une centaine", 100, None, None),
        ("fr", "Des dizaines de morts.", "Des dizaines", 10, 10, None),
        ("fr", "Des centaines de déplacés.", "Des centaines", 100, 100, None),
        ("fr", "Plusieurs dizaines de blessés.", "Plusieurs dizaines", 10, 10, None),
        ("fr", "Des dizaines de milliers ont fui.", "Des dizaines de milliers", 10**4, 10**4, None),
        ("en", "Dozens of civilians were killed.", "Dozens", 12, 12, None),
        ("en", "Scores of people were wounded.", "Scores", 20, 20, None),
        ("en", "Hundreds fled the town.", "Hundreds", 100, 100, None),
        ("en", "Tens of thousands fled.", "Tens of thousands", 10_000, 10_000, None),
        ("en", "A dozen soldiers died.", "A dozen", 12, None, None),
        ("en", "More than a dozen soldiers died.", "More than a dozen", 12, 12, None),
        ("es", "Decenas de muertos.", "Decenas", 10, 10, None),
    ],
)  # fmt: skip
def test_numbers_vague_amounts_take_acled_values(
    finder: QuantityFinder,
    language: str,
    text: str,
    expression: str,
    value: int,
    low: int | None,
    high: int | None,
) -> None:
    quantity = only(finder, text, language)
    assert (quantity.text, quantity.value, quantity.low, quantity.high) == (
        expression, value, low, high,
    )  # fmt: skip
    assert quantity.vague


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("fr", "Près de 50 personnes ont été tuées.", "Près de 50", 50),
        ("fr", "Environ trois cents familles ont fui.", "Environ trois cents", 300),
        ("en", "Nearly 50 people were killed.", "Nearly 50", 50),
        ("en", "About a dozen soldiers died.", "About a dozen", 12),
        ("en", "Some 200 people were arrested.", "Some 200", 200),
    ],
)  # fmt: skip
def test_numbers_approximate_amounts_have_no_bounds(
    finder: QuantityFinder, language: str, text: str, expression: str, value: int
) -> None:
    quantity = only(finder, text, language)
    assert (quantity.text, quantity.value, quantity.low, quantity.high) == (
        expression, value, None, None,
    )  # fmt: skip
    assert quantity.approximate


@pytest.mark.parametrize(
    ("language", "text", "expression"),
    [
        ("fr", "Aucun blessé n'est à déplorer.", "Aucun"),
        ("fr", "Pas une seule victime.", "Pas une seule"),
        ("en", "There were no casualties.", "no"),
        ("en", "No one was hurt in the blast.", "No one"),
        ("en", "Not a single shot was fired.", "Not a single"),
        ("es", "Ningún herido.", "Ningún"),
    ],
)  # fmt: skip
def test_numbers_zero_phrases_are_zero(
    finder: QuantityFinder, language: str, text: str, expression: str
) -> None:
    quantity = only(finder, text, language)
    assert (quantity.text, quantity.value, quantity.low, quantity.high) == (expression, 0, 0, 0)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Militants attacked, killing two, wounding eight.", [("two", 2), ("eight", 8)]),
        ("fr", "Au moins six morts, une dizaine de blessés.",
         [("Au moins six", 6), ("une dizaine", 10)]),
        ("en", "A soldier and a hundred civilians.", [("a hundred", 100)]),
        ("en", "Twenty may have died.", [("Twenty", 20)]),
    ],
)  # fmt: skip
def test_numbers_several_quantities_keep_their_own_spans(
    finder: QuantityFinder, language: str, text: str, expected: list[tuple[str, int]]
) -> None:
    found = finder.find(text, language)
    assert [(q.text, q.value) for q in found] == expected
    assert all(text[q.start : q.end] == q.text for q in found)
    assert [q.start for q in found] == sorted(q.start for q in found)


def test_numbers_unknown_language_finds_nothing(finder: QuantityFinder) -> None:
    assert finder.find("trois morts", "xx") == []


@pytest.mark.parametrize(
    "text",
    [
        "9" * 100_000,
        "a" * 100_000,
        "1+" * 50_000,
        "1,000" * 20_000,
        "1-" * 50_000,
        "vingt-" * 16_000 + "trois",
        "’" * 100_000,
        "à" + "1a" * 50_000,
    ],
    ids=["digits", "letters", "plus", "grouped", "dashes", "hyphens", "quotes", "mixed"],
)  # fmt: skip
def test_numbers_100k_characters_without_spaces_read_nothing(
    finder: QuantityFinder, text: str
) -> None:
    # How fast: benchmarks/worst_case.py times these same inputs.
    assert all(len(q.text) < 100 for q in finder.find(text, "fr"))


def test_numbers_100k_characters_of_news_prose_are_all_read(finder: QuantityFinder) -> None:
    sentence = "Au moins six combattants et 2 500 civils, entre 5 et 8 morts, le 14 mars 2024. "
    text = (sentence * (100_000 // len(sentence) + 1))[:100_000]
    found = finder.find(text, "fr")
    assert [q.text for q in found[:3]] == ["Au moins six", "2 500", "entre 5 et 8"]


def test_numbers_long_unspaced_run_is_skipped_but_its_neighbours_are_read(
    finder: QuantityFinder,
) -> None:
    text = "https://example.org/" + "x" * 200 + " a fait trois morts"
    assert [q.text for q in finder.find(text, "fr")] == ["trois"]


def test_numbers_make_finder_loads_only_requested_languages() -> None:
    finder = make_quantity_finder(["fr", "xx"])
    assert [q.value for q in finder.find("trois martyrs", "fr")] == [3]
    assert finder.find("three martyrs", "en") == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ({"collectives": {"une dizaine": "dix"}}, "should map phrases to counts"),
        ({"zero": ["aucun", 3]}, "should list words or phrases"),
        ({"range_openers": {"entre": ""}}, "should map words to words"),
    ],
)
def test_numbers_bad_data_fails_with_the_file_name(
    content: dict[str, object], message: str
) -> None:
    with pytest.raises(DataFileError, match=rf"data/lang/xx/numbers\.yaml: .*{message}"):
        QuantityFinder({"xx": content})
