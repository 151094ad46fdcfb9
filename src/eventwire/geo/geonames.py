"""Import official GeoNames dumps into the gazetteer index, streaming, one file at a time.

Recognised by file name: ``admin1CodesASCII.txt``, ``admin2Codes.txt``,
``alternateNames*.txt`` (V1 or V2), ``countryInfo.txt``, and anything else is
read as the 19-column ``geoname`` table (``IQ.txt``, ``allCountries.txt``,
``cities500.txt``...). Each may be plain, ``.gz`` or ``.zip``.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from eventwire.errors import InputError
from eventwire.geo.tables import PlaceRow, PlaceWriter

__all__ = ["LoadReport", "file_kind", "import_file"]

# GeoNames feature codes that map to eventwire's feature names; others keep
# their GeoNames code in lower case ("stm", "mt").
FEATURES = {
    "ADM1": "admin1", "ADM2": "admin2", "ADM3": "district", "ADM4": "district",
    "ADMD": "district", "PCLI": "country", "PCLD": "country", "PCLIX": "country",
    "PCLS": "country", "PCLF": "country", "PCL": "country", "TERR": "country",
    "MILB": "base", "INSM": "base", "AIRB": "base", "AIRF": "airport", "AIRP": "airport",
    "OILF": "field", "GASF": "field", "OILW": "field", "CMPRF": "camp", "CMP": "camp",
    "BDGQ": "crossing", "PSTB": "crossing", "PPLX": "district", "RGN": "region",
    "DAM": "dam", "PRT": "port", "ISL": "island", "STRT": "strait",
}  # fmt: skip
# alternateNames "languages" that are not names of the place.
_NOT_NAMES = {"link", "post", "wkdt", "unlc", "fr_1793", "phon", "piny"}
_GEONAME_COLUMNS = 19


@dataclass(slots=True)
class LoadReport:
    """What one file added, and the malformed lines skipped (``file:line: reason``)."""

    path: str
    kind: str
    rows: int = 0
    skipped: list[str] = field(default_factory=list)


def file_kind(path: Path) -> str:
    """Return what GeoNames table ``path`` holds, from its name."""
    name = path.name.lower()
    for prefix, kind in (
        ("admin1codes", "admin1"),
        ("admin2codes", "admin2"),
        ("alternatenames", "alternate_names"),
        ("countryinfo", "country_info"),
    ):
        if name.startswith(prefix):
            return kind
    return "geoname"


@contextlib.contextmanager
def _open_text(path: Path) -> Iterator[TextIO]:
    if path.suffix.lower() == ".gz":
        with gzip.open(path, "rt", encoding="utf-8", newline="\n") as handle:
            yield handle
    elif path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            members = [
                n for n in archive.namelist()
                if n.lower().endswith(".txt") and "readme" not in n.lower()
                and "iso-languagecodes" not in n.lower()
            ]  # fmt: skip
            if len(members) != 1:
                raise InputError(str(path), f"expected one data .txt in the zip, found {members}")
            with archive.open(members[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
    else:
        with path.open(encoding="utf-8", newline="\n") as handle:
            yield handle


def _feature(feature_class: str, code: str) -> str:
    if code in FEATURES:
        return FEATURES[code]
    if feature_class == "P":
        return "city"
    return code.lower() or feature_class.lower()


def _geoname(cols: list[str], writer: PlaceWriter) -> None:
    if len(cols) != _GEONAME_COLUMNS:
        raise ValueError(f"expected {_GEONAME_COLUMNS} tab-separated columns, found {len(cols)}")
    int(cols[0])
    writer.add(
        PlaceRow(
            id=cols[0],
            name=cols[1],
            country=cols[8],
            admin1_code=cols[10],
            admin2_code=cols[11],
            admin1="",
            admin2="",
            latitude=float(cols[4]),
            longitude=float(cols[5]),
            feature=_feature(cols[6], cols[7]),
            population=int(cols[14] or 0),
            source="GeoNames",
        ),
        [cols[2], *(cols[3].split(",") if cols[3] else ())],
    )


def _codes(table: str) -> Callable[[list[str], sqlite3.Connection], None]:
    sql = f"INSERT OR REPLACE INTO {table} VALUES (?, ?)"

    def add(cols: list[str], conn: sqlite3.Connection) -> None:
        if len(cols) != 4 or cols[0].count(".") != (1 if table == "admin1" else 2):
            raise ValueError("expected 4 columns: code (CC.A1[.A2]), name, asciiname, geonameid")
        conn.execute(sql, (cols[0], cols[1]))

    return add


def _region(cols: list[str], writer: PlaceWriter) -> None:
    """An admin code row is also a region one can name ("Tamil Nadu", "Cuyahoga County").

    Its id is the region's GeoNames id, and an ADM1/ADM2 row of a geoname file,
    which has a point, is never replaced by it (the writer inserts or ignores).
    Its point comes from its towns once they are loaded (_REGION_POINTS).
    """
    country, admin1, *admin2 = cols[0].split(".")
    int(cols[3])
    feature = "admin2" if admin2 else "admin1"
    row = PlaceRow(cols[3], cols[1], country, admin1, admin2[0] if admin2 else "", "", "",
                   None, None, feature, 0, REGION_SOURCE)  # fmt: skip
    writer.add(row, [cols[2]])


# Regions from admin codes get a point from the towns the index holds in them:
# the midpoint of their bounding box, near the centre of a compact region (a
# GeoNames ADM1/ADM2 row loaded later replaces it with GeoNames's own point).
# An admin2 is placed by the towns with both its codes, an admin1 by all of its own.
REGION_SOURCE = "GeoNames admin codes; point: its towns' bounding box"
_REGION_POINTS = """
UPDATE place SET latitude = box.lat, longitude = box.lon
FROM (
    SELECT country, admin1_code, admin2_code, (MIN(latitude) + MAX(latitude)) / 2 AS lat,
           (MIN(longitude) + MAX(longitude)) / 2 AS lon
    FROM place WHERE feature = 'city' AND admin2_code != '' AND latitude IS NOT NULL
    GROUP BY country, admin1_code, admin2_code
    UNION ALL
    SELECT country, admin1_code, '', (MIN(latitude) + MAX(latitude)) / 2,
           (MIN(longitude) + MAX(longitude)) / 2
    FROM place WHERE feature = 'city' AND admin1_code != '' AND latitude IS NOT NULL
    GROUP BY country, admin1_code
) AS box
WHERE place.source = ? AND place.latitude IS NULL AND place.country = box.country
  AND place.admin1_code = box.admin1_code AND place.admin2_code = box.admin2_code
