"""The framing profile of one event: each outlet's claims and loaded terms, side by side.

``event_profile(store, event_id)`` is what ``eventwire compare`` prints (and what
the web API serves): per outlet, sorted by name, the claims it makes about the
event (figures, claimant, date, place, evidence sentence) and the loaded terms
its articles use (``framing.terms.v1``), counted, with how many stand in quotation
marks and how many in the sentences its claims quote. Descriptive only: which
words an outlet chose, never whether it was right.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventwire.errors import NotFoundError
from eventwire.export.text import INDENT, event_heading, format_claim
from eventwire.framing import FramingTagger
from eventwire.models import Article, Claim, Event, EventMention, FramingTerm
from eventwire.store import Store
from eventwire.store.codec import to_json

__all__ = [
    "ClaimView",
    "EventProfile",
    "OutletProfile",
    "TermUse",
    "build_profile",
    "event_profile",
    "format_profile",
    "profile_record",
]

UNKNOWN_OUTLET = ""  # the outlet of articles that name none; shown as "unknown outlet"


@dataclass(frozen=True, slots=True)
class TermUse:
    """How often an outlet's articles use one loaded term."""

    term: str
    category: str
    count: int
    quoted: int  # of ``count``, inside quotation marks
    in_evidence: int  # of ``count``, inside a sentence one of its claims quotes


@dataclass(frozen=True, slots=True)
class ClaimView:
    """One claim of an outlet, with the date and place its mention gives and its terms."""

    claim: Claim
    event_date: date | None
    place: str
    terms: tuple[str, ...]  # loaded terms in the claim's sentence, in text order


@dataclass(frozen=True, slots=True)
class OutletProfile:
    """One outlet's reports of the event: its articles, claims and loaded terms."""

    outlet: str
    article_ids: tuple[str, ...]
    claims: tuple[ClaimView, ...]
    terms: tuple[TermUse, ...]  # most used first


@dataclass(frozen=True, slots=True)
class EventProfile:
    """An event and, per outlet sorted by name, how it reported it."""

    event: Event
    outlets: tuple[OutletProfile, ...]


def event_profile(store: Store, event_id: str) -> EventProfile:
    """Return the framing profile of stored event ``event_id``; NotFoundError if none.

    An article stored before the framing stage existed (a database migrated from
    revision 0001) is tagged now, from its stored sentences: without their parse,
    words match as written or inflected, not by lemma.
    """
    event = store.get_event(event_id)
    if event is None:
        raise NotFoundError(
            f"no event {event_id!r} in the store; list the ids with `eventwire events`"
        )
    ids = dict.fromkeys(claim.article_id for claim in event.sources)
    articles = {aid: a for aid in ids if (a := store.get_article(aid)) is not None}
    untagged = [a for a in articles.values() if FramingTagger.name not in a.stages]
    if untagged:
        tagger = FramingTagger()
        articles.update({a.article_id: tagger(a) for a in untagged})
    return build_profile(event, articles)


def build_profile(event: Event, articles: Mapping[str, Article]) -> EventProfile:
    """The profile of ``event`` from its source ``articles`` (by id; missing ones give no terms)."""
    by_outlet: dict[str, list[Claim]] = {}
    for claim in event.sources:
        by_outlet.setdefault(claim.outlet or UNKNOWN_OUTLET, []).append(claim)
    outlets = [
        _outlet_profile(outlet, claims, articles) for outlet, claims in sorted(by_outlet.items())
    ]
    return EventProfile(event, tuple(outlets))


def _outlet_profile(
    outlet: str, claims: list[Claim], articles: Mapping[str, Article]
) -> OutletProfile:
    claims = sorted(claims, key=lambda c: (c.article_id, c.char_start))
    ids = tuple(dict.fromkeys(claim.article_id for claim in claims))
    views: list[ClaimView] = []
    counts: Counter[tuple[str, str]] = Counter()
    quoted: Counter[tuple[str, str]] = Counter()
    in_evidence: Counter[tuple[str, str]] = Counter()
    for article_id in ids:
        article = articles.get(article_id)
        own = [c for c in claims if c.article_id == article_id]
        terms = article.framing if article is not None else ()
        mentions = {m.mention_id: m for m in article.mentions} if article is not None else {}
        views.extend(_claim_view(claim, terms, mentions.get(claim.mention_id)) for claim in own)
        for term in terms:
            key = (term.term, term.category)
            counts[key] += 1
            quoted[key] += term.quoted
            in_evidence[key] += any(_within(term, claim) for claim in own)
    uses = [
        TermUse(term, category, n, quoted[(term, category)], in_evidence[(term, category)])
        for (term, category), n in counts.items()
    ]
    uses.sort(key=lambda use: (-use.count, use.category, use.term))
    return OutletProfile(outlet, ids, tuple(views), tuple(uses))


def _within(term: FramingTerm, claim: Claim) -> bool:
    return claim.char_start <= term.span.start and term.span.end <= claim.char_end


def _claim_view(
    claim: Claim, terms: Iterable[FramingTerm], mention: EventMention | None
) -> ClaimView:
    place = ""
    if mention is not None and mention.place is not None:
        place = mention.place.name
    elif mention is not None and mention.location is not None:
        place = mention.location.text
    return ClaimView(
        claim=claim,
        event_date=mention.event_date if mention is not None else None,
        place=place,
        terms=tuple(t.term for t in terms if _within(t, claim)),
    )


def profile_record(profile: EventProfile) -> dict[str, Any]:
    """The profile as JSON-able data (``compare --json``)."""
    record: dict[str, Any] = to_json(profile)
    return record


def format_profile(profile: EventProfile) -> str:
    """The profile as plain text: a heading, then one block per outlet."""
    event = profile.event
    lines = [event_heading(event)]
    if event.disputed:
        lines.append(f"  disputed: {', '.join(event.disputed)}")
    lines.append(
        "  loaded terms: the words each outlet's articles use from data/lang/<iso>/framing.yaml;"
        " descriptive, no verdict"
    )
    for outlet in profile.outlets:
        lines += ["", *_outlet_lines(outlet)]
    return "\n".join(lines) + "\n"


def _outlet_lines(outlet: OutletProfile) -> list[str]:
    """One outlet's block: its claims (with the terms in their sentences), then its terms."""
    count = len(outlet.article_ids)
    lines = [
        f"== {outlet.outlet or 'unknown outlet'} ({count} article{'s' if count != 1 else ''})",
        "  claims:",
    ]
    for view in outlet.claims:
        details = []
        if view.event_date is not None:
            details.append(f"date {view.event_date.isoformat()}")
        if view.place:
            details.append(f"place {view.place}")
        lines += format_claim(view.claim, details=details, outlet=False)
        if view.terms:
            lines.append(f"{INDENT}loaded terms here: {', '.join(view.terms)}")
    if not outlet.terms:
        return [*lines, "  loaded terms: none"]
    lines.append("  loaded terms (count; * in a claim's sentence):")
    width = max(len(use.term) for use in outlet.terms)
    for use in outlet.terms:
        notes = []
        if use.quoted:
            notes.append(f"{use.quoted} quoted")
        if use.in_evidence:
            notes.append(f"{use.in_evidence} in evidence")
        mark = "*" if use.in_evidence else " "
        extra = f"  ({', '.join(notes)})" if notes else ""
        lines.append(f"  {mark} {use.term:<{width}}  {use.count:>3}  {use.category}{extra}")
    return lines
