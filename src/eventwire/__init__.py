"""eventwire: multilingual conflict news in, an evidence-linked ACLED-compatible event dataset out."""

__version__ = "0.1.0"
