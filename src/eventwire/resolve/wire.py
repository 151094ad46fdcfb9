"""Wire copies: the same agency text republished by several sites.

Two articles are copies when most of the shorter one's word 5-grams appear in
the longer one: page furniture (headlines, "Read also" links, share lines) and a
rewritten first line change a few percent of a dispatch, while two outlets
writing up the same incident in their own words share almost none (a reused
phrase such as "killed at least five people" is one or two 5-grams).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date

from eventwire.models import Article
from eventwire.resolve.groups import linked_groups

__all__ = ["wire_copies"]

SHINGLE_WORDS = 5
# Share of the shorter text's 5-grams found in the other text above which the two
# are one wire text. Calibrated on tests/eval/corro_dev's copies (0.83-1.0 between
# copies with different furniture) against its distinct write-ups of one incident
# (at most 0.12): 0.5 sits between with room on both sides.
MIN_CONTAINMENT = 0.5
# Texts shorter than this many 5-grams (a headline, a one-line brief) are too
# short to tell a copy from a coincidence.
MIN_SHINGLES = 12
# A 5-gram found in more articles than this is site furniture or a stock
# phrase, not evidence of a shared text.
COMMON_SHINGLE = 25

_WORD = re.compile(r"\w+")


def _shingles(text: str) -> frozenset[int]:
    words = _WORD.findall(text.casefold())
    return frozenset(
        hash(tuple(words[i : i + SHINGLE_WORDS])) for i in range(len(words) - SHINGLE_WORDS + 1)
    )


def wire_copies(articles: Sequence[Article]) -> dict[str, str]:
    """Map each article that shares its text with another to the group's original.

    The original is the group's earliest published article (the smallest id on
    ties); it maps to itself. Articles with no copy are left out.
    """
    shingles = {a.article_id: _shingles(a.text) for a in articles}
    shingles = {k: v for k, v in shingles.items() if len(v) >= MIN_SHINGLES}
    holders: dict[int, list[str]] = defaultdict(list)
    for article_id in sorted(shingles):
        for shingle in shingles[article_id]:
            holders[shingle].append(article_id)
    shared: Counter[tuple[str, str]] = Counter()
    for ids in holders.values():
        if 1 < len(ids) <= COMMON_SHINGLE:
            for i, first in enumerate(ids):
                for second in ids[i + 1 :]:
                    shared[(first, second)] += 1
    linked = (
        pair
        for pair, count in shared.items()
        if count / min(len(shingles[pair[0]]), len(shingles[pair[1]])) >= MIN_CONTAINMENT
    )
    kept = [a for a in articles if a.article_id in shingles]
    by_id = {a.article_id: a for a in kept}
    groups = linked_groups([a.article_id for a in kept], linked)
    copies = {}
    for group in groups:
        if len(group) > 1:
            members = [by_id[article_id] for article_id in group]
            original = min(members, key=lambda a: (a.published or date.max, a.article_id))
            copies.update({a.article_id: original.article_id for a in members})
    return copies
