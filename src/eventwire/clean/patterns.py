"""Boilerplate patterns: read from ``data/lang/*/boilerplate.yaml`` and compiled once.

Every language's line patterns are merged per boilerplate class and compiled
into ONE alternation with a named group per class, so classifying a line costs
one ``fullmatch`` whatever the number of languages. Header (leading metadata)
patterns stay separate because their named groups repeat across patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from eventwire.errors import DataFileError
from eventwire.langdata import data_languages, load_lang_data

__all__ = ["KINDS", "METADATA_FIELDS", "BoilerplatePatterns", "compile_patterns", "load_patterns"]

# The boilerplate classes (``Removal.kind`` values). When two classes match the
# same line the earlier, more specific one wins: a bare x.com link is ``social``
# rather than ``related``.
KINDS: tuple[str, ...] = (
    "social", "player", "share", "comment", "moderation", "cookie", "credit", "related",
)  # fmt: skip

# Named groups a leading-metadata pattern may use.
METADATA_FIELDS: frozenset[str] = frozenset({"year", "month", "day", "outlet", "url", "title"})

# Decorations that sites put around widget labels ("► Lire aussi", "Share ›");
# trimmed around every line pattern so the data files need not repeat them.
# Possessive (*+): were the lead allowed to give characters back, every pattern
# with a ".*" would be retried at every position of a line of bullets, which
# took minutes on a 100,000-character line of dashes. The hyphen is left out of
# the lead so that "- Name (@handle) date" still reaches the signature pattern.
_LEAD = r"[\s►▶▸▷•·>|*»›→✓+]*+"
_TRAIL = r"[\s:.!?…›»>|•·→-]*+"


@dataclass(frozen=True, slots=True)
class BoilerplatePatterns:
    """Compiled boilerplate patterns: one combined line regex and the header regexes."""

    line: re.Pattern[str]  # one named group per class in ``kinds``
    kinds: tuple[str, ...]  # the classes that have at least one pattern
    metadata: tuple[re.Pattern[str], ...]

    def classify(self, line: str) -> str | None:
        """Return the boilerplate class of a trimmed line, or ``None`` for story text."""
        match = self.line.fullmatch(line)
        if match is None:
            return None
        for kind in self.kinds:
            if match.start(kind) != -1:
                return kind
        return None  # unreachable: a match always comes from one class group


def _compile_one(pattern: Any, where: str) -> re.Pattern[str]:
    if not isinstance(pattern, str):
        raise DataFileError(f"{where}: pattern {pattern!r} should be a string")
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise DataFileError(f"{where}: invalid regex {pattern!r} ({exc})") from exc


def compile_patterns(files: Mapping[str, Mapping[str, Any]]) -> BoilerplatePatterns:
    """Compile loaded boilerplate files (``where -> content``) into one pattern set."""
    by_kind: dict[str, list[str]] = {kind: [] for kind in KINDS}
    metadata: list[re.Pattern[str]] = []
    for where, content in files.items():
        line_patterns = content.get("line_patterns") or {}
        for kind, patterns in line_patterns.items():
            if kind not in by_kind:
                raise DataFileError(
                    f"{where}: unknown boilerplate class {kind!r}; known: {', '.join(KINDS)}"
                )
            if not isinstance(patterns, list):
                raise DataFileError(f"{where}: line_patterns.{kind} should be a list of regexes")
            for pattern in patterns:
                compiled = _compile_one(pattern, f"{where}: line_patterns.{kind}")
                if compiled.groupindex:
                    # Named groups would clash once patterns are combined.
                    raise DataFileError(
                        f"{where}: line pattern {pattern!r} has a named group; use (?:...)"
                    )
                by_kind[kind].append(pattern)
        for pattern in content.get("leading_metadata") or []:
            compiled = _compile_one(pattern, f"{where}: leading_metadata")
            names = set(compiled.groupindex)
            if not names or not names <= METADATA_FIELDS:
                raise DataFileError(
                    f"{where}: leading_metadata pattern {pattern!r} must use named groups "
                    f"among {sorted(METADATA_FIELDS)}"
                )
            metadata.append(compiled)
    kinds = tuple(kind for kind in KINDS if by_kind[kind])
    alternatives = "|".join(
        f"(?P<{kind}>{'|'.join(f'(?:{p})' for p in by_kind[kind])})" for kind in kinds
    )
    # A pattern that can never match keeps ``classify`` simple when no data exists.
    combined = f"{_LEAD}(?:{alternatives}){_TRAIL}" if kinds else r"(?!)"
    return BoilerplatePatterns(
        line=re.compile(combined, re.IGNORECASE), kinds=kinds, metadata=tuple(metadata)
    )


def load_patterns(languages: Iterable[str] | None = None) -> BoilerplatePatterns:
    """Load and compile the boilerplate files of ``languages`` (default: every language)."""
    names = data_languages("boilerplate") if languages is None else list(languages)
    files: dict[str, dict[str, Any]] = {}
    for lang in names:
        content = load_lang_data("boilerplate", lang)
        if content is not None:
            files[f"data/lang/{lang}/boilerplate.yaml"] = content
    return compile_patterns(files)
