"""The ``extract.events.v1`` stage: event mentions from parsed sentences.

For each sentence: find trigger words (``triggers.yaml``), group them by clause,
type each clause by its strongest trigger, drop clauses that do not report an
incident that happened (threats, denials, conditionals, questions, running
totals, history), then attach arguments through the parse (``arguments``),
resolve the date against the publication date (``dates``) and read the tolls
(``numbers``). Tolls in a sentence without a trigger belong to the article's
previous mention; a mention without its own time expression takes the date of
the nearest dated mention of the article, or the publication date at a coarser
precision.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventwire.extract.aggregates import describes, is_aggregate, is_trend
from eventwire.extract.arguments import (
    find_actors,
    find_claimant,
    find_location,
    is_broad,
    is_civilian,
    is_near,
    named_victim,
    strikes_civilian_site,
)
from eventwire.extract.asides import blank, find_asides, within
from eventwire.extract.dates import DateResolver, TimeExpression, make_date_resolver
from eventwire.extract.filters import (
    governors,
    non_event,
    old_years,
    older_year,
    phrase_in,
    phrase_starts,
    token_at,
)
from eventwire.extract.lexicon import STRENGTHS, Lexicon, forms, load_lexicon
from eventwire.extract.numbers import QuantityFinder, make_quantity_finder
from eventwire.extract.syntax import Tree
from eventwire.extract.tolls import Toll, find_tolls
from eventwire.extract.typing_rules import (
    AIR,
    DAMAGE_TYPES,
    DISASTER_LOOKALIKES,
    OVERTAKES,
    PROTEST_FAMILY,
    REGAINS,
    attacks_unarmed,
    escalate,
    has_target,
    names_type,
    raise_protests,
    settle_territory,
    type_territory,
)
from eventwire.langdata import data_languages, load_data
from eventwire.models import Argument, Article, EventMention, Sentence, Span, content_hash
from eventwire.settings import Settings

__all__ = ["EventExtractor", "make_event_extractor", "publication_date"]

NAME = "extract.events.v1"
# ACLED's political-violence event types: a story telling one of them has no
# room for the events of ``context: no_violence`` triggers.
VIOLENCE = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
)
# A toll above this is not one incident's (a population, a budget): ignored with
# a warning. The deadliest single events ACLED records stay far below it.
MAX_TOLL = 100_000
# Tolls in a sentence without a trigger go to the previous mention only if it is
# at most this many sentences back: further away they are rarely about it.
TOLL_REACH = 3
# A mention whose own time expression lies further back than this before
# publication recalls an earlier incident (« la frappe du 3 janvier 2020 »):
# news reports what is new, and ACLED codes an incident from its own reports.
HISTORY_DAYS = 30
DATELINE_TOKENS = 12  # a dateline is a place and an agency: never longer
DATELINE_DASHES = frozenset({"-", "–", "—", "--"})
# Which time expression dates a clause holding several: the most specific
# (« le 18 octobre, tôt dans la matinée » is dated by the day, not the morning).
TIME_SPECIFICITY = {
    "full_date": 0,
    "day_month": 1,
    "weekday": 2,
    "days_ago": 3,
    "relative_day": 4,
    "part_of_day": 5,
    "weeks_ago": 6,
    "week": 7,
    "month": 8,
}


CHEMICAL = "Chemical weapon"


def publication_date(article: Article) -> tuple[date | None, int | None, str]:
    """Fallback event date from the publication date: (date, ACLED time_precision, note)."""
    if article.published is None:
        return None, None, "no publication date and no date in the text; left empty"
    if article.published_precision == "month":
        # ACLED codes a month-only date mid-month with time_precision 3.
        return article.published.replace(day=15), 3, "publication month only; coded mid-month"
    return article.published, 2, "no time expression; publication date"


@dataclass(slots=True)
class Draft:
    """A mention being built: mutable until the article is finished."""

    sentence: Sentence
    index: int  # sentence index in the article
    triggers: list[int]
    sub_event_type: str
    strength: str
    values: dict[str, Any]


def _is_past_perfect(tree: Tree, root: int, lexicon: Lexicon) -> bool:
    """« avait été frappée », "had been struck": an earlier incident recalled."""
    for c in tree.children[root]:
        token = tree.tokens[c]
        if token.dep.startswith("aux") and any(
            token.lemma.lower() == lemma and feature in token.morph
            for lemma, feature in lexicon.past_perfect
        ):
            return True
    return False


def _is_history(day: date | None, precision: int | None, published: date | None) -> bool:
    """An explicitly dated mention far before publication recalls an earlier incident.

    A month-precision date is coded mid-month, so it gets half a month more room.
    """
    if day is None or published is None or precision not in (1, 3):
        return False
    return (published - day).days > HISTORY_DAYS + (15 if precision == 3 else 0)


# How far below a trigger its required words (``with`` in triggers.yaml) are
# looked for: "seized 200 rounds of ammunition" puts the weapon three arcs below
# the verb. Nested verbs are not entered: they tell another action.
WITH_DEPTH = 3


def _place_phrases(tree: Tree, lexicon: Lexicon) -> frozenset[int]:
    """Locative prepositions whose object is a place ("at the port", "in the city of X")."""
    return frozenset(
        i
        for i, token in enumerate(tree.tokens)
        if token.text.lower() in lexicon.location_preps
        and any(
            set(forms(tree.tokens[c])) & lexicon.place_nouns
            or tree.tokens[c].ent_type in ("GPE", "LOC", "FAC")
            for c in tree.children[i]
        )
    )


def has_required_word(
    tree: Tree, start: int, length: int, words: frozenset[str], places: frozenset[int] = frozenset()
) -> bool:
    """Whether one of ``words`` is an argument of the trigger phrase at ``start``.

    Arguments are the phrase's descendants down to ``WITH_DEPTH``. The noun a
    participle modifies is not one: « la base installée sur le champ » describes
    a base, it does not tell of one being set up. Nor is a place the phrase
    happened at (``places``: its locative prepositions): "seized drugs at the
    port" took no port.
    """
    phrase = range(start, start + length)
    frontier = list(phrase)
    seen = set(frontier)
    for depth in range(WITH_DEPTH + 1):
        if any(i not in phrase and words & set(forms(tree.tokens[i])) for i in frontier):
            return True
        if depth == WITH_DEPTH:
            break
        frontier = [
            c
            for i in frontier
            for c in tree.children[i]
            if c not in seen and c not in places and tree.tokens[c].pos not in ("VERB", "AUX")
        ]
        seen.update(frontier)
    return False


def _dateline(tree: Tree) -> list[int]:
    """Tokens of a wire dateline ("BAGHDAD (AFP) -"): where the reporter was, not the event.

    A dateline opens a paragraph (the first after a headline, on web pages):
    upper-case words, maybe an agency in brackets, then a dash.
    """
    for i, token in enumerate(tree.tokens[:DATELINE_TOKENS]):
        if token.text in DATELINE_DASHES:
            head = tree.tokens[:i]
            if head and any(t.text.isupper() and len(t.text) > 2 for t in head):
                return list(range(i))
            return []
    return []


# Characters before a place searched for a near-phrase (« dans la périphérie de »).
NEAR_WINDOW = 40


def _opens_with(text: str, phrases: Sequence[str]) -> bool:
    """Whether the sentence opens with one of ``phrases`` as whole words."""
    lowered = text.lstrip().lower().replace("’", "'")
    return any(
        lowered.startswith(p) and not lowered[len(p) : len(p) + 1].isalnum() for p in phrases
    )


def _locates_hit_places(
    tree: Tree, lexicon: Lexicon, matched: Sequence[tuple[int, int]]
) -> int | None:
    """The verb of « deux des sites touchés se trouvent à … », "the targets lie near …", if any.

    Its subject must name places or sites, or hold a trigger word ("the sites hit").
    """
    triggers = {at for _rank, at in matched}
    sites = lexicon.place_nouns | lexicon.site_nouns | lexicon.armed_sites | lexicon.civilian_sites
    for i, token in enumerate(tree.tokens):
        if token.head != i:
            continue  # the sentence's root only
        governed = {tree.tokens[c].text.lower() for c in tree.children[i]}
        if not any(
            token.lemma.lower() == lemma and (not word or word in governed)
            for lemma, word in lexicon.located_verbs
        ):
            return None
        for c in tree.children[i]:
            if tree.tokens[c].dep.startswith("nsubj") and any(
                j in triggers or tree.tokens[j].lemma.lower() in sites for j in tree.subtree(c)
            ):
                return i
    return None


def _inside(tree: Tree, span: Span | None) -> list[int]:
    """Tokens of the sentence inside ``span``, with the clauses describing them."""
    if span is None:
        return []
    within = [i for i, t in enumerate(tree.tokens) if span.start <= t.start < span.end]
    found = set(within)
    for i in within:
        for c in tree.children[i]:
            if tree.tokens[c].dep.startswith("acl"):
                found.update(tree.subtree(c))
    return sorted(found)


def _kin(tree: Tree, victims: Sequence[int]) -> list[int]:
    """Words joined to the victims: "Taleb Abdallah, a commander, and three other fighters"."""
    return [c for v in victims for c in tree.child(v, "conj", "appos", "nmod")]


def _names_armed_men(tree: Tree, lexicon: Lexicon, actor1: int | None) -> bool:
    """True when the sentence names fighters or soldiers besides the initiator.

    « un drone a visé une maison …, tuant un responsable militaire du Hezbollah ainsi
    que trois combattants »: a home struck to kill fighters is not an attack on civilians.
    """
    mine = set(tree.subtree(actor1)) if actor1 is not None else set()
    armed = lexicon.state_actors | lexicon.non_state_actors
    return any(
        i not in mine and any(form in armed for form in forms(token))
        for i, token in enumerate(tree.tokens)
    )


def _place(article: Article, tree: Tree, token: int, lexicon: Lexicon) -> Argument:
    """The place argument named at ``token``.

    A country or region is kept as evidence but not as the event's place value:
    it must not split one incident from its own town-level mentions.
    """
    span = tree.name_span(token)
    text = span.cut(article.text)
    return Argument(text, span, "" if is_broad(tree, token, lexicon) else text)


class EventExtractor:
    """Turn an article's parsed sentences into typed event mentions with evidence."""

    name = NAME
    requires = ("sentences", "language", "published", "text")
    assigns = ("mentions", "tags", "warnings")

    def __init__(
        self,
        taxonomy: dict[str, Any],
        lexicons: dict[str, Lexicon],
        dates: DateResolver,
        numbers: QuantityFinder,
    ) -> None:
        self._taxonomy = taxonomy
        self._lexicons = lexicons
        self._dates = dates
        self._numbers = numbers

    def __call__(self, article: Article) -> Article:
        """Return ``article`` with its event mentions, aggregate tags and warnings."""
        drafts: list[Draft] = []
        tags = list(article.tags)
        warnings = list(article.warnings)
        claimant: Span | None = None
        # A sentence with a time but no incident: (its index, itself, its time).
        scene: tuple[int, Sentence, TimeExpression, Argument | None] | None = None
        disaster_at = -TOLL_REACH - 1  # the last sentence opening the story with a disaster
        for index, sentence in enumerate(article.sentences):
            lexicon = self._lexicons.get(sentence.language)
            if lexicon is None or not sentence.tokens:
                continue
            tree = Tree(sentence)
            text = sentence.span.cut(article.text)
            found = find_claimant(tree, lexicon)
            if found is not None and phrase_in(found.cut(article.text), lexicon.same_source):
                found = claimant  # « selon la même source »: the previous claimant
            claimant = found or claimant
            quantities = self._quantities(tree, text, sentence, warnings)
            tolls = find_tolls(tree, lexicon, quantities)
            times = self._dates.find(text, sentence.language)
            asides = find_asides(text)
            outside = blank(text, asides)
            # Clauses holding a count of two or more (outside bracketed asides): a
            # "since" elsewhere in the sentence (« des comités qui recensent les
            # violences depuis le début de la guerre ») says nothing about that count.
            counted = {
                tree.clause_root(i)
                for i, (value, _low, _high, span) in quantities.items()
                if value >= 2 and not within(span.start - sentence.span.start, asides)
            }
            outer_times = [e for e in times if not within(e.start, asides)]
            if is_aggregate(tree, outside, outer_times, lexicon, counted):
                tags.append(f"aggregate: {text[:160]}")
                continue
            for start, end in asides:
                # "… west of Gaza City [3 fatalities split across 2 events]": a
                # bracketed running total drops its own tolls, not the incident.
                inner = [e for e in times if start <= e.start < end]
                inner_counted = {
                    tree.clause_root(i)
                    for i, (value, _low, _high, span) in quantities.items()
                    if value >= 2 and start <= span.start - sentence.span.start < end
                }
                alone = blank(text, [(0, start), (end, len(text))])  # offsets kept
                if is_aggregate(tree, alone, inner, lexicon, inner_counted):
                    tags.append(f"aggregate: {text[start:end][:160]}")
                    tolls = [
                        t for t in tolls
                        if not start <= t.span.start - sentence.span.start < end
                    ]  # fmt: skip
            # The sentence's trigger words, found once for typing and argument steps.
            # Words that need a protest ("blocked roads") count in a sentence that
            # names one or just after one: there they tell what the protesters did.
            # A raid is an air raid in a story of air strikes ("the raids flattened
            # depots" after "warplanes struck"), else one on the ground.
            contexts = {"", "no_violence"}
            if names_type(tree, lexicon, PROTEST_FAMILY) or any(
                d.sub_event_type in PROTEST_FAMILY and index - d.index <= TOLL_REACH for d in drafts
            ):
                contexts.add("protest")
            else:
                contexts.add("no_protest")
            if names_type(tree, lexicon, {AIR}) or any(d.sub_event_type == AIR for d in drafts):
                contexts.add("air")
            matched = lexicon.trigger_index.longest(
                tree.tokens,
                keep=functools.partial(self._arguments_met, tree, lexicon, frozenset(contexts)),
            )
            # "Explosions tore through a chemical plant. The blasts killed 50": the
            # sentences after a story's opening disaster (told before any incident)
            # tell it too.
            told_disaster = phrase_in(text, lexicon.disaster) is not None
            disaster = told_disaster or index - disaster_at <= TOLL_REACH
            new = self._clauses(
                tree, text, index, lexicon, article.published, matched, disaster, outer_times
            )
            if told_disaster and not new and not drafts:
                disaster_at = index
            # "Separately, a drone was shot down": another incident, which takes
            # neither the date nor the place of the story before it.
            separate = _opens_with(text, lexicon.separate)
            for i, draft in enumerate(new):
                told = [d for d in new[:i] if d.strength != "generic"] or drafts
                draft.values["separate"] = separate
                if (
                    told
                    and not separate
                    and (draft.strength == "generic" or draft.values.get("part_of"))
                ):
                    # « L’engin a frappé la Tour 22 », "a mob vandalised temples and
                    # attacked shops": a bare attack verb after an incident has been
                    # told, in an earlier sentence or clause, most often tells it again;
                    # "its fighters detonated explosives during the battle" is part of it.
                    draft.sub_event_type = told[-1].sub_event_type
                    draft.values["retold"], draft.values["follows"] = True, told[-1]
                elif told and not separate and self._points_back(tree, draft, lexicon):
                    # "The strike, on January 4, set two vehicles ablaze": the incident
                    # of that type told last, told again.
                    same = [d for d in told if self._event_type(d) == self._event_type(draft)]
                    if same:
                        draft.values["retold"], draft.values["follows"] = True, same[-1]
                self._arguments(article, tree, draft, lexicon, tolls, found, times, matched)
                if separate:
                    continue
                if "time" not in draft.values and scene is not None and scene[0] == index - 1:
                    # "In the earlier incident last Saturday, three drones were sent
                    # towards the base. One hit a storage area": the sentence before,
                    # with no incident of its own, set the time (and place) of this one.
                    draft.values["time"], draft.values["time_sentence"] = scene[2], scene[1]
                    if scene[3] is not None:
                        draft.values.setdefault("location", scene[3])
                if (
                    "location" not in draft.values
                    and drafts
                    and "location" in drafts[-1].values
                    and self._event_type(draft) == self._event_type(drafts[-1])
                ):
                    # "One hit an empty storage area": told without a place, an
                    # incident is where the story last was.
                    draft.values["location"] = drafts[-1].values["location"]
            set_scene = scene if scene is not None and scene[0] == index - 1 else None
            scene = (
                (index, sentence, times[0], self._scene_place(article, tree, lexicon))
                if times and not new
                else None
            )
            if new:
                drafts.extend(new)
            elif tolls and drafts and index - drafts[-1].index <= TOLL_REACH:
                drafts.append(
                    self._toll_claim(article, tree, index, drafts[-1], tolls, found, times)
                )
            elif (
                drafts
                and index - drafts[-1].index <= TOLL_REACH
                and (verb := _locates_hit_places(tree, lexicon, matched)) is not None
                and (claim := self._place_claim(article, tree, index, drafts[-1], verb, found))
            ):
                drafts.append(claim)
            elif (
                any(t.kind == "killed" and t.value > 0 for t in tolls)
                and not drafts
                and not older_year(tree, text, article.published)
                and not phrase_in(text, lexicon.history)
                and not disaster
            ):
                # "Unidentified gunmen killed a dozen civilians": deaths told before any
                # attack word are an incident of their own, typed by who died.
                killing = self._killing(article, tree, index, lexicon, tolls, found, times, matched)
                if "time" not in killing.values and set_scene is not None:
                    # "On 1 November, troops operated in Zeitoun. A number of militants
                    # were killed": the scene sentence dates the deaths too.
                    killing.values["time"] = set_scene[2]
                    killing.values["time_sentence"] = set_scene[1]
                    if set_scene[3] is not None:
                        killing.values.setdefault("location", set_scene[3])
                drafts.append(killing)
        if any(self._event_type(d) in VIOLENCE for d in drafts):
            # "Thousands of residents fled to Goma": told beside the fighting that
            # drove them, a displacement is that fighting's toll, not an event.
            drafts = [d for d in drafts if d.values.get("context") != "no_violence"]
            drafts = self._fold_damage(drafts)
        territory = [
            (d.index, d.sub_event_type, bool(d.values.get("taker")), bool(d.values.get("yielded")))
            for d in drafts
        ]
        for draft, sub_event_type in zip(
            drafts, settle_territory(territory, TOLL_REACH), strict=True
        ):
            draft.sub_event_type = sub_event_type
        story = [
            (d.index, d.sub_event_type, d.values["location"].text if "location" in d.values else "")
            for d in drafts
        ]
        for draft, sub_event_type in zip(drafts, raise_protests(story, TOLL_REACH), strict=True):
            draft.sub_event_type = sub_event_type
        mentions = self._finish(article, drafts, warnings)
        return dataclasses.replace(
            article, mentions=tuple(mentions), tags=tuple(tags), warnings=tuple(warnings)
        )

    @staticmethod
    def _arguments_met(
        tree: Tree, lexicon: Lexicon, contexts: frozenset[str], rank: int, at: int
    ) -> bool:
        """Whether the trigger of ``rank`` at token ``at`` has the words and story it requires."""
        trigger = lexicon.triggers[rank]
        if trigger.context not in contexts:
            return False
        return not trigger.with_words or has_required_word(
            tree, at, len(trigger.words), trigger.with_words, _place_phrases(tree, lexicon)
        )

    def _quantities(
        self, tree: Tree, text: str, sentence: Sentence, warnings: list[str]
    ) -> dict[int, tuple[int, int | None, int | None, Span]]:
        """Token index -> (value, low, high, span) for every token inside a quantity."""
        found: dict[int, tuple[int, int | None, int | None, Span]] = {}
        offset = sentence.span.start
        for q in self._numbers.find(text, sentence.language):
            span = Span(offset + q.start, offset + q.end)
            if q.value > MAX_TOLL:
                warnings.append(f"ignored implausible count {q.text!r} at characters {span.start}")
                continue
            for i, token in enumerate(tree.tokens):
                if token.start < span.end and token.end > span.start:
                    found[i] = (q.value, q.low, q.high, span)
        return found

    def _toll_claim(
        self, article: Article, tree: Tree, index: int, previous: Draft, tolls: list[Toll],
        claimant: Span | None, times: Sequence[TimeExpression],
    ) -> Draft:  # fmt: skip
        """A sentence giving only a toll (« Le bilan est de 15 morts ») adds a claim to the
        previous mention's incident: same type, place and date, its own figure and claimant."""
        draft = Draft(tree.sentence, index, [tolls[0].anchor], previous.sub_event_type,
                      previous.strength, {"background": set(), "follows": previous})  # fmt: skip
        for key in ("location", "actor1", "actor2", "time", "civilian_targeting"):
            if key in previous.values:
                draft.values[key] = previous.values[key]
        if "time" in previous.values:
            draft.values["time_sentence"] = previous.values.get("time_sentence", previous.sentence)
        lexicon = self._lexicons[tree.sentence.language]
        # "The toll rose on Thursday": that time dates the revision, not the incident.
        own = [e for e in times if not self._dates_revision(tree, e, lexicon)]
        if own:  # « Deux jours plus tôt, … » dates this claim itself
            draft.values["time"] = min(own, key=lambda e: TIME_SPECIFICITY.get(e.kind, 9))
            draft.values.pop("time_sentence", None)
        if claimant is not None:
            draft.values["claimed_by"] = Argument(claimant.cut(article.text), claimant)
        # A toll given for a place of its own (« À Akachat, trois combattants ont
        # été tués ») is that place's incident, not the previous one's.
        places = find_location(
            tree, range(len(tree.tokens)), [], lexicon, _dateline(tree), located_only=True
        )
        if places:
            draft.values["location"] = _place(article, tree, places[0], lexicon)
        victim = named_victim(tree, [t.victim for t in tolls if t.victim is not None], lexicon)
        if "actor2" not in draft.values and victim is not None and (span := tree.phrase(victim)):
            # "Two US service members were wounded": who was hit.
            name = tree.tokens[victim].text
            draft.values["actor2"] = Argument(span.cut(article.text), span, name)
        self._add_tolls(draft, tree, tolls, lexicon)
        return draft

    @staticmethod
    def _dates_revision(tree: Tree, expr: TimeExpression, lexicon: Lexicon) -> bool:
        """Whether the time expression hangs under a toll-revision verb ("rose on Thursday")."""
        at = token_at(tree, expr.start)
        if at is None:
            return False
        verb = next((i for i in tree.ancestors(at) if tree.tokens[i].pos in ("VERB", "AUX")), None)
        return verb is not None and tree.tokens[verb].lemma.lower() in lexicon.revisions

    def _place_claim(
        self, article: Article, tree: Tree, index: int, previous: Draft, verb: int,
        claimant: Span | None,
    ) -> Draft | None:  # fmt: skip
        """« Deux des sites touchés se trouvent à Al-Qaïm »: the previous incident at the
        places the sentence names (each coordinated one an incident of its own)."""
        lexicon = self._lexicons[tree.sentence.language]
        # « Deux des sites … se trouvent à Al-Qaïm, et le troisième à Jurf al-Sakhar »:
        # the verb's clause and each of its conjuncts name a place of their own.
        conjuncts = [c for c in tree.children[verb] if tree.tokens[c].dep == "conj"]
        inner = {j for c in conjuncts for j in tree.subtree(c)}
        segments = [[j for j in tree.subtree(verb) if j not in inner]]
        segments += [list(tree.subtree(c)) for c in conjuncts]
        places: list[int] = []
        for segment in segments:
            found = find_location(tree, segment, [], lexicon, _dateline(tree))
            if found and found[0] in segment and found[0] not in places:
                places.append(found[0])
        if not places:
            return None
        draft = Draft(tree.sentence, index, [verb], previous.sub_event_type, previous.strength,
                      {"background": set(), "follows": previous})  # fmt: skip
        for key in ("actor1", "actor2", "civilian_targeting"):
            if key in previous.values:
                draft.values[key] = previous.values[key]
        draft.values["location"] = _place(article, tree, places[0], lexicon)
        draft.values["more_locations"] = [_place(article, tree, p, lexicon) for p in places[1:]]
        if claimant is not None:
            draft.values["claimed_by"] = Argument(claimant.cut(article.text), claimant)
        return draft

    def _killing(
        self, article: Article, tree: Tree, index: int, lexicon: Lexicon, tolls: list[Toll],
        claimant: Span | None, times: Sequence[TimeExpression],
        matched: Sequence[tuple[int, int]],
    ) -> Draft:  # fmt: skip
        """A draft for deaths told without an attack word: an attack on civilians or a clash."""
        anchor = next(t.anchor for t in tolls if t.kind == "killed")
        draft = Draft(tree.sentence, index, [anchor], "Armed clash", "generic",
                      {"background": set(), "past_perfect": False})  # fmt: skip
        self._arguments(article, tree, draft, lexicon, tolls, claimant, times, matched)
        if draft.values.get("civilian_targeting"):
            draft.sub_event_type = "Attack"
        return draft

    def _clauses(
        self,
        tree: Tree,
        text: str,
        index: int,
        lexicon: Lexicon,
        published: date | None,
        matched: Sequence[tuple[int, int]],
        disaster: bool,
        times: Sequence[TimeExpression],
    ) -> list[Draft]:
        """One draft per clause that reports an incident (``disaster``: in a disaster's story)."""
        if text.rstrip().endswith("?"):
            return []
        # A history phrase or an old year dates its own clause only: "an air strike
        # killed 29 soldiers, the worst toll since Turkey intervened in 2016" is news.
        dated = {
            tree.clause_root(i)
            for at in phrase_starts(text, lexicon.history) + old_years(text, published)
            if (i := token_at(tree, at)) is not None
        }
        background = self._background_tokens(tree, lexicon)
        part_of = self._part_of_told(tree, lexicon, matched)
        for noun in part_of:
            background.update(tree.subtree(noun))
        tolled = (
            lexicon.killed.covers(tree.tokens)
            | lexicon.injured.covers(tree.tokens)
            | lexicon.any_casualty.covers(tree.tokens)
        )
        groups: dict[int, list[tuple[int, int]]] = {}
        for rank, at in matched:
            cancel = lexicon.triggers[rank].not_with
            if at in background or any(
                form in cancel for c in tree.children[at] for form in forms(tree.tokens[c])
            ):
                continue
            groups.setdefault(tree.clause_root(at), []).append((rank, at))
        drafts = []
        for root, found in groups.items():
            # A dated clause dates the clauses it governs ("fired on them in 2016,
            # when warships hit radar sites"), not the nouns it describes.
            if any(d == root or d in governors(tree, root) for d in dated):
                continue
            typed = self._type(tree, root, found, lexicon, tolled)
            if typed is None:
                continue
            sub_event_type, strength, triggers = typed
            if disaster and (strength == "generic" or sub_event_type in DISASTER_LOOKALIKES):
                continue  # "an earthquake hit the region", "gas leaked from a plant"
            reason = non_event(tree, root, triggers, lexicon, text)
            if reason is None and is_trend(tree, triggers[0], lexicon, times):
                reason = "trend"
            if reason is None and describes(tree, triggers[0], lexicon, times):
                reason = "description"
            if reason is None:
                values: dict[str, Any] = {
                    "background": background,
                    "past_perfect": _is_past_perfect(tree, root, lexicon),
                    "context": next(
                        lexicon.triggers[r].context for r, at in found if at == triggers[0]
                    ),
                    "part_of": any(tree.clause_root(noun) == root for noun in part_of),
                }
                drafts.append(
                    Draft(tree.sentence, index, triggers, sub_event_type, strength, values)
                )
        return self._one_chemical_attack(drafts)

    def _fold_damage(self, drafts: list[Draft]) -> list[Draft]:
        """Property burnt or destroyed during a violent incident is that incident.

        "Gunmen killed 42 villagers and set fire to homes": ACLED codes the attack,
        not a second, looting event. In the incident's own sentence the damage is
        dropped; within ``TOLL_REACH`` sentences it retells the incident (typed as
        it, dated like it), and so do the claims that follow it.
        """
        violent = [d for d in drafts if d.sub_event_type not in DAMAGE_TYPES
                   and self._event_type(d) in VIOLENCE]  # fmt: skip
        kept: list[Draft] = []
        folded: dict[int, Draft] = {}  # id() of a damage draft -> the incident it is
        for draft in drafts:
            follows = draft.values.get("follows")
            if follows is not None and id(follows) in folded:
                # "No casualties were reported" after the damage: the incident's claim.
                incident = folded[id(follows)]
                draft.sub_event_type, draft.values["follows"] = incident.sub_event_type, incident
                folded[id(draft)] = incident
            elif draft.sub_event_type in DAMAGE_TYPES:
                leading = [v for v in violent if v.index == draft.index and self._leads(v, draft)]
                if leading:
                    folded[id(draft)] = leading[0]
                    continue  # "…, setting fire to two cars": the sentence's incident
                near = [v for v in violent if 0 < abs(v.index - draft.index) <= TOLL_REACH]
                if near:
                    incident = min(near, key=lambda v: (abs(v.index - draft.index), -v.index))
                    draft.sub_event_type = incident.sub_event_type
                    draft.values["retold"], draft.values["follows"] = True, incident
                    folded[id(draft)] = incident
            kept.append(draft)
        return kept

    @staticmethod
    def _leads(incident: Draft, damage: Draft) -> bool:
        """Whether a violent incident leads its sentence's damage: told before it, or with a
        toll ("properties were looted … after fighting" is the looting's sentence)."""
        return incident.triggers[0] < damage.triggers[0] or any(
            incident.values.get(kind) is not None for kind in ("fatalities", "injuries")
        )

    def _one_chemical_attack(self, drafts: list[Draft]) -> list[Draft]:
        """Explosions told beside a chemical agent in one sentence are that chemical attack.

        "Rebel shelling left dozens with breathing difficulties": ACLED codes the
        shelling as the Chemical weapon event, not as a second, conventional one.
        """
        chemical = next((d for d in drafts if d.sub_event_type == CHEMICAL), None)
        if chemical is None:
            return drafts
        family = self._taxonomy[CHEMICAL]["event_type"]
        kept = []
        for draft in drafts:
            if (
                draft is not chemical
                and self._taxonomy[draft.sub_event_type]["event_type"] == family
            ):
                chemical.triggers.extend(t for t in draft.triggers if t not in chemical.triggers)
            else:
                kept.append(draft)
        return kept

    @staticmethod
    def _part_of_told(
        tree: Tree, lexicon: Lexicon, matched: Sequence[tuple[int, int]]
    ) -> list[int]:
        """Trigger nouns after a ``during`` phrase ("during the battle"): an incident told
        before, which the clause holding them is part of."""
        lowered = [t.text.lower().replace("’", "'") for t in tree.tokens]
        found = []
        for _rank, at in matched:
            if tree.tokens[at].pos not in ("NOUN", "PROPN"):
                continue
            start = at
            # Adjectives may stand between the determiner and the noun ("the ensuing battle").
            while start > 0 and tree.tokens[start - 1].pos == "ADJ" and at - start < 2:
                start -= 1
            for phrase in lexicon.during:
                words = phrase.split()
                if start >= len(words) and lowered[start - len(words) : start] == words:
                    found.append(at)
                    break
        return found

    @staticmethod
    def _points_back(tree: Tree, draft: Draft, lexicon: Lexicon) -> bool:
        """Whether the draft's trigger is a noun with a determiner pointing back ("the strike")."""
        at = draft.triggers[0]
        if tree.tokens[at].pos != "NOUN":
            return False
        return any(
            tree.tokens[c].dep.startswith("det")
            and tree.tokens[c].text.lower().replace("’", "'") in lexicon.anaphoric
            for c in tree.children[at]
        )

    @staticmethod
    def _background_tokens(tree: Tree, lexicon: Lexicon) -> set[int]:
        """Tokens inside a phrase recalling an earlier incident (« en représailles à … »)."""
        found: set[int] = set()
        lowered = [t.text.lower() for t in tree.tokens]
        for phrase in lexicon.recalled:
            words = phrase.split()
            for i in range(len(lowered) - len(words) + 1):
                if lowered[i : i + len(words)] == words:
                    # The recalled incident is what follows the phrase, down its subtree.
                    last = i + len(words) - 1
                    for j in range(last + 1, len(tree.tokens)):
                        if last in tree.ancestors(j) or tree.tokens[j].head == last:
                            found.add(j)
                    found.update(tree.subtree(last) if tree.tokens[last].pos == "NOUN" else ())
        return found

    @staticmethod
    def _type(
        tree: Tree, root: int, found: list[tuple[int, int]], lexicon: Lexicon, tolled: set[int]
    ) -> tuple[str, str, list[int]] | None:
        """(sub_event_type, strength, trigger tokens) of a clause, or ``None`` if not an event.

        The typing trigger comes first in the returned tokens.
        """
        by_strength: dict[str, list[tuple[int, int]]] = {}
        for rank, at in found:
            by_strength.setdefault(lexicon.triggers[rank].strength, []).append((rank, at))
        # A toll told in a dependent clause counts ("shells slammed into the camp,
        # killing five"): the whole subtree of the clause is searched.
        has_toll = bool(tolled & set(tree.subtree(root)))
        # A weapon word used as the verb is the attack itself ("artillery shelled
        # the camp", "they mortared the base"), not a means waiting for one.
        wielded = any(tree.tokens[at].pos == "VERB" for _, at in by_strength.get("weapon", ()))
        acting = "strike" in by_strength or "generic" in by_strength or has_toll or wielded
        for strength in STRENGTHS:
            if strength not in by_strength:
                continue
            if strength == "weapon" and not acting:
                continue
            if (
                strength == "generic"
                and not has_toll
                and not has_target(tree, by_strength, lexicon)
            ):
                return None
            rank, at = min(by_strength[strength])
            others = sorted({a for _, a in found} - {at})
            return lexicon.triggers[rank].sub_event_type, strength, [at, *others]
        return None

    def _arguments(
        self,
        article: Article,
        tree: Tree,
        draft: Draft,
        lexicon: Lexicon,
        tolls: list[Toll],
        claimant: Span | None,
        times: Sequence[TimeExpression],
        matched: Sequence[tuple[int, int]],
    ) -> None:
        """Fill the draft's actors, place, weapons, tolls and claimant."""
        root = tree.clause_root(draft.triggers[0])
        clause = tree.clause_tokens(root)
        # With several incidents in the sentence, each takes the tolls of its own
        # clause; a sentence telling one incident gives it all its tolls ("killing
        # eleven, … with scores of people wounded").
        alone = not any(
            tree.clause_root(t) != root
            for rank, t in matched
            if lexicon.triggers[rank].strength != "generic"
        )
        mine = tolls if alone else [t for t in tolls if tree.clause_root(t.anchor) == root] or tolls
        victims = [t.victim for t in mine if t.victim is not None]
        actor1, actor2 = find_actors(tree, draft.triggers, victims, lexicon)
        start = draft.sentence.span.start
        in_dates = [
            i
            for i, token in enumerate(tree.tokens)
            if any(start + e.start <= token.start < start + e.end for e in times)
        ]
        actors = [a for a in (actor1, actor2) if a is not None]
        # Who gives the account is never where it happened ("according to the
        # Pentagon"), nor is when they gave it (« selon un bilan publié mercredi »).
        sourced = _inside(tree, claimant)
        places = find_location(
            tree,
            clause,
            draft.triggers,
            lexicon,
            [*in_dates, *actors, *victims, *_dateline(tree), *sourced],
        )
        values = draft.values
        text = article.text
        if actor1 is not None:
            # A demonym names the actor alone (« frappes américaines »): no phrase around it.
            token = tree.tokens[actor1]
            span = (
                Span(token.start, token.end)
                if token.text.lower() in lexicon.demonyms
                else tree.phrase(actor1)
            )
            if span is not None:
                # The value is the phrase's head word: what the phrase is about
                # (« journalistes de la chaîne libanaise » are journalists).
                values["actor1"] = Argument(span.cut(text), span, token.text)
        if actor2 is not None and (span := tree.phrase(actor2)):
            values["actor2"] = Argument(span.cut(text), span, tree.tokens[actor2].text)
        # Civilians targeted: named as the target, or counted among the dead and injured.
        # The words of each toll and the nouns its numbers count (« 3 et 5 habitants »).
        in_tolls = [
            i
            for toll in mine
            for i, token in enumerate(tree.tokens)
            if toll.span.start <= token.start < toll.span.end
        ]
        counted = [*in_tolls, *(tree.tokens[i].head for i in in_tolls)]
        values["civilian_targeting"] = any(
            is_civilian(tree, person, lexicon)
            for person in (actor2, *victims, *counted)
            if person is not None
        ) or (
            # A home or market struck, with no armed side named among the dead.
            actor2 is None
            and named_victim(tree, [*victims, *counted, *_kin(tree, victims)], lexicon) is None
            and not _names_armed_men(tree, lexicon, actor1)
            and strikes_civilian_site(tree, draft.triggers, lexicon)
        )
        if places:
            values["location"] = _place(article, tree, places[0], lexicon)
            values["more_locations"] = [_place(article, tree, p, lexicon) for p in places[1:]]
        values["weapons"] = [
            Argument(tree.tokens[t].text, Span(tree.tokens[t].start, tree.tokens[t].end))
            for t in draft.triggers
            if any(
                trig.strength == "weapon"
                and trig.words[0] in (tree.tokens[t].lemma.lower(), tree.tokens[t].text.lower())
                for trig in lexicon.triggers
            )
        ]
        if claimant is not None:
            values["claimed_by"] = Argument(claimant.cut(text), claimant)
        self._add_tolls(draft, tree, mine, lexicon)
        targets = [t for t in (actor2, *victims) if t is not None]
        if (
            draft.strength == "generic"
            and draft.sub_event_type == "Armed clash"
            and (
                values.get("civilian_targeting")
                or any(is_civilian(tree, v, lexicon) for v in victims)
                or (
                    not draft.values.get("retold")
                    and attacks_unarmed(tree, draft.triggers, targets, lexicon)
                )
            )
        ):
            draft.sub_event_type = "Attack"
        if any(v is not None and is_civilian(tree, v, lexicon) for v in victims):
            values["civilian_targeting"] = True
        values["yielded"] = phrase_in(draft.sentence.span.cut(text), lexicon.yielded) is not None
        if draft.sub_event_type in (REGAINS, OVERTAKES):
            fought = any(
                lexicon.triggers[rank].sub_event_type == "Armed clash"
                and lexicon.triggers[rank].strength == "specific"
                for rank, _at in matched
            )
            draft.sub_event_type, values["taker"] = type_territory(
                tree, draft.sub_event_type, actor1, draft.triggers[0], lexicon,
                values["yielded"] and not fought,
            )  # fmt: skip
        # "Protesters attacked a police station": the protesters are the subject.
        by_protesters = any(
            at in clause
            and tree.tokens[at].dep in ("nsubj", "csubj")
            and lexicon.triggers[rank].sub_event_type in PROTEST_FAMILY
            for rank, at in matched
        )
        draft.sub_event_type = escalate(
            draft.sub_event_type, tree, clause, mine, lexicon, matched, by_protesters
        )
        told_at = [
            e for e in times
            if not any(tree.tokens[j].start <= start + e.start < tree.tokens[j].end
                       for j in sourced)
        ]  # fmt: skip
        time = self._time(tree, draft, clause, told_at)
        if time is not None:
            values["time"] = time

    @staticmethod
    def _add_tolls(draft: Draft, tree: Tree, tolls: list[Toll], lexicon: Lexicon) -> None:
        """Record killed/injured counts on the draft; a later, larger figure revises it."""
        for toll in tolls:
            kinds = (
                ("fatalities", "injuries")
                if toll.kind == "any"
                else (("fatalities",) if toll.kind == "killed" else ("injuries",))
            )
            for kind in kinds:
                previous = draft.values.get(kind)
                if previous is None or toll.value > previous[0]:
                    draft.values[kind] = (toll.value, toll.low, toll.high, toll.span)

    @staticmethod
    def _time(
        tree: Tree, draft: Draft, clause: list[int], times: Sequence[TimeExpression]
    ) -> TimeExpression | None:
        """The time expression of the draft's clause (else of its sentence), if any."""
        sentence = draft.sentence
        background = draft.values["background"]
        found = [
            expr
            for expr in times
            if not any(
                tree.tokens[b].start <= sentence.span.start + expr.start < tree.tokens[b].end
                for b in background
            )
        ]
        if not found:
            return None
        clause_span = (tree.tokens[min(clause)].start, tree.tokens[max(clause)].end)
        anchor = tree.tokens[draft.triggers[0]].start - sentence.span.start

        def distance(expr: TimeExpression) -> tuple[int, int, int]:
            start = sentence.span.start + expr.start
            inside = clause_span[0] <= start < clause_span[1]
            return (
                0 if inside else 1,
                TIME_SPECIFICITY.get(expr.kind, 9),
                abs(expr.start - anchor),
            )

        return min(found, key=distance)

    def _finish(
        self, article: Article, drafts: list[Draft], warnings: list[str]
    ) -> list[EventMention]:
        """Resolve dates (with inheritance), drop recalled incidents, freeze into mentions."""
        resolved: list[tuple[date | None, int | None, str, Argument | None]] = []
        kept: list[Draft] = []
        for draft in drafts:
            expr = draft.values.get("time")
            if expr is None:
                # « La tour avait été frappée par un drone » without a date of its
                # own recalls an earlier incident; with a recent date it is news.
                if not draft.values.get("past_perfect"):
                    resolved.append((None, None, "", None))
                    kept.append(draft)
                continue
            result = self._dates.resolve(expr, article.published, article.published_precision)
            if result.warning:
                warnings.append(result.warning)
            if _is_history(result.day, result.precision, article.published):
                continue
            at = draft.values.get("time_sentence", draft.sentence).span.start
            span = Span(at + expr.start, at + expr.end)
            resolved.append(
                (result.day, result.precision, result.note, Argument(span.cut(article.text), span))
            )
            kept.append(draft)
        mentions = []
        dates: dict[int, tuple[date | None, int | None, str]] = {}  # by id() of the draft
        for i, draft in enumerate(kept):
            day, precision, note, time = resolved[i]
            follows = draft.values.get("follows")
            if day is None and follows is not None and id(follows) in dates:
                # A toll or a retelling is dated like the incident it tells.
                day, precision, _note = dates[id(follows)]
                note = f"that of the incident it tells, in sentence {follows.index + 1}"
            elif day is None and draft.values.get("separate"):
                day, precision, note = publication_date(article)
            elif day is None:
                day, precision, note = self._inherit(article, kept, resolved, i)
            dates[id(draft)] = (day, precision, note)
            mention = self._mention(article, draft, day, precision, note, time)
            mentions.append(mention)
            # Each further coordinated place is an incident of its own; the
            # sentence's toll cannot be split between them, so it stays on the first.
            for place in draft.values.get("more_locations", []):
                mentions.append(
                    dataclasses.replace(
                        mention,
                        mention_id=f"{mention.mention_id}-{place.span.start}",
                        location=place,
                        fatalities=None, fatalities_low=None, fatalities_high=None,
                        injuries=None, injuries_low=None, injuries_high=None,
                        evidence=(mention.trigger, place),
                    )
                )  # fmt: skip
        return mentions

    @staticmethod
    def _scene_place(article: Article, tree: Tree, lexicon: Lexicon) -> Argument | None:
        """The place a sentence without an incident names, if any (« On Monday, … at Al-Omar »)."""
        everything = range(len(tree.tokens))
        places = find_location(tree, everything, [], lexicon, _dateline(tree))
        return _place(article, tree, places[0], lexicon) if places else None

    def _event_type(self, draft: Draft) -> str:
        return str(self._taxonomy[draft.sub_event_type]["event_type"])

    @staticmethod
    def _inherit(
        article: Article,
        drafts: list[Draft],
        resolved: list[tuple[date | None, int | None, str, Argument | None]],
        i: int,
    ) -> tuple[date | None, int | None, str]:
        """The date of the nearest dated mention (earlier first), else the publication date."""
        dated = [j for j, r in enumerate(resolved) if r[0] is not None]
        if dated:
            j = min(dated, key=lambda j: (abs(drafts[j].index - drafts[i].index), j > i))
            day, precision, _note, _time = resolved[j]
            return day, precision, f"inherited from the mention in sentence {drafts[j].index + 1}"
        return publication_date(article)

    def _mention(
        self,
        article: Article,
        draft: Draft,
        day: date | None,
        precision: int | None,
        note: str,
        time: Argument | None,
    ) -> EventMention:
        taxonomy = self._taxonomy[draft.sub_event_type]
        tokens = draft.sentence.tokens
        first = tokens[draft.triggers[0]]
        trigger_span = Span(first.start, first.end)
        trigger = Argument(trigger_span.cut(article.text), trigger_span, draft.sub_event_type)
        values = draft.values
        tolls: dict[str, Any] = {}
        evidence = [trigger]
        for kind in ("fatalities", "injuries"):
            if kind in values:
                value, low, high, span = values[kind]
                tolls[kind], tolls[f"{kind}_low"], tolls[f"{kind}_high"] = value, low, high
                evidence.append(Argument(span.cut(article.text), span, str(value)))
        if tolls.get("injuries") == 0 and "fatalities" not in tolls:
            # "No one was hurt", « aucun blessé »: with no death figure, nobody died either.
            tolls["fatalities"] = tolls["fatalities_low"] = tolls["fatalities_high"] = 0
        arguments = {k: values[k] for k in ("actor1", "actor2", "location") if k in values}
        location = values.get("location")
        near = location is not None and is_near(
            article.text[max(0, location.span.start - NEAR_WINDOW) : location.span.start],
            self._lexicons[draft.sentence.language],
        )
        claimed = values.get("claimed_by")
        evidence += [*arguments.values(), *values.get("weapons", [])]
        evidence += [a for a in (time, claimed) if a is not None]
        key = f"{article.article_id}|{draft.sentence.span.start}|{first.start}"
        return EventMention(
            mention_id="m-" + content_hash(key)[:16],
            article_id=article.article_id,
            sentence=draft.sentence.span,
            trigger=trigger,
            event_type=taxonomy["event_type"],
            sub_event_type=draft.sub_event_type,
            disorder_type=taxonomy["disorder_type"],
            plover=taxonomy["plover"],
            event_date=day,
            time_precision=precision,
            date_note=note,
            time=time,
            weapons=tuple(values.get("weapons", [])),
            civilian_targeting=bool(values.get("civilian_targeting")),
            near=near,
            claimed_by=claimed.text if claimed else None,
            retold=bool(values.get("retold")),
            evidence=tuple(evidence),
            extractor=NAME,
            **arguments,
            **tolls,
        )


def make_event_extractor(settings: Settings) -> EventExtractor:
    """Build the extractor for every language with trigger data."""
    taxonomy = load_data("taxonomy")["sub_event_types"]
    lexicons = {lang: load_lexicon(lang, set(taxonomy)) for lang in data_languages("triggers")}
    return EventExtractor(taxonomy, lexicons, make_date_resolver(), make_quantity_finder())
