"""One language's extraction vocabulary, loaded from its data files and indexed."""

from __future__ import annotations

import functools
import gettext
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import pycountry

from eventwire.errors import DataFileError
from eventwire.extract.syntax import Tree
from eventwire.langdata import load_data, load_lang_data
from eventwire.models import Token

__all__ = ["STRENGTHS", "Lexicon", "PhraseIndex", "load_lexicon", "outlet_key"]

# Trigger strengths, strongest first: which word types a clause holding several.
STRENGTHS: tuple[str, ...] = ("specific", "weapon", "strike", "generic")


def forms(token: Token) -> tuple[str, str]:
    """The two forms a lexicon word may match: lower-cased lemma and text."""
    return token.lemma.lower(), token.text.lower()


def cancelled(tree: Tree, lexicon: Lexicon, rank: int, at: int) -> bool:
    """Whether a word beside the trigger at ``at`` cancels it: its ``not_with`` among
    the trigger's children (« a planned protest », "a prayer vigil"), or its
    ``not_under`` the word it hangs on ("buried the dead in a mass grave")."""
    trigger = lexicon.triggers[rank]
    if any(form in trigger.not_with for c in tree.children[at] for form in forms(tree.tokens[c])):
        return True
    if not trigger.not_under:
        return False
    # Up from the phrase ("mass grave" hangs by "grave") and through a preposition.
    root = at
    while root < tree.tokens[root].head < at + len(trigger.words):
        root = tree.tokens[root].head
    heads = [tree.tokens[root].head]
    if tree.tokens[heads[0]].dep == "prep":  # "under curfew", "buried … in a mass grave"
        heads.append(tree.tokens[heads[0]].head)
    return any(h != root and set(forms(tree.tokens[h])) & trigger.not_under for h in heads)


class PhraseIndex:
    """Phrases (word tuples) indexed by first word, so a sentence is scanned once.

    A phrase word matches a token's lemma or its lower-cased form. Each phrase has
    a rank (its position in the data); :meth:`best` returns the match of lowest
    rank, the earliest in the sentence among equals. A hyphenated word matches
    one token or its parts split around the hyphen, as tokenizers mostly split
    it (« attentat-suicide » is ``attentat``, ``-``, ``suicide``).
    """

    def __init__(self, phrases: Sequence[tuple[str, ...]]) -> None:
        self.phrases = tuple(phrases)
        self._by_first: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for rank, words in enumerate(self.phrases):
            for variant in _hyphen_variants(words):
                self._by_first.setdefault(variant[0], []).append((rank, variant))

    def spans(self, tokens: Sequence[Token]) -> Iterator[tuple[int, int, int]]:
        """Yield ``(rank, token index, token count)`` of every phrase occurrence."""
        token_forms = [forms(t) for t in tokens]
        for i, here in enumerate(token_forms):
            found = {v for form in here for v in self._by_first.get(form, ())}
            for rank, words in sorted(found):
                if i + len(words) <= len(token_forms) and all(
                    word in token_forms[i + k] for k, word in enumerate(words)
                ):
                    yield rank, i, len(words)

    def matches(self, tokens: Sequence[Token]) -> Iterator[tuple[int, int]]:
        """Yield ``(rank, token index)`` of every phrase occurrence in ``tokens``."""
        seen = set()
        for rank, i, _count in self.spans(tokens):
            if (rank, i) not in seen:
                seen.add((rank, i))
                yield rank, i

    def longest(
        self, tokens: Sequence[Token], keep: Callable[[int, int], bool] | None = None
    ) -> list[tuple[int, int]]:
        """Non-overlapping matches, longer phrases first: "avion de combat" hides "combat".

        ``keep(rank, index)`` screens matches before they hide shorter ones, so a
        phrase whose condition fails leaves its words to the others.
        """
        taken: set[int] = set()
        chosen = []
        found = [m for m in self.spans(tokens) if keep is None or keep(m[0], m[1])]
        for rank, i, count in sorted(found, key=lambda m: (-m[2], m)):
            cover = set(range(i, i + count))
            if not cover & taken:
                taken |= cover
                chosen.append((rank, i))
        return sorted(chosen, key=lambda m: m[1])

    def best(self, tokens: Sequence[Token]) -> tuple[int, int] | None:
        """The ``(rank, token index)`` of the lowest-ranked match, or ``None``."""
        return min(self.matches(tokens), default=None)

    def covers(self, tokens: Sequence[Token]) -> set[int]:
        """Indices of every token inside some phrase occurrence."""
        return {i + k for _rank, i, count in self.spans(tokens) for k in range(count)}


