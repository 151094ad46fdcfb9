"""eventwire: conflict news in many languages in, an evidence-linked event dataset out."""

__version__ = "0.1.0"
