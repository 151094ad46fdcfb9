"""Named sites in a sentence: a base or field the news names in passing.

"The outpost, known as Tower 22, was struck by a drone": the parse gives the
attack no place but the country, while the sentence names a curated site. A
mention placed no finer than a region looks in its own sentence for the name of
a curated site (base, field, crossing, camp, facility) and takes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from eventwire.geo.curated import load_curated
from eventwire.geo.normalize import normalize_name

__all__ = ["SITE_FEATURES", "SiteFinder"]

# Curated kinds that name a site rather than a town: what city lists lack.
SITE_FEATURES = frozenset({"base", "field", "crossing", "camp", "site", "facility"})
# Longest site name looked for, in words ("Ain al-Asad Air Base" is four).
MAX_SITE_WORDS = 6
_WORD = re.compile(r"[\w'’ʿ-]+")


class SiteFinder:
    """Find curated site names in text, by their normalised keys."""

    def __init__(self, names: Iterable[str]) -> None:
        """Index the given site names (any alias, any script)."""
        self._keys = {key for key in map(normalize_name, names) if key}
        # Every word of a key: a window whose first word is none of them names no site.
        self._words = {word for key in self._keys for word in key.split()}

    @classmethod
    def curated(cls) -> SiteFinder:
        """A finder over every alias of the curated sites in ``data/gazetteer/places.yaml``."""
        return cls(
            name
            for place in load_curated()
            if place.feature in SITE_FEATURES
            for name in (place.name, *place.aliases)
        )

    def first(self, text: str) -> tuple[int, int] | None:
        """Offsets of the longest site name starting earliest in ``text``."""
        words = list(_WORD.finditer(text))
        for i in range(len(words)):
            if not set(normalize_name(words[i].group()).split()) & self._words:
                continue  # the cheap test first: most words start no site name
            for j in range(min(len(words), i + MAX_SITE_WORDS), i, -1):
                start, end = words[i].start(), words[j - 1].end()
                key = normalize_name(text[start:end])
                if key in self._keys:
                    # "known as Tower 22": a word the key drops (an article) is not the name's.
                    while i + 1 < j and normalize_name(text[words[i + 1].start() : end]) == key:
                        i += 1
                    return words[i].start(), end
        return None
