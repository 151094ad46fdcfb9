"""The first extractor: trigger sentences become typed mentions; tolls only when stated."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.extract import make_trigger_extractor, publication_date
from eventwire.extract.triggers import PhraseIndex, TriggerExtractor
from eventwire.models import Article, Token
from eventwire.settings import load_settings


@pytest.fixture(scope="module")
def extractor() -> TriggerExtractor:
    return make_trigger_extractor(load_settings(env={}))


@pytest.mark.model
@pytest.mark.parametrize(
    ("language", "sentence", "sub_event_type", "killed", "injured"),
    [
        ("fr", "Les raids sur la région de Tal Afar ont fait trois martyrs et cinq blessés.",
         "Air/drone strike", 3, 5),
        ("fr", "Deux combattants ont été tués mardi soir dans une attaque de drone.",
         "Air/drone strike", 2, None),
        ("fr", "Des tirs de roquettes ont visé la base, faisant au moins six morts.",
         "Shelling/artillery/missile attack", 6, None),
        ("fr", "Un engin explosif a visé une patrouille de police près de Kirkouk.",
         "Remote explosive/landmine/IED", None, None),
        ("en", "A US defence official said drones struck the base late on Tuesday, wounding eight.",
         "Air/drone strike", None, 8),
        ("en", "Gunmen abducted an engineer on the Kirkuk road.",
         "Abduction/forced disappearance", None, None),
        ("en", "Clashes with Islamic State fighters in the Hamrin mountains left 6 dead.",
         "Armed clash", 6, None),
    ],
)  # fmt: skip
def test_triggers_sentence_becomes_typed_mention(
    parser: Callable[..., Article],
    extractor: TriggerExtractor,
    language: str,
    sentence: str,
    sub_event_type: str,
    killed: int | None,
    injured: int | None,
) -> None:
    article = extractor(parser(sentence, language))
    (mention,) = article.mentions
    assert mention.sub_event_type == sub_event_type
    assert (mention.fatalities, mention.injuries) == (killed, injured)
    assert mention.sentence.cut(article.text) == sentence
    for argument in mention.evidence:
        assert argument.span.cut(article.text) == argument.text
    assert mention.event_date == date(2024, 2, 7)
    assert mention.time_precision == 2


@pytest.mark.model
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Le groupe promet de poursuivre ses opérations contre les bases ennemies."),
        ("fr", "Kataeb Hezbollah a démenti toute implication dans l'attaque."),
        ("en", "There have been more than 40 attacks since mid-October."),
        ("en", "The militia threatened to strike US bases again."),
        ("en", "The minister met his counterpart in Amman on Monday."),
    ],
)
def test_triggers_threats_denials_aggregates_and_other_news_are_not_events(
    parser: Callable[..., Article], extractor: TriggerExtractor, language: str, sentence: str
) -> None:
    assert extractor(parser(sentence, language)).mentions == ()


@pytest.mark.model
def test_triggers_absurd_toll_is_ignored_with_a_warning(
    parser: Callable[..., Article], extractor: TriggerExtractor
) -> None:
    article = extractor(parser("The strike killed 1000000000000 people.", "en"))
    (mention,) = article.mentions
    assert mention.fatalities is None
    assert any("implausible toll" in w for w in article.warnings)


@pytest.mark.parametrize(
    ("published", "precision", "expected"),
    [
        (date(2024, 2, 7), "day", (date(2024, 2, 7), 2)),
        (date(2024, 1, 1), "month", (date(2024, 1, 15), 3)),
        (None, None, (None, None)),
    ],
)
def test_triggers_publication_date_fallback_never_invents(
    make_article: Callable[..., Article],
    published: date | None,
    precision: str | None,
    expected: tuple[date | None, int | None],
) -> None:
    article = make_article("x", published=published, published_precision=precision)
    day, time_precision, note = publication_date(article)
    assert (day, time_precision) == expected
    assert note


def _tokens(*pairs: tuple[str, str]) -> list[Token]:
    return [Token(i, i + 1, text, lemma, "", "", 0) for i, (text, lemma) in enumerate(pairs)]


def test_triggers_phrase_index_prefers_rank_then_position() -> None:
    index = PhraseIndex([("frappe", "aérien"), ("drone",), ("frappe",)])
    tokens = _tokens(("Une", "un"), ("frappe", "frappe"), ("de", "de"), ("drone", "drone"),
                     ("puis", "puis"), ("frappes", "frappe"), ("aériennes", "aérien"))  # fmt: skip
    assert sorted(index.matches(tokens)) == [(0, 5), (1, 3), (2, 1), (2, 5)]
    assert index.best(tokens) == (0, 5)
    assert index.best(tokens[:4]) == (1, 3)
    assert PhraseIndex([("ambush",)]).best(tokens) is None
