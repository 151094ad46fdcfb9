"""Held-out alias variants: accuracy gate of the matcher on tests/actors/variants.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from eventwire.actors import ActorBase

VARIANTS = Path(__file__).with_name("variants.yaml")
ACCURACY_FLOOR = 0.95  # the target for held-out alias variants


@pytest.fixture(scope="module")
def variants() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(VARIANTS.read_text("utf-8"))
    return data


def test_variants_file_is_big_enough_and_held_out(
    variants: dict[str, Any], actor_base: ActorBase
) -> None:
    positives, negatives = variants["positives"], variants["negatives"]
    assert len(positives) >= 120 and len(negatives) >= 40
    assert {row[3] for row in positives} == {"en", "fr", "ar", "es"}
    literal = [row[0] for row in positives if actor_base.is_alias(row[0])]
    assert literal == [], "variants must not be aliases of the data"
    for row in positives:
        assert actor_base.get(row[1]) is not None or row[1].startswith(
            ("Unidentified", "Civilians")
        )


def test_variants_accuracy_meets_the_floor(variants: dict[str, Any], actor_base: ActorBase) -> None:
    misses = []
    for text, expected, hint, _lang in variants["positives"]:
        found = actor_base.match(text, hint)
        if found is None or found.canonical != expected:
            misses.append((text, expected, found.canonical if found else None))
    accuracy = 1 - len(misses) / len(variants["positives"])
    assert accuracy >= ACCURACY_FLOOR, misses


def test_variants_no_negative_matches_an_actor(
    variants: dict[str, Any], actor_base: ActorBase
) -> None:
    matched = []
    for text in variants["negatives"]:
        found = actor_base.match(text)
        if found is not None and found.method != "unnormalised":
            matched.append((text, found.canonical))
    assert matched == []
