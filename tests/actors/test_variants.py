"""Held-out alias variants: accuracy gates of the matcher on two variant files.

``variants.yaml`` is the first held-out set (floor: the issue's 95 % target);
``variants_holdout.yaml`` was written blind, knowing only the canonical names of
the base, and its floors are pinned at the figures measured when it was added
(``benchmarks/actors.py --variants tests/actors/variants_holdout.yaml``: variants
116/120 = 0.967, negatives rejected 28/30 = 0.933), rounded down. Raise a floor
when the matcher improves; never tune on the held-out files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from eventwire.actors import ActorBase

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Gate:
    """What a variants file must hold: its size and the accuracy floors."""

    min_positives: int
    min_negatives: int
    positive_floor: float  # share of variants resolved to their actor
    negative_floor: float  # share of negatives left unnormalised


GATES = {
    "variants.yaml": Gate(120, 40, 0.95, 1.0),  # the target; no negative may match
    # measured 0.967 / 0.933 when written, rounded down; six negatives the base later
    # covered were removed (see the file), leaving 24, then three more when Nigeria's
    # and Ethiopia's groups were added, leaving 21
    "variants_holdout.yaml": Gate(120, 21, 0.96, 0.93),
}


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((HERE / name).read_text("utf-8"))
    return data


@pytest.fixture(scope="module", params=sorted(GATES))
def variants(request: pytest.FixtureRequest) -> tuple[dict[str, Any], Gate]:
    return load(request.param), GATES[request.param]


def test_variants_file_is_big_enough_and_held_out(
    variants: tuple[dict[str, Any], Gate], actor_base: ActorBase
) -> None:
    data, gate = variants
    positives, negatives = data["positives"], data["negatives"]
    assert len(positives) >= gate.min_positives and len(negatives) >= gate.min_negatives
    assert {row[3] for row in positives} == {"en", "fr", "ar", "es"}
    literal = [row[0] for row in positives if actor_base.is_alias(row[0])]
    assert literal == [], "variants must not be aliases of the data"
    for row in positives:
        assert actor_base.get(row[1]) is not None or row[1].startswith(
            ("Unidentified", "Civilians")
        )


def test_variants_holdout_shares_no_phrase_with_the_first_set() -> None:
    first, second = load("variants.yaml"), load("variants_holdout.yaml")
    seen = {row[0].casefold() for row in first["positives"]} | {
        text.casefold() for text in first["negatives"]
    }
    again = [row[0] for row in second["positives"] if row[0].casefold() in seen]
    again += [text for text in second["negatives"] if text.casefold() in seen]
    assert again == []


def test_variants_accuracy_meets_the_floor(
    variants: tuple[dict[str, Any], Gate], actor_base: ActorBase
) -> None:
    data, gate = variants
    misses = []
    for text, expected, hint, _lang in data["positives"]:
        found = actor_base.match(text, hint)
        if found is None or found.canonical != expected:
            misses.append((text, expected, found.canonical if found else None))
    accuracy = 1 - len(misses) / len(data["positives"])
    assert accuracy >= gate.positive_floor, misses


def test_variants_negatives_stay_unnormalised(
    variants: tuple[dict[str, Any], Gate], actor_base: ActorBase
) -> None:
    data, gate = variants
    matched = []
    for text in data["negatives"]:
        found = actor_base.match(text)
        if found is not None and found.method != "unnormalised":
            matched.append((text, found.canonical))
    rejected = 1 - len(matched) / len(data["negatives"])
    assert rejected >= gate.negative_floor, matched
