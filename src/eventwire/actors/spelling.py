"""Spelling tests of the actor matcher's fuzzy hits: a near-spelling, or a namesake?

A window of a phrase can score above the fuzzy threshold against an alias and still
be another name ("Tigray Defense Forces" ~ "Israel Defense Forces"); these tests,
kept apart from the matcher, tell the two apart word by word.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

__all__ = ["plausible_spelling", "spelt_out"]

# Floor of the word-by-word ratio when a window and an alias have as many words, and
# the least length ratio when they differ by one (a split or merged word). Set by
# hand against the calibration set's near-miss names ("tigray"/"israel" 50,
# "chin"/"syrian" 40; true variants "asaeb"/"asaib" 80, "shabi"/"shaabi" 91).
_WORD_FLOOR = 60.0
_JOIN_LENGTH_RATIO = 0.85
# Two spellings of one word differing by an inflection: "syrienne"/"syriennes" 94,
# while "iranian"/"ukrainian" is 87.5.
_INFLECTION_FLOOR = 90.0


def plausible_spelling(window: str, alias: str) -> bool:
    """Whether a fuzzy hit above the threshold is a spelling of the alias, not a namesake."""
    # "March 26 Movement" is not "March 23 Movement": numbers never fuzz.
    if re.findall(r"\d+", window) != re.findall(r"\d+", alias):
        return False
    words, alias_words = window.split(), alias.split()
    if len(words) == len(alias_words):
        # Every word must be a spelling of its counterpart: "Tigray Defense Forces" is
        # close to "Israel Defense Forces" as a whole, but "tigray" is not "israel".
        return all(fuzz.ratio(a, b) >= _WORD_FLOOR for a, b in zip(words, alias_words, strict=True))
    # A word split or merged ("Kataibhezbollah"), not a word missing ("National Union").
    joined, alias_joined = window.replace(" ", ""), alias.replace(" ", "")
    shorter, longer = sorted((len(joined), len(alias_joined)))
    return shorter / longer >= _JOIN_LENGTH_RATIO


def spelt_out(part: str, alias: str) -> bool:
    """Whether every word of ``part`` is in ``alias``, up to an inflection (« syrienne(s) »)."""
    words = alias.split()
    return all(any(fuzz.ratio(w, a) >= _INFLECTION_FLOOR for a in words) for w in part.split())