"""


def _alternate(cols: list[str], writer: PlaceWriter) -> None:
    if len(cols) < 4:
        raise ValueError(f"expected at least 4 tab-separated columns, found {len(cols)}")
    int(cols[1])
    if cols[2] not in _NOT_NAMES and cols[3]:
        writer.add_aliases(cols[1], [cols[3]])


def _country(cols: list[str], conn: sqlite3.Connection) -> None:
    if len(cols) < 5:
        raise ValueError(f"expected countryInfo columns, found {len(cols)}")
    numeric = int(cols[2]) if cols[2] else None
    conn.execute("INSERT OR REPLACE INTO country VALUES (?, ?, ?)", (cols[0], cols[4], numeric))


def import_file(
    conn: sqlite3.Connection, path: Path, *, skip_malformed: bool = False
) -> LoadReport:
    """Add one GeoNames file to the index in one transaction; roll back on any failure.

    A malformed line raises :class:`InputError` naming ``file:line`` (nothing of
    this file is kept), or with ``skip_malformed`` is listed in the report and skipped.
    """
    kind = file_kind(path)
    report = LoadReport(str(path), kind)
    writer = PlaceWriter(conn, replace=True)
    regions = PlaceWriter(conn, replace=False)
    admin1, admin2 = _codes("admin1"), _codes("admin2")

    def add_admin1(cols: list[str]) -> None:
        admin1(cols, conn)
        _region(cols, regions)

    def add_admin2(cols: list[str]) -> None:
        admin2(cols, conn)
        _region(cols, regions)

    handlers: dict[str, Callable[[list[str]], None]] = {
        "geoname": lambda cols: _geoname(cols, writer),
        "admin1": add_admin1,
        "admin2": add_admin2,
        "alternate_names": lambda cols: _alternate(cols, writer),
        "country_info": lambda cols: _country(cols, conn),
    }
    handle_line = handlers[kind]
    conn.execute("BEGIN")
    try:
        with _open_text(path) as lines:
            for number, line in enumerate(lines, start=1):
                line = line.rstrip("\r\n")
                if not line or line.startswith("#"):
                    continue
                try:
                    handle_line(line.split("\t"))
                except ValueError as exc:
                    if not skip_malformed:
                        raise InputError(
                            f"{path}:{number}", f"malformed {kind} line ({exc})"
                        ) from None
                    report.skipped.append(f"{path}:{number}: {exc}")
                    continue
                report.rows += 1
        writer.flush()
        regions.flush()
        conn.execute(_REGION_POINTS, (REGION_SOURCE,))
        conn.execute(
            "INSERT OR REPLACE INTO loaded_file VALUES (?, ?, ?)",
            (str(path.resolve()), kind, report.rows),
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return report
