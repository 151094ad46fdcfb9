"""The ``actors.kb.v1`` stage: name each mention's actors the ACLED way.

The extractor finds actor phrases as written (« frappes américaines »,
"Kata'ib Hizballah fighters", « journalistes de la chaîne libanaise »); this
stage resolves them in the actor knowledge base with the event's country as
context. A phrase's own name wins; failing one, its head word decides between a
generic pattern (journalists are civilians, « l'armée » the country's forces) and
a demonym elsewhere in it. With no initiator found, a group named before the
trigger in the sentence is taken (« X a revendiqué l'attaque »), and a target the
parse missed is the group named after it, unless it is the claimant; with no group
named at all, ACLED's "Unidentified Armed Group (<country>)" for the incident types
that have a perpetrator on the ground.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import date

from eventwire.actors.context import (
    actors_country,
    country_of,
    main_country,
    named_country,
    stray_countries,
)
from eventwire.actors.crowds import crowd_sides
from eventwire.actors.garrisons import Garrisons
from eventwire.actors.model import ActorLookup, ActorMatch
from eventwire.actors.phrases import (
    blanked,
    cut_before,
    named_or_none,
    told_by_toll,
    toll_spans,
    whole_name,
)
from eventwire.actors.story import (
    CIVILIANS_INTER,
    CLAIMABLE,
    DISRUPTED,
    NAMED_METHODS,
    STATE_INTERS,
    STRIKES,
    retells_named,
    same_incident,
    site_targets,
    story_targets,
    told_after,
    told_before,
    told_last,
)
from eventwire.actors.victims import unnamed_victims
from eventwire.models import ActorRef, Argument, Article, EventMention, Span
from eventwire.settings import Settings

__all__ = ["ActorStage", "make_actor_stage"]

# Incident types whose unnamed perpetrator ACLED codes as an unidentified armed
# group. Air strikes are left out: aircraft belong to a state that the sources
# usually name, so an unnamed one is a gap in extraction, not an unknown actor.
UNNAMED_PERPETRATOR_TYPES = frozenset(
    {"Armed clash", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
     "Suicide bomb", "Grenade", "Attack", "Abduction/forced disappearance", "Sexual violence"}
)  # fmt: skip


# Kinds of the unnamed groups a pattern names ("gunmen", "clan militias", "gangs").
UNNAMED_GROUPS = frozenset({"militia", "identity militia"})
CLASH = "Armed clash"


def _ref(match: ActorMatch) -> ActorRef:
    unnamed_forces = match.via == "pattern" and match.kind == "state"
    return ActorRef(
        name=match.canonical,
        method="pattern" if unnamed_forces else match.method,
        inter=match.inter,
        country=match.country or "",
        associated=match.parent or "",
    )


class ActorStage:
    """Resolve mention actors in the knowledge base (loaded on first use)."""

    name = "actors.kb.v1"
    requires = ("mentions",)
    assigns = ("mentions",)

    def __init__(self, open_base: Callable[[], ActorLookup]) -> None:
        self._open = open_base
        self._base: ActorLookup | None = None
        self._garrisons = Garrisons()

    def _garrison(
        self, mention: EventMention, country: str, initiator: ActorRef | None
    ) -> ActorRef | None:
        """The forces stationed at the base the mention is placed at (``Garrisons``)."""
        acting = initiator.name if initiator is not None else None
        found = self._garrisons.forces_at(mention, country, acting, self.base)
        return _ref(found) if found is not None else None

    @property
    def base(self) -> ActorLookup:
        """The knowledge base, loaded on first use."""
        if self._base is None:
            self._base = self._open()
        return self._base

    def __call__(self, article: Article) -> Article:
        """Return ``article`` with each mention's ``actor1_ref`` and ``actor2_ref`` filled."""
        if not article.mentions:
            return article
        strays = stray_countries(article, self.base)
        fallback = (
            main_country(article)
            or actors_country(article, self._resolve)
            or named_country(article, self.base)
        )
        fallback = strays.get(fallback, fallback)

        def where(mention: EventMention) -> str:
            """The country the incident is told in, for naming its unnamed sides."""
            country = country_of(mention.place)
            return strays.get(country, country) or fallback

        mentions = [self._mention(article, m, where(m)) for m in article.mentions]
        mentions = self._claimed(article, mentions, fallback)
        mentions = site_targets(mentions)
        mentions = told_before(
            mentions,
            self._unidentified,
            lambda m: strays.get(country := country_of(m.place), country),
            lambda m: self._unclaimed(article, m),
        )
        mentions = told_after(mentions, lambda m: self._unclaimed(article, m))
        mentions = [self._own_dead(m) for m in mentions]
        mentions = story_targets(mentions)
        mentions = self._launchers(mentions, where)
        mentions = unnamed_victims(mentions, self.base, article.text, where)
        mentions = [
            crowd_sides(m, self.base, m.sentence.cut(article.text), where(m)) for m in mentions
        ]
        return dataclasses.replace(article, mentions=tuple(mentions))

    def _launchers(
        self, mentions: list[EventMention], where: Callable[[EventMention], str]
    ) -> list[EventMention]:
        """Give a weapon stopped with no launcher named the story's attacker, else an unnamed one.

        "A drone heading for the Rumeilan base was shot down by US air defences": who
        launched it is the side the story tells attacking (the nearest initiator before
        it, else after it, that is not the interceptor); when the story names none,
        ACLED's unidentified armed group of the event's country ("the official did not
        say who had launched it").
        """
        ordered = sorted(mentions, key=lambda m: m.sentence.start)
        out = []
        for mention in mentions:
            if mention.sub_event_type != DISRUPTED or mention.actor2_ref is not None:
                out.append(mention)
                continue
            stopper = mention.actor1_ref.name if mention.actor1_ref is not None else None
            at = ordered.index(mention)
            sides = [
                m.actor1_ref
                for m in (*reversed(ordered[:at]), *ordered[at + 1 :])
                if m.actor1_ref is not None
                and m.sub_event_type != DISRUPTED
                and m.actor1_ref.name != stopper
                and m.actor1_ref.method != "inferred"
            ]
            country = where(mention)
            launcher = (
                dataclasses.replace(sides[0], method="story")
                if sides
                else dataclasses.replace(_ref(self.base.unidentified(country)), method="inferred")
            )
            out.append(dataclasses.replace(mention, actor2_ref=launcher))
        return out

    def _claimed(
        self, article: Article, mentions: list[EventMention], fallback: str
    ) -> list[EventMention]:
        """Give incidents with no named initiator to the group that claims them later on.

        "Al-Shabaab claimed the bombing", « Daech a revendiqué l'attaque »: a claim
        covers the incidents told before it (and after the previous claim) whose
        initiator the text did not name; a blame, or forces saying they struck, only
        the incident told last before it ("gunmen killed ten at a bar … drones killed
        two officers … authorities blamed the cartel": the drones, not the shooting;
        holding claims to that too cost dev actor1 0.899 -> 0.870).
        """
        told = [(s.span.start, s.span.cut(article.text)) for s in article.sentences]
        # (offset, group, whether it owns only the incident told last before it)
        claims: list[tuple[int, ActorMatch, bool]] = []
        strikes: list[tuple[int, ActorMatch, bool]] = []
        for at, sentence in told:
            if found := self.base.claimant_group(sentence, fallback):
                claims.append((at, found, False))
            elif found := self.base.blamed_group(sentence, fallback):
                claims.append((at, found, True))
            # Forces saying they struck ("said it had targeted …") own the strikes before.
            if found := self.base.striker_group(sentence, fallback):
                strikes.append((at, found, True))
        if not claims and not strikes:
            return mentions
        out = []
        for mention in mentions:
            owned = claims
            if mention.sub_event_type in STRIKES:
                owned = sorted(claims + strikes, key=lambda c: c[0])
            after = [c for c in owned if c[0] > mention.sentence.start]
            if (
                not after
                or retells_named(mention, mentions, self._unidentified)
                or (after[0][2] and not same_incident(mention, told_last(mentions, after[0][0])))
            ):
                out.append(mention)
                continue
            ref = self._dated(
                dataclasses.replace(_ref(after[0][1]), method="claimed"), mention.event_date
            )
            acting = mention.actor1_ref
            # Unnamed gunmen ("al Qaeda-linked militants") are the group claiming them.
            unnamed = acting is None or acting.method == "inferred" or self._unidentified(acting)
            if unnamed and mention.event_type in CLAIMABLE:
                mention = dataclasses.replace(mention, actor1_ref=ref)
            elif mention.sub_event_type == DISRUPTED and (
                mention.actor2_ref is None or mention.actor2 is None
            ):
                # "A drone was shot down by US air defences … the resistance claimed
                # the operation": whose weapon was stopped is the target of the
                # interception, rather than a group the sentence names otherwise ("a
                # Syrian Democratic Forces official said").
                mention = dataclasses.replace(mention, actor2_ref=ref)
            out.append(mention)
        return out

    def _own_dead(self, mention: EventMention) -> EventMention:
        """Drop a target that is only the unnamed dead of the named attacker's side.

        « Dix-sept assaillants ont été tués » after « l'État islamique a attaqué une
        base »: the assailants are the group's own men, not whom it attacked (the
        incident's other mentions name that).
        """
        acting, target, argument = mention.actor1_ref, mention.actor2_ref, mention.actor2
        if (
            acting is None
            or target is None
            or argument is None
            or acting.inter in STATE_INTERS
            or acting.inter == CIVILIANS_INTER
            or self._unidentified(acting)
            or not self._unidentified(target)
            or not any(s.start <= argument.span.start < s.end for s in toll_spans(mention))
        ):
            return mention
        return dataclasses.replace(mention, actor2_ref=None)

    def _unclaimed(self, article: Article, mention: EventMention) -> bool:
        """Whether the article says no one claimed the incident, up to the next one told."""
        later = [
            m.sentence.start for m in article.mentions if m.sentence.start > mention.sentence.start
        ]
        return self.base.says_unclaimed(
            article.text[mention.sentence.start : min(later, default=len(article.text))]
        )

    def _unidentified(self, ref: ActorRef) -> bool:
        """Whether ``ref`` is ACLED's unnamed perpetrator of its country."""
        return ref.name == self.base.unidentified(ref.country).canonical

    def _mention(self, article: Article, mention: EventMention, country: str) -> EventMention:
        where = mention.location.text if mention.location is not None else ""
        # A phrase the base does not know is kept as a group's name only when it holds
        # one: "the Tanzim al-Fajr" is kept, "fighters" or "clan elder" name no one.
        mention = dataclasses.replace(
            mention,
            actor1=named_or_none(
                cut_before(
                    whole_name(mention.actor1, article.text, self.base, country), mention.actor2
                ),
                mention.sentence.start,
                self.base,
                country,
                place=where,
            ),
            actor2=named_or_none(
                whole_name(mention.actor2, article.text, self.base, country),
                mention.sentence.start,
                self.base,
                country,
                target=True,
                place=where,
            ),
        )
        actor2 = self._resolve(mention.actor2, country, target=True)
        if actor2 is None:
            # A merchant ship hit ("a bulk carrier was struck by a missile") is ACLED's
            # Civilians (International), wherever the parse left it.
            told = article.text[mention.sentence.start : mention.sentence.end]
            ships = [m for m in self.base.find_names(told, country) if m.inter == CIVILIANS_INTER]
            actor2 = _ref(ships[0]) if ships else None
        actor1 = self._resolve(mention.actor1, country)
        if actor1 is None:
            actor1 = self._initiator(article, mention, country, actor2)
        if actor1 is None or actor1.method == "inferred":
            # « le missile a été tiré depuis une zone contrôlée par les houthis »: who
            # fired it, and not whom it hit.
            told = article.text[mention.sentence.start : mention.sentence.end]
            launcher = self.base.launcher_group(told, country)
            if launcher is not None:
                actor1 = _ref(launcher)
                actor2 = None if actor2 is not None and actor2.name == actor1.name else actor2
        if mention.civilian_targeting and (actor2 is None or actor2.method == "unnormalised"):
            # Civilians counted among the dead (« tuant trois habitants ») are the target,
            # rather than a phrase the base does not know ("citizens in raids across the
            # West Bank", a village the parse took for whom was hit).
            actor2 = _ref(self.base.civilians(country))
        if actor2 is None:
            actor2 = self._target(article, mention, country, actor1)
        if actor2 is None and actor1 is not None and mention.sub_event_type == CLASH:
            # "Sudan's army and the RSF fought": the other side named before the trigger.
            before = article.text[mention.sentence.start : mention.trigger.span.start]
            sides = [m for m in self.base.find_names(before, country) if m.canonical != actor1.name]
            actor2 = _ref(sides[0]) if sides and sides[0].inter != CIVILIANS_INTER else None
        if actor2 is None or self._unidentified(actor2):
            # Unnamed militants hit by a named attacker are the group the sentence
            # names beside them: "struck a Daesh hideout …, killing five militants";
            # so are those its toll counts: « trois membres du Hachd ont été tués »,
            # whoever struck (« une vingtaine de VDP ont été tués dans les combats »).
            acting = actor1 or _ref(self.base.unidentified(country))
            actor2 = self._named_target(article, mention, country, acting) or actor2
        if mention.sub_event_type != DISRUPTED and (
            actor2 is None or (actor2.method == "pattern" and actor2.inter in STATE_INTERS)
        ):
            # Unnamed soldiers hit at a base are its garrison: "struck the base, causing
            # minor injuries to one service member" at Al-Tanf are the US forces there.
            actor2 = self._garrison(mention, country, actor1) or actor2
        if mention.sub_event_type == DISRUPTED and actor1 is None:
            # With no one named stopping it, the forces stationed where it was aimed
            # did: "a drone launched at forces at Erbil Air Base was shot down". They,
            # or a phrase the base does not know ("forces at Erbil Air Base"), are
            # where it was aimed, not whose weapon it was.
            actor1 = self._garrison(mention, country, None)

            if (
                actor1 is not None
                and actor2 is not None
                and (actor2.name == actor1.name or actor2.method == "unnormalised")
            ):
                actor2 = None
        return dataclasses.replace(
            mention,
            actor1_ref=self._dated(actor1, mention.event_date),
            actor2_ref=self._dated(actor2, mention.event_date),
        )

    def _dated(self, ref: ActorRef | None, day: date | None) -> ActorRef | None:
        """The actor under the name ACLED gives it on the day of the event."""
        if ref is None:
            return None
        return dataclasses.replace(ref, name=self.base.name_on(ref.name, day))

    def _resolve(
        self, argument: Argument | None, country: str, target: bool = False
    ) -> ActorRef | None:
        if argument is None:
            return None
        whole = self.base.match(argument.text, country)
        if whole is None:
            return None
        if whole.via == "name":
            return _ref(whole)
        words = argument.text.split()
        # A lone singular word may be the adjective of what was hit ("a Somali army
        # convoy": the extractor keeps the demonym alone); a plural is the people.
        if target and (len(words) > 1 or words[0].endswith("s")):
            # Victims named by nationality ("killing three Palestinians", "a group of
            # Palestinians") are its civilians; soldiers are named as soldiers.
            for word in (argument.value or "", words[-1]):
                if people := self.base.people_of(word):
                    return _ref(self.base.civilians(people))
        head = self.base.match(argument.value, country) if argument.value else None
        # A head word naming civilians or gunmen decides (« civils libanais »); one
        # naming soldiers yields to a demonym saying whose (« soldats israéliens »).
        if (
            head is not None
            and head.via == "pattern"
            and not (head.kind == "state" and whole.via == "demonym")
        ):
            if head.kind == "civilians" and whole.via == "demonym" and whole.country:
                # ACLED labels civilians by nationality: « journalistes de la chaîne
                # libanaise » are Civilians (Lebanon) wherever they were hit.
                return _ref(self.base.civilians(whole.country))
            return _ref(head)
        return _ref(whole)

    def _target(
        self, article: Article, mention: EventMention, country: str, initiator: ActorRef | None
    ) -> ActorRef | None:
        """A group named after the trigger that is neither the initiator nor the claimant.

        Failing a name, the first unnamed armed group a pattern names there ("struck
        a gathering of « terroristes »"): the parse missed the object. Not unnamed
        soldiers, whose they are is not said ("US soldiers" at a base in Jordan are
        not Jordan's), nor civilians, as often told unharmed ("no civilians were
        hurt"): the extractor's civilian targeting names those.
        """
        after = article.text[mention.trigger.span.end : mention.sentence.end]
        excluded = {initiator.name} if initiator is not None else set()
        if mention.claimed_by:
            excluded.update(m.canonical for m in self.base.find_names(mention.claimed_by, country))
        for patterns in (False, True):
            found = self.base.find_names(after, country, patterns=patterns)
            named = [
                m
                for m in found
                if m.canonical not in excluded and (not patterns or m.kind in UNNAMED_GROUPS)
            ]
            if named:
                return _ref(named[0])
        return None

    def _named_target(
        self, article: Article, mention: EventMention, country: str, initiator: ActorRef
    ) -> ActorRef | None:
        """A group the mention's toll counts dead (« trois membres du Hachd ont été tués
        dans une attaque de l'EI »), else one the sentence names after the trigger,
        neither initiator nor claimant; else unnamed forces the toll counts dead
        (« vingt-trois militaires nigériens ont été tués lors d'une attaque »)."""
        tolls = [span.cut(article.text) for span in toll_spans(mention)]
        counted = [
            m
            for told in tolls
            for m in self.base.find_names(told, country)
            if m.canonical != initiator.name
        ]
        found = _ref(counted[0]) if counted else self._target(article, mention, country, initiator)
        if (
            found is not None
            and found.method in NAMED_METHODS
            and found.inter != CIVILIANS_INTER
            and not self._unidentified(found)
        ):
            return found
        if initiator.inter in STATE_INTERS:
            # A state striking soldiers told only by their toll: whose they are is for
            # the story to tell (counting them cost corro_dev an incident split in two
            # between outlets naming the target and outlets not: duplicates 1 -> 2).
            return None
        forces = [
            m
            for told in tolls
            for m in self.base.find_names(told, country, patterns=True)
            if m.via == "pattern" and m.kind == "state" and m.canonical != initiator.name
        ]
        return _ref(forces[0]) if forces else None

    def _counted_dead(self, article: Article, mention: EventMention, country: str) -> set[str]:
        """The groups the mention's tolls count ("six khwarij were sent to hell")."""
        return {
            m.canonical
            for span in toll_spans(mention)
            for m in self.base.find_names(span.cut(article.text), country)
        }

    def _fighting_forces(
        self, article: Article, mention: EventMention, before: str, country: str, excluded: set[str]
    ) -> ActorRef | None:
        """Unnamed troops told fighting before a clash's trigger ("own troops engaged …
        after an exchange of fire") or striking before a strike's ("a junta fighter jet
        bombed"), not soldiers counted dead; ``None`` for other types."""
        if mention.sub_event_type != CLASH and mention.sub_event_type not in STRIKES:
            return None
        told = blanked(before, mention.sentence.start, toll_spans(mention))
        unnamed = self.base.find_names(told, country, patterns=True)
        forces = [
            m
            for m in unnamed
            if m.via == "pattern" and m.kind == "state" and m.canonical not in excluded
        ]
        return _ref(forces[0]) if forces else None

    def _initiator(
        self, article: Article, mention: EventMention, country: str, target: ActorRef | None
    ) -> ActorRef | None:
        """An initiator named before the trigger, else an unnamed group where ACLED codes one."""
        sentence = mention.sentence
        before = article.text[sentence.start : mention.trigger.span.start]
        allies = ""
        if mention.actor2 is not None and mention.actor2.span.end <= mention.trigger.span.start:
            # The target told before the trigger ("the Somali National Army (SNA) repulsed
            # an attack") names no initiator, nor does the acronym after its name, nor
            # an aside on it (« les FDS, appuyées par les VDP, ont repoussé »): its allies.
            at = mention.actor2.span.start - sentence.start
            end = mention.actor2.span.end - sentence.start
            bracket = re.match(r"\s*\([^()]*\)", before[end:])
            cut = end + (bracket.end() if bracket else 0)
            aside = re.match(r"\s*,[^,]*,", before[cut:])
            if aside:
                allies, cut = before[cut : cut + aside.end()], cut + aside.end()
            before = before[:at] + " " * (cut - at) + before[cut:]
        source = mention.claimed_by or ""
        if self.base.reports(source) and (at := before.rfind(source)) >= 0:
            # A body reporting it ("the Houthi-run Al-Masirah TV said … killed in
            # raids") did not strike.
            before = blanked(before, 0, [Span(at, at + len(source))])
        excluded = {target.name} if target is not None else set()
        excluded.update(m.canonical for m in self.base.find_names(allies, country))
        # Before a toll word stand its victims or its speaker ("six fighters of KH were
        # killed", "Houthi officials gave tolls of … dead"), not who struck.
        if not told_by_toll(mention):
            found = self.base.find_names(before, country)
            # Unarmed people named before the trigger ("a bulk carrier was struck") were hit.
            named = [m for m in found if m.canonical not in excluded and m.inter != CIVILIANS_INTER]
            forces = self._fighting_forces(article, mention, before, country, excluded)
            dead = self._counted_dead(article, mention, country)
            if named and forces is not None and named[0].canonical in dead:
                # "own troops engaged the khwarij location … six khwarij were sent to
                # hell": the group the toll counts dead fought the unnamed troops.
                return forces
            # Else the dead are whom it hit: « une vingtaine de VDP ont été tués dans
            # les combats » names the target (the claim after it, the attacker).
            named = [m for m in named if m.canonical not in dead]
            if named:
                return _ref(named[0])
            # Forces right before a strike's trigger own the weapon: "a junta fighter
            # jet", « l'aviation de l'armée » (not "near a military school").
            close = re.search(r"(?:\S+\s*){1,3}$", before)
            if close is not None and mention.sub_event_type in STRIKES:
                near = " " * close.start() + close.group()
                if forces := self._fighting_forces(article, mention, near, country, excluded):
                    return forces
        # Named after the trigger as its agent: « l'assaut lancé par les forces
        # d'occupation », « une grenade lancée par des inconnus ».
        after = article.text[mention.trigger.span.end : sentence.end]
        agent = self.base.agent_group(after, country)
        if agent is not None and agent.canonical not in excluded and agent.inter != CIVILIANS_INTER:
            return _ref(agent)
        if mention.sub_event_type not in UNNAMED_PERPETRATOR_TYPES:
            return None
        told = self.base.match(before, country)
        if told is not None and told.via == "pattern" and told.kind == "militia":
            # "unidentified gunmen" the parse did not attach: named as unknown, not
            # missing (so no earlier attacker of the story is given the incident).
            return _ref(told)
        whole = article.text[sentence.start : sentence.end]
        groups = [m for m in self.base.find_names(whole, country) if m.inter != CIVILIANS_INTER]
        if any(m.canonical not in excluded for m in groups):
            return None  # a group is named, just not as the initiator: do not guess
        unnamed = self.base.unidentified(country)
        return dataclasses.replace(_ref(unnamed), method="inferred")


def make_actor_stage(settings: Settings) -> ActorStage:
    """Build the stage over the packaged actor knowledge base."""
    del settings  # the base has no settings yet

    def open_base() -> ActorLookup:
        from eventwire.actors.loader import load_actor_base

        return load_actor_base()

    return ActorStage(open_base)
