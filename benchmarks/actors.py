"""Actor matching: accuracy on held-out alias variants, match latency, fuzzy threshold calibration.

* accuracy on ``tests/actors/variants.yaml``, or on another file of the same format
  given with ``--variants`` (e.g. the blind ``tests/actors/variants_holdout.yaml``):
  variants must resolve to their actor, negatives must stay unnormalised, broken
  down by match method and language;
* latency of :meth:`ActorBase.match` over the same phrases (median and p99, after
  one warm-up pass), and the time to load the base;
* ``--calibrate``: accuracy of every fuzzy threshold from 70 to 98 on the separate
  calibration set ``benchmarks/data/actor_calibration.yaml`` — the numbers written
  next to ``FUZZY_THRESHOLD``.

Usage: ``python benchmarks/actors.py [--variants FILE] [--calibrate] [--json FILE]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from eventwire.actors import ActorBase, load_actor_base

ROOT = Path(__file__).resolve().parents[1]
VARIANTS = ROOT / "tests" / "actors" / "variants.yaml"
CALIBRATION = ROOT / "benchmarks" / "data" / "actor_calibration.yaml"


def score(base: ActorBase, data: dict[str, Any]) -> dict[str, Any]:
    """Return accuracy figures of ``base`` on a variants-format mapping."""
    correct = 0
    methods: Counter[str] = Counter()
    by_lang: dict[str, list[int]] = {}
    errors = []
    for row in data["positives"]:
        text, expected, hint = row[0], row[1], row[2]
        lang = row[3] if len(row) > 3 else "?"
        found = base.match(text, hint)
        ok = found is not None and found.canonical == expected
        correct += ok
        methods[found.method if found else "none"] += 1
        by_lang.setdefault(lang, [0, 0])[0] += ok
        by_lang[lang][1] += 1
        if not ok:
            errors.append(f"{text!r}: expected {expected!r}, got {found}")
    negatives_ok = 0
    for text in data["negatives"]:
        found = base.match(text)
        ok = found is None or found.method == "unnormalised"
        negatives_ok += ok
        if not ok:
            errors.append(f"negative {text!r} matched {found.canonical!r} ({found.method})")
    n_pos, n_neg = len(data["positives"]), len(data["negatives"])
    return {
        "positives": n_pos,
        "negatives": n_neg,
        "positive_accuracy": correct / n_pos,
        "negatives_rejected": negatives_ok / n_neg,
        "accuracy": (correct + negatives_ok) / (n_pos + n_neg),
        "methods": dict(methods),
        "by_language": {k: round(v[0] / v[1], 3) for k, v in sorted(by_lang.items())},
        "errors": errors,
    }


def latency(base: ActorBase, data: dict[str, Any], rounds: int = 5) -> dict[str, float]:
    """Return median and p99 milliseconds per ``match`` call over the variant phrases."""
    phrases = [(row[0], row[2]) for row in data["positives"]] + [
        (text, None) for text in data["negatives"]
    ]
    for text, hint in phrases:  # warm-up
        base.match(text, hint)
    times = []
    for _ in range(rounds):
        for text, hint in phrases:
            start = time.perf_counter()
            base.match(text, hint)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {
        "calls": len(times),
        "median_ms": statistics.median(times),
        "p99_ms": times[int(len(times) * 0.99) - 1],
    }


def calibrate(data: dict[str, Any]) -> list[tuple[int, float, float, float]]:
    """Return (threshold, accuracy, positive accuracy, negatives rejected) for 70..98."""
    rows = []
    for threshold in range(70, 100, 2):
        figures = score(load_actor_base(fuzzy_threshold=threshold), data)
        rows.append(
            (
                threshold,
                figures["accuracy"],
                figures["positive_accuracy"],
                figures["negatives_rejected"],
            )
        )
    return rows


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calibrate", action="store_true", help="sweep the fuzzy threshold")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--variants",
        type=Path,
        default=VARIANTS,
        help="variants file to score (format of tests/actors/variants.yaml; default: that file)",
    )
    args = parser.parse_args()
    out: dict[str, Any] = {}
    if args.calibrate:
        data = yaml.safe_load(CALIBRATION.read_text("utf-8"))
        sizes = f"{len(data['positives'])} variants, {len(data['negatives'])} negatives"
        print(f"calibration set: {sizes}")
        print("threshold  accuracy  variants  negatives")
        rows = calibrate(data)
        for threshold, acc, pos, neg in rows:
            print(f"{threshold:>9}  {acc:8.3f}  {pos:8.3f}  {neg:9.3f}")
        best = max(rows, key=lambda r: (r[1], -abs(r[0] - 85)))
        print(f"best threshold: {best[0]} (accuracy {best[1]:.3f})")
        out["calibration"] = rows
    start = time.perf_counter()
    base = load_actor_base()
    load_ms = (time.perf_counter() - start) * 1000
    data = yaml.safe_load(args.variants.read_text("utf-8"))
    figures = score(base, data)
    timing = latency(base, data)
    print(f"actors: {len(base)}, loaded in {load_ms:.0f} ms (threshold {base.fuzzy_threshold})")
    print(
        f"variants ({args.variants.name}): {figures['positives']} positives, "
        f"{figures['negatives']} negatives; "
        f"accuracy {figures['accuracy']:.3f} (variants {figures['positive_accuracy']:.3f}, "
        f"negatives rejected {figures['negatives_rejected']:.3f})"
    )
    print(f"methods: {figures['methods']}; by language: {figures['by_language']}")
    for error in figures["errors"]:
        print("  miss:", error)
    print(
        f"latency: {timing['calls']} calls, median {timing['median_ms']:.3f} ms, "
        f"p99 {timing['p99_ms']:.3f} ms"
    )
    out.update(figures, load_ms=load_ms, latency=timing)
    if args.json:
        args.json.write_text(json.dumps(out, indent=2, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    main()
