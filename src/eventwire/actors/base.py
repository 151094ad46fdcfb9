"""The actor knowledge base: ACLED-style actors with multilingual aliases, and the matcher.

:func:`load_actor_base` reads ``data/actors/*.yaml`` (validated, errors name the
file and the actor) into an :class:`ActorBase`; :meth:`ActorBase.match` maps an
actor phrase as found in an article (« frappes américaines », "Kata'ib
Hizballah", "des hommes armés non identifiés") to an :class:`ActorMatch`.
Callers depend on the protocol ``actors.model.ActorLookup`` so tests can inject a tiny
base.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import pycountry
from rapidfuzz import fuzz, process

from eventwire.actors.attribution import Attribution
from eventwire.actors.model import (
    Actor,
    ActorMatch,
    GenericPatterns,
    MatchBasis,
    MatchMethod,
)
from eventwire.actors.normalise import normalise, normalise_tokens
from eventwire.actors.spelling import plausible_spelling, spelt_out

__all__ = ["FUZZY_THRESHOLD", "ActorBase"]

logger = logging.getLogger(__name__)


# Minimum rapidfuzz ``ratio`` (0-100) between a normalised window of the phrase and a
# normalised alias. Calibrated with ``benchmarks/actors.py --calibrate`` on
# benchmarks/data/actor_calibration.yaml, kept apart from tests/actors/variants.yaml:
# 96 alias variants (misspellings, transliterations, Arabic spelling slips) that must
# resolve to their actor and 64 phrases that must not (non-actor phrases, near-miss
# names of groups not in the base). Accuracy over all 160, thresholds 70..98 step 2,
# re-run after the base grew to every country's forces (2026-12; five negatives that
# had become actors replaced): 70 0.881 | 72 0.925 | 74-78 0.938 | 80-82 0.944 | 84
# 0.950 | 86 0.956 | 88 0.938 | 90 0.931 | 92 0.919 | 94 0.881 | 96 0.825 | 98 0.731.
# 86 is the maximum (variants 0.990, negatives rejected 0.906); below it "Ahrar
# al-Sham" passes as "Tahrir al-Sham" (85.7); at 88 true variants fail ("Tatmadow",
# "Arakan Armee", "Kataib Hisbollah", each 87.5). Errors left at 86 include "Hamasa"
# (90.9, fuzzy), "Free Syrian Police" (holds "Syrian police"), and words that are
# generic patterns ("a local journalist" is a civilian by the pattern, not fuzz).
FUZZY_THRESHOLD = 86.0

# Windows shorter than this (normalised characters) are never fuzzy-matched: at
# three or four letters one typo is a different word ("US" ~ "UN").
# Phrases whose fuzzy search is remembered before the memory is emptied.
_FUZZY_MEMORY = 50_000
_FUZZY_MIN_CHARS = 5
# Longest alias, in tokens, looked for inside a phrase.
_MAX_WINDOW = 8
# Upper-case aliases this short ("US", "IS", "EI", "KH") match only in upper case,
# never as the English words "us" and "is".
_CASED_MAX_LEN = 4

# Generic patterns naming a country's unnamed forces, and ACLED's label for them.
_FORCES = {"state forces": "Military Forces of", "police forces": "Police Forces of"}

# "Military Forces of Iran (1989-)", not "… (1989-) Islamic Revolutionary Guard Corps".
_WHOLE_FORCES = re.compile(r"^\w+ Forces of [^()]+(?: \(\d{4}-(?:\d{4})?\))?$")

# ACLED's label, inter code and kind of the other unnamed sides, "<label> (<country>)".
_LABELS = {
    "unidentified": ("Unidentified Armed Group", 3, "militia"),
    "gang": ("Unidentified Gang", 3, "militia"),
    "communal": ("Unidentified Communal Militia", 4, "identity militia"),
    "tribal": ("Unidentified Tribal Militia", 4, "identity militia"),
    "civilians": ("Civilians", 7, "civilians"),
    "protesters": ("Protesters", 6, "protesters"),
    "rioters": ("Rioters", 5, "rioters"),
}

# Priority of what a window matched: a named actor beats a demonym beats a generic
# pattern (« civils tués par des frappes houthies » names the Houthis, not civilians).
_NAMED, _DEMONYM, _GENERIC = 3, 2, 1


@dataclass(frozen=True, slots=True)
class _Entry:
    """One matchable name: an alias, demonym or generic pattern, and what it stands for."""

    name: str
    priority: int
    actors: tuple[Actor, ...] = ()  # several when an alias is shared ("Islamic State")
    generic: str = ""  # a key of _LABELS or _FORCES, for generic patterns
    local: bool = False  # a local alias: it names its actors only in their countries


def _is_cased(alias: str) -> bool:
    letters = re.sub(r"[.\s]", "", alias)
    return alias.isupper() and len(letters) <= _CASED_MAX_LEN


class ActorBase(Attribution):
    """An in-memory actor knowledge base with exact, normalised and fuzzy lookups."""

    def __init__(
        self,
        actors: Iterable[Actor],
        generic: GenericPatterns | None = None,
        fuzzy_threshold: float = FUZZY_THRESHOLD,
    ) -> None:
        self.actors: dict[str, Actor] = {}
        self.generic = generic or GenericPatterns()
        self.fuzzy_threshold = fuzzy_threshold
        self._exact: dict[str, list[Actor]] = {}
        self._demonyms: set[str] = set()  # exact demonym spellings
        self._folded: dict[str, _Entry] = {}  # normalised, case-folded key -> entry
        self._cased: dict[str, _Entry] = {}  # normalised, case kept: short abbreviations
        for actor in actors:
            if actor.canonical in self.actors:
                raise ValueError(f"{actor.source}: actor {actor.canonical!r} defined twice")
            self.actors[actor.canonical] = actor
            self._add(actor.canonical, _NAMED, actor)
            for names in actor.aliases.values():
                for name in names:
                    self._add(name, _NAMED, actor)
            for names in actor.demonyms.values():
                for name in names:
                    self._add(name, _DEMONYM, actor)
                    self._demonyms.add(name)
        for actor in self.actors.values():
            # After every general name, so that a spelling some group bears everywhere
            # is never made local: this group joins it last, picked by country only.
            for names in actor.local_aliases.values():
                for name in names:
                    self._add_local(name, actor)
        for kind, patterns in (
            ("unidentified", self.generic.unidentified),
            ("gang", self.generic.gangs),
            ("communal", self.generic.communal_militias),
            ("tribal", self.generic.tribal_militias),
            ("civilians", self.generic.civilians),
            ("state forces", self.generic.state_forces),
            ("police forces", self.generic.police_forces),
        ):
            for pattern in patterns:
                key = normalise(pattern)
                if key and key not in self._folded:
                    self._folded[key] = _Entry(pattern, _GENERIC, generic=kind)
        self._blockers = {normalise(b) for b in self.generic.demonym_blockers}
        self._compile_attribution(self.generic)
        self._places = {normalise(p) for p in self.generic.place_nouns}
        self._peoples = {
            normalise(noun): code for code, nouns in self.generic.peoples.items() for noun in nouns
        }
        self._country_names = {normalise(n): code for code, n in self.generic.countries.items()}
        # Fuzzy candidates: long enough, not case-sensitive abbreviations, not local
        # (a common noun such as "separatists" is no spelling of a name).
        self._fuzzy_keys = [
            k for k, e in self._folded.items() if len(k) >= _FUZZY_MIN_CHARS and not e.local
        ]
        self._fuzzy_by_tokens: dict[int, list[str]] = {}
        for key in self._fuzzy_keys:
            self._fuzzy_by_tokens.setdefault(key.count(" ") + 1, []).append(key)
        # The fuzzy search depends on the words only, and a corpus names the same
        # groups again and again: each phrase is searched once (bounded memory).
        self._fuzzy_seen: dict[tuple[str, ...], tuple[_Entry, float, int, str] | None] = {}

    def _add(self, name: str, priority: int, actor: Actor) -> None:
        self._exact.setdefault(name, []).append(actor)
        cased = _is_cased(name)
        table = self._cased if cased else self._folded
        key = normalise(name, casefold=not cased)
        if not key:
            return
        entry = table.get(key)
        if entry is None:
            table[key] = _Entry(name, priority, (actor,))
        elif actor not in entry.actors:
            # A shared alias: keep the higher priority and every actor it may mean.
            table[key] = _Entry(entry.name, max(entry.priority, priority), (*entry.actors, actor))

    def _add_local(self, name: str, actor: Actor) -> None:
        table = self._cased if _is_cased(name) else self._folded
        key = normalise(name, casefold=table is self._folded)
        entry = table.get(key)
        if key and (entry is None or (entry.local and actor not in entry.actors)):
            table[key] = _Entry(name, _NAMED, (*(entry.actors if entry else ()), actor), local=True)
        elif key and entry is not None and actor not in entry.actors:  # others': ours by country
            table[key] = dataclasses.replace(entry, actors=(*entry.actors, actor))

    def __len__(self) -> int:
        return len(self.actors)

    def is_alias(self, name: str) -> bool:
        """Whether ``name`` is literally an alias, demonym or canonical name in the base."""
        return name in self._exact

    def name_on(self, canonical: str, day: date | None) -> str:
        """ACLED's name for the actor on ``day``: an earlier regime's before it ended."""
        actor = self.actors.get(canonical)
        if actor is None or day is None:
            return canonical
        return next((name for name, until in actor.former_names if day < until), canonical)

    def people_of(self, word: str) -> str | None:
        """The country (ISO alpha-2) whose people ``word`` names ("Palestinians"), if any."""
        return self._peoples.get(normalise(word))

    def country_named(self, phrase: str) -> str | None:
        """The country (ISO alpha-2) ``phrase`` names (ACLED's English name: "Pakistan",
        "South Sudan") or whose people it names (« tchadiens »), if any."""
        folded = normalise(phrase)
        return self._country_names.get(folded) or self._peoples.get(folded)

    def get(self, canonical: str) -> Actor | None:
        """Return the actor with this canonical name, if any."""
        return self.actors.get(canonical)

    def match(
        self, text: str, country_hint: str | None = None, language: str | None = None
    ) -> ActorMatch | None:
        """Resolve an actor phrase: exact alias, then normalised, then fuzzy, else unnormalised.

        ``country_hint`` (ISO alpha-2 or country name) picks among actors sharing an
        alias, labels unidentified groups and civilians, and turns state forces
        acting abroad into ACLED's inter 8. ``language`` is accepted for callers that
        know it; aliases of every language are tried, since names cross languages.
        """
        del language  # names travel across languages ("Hezbollah" in Spanish text)
        phrase = text.strip()
        if not any(c.isalnum() for c in phrase):
            return None
        country = self._country_code(country_hint)
        exact = self._exact.get(phrase)
        if (
            exact
            and country
            and len({a.canonical for a in exact}) > 1
            and not any(a.country == country or country in a.operates_in for a in exact)
        ):
            # None of the groups sharing this spelling is of the country: a shorter
            # name inside it may be their branch there ("Islamic State group" in
            # Mozambique). A single actor's spelling stands ("américaines" in Iraq).
            exact = None
        if exact:
            via: MatchBasis = "demonym" if phrase in self._demonyms else "name"
            return dataclasses.replace(
                self._result(self._pick(exact, country), "exact", 100.0, phrase, country), via=via
            )
        tokens = normalise_tokens(phrase)
        found = self._find_normalised(phrase, tokens, country)
        if (
            found is not None
            and found[0].generic in _FORCES
            and found[1] < len(tokens)
            and not (
                " ".join(tokens).startswith(found[2] + " ")
                and found[2] in phrase  # written in lower case: no name's first word
            )
        ):
            # "army" names a state's forces alone or before what they use ("regime
            # jets", "junta fighter jet"); in a name, "Islamic Army" and "Army of
            # Islam" are groups.
            found = None
        if found is not None and found[1] == len(tokens):
            return self._resolve(found[0], "normalised", 100.0, country)
        fuzzy = self._find_fuzzy(tokens)
        if (
            fuzzy is not None
            and fuzzy[1] < 100.0
            and country
            and fuzzy[0].actors
            and not any(a.country == country or country in a.operates_in for a in fuzzy[0].actors)
        ):
            # A near-spelling of a group of another country is a different group: with
            # the story in Syria, "SDF fighters" is not Myanmar's PDF.
            fuzzy = None
        if (
            fuzzy is not None
            and fuzzy[0].generic in _FORCES
            and fuzzy[2] < len(tokens)
            and fuzzy[3].split()[0] != tokens[0]
        ):
            # Named before the pattern word, "the Free Alawite Soldiers" is a group, as
            # above; « Forces armées de la RDC » names whose forces after it.
            fuzzy = None
        # A longer fuzzy hit beats a shorter exact part: "Katayib Hezbollah" is Kataib
        # Hezbollah, not Hezbollah; "Syrian Democratic Force" is the SDF, not Syria.
        # A demonym must be spelt out in it, up to an inflection, though: "Iranian drones"
        # is not "Ukrainian drones", « démocratiques syrienne » is the SDF (a named part
        # may be misspelt: "Kataeb Hizbollah" is Kataib Hezbollah).
        if fuzzy is not None and (
            found is None
            or (
                fuzzy[2] > found[1]
                and fuzzy[0].priority >= found[0].priority
                and (found[0].priority != _DEMONYM or spelt_out(found[2].casefold(), fuzzy[3]))
            )
        ):
            # A window equal to an alias scores 100: that is a normalised match.
            method: MatchMethod = "normalised" if fuzzy[1] >= 100.0 else "fuzzy"
            return self._resolve(fuzzy[0], method, fuzzy[1], country)
        if found is not None:
            return self._resolve(found[0], "normalised", 100.0, country)
        return ActorMatch(phrase, None, None, None, None, "unnormalised", 0.0, "")

    def find_names(
        self, text: str, country_hint: str | None = None, *, patterns: bool = False
    ) -> list[ActorMatch]:
        """Every actor named (not by a demonym; by a pattern if asked) in ``text``, in order.

        Exact and normalised aliases only: a scan of whole sentences cannot afford
        fuzzy matching, nor its false hits on ordinary words. With ``patterns``,
        generic patterns count too ("gunmen", « des civils », "soldiers").
        """
        wanted = {_NAMED, _GENERIC} if patterns else {_NAMED}
        country = self._country_code(country_hint)
        folded = normalise_tokens(text)
        cased = normalise_tokens(text, casefold=False)
        found: list[ActorMatch] = []
        start = 0
        while start < len(folded):
            hit: tuple[int, _Entry] | None = None
            for end in range(min(len(folded), start + _MAX_WINDOW), start, -1):
                for tokens, table in ((folded, self._folded), (cased, self._cased)):
                    entry = table.get(" ".join(tokens[start:end])) if end <= len(tokens) else None
                    if (
                        entry is not None
                        and entry.priority in wanted
                        and self._usable(entry, country)
                        and not self._blocked(entry, folded, start, end)
                    ):
                        hit = (end, entry)
                        break
                if hit:
                    break
            if hit is None:
                start += 1
                continue
            entry = self._in_country(hit[1], folded, cased, start, hit[0], country)
            found.append(self._resolve(entry, "normalised", 100.0, country))
            start = hit[0]
        return found

    def unidentified(self, country_hint: str | None = None) -> ActorMatch:
        """ACLED's unnamed perpetrator: "Unidentified Armed Group (<country>)"."""
        entry = _Entry("", _GENERIC, generic="unidentified")
        return self._generic(entry, "normalised", 100.0, self._country_code(country_hint))

    def civilians(self, country_hint: str | None = None) -> ActorMatch:
        """ACLED's unarmed victims: "Civilians (<country>)"."""
        entry = _Entry("", _GENERIC, generic="civilians")
        return self._generic(entry, "normalised", 100.0, self._country_code(country_hint))

    def crowd(self, country_hint: str | None = None, *, rioters: bool = False) -> ActorMatch:
        """ACLED's unnamed crowd: "Protesters (<country>)", or "Rioters (<country>)"."""
        entry = _Entry("", _GENERIC, generic="rioters" if rioters else "protesters")
        return self._generic(entry, "normalised", 100.0, self._country_code(country_hint))

    def forces(self, country_hint: str | None = None) -> ActorMatch:
        """ACLED's military forces of a country: "Military Forces of <country> (<period>)"."""
        entry = _Entry("", _GENERIC, generic="state forces")
        return self._generic(entry, "normalised", 100.0, self._country_code(country_hint))

    # -- lookups ---------------------------------------------------------------

    def _find_normalised(
        self, phrase: str, folded: list[str], country: str | None = None
    ) -> tuple[_Entry, int, str] | None:
        """Return the best alias found inside the phrase, the tokens it covers, and its key."""
        cased = normalise_tokens(phrase, casefold=False)
        best: tuple[int, int, _Entry, str] | None = None
        for tokens, table in ((folded, self._folded), (cased, self._cased)):
            for start, end in _windows(len(tokens)):
                key = " ".join(tokens[start:end])
                entry = table.get(key)
                if entry is None or not self._usable(entry, country):
                    continue
                if self._blocked(entry, folded, start, end):
                    continue
                entry = self._in_country(entry, folded, cased, start, end, country)
                rank = (entry.priority, end - start)
                if best is None or rank > best[:2]:
                    best = (*rank, entry, key)
        return (best[2], best[1], best[3]) if best else None

    def _in_country(
        self,
        entry: _Entry,
        folded: Sequence[str],
        cased: Sequence[str],
        start: int,
        end: int,
        country: str | None,
    ) -> _Entry:
        """The entry, or the shorter name inside it that the same group shares with its
        branch in ``country``: « groupe État islamique » names Iraq's branch alone, but
        in Somalia the group is Somalia's, as « État islamique » there says."""
        if not country or not entry.actors or self._fits(entry, country):
            return entry
        for sub_start, sub_end in _windows(end - start):
            for tokens, table in ((folded, self._folded), (cased, self._cased)):
                window = tokens[start + sub_start : start + sub_end]
                inner = table.get(" ".join(window)) if len(window) < end - start else None
                if (
                    inner is not None
                    and inner.priority == entry.priority
                    and {a.canonical for a in entry.actors} <= {a.canonical for a in inner.actors}
                    and self._fits(inner, country)
                ):
                    return dataclasses.replace(inner, name=entry.name)
        return entry

    def _usable(self, entry: _Entry, country: str | None) -> bool:
        """Whether an entry may be read here: a local alias only in its actors' countries."""
        return not entry.local or (country is not None and self._fits(entry, country))

    @staticmethod
    def _fits(entry: _Entry, country: str) -> bool:
        """Whether one of the actors an entry may mean is of ``country`` or active there."""
        return any(a.country == country or country in a.operates_in for a in entry.actors)

    def _blocked(self, entry: _Entry, tokens: Sequence[str], start: int, end: int) -> bool:
        """Whether the words around a hit say it is not the actor (a patron, a place name)."""
        before = tokens[start - 1].casefold() if start > 0 else ""
        after = tokens[end].casefold() if end < len(tokens) else ""
        if before in self._places or after in self._places:
            return True
        return entry.priority == _DEMONYM and (before in self._blockers or after in self._blockers)

    def _find_fuzzy(self, tokens: list[str]) -> tuple[_Entry, float, int, str] | None:
        """Return the best fuzzy alias, its ratio, the window length in tokens, and its key."""
        key = tuple(tokens)
        if key not in self._fuzzy_seen:
            if len(self._fuzzy_seen) >= _FUZZY_MEMORY:
                self._fuzzy_seen.clear()
            self._fuzzy_seen[key] = self._search_fuzzy(tokens)
        return self._fuzzy_seen[key]

    def _search_fuzzy(self, tokens: list[str]) -> tuple[_Entry, float, int, str] | None:
        best: tuple[int, float, int, str] | None = None
        for start, end in _windows(len(tokens)):
            window = " ".join(tokens[start:end])
            if len(window) < _FUZZY_MIN_CHARS:
                continue
            n = end - start
            candidates = [
                key for size in (n - 1, n, n + 1) for key in self._fuzzy_by_tokens.get(size, ())
            ]
            hits = process.extract(
                window, candidates, scorer=fuzz.ratio, score_cutoff=self.fuzzy_threshold, limit=5
            )
            for key, raw_score, _ in hits:
                entry = self._folded[key]
                if entry.priority == _DEMONYM or not plausible_spelling(window, key):
                    # A demonym lists its inflections; near-spellings of it are other
                    # words ("France-Presse" is not « francés »).
                    continue
                if self._blocked(entry, tokens, start, end):
                    continue
                # The longest window wins, then the closest spelling: a two-word
                # alias matched with one typo says more than one word matched exactly.
                rank = (n, float(raw_score), entry.priority, key)
                if best is None or rank[:3] > best[:3]:
                    best = rank
        if best is None:
            return None
        return self._folded[best[3]], best[1], best[0], best[3]

    # -- results ---------------------------------------------------------------

    def _resolve(
        self, entry: _Entry, method: MatchMethod, score: float, country: str | None
    ) -> ActorMatch:
        if entry.generic:
            return self._generic(entry, method, score, country)
        result = self._result(self._pick(entry.actors, country), method, score, entry.name, country)
        return dataclasses.replace(result, via="demonym" if entry.priority == _DEMONYM else "name")

    def _generic(
        self, entry: _Entry, method: MatchMethod, score: float, country: str | None
    ) -> ActorMatch:
        name = self.country_name(country) if country else None
        if entry.generic in _FORCES:
            prefix = _FORCES[entry.generic]
            state = self.state_forces(country, prefix)
            if state is not None:
                return dataclasses.replace(
                    self._result(state, method, score, entry.name, country), via="pattern"
                )
            # No such actor in the base: ACLED's label without its regime years.
            canonical = f"{prefix} {name}" if name else prefix.removesuffix(" of")
            return ActorMatch(canonical, 1, country, "state", None, method, score, entry.name,
                              "pattern")  # fmt: skip
        label, inter, kind = _LABELS[entry.generic]
        # Without a country ACLED's label cannot be completed; the bare label is kept
        # so the caller sees an unnamed perpetrator rather than nothing.
        canonical = f"{label} ({name})" if name else label
        return ActorMatch(
            canonical, inter, country, kind, None, method, score, entry.name, "pattern"
        )

    def state_forces(self, country: str | None, prefix: str = "Military Forces of") -> Actor | None:
        """The military (or, by ``prefix``, police) forces of ``country`` in the base, if any.

        The whole forces before a branch or a rival government named after the period:
        Iran's army, not the IRGC listed before it; among rivals only, the first listed.
        The forces named after the country come before a region's (Somalia's army,
        not Puntland's, is « l'armée » in Somalia).
        """
        if not country:
            return None
        found = [
            a
            for a in self.actors.values()
            if a.kind == "state" and a.country == country and a.canonical.startswith(prefix)
        ]
        whole = [a for a in found if _WHOLE_FORCES.match(a.canonical)]
        own = [a for a in whole if self.country_name(country) in a.canonical]
        return next(iter(own or whole or found), None)

    def _pick(self, actors: Sequence[Actor], country: str | None) -> Actor:
        if country and len(actors) > 1:
            for actor in actors:
                if actor.country == country:
                    return actor
            for actor in actors:
                if country in actor.operates_in:
                    return actor
            # A title several countries' forces go by (« FDS », "Defence and Security
            # Forces") names the forces of the event's country, when it has some.
            if len({a.country for a in actors if a.kind == "state"}) > 1:
                own = self.state_forces(country)
                if own is not None:
                    return own
        return actors[0]

    def _result(
        self, actor: Actor, method: MatchMethod, score: float, matched: str, country: str | None
    ) -> ActorMatch:
        inter = actor.inter
        # ACLED codes state forces active outside their own country as external (8).
        if actor.kind == "state" and country and country != actor.country:
            inter = 8
        return ActorMatch(
            actor.canonical, inter, actor.country, actor.kind, actor.parent, method, score, matched
        )

    def country_name(self, code: str) -> str:
        """ACLED's English short name of a country: the base's own, else ISO 3166's.

        "Unidentified Armed Group (Mozambique)", never "(MZ)", for a country the
        base lists no actor of.
        """
        if code in self.generic.countries:
            return self.generic.countries[code]
        found = pycountry.countries.get(alpha_2=code)
        if found is None:
            return code
        return str(getattr(found, "common_name", None) or found.name)

    def _country_code(self, hint: str | None) -> str | None:
        if not hint:
            return None
        hint = hint.strip()
        if hint.upper() in self.generic.countries:
            return hint.upper()
        wanted = normalise(hint)
        for code, name in self.generic.countries.items():
            if normalise(name) == wanted:
                return code
        if len(hint) == 2:
            return hint.upper()
        try:  # a gazetteer's name of a country the base lists nothing of
            return str(pycountry.countries.lookup(hint).alpha_2)
        except LookupError:
            return None


def _windows(length: int) -> Iterable[tuple[int, int]]:
    for start in range(length):
        for end in range(start + 1, min(length, start + _MAX_WINDOW) + 1):
            yield start, end
