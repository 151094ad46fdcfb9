"""Actor knowledge base: ACLED-style actor names, inter codes and multilingual aliases.

Nothing is loaded at import: call :func:`load_actor_base` and pass the result
(or any :class:`ActorLookup`) to whoever needs it.
"""

from __future__ import annotations

from eventwire.actors.base import (
    FUZZY_THRESHOLD,
    Actor,
    ActorBase,
    ActorLookup,
    ActorMatch,
    GenericPatterns,
    MatchMethod,
    interaction,
)
from eventwire.actors.loader import load_actor_base, load_actor_files, parse_actor_file
from eventwire.actors.normalise import normalise

__all__ = [
    "FUZZY_THRESHOLD",
    "Actor",
    "ActorBase",
    "ActorLookup",
    "ActorMatch",
    "GenericPatterns",
    "MatchMethod",
    "interaction",
    "load_actor_base",
    "load_actor_files",
    "normalise",
    "parse_actor_file",
]
