"""The one data model that flows through every eventwire stage.

An :class:`Article` enters the pipeline from a reader, each stage returns a new
article with more fields filled (``dataclasses.replace``), and the resolver turns
the articles' :class:`EventMention` objects into :class:`Event` records, the rows
of the output contract. Every extracted value carries its evidence: an article id
and a character span into the article's cleaned ``text``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

__all__ = [
    "CONTRACT_COLUMNS",
    "PARAGRAPH_BREAK",
    "ActorRef",
    "Argument",
    "Article",
    "ArticleStatus",
    "Claim",
    "Event",
    "EventMention",
    "FramingTerm",
    "Location",
    "Paragraph",
    "Problem",
    "Removal",
    "Segment",
    "Sentence",
    "Span",
    "Token",
    "content_hash",
]

# The output contract: ACLED's current export columns, in ACLED's order, then
# eventwire's own. Every exporter writes exactly these, in this order.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
    "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
    "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip
EVENTWIRE_COLUMNS: tuple[str, ...] = (
    "fatalities_low", "fatalities_high", "injuries", "injuries_low", "injuries_high",
    "disputed", "sources",
)  # fmt: skip
CONTRACT_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + EVENTWIRE_COLUMNS

# What separates paragraphs in an article's cleaned ``text`` (the cleaner writes
# it, the language stage splits on it).
PARAGRAPH_BREAK = "\n\n"


def content_hash(text: str) -> str:
    """Return the stable hex digest used for article and event identity."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class ArticleStatus(StrEnum):
    """Where an article stands after the pipeline."""

    NEW = "new"  # read, not processed yet
    PROCESSED = "processed"  # every stage ran
    SKIPPED = "skipped"  # stored but not analysed (no model for its language, no text)


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` into an article's cleaned text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def cut(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Segment:
    """One run of cleaned text copied unchanged from the article's ``source_text``.

    ``clean_start`` and ``raw_start`` are where the run begins in the cleaned text
    and in ``source_text``; the run is ``length`` characters long in both. The
    segments of an article, in order, are its offset map from cleaned text back to
    the text as read. Characters of cleaned text outside every segment (paragraph
    breaks the cleaner normalised) map to no source character.
    """

    clean_start: int
    raw_start: int
    length: int


@dataclass(frozen=True, slots=True)
class Removal:
    """A stretch of ``source_text`` the cleaner dropped, and why (``kind``: a boilerplate class)."""

    kind: str
    raw_start: int
    raw_end: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of cleaned text with its detected language.

    ``foreign`` is true when its language differs from the article's; such a
    paragraph is never given to the article's language model.
    """

    span: Span
    language: str | None
    confidence: float
    foreign: bool = False


@dataclass(frozen=True, slots=True)
class Token:
    """A token of the parse, offsets into cleaned text; ``head`` is an index into the sentence."""

    start: int
    end: int
    text: str
    lemma: str
    pos: str
    dep: str
    head: int
    ent_type: str = ""
    morph: str = ""  # Universal Dependencies features, e.g. "Mood=Cnd|Tense=Pres"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of cleaned text, in the language of the model that parsed it."""

    span: Span
    language: str
    tokens: tuple[Token, ...] = ()


@dataclass(frozen=True, slots=True)
class Argument:
    """An extracted value with its evidence span (a place, actor, number or date)."""

    text: str
    span: Span
    value: str | None = None  # normalised form, when a stage has one


@dataclass(frozen=True, slots=True)
class Location:
    """A place resolved in the gazetteer: what the contract's place columns report.

    ``geo_precision`` is ACLED's: 1 the town or site itself, 2 near it or part of
    a region, 3 a region or only the country.
    """

    name: str
    country: str
    iso: int | None
    admin1: str = ""
    admin2: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    feature: str = ""
    gazetteer_id: str = ""


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as ACLED names it, from the actor knowledge base or kept as found.

    ``method`` says how the name was reached: "exact", "normalised" or "fuzzy"
    (an alias of the base), "unnormalised" (a named group the base lacks, kept as
    written), "claimed" (the group that claimed the attack later in the article),
    "inferred" (no actor in the text: an unnamed perpetrator), "story" (no actor in
    its sentence: the initiator the article named for an earlier incident), or "pattern" (unnamed
    state forces, « l'armée », "the troops", named for the country or the story).
    """

    name: str
    method: str
    inter: int | None = None
    country: str = ""  # ISO 3166-1 alpha-2 of the actor, "" when unknown
    associated: str = ""  # the larger force it belongs to (ACLED's assoc_actor)


@dataclass(frozen=True, slots=True)
class EventMention:
    """One report of one incident inside one article."""

    mention_id: str
    article_id: str
    sentence: Span
    trigger: Argument
    event_type: str
    sub_event_type: str
    disorder_type: str
    plover: str
    event_date: date | None = None
    time_precision: int | None = None  # ACLED: 1 day, 2 week, 3 month
    date_note: str = ""  # how the date was found, or why it is empty
    time: Argument | None = None  # the time expression the date was resolved from
    actor1: Argument | None = None
    actor2: Argument | None = None
    actor1_ref: ActorRef | None = None  # ``actor1`` named the ACLED way
    actor2_ref: ActorRef | None = None
    location: Argument | None = None
    place: Location | None = None  # ``location`` resolved in the gazetteer
    near: bool = False  # ``location`` is a landmark: "near X", « à l'ouest de X »
    # ``location`` names the country around a town: "the countryside of X",
    # « la campagne de X » (ACLED's geo_precision 3)
    area: bool = False
    weapons: tuple[Argument, ...] = ()
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    injuries: int | None = None
    injuries_low: int | None = None
    injuries_high: int | None = None
    civilian_targeting: bool = False
    claimed_by: str | None = None
    # The mention tells again an incident told earlier in its article ("the
    # strike", "during the battle"): it joins that incident even where its own
    # place is vaguer or unknown.
    retold: bool = False
    # ``fatalities`` adds both sides' dead, told in different sentences ("four
    # attackers were killed … a soldier was martyred"): it holds the one-side figures.
    both_sides: bool = False
    evidence: tuple[Argument, ...] = ()  # the spans behind every value above
    extractor: str = ""  # versioned stage name that produced it

    def place_key(self) -> str:
        """The place this mention names, for comparing mentions; "" when it names none.

        Its gazetteer entry when resolved to a town or site (or near one); else the
        name as written: two mentions placed only at country level ("Iraq") or not
        at all are at one place only when they name the same one.
        """
        if self.placed_finely() and self.place is not None and self.place.gazetteer_id:
            return self.place.gazetteer_id
        return (self.location.value or "") if self.location is not None else ""

    def placed_finely(self) -> bool:
        """Whether the gazetteer placed the mention at a town or site, or near one."""
        return self.place is not None and self.place.geo_precision in (1, 2)


@dataclass(frozen=True, slots=True)
class FramingTerm:
    """A loaded term an article uses (``data/lang/<iso>/framing.yaml``): descriptive, no verdict.

    ``term`` is the form the data lists (« martyr » for « martyrs »), ``category``
    its neutral category ("martyrdom", "delegitimising name"), ``span`` the words
    as written in the cleaned text, ``sentence`` the sentence holding them (the
    paragraph, for a paragraph in another language), ``quoted`` whether they stand
    inside quotation marks (someone quoted, not the outlet's own voice).
    """

    term: str
    category: str
    span: Span
    sentence: Span
    quoted: bool = False


@dataclass(frozen=True, slots=True)
class Article:
    """A news article as read, cleaned, analysed and stored.

    ``article_id`` is the explicit id, else the URL, else ``sha256:<hash of text>``;
    ``content_hash`` fingerprints what was read, so re-reading it changes nothing.
    """

    article_id: str
    origin: str  # file and line or record it came from, for messages
    raw: str  # text or HTML as read (decoded)
    raw_format: str  # "text" | "html" | "feed" | "json"
    content_hash: str  # of ``raw``: the same bytes read twice give the same hash
    source_text: str = ""  # the text before cleaning: ``raw``, or the text extracted from HTML
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
    published_precision: str | None = None  # "day" | "month" | None
    declared_language: str | None = None
    text: str = ""  # cleaned text: every Span points in here
    segments: tuple[Segment, ...] = ()
    removals: tuple[Removal, ...] = ()
    language: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[EventMention, ...] = ()
    framing: tuple[FramingTerm, ...] = ()  # loaded terms, in text order
    tags: tuple[str, ...] = ()
    status: ArticleStatus = ArticleStatus.NEW
    skip_reason: str = ""
    warnings: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()  # versioned names of the stages that ran

    def analysable_spans(self) -> tuple[Span, ...]:
        """Paragraph spans in the article's own language: all its language model may read."""
        return tuple(p.span for p in self.paragraphs if not p.foreign)


@dataclass(frozen=True, slots=True)
class Problem:
    """A record that could not be used, or was used with a caveat.

    ``origin`` names the file and line or record; ``fatal`` problems mean the
    record was not processed (the command exits 1), others are warnings.
    """

    origin: str
    reason: str
    fatal: bool = True

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Claim:
    """One source's claim about an event: an entry of the output's ``sources``.

    One per mention: its sentence, claimant and figures, with what the source's
    account as a whole says of the incident (day, type, place, actors).
    """

    article_id: str
    outlet: str | None
    url: str | None
    published: date | None
    sentence: str
    char_start: int
    char_end: int
    claimed_by: str | None
    fatalities: int | None
    injuries: int | None
    mention_id: str = ""
    # What this source says of the incident (its account, see resolve/): the
    # event's own values are reconciled from these.
    event_date: date | None = None
    sub_event_type: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    actor1: str = ""
    actor2: str = ""
    # The article whose wire text this one republishes (the same agency dispatch
    # on another site); None for an original.
    copy_of: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """A resolved incident: one row of the output contract (see ``CONTRACT_COLUMNS``)."""

    event_id_cnty: str
    event_date: date | None
    time_precision: int | None
    disorder_type: str
    event_type: str
    sub_event_type: str
    actor1: str = ""
    assoc_actor_1: str = ""
    inter1: int | None = None
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: str = ""
    iso: int | None = None
    region: str = ""
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    source: str = ""
    source_scale: str = ""
    notes: str = ""
    fatalities: int | None = None
    tags: tuple[str, ...] = ()
    timestamp: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    injuries: int | None = None
    injuries_low: int | None = None
    injuries_high: int | None = None
    disputed: tuple[str, ...] = ()
    sources: tuple[Claim, ...] = field(default=())
    mention_ids: tuple[str, ...] = ()

    @property
    def year(self) -> int | None:
        """The event's year, as ACLED's ``year`` column."""
        return self.event_date.year if self.event_date else None
