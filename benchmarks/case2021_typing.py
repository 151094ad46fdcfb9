"""Event typing on CASE 2021 Task 2: ACLED sub-event types of 1,019 English news snippets.

Each snippet is one article (language en, no publication date) run through the
whole pipeline (``eventwire.jobs.process_inputs`` and the resolver, as
``eventwire extract`` does). The snippet's predicted type is that of its
most-evidenced event: most claims from the snippet, ties to the earliest sentence.

Label decisions:

* the 25 ACLED labels of CASE map one to one to ACLED's sub-event types
  (``CASE_TO_ACLED``; ``OTHER`` is ACLED's strategic-development "Other");
* CASE's 5 "unseen" labels (MAN_MADE_DISASTER, NATURAL_DISASTER, DIPLO,
  ORG_CRIME, ATTRIB) are not ACLED events at all: an ACLED coder codes nothing
  for them, so they are merged into one gold class ``NO_EVENT``, and a snippet
  where eventwire finds no event is predicted ``NO_EVENT``.

Reported: accuracy and macro-F1 (mean F1 over the gold classes present) on all
snippets (26 classes) and on the ACLED-labelled ones only (25 labels; there a
snippet without event is simply wrong); the 8 most frequent confusions; and the
ACLED labels eventwire cannot produce (no English trigger names them and none
was predicted), which cap the achievable scores. Data: CASE 2021 shared task
(Haneczok et al. 2021, ACLED-derived), see ``case2021_shared_task/PROVENANCE.md``.
Anti-overfitting protocol: the snippets are split by id parity. Vocabulary and
typing rules are developed by reading the odd-id snippets and their errors only
(``--half odd``); the even half is held out and only scored (``--half even``),
so the gap between the halves shows how much the development overfitted. With
``--half all`` the figures of both halves are reported as well. The JSON output
lists each scored snippet's id, gold and predicted label for error analysis.
Usage: ``python benchmarks/case2021_typing.py [--data DIR] [--json FILE] [--limit N]
[--half odd|even|all]``.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from support import DEFAULT_DATA, macro_f1, main_event_by_article, require, run_pipeline, save_json

from eventwire.errors import DataFileError
from eventwire.langdata import load_lang_data

TSV = Path("case2021_shared_task/task2/test_set_final_release_with_labels.tsv")
NO_EVENT = "NO_EVENT"
CASE_TO_ACLED = {
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "AGREEMENT": "Agreement",
    "AIR_STRIKE": "Air/drone strike",
    "ARMED_CLASH": "Armed clash",
    "ARREST": "Arrests",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "ATTACK": "Attack",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "CHEM_WEAP": "Chemical weapon",
    "DISR_WEAP": "Disrupted weapons use",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "GRENADE": "Grenade",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "MOB_VIOL": "Mob violence",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
    "PEACE_PROTEST": "Peaceful protest",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SEX_VIOL": "Sexual violence",
    "SUIC_BOMB": "Suicide bomb",
    "VIOL_DEMONSTR": "Violent demonstration",
}
ACLED_TO_CASE = {acled: case for case, acled in CASE_TO_ACLED.items()}
NOT_ACLED = ("MAN_MADE_DISASTER", "NATURAL_DISASTER", "DIPLO", "ORG_CRIME", "ATTRIB")


def read_snippets(path: Path) -> list[tuple[str, str, str]]:
    """Return ``(id, snippet, label)`` rows of the Task 2 test set."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(row["id"], row["EventSnippet"], row["SubType"]) for row in rows]


def in_half(sid: str, half: str) -> bool:
    """Whether snippet ``sid`` belongs to ``half``: odd or even id, or all."""
    return half == "all" or (int(sid) % 2 == 1) == (half == "odd")


def trigger_types() -> set[str]:
    """Sub-event types the English trigger data names (empty if its format is unknown)."""
    try:
        data = load_lang_data("triggers", "en") or {}
    except DataFileError:
        return set()
    return {t.get("sub_event_type", "") for t in data.get("triggers", []) if isinstance(t, dict)}


