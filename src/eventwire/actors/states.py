"""Every country's military and police forces, generated from one table of facts.

``data/actors/states.yaml`` gives, per country (ISO alpha-2): ACLED's country
name, the regime period ACLED writes after "Military Forces of <country>" (empty
for countries it names without one), earlier periods with the day each ended,
and the country's demonyms per language, inflected in the order that language's
``data/lang/<iso>/forces.yaml`` names its forms. That file's templates, filled
with the forms, are the forces' aliases ("{adj} troops" -> "Nigerian troops",
« policiers {mp} » -> « policiers haïtiens »): a country is one line of facts,
and a language one file of patterns, instead of fifty hand-written aliases each.
A country whose forces another actor file already defines keeps that entry.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventwire.actors.model import Actor
from eventwire.errors import DataFileError
from eventwire.langdata import data_languages, load_lang_data

__all__ = [
    "MILITARY",
    "POLICE",
    "FormTemplates",
    "State",
    "demonyms_of",
    "load_form_templates",
    "parse_states",
    "peoples_of",
    "state_actors",
]

MILITARY = "Military Forces of"
POLICE = "Police Forces of"
_PERIOD = re.compile(r"^(?:\d{4}-(?:\d{4})?)?$")
_EXTRA = {"military": MILITARY, "police": POLICE}  # row keys of aliases no template makes
_ROW_KEYS = {"name", "of", "period", "faction", "former", *_EXTRA}


@dataclass(frozen=True, slots=True)
class State:
    """One country's row of ``states.yaml``."""

    code: str  # ISO 3166-1 alpha-2
    name: str  # ACLED's country name: "Civilians (<name>)"
    of: str  # what follows "Forces of": the name, with "the" where ACLED writes it
    period: str  # "2023-", or "" for ACLED's plain form
    faction: str = ""  # "Government of National Unity": which of rival governments
    former: tuple[tuple[str, date], ...] = ()  # earlier periods and the day each ended
    forms: Mapping[str, tuple[str, ...]] | None = None  # language -> demonym forms
    # Names no template makes ("ENDF", « FADM »): "Military Forces of" or
    # "Police Forces of" -> language -> aliases.
    extra: Mapping[str, Mapping[str, tuple[str, ...]]] | None = None

    def canonical(self, prefix: str, period: str | None = None) -> str:
        """ACLED's name of the country's forces: "Military Forces of Nigeria (2023-)"."""
        period = self.period if period is None else period
        parts = [f"{prefix} {self.of}", f"({period})" if period else "", self.faction]
        return " ".join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class FormTemplates:
    """One language's names of a country's forces (``data/lang/<iso>/forces.yaml``)."""

    forms: tuple[str, ...]  # names of the positions of a country's demonym forms
    nouns: frozenset[str]  # forms naming the people rather than qualifying its forces
    military: tuple[str, ...]
    police: tuple[str, ...]


def load_form_templates() -> dict[str, FormTemplates]:
    """Load every language's ``forces.yaml``, checking each template's placeholders."""
    out: dict[str, FormTemplates] = {}
    for lang in data_languages("forces"):
        data = load_lang_data("forces", lang) or {}
        where = f"data/lang/{lang}/forces.yaml"
        forms = tuple(str(f) for f in data["forms"])
        allowed = {*forms, "country"}
        for template in (*data["military"], *data["police"]):
            fields = {f for _, f, _, _ in string.Formatter().parse(str(template)) if f}
            if not fields or fields - allowed:
                raise DataFileError(
                    f"{where}: template {template!r} should use only {sorted(allowed)}"
                )
        out[lang] = FormTemplates(
            forms=forms,
            nouns=frozenset(str(n) for n in data.get("nouns") or ()),
            military=tuple(str(t) for t in data["military"]),
            police=tuple(str(t) for t in data["police"]),
        )
    return out


