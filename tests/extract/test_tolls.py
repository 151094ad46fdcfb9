"""Casualty counts read through the parse (``tolls.find_tolls``) on real English sentences."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.models import Article, EventMention

Extract = Callable[..., tuple[Article, tuple[EventMention, ...]]]

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 2, 7)


@pytest.fixture
def extract(
    extract: Callable[..., tuple[Article, tuple[EventMention, ...]]],
) -> Callable[[str], tuple[Article, tuple[EventMention, ...]]]:
    """The shared extractor, for English sentences."""
    return lambda text: extract(text, "en")


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # A singular victim with an indefinite article is one person.
        ("Israeli artillery shelled the school, killing a Palestinian and injuring others.", 1, None),
        # ... and so is one with a possessive pronoun.
        ("Warplanes struck a house in the camp, killing a child and injuring his mother.", 1, 1),
        ("Warplanes struck a house in the camp. A child was killed and another 2 persons were injured.", 1, 2),
        ("A drone struck a car near the market, killing an elderly man.", 1, None),
        # ... but a collective noun is not one: no figure is guessed.
        ("Warplanes struck a house in the camp, killing a number of people.", None, None),
        ("Warplanes struck a house in the camp, killing a family of five.", None, None),
        # Coordinated victims add up.
        ("Warplanes struck the municipality, killing 5 municipal employees and a clothing seller.", 6, None),
        ("Gunmen attacked the village, killing two soldiers and three civilians.", 5, None),
        ("A drone struck the vicinity of the mosque, killing a man and his child.", 2, None),
        # A number the casualty noun's verb takes.
        ("Rockets hit the camp on Monday. The death toll rose to 15.", 15, None),
        ("Warplanes struck houses in the camp. The death toll stood at 12.", 12, None),
        # A person named is one.
        ("Israeli warplanes struck and killed Maher Abu Ghaleba, the leader of the group.", 1, None),
        # A total for one day is that incident's toll; a figure split across incidents is none's.
        ("On 14 February 2024, warplanes struck Zeitoun and Tal el Hawa, killing 9 people in total.",
         9, None),
        ("On Monday, warplanes struck houses in the camp. The ministry said 64 deaths were split "
         "across 3 incidents on Monday.", None, None),
        # Who a casualty noun counts, through its preposition.
        ("Militants fired a missile at the base, causing minor injuries to eight US personnel.",
         None, 8),
        # A military press release's idioms for the dead.
        ("Own troops engaged the khwarij location and, after an intense exchange of fire, "
         "six khwarij were sent to hell.", 6, None),
        ("Security forces raided a hideout in Bannu, and twelve terrorists were eliminated.", 12, None),
        # A figure the account calls untrue or denies is no one's toll; a denied
        # involvement leaves the deaths standing.
        ("The army repulsed an attack in Moqokori on Wednesday. Claims by the group's "
         "propaganda outlets that 17 soldiers were killed are baseless, he added.", None, None),
        ("Militants attacked a base in Moqokori on Wednesday. The army denied that 17 soldiers "
         "were killed.", None, None),
        ("Hamas denied involvement in the bombing in Jenin on Monday that killed five people.",
         5, None),
        # A number set off beside the victim is an age: one man, not 22.
        ("A young man, 22, was killed by gunfire in the Tulkarm refugee camp during a raid on "
         "Monday morning.", 1, None),
        # Unchanged readings.
        ("Israeli tanks opened fire and killed 5 Palestinians in the camp.", 5, None),
        ("Rockets hit the Harir base on Monday, but no casualties were reported.", 0, 0),
        ("Warplanes struck the camp, killing 3 people and injuring 10 others.", 3, 10),
    ],
)  # fmt: skip
def test_tolls_counts_read_from_the_sentence(
    extract: Callable[[str], tuple[Article, tuple[EventMention, ...]]],
    text: str,
    killed: int | None,
    injured: int | None,
) -> None:
    article, mentions = extract(text)
    assert mentions
    fatalities = [m.fatalities for m in mentions if m.fatalities is not None]
    injuries = [m.injuries for m in mentions if m.injuries is not None]
    assert (max(fatalities, default=None), max(injuries, default=None)) == (killed, injured)
    for mention in mentions:
        for argument in mention.evidence:
            assert argument.span.cut(article.text) == argument.text


def test_tolls_a_weapon_or_attack_is_never_counted_as_one_victim(
    extract: Callable[[str], tuple[Article, tuple[EventMention, ...]]],
) -> None:
    _article, mentions = extract("A drone strike killed people near the market in Gaza City.")
    assert mentions
    assert all(m.fatalities is None for m in mentions)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Fighters responded on Monday in Raqqa, killing two of the attackers, while one "
         "fighter was killed.", 3),
        ("Two soldiers were killed and five militants were killed in clashes in Bama on "
         "Monday.", 7),
        ("Gunmen attacked Bama on Monday, killing five people, bringing the toll to 12.", 12),
    ],
)  # fmt: skip
def test_counts_told_by_joined_clauses_add_up(extract: Extract, text: str, killed: int) -> None:
    """Two sides' dead told by two verbs add up; a toll noun is a total, not added."""
    _article, mentions = extract(text)
    assert max(m.fatalities or 0 for m in mentions) == killed


def test_the_martyrdom_of_a_fighter_is_one_death(extract: Extract) -> None:
    _article, mentions = extract(
        "An Israeli drone targeted a car near Tyre on Monday, leading to the martyrdom of a "
        "fighter."
    )
    assert [m.fatalities for m in mentions] == [1]


def test_a_possessive_before_a_singular_victim_is_one(extract: Extract) -> None:
    _article, mentions = extract(
        "A drone struck a car in Lgov on Monday, killing a woman and injuring her husband."
    )
    assert [(m.fatalities, m.injuries) for m in mentions] == [(1, 1)]


def test_a_body_recovered_later_keeps_the_strike_date(extract: Extract) -> None:
    """ "Rescuers recovered a body on Tuesday evening": that time dates the recovery."""
    _article, mentions = extract(
        "A missile hit a residential building in Dnipro on Monday, killing two people. "
        "Rescuers recovered the body of a man from the rubble on Tuesday evening."
    )
    assert {str(m.event_date) for m in mentions} == {"2024-02-05"}
