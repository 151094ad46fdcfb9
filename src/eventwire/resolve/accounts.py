"""Accounts: one article's telling of one incident, what cross-article resolution compares.

An article's codable incidents (see ``incidents``) become accounts. An account
sums up what its mentions say about the incident (type, day, place, actors,
tolls, sentences) so two accounts from different articles can be compared
without going back to their mentions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

# The gazetteer's spelling keys: comparing place names the gazetteer could not
# resolve needs the same transliteration rules it looks names up with.
from eventwire.geo.normalize import normalize_name, sound_key
from eventwire.models import Article, ArticleStatus, EventMention, Location
from eventwire.resolve.incidents import codable_clusters, family, finest, majority, typed

__all__ = ["NO_EDGES", "Account", "DayEdges", "article_accounts", "named_actors"]

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class DayEdges:
    """One language's words of a time expression placing an incident in its day.

    ``late`` near the end of a day ("late on Tuesday", « mardi soir »), ``early``
    near its start (« à l'aube », "early Wednesday"), ``daytime`` in its middle
    ("Tuesday afternoon", « mardi midi »): an incident told in daylight cannot be
    another outlet's night told a day apart.
    """

    late: frozenset[str] = frozenset()
    early: frozenset[str] = frozenset()
    daytime: frozenset[str] = frozenset()


NO_EDGES = DayEdges()


@dataclass(frozen=True, slots=True)
class Account:
    """What one article says of one incident."""

    key: str  # the article id and its first mention's id: unique and stable
    article: Article
    mentions: tuple[EventMention, ...]
    family: str
    sub_event_type: str
    event_date: date | None
    time_precision: int | None
    # Whether the account's date may be a day before (late) or after (early)
    # another outlet's for the same incident: its time expression puts the
    # incident late in its day ("late on Tuesday", « mardi soir ») or early
    # (« à l'aube », "early Wednesday").
    late: bool
    early: bool
    daytime: bool  # its time expression puts the incident in the middle of a day
    own_time: bool  # some mention has a time expression of its own
    place: Location | None
    place_key: str  # see EventMention.place_key; "" when unplaced
    near: bool  # its place is a landmark the incident was near ("near Kaya")
    # The sound keys of every name the account gives its place (and the
    # gazetteer's name for it): « Aïta el-Chaab » and "Aita al-Shaab" share one.
    place_names: frozenset[str]
    # The same keys of every capitalised run of up to NAME_WORDS words in its
    # sentences: the places it names besides the one it puts the incident at.
    text_names: frozenset[str]
    actors1: frozenset[str]
    actors2: frozenset[str]
    fatalities: int | None  # the largest figure the account gives
    injuries: int | None
    text: str  # the account's sentences, in text order

    @property
    def article_id(self) -> str:
        """The id of the article the account comes from."""
        return self.article.article_id

    @property
    def iso(self) -> int | None:
        """The ISO 3166-1 numeric code of the account's country, when placed."""
        return self.place.iso if self.place is not None else None

    @property
    def identity(self) -> str:
        """What names an event this account anchors: its article and what it tells
        (type, day, place), not its mentions' offsets, so a revised article whose
        incident is unchanged keeps its event's id."""
        day = self.event_date.isoformat() if self.event_date else ""
        return f"{self.article_id}|{self.sub_event_type}|{day}|{self.place_key}"

    def placed_finely(self) -> bool:
        """Whether the account names a town or site (or a place near one)."""
        return self.place is not None and self.place.geo_precision in (1, 2)


def named_actors(mentions: Sequence[EventMention], side: int) -> frozenset[str]:
    """The actor names the mentions give for ``side``, leaving out those inferred."""
    names = set()
    for mention in mentions:
        ref = mention.actor1_ref if side == 1 else mention.actor2_ref
        if ref is not None and ref.method != "inferred":
            names.add(ref.name)
    return frozenset(names)


def _place_names(mentions: Sequence[EventMention], place: Location | None) -> frozenset[str]:
    names = [m.location.text for m in mentions if m.location is not None]
    names += [m.location.value for m in mentions if m.location is not None and m.location.value]
    if place is not None:
        names.append(place.name)
    return frozenset(key for key in map(_name_key, names) if key)


def _name_key(name: str) -> str:
    """One key for the spellings of a place name: its sound key, else its lookup key."""
    return sound_key(name) or normalize_name(name)


# The longest run of capitalised words read as one name ("Wad al-Nura", "Ras Isa
# Port"): longer runs are a headline's or a list's.
NAME_WORDS = 3
# A capitalised word, or one behind a short particle ("al-Nura", « d'Oicha »).
_CAPITALISED = re.compile(r"(?:\w{1,3}['’-])?[^\W\d_]*[A-ZÀ-Þ][\w'’-]*")
# What ends a run of words: punctuation other than a hyphen or an apostrophe.
_BREAK = re.compile(r"[^\w\s'’-]+")


def _text_names(text: str) -> frozenset[str]:
    """The name keys of the capitalised word runs of ``text`` (see Account.text_names)."""
    keys = set()
    for part in _BREAK.split(text):
        run: list[str] = []
        for word in [*part.split(), ""]:
            if word and _CAPITALISED.fullmatch(word):
                run.append(word)
                continue
            for n in range(len(run)):
                for m in range(n + 1, min(n + NAME_WORDS, len(run)) + 1):
                    keys.add(_name_key(" ".join(run[n:m])))
            run = []
    return frozenset(k for k in keys if k)


def _largest(values: Sequence[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return max(known) if known else None


# How far before a time expression its words of the time of day may stand:
# « à l'aube de ce mercredi », "in the early hours of Tuesday", "at dawn today"
# (the date itself is all the date templates read).
EDGE_REACH = 25


def _time_words(mentions: Sequence[EventMention], text: str) -> frozenset[str]:
    """The words of the mentions' time expressions and of the words just before them."""
    said = " ".join(
        text[max(m.sentence.start, m.time.span.start - EDGE_REACH) : m.time.span.end]
        for m in mentions
        if m.time is not None
    )
    return frozenset(_WORD.findall(said.casefold()))


def article_accounts(article: Article, edges: DayEdges = NO_EDGES) -> list[Account]:
    """The accounts of a processed article's codable incidents, in text order.

    ``edges`` are the article's language's words placing a time in its day.
    """
    if article.status is not ArticleStatus.PROCESSED:
        return []
    accounts = []
    for cluster in codable_clusters(article.mentions):
        # A retelling's vaguer place ("Palestine Street" after "Baghdad") names no
        # incident of its own: the other mentions key the incident, while the
        # finest place any mention gives locates it.
        told = [m for m in cluster if not m.retold] or cluster
        place = finest(cluster)
        keys = majority([m.place_key() for m in told])
        dates = [m.event_date.isoformat() for m in cluster if m.event_date is not None]
        day = majority(dates)
        said = _time_words(cluster, article.text)
        precisions = [m.time_precision for m in cluster if m.time_precision is not None]
        sentences = sorted({(m.sentence.start, m.sentence.end) for m in cluster})
        accounts.append(
            Account(
                key=f"{article.article_id}|{min(m.mention_id for m in cluster)}",
                article=article,
                mentions=tuple(cluster),
                family=family(cluster[0]),
                sub_event_type=typed(cluster),
                event_date=date.fromisoformat(day) if day else None,
                time_precision=min(precisions) if precisions else None,
                late=bool(said & edges.late),
                early=bool(said & edges.early),
                daytime=bool(said & edges.daytime),
                own_time=any(m.time is not None for m in cluster),
                place=place,
                place_key=keys,
                near=any(m.near and m.place == place for m in cluster),
                place_names=_place_names(cluster, place),
                text_names=_text_names(" ".join(article.text[s:e] for s, e in sentences)),
                actors1=named_actors(cluster, 1),
                actors2=named_actors(cluster, 2),
                fatalities=_largest([m.fatalities for m in cluster]),
                injuries=_largest([m.injuries for m in cluster]),
                text=" ".join(article.text[s:e] for s, e in sentences),
            )
        )
    return accounts
