"""Time expressions: found in French and English text, resolved against the publication date."""

from __future__ import annotations

import timeit
from datetime import date
from typing import Any

import pytest

from eventwire.errors import DataFileError
from eventwire.extract.dates import (
    DateResolver,
    ResolvedDate,
    TimeExpression,
    make_date_resolver,
)

WEDNESDAY = date(2024, 2, 7)  # the publication date of most cases below
SATURDAY = date(2024, 2, 10)


@pytest.fixture(scope="module")
def resolver() -> DateResolver:
    return make_date_resolver()


def only(resolver: DateResolver, text: str, language: str) -> TimeExpression:
    found = resolver.find(text, language)
    assert len(found) == 1, found
    return found[0]


def resolve(
    resolver: DateResolver,
    text: str,
    language: str,
    published: date | None = WEDNESDAY,
    precision: str | None = "day",
) -> ResolvedDate:
    return resolver.resolve(only(resolver, text, language), published, precision)


RESOLVED: list[tuple[str, str, date, int]] = [
    # A weekday: the most recent such day on or before publication.
    ("fr", "Des drones ont frappé la base mardi.", date(2024, 2, 6), 1),
    ("fr", "L'attaque a eu lieu mercredi.", date(2024, 2, 7), 1),
    ("fr", "Un raid tôt mercredi a visé le dépôt.", date(2024, 2, 7), 1),
    ("fr", "Les tirs ont repris jeudi soir.", date(2024, 2, 1), 1),
    ("fr", "Des heurts ont éclaté samedi dernier.", date(2024, 2, 3), 1),
    ("fr", "Dans la nuit de dimanche à lundi, une roquette est tombée.", date(2024, 2, 4), 1),
    # A night dated by the day it ended is coded on the day it began.
    ("fr", "Dans la nuit de dimanche à lundi 5 février, une roquette est tombée.", date(2024, 2, 4), 1),
    ("fr", "Dans la nuit du dimanche 4 au lundi 5 février, une roquette est tombée.", date(2024, 2, 4), 1),
    ("en", "Drones struck the city in the night from Monday to Tuesday.", date(2024, 2, 5), 1),
    ("en", "Drones struck the base late on Tuesday.", date(2024, 2, 6), 1),
    ("en", "The convoy was hit early Wednesday.", date(2024, 2, 7), 1),
    ("en", "Shelling resumed on Friday.", date(2024, 2, 2), 1),
    ("en", "Clashes broke out Thursday night.", date(2024, 2, 1), 1),
    ("en", "Protesters gathered last Saturday.", date(2024, 2, 3), 1),
    ("en", "Rockets hit the base last Wednesday.", date(2024, 1, 31), 1),
    ("en", "Shelling continued Sunday night into Monday.", date(2024, 2, 4), 1),
    ("es", "Los drones atacaron la base el martes.", date(2024, 2, 6), 1),
    ("es", "Hubo enfrentamientos el sábado pasado.", date(2024, 2, 3), 1),
    ("es", "En la madrugada del domingo cayó un cohete.", date(2024, 2, 4), 1),
    # Days relative to publication.
    ("fr", "Le bilan a été publié hier.", date(2024, 2, 6), 1),
    ("fr", "L'embuscade remonte à avant-hier.", date(2024, 2, 5), 1),
    ("fr", "Aujourd’hui, deux soldats ont été tués.", date(2024, 2, 7), 1),
    ("fr", "Aujourd'hui, deux soldats ont été tués.", date(2024, 2, 7), 1),
    ("fr", "Une frappe a visé le marché ce matin.", date(2024, 2, 7), 1),
    ("fr", "Le camp a été attaqué il y a deux jours.", date(2024, 2, 5), 1),
    ("fr", "Le camp a été attaqué il y a 3 jours.", date(2024, 2, 4), 1),
    ("en", "The toll was released yesterday.", date(2024, 2, 6), 1),
    ("en", "It happened the day before yesterday.", date(2024, 2, 5), 1),
    ("en", "Today, two soldiers were killed.", date(2024, 2, 7), 1),
    ("en", "A strike hit the market this morning.", date(2024, 2, 7), 1),
    ("en", "The camp was attacked two days ago.", date(2024, 2, 5), 1),
    ("en", "Gunmen attacked overnight.", date(2024, 2, 6), 1),  # the night just ended began the day before
    ("en", "Gunmen attacked last night.", date(2024, 2, 6), 1),
    ("es", "El balance se publicó ayer.", date(2024, 2, 6), 1),
    ("es", "El campamento fue atacado hace dos días.", date(2024, 2, 5), 1),
    # Day and month: the publication year, or the year before if still to come.
    ("fr", "Le 2 février, un drone a frappé.", date(2024, 2, 2), 1),
    ("fr", "Le 12 décembre, un drone a frappé.", date(2023, 12, 12), 1),
    ("fr", "Depuis le 1er février, les combats continuent.", date(2024, 2, 1), 1),
    ("en", "A drone struck on February 2.", date(2024, 2, 2), 1),
    ("en", "A drone struck on 2 February.", date(2024, 2, 2), 1),
    ("en", "A drone struck on Feb. 2 near the border.", date(2024, 2, 2), 1),
    ("en", "Fighting has raged since March 2.", date(2023, 3, 2), 1),
    # Full explicit dates.
    ("fr", "L'attaque du 2 février 2024 a fait six morts.", date(2024, 2, 2), 1),
    ("fr", "Publié le 05/02/2024.", date(2024, 2, 5), 1),
    ("en", "The attack on February 2, 2024 killed six.", date(2024, 2, 2), 1),
    ("en", "The attack on 2 February 2024 killed six.", date(2024, 2, 2), 1),
    ("en", "Dated 2024-02-02T10:15:00Z.", date(2024, 2, 2), 1),
    ("en", "Filed 2023-11-30.", date(2023, 11, 30), 1),
    # A night across two dates: the day it began (ACLED), not the later date.
    ("en", "On the night of 5-6 February 2024, a drone struck.", date(2024, 2, 5), 1),
    ("en", "During the night of 30–31 January, shells fell.", date(2024, 1, 30), 1),
    ("en", "On the night of 10/11 January 2024, troops raided a hideout.", date(2024, 1, 10), 1),
    ("en", "On 12 February 2023, a drone struck.", date(2023, 2, 12), 1),
    # A range of days in one month: its first day.
    ("en", "Snipers killed 11 people on 2 and 3 February 2024.", date(2024, 2, 2), 1),
    ("en", "Clashes went on between 20-22 January.", date(2024, 1, 20), 1),
    ("fr", "Des combats ont eu lieu du 2 au 5 février.", date(2024, 2, 2), 1),
    ("en", "Around 12 January 2024, a drone struck.", date(2024, 1, 12), 1),
    ("es", "El ataque del 2 de febrero de 2024 dejó seis muertos.", date(2024, 2, 2), 1),
    ("es", "El 12 de diciembre, un dron atacó.", date(2023, 12, 12), 1),
    # A month alone: its 15th, precision 3.
    ("fr", "Les frappes de la mi-janvier ont été démenties.", date(2024, 1, 15), 3),
    ("fr", "Le village a été repris en décembre.", date(2023, 12, 15), 3),
    ("fr", "Le village a été repris en mars 2023.", date(2023, 3, 15), 3),
    ("en", "Raids in mid-January were denied.", date(2024, 1, 15), 3),
    ("en", "The village was retaken in December.", date(2023, 12, 15), 3),
    # The month of publication before its 15th: no later than publication.
    ("fr", "Les combats de début février ont cessé.", date(2024, 2, 7), 3),
    ("es", "Los combates de mediados de enero cesaron.", date(2024, 1, 15), 3),
    # A week: publication - 7, precision 2.
    ("fr", "La base a été visée la semaine dernière.", date(2024, 1, 31), 2),
    ("fr", "La base a été visée il y a deux semaines.", date(2024, 1, 24), 2),
    ("en", "The base was targeted last week.", date(2024, 1, 31), 2),
    ("en", "The base was targeted three weeks ago.", date(2024, 1, 17), 2),
    ("es", "La base fue atacada la semana pasada.", date(2024, 1, 31), 2),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "day", "precision"), RESOLVED)