def _hyphen_variants(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """``words`` as written, and with each hyphenated word split into its parts and
    the hyphen (« voiture-piégée » stays one token, « attentat-suicide » is three)."""
    split = tuple(
        part
        for word in words
        for part in (word.replace("-", " - ").split() if "-" in word.strip("-") else [word])
    )
    return [words] if split == words else [words, split]


@functools.cache
def country_words(language: str) -> frozenset[str]:
    """Country names of one word in ``language`` (ISO 3166 via pycountry and its
    translations): « Nigeria », "Mozambique" name a country, never a town."""
    names: set[str] = set()
    translate: Callable[[str], str]
    try:
        translate = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[language]
        ).gettext
    except OSError:
        translate = str.strip  # no catalogue: English names only
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", "")):
            for form in {name, translate(name)}:
                if form and " " not in form and "," not in form:
                    names.add(form.lower())
    return frozenset(names)


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.lower().split())


def lower(values: Iterable[object]) -> frozenset[str]:
    """The lower-cased set of data words."""
    return frozenset(str(v).lower() for v in values)


def _index(phrases: Sequence[str]) -> PhraseIndex:
    return PhraseIndex([_words(p) for p in phrases])


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger phrase: what it types, and how strongly."""

    words: tuple[str, ...]
    sub_event_type: str
    strength: str
    not_with: frozenset[str] = frozenset()  # child lemmas that cancel it (« s’abattre »)
    # Words one of which must be among its arguments ("seize" + weapon, « installer »
    # + base); empty: none needed. See ``clauses.has_required_word``.
    with_words: frozenset[str] = frozenset()
    # A story it types only within ("protest": roads blocked, unrest told where
    # a protest is; "no_protest": breathing problems, where none is; "air": a
    # raid where air strikes are told; "no_violence":
    # people fleeing, told where no fighting or attack is); empty: anywhere.
    # See ``events.EventExtractor``.
    context: str = ""
    # Whether a named place as its object also meets ``with_words``: "the Taliban
    # captured Kunduz" names no town noun. See ``typing_rules.takes_named_place``.
    with_place: bool = False
    # Whether a people named by its nationality or group (a NORP entity) as its
    # subject or object also meets ``with_words``: "15,000 Syrians have fled".
    with_people: bool = False
    # Lemmas of the word it hangs on that cancel it ("buried in a mass grave").
    not_under: frozenset[str] = frozenset()


# The contexts a trigger may require (``context`` in triggers.yaml).
CONTEXTS = ("", "protest", "no_protest", "air", "no_violence")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the extractor knows about one language's words."""

    language: str
    triggers: tuple[Trigger, ...]
    trigger_index: PhraseIndex
    weapon_words: frozenset[str]  # first words of `weapon` triggers: the weapons told
    killed: PhraseIndex
    injured: PhraseIndex
    any_casualty: PhraseIndex
    tallies: frozenset[str]
    civilians: frozenset[str]
    people: frozenset[str]  # "eight people": civilians when a strike names no target
    lone_civilians: frozenset[str]  # "a man": a civilian in the singular only
    revisions: frozenset[
        str
    ]  # "the toll rose on Thursday": the revision's time, not the incident's
    # "a woman died in hospital on Thursday", "more bodies were found on Monday":
    # a later death or find of an incident's dead, dated on its own day.
    aftermath: frozenset[str]
    collectives: frozenset[str]  # "20 gangs neutralised": groups counted, not people
    tally_preps: frozenset[str]  # "six bodies recovered by Tuesday": when the count stood
    victim_preps: frozenset[str]  # "injuries to eight US personnel": who a casualty noun counts
    subset_preps: frozenset[str]  # "among the injured were two firefighters": some of a total
    intent: frozenset[str]
    denial: frozenset[str]
    denied_as: frozenset[str]  # "claims … are baseless": a predicate denying the clause
    allegation: frozenset[str]  # "men suspected of kidnapping children": a charge
    modal: frozenset[str]
    conditional: frozenset[str]
    negation: frozenset[str]
    since: frozenset[str]
    aggregate: tuple[str, ...]
    period_nouns: frozenset[str]
    conflict_nouns: frozenset[str]
    times_words: frozenset[str]  # "shelled 40 times": a count of occasions is a tally
    same_time: tuple[str, ...]
    series: tuple[str, ...]  # a running total unless the sentence names one day
    history: tuple[str, ...]
    recalled: tuple[str, ...]
    report_nouns: frozenset[str]
    claim_verbs: frozenset[str]
    during: tuple[str, ...]  # "during the" + a trigger noun: part of that incident
    anaphoric: frozenset[str]  # "the strike", « cette attaque »: an incident told before
    separate: tuple[str, ...]  # "Separately, …" opens another incident
    trend: tuple[tuple[str, str], ...]  # "stepped up attacks": (verb lemma, its particle or "")
    witness: frozenset[str]  # "monitored forces establishing a post": what was seen happened
    disaster: tuple[str, ...]
    yielded: tuple[str, ...]
    raid_end: tuple[str, ...]
    past_perfect: tuple[tuple[str, str], ...]  # (auxiliary lemma, morphological feature)
    attribution_verbs: frozenset[str]
    attribution_preps: PhraseIndex
    same_source: tuple[str, ...]
    location_preps: frozenset[str]
    near_preps: frozenset[str]
    area_preps: frozenset[str]
    landmark_nouns: frozenset[str]
    within_preps: frozenset[str]
    target_preps: frozenset[str]
    origin_preps: frozenset[str]
    destination_verbs: frozenset[str]
    end_preps: frozenset[str]  # "continued into Wednesday": the end's time, not the start's
    place_nouns: frozenset[str]
    site_nouns: frozenset[str]
    broad_places: frozenset[str]
    actor_nouns: frozenset[str]
    demonyms: frozenset[str]
    describing_heads: frozenset[str]  # "Lagos-based", "Iran-backed": a name describing a noun
    outlets: frozenset[str]  # outlet_key of news outlets named like places (« Al Mayadeen »)
    state_actors: frozenset[str] = frozenset()
    non_state_actors: frozenset[str] = frozenset()
    own_side: frozenset[str] = frozenset()  # « nos héros »: the claimant's own side
    armed_sites: frozenset[str] = frozenset()
    host_verbs: frozenset[str] = frozenset()
    undergo_verbs: frozenset[str] = frozenset()
    located_verbs: tuple[tuple[str, str], ...] = ()  # (lemma, a word it governs or "")
    account_verbs: tuple[tuple[str, str], ...] = ()  # « fait état de 12 morts »: an account
    earlier_words: frozenset[str] = frozenset()  # "initially said 25": a superseded account
    civilian_sites: frozenset[str] = frozenset()
    origin_parts: frozenset[str] = frozenset()
    flight_verbs: frozenset[str] = frozenset()
    destination_preps: frozenset[str] = frozenset()
    affiliation_words: frozenset[str] = frozenset()
    motive_phrases: frozenset[str] = frozenset()
    seat_nouns: frozenset[str] = frozenset()
    owner_preps: frozenset[str] = frozenset()
    among_preps: frozenset[str] = frozenset()
    agent_preps: frozenset[str] = frozenset()
    sides_verbs: frozenset[str] = frozenset()
    sides_preps: frozenset[str] = frozenset()
    between_preps: frozenset[str] = frozenset()
    blame_verbs: frozenset[str] = frozenset()
    blame_preps: frozenset[str] = frozenset()
    repel_verbs: frozenset[str] = frozenset()
    opponent_preps: frozenset[str] = frozenset()
    part_nouns: frozenset[str] = frozenset()  # "the center of Sumy": Sumy is a place
    town_nouns: frozenset[str] = frozenset()  # "the settlement of X": X is a town


