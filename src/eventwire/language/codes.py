"""Language codes: normalise what readers declare, name languages in messages."""

from __future__ import annotations

from lingua import IsoCode639_1, IsoCode639_3, Language

__all__ = ["language_name", "normalise_language", "to_lingua"]


def to_lingua(code: str) -> Language | None:
    """Return lingua's language for an ISO 639-1 code, or ``None`` when lingua lacks it."""
    try:
        return Language.from_iso_code_639_1(IsoCode639_1.from_str(code))
    except ValueError:
        return None


def _iso_639_1(language: Language) -> str:
    return str(language.iso_code_639_1.name).lower()


def normalise_language(value: str | None) -> str | None:
    """Return the ISO 639-1 code for "fr", "fr-FR", "fra" or "French", else ``None``."""
    if value is None:
        return None
    primary = value.strip().lower().replace("_", "-").split("-")[0]
    if len(primary) == 2 and primary.isascii() and primary.isalpha():
        # Any two-letter subtag is kept, even one lingua does not know: the
        # article is then stored and reported as having no model.
        return primary
    if len(primary) == 3 and primary.isascii() and primary.isalpha():
        try:
            return _iso_639_1(Language.from_iso_code_639_3(IsoCode639_3.from_str(primary)))
        except ValueError:
            return None
    try:
        return _iso_639_1(Language.from_str(primary))
    except ValueError:
        return None


def language_name(code: str) -> str:
    """Return the English name of an ISO 639-1 code ("ar" -> "Arabic"), or the code itself."""
    language = to_lingua(code)
    return str(language.name).title() if language is not None else code
