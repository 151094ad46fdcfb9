"""A plain-Python reference for the API's event filters, to test the SQL against."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

ACTOR_COLUMNS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")
TEXT_COLUMNS = (
    "location",
    "admin1",
    "admin2",
    "admin3",
    "country",
    *ACTOR_COLUMNS,
    "notes",
    "source",
)


def _matches(record: dict[str, Any], params: dict[str, Any]) -> bool:
    """Whether an output-contract record passes the filters in ``params`` (API parameter names)."""
    day = date.fromisoformat(record["event_date"]) if record["event_date"] else None
    if "since" in params and (day is None or day < date.fromisoformat(params["since"])):
        return False
    if "until" in params and (day is None or day > date.fromisoformat(params["until"])):
        return False
    for name in ("country", "admin1", "event_type", "sub_event_type"):
        if name in params and record[name].casefold() != params[name].casefold():
            return False
    if "actor" in params:
        actors = [record[column].casefold() for column in ACTOR_COLUMNS]
        if not any(params["actor"].casefold() in actor for actor in actors):
            return False
    if "q" in params:
        outlets = [source["outlet"] or "" for source in record["sources"]]
        haystack = "\n".join([*(record[c] for c in TEXT_COLUMNS), *outlets]).casefold()
        if not all(word in haystack for word in params["q"].casefold().split()):
            return False
    if "min_fatalities" in params and (
        record["fatalities"] is None or record["fatalities"] < params["min_fatalities"]
    ):
        return False
    return not (params.get("disputed") and not record["disputed"])


def select(records: Sequence[dict[str, Any]], params: dict[str, Any]) -> list[dict[str, Any]]:
    """The records the filters select, in the API's order: by date (undated last), then id."""
    chosen = [record for record in records if _matches(record, params)]
    return sorted(
        chosen, key=lambda r: (r["event_date"] is None, r["event_date"] or "", r["event_id_cnty"])
    )


def filter_cases(records: Sequence[dict[str, Any]]) -> list[tuple[dict[str, Any], str]]:
    """One narrowing case per filter, its values taken from ``records`` (dated, located ones first)."""
    dated = sorted(r["event_date"] for r in records if r["event_date"])
    middle = dated[len(dated) // 2]
    first = next(r for r in records if r["event_date"] and r["admin1"] and r["actor1"])
    fatal = sorted(r["fatalities"] for r in records if r["fatalities"])
    word = first["actor1"].split()[-1].strip("()").casefold()
    cases = [
        ({"since": middle}, "since"),
        ({"until": middle}, "until"),
        ({"since": dated[0], "until": dated[0]}, "one day"),
        ({"country": first["country"].upper()}, "country, case-blind"),
        ({"admin1": first["admin1"].lower()}, "admin1, case-blind"),
        ({"event_type": first["event_type"]}, "event type"),
        ({"sub_event_type": first["sub_event_type"].upper()}, "sub-event type"),
        ({"actor": word}, "part of an actor's name"),
        ({"q": first["location"]}, "text: the place"),
        (
            {"q": (first["sources"][0]["outlet"] if first["sources"] else first["location"])},
            "text: an outlet",
        ),
        ({"min_fatalities": fatal[len(fatal) // 2]}, "fatalities"),
        ({"disputed": True}, "disputed"),
        ({"country": first["country"], "disputed": True, "since": dated[0]}, "combined"),
    ]
    return cases