def test_dates_resolve_against_publication(
    resolver: DateResolver, language: str, text: str, day: date, precision: int
) -> None:
    resolved = resolve(resolver, text, language)
    assert (resolved.day, resolved.precision) == (day, precision), resolved.note
    assert resolved.note
    assert resolved.warning == ""


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("fr", "samedi", SATURDAY),  # the publication weekday: that day
        ("fr", "samedi dernier", date(2024, 2, 3)),  # with "dernier": a week back
        ("fr", "samedi passé", date(2024, 2, 3)),
        ("en", "Saturday", SATURDAY),
        ("en", "last Saturday", date(2024, 2, 3)),
        ("en", "last Friday", date(2024, 2, 9)),  # not the publication weekday: the day before
    ],
)
def test_dates_last_on_the_publication_weekday_is_a_week_back(
    resolver: DateResolver, language: str, text: str, day: date
) -> None:
    assert resolve(resolver, text, language, published=SATURDAY).day == day


@pytest.mark.parametrize(
    ("language", "text", "expected", "kind", "modifier"),
    [
        ("fr", "Un raid tôt mercredi a visé le dépôt.", "tôt mercredi", "weekday", "early"),
        ("fr", "Une frappe mardi soir.", "mardi soir", "weekday", "evening"),
        ("fr", "Dans la nuit de dimanche à lundi, un tir.", "Dans la nuit de dimanche à lundi",
         "weekday", "night"),
        ("fr", "Attaque du samedi 3 février 2024 à l'aube.", "du samedi 3 février 2024",
         "full_date", ""),
        ("fr", "Il y a deux jours, une mine a explosé.", "Il y a deux jours", "days_ago", ""),
        ("fr", "Des tirs hier soir.", "hier soir", "part_of_day", "evening"),
        ("en", "The attack on February 2, 2024 killed six.", "on February 2, 2024",
         "full_date", ""),
        ("en", "Drones struck late on Tuesday night.", "late on Tuesday night", "weekday", "late"),
        ("en", "In the early hours of Monday, gunmen attacked.", "In the early hours of Monday",
         "weekday", "early"),
        ("en", "Since March 2 the road is closed.", "Since March 2", "day_month", ""),
        ("en", "Fighting eased in mid-January 2024.", "in mid-January 2024", "month", "mid"),
        ("en", "It happened the day before yesterday.", "the day before yesterday",
         "relative_day", ""),
    ],
)  # fmt: skip
def test_dates_longest_match_is_one_expression(
    resolver: DateResolver, language: str, text: str, expected: str, kind: str, modifier: str
) -> None:
    expr = only(resolver, text, language)
    assert (expr.text, expr.kind, expr.modifier) == (expected, kind, modifier)
    assert text[expr.start : expr.end] == expr.text


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Mardi, des drones ont frappé ; hier, un raid. Le 2 février 2024, rien. "
               "MERCREDI\u00a0soir, et il y a\ntrois jours, encore.",
         ["Mardi", "hier", "Le 2 février 2024", "MERCREDI\u00a0soir", "il y a\ntrois jours"]),
        ("en", "On Tuesday drones struck; yesterday a raid. On Feb. 2 nothing, and last week "
               "two days ago overnight.",
         ["On Tuesday", "yesterday", "On Feb. 2", "last week", "two days ago", "overnight"]),
    ],
)  # fmt: skip
def test_dates_spans_are_offsets_into_the_text(
    resolver: DateResolver, language: str, text: str, expected: list[str]
) -> None:
    found = resolver.find(text, language)
    assert [e.text for e in found] == expected
    assert all(text[e.start : e.end] == e.text for e in found)
    assert [e.start for e in found] == sorted(e.start for e in found)


