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

This module runs the story loop and attaches arguments; finding and typing a
sentence's clauses is ``clauses``, the story-level claims and passes ``story``,
dating and freezing the drafts (``draft``) into mentions ``mentions``.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from datetime import date
from typing import Any

from eventwire.extract.aggregates import is_aggregate, totals_in
from eventwire.extract.arguments import (
    find_claimant,
)
from eventwire.extract.asides import blank, find_asides, within
from eventwire.extract.clauses import (
    CLASH,
    arguments_met,
    background_tokens,
    find_clauses,
    points_back,
)
from eventwire.extract.dates import DateResolver, TimeExpression, make_date_resolver
from eventwire.extract.draft import (
    TOLL_REACH,
    VIOLENCE,
    Draft,
    dateline,
    event_type,
    place_argument,
    place_name,
    time_tokens,
)
from eventwire.extract.fill import fill_arguments
from eventwire.extract.filters import RELATIVE, older_year, phrase_in, token_at, unreal_count
from eventwire.extract.lexicon import Lexicon, cancelled, load_lexicon
from eventwire.extract.mentions import MentionContext, freeze_mentions
from eventwire.extract.numbers import QuantityFinder, make_quantity_finder
from eventwire.extract.places import find_location
from eventwire.extract.story import (
    add_other_side,
    fold_damage,
    fold_spoils,
    hurting_damage,
    in_other_clause,
    locates_hit_places,
    opens_with,
    place_claim,
    said_when,
    toll_claim,
    toll_target,
)
from eventwire.extract.syntax import Tree
from eventwire.extract.tolls import Toll, find_tolls
from eventwire.extract.typing_rules import (
    AIR,
    DISRUPTED,
    EXCESSIVE,
    INTERVENED,
    PROTEST,
    PROTEST_FAMILY,
    names_again,
    names_type,
    raise_protests,
    settle_territory,
)
from eventwire.langdata import data_languages, load_data
from eventwire.models import Argument, Article, Sentence, Span
from eventwire.settings import Settings

# Protests met with force: a toll told after one is its toll.
FORCED_PROTESTS = PROTEST_FAMILY - {PROTEST}

__all__ = ["EventExtractor", "make_event_extractor"]

NAME = "extract.events.v1"
# A toll above this is not one incident's (a population, a budget): ignored with
# a warning. The deadliest single events ACLED records stay far below it.
MAX_TOLL = 100_000
# The event type of weapons' means: a bare attack told again with one is typed by it.
REMOTE = "Explosions/Remote violence"


