"""Dating an article's drafts and freezing them into ``EventMention`` objects.

A draft dated by its own time expression keeps it unless that date lies far
before publication (a recalled incident); a toll or a retelling is dated like
the incident it tells; any other takes the date of the nearest dated mention,
else the publication date at a coarser precision.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventwire.extract.arguments import is_area, is_near
from eventwire.extract.dates import DateResolver
from eventwire.extract.draft import Draft, place_name
from eventwire.extract.lexicon import Lexicon
from eventwire.models import Argument, Article, EventMention, Span, content_hash

__all__ = ["MentionContext", "freeze_mentions", "publication_date"]

# A mention whose own time expression lies further back than this before
# publication recalls an earlier incident (« la frappe du 3 janvier 2020 »):
# news reports what is new, and ACLED codes an incident from its own reports.
HISTORY_DAYS = 30
# An undated mention takes the date of a mention of its own type this many
# sentences away before the nearest one of another type: a bulletin's summary
# lines and its paragraph on each incident lie a few sentences apart. Chosen
# from that layout, not tuned on any set.
INHERIT_REACH = 6

# Characters before a place searched for a near-phrase (« dans la périphérie de »).
NEAR_WINDOW = 40


@dataclass(frozen=True, slots=True)
class MentionContext:
    """What freezing a mention needs from the stage: its data, date resolver and name."""

    taxonomy: dict[str, Any]
    lexicons: dict[str, Lexicon]
    dates: DateResolver
    extractor: str


def publication_date(article: Article) -> tuple[date | None, int | None, str]:
    """Fallback event date from the publication date: (date, ACLED time_precision, note)."""
    if article.published is None:
        return None, None, "no publication date and no date in the text; left empty"
    if article.published_precision == "month":
        # ACLED codes a month-only date mid-month with time_precision 3.
        return article.published.replace(day=15), 3, "publication month only; coded mid-month"
    return article.published, 2, "no time expression; publication date"


def _is_history(day: date | None, precision: int | None, published: date | None) -> bool:
    """An explicitly dated mention far before publication recalls an earlier incident.

    A month-precision date is coded mid-month, so it gets half a month more room.
    """
    if day is None or published is None or precision not in (1, 3):
        return False
    return (published - day).days > HISTORY_DAYS + (15 if precision == 3 else 0)


def freeze_mentions(
    article: Article,
    drafts: list[Draft],
    warnings: list[str],
    context: MentionContext,
) -> list[EventMention]:
    """Resolve dates (with inheritance), drop recalled incidents, freeze into mentions."""
    resolved: list[tuple[date | None, int | None, str, Argument | None]] = []
    kept: list[Draft] = []
    for draft in drafts:
        expr = draft.values.get("time")
        if expr is None:
            # « La tour avait été frappée par un drone » without a date of its
            # own recalls an earlier incident; with a recent date it is news.
            if not draft.values.get("past_perfect"):
                resolved.append((None, None, "", None))
                kept.append(draft)
            continue
        result = context.dates.resolve(expr, article.published, article.published_precision)
        if result.warning:
            warnings.append(result.warning)
        if _is_history(result.day, result.precision, article.published):
            continue
        at = draft.values.get("time_sentence", draft.sentence).span.start
        span = Span(at + expr.start, at + expr.end)
        resolved.append(
            (result.day, result.precision, result.note, Argument(span.cut(article.text), span))
        )
        kept.append(draft)
    mentions = []
    dates: dict[int, tuple[date | None, int | None, str]] = {}  # by id() of the draft
    for i, draft in enumerate(kept):
        day, precision, note, time = resolved[i]
        if draft.values.get("said_time") and (told := _retold(kept, resolved, i)) is not None:
            # "The army said on Wednesday its troops had repelled the assault"
            # after Tuesday's battle there: the statement's day retells it.
            day, precision, _note = dates[id(kept[told])]
            note = f"that of the incident it retells, in sentence {kept[told].index + 1}"
            draft.values["retold"] = True
        follows = draft.values.get("follows")
        if day is None and follows is not None and id(follows) in dates:
            # A toll or a retelling is dated like the incident it tells.
            day, precision, _note = dates[id(follows)]
            note = f"that of the incident it tells, in sentence {follows.index + 1}"
        elif day is None and draft.values.get("separate") and not draft.values.get("same_time"):
            day, precision, note = publication_date(article)
        elif day is None:
            day, precision, note = _inherit_date(article, kept, resolved, i)
        dates[id(draft)] = (day, precision, note)
        mention = _mention(context, article, draft, day, precision, note, time)
        mentions.append(mention)
        # Each further coordinated place is an incident of its own; the
        # sentence's toll cannot be split between them, so it stays on the first.
        for place in draft.values.get("more_locations", []):
            mentions.append(
                dataclasses.replace(
                    mention,
                    mention_id=f"{mention.mention_id}-{place.span.start}",
                    location=place,
                    fatalities=None, fatalities_low=None, fatalities_high=None,
                    injuries=None, injuries_low=None, injuries_high=None,
                    evidence=(mention.trigger, place),
                )
            )  # fmt: skip
    return mentions


def _retold(
    drafts: list[Draft],
    resolved: list[tuple[date | None, int | None, str, Argument | None]],
    i: int,
) -> int | None:
    """The earlier mention, dated by a time of its own on or before the statement
    day dating mention ``i``, that ``i`` retells: alike in type, at its place."""
    day = resolved[i][0]
    if day is None:
        return None
    place = place_name(drafts[i])
    for j in range(i - 1, -1, -1):
        told = resolved[j][0]
        if (
            told is not None and told <= day
            and not drafts[j].values.get("said_time")
            and drafts[j].sub_event_type == drafts[i].sub_event_type
            and (place is None or _same_place(place_name(drafts[j]), place))
        ):  # fmt: skip
            return j
    return None


_PARTS = re.compile(r"[\s\-–]+")  # what joins the names of a compound place


def _same_place(told: str | None, name: str) -> bool:
    """Whether two places as written are one, or one is a part of the other's
    compound name (the "Hpruso-Loikaw road" and "near Hpruso")."""
    if told is None:
        return False
    return told == name or name in _PARTS.split(told) or told in _PARTS.split(name)


def _inherit_date(
    article: Article,
    drafts: list[Draft],
    resolved: list[tuple[date | None, int | None, str, Argument | None]],
    i: int,
) -> tuple[date | None, int | None, str]:
    """The date of the nearest dated mention (earlier first), else the publication date."""
    dated = [j for j, r in enumerate(resolved) if r[0] is not None]
    if dated:
        # A summary line above the story (« • Un véhicule touché par un engin
        # explosif près de Dori », « Une frappe sur le marché d'Al Fula ») tells the
        # incident of its type at its place, however far below, else the one typed
        # alike nearest. Told after a dated mention, a sentence goes on with that
        # story: a mention before it dates it, not one told later under its own day.
        above = all(j > i for j in dated)

        def rank(j: int) -> tuple[bool, bool, bool, int, bool]:
            apart = abs(drafts[j].index - drafts[i].index)
            alike = drafts[j].sub_event_type == drafts[i].sub_event_type
            there = above and alike and place_name(drafts[j]) == place_name(drafts[i]) is not None
            near = alike and apart <= INHERIT_REACH
            return (not there, not above and j > i, not near, apart, j > i)

        j = min(dated, key=rank)
        day, precision, _note, _time = resolved[j]
        return day, precision, f"inherited from the mention in sentence {drafts[j].index + 1}"
    return publication_date(article)


def _mention(
    context: MentionContext,
    article: Article,
    draft: Draft,
    day: date | None,
    precision: int | None,
    note: str,
    time: Argument | None,
) -> EventMention:
    taxonomy = context.taxonomy[draft.sub_event_type]
    tokens = draft.sentence.tokens
    first = tokens[draft.triggers[0]]
    trigger_span = Span(first.start, first.end)
    trigger = Argument(trigger_span.cut(article.text), trigger_span, draft.sub_event_type)
    values = draft.values
    tolls: dict[str, Any] = {}
    evidence = [trigger]
    for kind in ("fatalities", "injuries"):
        if kind in values:
            value, low, high, span = values[kind]
            tolls[kind], tolls[f"{kind}_low"], tolls[f"{kind}_high"] = value, low, high
            evidence.append(Argument(span.cut(article.text), span, str(value)))
    if tolls.get("injuries") == 0 and "fatalities" not in tolls:
        # "No one was hurt", « aucun blessé »: with no death figure, nobody died either.
        tolls["fatalities"] = tolls["fatalities_low"] = tolls["fatalities_high"] = 0
    arguments = {k: values[k] for k in ("actor1", "actor2", "location") if k in values}
    location = values.get("location")
    lexicon = context.lexicons[draft.sentence.language]
    before = ""
    if location is not None:
        before = article.text[max(0, location.span.start - NEAR_WINDOW) : location.span.start]
    near = location is not None and is_near(before, lexicon)
    area = location is not None and is_area(before, lexicon)
    claimed = values.get("claimed_by")
    evidence += [*arguments.values(), *values.get("weapons", [])]
    evidence += [a for a in (time, claimed) if a is not None]
    key = f"{article.article_id}|{draft.sentence.span.start}|{first.start}"
    return EventMention(
        mention_id="m-" + content_hash(key)[:16],
        article_id=article.article_id,
        sentence=draft.sentence.span,
        trigger=trigger,
        event_type=taxonomy["event_type"],
        sub_event_type=draft.sub_event_type,
        disorder_type=taxonomy["disorder_type"],
        plover=taxonomy["plover"],
        event_date=day,
        time_precision=precision,
        date_note=note,
        time=time,
        weapons=tuple(values.get("weapons", [])),
        civilian_targeting=bool(values.get("civilian_targeting")),
        near=near,
        area=area,
        claimed_by=claimed.text if claimed else None,
        retold=bool(values.get("retold")),
        both_sides=values.get("killed_side") == "both",
        evidence=tuple(evidence),
        extractor=context.extractor,
        **arguments,
        **tolls,
    )