@pytest.mark.parametrize(
    ("language", "text", "day", "precision", "in_note"),
    [
        # Relative expressions cannot be placed on a day: mid publication month.
        ("fr", "mardi", date(2024, 2, 15), 3, "only the publication month"),
        ("fr", "hier", date(2024, 2, 15), 3, "only the publication month"),
        ("en", "last week", date(2024, 2, 15), 3, "only the publication month"),
        ("en", "two days ago", date(2024, 2, 15), 3, "only the publication month"),
        # The text's own day and month stand; the month decides the year.
        ("fr", "le 20 février", date(2024, 2, 20), 1, "year of publication"),
        ("fr", "le 12 décembre", date(2023, 12, 12), 1, "year of publication"),
        ("en", "mid-January", date(2024, 1, 15), 3, "mid-month"),
        ("en", "February 2, 2024", date(2024, 2, 2), 1, "explicit date"),
    ],
)
def test_dates_month_precision_publication_never_invents_a_day(
    resolver: DateResolver, language: str, text: str, day: date, precision: int, in_note: str
) -> None:
    resolved = resolve(resolver, text, language, published=date(2024, 2, 1), precision="month")
    assert (resolved.day, resolved.precision) == (day, precision)
    assert in_note in resolved.note


@pytest.mark.parametrize(
    ("language", "text", "day", "precision"),
    [
        ("fr", "mardi", None, None),
        ("fr", "il y a deux jours", None, None),
        ("fr", "le 2 février", None, None),
        ("fr", "mi-janvier", None, None),
        ("en", "yesterday", None, None),
        ("en", "last week", None, None),
        ("fr", "le 2 février 2024", date(2024, 2, 2), 1),
        ("en", "February 2, 2024", date(2024, 2, 2), 1),
        ("en", "2024-02-02", date(2024, 2, 2), 1),
        ("en", "in January 2024", date(2024, 1, 15), 3),
    ],
)
def test_dates_without_publication_only_explicit_dates_resolve(
    resolver: DateResolver, language: str, text: str, day: date | None, precision: int | None
) -> None:
    resolved = resolve(resolver, text, language, published=None, precision=None)
    assert (resolved.day, resolved.precision) == (day, precision)
    if day is None:
        assert "without a" in resolved.note and "publication date" in resolved.note


