"""Score predicted events against hand-coded gold events, as docs/evaluation.md specifies.

Gold events and predictions are read from JSON Lines; each prediction counts once
per article in its ``sources``. Within an article, events match when their dates
are equal and their places agree, one to one, best field agreement first.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.geo.distance import haversine_km

__all__ = [
    "FIELDS",
    "ArticleScore",
    "GoldEvent",
    "IncidentScores",
    "PredictedEvent",
    "Scores",
    "evaluate",
    "evaluate_files",
    "events_match",
    "field_agreement",
    "format_incident_scores",
    "format_scores",
    "haversine_km",
    "normalise_name",
    "places_agree",
    "read_gold",
    "read_predictions",
    "score_article",
    "score_incidents",
]

# The fields compared on matched pairs, in report order (docs/evaluation.md).
FIELDS: tuple[str, ...] = (
    "sub_event_type", "event_type", "actor1", "actor2", "fatalities", "injuries",
    "civilian_targeting", "time_precision",
)  # fmt: skip
# Places within this distance are the same place (docs/evaluation.md): wide
# enough for a town's centroid against a district's, narrow enough to keep
# neighbouring towns of one governorate apart.
MAX_DISTANCE_KM = 25.0
GOLD_REQUIRED: tuple[str, ...] = (
    "article_id", "event_date", "time_precision", "event_type", "sub_event_type", "location",
    "country", "fatalities", "injuries", "civilian_targeting",
)  # fmt: skip

# Transliterations disagree on the ayn/hamza mark ("Ma'arrat", "Maʿarrat",
# "Maarrat"), so every apostrophe-like character is dropped, not just unified.
_APOSTROPHES = re.compile("['’‘`´ʼʻʿʾ]")
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_]+")
_LEADING_ARTICLE = re.compile(r"^(?:al|el|the) ")


def normalise_name(name: str) -> str:
    """Return ``name`` casefolded, without accents, apostrophes or a leading al-/el-/the."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    text = _SEPARATORS.sub(" ", _APOSTROPHES.sub("", text)).strip()
    return _LEADING_ARTICLE.sub("", text)


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One hand-coded incident of one article (a line of gold.jsonl)."""

    origin: str  # file:line
    article_id: str
    event_date: date | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    location: str
    location_aliases: tuple[str, ...]
    country: str
    latitude: float | None
    longitude: float | None
    actor1: str
    actor1_aliases: tuple[str, ...]
    actor2: str
    actor2_aliases: tuple[str, ...]
    fatalities: int | None
    injuries: int | None
    civilian_targeting: bool
    incident: str = ""  # the same id on every article's line telling one incident


@dataclass(frozen=True, slots=True)
class PredictedEvent:
    """A predicted event as seen from one of its source articles."""

    origin: str  # file:line
    event_id: str
    article_id: str
    event_date: date | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    location: str
    latitude: float | None
    longitude: float | None
    actor1: str
    actor2: str
    fatalities: int | None  # this article's claim (the largest, if it claims several)
    injuries: int | None
    civilian_targeting: bool
    event_fatalities: int | None = None  # the event's reconciled best
    articles: tuple[str, ...] = ()  # every article among the event's sources


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """How one article scored: its matches and what stayed unmatched, for debugging."""

    article_id: str
    gold: int
    predicted: int
    matches: tuple[tuple[PredictedEvent, GoldEvent], ...]
    unmatched_gold: tuple[GoldEvent, ...]
    unmatched_predictions: tuple[PredictedEvent, ...]
    duplicates: int
    false_events: int


@dataclass(frozen=True, slots=True)
class Scores:
    """Event precision/recall/F1, field accuracy on matched pairs, duplicates and false events."""

    gold_events: int
    predicted_events: int  # (article, event) pairs
    matched: int
    precision: float
    recall: float
    f1: float
    field_agreements: Mapping[str, int]
    field_accuracy: Mapping[str, float | None]  # None when nothing matched
    overall_field_accuracy: float | None
    duplicates: int
    false_events: int
    articles: tuple[ArticleScore, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the scores as JSON-able data, every matched and unmatched event included."""
        return asdict(self, dict_factory=_jsonable)


def _jsonable(items: list[tuple[str, Any]]) -> dict[str, Any]:
    return {key: v.isoformat() if isinstance(v, date) else v for key, v in items}


