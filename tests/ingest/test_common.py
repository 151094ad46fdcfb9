from __future__ import annotations

from datetime import date

import pytest

from eventwire.ingest import parse_published
from eventwire.ingest.common import decode_bytes, is_binary, normalize_language


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-12", (date(2024, 3, 12), "day")),
        ("2024-03-12T08:30:00Z", (date(2024, 3, 12), "day")),
        ("2024-03-12 08:30", (date(2024, 3, 12), "day")),
        # the date as written, not moved to UTC (that would be the 13th)
        ("2024-03-12T23:30:00-05:00", (date(2024, 3, 12), "day")),
        ("2024-03", (date(2024, 3, 1), "month")),
        ("Tue, 02 Apr 2024 21:10:00 +0000", (date(2024, 4, 2), "day")),
        ("Wed, 03 Apr 2024 01:00:00 GMT", (date(2024, 4, 3), "day")),
        ("  2024-02-07  ", (date(2024, 2, 7), "day")),
    ],
)
def test_common_parse_published_reads_iso_month_and_rfc2822(
    value: str, expected: tuple[date, str]
) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value", ["", "last Tuesday", "2024-13", "2024-02-30", "le trois avril", "2024", "12/03"]
)
def test_common_parse_published_refuses_unparseable(value: str) -> None:
    assert parse_published(value) == (None, None)


def test_common_decode_bytes_strips_bom() -> None:
    decoded = decode_bytes("\ufeffÉmeutes à Kaolack".encode())
    assert decoded.text == "Émeutes à Kaolack"
    assert decoded.warning is None


def test_common_decode_bytes_reports_first_invalid_byte() -> None:
    decoded = decode_bytes(b"abc\xffdef\xfe")
    assert decoded.text == "abc\ufffddef\ufffd"
    assert decoded.warning == "invalid UTF-8 at byte 3; decoded with replacement characters"


def test_common_decode_bytes_counts_bom_in_offset() -> None:
    decoded = decode_bytes(b"\xef\xbb\xbfab\xff")
    assert decoded.text == "ab\ufffd"
    assert decoded.warning is not None and "at byte 5" in decoded.warning


def test_common_decode_bytes_honours_declared_html_charset() -> None:
    page = '<html><head><meta charset="windows-1252"></head><body>Arrêté</body></html>'
    decoded = decode_bytes(page.encode("cp1252"))
    assert "Arrêté" in decoded.text
    assert decoded.warning is None


@pytest.mark.parametrize(
    ("sample", "binary"),
    [
        (b"plain words\n", False),
        ("اشتباكات في المدينة".encode(), False),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", True),
        (bytes(range(128, 256)) * 4, True),
        (b"", False),
    ],
)
def test_common_is_binary_tells_text_from_data(sample: bytes, binary: bool) -> None:
    assert is_binary(sample) is binary


@pytest.mark.parametrize(
    ("value", "expected"),
    [("fr-FR", "fr"), ("en_GB", "en"), ("AR", "ar"), ("", None), (None, None), ("x1", None)],
)
def test_common_normalize_language_keeps_primary_subtag(
    value: str | None, expected: str | None
) -> None:
    assert normalize_language(value) == expected