@pytest.mark.parametrize(
    ("language", "text", "published", "precision", "day", "day_precision"),
    [
        ("fr", "le 2 mars 2024", WEDNESDAY, "day", WEDNESDAY, 2),
        ("en", "2024-03-01", WEDNESDAY, "day", WEDNESDAY, 2),
        ("en", "in March 2024", WEDNESDAY, "day", WEDNESDAY, 2),
        ("en", "March 3, 2024", date(2024, 2, 1), "month", date(2024, 2, 15), 3),
    ],
)
def test_dates_after_publication_fall_back_with_a_warning(
    resolver: DateResolver,
    language: str,
    text: str,
    published: date,
    precision: str,
    day: date,
    day_precision: int,
) -> None:
    resolved = resolve(resolver, text, language, published=published, precision=precision)
    assert (resolved.day, resolved.precision) == (day, day_precision)
    assert "after publication" in resolved.warning


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Aucune date ici, seulement 12 morts et 3 blessés.",
        "2024-13-45",
        "le 45 février",
        "Appelez le 01 23 45 67 89 ou le +33 6 12 34 56 78.",
        "il y a 9999 jours",
        "ÉÉÉ İİİ ßß \u0000 \ud800 ) ( [ ] \\ { } * ?",
        "x" * 50_000,
    ],
)
def test_dates_garbage_finds_nothing(resolver: DateResolver, text: str) -> None:
    for language in ("fr", "en"):
        assert resolver.find(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "in_note"),
    [
        ("en", "2024-02-31", "no valid date"),
        ("fr", "le 30 février", "no valid date"),
        ("fr", "le 29 février", "no valid date"),  # 2025 is not a leap year
    ],
)
def test_dates_impossible_dates_resolve_empty_with_a_note(
    resolver: DateResolver, language: str, text: str, in_note: str
) -> None:
    resolved = resolve(resolver, text, language, published=date(2025, 3, 7))
    assert (resolved.day, resolved.precision) == (None, None)
    assert in_note in resolved.note


def test_dates_resolution_never_leaves_the_calendar(resolver: DateResolver) -> None:
    resolved = resolve(resolver, "il y a 999 jours", "fr", published=date(1, 1, 2))
    assert resolved.day is None and "no valid date" in resolved.note


@pytest.mark.parametrize(
    "text", ["Ce jour-là, des roquettes avaient été tirées.", "Ce jour là, la base a été visée."]
)
def test_dates_that_day_is_no_date_of_its_own(resolver: DateResolver, text: str) -> None:
    # « Ce jour-là » points back to a day already told; « ce jour » is today.
    assert resolver.find(text, "fr") == []
    assert [e.kind for e in resolver.find("Ce jour, la base a été visée.", "fr")] == [
        "relative_day"
    ]


def test_dates_unknown_language_finds_nothing(resolver: DateResolver) -> None:
    assert resolver.find("mardi yesterday", "xx") == []
    assert set(resolver.languages) >= {"fr", "en", "es"}


def _find_by_brute_force(resolver: DateResolver, text: str, language: str) -> list[str]:
    """Every template tried at every word start: what find()'s lead index must reproduce."""
    templates = resolver._grammars[language].templates
    lowered, found, start = text.lower(), [], 0
    while start < len(text):
        ends = [
            (m.end(), -rank)
            for rank, t in enumerate(templates)
            if (m := t.regex.match(lowered, start))
        ]
        if ends:
            end = max(ends)[0]
            found.append(text[start:end])
            start = end
        else:
            start += 1
    return found


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_dates_lead_index_misses_nothing(resolver: DateResolver, language: str) -> None:
    # Every name, number and literal word of every language, in every case, in
    # one text: find() must see what trying all templates everywhere sees.
    words = " ".join(
        f"{w} {w.upper()} {w.capitalize()}"
        for lang in ("fr", "en", "es")
        for w in (resolver._grammars[lang].weekdays | resolver._grammars[lang].months)
    )
    tricky = "midjanuary mid-January mi-janvier Thursdays lundis 1er 2nd 3,5 jours 2024-02-02T10:00"
    text = " ".join([words, *(text for _, text, _, _ in RESOLVED), tricky])
    expected = _find_by_brute_force(resolver, text, language)
    assert [e.text for e in resolver.find(text, language)] == expected