def _required(name: str, language: str) -> dict[str, Any]:
    data = load_lang_data(name, language)
    if data is None:
        raise DataFileError(f"data/lang/{language}/{name}.yaml: missing; the extractor needs it")
    return data


def load_lexicon(language: str, sub_event_types: set[str]) -> Lexicon:
    """Load and check the extraction data of ``language``."""
    raw = _required("triggers", language)["triggers"]
    triggers = []
    for entry in raw:
        if entry.get("sub_event_type") not in sub_event_types:
            raise DataFileError(
                f"data/lang/{language}/triggers.yaml: unknown sub-event type in {entry!r}"
            )
        if entry.get("context", "") not in CONTEXTS:
            raise DataFileError(
                f"data/lang/{language}/triggers.yaml: context not in {CONTEXTS}: {entry!r}"
            )
        if entry.get("strength") not in STRENGTHS:
            raise DataFileError(
                f"data/lang/{language}/triggers.yaml: strength not in {STRENGTHS}: {entry!r}"
            )
        triggers.append(
            Trigger(
                _words(entry["phrase"]),
                entry["sub_event_type"],
                entry["strength"],
                frozenset(str(w).lower() for w in entry.get("not_with", [])),
                frozenset(str(w).lower() for w in entry.get("with", [])),
                str(entry.get("context", "")),
                bool(entry.get("with_place", False)),
                bool(entry.get("with_people", False)),
                frozenset(str(w).lower() for w in entry.get("not_under", [])),
            )
        )
    casualties = _required("casualties", language)
    cues = _required("cues", language)
    attribution = _required("attribution", language)
    arguments = _required("arguments", language)
    return Lexicon(
        language=language,
        triggers=tuple(triggers),
        trigger_index=PhraseIndex([t.words for t in triggers]),
        weapon_words=frozenset(t.words[0] for t in triggers if t.strength == "weapon"),
        killed=_index(casualties["killed"]),
        injured=_index(casualties["injured"]),
        any_casualty=_index(casualties.get("any", [])),
        tallies=lower(casualties.get("tallies", [])),
        civilians=lower(casualties.get("civilians", [])),
        people=lower(casualties.get("people", [])),
        lone_civilians=lower(casualties.get("lone_civilians", [])),
        revisions=lower(casualties.get("revisions", [])),
        aftermath=lower(casualties.get("aftermath", [])),
        collectives=lower(casualties.get("collectives", [])),
        tally_preps=lower(casualties.get("tally_preps", [])),
        victim_preps=lower(casualties.get("victim_preps", [])),
        subset_preps=lower(casualties.get("subset_preps", [])),
        intent=lower(cues["intent"]),
        denial=lower(cues["denial"]),
        denied_as=lower(cues.get("denied_as", [])),
        allegation=lower(cues.get("allegation", [])),
        modal=lower(cues["modal"]),
        conditional=lower(cues["conditional"]),
        negation=lower(cues["negation"]),
        since=lower(cues["since"]),
        aggregate=tuple(str(p).lower() for p in cues["aggregate"]),
        period_nouns=lower(cues.get("period_nouns", [])),
        conflict_nouns=lower(cues.get("conflict_nouns", [])),
        times_words=lower(cues.get("times_words", [])),
        same_time=tuple(str(p).lower() for p in cues.get("same_time", [])),
        series=tuple(str(p).lower() for p in cues.get("series", [])),
        history=tuple(str(p).lower() for p in cues["history"]),
        recalled=tuple(str(p).lower() for p in cues["recalled"]),
        report_nouns=lower(cues.get("report_nouns", [])),
        claim_verbs=lower(cues.get("claim_verbs", [])),
        during=tuple(str(p).lower() for p in cues.get("during", [])),
        anaphoric=lower(cues.get("anaphoric", [])),
        separate=tuple(str(p).lower() for p in cues.get("separate", [])),
        trend=_verb_phrases(cues.get("trend", [])),
        witness=lower(cues.get("witness", [])),
        # Crimes and private quarrels are read like disasters: no political violence.
        disaster=tuple(str(p).lower() for p in (*cues.get("disaster", []), *cues.get("crime", []))),
        yielded=tuple(str(p).lower() for p in cues.get("yielded", [])),
        raid_end=tuple(str(p).lower() for p in cues.get("raid_end", [])),
        past_perfect=tuple(
            (lemma, feature)
            for lemma, _, feature in (str(p).partition("|") for p in cues["past_perfect"])
        ),
        attribution_verbs=lower(attribution["verbs"]),
        account_verbs=_verb_phrases(attribution.get("account_verbs", [])),
        earlier_words=lower(attribution.get("earlier_words", [])),
        attribution_preps=_index(attribution["preps"]),
        same_source=tuple(str(p).lower() for p in attribution["same_source"]),
        location_preps=lower(arguments["location_preps"]),
        near_preps=lower(arguments.get("near_preps", [])),
        area_preps=lower(arguments.get("area_preps", [])),
        landmark_nouns=lower(arguments.get("landmark_nouns", [])),
        within_preps=lower(arguments.get("within_preps", [])),
        target_preps=lower(arguments["target_preps"]),
        origin_preps=lower(arguments["origin_preps"]),
        destination_verbs=lower(arguments["destination_verbs"]),
        end_preps=lower(arguments.get("end_preps", [])),
        place_nouns=lower(arguments["place_nouns"]),
        site_nouns=lower(arguments["site_nouns"]),
        broad_places=lower(arguments["broad_places"]) | country_words(language),
        actor_nouns=lower(arguments["actor_nouns"]),
        demonyms=lower(arguments["demonyms"]),
        describing_heads=lower(arguments.get("describing_heads", [])),
        outlets=_outlets(),
        state_actors=lower(arguments.get("state_actors", [])),
        non_state_actors=lower(arguments.get("non_state_actors", [])),
        own_side=lower(arguments.get("own_side", [])),
        armed_sites=lower(arguments.get("armed_sites", [])),
        host_verbs=lower(arguments.get("host_verbs", [])),
        undergo_verbs=lower(arguments.get("undergo_verbs", [])),
        located_verbs=_verb_phrases(arguments.get("located_verbs", [])),
        civilian_sites=lower(arguments.get("civilian_sites", [])),
        origin_parts=lower(arguments.get("origin_parts", [])),
        flight_verbs=lower(arguments.get("flight_verbs", [])),
        destination_preps=lower(arguments.get("destination_preps", [])),
        affiliation_words=lower(arguments.get("affiliation_words", [])),
        motive_phrases=lower(arguments.get("motive_phrases", [])),
        seat_nouns=lower(arguments.get("seat_nouns", [])),
        owner_preps=lower(arguments.get("owner_preps", [])),
        among_preps=lower(arguments.get("among_preps", [])),
        agent_preps=lower(arguments.get("agent_preps", [])),
        sides_verbs=lower(arguments.get("sides_verbs", [])),
        sides_preps=lower(arguments.get("sides_preps", [])),
        between_preps=lower(arguments.get("between_preps", [])),
        blame_verbs=lower(arguments.get("blame_verbs", [])),
        blame_preps=lower(arguments.get("blame_preps", [])),
        repel_verbs=lower(arguments.get("repel_verbs", [])),
        opponent_preps=lower(arguments.get("opponent_preps", [])),
        part_nouns=lower(arguments.get("part_nouns", [])),
        town_nouns=lower(arguments.get("town_nouns", [])),
    )


