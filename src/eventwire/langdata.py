"""Loader for per-language data files (``data/lang/<iso>/<name>.yaml``).

Language knowledge lives in data: adding a language is adding a folder of YAML
files. This one loader reads them and checks each against its schema, so a typo
in a lexicon fails loudly with the file name instead of silently matching nothing.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import yaml

from eventwire.errors import DataFileError

__all__ = ["SCHEMAS", "check_keys", "data_languages", "load_data", "load_lang_data"]

# For each data file name: its top-level keys, the type of each, and whether required.
SCHEMAS: dict[str, dict[str, tuple[type, bool]]] = {
    "boilerplate": {
        "line_patterns": (dict, True),  # kind -> list of regexes matching a whole line
        "leading_metadata": (list, False),  # regexes with a named group for a header line
    },
    "triggers": {
        "triggers": (list, True),  # {phrase, sub_event_type, strength}
    },
    "casualties": {
        "killed": (list, True),
        "injured": (list, True),
        "any": (list, False),  # a zero said with these applies to both tolls
        "tallies": (list, False),  # "no toll was available": no figure, not a zero
        "civilians": (list, False),  # victims or targets that make civilian targeting
        "people": (list, False),  # "eight people": civilians when a strike hits a town
        "lone_civilians": (list, False),  # "a man": a civilian when told alone (singular)
        "revisions": (list, False),  # verb lemmas revising a toll: their time is not the incident's
        "collectives": (list, False),  # "20 gangs neutralised": groups counted, not people
        "aftermath": (list, False),  # "died in hospital on Monday": a later death's time
        "tally_preps": (list, False),  # "by Tuesday morning": when a count stood, not the incident
        "victim_preps": (list, False),  # "injuries to eight US personnel": who was hurt
        "subset_preps": (list, False),  # "among the injured were two": some of a total
    },
    "cues": {
        "intent": (list, True),  # governing lemmas: threats, plans, intentions
        "denial": (list, True),
        "report_nouns": (list, False),  # "denied reports that …": denies what they say
        "denied_as": (list, False),  # predicate words calling a claim untrue: "baseless"
        "allegation": (list, False),  # governing lemmas: what someone is suspected of
        "modal": (list, True),
        "conditional": (list, True),
        "aggregate": (list, True),  # phrases: running totals, not one incident
        "series": (list, False),  # phrases: running totals unless dated to one day
        "history": (list, True),  # phrases: the sentence recalls an earlier incident
        "recalled": (list, True),  # phrases: what they govern is an earlier incident
        "claim_verbs": (list, False),  # "claimed the attack": a claimed incident told before
        "during": (list, False),  # phrases + determiner: the clause is part of that incident
        "anaphoric": (list, False),  # determiners: a trigger noun so determined retells
        "separate": (list, False),  # sentence openers: another incident, nothing inherited
        "trend": (list, False),  # verb lemmas (+ particle): plural incidents as a trend
        "witness": (list, False),  # verb lemmas: "saw forces shelling the town" tells an incident
        "times_words": (list, False),  # "40 times": occasions counted, a tally
        "period_nouns": (list, False),  # a count over a year, a decade: a running total
        "conflict_nouns": (list, False),  # « la guerre a fait 10 000 morts »: a whole war's toll
        "same_time": (list, False),  # "the same night": another incident, at the last one's time
        "past_perfect": (list, True),  # "lemma|Feature=Value" of past-perfect auxiliaries
        "negation": (list, True),
        "since": (list, True),  # "since" + a time expression: a running total
        "disaster": (list, False),  # phrases: deaths and blasts told are a disaster's
        "yielded": (list, False),  # phrases: the other side left; a takeover was non-violent
        "raid_end": (list, False),  # phrases: the attackers left again; no place was taken
        "crime": (list, False),  # phrases: a common crime or private quarrel, read like a disaster
    },
    "attribution": {
        "verbs": (list, True),
        "preps": (list, True),
        "same_source": (list, True),
        "account_verbs": (list, False),  # verbs (+ word) giving a toll: two of them, two accounts
        "earlier_words": (list, False),  # "initially said 25": an account superseded by a later one
    },
    "arguments": {
        "location_preps": (list, True),
        "near_preps": (list, False),  # "near X", « à l'ouest de X »: geo_precision 2
        "area_preps": (list, False),  # "the countryside of X": the area around X, precision 3
        # "the Kuwait roundabout in Az Zaytun": a landmark's town is the event's place
        "landmark_nouns": (list, False),
        "within_preps": (list, False),  # the words between a landmark and its town
        "target_preps": (list, True),
        "origin_preps": (list, True),  # where a weapon came from, not where it struck
        "origin_parts": (list, False),  # nouns for the part of a place shots came from
        "flight_verbs": (list, False),  # "fled towards X": where attackers went, not the place
        "destination_preps": (list, False),  # "towards", « vers »: where a flight led
        "affiliation_words": (list, False),  # "linked to X", « lié à X »: X is a group
        "motive_phrases": (list, False),  # "in support of X": X is a cause, not the place
        "seat_nouns": (list, False),  # "the capital of X": X is the region around the place
        "destination_verbs": (list, True),  # verbs whose places are where people were taken
        "end_preps": (list, False),  # "continued into Wednesday": when it ended, not began
        "place_nouns": (list, True),
        "part_nouns": (list, False),  # parts of a town: what they name is a place, whatever its tag
        "town_nouns": (list, False),  # "the settlement of X": X is a town, whatever its tag
        "site_nouns": (list, True),  # places named after a company or group: base, field, camp
        "broad_places": (list, True),  # countries and regions: less specific than a town
        "actor_nouns": (list, True),
        "demonyms": (list, True),
        "describing_heads": (list, False),  # "a Lagos-based consultancy": no place of the event
        # words in an actor's name telling who took a place: state forces regain
        # territory, anyone else overtakes it (a non-state word wins over a state one)
        "state_actors": (list, False),
        "non_state_actors": (list, False),
        "own_side": (list, False),  # "our fighters", « nos héros »: the claimant's own dead
        # places held by armed men: attacking one (or those actors) is a clash,
        # attacking anyone or anything else is an attack on civilians
        "armed_sites": (list, False),
        # verbs saying who is at a site: its target is who they name
        # ("the base hosting US troops", « la base qui héberge des militaires américains »)
        "host_verbs": (list, False),
        # verbs whose subject took the blow: « la base a essuyé des tirs »
        "undergo_verbs": (list, False),
        # verbs saying where the places hit lie (lemma, then a word it must govern)
        "located_verbs": (list, False),
        # places where people live, shop, pray, study or are treated: striking one
        # targets civilians (ACLED's civilian_targeting)
        "civilian_sites": (list, False),
        # prepositions of a holder: « les positions de X », "positions of X"
        "owner_preps": (list, False),
        # prepositions of the people a toll is counted among: « douze morts parmi les civils »
        "among_preps": (list, False),
        # prepositions of a passive verb's agent, whatever relation the parser gives it
        "agent_preps": (list, False),
        # a fight told by its two sides: « des combats ont opposé X à Y », "fighting
        # pitted X against Y" (verbs, then the preposition of the second side), and
        # "clashes between X and Y" (the preposition naming both)
        "sides_verbs": (list, False),
        "sides_preps": (list, False),
        "between_preps": (list, False),
        # an attack blamed on someone: « une attaque attribuée aux ADF », "an attack
        # blamed on Al-Shabaab" (verbs, then the preposition of who is blamed)
        "blame_verbs": (list, False),
        "blame_preps": (list, False),
        # verbs of a defender stopping an attack: « l'armée a repoussé une attaque des
        # jihadistes », "troops repelled an attack by ISWAP" (the attack's author is
        # the initiator, the subject its target)
        "repel_verbs": (list, False),
        # the preposition of whom a side fought: "clashed with junta troops"
        "opponent_preps": (list, False),
    },
    "dates": {
        "weekdays": (dict, True),  # name -> index, Monday 0
        "months": (dict, True),  # name or abbreviation -> 1..12
        "numbers": (dict, False),  # number word -> value ("il y a deux jours")
        "templates": (list, True),  # {kind, patterns, offset?, modifier?}; see extract/dates.py
        "late_edges": (list, False),  # words putting a time late in its day: a day's doubt
        "early_edges": (list, False),  # words putting a time early in its day
        "daytime_words": (list, False),  # words putting a time in the middle of its day
    },
    "numbers": {
        "lower_bounds": (list, True),  # phrases before a number: « au moins », "more than"
        "upper_bounds": (list, True),  # « jusqu'à », "up to"
        "approximate": (list, True),  # « environ », "about"
        "lower_bounds_after": (list, False),  # phrases after a number: "or more"
        "collectives": (dict, True),  # phrase -> value, "about N": « une dizaine » -> 10
        "plural_collectives": (dict, True),  # phrase -> ACLED floor: "dozens" -> 12
        "zero": (list, True),  # phrases read as 0: « aucun », "no"
        "range_openers": (dict, True),  # opener -> joining word: « entre » -> « et »
        "range_joins": (list, True),  # joining words without an opener: « 5 à 8 »
        "number_joiners": (list, False),  # words inside a written number: « vingt et un »
        "multipliers": (dict, False),  # word -> factor after a count: "two dozen" -> 24
        "scale_articles": (list, False),  # "one" only before hundred/thousand: "a hundred"
        "not_numbers": (list, False),  # words text2num reads as numbers that are not counts
        "year_words": (list, True),  # a 4-digit 1900-2100 number after one is a year
        "months": (list, True),  # month names (days and years next to them are dates)
    },
    "places": {  # words the gazetteer lookup reads in a place name (geo/lookup.py)
        "region_words": (list, False),  # "Anbar Governorate": the name of a region
        "town_words": (list, False),  # "Kirkuk city": the name of a town
        "side_words": (list, False),  # "West Surrey": a side of the place named
        "street_words": (list, False),  # "Dayton Street": a street, not the town
        "facility_words": (list, False),  # "University of Alberta": a building in a place
        "of_words": (list, False),  # the words joining an institution to its place
        "part_words": (list, False),  # "Kharkiv's Kyivskyi district": a part of a town
        "area_words": (list, False),  # "the Qala-e-Bakhtiar area of Kabul": a part too
        "countryside_words": (list, False),  # "rural Homs": the region around a town
        "site_words": (list, False),  # "the Yemeni port of Mocha": a place noun named after
        "indefinite_articles": (list, False),  # "a neighborhood of Kyiv": Kyiv is the town
        "capital_words": (list, False),  # "Mali's capital", « la capitale du Mali »
        "definite_articles": (list, False),  # « capitale de la Somalie »: read over
        "within_words": (list, False),  # "Faladié, à Bamako": a part of the town after it
        "road_patterns": (list, False),  # regexes of road numbers ("A417", "I-95")
    },
    "forces": {  # names of a country's forces, filled from data/actors/states.yaml
        "forms": (list, True),  # the order of a country's demonym forms in states.yaml
        "nouns": (list, False),  # forms naming the people, not adjectives of its forces
        "military": (list, True),  # templates: "{adj} troops", « soldats {mp} »
        "police": (list, True),  # templates: "{adj} police", « policiers {mp} »
    },
    "framing": {  # loaded terms (eventwire/framing): descriptive, never a verdict
        "terms": (dict, True),  # category (data/framing_categories.yaml) -> terms, base forms
        "names": (list, False),  # names and set phrases holding a loaded word: not counted
        "endings": (list, False),  # inflection endings a term's word may carry
        "prefixes": (list, False),  # clitics a term's word may carry (Arabic و, ال)
    },
    "framing_categories": {
        "categories": (dict, True),  # category name -> what words of it do
    },
    "gazetteer/places": {  # checked entry by entry by eventwire.geo.curated
        "places": (list, True),  # {id, name, aliases, latitude, longitude, ..., garrison?}
    },
    "gazetteer/outlets": {
        "outlets": (list, True),  # {name, aliases, place, source}: outlets named like places
    },
    "outlets": {  # the outlet knowledge base, read by eventwire.outlets
        "regions": (dict, True),  # ACLED region -> ISO alpha-2 codes of its countries
        "outlets": (list, True),  # {name, aliases, domains, country, kind, languages, scale, ...}
    },
    "taxonomy": {
        "sub_event_types": (dict, True),  # sub-event type -> {event_type, disorder_type, plover}
    },
}


def _root() -> Traversable:
    return resources.files("eventwire").joinpath("data")


def check_keys(
    where: str,
    entry: dict[str, Any],
    schema: dict[str, tuple[type, bool]],
    *,
    null_is_missing: bool = True,
) -> None:
    """Check a mapping's keys against ``schema`` (key -> (type, required)).

    Errors start with ``where`` (the file, and the entry within it). A key written
    with no value counts as missing unless ``null_is_missing`` is false, when it is
    a type error (a lexicon's readers expect the list a key promises).
    """
    unknown = set(entry) - set(schema)
    if unknown:
        raise DataFileError(f"{where}: unknown keys {sorted(unknown)}; allowed {sorted(schema)}")
    for key, (kind, required) in schema.items():
        value = entry.get(key)
        if key not in entry or (value is None and null_is_missing):
            if required:
                raise DataFileError(f"{where}: missing required key {key!r}")
            continue
        # bool is an int to Python, not to a data file: "inter: true" is a typo.
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            raise DataFileError(
                f"{where}: key {key!r} should be a {kind.__name__}, not {type(value).__name__}"
            )


def _validate(name: str, where: str, content: Any) -> dict[str, Any]:
    schema = SCHEMAS.get(name)
    if schema is None:
        raise DataFileError(f"{where}: no schema for data file {name!r}; add one to SCHEMAS")
    if not isinstance(content, dict):
        raise DataFileError(f"{where}: expected a mapping at top level")
    check_keys(where, content, schema, null_is_missing=False)
    for key, (kind, _required) in schema.items():
        if kind is list and key in content:
            for i, item in enumerate(content[key]):
                if isinstance(item, bool):
                    # YAML reads bare no, on, yes, off as booleans: « no » would be False.
                    raise DataFileError(
                        f"{where}: {key}[{i}] is the YAML boolean {item!r}; quote the word "
                        '(write "no", "on")'
                    )
    return content


def _load(file: Traversable, name: str, where: str) -> dict[str, Any]:
    try:
        content = yaml.safe_load(file.read_text("utf-8"))
    except yaml.YAMLError as exc:
        raise DataFileError(f"{where}: not valid YAML ({exc})") from exc
    return _validate(name, where, content)


def load_data(name: str) -> dict[str, Any]:
    """Load the language-independent data file ``data/<name>.yaml``."""
    file = _root().joinpath(f"{name}.yaml")
    if not file.is_file():
        raise DataFileError(f"data/{name}.yaml: not found in the eventwire package")
    return _load(file, name, f"data/{name}.yaml")


def load_lang_data(name: str, lang: str) -> dict[str, Any] | None:
    """Load ``data/lang/<lang>/<name>.yaml``, or ``None`` when that language has none."""
    file = _root().joinpath("lang", lang, f"{name}.yaml")
    if not file.is_file():
        return None
    return _load(file, name, f"data/lang/{lang}/{name}.yaml")


def data_languages(name: str) -> list[str]:
    """Return the languages that have a ``<name>.yaml`` file, sorted."""
    lang_root = _root().joinpath("lang")
    return sorted(
        entry.name
        for entry in lang_root.iterdir()
        if entry.is_dir() and entry.joinpath(f"{name}.yaml").is_file()
    )
