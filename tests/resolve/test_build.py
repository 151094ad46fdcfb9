"""Building one event from its accounts: how each source's figure is reconciled."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.models import Argument, Article, ArticleStatus, EventMention, Span
from eventwire.resolve import EventBuilder
from eventwire.resolve.accounts import article_accounts

TEXT = (
    "Dozens of civilians were killed on Saturday in an attack near Kaya, security sources said. "
    "'At least 100 people were killed,' a security source said."
)
KAYA = Argument("Kaya", Span(62, 66), value="Kaya")


def _killed(
    start: int, end: int, value: int, low: int | None, high: int | None, who: str
) -> EventMention:
    return EventMention(
        mention_id=f"a-{start}", article_id="a", sentence=Span(start, end),
        trigger=Argument("attack", Span(start, start + 6)), event_type="Violence against civilians",
        sub_event_type="Attack", disorder_type="Political violence", plover="ASSAULT",
        event_date=date(2024, 8, 24), time_precision=1, location=KAYA,
        fatalities=value, fatalities_low=low, fatalities_high=high, claimed_by=who,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("first", "second", "best"),
    [
        # "Dozens" (a floor) and "at least 100": no contradiction, the larger stands.
        ((12, 12, None), (100, 100, None), 100),
        # Two exact figures of two claimants contradict: the smaller, as ACLED codes.
        ((3, 3, 3), (5, 5, 5), 3),
        # An exact figure below a floor still contradicts it ("3 killed" vs "at least 10").
        ((3, 3, 3), (10, 10, None), 3),
        # "About 12" has no stated bound either way: it is not only a floor.
        ((12, None, None), (100, 100, None), 12),
    ],
)
def test_build_a_floor_below_another_claimants_figure_does_not_lower_the_source(
    make_article: Callable[..., Article],
    first: tuple[int, int | None, int | None],
    second: tuple[int, int | None, int | None],
    best: int,
) -> None:
    mentions = (
        _killed(0, 90, *first, who="security sources"),
        _killed(91, len(TEXT), *second, who="a security source"),
    )
    article = make_article(
        TEXT, article_id="a", text=TEXT, status=ArticleStatus.PROCESSED, mentions=mentions
    )
    accounts = article_accounts(article)
    for rule in ("median", "conservative"):
        event = EventBuilder(rule)(accounts, {})
        assert event.fatalities == best
        # Every claim stays in the range, the floor included.
        assert (event.fatalities_low, event.fatalities_high) == (first[0], second[0])
