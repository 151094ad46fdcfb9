"""The gazetteer index: built on fixtures, looked up by Latin and Arabic aliases, atomic."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.geo import Gazetteer, GazetteerLike, MemoryGazetteer, Place, build_index
from eventwire.geo.curated import load_curated
from eventwire.geo.normalize import normalize_name
from eventwire.geo.sources import default_source_version, is_code_name
from eventwire.geo.tables import PlaceRow, PlaceWriter

RESOURCES = Path(__file__).parents[1] / "resources" / "geo"
SHARED_GEONAMES = Path(__file__).resolve().parents[3] / "shared" / "data" / "geonames"


def _one_place(conn: sqlite3.Connection) -> None:
    """A tiny stand-in for the default sources: one curated-style base."""
    writer = PlaceWriter(conn, replace=False)
    row = PlaceRow(
        "curated:test-base", "Test Base", "IQ", "", "", "Anbar", "", 33.0, 42.0, "base", 0, "test"
    )
    writer.add(row, ["Base d'essai", "قاعدة الاختبار"])
    writer.flush()


@pytest.fixture
def gazetteer(tmp_path: Path) -> Gazetteer:
    path = tmp_path / "g.sqlite3"
    build_index(path, populate=_one_place, version="test")
    g = Gazetteer.open_path(path, version="test")
    g.load(
        [
            RESOURCES / name
            for name in (
                "admin1CodesASCII.txt",
                "admin2Codes.txt",
                "IQ_SY_extract.txt",
                "alternateNamesV2.txt",
            )
        ]
    )
    return g


@pytest.mark.parametrize(
    ("name", "expected_id"),
    [
        ("Al Qa'im", "92138"),
        ("القائم", "92138"),
        ("Al-Qaïm", "92138"),
        ("Husaybah", "92138"),
        ("Abu Kamal", "174448"),
        ("البو كمال", "174448"),
        ("Boukamal", "174448"),  # from alternateNamesV2
        ("Hît", "95788"),
        ("هيت", "95788"),
        ("Al-Mayadeen", "173480"),
        ("الميادين", "173480"),
        ("Base d’essai", "curated:test-base"),
        ("قاعدة الإختبار", "curated:test-base"),
    ],
)
def test_index_lookup_by_latin_and_arabic_alias(
    gazetteer: Gazetteer, name: str, expected_id: str
) -> None:
    assert [p.id for p in gazetteer.lookup(name)] == [expected_id]


def test_index_lookup_fills_admin_names_and_feature(gazetteer: Gazetteer) -> None:
    (qaim,) = gazetteer.lookup("Al Qaim")
    assert (qaim.country_iso2, qaim.admin1, qaim.admin2, qaim.feature) == (
        "IQ",
        "Anbar",
        "Qaḑā’ al Qā’im",
        "city",
    )
    assert (qaim.latitude, qaim.longitude, qaim.population) == (34.39251, 40.98945, 74100)
    (base,) = gazetteer.lookup("Fixture Air Base")
    assert base.feature == "base"
    (anbar,) = gazetteer.lookup("الأنبار")
    assert anbar.feature == "admin1"


def test_index_admin1_codes_are_regions_placed_by_their_towns(gazetteer: Gazetteer) -> None:
    # Deir ez-Zor has no ADM1 row in the fixture: its point is its towns' box
    # (Abu Kamal and Al Mayadin); Anbar's own ADM1 row keeps GeoNames's point.
    (deir,) = [p for p in gazetteer.lookup("Deir ez-Zor") if p.feature == "admin1"]
    assert (deir.id, deir.country_iso2) == ("170792", "SY")
    assert deir.latitude == pytest.approx((34.45 + 35.02089) / 2, abs=0.01)
    (anbar,) = [p for p in gazetteer.lookup("Anbar") if p.feature == "admin1"]
    assert anbar.source == "GeoNames"
    (district,) = gazetteer.lookup("Qada' al Qa'im")  # an admin2 code row, placed by Al Qa'im
    assert (district.feature, district.latitude) == ("admin2", 34.39251)


def test_index_lookup_unknown_and_empty_names(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Atlantis") == []
    assert gazetteer.lookup("  ") == []


def test_index_malformed_line_names_file_and_line_and_keeps_stored(
    gazetteer: Gazetteer, tmp_path: Path
) -> None:
    bad = tmp_path / "XX.txt"
    good = (
        (RESOURCES / "IQ_SY_extract.txt").read_text("utf-8").splitlines()[0].replace("92138", "123")
    )
    bad.write_text(good + "\n" + "1\tBroken\tline\n", "utf-8")
    with pytest.raises(InputError, match=r"XX\.txt:2: malformed geoname line"):
        gazetteer.load([bad])
    assert gazetteer.lookup("Al Qaim")  # stored before: kept
    assert {p.id for p in gazetteer.lookup("Al Qaim")} == {
        "92138"
    }  # line 1 of the bad file: rolled back
    (report,) = gazetteer.load([bad], skip_malformed=True)
    assert report.rows == 1 and report.skipped == [
        f"{bad}:2: expected 19 tab-separated columns, found 3"
    ]


def test_index_loads_gzip_and_zip(tmp_path: Path) -> None:
    import gzip
    import zipfile

    text = (RESOURCES / "IQ_SY_extract.txt").read_bytes()
    (tmp_path / "cities500.txt.gz").write_bytes(gzip.compress(text))
    with zipfile.ZipFile(tmp_path / "IQ.zip", "w") as archive:
        archive.writestr("IQ.txt", text)
        archive.writestr("readme.txt", "not data")
    for name in ("cities500.txt.gz", "IQ.zip"):
        path = tmp_path / f"{name}.sqlite3"
        build_index(path, populate=_one_place, version="test")
        with Gazetteer.open_path(path, version="test") as g:
            (report,) = g.load([tmp_path / name])
            assert report.rows == 6
            assert [p.id for p in g.lookup("Hit")] == ["95788"]


def test_index_rebuild_failure_leaves_old_index_intact(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite3"
    build_index(path, populate=_one_place, version="v1")
    before = path.read_bytes()

    def broken(conn: sqlite3.Connection) -> None:
        _one_place(conn)
        raise RuntimeError("source failed mid-build")

    with pytest.raises(RuntimeError):
        build_index(path, populate=broken, version="v2")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["g.sqlite3"]  # no temporary file left
    with Gazetteer.open_path(path, version="v1") as g:
        assert g.lookup("Test Base")


def test_index_rebuild_reloads_imported_files(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite3"
    build_index(path, populate=_one_place, version="v1")
    with Gazetteer.open_path(path, version="v1") as g:
        g.load([RESOURCES / "IQ_SY_extract.txt"])
    build_index(path, populate=_one_place, version="v2")
    with Gazetteer.open_path(path, version="v2") as g:
        assert [p.id for p in g.lookup("Hit")] == ["95788"]


def test_index_memory_gazetteer_meets_the_protocol() -> None:
    place = Place("1", "Hīt", "IQ", "Iraq", 368, "Anbar", "", 33.6, 42.8, "city", 31901, "test")
    memory: GazetteerLike = MemoryGazetteer({place: ["هيت"]})
    assert memory.lookup("Hit") == [place]
    assert memory.lookup("هيت") == [place]


def test_index_curated_file_has_the_required_places() -> None:
    places = load_curated()
    assert len(places) >= 60
    assert {p.country for p in places} >= {"IQ", "SY", "JO", "LB", "IL", "PS", "YE"}


def test_index_curated_file_spells_places_as_the_press_does() -> None:
    # Press spellings GeoNames lacks reach its place (Kyaukphyu: Kyaukpyu), and
    # villages the city lists lack are in the countries the news puts them in.
    by_alias = {normalize_name(a): p for p in load_curated() for a in (p.name, *p.aliases)}
    assert by_alias["kyaukphyu"].geonameid == 1316752
    assert by_alias[normalize_name("Moudiya")].geonameid == 6940647
    assert (by_alias["lere"].country, by_alias["mucojo"].country) == ("ML", "MZ")
    assert by_alias[normalize_name("Zamzam")].feature == "camp"


def test_index_curated_file_opens_with_source_licence_and_gaps() -> None:
    header = (Path(__file__).parents[2] / "src/eventwire/data/gazetteer/places.yaml").read_text(
        "utf-8"
    )
    header = header.split("\n\n")[0].lower()
    assert all(word in header for word in ("source", "licen", "gap"))


def test_index_countries_file_covers_the_world_and_opens_with_its_source() -> None:
    from eventwire.geo.countries import load_countries

    countries = load_countries()
    assert len(countries) >= 230
    assert {"IQ", "SY", "US", "GB", "CD", "PS"} <= set(countries)
    assert "Syrian" in countries["SY"].demonyms and "UK" in countries["GB"].names
    assert "CA" not in countries["CA"].names  # ISO codes are not names (California)
    assert "Syrians" in countries["SY"].demonyms and "Chineses" not in countries["CN"].demonyms
    assert "Soviet Union" in countries["RU"].names and "Zaire" in countries["CD"].names  # former
    us = countries["US"]  # GeoNames's point where countryinfo's is far from it
    assert (us.latitude, us.longitude) == (39.76, -98.5)
    text = (Path(__file__).parents[2] / "src/eventwire/data/gazetteer/countries.yaml").read_text(
        "utf-8"
    )
    header = text.split("\n\n")[0].lower()
    assert all(word in header for word in ("source", "licen", "gap"))


def test_index_admin2_file_places_counties_and_opens_with_its_source() -> None:
    from eventwire.geo.regions import load_admin2

    regions = {r.geonames_code: r for r in load_admin2()}
    assert len(regions) >= 30_000
    cuyahoga, hampshire = regions["US.OH.035"], regions["GB.ENG.F2"]
    assert cuyahoga.names[0] == "Cuyahoga County" and "Cuyahoga" in cuyahoga.names
    assert 41 < cuyahoga.latitude < 42 and -82 < cuyahoga.longitude < -81  # Cleveland's county
    assert hampshire.names[0] == "Hampshire" and 50.5 < hampshire.latitude < 51.5
    assert "Hants" in hampshire.names and "Herts" in regions["GB.ENG.F8"].names  # press forms
    text = (Path(__file__).parents[2] / "src/eventwire/data/gazetteer/admin2.tsv").read_text(
        "utf-8"
    )
    header = text.split("\n\n")[0].lower()
    assert all(word in header for word in ("source", "licence", "gaps"))


def test_index_airports_file_names_airports_by_their_own_word_and_opens_with_its_source() -> None:
    from eventwire.geo.regions import load_airports

    airports = {a.icao: a for a in load_airports()}
    assert len(airports) >= 5_000
    schiphol, asad, orly, heathrow = (airports[c] for c in ("EHAM", "ORAA", "LFPO", "EGLL"))
    assert schiphol.country == "NL" and "Schiphol" in schiphol.names
    assert 52 < schiphol.latitude < 52.5 and 4.5 < schiphol.longitude < 5
    assert asad.names == ("Al Asad Air Base",)  # never "Al Asad" (a family's name)
    assert "Orly" not in orly.names  # the town beside the airport already has it
    # Heathrow, Florida is a small town abroad: "Heathrow" is the London airport.
    assert "Heathrow Airport" in heathrow.names and "Heathrow" in heathrow.names
    assert "Ville" not in airports["FOGJ"].names  # a kind word (fr town_words), not a name
    assert "Hodeidah" not in airports["OYHD"].names  # the city's (El-Hodeidah), normalised
    assert "Air Base" not in airports["OS65"].names  # Shayrat Air Base, in Shayrat
    assert not any(n.casefold() == "airport" for a in airports.values() for n in a.names)
    text = (Path(__file__).parents[2] / "src/eventwire/data/gazetteer/airports.tsv").read_text(
        "utf-8"
    )
    header = "\n".join(line for line in text.splitlines() if line.startswith("#")).lower()
    assert all(word in header for word in ("source", "licence", "gaps"))


def test_index_airports_bad_row_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.errors import DataFileError
    from eventwire.geo import regions

    bad = b"# header\nEHAM\tAMS\tNL\tNorth Holland\t152.3\t4.76\tSchiphol\n"
    monkeypatch.setattr(regions, "_read", lambda name=regions.DATA_NAME: bad)
    with pytest.raises(DataFileError, match=r"airports.tsv:2: expected ICAO code"):
        regions.load_airports()


def test_index_regions_file_has_press_abbreviations() -> None:
    from eventwire.geo.normalize import normalize_name
    from eventwire.geo.regions import load_regions

    regions = load_regions()
    assert {"NJ", "N.J."} <= set(regions["US-NJ"].names)
    assert {"BC", "B.C."} <= set(regions["CA-BC"].names) and "NSW" in regions["AU-NSW"].names
    assert normalize_name("N.J.") == normalize_name("NJ")
    assert not any(len(n) == 2 for n in regions["FR-IDF"].names)  # codes only where used
    assert "Welsh" in regions["GB-WLS"].names and "English" in regions["GB-ENG"].names


def test_index_regions_file_names_regions_by_their_adjectives_too() -> None:
    from eventwire.geo.regions import load_admin2, load_regions

    regions = load_regions()
    assert "Sicilian" in regions["IT-82"].names and "Tamil" in regions["IN-TN"].names
    # An adjective adds to the press abbreviation, never replaces it.
    assert {"Calif.", "Californian"} <= set(regions["US-CA"].names)
    assert {"Que.", "Quebecois"} <= set(regions["CA-QC"].names)
    # A people of two regions names both: the story's country decides.
    assert "Punjabi" in regions["IN-PB"].names and "Punjabi" in regions["PK-PB"].names
    assert "Abkhaz" in regions["GE-AB"].names and "Newfoundland" in regions["CA-NL"].names
    (cornwall,) = [r for r in load_admin2() if r.geonames_code == "GB.ENG.C6"]
    assert "Cornish" in cornwall.names


def test_index_countries_file_has_official_abbreviations_and_adjectives() -> None:
    from eventwire.geo.countries import load_countries

    countries = load_countries()
    assert {"DPRK", "N. Korea"} <= set(countries["KP"].names)
    assert "Korea" in countries["KR"].names and "Korea" not in countries["KP"].names
    assert {"Holy See", "Vatican"} <= set(countries["VA"].names)
    assert "Philippine" in countries["PH"].demonyms and "Islamic Republic" in countries["IR"].names


def test_index_region_points_file_agrees_with_regions_and_opens_with_its_source() -> None:
    from eventwire.geo.regions import load_region_points, load_regions

    points, regions = load_region_points(), load_regions()
    assert len(points) >= 3_000
    assert {r.geonames_code for r in regions.values()} >= set(points)
    alberta, anbar = points["CA.01"], points["IQ.01"]
    assert 54 < alberta[0] < 56 and -116 < alberta[1] < -114  # its label, not Calgary's
    assert 32.5 < anbar[0] < 34 and 40.5 < anbar[1] < 42.5
    assert "FR.11" not in points  # Natural Earth's FR.11 is Aude, not Île-de-France
    virginia, alaska = points["US.VA"], points["US.AK"]  # US states: their outline's centroid
    assert 37 < virginia[0] < 38 and -79.5 < virginia[1] < -78
    assert 63 < alaska[0] < 65.5 and -154 < alaska[1] < -150  # the Aleutians read as west
    text = Path(__file__).parents[2] / "src/eventwire/data/gazetteer/region_points.tsv"
    header = "\n".join(ln for ln in text.read_text("utf-8").splitlines() if ln.startswith("#"))
    assert all(word in header.lower() for word in ("source", "public domain", "gaps"))


def test_index_region_points_bad_row_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.errors import DataFileError
    from eventwire.geo import regions

    bad = b"# header\nCA.01\tUS-AB\t55.28\t-115.0\tAlberta\n"
    monkeypatch.setattr(regions, "_read", lambda name=regions.DATA_NAME: bad)
    with pytest.raises(DataFileError, match=r"region_points.tsv:2: expected GeoNames code"):
        regions.load_region_points()


def test_index_other_regions_file_has_what_other_tables_lack() -> None:
    from eventwire.geo.regions import load_admin2, load_other_regions

    others = {(r.admin1_code[:2], r.name): r for r in load_other_regions()}
    assert len(others) >= 500
    clare, northants = others["IE", "Clare"], others["GB", "Northamptonshire"]
    assert clare.admin1_code == "IE.M" and 52.5 < clare.latitude < 53.2  # Munster's county
    assert northants.admin1_code == "GB.ENG" and -1.2 < northants.longitude < -0.5
    assert ("IE", "Cork") not in others  # a town of Ireland places the name already
    assert not any(r.name == "City" for r in others.values())  # only a kind word
    admin2 = {(a.geonames_code[:2], a.names[0]) for a in load_admin2()}
    assert not admin2 & set(others)


def test_index_other_regions_bad_row_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.errors import DataFileError
    from eventwire.geo import regions

    bad = b"# header\nIRL-76\tIE\t52.89\t-9.1\tClare\n"
    monkeypatch.setattr(regions, "_read", lambda name=regions.DATA_NAME: bad)
    with pytest.raises(DataFileError, match=r"other_regions.tsv:2: expected id"):
        regions.load_other_regions()


def test_index_admin2_bad_row_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.errors import DataFileError
    from eventwire.geo import regions

    bad = b"# header\nUS.OH.035\t5151606\t41.4\tnorth\tCuyahoga County\n"
    monkeypatch.setattr(regions, "_read", lambda name=regions.DATA_NAME: bad)
    with pytest.raises(DataFileError, match=r"admin2.tsv:2: expected GeoNames code"):
        regions.load_admin2()


def test_index_curated_bad_entry_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.errors import DataFileError
    from eventwire.geo import curated

    bad = b"places:\n  - {id: x-base, name: X, aliases: [X], latitude: 1, longitude: 2, country: IQ, admin1: A, feature: base, source: s}\n"
    monkeypatch.setattr(curated, "_read", lambda: bad)
    with pytest.raises(
        DataFileError, match=r"places\[0\] \(x-base\): needs at least one alias in Arabic"
    ):
        curated.load_curated()


@pytest.mark.parametrize(
    ("entry", "error"),
    [
        ("{id: x-sea, name: X Sea, aliases: [بحر], latitude: 1, longitude: 2, country: '', "
         "admin1: '', feature: sea, source: s}", None),  # a sea is in no country
        ("{id: x-base, name: X, aliases: [قاعدة], latitude: 1, longitude: 2, country: '', "
         "admin1: '', feature: base, source: s}", "a sea's or world region's must be empty"),
        ("{id: x-sea, name: X Sea, aliases: [بحر], latitude: 1, longitude: 2, country: YE, "
         "admin1: '', feature: sea, source: s}", "a sea's or world region's must be empty"),
        ("{id: x-east, name: X East, aliases: [شرق], latitude: 1, longitude: 2, country: '', "
         "admin1: '', feature: macroregion, source: s}", None),  # a world region neither
        ("{id: x-east, name: X East, aliases: [شرق], latitude: 1, longitude: 2, country: IQ, "
         "admin1: '', feature: macroregion, source: s}", "world region's must be empty"),
        ("{id: x-river, name: X, aliases: [نهر], latitude: 1, longitude: 2, country: '', "
         "admin1: '', feature: river, source: s}", None),  # a river crossing borders
        ("{id: x-river, name: X, aliases: [نهر], latitude: 1, longitude: 2, country: Iraq, "
         "admin1: '', feature: river, source: s}", "alpha-2 code"),
    ],
)  # fmt: skip
def test_index_curated_only_a_sea_region_or_river_has_no_country(
    monkeypatch: pytest.MonkeyPatch, entry: str, error: str | None
) -> None:
    from eventwire.errors import DataFileError
    from eventwire.geo import curated

    monkeypatch.setattr(curated, "_read", lambda: f"places:\n  - {entry}\n".encode())
    if error is None:
        assert curated.load_curated()[0].country == ""
    else:
        with pytest.raises(DataFileError, match=error):
            curated.load_curated()


def test_index_curated_file_has_the_seas_news_names() -> None:
    seas = {p.name: p for p in load_curated() if p.feature == "sea"}
    assert {"Red Sea", "Gulf of Aden", "Mediterranean Sea"} <= set(seas)
    assert "mer Rouge" in seas["Red Sea"].aliases and seas["Red Sea"].country == ""


def test_index_curated_file_has_world_regions_and_rivers() -> None:
    found = {p.name: p for p in load_curated() if p.feature in ("macroregion", "river")}
    assert {"Middle East", "Sahel", "Euphrates", "Tigris"} <= set(found)
    assert "الشرق الأوسط" in found["Middle East"].aliases and found["Middle East"].country == ""
    # A world region's adjective names it ("Latin American leaders").
    assert "Latin American" in found["Latin America"].aliases
    assert "Kurdish" in found["Kurdistan"].aliases and found["Kurdistan"].country == ""


def test_index_curated_file_has_oceans_and_regions_by_their_short_names() -> None:
    # "the Pacific" is the ocean, not Pacific, Missouri; a named region of a
    # country ("East of England", "Niger Delta") is in that country.
    by_alias = {normalize_name(a): p for p in load_curated() for a in (p.name, *p.aliases)}
    assert by_alias["pacific"].feature == by_alias["atlantic"].feature == "sea"
    assert (by_alias["east of england"].country, by_alias["east of england"].feature) == (
        "GB",
        "region",
    )
    assert by_alias["niger delta"].country == "NG" and by_alias["siberian"].country == "RU"
    assert (by_alias["donbass"].country, by_alias["south ossetian"].country) == ("UA", "GE")
    assert by_alias["sahara"].feature == "macroregion"
    assert by_alias["arab"].feature == "macroregion"  # the Arab world, not Arab, Alabama
    # Islands the city lists lack; one shared by several countries has none.
    assert (by_alias["oahu"].feature, by_alias["big island"].country) == ("island", "US")
    assert by_alias["borneo"].country == ""
    # England's counties GeoNames lists only by their unitary parts.
    assert {by_alias[n].country for n in ("berkshire", "greater manchester", "yorkshire")} == {"GB"}


@pytest.mark.shared
def test_index_loads_shared_geonames_dumps(tmp_path: Path) -> None:
    cities = SHARED_GEONAMES / "cities15000_2013.txt.gz"
    admin1 = SHARED_GEONAMES / "admin1CodesASCII.txt"
    if not (cities.exists() and admin1.exists()):
        pytest.skip(f"{SHARED_GEONAMES} has no cities15000_2013.txt.gz + admin1CodesASCII.txt")
    path = tmp_path / "g.sqlite3"
    build_index(path, populate=_one_place, version="test")
    with Gazetteer.open_path(path, version="test") as g:
        reports = g.load([admin1, cities])
        assert reports[1].rows > 20_000
        (deir,) = [p for p in g.lookup("دير الزور") if p.id == "170794"]
        assert (deir.country_iso2, deir.admin1) == ("SY", "Deir ez-Zor")
        assert any(p.id == "174448" for p in g.lookup("Abou Kemal"))


@pytest.mark.slow
def test_index_default_build_finds_curated_and_cities(tmp_path: Path) -> None:
    path = tmp_path / "default.sqlite3"
    # How long the build and lookups take: benchmarks/gazetteer.py.
    with Gazetteer.open_path(path) as g:
        for name in ("Aïn al-Assad", "عين الأسد", "Ain al-Asad Air Base"):
            assert [p.id for p in g.lookup(name)] == ["curated:ain-al-asad-air-base"], name
        assert any(p.id == "92138" for p in g.lookup("القائم"))
        assert any(
            p.id == "174448" for p in g.lookup("Boukamal")
        )  # curated alias on GeoNames' town
        assert any(p.feature == "country" and p.country_iso2 == "IQ" for p in g.lookup("Irak"))
        assert any(p.feature == "admin1" and p.country_iso2 == "IQ" for p in g.lookup("Anbar"))
        for name in (
            "Tower 22",
            "البرج 22",
            "حقل كونيكو",
            "Rmelan",
            "Kharab al-Jir",
            "Green Village",
            "Jurf al-Nasr",
            "التنف",
        ):
            assert g.lookup(name), name
        # countries.yaml: a reference point, press forms and demonyms; continents; US states.
        (syria,) = [p for p in g.lookup("Syrian") if p.feature == "country"]
        assert (syria.country_iso2, syria.latitude, syria.longitude) == ("SY", 35.0, 38.0)
        assert any(p.feature == "country" and p.country_iso2 == "US" for p in g.lookup("U.S."))
        assert any(p.feature == "continent" for p in g.lookup("Europe"))
        (ohio,) = [p for p in g.lookup("Ohio") if p.feature == "admin1"]
        assert ohio.latitude is not None and 38 < ohio.latitude < 42
        (anbar,) = [p for p in g.lookup("محافظة الأنبار") if p.feature == "admin1"]
        assert anbar.latitude is not None and 32 < anbar.latitude < 35  # regions.tsv names
        (alberta,) = [p for p in g.lookup("Alberta") if p.feature == "admin1"]
        assert (alberta.latitude, alberta.longitude) == (55.2816, -115.0)  # region_points.tsv
        (clare,) = [p for p in g.lookup("Clare") if p.country_iso2 == "IE"]  # other_regions.tsv
        assert (clare.feature, clare.admin1, clare.admin2) == ("admin2", "Munster", "Clare")
        (county,) = g.lookup("Cuyahoga County")  # admin2.tsv: a county, its code named
        assert (county.feature, county.admin1, county.admin2) == ("admin2", "Ohio", county.name)
        (hit,) = [p for p in g.lookup("Hit") if p.country_iso2 == "IQ" and p.feature == "city"]
        assert hit.admin1 == "Al Anbār"  # the town's admin1 code, named through regions.tsv
    with sqlite3.connect(path) as conn:
        (version,) = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    assert version == default_source_version()


def test_index_curated_features_do_not_take_a_big_citys_bare_name() -> None:
    """A river's entry has its own names: the bare "Dnipro" is the city of a million."""
    by_alias = {normalize_name(a): p for p in load_curated() for a in (p.name, *p.aliases)}
    assert "dnipro" not in by_alias
    assert by_alias[normalize_name("Dnipro River")].feature == "river"


@pytest.mark.parametrize(
    ("name", "code"),
    [("BER", True), ("EDDB", True), ("Ber", False), ("Berlin", False), ("Hit", False)],
)
def test_index_airport_codes_among_alternate_names_are_no_names(name: str, code: bool) -> None:
    # "BER" is Berlin's airport: a Malian camp called Ber must not find it.
    assert is_code_name(name) is code