def _verb_phrases(entries: Iterable[object]) -> tuple[tuple[str, str], ...]:
    """("lemma", "word") pairs from data entries "lemma word": a verb and a word it governs."""
    return tuple(
        (lemma, word) for lemma, _, word in (str(e).lower().partition(" ") for e in entries)
    )


def says_verb_phrase(tree: Tree, i: int, phrases: Iterable[tuple[str, str]]) -> bool:
    """Whether token ``i`` is one of ``phrases``' verbs, governing its word if it has one
    ("step up": "stepped" with "up" among its dependents; « se trouver »)."""
    lemma = tree.tokens[i].lemma.lower()
    governed = {tree.tokens[c].text.lower() for c in tree.children[i]}
    return any(lemma == verb and (not word or word in governed) for verb, word in phrases)


def outlet_key(name: str) -> str:
    """How outlet names are compared: casefolded, hyphens and apostrophes as spaces."""
    return " ".join("".join(ch if ch.isalnum() else " " for ch in name.casefold()).split())


def _outlets() -> frozenset[str]:
    """Keys of every name in ``data/gazetteer/outlets.yaml``."""
    entries = load_data("gazetteer/outlets")["outlets"]
    if not all(isinstance(e, dict) and e.get("name") and e.get("source") for e in entries):
        raise DataFileError("data/gazetteer/outlets.yaml: each outlet needs a name and a source")
    return frozenset(
        outlet_key(str(n)) for e in entries for n in (e["name"], *e.get("aliases", ()))
    )