def _relative_clauses(tree: Tree, tolls: Sequence[Toll]) -> list[tuple[int, int]]:
    """Character ranges (in the sentence) of the relative clauses holding a toll."""
    start = tree.sentence.span.start
    ranges = set()
    for toll in tolls:
        for i in [toll.anchor, *tree.ancestors(toll.anchor)]:
            if tree.tokens[i].dep in RELATIVE:
                span = tree.subtree(i)
                lo, hi = tree.tokens[min(span)].start, tree.tokens[max(span)].end
                ranges.add((lo - start, hi - start))
                break
    return sorted(ranges)


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
        self._context = MentionContext(taxonomy, lexicons, dates, NAME)

    def __call__(self, article: Article) -> Article:
        """Return ``article`` with its event mentions, aggregate tags and warnings."""
        drafts: list[Draft] = []
        tags = list(article.tags)
        warnings = list(article.warnings)
        claimant: Span | None = None
        # A sentence with a time but no incident: (its index, itself, its time).
        scene: tuple[int, Sentence, TimeExpression, Argument | None] | None = None
        # The last sentence with no incident of its own that names a place, and
        # whether the place opened it (« À Diboli, … »).
        named: tuple[int, Argument, bool] | None = None
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
            # "…, ordering the army to neutralise some 20 gangs", "threatened to kill
            # ten hostages": a count only intended or denied is no toll; one told
            # in a clause describing a noun ("denied a role in the shelling that
            # killed 12") happened.
            tolls = [
                t for t in find_tolls(tree, lexicon, quantities)
                if not unreal_count(tree, t.anchor, lexicon, text)
            ]  # fmt: skip
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
            for start, end in _relative_clauses(tree, tolls):
                # "…, the latest in a string of attacks that have killed more than 100
                # people since January": a running total told in a relative clause
                # drops its own tolls, not the incident.
                if totals_in(text, start, end, times, lexicon):
                    tags.append(f"aggregate: {text[start:end][:160]}")
                    tolls = [
                        t for t in tolls
                        if not start <= t.span.start - sentence.span.start < end
                    ]  # fmt: skip
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
            # Only an air strike told near: a round-up's line three lines below a drone
            # strike is a story of its own ("• Fri 15 Nov — armed youth raid a cattle
            # camp near Tonj").
            if names_type(tree, lexicon, {AIR}) or any(
                d.sub_event_type == AIR and index - d.index <= TOLL_REACH for d in drafts
            ):
                contexts.add("air")
            matched = [
                (rank, at)
                for rank, at in lexicon.trigger_index.longest(
                    tree.tokens,
                    keep=functools.partial(arguments_met, tree, lexicon, frozenset(contexts)),
                )
                if not cancelled(tree, lexicon, rank, at)
            ]
            # "Explosions tore through a chemical plant. The blasts killed 50": the
            # sentences after a story's opening disaster (told before any incident)
            # tell it too.
            told_disaster = phrase_in(text, lexicon.disaster) is not None
            disaster = told_disaster or index - disaster_at <= TOLL_REACH
            new = find_clauses(
                tree,
                text,
                index,
                lexicon,
                self._taxonomy,
                article.published,
                matched,
                disaster,
                outer_times,
            )
            if told_disaster and not new and not drafts:
                disaster_at = index
            # "Separately, a drone was shot down": another incident, which takes
            # neither the date nor the place of the story before it.
            separate = opens_with(text, lexicon.separate)
            for i, draft in enumerate(new):
                told = [d for d in new[:i] if d.strength != "generic"] or drafts
                if draft.strength == "generic" and not told:
                    # « Onze martyrs sont tombés lorsque l'aviation a bombardé une
                    # maison »: a bare word told beside the sentence's named attack.
                    told = self._named_after(new, i)[:1]
                draft.values["separate"] = separate
                draft.values["same_time"] = phrase_in(text, lexicon.same_time) is not None
                again = (
                    bool(told)
                    and not separate
                    and (draft.strength == "generic" or bool(draft.values.get("part_of")))
                )
                own_times = [e for e in outer_times if not in_other_clause(tree, e, draft.triggers)]
                other_day = again and self._another_day(article, own_times, told[-1])
                own_type = draft.sub_event_type
                if again and not other_day:
                    # « L’engin a frappé la Tour 22 », "a mob vandalised temples and
                    # attacked shops": a bare attack verb after an incident has been
                    # told, in an earlier sentence or clause, most often tells it again;
                    # "its fighters detonated explosives during the battle" is part of it.
                    draft.sub_event_type = told[-1].sub_event_type
                    draft.values["retold"], draft.values["follows"] = True, told[-1]
                elif told and not separate and points_back(tree, draft, lexicon):
                    # "The strike, on January 4, set two vehicles ablaze": the incident
                    # of that type told last, told again.
                    same = [d for d in told if self._event_type(d) == self._event_type(draft)]
                    last = told[-1]
                    if same:
                        draft.values["retold"], draft.values["follows"] = True, same[-1]
                    elif (
                        draft.sub_event_type == CLASH
                        and self._event_type(last) == REMOTE
                        and last.sub_event_type != AIR
                        and index - last.index <= 1
                    ):
                        # "… opened fire and hurled bombs at a post. The gunfight lasted
                        # for hours": the attack told just before was a battle, which
                        # ACLED codes an armed clash whatever the weapons.
                        last.sub_event_type = CLASH
                        draft.values["retold"], draft.values["follows"] = True, last
                if not draft.values.get("retold") and self._event_type(draft) == REMOTE:
                    # "…were hit by attacks. The attacks were carried out with grenades":
                    # the means told again of a bare attack word types that attack.
                    for earlier in drafts:
                        lemmas = {
                            earlier.sentence.tokens[t].lemma.lower() for t in earlier.triggers
                        }
                        if (
                            earlier.strength == "generic"
                            and index - earlier.index <= TOLL_REACH
                            and names_again(tree, draft.triggers, lemmas)
                        ):
                            earlier.sub_event_type = draft.sub_event_type
                before = dict(draft.values)
                fill_arguments(article, tree, draft, lexicon, tolls, found, times, matched)
                if (
                    again
                    and draft.values.get("follows") is told[-1]
                    and own_times
                    and _undated(told[-1])
                    and _elsewhere(draft, told[-1])
                ):
                    # "- An airstrike hit a market in Al Fula. … On 12 July, fighters
                    # attacked villages near Bara": dated and elsewhere, a bare attack
                    # after an undated highlight is news, not that highlight retold;
                    # the fight its own sentence names next ("…, clashing with the
                    # army") is what it tells.
                    draft.values.clear()
                    draft.values.update(before)
                    draft.sub_event_type = own_type
                    del draft.values["retold"], draft.values["follows"]
                    beside = self._named_after(new, i)
                    if beside:
                        draft.sub_event_type = beside[0].sub_event_type
                        draft.values["retold"] = True
                    fill_arguments(article, tree, draft, lexicon, tolls, found, times, matched)
                if (follows := draft.values.get("follows")) is not None:
                    add_other_side(draft, follows)
                # Only right after it: a sentence between may set another scene
                # (« … après celle menée contre la garnison d'Al-Tanf. Le 18 octobre,
                # deux drones ont fondu sur la base »).
                if (
                    other_day
                    and index - told[-1].index <= 1
                    and not {"actor1", "location"} & draft.values.keys()
                ):
                    # « mardi, une voiture y avait été frappée »: told on another day
                    # with no attacker or place of its own, the same kind of incident
                    # at the same place; "On Sunday, militants attacked …" is new.
                    draft.sub_event_type = told[-1].sub_event_type
                    if "location" in told[-1].values:
                        draft.values["location"] = told[-1].values["location"]
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
                    # incident is where the story last was; on another day, where a
                    # sentence since, telling no incident, moved the story (« … deux
                    # jours après celle menée contre la garnison d'Al-Tanf. Le 18
                    # octobre, deux drones ont fondu sur la base »).
                    if (
                        named is not None
                        and named[0] > drafts[-1].index
                        and self._another_day(article, own_times, drafts[-1])
                    ):
                        draft.values["location"] = named[1]
                    else:
                        draft.values["location"] = drafts[-1].values["location"]
            set_scene = scene if scene is not None and scene[0] == index - 1 else None
            place = self._scene_place(article, tree, lexicon, times) if not new else None
            scene = None
            if times and not new:
                # « Ouagadougou, 13 mai 2025 - Le poste a été visé dimanche … »: the
                # dateline's day is when it was filed, and "said on Tuesday" when it
                # was told, not the scene's.
                filed = dateline(tree)
                scene_times = [
                    e for e in times
                    if token_at(tree, e.start) not in filed
                    and not said_when(tree, e.start, lexicon)
                ] or times  # fmt: skip
                scene = (index, sentence, scene_times[0], place)
            if place is not None and place.value:  # not a region or country ("broad")
                # « À Diboli, … »: a place opening its sentence moves the story there.
                at = token_at(tree, place.span.start - sentence.span.start)
                fronted = at is not None and 0 < at <= 2 and tree.tokens[at - 1].pos == "ADP"
                named = (index, place, fronted)
            # A toll told alone is a violent incident's (or drones downed: "no one was
            # hurt"), never an agreement's or a state of emergency's told in between;
            # a protest met with force counts ("Police fired on the marchers. A
            # youth was killed and seven were wounded").
            violent = [
                d for d in drafts
                if self._event_type(d) in VIOLENCE or d.sub_event_type == DISRUPTED
                or d.sub_event_type in FORCED_PROTESTS
            ]  # fmt: skip
            target, last_told = toll_target(violent, drafts)
            # « À Diboli, les terroristes ont tenté d'investir le camp. Une vingtaine
            # d'assaillants ont été neutralisés »: the sentence before moved the story
            # to another place, where these deaths are.
            moved = (
                named is not None
                and named[2]
                and named[0] == index - 1
                and bool(violent)
                and not any(d.index == named[0] for d in drafts)
                and place_name(violent[-1]) not in (None, named[1].text.casefold())
            )
            if new:
                drafts.extend(new)
            elif target is not None and tolls and index - last_told <= TOLL_REACH and not moved:
                toll = toll_claim(article, tree, lexicon, index, target, tolls, found, times)
                killed = toll.values.get("fatalities")
                if toll.sub_event_type == INTERVENED and killed and killed[0]:
                    # Protesters killed where force was used: excessive force (ACLED).
                    toll.sub_event_type = EXCESSIVE
                drafts.append(toll)
                scene = None  # a toll's sentence tells an incident: it sets no scene
            elif (
                drafts
                and index - drafts[-1].index <= TOLL_REACH
                and (verb := locates_hit_places(tree, lexicon, matched)) is not None
                and (
                    claim := place_claim(
                        article, tree, lexicon, index, drafts[-1], verb, found, times
                    )
                )
            ):
                drafts.append(claim)
            elif (
                # Deaths inside a recalled incident ("claimed responsibility for a
                # car bomb that killed eight") are that incident's, told before.
                any(
                    t.kind == "killed"
                    and t.value > 0
                    and t.anchor not in background_tokens(tree, lexicon)
                    for t in tolls
                )
                and (not violent or moved)
                and not older_year(tree, text, article.published)
                and not phrase_in(text, lexicon.history)
                and not disaster
            ):
                # "Unidentified gunmen killed a dozen civilians": deaths told before any
                # attack word are an incident of their own, typed by who died.
                killing = self._killing(article, tree, index, lexicon, tolls, found, times, matched)
                if moved and named is not None:
                    killing.values.setdefault("location", named[1])
                if "time" not in killing.values and set_scene is not None:
                    # "On 1 November, troops operated in Zeitoun. A number of militants
                    # were killed": the scene sentence dates the deaths too.
                    killing.values["time"] = set_scene[2]
                    killing.values["time_sentence"] = set_scene[1]
                    if set_scene[3] is not None:
                        killing.values.setdefault("location", set_scene[3])
                drafts.append(killing)
        hurting_damage(self._taxonomy, drafts)
        fold_spoils(self._taxonomy, drafts)
        if any(self._event_type(d) in VIOLENCE for d in drafts):
            # "Thousands of residents fled to Goma": told beside the fighting that
            # drove them, a displacement is that fighting's toll, not an event.
            drafts = [d for d in drafts if d.values.get("context") != "no_violence"]
            drafts = fold_damage(self._taxonomy, drafts, article.text)
        territory = [
            (d.index, d.sub_event_type, bool(d.values.get("taker")), bool(d.values.get("yielded")))
            for d in drafts
        ]
        for draft, sub_event_type in zip(
            drafts, settle_territory(territory, TOLL_REACH), strict=True
        ):
            draft.sub_event_type = sub_event_type
        story = [
            (
                d.index, d.sub_event_type,
                d.values["location"].text if "location" in d.values else "", self._day(article, d),
            )
            for d in drafts
        ]  # fmt: skip
        for draft, sub_event_type in zip(drafts, raise_protests(story, TOLL_REACH), strict=True):
            draft.sub_event_type = sub_event_type
        mentions = freeze_mentions(article, drafts, warnings, self._context)
        return dataclasses.replace(
            article, mentions=tuple(mentions), tags=tuple(tags), warnings=tuple(warnings)
        )

    def _named_after(self, new: Sequence[Draft], i: int) -> list[Draft]:
        """The violent incidents the sentence names outright after its ``i``-th draft
        (property damage is no violence: its type is a strategic development)."""
        return [
            d for d in new[i + 1 :] if d.strength != "generic" and self._event_type(d) in VIOLENCE
        ]

    def _another_day(self, article: Article, times: Sequence[TimeExpression], told: Draft) -> bool:
        """Whether the sentence's times all name a day other than the told incident's:
        "On Sunday, militants attacked a checkpoint" after Monday's strike is news."""
        if not times or "time" not in told.values:
            return False
        at = article.published, article.published_precision
        day = self._day(article, told)
        days = {self._dates.resolve(e, *at).day for e in times}
        return day is not None and None not in days and day not in days

    def _day(self, article: Article, draft: Draft) -> date | None:
        """The day the draft's own time names, if it has one."""
        if "time" not in draft.values:
            return None
        at = article.published, article.published_precision
        return self._dates.resolve(draft.values["time"], *at).day

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

    def _killing(
        self, article: Article, tree: Tree, index: int, lexicon: Lexicon, tolls: list[Toll],
        claimant: Span | None, times: Sequence[TimeExpression],
        matched: Sequence[tuple[int, int]],
    ) -> Draft:  # fmt: skip
        """A draft for deaths told without an attack word: an attack on civilians or a clash."""
        anchor = next(t.anchor for t in tolls if t.kind == "killed")
        draft = Draft(tree.sentence, index, [anchor], CLASH, "generic",
                      {"background": set(), "past_perfect": False})  # fmt: skip
        fill_arguments(article, tree, draft, lexicon, tolls, claimant, times, matched)
        if draft.values.get("civilian_targeting"):
            draft.sub_event_type = "Attack"
        return draft

    @staticmethod
    def _scene_place(
        article: Article, tree: Tree, lexicon: Lexicon, times: Sequence[TimeExpression]
    ) -> Argument | None:
        """The place a sentence without an incident names, if any (« On Monday, … at Al-Omar »)."""
        everything = range(len(tree.tokens))
        excluded = [*dateline(tree), *time_tokens(tree, times)]
        places = find_location(tree, everything, [], lexicon, excluded)
        return place_argument(article, tree, places[0], lexicon) if places else None

    def _event_type(self, draft: Draft) -> str:
        return event_type(self._taxonomy, draft)


def make_event_extractor(settings: Settings) -> EventExtractor:
    """Build the extractor for every language with trigger data."""
    taxonomy = load_data("taxonomy")["sub_event_types"]
    lexicons = {lang: load_lexicon(lang, set(taxonomy)) for lang in data_languages("triggers")}
    return EventExtractor(taxonomy, lexicons, make_date_resolver(), make_quantity_finder())


def _undated(draft: Draft) -> bool:
    """Whether neither the draft nor the incident it retells has a time of its own."""
    while "time" not in draft.values:
        follows = draft.values.get("follows")
        if follows is None:
            return True
        draft = follows
    return False


def _elsewhere(draft: Draft, told: Draft) -> bool:
    """Whether the two drafts name different places, neither within the other's name."""
    a, b = place_name(draft), place_name(told)
    return a is not None and b is not None and a not in b and b not in a