def test_dates_find_is_fast(resolver: DateResolver) -> None:
    text = (
        "Des combattants ont été tués mardi soir dans une attaque de drone près de Kirkouk, "
        "a indiqué hier un responsable, trois jours après les frappes du 2 février. "
    ) * 40
    text = text[:5000]
    assert len(resolver.find(text, "fr")) > 50
    # The budget is 1 ms per 1,000 characters; the best of five runs, so a busy
    # machine does not fail the test (measured about 0.3 ms per 1,000).
    seconds = min(timeit.repeat(lambda: resolver.find(text, "fr"), number=10, repeat=5)) / 10
    assert seconds < 0.005


TINY: dict[str, Any] = {
    "weekdays": {"montag": 0, "dienstag": 1},
    "months": {"februar": 2},
    "numbers": {"zwei": 2},
    "templates": [
        {"kind": "weekday", "patterns": ["(?:am )?{weekday}"]},
        {"kind": "relative_day", "offset": -1, "patterns": ["gestern"]},
        {"kind": "days_ago", "patterns": ["vor {number} tagen"]},
        {"kind": "day_month", "patterns": ["(?:am )?{day}\\. {month}(?: {year})?"]},
    ],
}


def test_dates_a_language_is_only_data(resolver: DateResolver) -> None:
    german = DateResolver({"de": TINY})
    text = "Am Dienstag und gestern, vor zwei Tagen, am 2. Februar 2024."
    found = german.find(text, "de")
    assert [(e.text, e.kind) for e in found] == [
        ("Am Dienstag", "weekday"),
        ("gestern", "relative_day"),
        ("vor zwei Tagen", "days_ago"),
        ("am 2. Februar 2024", "full_date"),
    ]
    days = [german.resolve(e, WEDNESDAY, "day").day for e in found]
    assert days == [date(2024, 2, 6), date(2024, 2, 6), date(2024, 2, 5), date(2024, 2, 2)]


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ({"kind": "fortnight", "patterns": ["x"]}, "unknown template kind"),
        ({"kind": "weekday", "patterns": ["gestern"]}, "needs"),
        ({"kind": "relative_day", "patterns": ["gestern"]}, "integer offset"),
        ({"kind": "weekday", "patterns": ["{weekday} {hour}"]}, "unknown placeholder"),
        ({"kind": "weekday", "patterns": ["\\d+ {weekday}"]}, "should begin with a word"),
        ({"kind": "weekday", "patterns": ["({weekday}"]}, "bad pattern"),
        ({"kind": "weekday", "patterns": "{weekday}"}, "list of strings"),
        ({"kind": "weekday", "pattern": ["{weekday}"]}, "a template is"),
    ],
)
def test_dates_bad_templates_fail_loudly_with_the_file(
    template: dict[str, Any], message: str
) -> None:
    with pytest.raises(DataFileError, match=message) as error:
        DateResolver({"de": {**TINY, "templates": [template]}})
    assert "data/lang/de/dates.yaml" in str(error.value)


def test_dates_make_resolver_loads_only_languages_with_data() -> None:
    assert make_date_resolver(["fr", "xx"]).languages == ("fr",)


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        # Published Wednesday 7 February 2024: last week ran from 29 January to 4 February.
        ("fr", "lundi de la semaine dernière", date(2024, 1, 29)),
        ("fr", "dans la nuit de vendredi à samedi de la semaine dernière", date(2024, 2, 2)),
        ("fr", "mercredi de la semaine passée", date(2024, 1, 31)),
        ("en", "on Monday last week", date(2024, 1, 29)),
        ("en", "last week on Sunday", date(2024, 2, 4)),
    ],
)  # fmt: skip
def test_dates_a_weekday_of_last_week_is_in_the_calendar_week_before(
    resolver: DateResolver, language: str, text: str, day: date
) -> None:
    assert resolve(resolver, text, language).day == day


def test_dates_a_bare_part_of_day_is_no_time_of_its_own(resolver: DateResolver) -> None:
    # « en début d'après-midi » tells the part of the story's day, which the clause
    # inherits; « cet après-midi » is the publication day.
    assert resolver.find("Le kamikaze a frappé en début d'après-midi.", "fr") == []
    assert only(resolver, "Le kamikaze a frappé cet après-midi.", "fr").kind == "part_of_day"