def parse_states(content: Mapping[str, Any], file: str) -> list[State]:
    """Read the ``states`` mapping of an actor file (ISO alpha-2 -> row)."""
    raw = content.get("states") or {}
    if not isinstance(raw, dict):
        raise DataFileError(f"{file}: 'states' should map ISO alpha-2 codes to rows")
    states = []
    for code, row in raw.items():
        where = f"{file}: state {code!r}"
        if not (isinstance(code, str) and len(code) == 2 and code.isupper()):
            raise DataFileError(f"{where}: not an ISO alpha-2 code")
        if not isinstance(row, dict) or not isinstance(row.get("name"), str):
            raise DataFileError(f"{where}: a row needs at least a name")
        period = str(row.get("period") or "")
        if not _PERIOD.match(period):
            raise DataFileError(f"{where}: period {period!r} is not like '2023-' or '2015-2023'")
        former = []
        for item in row.get("former") or []:
            if not (isinstance(item, list) and len(item) == 2 and isinstance(item[1], date)):
                raise DataFileError(f"{where}: former entries are [period, until date]")
            former.append((str(item[0]), item[1]))
        forms = {}
        for lang, names in row.items():
            if lang in _ROW_KEYS:
                continue
            if not (isinstance(names, list) and all(isinstance(n, str) and n for n in names)):
                raise DataFileError(f"{where}: {lang!r} should be a list of demonym forms")
            forms[lang] = tuple(names)
        extra = {prefix: _extra(where, row.get(key)) for key, prefix in _EXTRA.items()}
        states.append(
            State(
                code=code,
                name=row["name"],
                of=str(row.get("of") or row["name"]),
                period=period,
                faction=str(row.get("faction") or ""),
                former=tuple(sorted(former, key=lambda f: f[1])),
                forms=forms,
                extra=extra,
            )
        )
    return states


def _extra(where: str, value: Any) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(
        isinstance(v, list) and all(isinstance(n, str) and n for n in v) for v in value.values()
    ):
        raise DataFileError(f"{where}: military and police map languages to lists of aliases")
    return {str(lang): tuple(names) for lang, names in value.items()}


def _fill(
    state: State, templates: Mapping[str, FormTemplates], kind: str
) -> dict[str, tuple[str, ...]]:
    """The forces' aliases per language: each template filled with the country's forms."""
    out: dict[str, tuple[str, ...]] = {}
    extra = (state.extra or {}).get(kind, {})
    for lang, lang_templates in templates.items():
        forms = (state.forms or {}).get(lang, ())
        if not forms:
            out[lang] = extra.get(lang, ())
            continue
        if len(forms) != len(lang_templates.forms):
            raise DataFileError(
                f"data/actors/states.yaml: state {state.code!r}: {lang} needs the forms "
                f"{list(lang_templates.forms)}, not {list(forms)}"
            )
        values = dict(zip(lang_templates.forms, forms, strict=True))
        values["country"] = state.name
        chosen = lang_templates.military if kind == MILITARY else lang_templates.police
        filled = [t.format(**values) for t in chosen]
        out[lang] = tuple(dict.fromkeys([*filled, *extra.get(lang, ())]))
    return out


def demonyms_of(state: State, templates: Mapping[str, FormTemplates]) -> dict[str, list[str]]:
    """The adjectives naming the country, per language (not the nouns for its people)."""
    out: dict[str, list[str]] = {}
    for lang, forms in (state.forms or {}).items():
        named = templates[lang].forms if lang in templates else ()
        nouns = templates[lang].nouns if lang in templates else frozenset()
        out[lang] = list(
            dict.fromkeys(f for f, n in zip(forms, named, strict=False) if n not in nouns)
        )
    return out


def state_actors(
    states: Iterable[State], templates: Mapping[str, FormTemplates], defined: Iterable[Actor]
) -> list[Actor]:
    """The military and police forces of every state that no actor file already defines."""
    have = {a.canonical for a in defined}
    actors = []
    for state in states:
        for prefix in (MILITARY, POLICE):
            if state.canonical(prefix) in have:
                continue
            demonyms = demonyms_of(state, templates) if prefix == MILITARY else {}
            actors.append(
                Actor(
                    canonical=state.canonical(prefix),
                    inter=1,
                    country=state.code,
                    kind="state",
                    aliases=_fill(state, templates, prefix),
                    demonyms={k: tuple(v) for k, v in demonyms.items() if v},
                    former_names=tuple(
                        (state.canonical(prefix, period), until) for period, until in state.former
                    ),
                    source="data/actors/states.yaml",
                )
            )
    return actors


def peoples_of(state: State) -> tuple[str, ...]:
    """Every form naming the country's people, for victims named by nationality."""
    return tuple(dict.fromkeys(f for forms in (state.forms or {}).values() for f in forms))
