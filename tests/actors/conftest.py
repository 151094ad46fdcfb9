"""Actor-base fixtures: the packaged base (loaded once per session) and a tiny injected one."""

from __future__ import annotations

import pytest

from eventwire.actors import Actor, ActorBase, GenericPatterns, load_actor_base


@pytest.fixture(scope="session")
def actor_base() -> ActorBase:
    """The packaged knowledge base."""
    return load_actor_base()


@pytest.fixture
def tiny_base() -> ActorBase:
    """A hand-built base of three actors, as a caller would inject one."""
    pmf = Actor("Popular Mobilization Forces", 3, "IQ", "militia", aliases={"en": ("PMF",)})
    kh = Actor(
        "Kataib Hezbollah",
        3,
        "IQ",
        "militia",
        parent="Popular Mobilization Forces",
        aliases={"en": ("Kataib Hezbollah", "KH"), "ar": ("كتائب حزب الله",)},
    )
    us = Actor(
        "Military Forces of the United States (2025-)",
        1,
        "US",
        "state",
        aliases={"en": ("US forces",)},
        demonyms={"en": ("US", "American"), "fr": ("américaines",)},
    )
    generic = GenericPatterns(
        unidentified=("unidentified gunmen",),
        civilians=("civilians",),
        demonym_blockers=("backed",),
        place_nouns=("street",),
        countries={"IQ": "Iraq"},
    )
    return ActorBase([pmf, kh, us], generic)