# -- reading ---------------------------------------------------------------------------


def _records(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``(file:line, object)`` for each non-blank line of a JSON Lines file."""
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            origin = f"{path}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(origin, f"not valid JSON ({exc.msg})") from None
            if not isinstance(record, dict):
                raise InputError(origin, "expected a JSON object")
            yield origin, record


def _is_count(value: Any) -> bool:
    return value is None or (type(value) is int and value >= 0)


def _is_day(value: Any) -> bool:
    try:
        return value is None or bool(date.fromisoformat(value))
    except (TypeError, ValueError):
        return False


# A field check: (test, what the value must be, default when the field is absent).
Check = tuple[Callable[[Any], bool], str, Any]
_TEXT: Check = (lambda v: isinstance(v, str), "a string", "")
_NAMES: Check = (
    lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
    "a list of strings",
    [],
)
_COUNT: Check = (_is_count, "a count or null", None)
_NUMBER: Check = (
    lambda v: v is None or (isinstance(v, int | float) and not isinstance(v, bool)),
    "a number or null",
    None,
)
_DAY: Check = (_is_day, "YYYY-MM-DD or null", None)
_PRECISION: Check = (lambda v: v in (None, 1, 2, 3), "1, 2, 3 or null", None)
GOLD_SCHEMA: dict[str, Check] = {
    "article_id": _TEXT, "event_date": _DAY, "time_precision": _PRECISION,
    "event_type": _TEXT, "sub_event_type": _TEXT, "location": _TEXT,
    "location_aliases": _NAMES, "country": _TEXT, "latitude": _NUMBER, "longitude": _NUMBER,
    "actor1": _TEXT, "actor1_aliases": _NAMES, "actor2": _TEXT, "actor2_aliases": _NAMES,
    "fatalities": _COUNT, "injuries": _COUNT,
    "civilian_targeting": (lambda v: isinstance(v, bool), "true or false", False),
    "incident": _TEXT,
}  # fmt: skip
# Predictions follow the output contract; only these fields need checking.
PREDICTION_SCHEMA: dict[str, Check] = {
    "event_date": _DAY, "time_precision": _PRECISION, "latitude": _NUMBER,
    "longitude": _NUMBER, "sources": (lambda v: isinstance(v, list), "a list", None),
    "fatalities": _COUNT,
}  # fmt: skip


def _checked(origin: str, record: Mapping[str, Any], schema: Mapping[str, Check]) -> dict[str, Any]:
    """Return ``record``'s schema fields (defaults filled in), or fail naming the bad field."""
    values = {}
    for key, (check, expected, default) in schema.items():
        value = record.get(key, default)
        if not check(value):
            raise InputError(origin, f"field {key!r} must be {expected}, not {value!r}")
        values[key] = value
    if (values["latitude"] is None) != (values["longitude"] is None):
        raise InputError(origin, "give both latitude and longitude, or neither")
    if values["event_date"] is not None:
        values["event_date"] = date.fromisoformat(values["event_date"])
    return values


def read_gold(path: Path) -> list[GoldEvent]:
    """Read gold events; raise :class:`InputError` naming file:line for a malformed line."""
    events = []
    for origin, record in _records(path):
        missing = [key for key in GOLD_REQUIRED if key not in record]
        if missing:
            raise InputError(origin, f"missing required field(s): {', '.join(missing)}")
        values = _checked(origin, record, GOLD_SCHEMA)
        if not values["article_id"]:
            raise InputError(origin, "field 'article_id' is empty")
        names = ("location_aliases", "actor1_aliases", "actor2_aliases")
        values.update({key: tuple(values[key]) for key in names})
        events.append(GoldEvent(origin=origin, **values))
    return events


def _largest(values: list[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return max(known) if known else None


def read_predictions(path: Path) -> list[PredictedEvent]:
    """Read output-contract JSON Lines; return one :class:`PredictedEvent` per (event, article)."""
    exploded = []
    for origin, record in _records(path):
        values = _checked(origin, record, PREDICTION_SCHEMA)
        claims: dict[str, list[dict[str, Any]]] = {}
        for claim in values.pop("sources"):
            if not isinstance(claim, dict) or not isinstance(claim.get("article_id"), str):
                raise InputError(origin, "every entry of 'sources' needs an 'article_id'")
            if not (_is_count(claim.get("fatalities")) and _is_count(claim.get("injuries"))):
                raise InputError(origin, "source fatalities and injuries must be counts or null")
            claims.setdefault(claim["article_id"], []).append(claim)
        texts = ("event_type", "sub_event_type", "location", "actor1", "actor2")
        values.update({key: str(record.get(key) or "") for key in texts})
        values["event_fatalities"] = values.pop("fatalities")
        values["articles"] = tuple(sorted(claims))
        for article_id, own in claims.items():
            exploded.append(
                PredictedEvent(
                    origin=origin,
                    event_id=str(record.get("event_id_cnty") or origin),
                    article_id=article_id,
                    fatalities=_largest([c.get("fatalities") for c in own]),
                    injuries=_largest([c.get("injuries") for c in own]),
                    civilian_targeting=record.get("civilian_targeting") == "Civilian targeting",
                    **{**values, **_as_told(origin, own[0])},
                )
            )
    return exploded


# Where a ``sources`` entry says when and where its article places the incident
# (eventwire's claims do), an event is matched to an article's gold by that
# article's own day and place: merging the accounts of several outlets (a day
# apart across midnight, one naming the village and one the town) then does not
# unmatch each article's gold. Every other field is the event's, as output.
def _as_told(origin: str, claim: Mapping[str, Any]) -> dict[str, Any]:
    """The event's day and place as the claim's article tells them, when the claim has them."""
    told: dict[str, Any] = {}
    if claim.get("location"):
        told["location"] = str(claim["location"])
    if "event_date" in claim:
        day = claim["event_date"]
        if not _DAY[0](day):
            raise InputError(origin, f"source event_date must be {_DAY[1]}, not {day!r}")
        told["event_date"] = date.fromisoformat(day) if day else None
    if "latitude" in claim and "longitude" in claim:
        lat, lon = claim["latitude"], claim["longitude"]
        if not (_NUMBER[0](lat) and _NUMBER[0](lon)) or (lat is None) != (lon is None):
            raise InputError(origin, "source latitude and longitude must be numbers, both or none")
        told.update(latitude=lat, longitude=lon)
    return told


# -- matching and scoring --------------------------------------------------------------


def _close(
    lat: float | None, lon: float | None, other_lat: float | None, other_lon: float | None
) -> bool | None:
    """Whether two points are within MAX_DISTANCE_KM; None when one lacks coordinates."""
    if lat is None or lon is None or other_lat is None or other_lon is None:
        return None
    return haversine_km(lat, lon, other_lat, other_lon) <= MAX_DISTANCE_KM


def places_agree(pred: PredictedEvent, gold: GoldEvent) -> bool:
    """True when both are located within 25 km, else when the names agree after normalising."""
    close = _close(pred.latitude, pred.longitude, gold.latitude, gold.longitude)
    if close is not None:
        return close
    wanted = {normalise_name(name) for name in (gold.location, *gold.location_aliases)}
    return bool(pred.location) and normalise_name(pred.location) in wanted


def events_match(pred: PredictedEvent, gold: GoldEvent) -> bool:
    """True when the dates are equal (both unknown counts as equal) and the places agree."""
    return pred.event_date == gold.event_date and places_agree(pred, gold)


def _actor_agrees(pred: str, canonical: str, aliases: tuple[str, ...]) -> bool:
    if not canonical and not aliases:
        return not pred  # no actor in the gold: only an empty prediction agrees
    return normalise_name(pred) in {normalise_name(name) for name in (canonical, *aliases)}


def field_agreement(pred: PredictedEvent, gold: GoldEvent) -> dict[str, bool]:
    """Return, for each of :data:`FIELDS`, whether the prediction agrees with the gold."""
    return {
        "sub_event_type": pred.sub_event_type.casefold() == gold.sub_event_type.casefold(),
        "event_type": pred.event_type.casefold() == gold.event_type.casefold(),
        "actor1": _actor_agrees(pred.actor1, gold.actor1, gold.actor1_aliases),
        "actor2": _actor_agrees(pred.actor2, gold.actor2, gold.actor2_aliases),
        "fatalities": pred.fatalities == gold.fatalities,
        "injuries": pred.injuries == gold.injuries,
        "civilian_targeting": pred.civilian_targeting == gold.civilian_targeting,
        "time_precision": pred.time_precision == gold.time_precision,
    }


def score_article(
    article_id: str, golds: list[GoldEvent], preds: list[PredictedEvent]
) -> ArticleScore:
    """Match one article's predictions to its gold events, one to one, greedily."""
    candidates = [
        (sum(field_agreement(p, g).values()), i, j)
        for i, p in enumerate(preds)
        for j, g in enumerate(golds)
        if events_match(p, g)
    ]
    # Most agreeing fields first; ties go to the earlier prediction, then gold line.
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    pred_to_gold: dict[int, int] = {}
    taken: set[int] = set()
    for _agree, i, j in candidates:
        if i not in pred_to_gold and j not in taken:
            pred_to_gold[i] = j
            taken.add(j)
    leftover = [i for i in range(len(preds)) if i not in pred_to_gold]
    duplicates = sum(1 for i in leftover if any(c[1] == i and c[2] in taken for c in candidates))
    return ArticleScore(
        article_id=article_id,
        gold=len(golds),
        predicted=len(preds),
        matches=tuple((preds[i], golds[j]) for i, j in sorted(pred_to_gold.items())),
        unmatched_gold=tuple(g for j, g in enumerate(golds) if j not in taken),
        unmatched_predictions=tuple(preds[i] for i in leftover),
        duplicates=duplicates,
        false_events=len(preds) if not golds else 0,
    )


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def evaluate(gold: list[GoldEvent], predictions: list[PredictedEvent]) -> Scores:
    """Score exploded predictions against gold events, article by article."""
    golds: dict[str, list[GoldEvent]] = {}
    preds: dict[str, list[PredictedEvent]] = {}
    for g in gold:
        golds.setdefault(g.article_id, []).append(g)
    for p in predictions:
        preds.setdefault(p.article_id, []).append(p)
    articles = tuple(
        score_article(article_id, golds.get(article_id, []), preds.get(article_id, []))
        for article_id in sorted(golds.keys() | preds.keys())
    )
    matched = sum(len(a.matches) for a in articles)
    agreements = dict.fromkeys(FIELDS, 0)
    for article in articles:
        for pred, g in article.matches:
            for name, agrees in field_agreement(pred, g).items():
                agreements[name] += agrees
    accuracy = {name: (n / matched if matched else None) for name, n in agreements.items()}
    precision, recall = _ratio(matched, len(predictions)), _ratio(matched, len(gold))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(
        gold_events=len(gold),
        predicted_events=len(predictions),
        matched=matched,
        precision=precision,
        recall=recall,
        f1=f1,
        field_agreements=agreements,
        field_accuracy=accuracy,
        overall_field_accuracy=sum(agreements.values()) / (matched * len(FIELDS))
        if matched
        else None,
        duplicates=sum(a.duplicates for a in articles),
        false_events=sum(a.false_events for a in articles),
        articles=articles,
    )


def evaluate_files(gold: Path, predictions: Path) -> Scores:
    """Read a gold file and a predictions file and score them."""
    return evaluate(read_gold(gold), read_predictions(predictions))


def format_scores(scores: Scores) -> str:
    """Return the scores as a short plain-text table."""
    lines = [
        f"gold events        {scores.gold_events}",
        f"predicted events   {scores.predicted_events}  (one per event and source article)",
        f"matched            {scores.matched}",
        f"precision          {scores.precision:.3f}",
        f"recall             {scores.recall:.3f}",
        f"F1                 {scores.f1:.3f}",
        f"duplicates         {scores.duplicates}",
        f"false events       {scores.false_events}  (in articles without a gold event)",
        "",
        "field accuracy on matched pairs",
    ]
    for name in FIELDS:
        value = scores.field_accuracy[name]
        shown = "n/a" if value is None else f"{value:.3f}"
        lines.append(f"  {name:<20} {shown:>5}  ({scores.field_agreements[name]}/{scores.matched})")
    overall = scores.overall_field_accuracy
    lines.append(f"  {'overall':<20} {'n/a' if overall is None else f'{overall:.3f}':>5}")
    return "\n".join(lines) + "\n"


# -- across outlets (gold lines with an ``incident`` id) ------------------------------


@dataclass(frozen=True, slots=True)
class IncidentScores:
    """How the events of several articles line up with the gold incidents they tell.

    Built from the per-article matches: an event matched to gold lines of one
    incident in several articles found it once; a second event matched to the
    same incident is a duplicate; an event matched to lines of two incidents
    merged them.
    """

    incidents: int  # gold incidents
    multi_outlet: int  # incidents told by two or more articles
    found: int  # incidents some event matched
    events: int  # events matched to some gold line
    duplicates: int  # events beyond the first for one incident
    duplicate_share: float  # duplicates / events
    wrong_merges: int  # events matched to lines of two or more incidents
    same_place_merges: int  # of those, incidents at one place on different days
    complete: int  # multi-outlet incidents one event tells from all their matched articles
    complete_of: int  # multi-outlet incidents matched in two or more articles
    best_in_range: int  # events whose best fatality lies within the incident's gold claims
    best_in_range_of: int  # events with a best figure and gold figures to compare


def _one_place(first: GoldEvent, second: GoldEvent) -> bool:
    close = _close(first.latitude, first.longitude, second.latitude, second.longitude)
    if close is not None:
        return close
    return normalise_name(first.location) == normalise_name(second.location)


def score_incidents(scores: Scores) -> IncidentScores | None:
    """Score events across articles against gold incident ids; None without incident ids."""
    pairs = [(p, g) for article in scores.articles for p, g in article.matches]
    golds = [g for a in scores.articles for g in (*a.unmatched_gold, *(g for _, g in a.matches))]
    if not any(g.incident for g in golds):
        return None
    told: dict[str, set[str]] = {}
    for g in golds:
        told.setdefault(g.incident or g.origin, set()).add(g.article_id)
    by_incident: dict[str, set[str]] = {}
    by_event: dict[str, list[GoldEvent]] = {}
    events: dict[str, PredictedEvent] = {}
    for p, g in pairs:
        by_incident.setdefault(g.incident or g.origin, set()).add(p.event_id)
        by_event.setdefault(p.event_id, []).append(g)
        events[p.event_id] = p
    merged = {e: gs for e, gs in by_event.items() if len({g.incident or g.origin for g in gs}) > 1}
    same_place = sum(
        any(
            a.incident != b.incident and a.event_date != b.event_date and _one_place(a, b)
            for i, a in enumerate(gs)
            for b in gs[i + 1 :]
        )
        for gs in merged.values()
    )
    matched_articles: dict[str, set[str]] = {}
    for _, g in pairs:
        matched_articles.setdefault(g.incident or g.origin, set()).add(g.article_id)
    multi = [i for i, articles in told.items() if len(articles) > 1]
    complete_of = [i for i in multi if len(matched_articles.get(i, ())) > 1]
    complete = sum(
        any(matched_articles[i] <= set(events[e].articles) for e in by_incident[i])
        for i in complete_of
    )
    in_range = of = 0
    for event_id, gs in by_event.items():
        claimed = [g.fatalities for g in golds if g.incident and g.incident == gs[0].incident]
        figures = [f for f in claimed if f is not None]
        best = events[event_id].event_fatalities
        if best is not None and figures and event_id not in merged:
            of += 1
            in_range += min(figures) <= best <= max(figures)
    duplicates = sum(len(e) - 1 for e in by_incident.values())
    return IncidentScores(
        incidents=len(told),
        multi_outlet=len(multi),
        found=len(by_incident),
        events=len(by_event),
        duplicates=duplicates,
        duplicate_share=_ratio(duplicates, len(by_event)),
        wrong_merges=len(merged),
        same_place_merges=same_place,
        complete=complete,
        complete_of=len(complete_of),
        best_in_range=in_range,
        best_in_range_of=of,
    )


def format_incident_scores(scores: IncidentScores) -> str:
    """Return the across-outlets scores as a short plain-text table."""
    s = scores
    lines = [
        "across outlets (gold incidents)",
        f"  incidents          {s.incidents}  ({s.multi_outlet} told by several articles)",
        f"  found              {s.found}  by {s.events} events",
        f"  duplicates         {s.duplicates}  ({s.duplicate_share:.3f} of events)",
        f"  wrong merges       {s.wrong_merges}  ({s.same_place_merges} at one place, other days)",
        f"  all outlets listed {s.complete}/{s.complete_of}  (incidents matched in 2+ articles)",
        f"  best in range      {s.best_in_range}/{s.best_in_range_of}",
    ]
    return "\n".join(lines) + "\n"
