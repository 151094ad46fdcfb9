"""The actor model shared by the knowledge base, the stage and the resolver.

:class:`Actor` is one ACLED-style actor of the base, :class:`ActorMatch` what a
phrase of an article names, :class:`ActorLookup` the protocol callers depend on
(so tests can inject a tiny base), and :func:`interaction` ACLED's interaction
code of two sides.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, Protocol

__all__ = [
    "INTER_CODES",
    "KINDS",
    "Actor",
    "ActorLookup",
    "ActorMatch",
    "GenericPatterns",
    "MatchBasis",
    "MatchMethod",
    "interaction",
]

MatchMethod = Literal["exact", "normalised", "fuzzy", "unnormalised"]
MatchBasis = Literal["name", "demonym", "pattern", ""]

INTER_CODES: Mapping[int, str] = {
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}
KINDS = frozenset({"state", "rebel", "militia", "identity militia", "civilians", "external"})


@dataclass(frozen=True, slots=True)
class Actor:
    """One actor of the base, as named by ACLED."""

    canonical: str
    inter: int
    country: str  # ISO 3166-1 alpha-2, or "International"
    kind: str
    parent: str | None = None  # the larger force it belongs to: ACLED's associated actor
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # language -> names
    demonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    operates_in: tuple[str, ...] = ()  # other countries a shared alias should pick it for
    # Names that mean it only in its own country or one it operates in: in Cameroon
    # "the separatists" are the Ambazonian fighters, elsewhere other groups.
    local_aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # ACLED's names for earlier regimes, each with the day the next regime began.
    former_names: tuple[tuple[str, date], ...] = ()
    source: str = ""  # data file it came from, for messages


@dataclass(frozen=True, slots=True)
class GenericPatterns:
    """Phrases for unnamed perpetrators and civilians, and country names for their labels."""

    unidentified: tuple[str, ...] = ()
    gangs: tuple[str, ...] = ()  # "gang members", « gangs armés »: an unnamed gang
    communal_militias: tuple[str, ...] = ()  # "clan militia", « milices ethniques »
    tribal_militias: tuple[str, ...] = ()  # "armed tribesmen", « miliciens tribaux »
    civilians: tuple[str, ...] = ()
    state_forces: tuple[str, ...] = ()  # "the army", « soldats »: the country's forces
    police_forces: tuple[str, ...] = ()  # "the police", « policiers »: its police
    claim_verbs: tuple[str, ...] = ()  # "claimed", « a revendiqué »: a group owning an attack
    claim_agents: tuple[str, ...] = ()  # "by", « par »: who a passive claim verb names
    reporting_words: tuple[str, ...] = ()  # "TV", « ministère »: a body that reports, not acts
    origin_phrases: tuple[str, ...] = ()  # "fired from", « tiré depuis »: where a weapon left
    unclaimed: tuple[str, ...] = ()  # "no group has claimed": the attacker is unknown
    blame_verbs: tuple[str, ...] = ()  # "blamed", « accuse »: the group after is the attacker
    denials: tuple[str, ...] = ()  # "denies": a blame disputed in its sentence
    strike_claims: tuple[str, ...] = ()  # "it had targeted": the group before struck
    vehicles: tuple[str, ...] = ()  # "car", « voiture »: a strike on one is aimed at its riders
    demonym_blockers: tuple[str, ...] = ()  # "Iranian-backed": a proxy, not the state
    place_nouns: tuple[str, ...] = ()  # "Hamas Street": a place named after an actor
    countries: Mapping[str, str] = field(default_factory=dict)  # ISO alpha-2 -> ACLED name
    # ISO alpha-2 -> nouns for its people ("Palestinians", « Libanais »): victims named
    # by nationality are that country's civilians, as ACLED codes them.
    peoples: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """What an actor phrase was resolved to, and how."""

    canonical: str
    inter: int | None
    country: str | None
    kind: str | None
    parent: str | None
    method: MatchMethod
    score: float  # 100 for exact and normalised matches, the rapidfuzz ratio for fuzzy, 0 else
    matched: str = ""  # the alias or pattern that matched
    via: MatchBasis = ""  # what matched: an actor's name, a demonym, or a generic pattern


class ActorLookup(Protocol):
    """What callers need from an actor knowledge base."""

    def match(
        self, text: str, country_hint: str | None = None, language: str | None = None
    ) -> ActorMatch | None:
        """Resolve an actor phrase; ``None`` only when it holds no name at all."""
        ...

    def find_names(
        self, text: str, country_hint: str | None = None, *, patterns: bool = False
    ) -> list[ActorMatch]:
        """Every actor named (not by a demonym; by a pattern if asked) in ``text``, in order."""
        ...

    def unidentified(self, country_hint: str | None = None) -> ActorMatch:
        """ACLED's unnamed perpetrator: "Unidentified Armed Group (<country>)"."""
        ...

    def civilians(self, country_hint: str | None = None) -> ActorMatch:
        """ACLED's unarmed victims: "Civilians (<country>)"."""
        ...

    def crowd(self, country_hint: str | None = None, *, rioters: bool = False) -> ActorMatch:
        """ACLED's unnamed crowd: "Protesters (<country>)", or "Rioters (<country>)"."""
        ...

    def forces(self, country_hint: str | None = None) -> ActorMatch:
        """ACLED's military forces of a country: "Military Forces of <country> (<period>)"."""
        ...

    def claimant_group(self, text: str, country_hint: str | None = None) -> ActorMatch | None:
        """The group a sentence says claimed an attack (« Daech a revendiqué l'attaque »)."""
        ...

    def blamed_group(self, text: str, country_hint: str | None = None) -> ActorMatch | None:
        """The group a sentence blames for an attack ("officials blamed the EMC")."""
        ...

    def striker_group(self, text: str, country_hint: str | None = None) -> ActorMatch | None:
        """The forces a sentence says struck (« l'armée affirme avoir visé … »)."""
        ...

    def agent_group(self, text: str, country_hint: str | None = None) -> ActorMatch | None:
        """The group right after the first agent word of ``text`` (« lancée par des inconnus »)."""
        ...

    def launcher_group(self, text: str, country_hint: str | None = None) -> ActorMatch | None:
        """The group a sentence says a weapon was fired from (« tiré depuis une zone
        contrôlée par les houthis »)."""
        ...

    def names_vehicle(self, text: str) -> bool:
        """Whether ``text`` names a vehicle ("their car", « une voiture »)."""
        ...

    def says_unclaimed(self, text: str) -> bool:
        """Whether ``text`` says no one claimed the attack (« elle n'a pas été revendiquée »)."""
        ...

    def reports(self, text: str) -> bool:
        """Whether ``text`` names a body that reports (a channel, a ministry)."""
        ...

    def name_on(self, canonical: str, day: date | None) -> str:
        """ACLED's name for the actor on ``day``: an earlier regime's before it ended."""
        ...

    def country_named(self, phrase: str) -> str | None:
        """The country (ISO alpha-2) ``phrase`` names, or whose people it names."""
        ...

    def people_of(self, word: str) -> str | None:
        """The country (ISO alpha-2) whose people ``word`` names ("Palestinians"), if any."""
        ...


def interaction(inter1: int, inter2: int | None = None) -> int:
    """Return ACLED's ``interaction``: the two inter codes joined, lower first (1, 3 -> 13)."""
    for code in (inter1, inter2):
        if code is not None and code not in INTER_CODES:
            raise ValueError(f"inter code {code} is not one of ACLED's 1-8")
    if inter2 is None:
        # ACLED codes a one-sided event (a protest with no counterpart) as 10 * inter1.
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high
