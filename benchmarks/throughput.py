"""Throughput and peak memory of eventwire's pipeline, against spaCy's own pass.

Builds a corpus of at least N articles (default 1,000) by varying the bundled
examples — numbers, weekdays and paragraph order change, so no two texts are
equal and nothing is cached — then, each in a fresh process so peak memory is
its own:

* ``eventwire``: read the corpus file, clean, identify languages, parse,
  extract and resolve (``eventwire.jobs.extract_events``), as the CLI does;
* ``spacy``: only ``nlp.pipe`` with the same models over the same articles'
  cleaned texts, grouped by language — the floor eventwire's cost is compared to.

Prints articles per second, peak resident memory, and the ratio of the two
throughputs. Usage: ``python benchmarks/throughput.py [--articles 1000] [--json FILE]``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}


def _peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _vary(text: str, rng: random.Random) -> str:
    """A plausible variant: other small numbers, another weekday, paragraphs reshuffled."""
    text = re.sub(r"(?<= )\d{1,2}(?= )", lambda _m: str(rng.randint(1, 30)), text)
    for names in WEEKDAYS.values():
        pattern = re.compile(r"\b(" + "|".join(names) + r")\b")
        text = pattern.sub(lambda _m, names=names: rng.choice(names), text)
    paragraphs = text.split("\n\n")
    body = paragraphs[1:]
    rng.shuffle(body)
    return "\n\n".join(paragraphs[:1] + body)


def build_corpus(count: int, path: Path) -> int:
    """Write ``count`` varied articles made from examples/ as JSON lines; return the count."""
    from support import benchmark_settings

    from eventwire.ingest import InputMeta, read_inputs
    from eventwire.models import Article

    settings = benchmark_settings()
    seeds = [
        a
        for a in read_inputs([str(ROOT / "examples")], InputMeta(), settings)
        if isinstance(a, Article)
    ]
    rng = random.Random(20240207)
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            seed = seeds[i % len(seeds)]
            record = {
                "id": f"bench-{i}",
                "outlet": seed.outlet,
                "published": seed.published.isoformat() if seed.published else None,
                "language": seed.declared_language,
                "text": _vary(seed.source_text, rng),
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return count


def run_eventwire(corpus: Path) -> dict[str, Any]:
    """Time the full pipeline on the corpus; returns the measurement."""
    from support import benchmark_settings

    from eventwire.ingest import InputMeta
    from eventwire.jobs import extract_events

    settings = benchmark_settings()
    start = time.perf_counter()
    events, report = extract_events([str(corpus)], InputMeta(), settings)
    seconds = time.perf_counter() - start
    return {
        "articles": report.read,
        "processed": report.processed,
        "events": len(events),
        "seconds": seconds,
        "peak_rss_mb": _peak_rss_mb(),
    }


def run_spacy(corpus: Path) -> dict[str, Any]:
    """Time spaCy's nlp.pipe alone over the same articles' cleaned texts."""
    from support import benchmark_settings

    from eventwire.ingest import InputMeta, read_inputs
    from eventwire.models import Article
    from eventwire.nlp.spacy_stage import load_model
    from eventwire.pipeline import build_pipeline

    settings = benchmark_settings()
    # Prepare the inputs outside the timed part: spaCy gets exactly the texts
    # eventwire's parser gets (cleaned, language known).
    prep = build_pipeline(settings.with_overrides(stages=list(settings.stages[:2])))
    articles = [
        o.article
        for o in prep.run(
            a for a in read_inputs([str(corpus)], InputMeta(), settings) if isinstance(a, Article)
        )
    ]
    by_language: dict[str, list[str]] = {}
    for article in articles:
        if article.language in settings.models:
            by_language.setdefault(article.language, []).append(article.text)
    models = {lang: load_model(settings.models[lang]) for lang in by_language}
    start = time.perf_counter()
    for lang, texts in by_language.items():
        for _doc in models[lang].pipe(texts, batch_size=64):
            pass
    seconds = time.perf_counter() - start
    return {
        "articles": len(articles),
        "seconds": seconds,
        "peak_rss_mb": _peak_rss_mb(),
    }


def _child(mode: str, corpus: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--corpus", str(corpus)],
        capture_output=True,
        text=True,
        check=True,
    )
    parsed: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return parsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--child", choices=["eventwire", "spacy"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run = run_eventwire if args.child == "eventwire" else run_spacy
        print(json.dumps(run(args.corpus)))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        build_corpus(args.articles, corpus)
        ours = _child("eventwire", corpus)
        floor = _child("spacy", corpus)
    ours["articles_per_second"] = ours["articles"] / ours["seconds"]
    floor["articles_per_second"] = floor["articles"] / floor["seconds"]
    ratio = ours["articles_per_second"] / floor["articles_per_second"]
    print(f"corpus: {ours['articles']} articles ({ours['processed']} processed, "
          f"{ours['events']} events)")  # fmt: skip
    print(f"eventwire pipeline: {ours['articles_per_second']:.1f} articles/s, "
          f"peak RSS {ours['peak_rss_mb']:.0f} MB")  # fmt: skip
    print(f"spaCy nlp.pipe only: {floor['articles_per_second']:.1f} articles/s, "
          f"peak RSS {floor['peak_rss_mb']:.0f} MB")  # fmt: skip
    print(f"ratio eventwire / spaCy throughput: {ratio:.2f}")
    if args.json:
        args.json.write_text(
            json.dumps({"eventwire": ours, "spacy": floor, "ratio": ratio}, indent=2) + "\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