def scores(gold: list[str], predicted: list[str]) -> dict[str, Any]:
    """Accuracy and macro-F1 of ``predicted`` against ``gold``."""
    macro, per_label = macro_f1(gold, predicted)
    hits = sum(g == p for g, p in zip(gold, predicted, strict=True))
    return {
        "snippets": len(gold),
        "labels": len(per_label),
        "accuracy": hits / len(gold),
        "macro_f1": macro,
        "f1_per_label": per_label,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--limit", type=int, help="only the first N snippets (a quick look)")
    parser.add_argument(
        "--half",
        choices=("odd", "even", "all"),
        default="all",
        help="odd ids (development), even ids (held out) or all (default)",
    )
    args = parser.parse_args()
    rows = [r for r in read_snippets(require(args.data / TSV)) if in_half(r[0], args.half)]
    rows = rows[: args.limit]
    run = run_pipeline(
        ({"id": f"case-{sid}", "language": "en", "text": text} for sid, text, _label in rows),
        each_alone=True,
    )
    main_events = main_event_by_article(run.events)
    gold, predicted = [], []
    for sid, _text, label in rows:
        found = main_events.get(f"case-{sid}")
        sub_event_type = found.event.sub_event_type if found else None
        gold.append(NO_EVENT if label in NOT_ACLED else label)
        predicted.append(ACLED_TO_CASE.get(sub_event_type or "", sub_event_type or NO_EVENT))
    acled_rows = [i for i, label in enumerate(gold) if label != NO_EVENT]
    producible = trigger_types() | {CASE_TO_ACLED.get(p, p) for p in predicted if p != NO_EVENT}
    confusions = Counter((g, p) for g, p in zip(gold, predicted, strict=True) if g != p)
    figures: dict[str, Any] = {
        "benchmark": "case2021_task2_typing",
        "half": args.half,
        "all": scores(gold, predicted),
        "acled_labels_only": scores(
            [gold[i] for i in acled_rows], [predicted[i] for i in acled_rows]
        ),
        "snippets_with_event": sum(p != NO_EVENT for p in predicted) / len(predicted),
        "most_confused": [[g, p, n] for (g, p), n in confusions.most_common(8)],
        "cannot_produce": sorted(c for c, a in CASE_TO_ACLED.items() if a not in producible),
        "gold_label_counts": dict(Counter(gold).most_common()),
        "seconds": run.seconds,
        "processed": run.report.processed,
    }
    halves = {}
    if args.half == "all":
        for half in ("odd", "even"):
            keep = [i for i, (sid, _t, _l) in enumerate(rows) if in_half(sid, half)]
            halves[half] = scores([gold[i] for i in keep], [predicted[i] for i in keep])
        figures["halves"] = halves
    figures["predictions"] = [
        [sid, g, p] for (sid, _t, _l), g, p in zip(rows, gold, predicted, strict=True)
    ]
    save_json(args.json, figures)
    every, acled = figures["all"], figures["acled_labels_only"]
    cannot = figures["cannot_produce"]
    cannot_share = sum(1 for g in gold if g in cannot) / len(gold)
    print(f"CASE 2021 task 2 ({args.half} ids): {len(rows)} snippets in {run.seconds:.0f} s; "
          f"{figures['snippets_with_event']:.1%} got an event")  # fmt: skip
    print(f"{'':<30}{'snippets':>9}{'labels':>8}{'accuracy':>10}{'macro-F1':>10}")
    for name, row in (("all (5 non-ACLED = NO_EVENT)", every), ("ACLED labels only", acled)):
        print(f"{name:<30}{row['snippets']:>9}{row['labels']:>8}"
              f"{row['accuracy']:>10.3f}{row['macro_f1']:>10.3f}")  # fmt: skip
    for name, row in halves.items():
        print(f"{name + ' ids (all labels)':<30}{row['snippets']:>9}{row['labels']:>8}"
              f"{row['accuracy']:>10.3f}{row['macro_f1']:>10.3f}")  # fmt: skip
    print("most confused (gold -> predicted):")
    for g, p, n in figures["most_confused"]:
        print(f"  {g} -> {p}: {n}")
    print(f"cannot produce ({len(cannot)} labels, {cannot_share:.0%} of snippets): "
          f"{', '.join(cannot)}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
