"""Actor knowledge base: ACLED-style actor names, inter codes and multilingual aliases.

Nothing is loaded at import: call :func:`load_actor_base` and pass the result
(or any :class:`ActorLookup`) to whoever needs it.
"""

from __future__ import annotations

from eventwire.actors.base import FUZZY_THRESHOLD, ActorBase
from eventwire.actors.loader import load_actor_base, load_actor_files, parse_actor_file
from eventwire.actors.model import (
    Actor,
    ActorLookup,
    ActorMatch,
    GenericPatterns,
    MatchMethod,
    interaction,
)
from eventwire.actors.normalise import normalise
from eventwire.actors.stage import ActorStage, make_actor_stage

__all__ = [
    "FUZZY_THRESHOLD",
    "STAGES",
    "Actor",
    "ActorBase",
    "ActorLookup",
    "ActorMatch",
    "ActorStage",
    "GenericPatterns",
    "MatchMethod",
    "interaction",
    "load_actor_base",
    "load_actor_files",
    "make_actor_stage",
    "normalise",
    "parse_actor_file",
]

STAGES = {"actors.kb.v1": make_actor_stage}
