"""Input readers: text, HTML, JSON records and feeds become articles.

:func:`read_inputs` takes the command line's inputs (files, directories, ``-``
for standard input) and yields articles, and a
:class:`~eventwire.models.Problem` for every record that cannot be used or was
used with a caveat; it never raises for bad input. Command-line metadata
(:class:`InputMeta`) fills what a record does not state itself and overrides
what is only guessed from an HTML page; its URL names an article only when the
sole input is a single-article file (text or HTML) or standard input holding one.
"""

from __future__ import annotations

from eventwire.ingest.common import InputMeta, parse_published
from eventwire.ingest.paths import read_inputs
from eventwire.ingest.records import read_record

__all__ = ["InputMeta", "parse_published", "read_inputs", "read_record"]
