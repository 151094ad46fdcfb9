"""Find time expressions in article text and resolve them against the publication date.

Which words name days, months and relative times is data: each language's
``data/lang/<iso>/dates.yaml`` holds name tables (weekdays, months, number words)
and templates, regular expressions with placeholders such as ``{weekday}`` whose
matches carry a kind and a fixed payload (an offset in days, a modifier). This
module knows only the calendar arithmetic, which is the same in every language.

Resolution follows ACLED's ``time_precision``: 1 the day is known, 2 within a
week, 3 the month only (coded on the 15th). A weekday is the most recent such
day on or before publication, the publication day itself when the weekdays are
equal; with the modifier ``last`` (« samedi dernier », "last Saturday") an equal
weekday means a week back, since a reporter writing on a Saturday says "today"
for that day. A night is coded on the day it began, as ACLED does: « dans la
nuit de dimanche à lundi » is the Sunday.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from eventwire.errors import DataFileError
from eventwire.langdata import data_languages, load_lang_data

__all__ = ["KINDS", "DateResolver", "ResolvedDate", "TimeExpression", "make_date_resolver"]

# Each kind, with the placeholders every pattern of that kind must hold (one of
# each inner tuple): a pattern that cannot fill its payload is a data error.
KINDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "weekday": (("weekday",),),
    "relative_day": (),  # « hier », "yesterday": fixed offset in days
    "part_of_day": (),  # « ce matin », "overnight": fixed offset in days
    "week": (),  # « la semaine dernière »: fixed offset, week precision
    "days_ago": (("number",),),
    "weeks_ago": (("number",),),
    "day_month": (("day",), ("month", "month_num")),  # becomes full_date with a year
    "month": (("month",),),
}
_OFFSET_KINDS = frozenset({"relative_day", "part_of_day", "week"})
_TEMPLATE_KEYS = frozenset({"kind", "patterns", "offset", "modifier"})
# Placeholders are lower-case words in braces, so regex quantifiers like \d{4}
# stay quantifiers.
_PLACEHOLDER = r"\{([a-z_]+)\}"
_LETTERS = r"[^\W\d_]+"
# Digit fields: loose enough to find "2024-02-31" (resolved to "no such date"),
# tight enough that "le 45 février" or a phone number is not a date.
_DIGIT_FIELDS = {"day": r"[0-3]?\d", "month_num": r"[01]?\d", "year": r"\d{4}"}
_DIGIT = "#"  # the dispatch key of a word that begins with a digit
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "’": "'"})


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression found in text, with the payload its template gives it."""

    start: int  # character offsets into the text given to find()
    end: int
    text: str
    kind: str  # a key of KINDS, or "full_date" (a day_month with a year)
    modifier: str = ""  # from the template: "last", "early", "late", "night", "mid"...
    weekday: int | None = None  # Monday 0, as date.weekday()
    offset: int | None = None  # days from publication (relative, ago and week kinds)
    day: int | None = None
    month: int | None = None
    year: int | None = None


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A calendar day for a time expression, its ACLED time_precision, and how."""

    day: date | None
    precision: int | None  # 1 exact day, 2 within a week, 3 month only (coded day 15)
    note: str  # how it was resolved, or why it is empty
    warning: str = ""


@dataclass(frozen=True, slots=True)
class _Template:
    kind: str
    regex: re.Pattern[str]
    offset: int | None
    modifier: str


@dataclass(frozen=True, slots=True)
class _Grammar:
    templates: tuple[_Template, ...]  # in data order: the earlier wins a tie
    # The templates that can begin at a word, by lead: "on " (that whole word),
    # "th" (words beginning so) or _DIGIT, each with their union to rule a word
    # out in one call. All matching is on lowered text with lower-case regexes:
    # case-sensitive alternations are several times faster than IGNORECASE.
    by_lead: dict[str, tuple[re.Pattern[str], tuple[int, ...]]]
    leads: re.Pattern[str]  # finds the next word that has a lead, naming which
    weekdays: dict[str, int]
    months: dict[str, int]
    numbers: dict[str, int]


def _norm(phrase: str) -> str:
    """Lower-case, one space between words, plain hyphens and apostrophes."""
    return " ".join(phrase.translate(_HYPHENS).lower().split())


def _alternation(phrases: Iterable[str]) -> str:
    """A regex for any of ``phrases``, longest first ("septembre" before "sept")."""
    # Table entries are plain text: a space matches any whitespace run (line
    # breaks, no-break spaces), an apostrophe ' or ’, a hyphen the typographic ones.
    return "|".join(
        r"\s+".join(
            re.escape(word).replace("'", "['’]").replace(r"\-", "[-\u2010\u2011]")
            for word in _norm(phrase).split(" ")
        )
        for phrase in sorted(phrases, key=len, reverse=True)
    )


def _table(where: str, data: Mapping[str, Any], key: str, low: int, high: int) -> dict[str, int]:
    out: dict[str, int] = {}
    for name, value in data.get(key, {}).items():
        if not isinstance(value, int) or not low <= value <= high:
            raise DataFileError(f"{where}: {key}[{name!r}] should be an integer {low}..{high}")
        if not str(name)[:1].isalnum():
            raise DataFileError(f"{where}: {key}[{name!r}] should begin with a letter or digit")
        out[_norm(str(name))] = value
    return out


def _lower_regex(src: str) -> str:
    """Lower-case the letters of regex source ``src``, leaving escapes (\\D, \\S) alone."""
    out, i = [], 0
    while i < len(src):
        step = 2 if src[i] == "\\" else 3 if src.startswith("(?P", i) else 1
        out.append(src[i : i + step] if step > 1 else src[i].lower())
        i += step
    return "".join(out)


def _lowered(text: str) -> str:
    """``text`` lower-cased, keeping every character at its offset."""
    lowered = text.lower()  # a few characters lower to two ("İ"): those stay as they are
    return lowered if len(lowered) == len(text) else "".join(c.lower()[0] for c in text)


def _lead(phrase: str, follow: str) -> str:
    """The lead of ``phrase`` followed by regex source ``follow``: whole word or prefix."""
    if phrase[:1].isdecimal():
        return _DIGIT
    word = re.split(r"\W", phrase, maxsplit=1)[0].lower()
    # Table entries are plain text: whatever follows their first word is \W.
    return word + " " if phrase[len(word) :] or _breaks(follow) else word[:2]


def _breaks(src: str) -> bool:
    """Whether a match of regex source ``src`` surely ends a word: ends or begins with \\W."""
    atom = 2 if src[:1] == "\\" else 1
    if src[atom : atom + 1] in ("?", "*") and src[0] != "(":  # ",? " may skip the comma
        return _breaks(src[:atom]) and _breaks(src[atom + 1 :])
    if src.startswith("(?:"):
        close = next((i for i, char in _top_level(src) if char == ")"), len(src))
        cuts = [-1] + [i for i, char in _top_level(src[3:close]) if char == "|"] + [close - 3]
        rest = src[close + 1 :]
        then = rest[1:] if rest[:1] in ("?", "*") else rest
        inner = all(_breaks(src[3 + a + 1 : 3 + b] + then) for a, b in itertools.pairwise(cuts))
        return inner and (then == rest or _breaks(then))
    return not src or src[0] in " ',-" or src.startswith(("\\s", "\\.", "\\-"))


def _top_level(src: str) -> list[tuple[int, str]]:
    """The ``(index, char)`` of each ``|`` at depth 0 of regex ``src`` and each group's ``)``."""
    out: list[tuple[int, str]] = []
    depth = 0
    # Escapes and character classes are skipped whole: their brackets are text.
    for token in re.finditer(r"\\.|\[(?:\\.|[^\]\\])*\]|[()|]", src):
        char = token.group()
        depth += (char == "(") - (char == ")")
        if (char == ")" and depth == 0) or (char == "|" and depth == 0):
            out.append((token.start(), char))
    return out


def _lead_keys(src: str, tables: Mapping[str, Iterable[str]], follow: str = "") -> set[str]:
    """The leads (see _Grammar.by_lead) a match of pattern ``src`` can begin with.

    A pattern must begin with a word, a placeholder, or a ``(?:...)`` group of
    them, each maybe optional: enough for every template written so far, and it
    lets find() try only the templates that can start at a given word.
    """
    cuts = [i for i, char in _top_level(src) if char == "|"]
    if cuts:
        bounds = zip([-1, *cuts], [*cuts, len(src)], strict=True)
        return set().union(*(_lead_keys(src[a + 1 : b], tables, follow) for a, b in bounds))
    if letters := re.match(_LETTERS, src):
        if src[letters.end() : letters.end() + 1] in ("?", "*", "{"):
            if len(letters[0]) < 2:
                raise ValueError("begins with an optional letter")
            return {letters[0][:-1][:2].lower()}  # "jours?": words beginning "jo"
        return {_lead(letters[0], src[letters.end() :] + follow)}
    if src.startswith("(?:"):
        close = next((i for i, char in _top_level(src) if char == ")"), len(src))
        inner, rest = src[3:close], src[close + 1 :]
    elif placeholder := re.match(_PLACEHOLDER, src):
        inner, rest = placeholder[1], src[placeholder.end() :]
    else:
        raise ValueError("should begin with a word, a {placeholder} or a (?:group) of them")
    optional = re.match(r"(?:[?*]|\{0(?:,\d*)?\})[?+]?", rest)
    after = rest[optional.end() :] if optional else rest
    if src.startswith("(?:"):
        keys = _lead_keys(inner, tables, after + follow)
    else:
        keys = {_lead(entry, after + follow) for entry in tables[inner]}
    if optional:  # the lead may be skipped: what follows can begin the match too
        keys |= _lead_keys(after, tables, follow)
    return keys


def _compile_grammar(language: str, data: Mapping[str, Any]) -> _Grammar:
    where = f"data/lang/{language}/dates.yaml"
    weekdays = _table(where, data, "weekdays", 0, 6)
    months = _table(where, data, "months", 1, 12)
    numbers = _table(where, data, "numbers", 0, 1000)
    fields = dict(_DIGIT_FIELDS)
    fields["weekday"] = fields["any_weekday"] = _alternation(weekdays)
    fields["month"] = _alternation(months)
    fields["number"] = r"\d{1,3}" + ("|" + _alternation(numbers) if numbers else "")
    tables = {name: ["0"] for name in _DIGIT_FIELDS}
    tables |= {"weekday": list(weekdays), "any_weekday": list(weekdays), "month": list(months)}
    tables["number"] = ["0", *numbers]

    def expand(pattern: str, capture: bool = True) -> str:
        def field(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in fields:
                raise DataFileError(f"{where}: unknown placeholder {{{name}}} in {pattern!r}")
            if not capture or name.startswith("any_"):
                return f"(?:{fields[name]})"
            return f"(?P<{name}>{fields[name]})"

        # Same conventions as table entries; spaces and apostrophes are
        # rewritten before the placeholders so their expansions stay intact.
        source = _lower_regex(pattern).replace(" ", r"\s+").replace("'", "['’]")
        return re.sub(_PLACEHOLDER, field, source)

    templates: list[_Template] = []
    bodies: list[str] = []
    by_lead: dict[str, list[int]] = {}
    for entry in data.get("templates", []):
        if not isinstance(entry, dict) or set(entry) - _TEMPLATE_KEYS or "patterns" not in entry:
            raise DataFileError(f"{where}: a template is {{kind, patterns, offset?, modifier?}}")
        kind, offset = entry.get("kind"), entry.get("offset")
        if kind not in KINDS:
            raise DataFileError(f"{where}: unknown template kind {kind!r}; known {sorted(KINDS)}")
        if (kind in _OFFSET_KINDS) != isinstance(offset, int):
            raise DataFileError(f"{where}: kind {kind!r} needs an integer offset iff it is fixed")
        patterns = entry["patterns"]
        if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
            raise DataFileError(f"{where}: the patterns of a {kind} template are a list of strings")
        for pattern in patterns:
            used = set(re.findall(_PLACEHOLDER, pattern))
            for needed in KINDS[kind]:
                if not used & set(needed):
                    raise DataFileError(f"{where}: {kind} pattern {pattern!r} needs {needed}")
            try:
                regex = re.compile(rf"(?<!\w)(?:{expand(pattern)})(?!\w)")
                starts = _lead_keys(pattern, tables)
            except (re.error, ValueError) as exc:
                raise DataFileError(f"{where}: bad pattern {pattern!r} ({exc})") from exc
            for lead in starts:
                by_lead.setdefault(lead, []).append(len(templates))
            templates.append(_Template(kind, regex, offset, str(entry.get("modifier", ""))))
            bodies.append(expand(pattern, capture=False))
    # A word's lead also gets the templates of its prefixes ("on " those of
    # "on" and "o"), so find() looks up one lead per word.
    for lead in [lead for lead in by_lead if lead != _DIGIT]:
        prefixes = {lead[:1], lead[:2]} - {lead}
        by_lead[lead] = sorted(set(by_lead[lead]).union(*(by_lead.get(p, ()) for p in prefixes)))
    index = {
        lead: (re.compile("|".join(f"(?:{bodies[r]})" for r in ranks)), tuple(ranks))
        for lead, ranks in by_lead.items()
    }
    words = sorted((re.escape(k[:-1]) for k in index if k.endswith(" ")), key=len, reverse=True)
    heads = sorted((re.escape(k) for k in index if k[-1] not in " #"), key=len, reverse=True)
    leads = re.compile(
        rf"(?<!\w)(?:(?P<word>{'|'.join(words) or '(?!)'})(?!\w)|{'|'.join([*heads, '(?!)'])}|\d)"
    )
    return _Grammar(tuple(templates), index, leads, weekdays, months, numbers)


class DateResolver:
    """Find time expressions per language and resolve them against a publication date."""

    def __init__(self, data: Mapping[str, Mapping[str, Any]]) -> None:
        self._grammars = {lang: _compile_grammar(lang, content) for lang, content in data.items()}

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages this resolver has data for."""
        return tuple(sorted(self._grammars))

    def find(self, text: str, language: str) -> list[TimeExpression]:
        """Return the non-overlapping time expressions of ``text``, leftmost-longest, by start."""
        grammar = self._grammars.get(language)
        found: list[TimeExpression] = []
        if grammar is None:
            return found
        by_lead, templates = grammar.by_lead, grammar.templates
        lowered = _lowered(text)
        done = 0
        for word in grammar.leads.finditer(lowered):
            start, head = word.start(), word[0]
            key = head + " " if word.lastgroup else _DIGIT if head.isdecimal() else head
            lead = by_lead.get(key)
            if start < done or lead is None or lead[0].match(lowered, start) is None:
                continue
            # The longest match wins; the earliest template in the data among equals.
            best: tuple[int, int, re.Match[str]] | None = None
            for rank in lead[1]:
                match = templates[rank].regex.match(lowered, start)
                if match is not None and (best is None or (-match.end(), rank) < best[:2]):
                    best = (-match.end(), rank, match)
            if best is not None:
                found.append(self._expression(grammar, templates[best[1]], best[2], text))
                done = best[2].end()
        return found

    @staticmethod
    def _expression(
        grammar: _Grammar, template: _Template, match: re.Match[str], text: str
    ) -> TimeExpression:
        groups = match.groupdict()
        kind, offset = template.kind, template.offset
        weekday = grammar.weekdays[_norm(groups["weekday"])] if groups.get("weekday") else None
        month = int(groups["month_num"]) if groups.get("month_num") else None
        if groups.get("month"):
            month = grammar.months[_norm(groups["month"])]
        year = int(groups["year"]) if groups.get("year") else None
        if groups.get("number"):
            word = _norm(groups["number"])
            count = int(word) if word.isdecimal() else grammar.numbers[word]
            offset = -count * (7 if kind == "weeks_ago" else 1)
        if kind == "day_month" and year is not None:
            kind = "full_date"
        return TimeExpression(
            start=match.start(),
            end=match.end(),
            text=text[match.start() : match.end()],
            kind=kind,
            modifier=template.modifier,
            weekday=weekday,
            offset=offset,
            day=int(groups["day"]) if groups.get("day") else None,
            month=month,
            year=year,
        )

    def resolve(
        self, expr: TimeExpression, published: date | None, published_precision: str | None
    ) -> ResolvedDate:
        """Resolve ``expr`` to a day and ACLED precision, never after ``published``."""
        try:
            return _resolve(expr, published, published_precision == "month")
        except (ValueError, OverflowError) as exc:
            # date() refuses 31 February or year 0; arithmetic can leave date's range.
            note = f"{expr.kind} {expr.text!r} gives no valid date ({exc})"
            return ResolvedDate(None, None, note)


def _resolve(expr: TimeExpression, published: date | None, month_only: bool) -> ResolvedDate:
    said = f"{expr.kind} {expr.text!r}"
    if expr.kind == "full_date" and expr.year and expr.month and expr.day:
        found = ResolvedDate(date(expr.year, expr.month, expr.day), 1, f"explicit date {said}")
        return _not_after(_night_start(found, expr), published, month_only)
    if expr.kind == "month" and expr.month:
        return _month(said, expr.month, expr.year, published, month_only)
    if published is None:
        return ResolvedDate(None, None, f"{said} without a publication date")
    if expr.kind == "day_month" and expr.month and expr.day:
        # A day and month without a year are in the publication year, or the
        # year before when that would put them after publication.
        later = (expr.month, 0 if month_only else expr.day) > (published.month, published.day)
        day = date(published.year - later, expr.month, expr.day)
        found = ResolvedDate(day, 1, f"{said} in the year of publication {published}")
        return _night_start(found, expr)
    if month_only:
        mid = published.replace(day=15)
        note = f"{said} is relative but only the publication month {published:%Y-%m} is known"
        return ResolvedDate(mid, 3, note + "; coded mid-month")
    if expr.kind == "weekday" and expr.weekday is not None and expr.modifier == "last_week":
        # « lundi de la semaine dernière », "on Monday last week": that weekday of the
        # calendar week (Monday to Sunday) before the publication's.
        day = published - timedelta(days=published.weekday() + 7 - expr.weekday)
        return ResolvedDate(day, 1, f"{said}: that weekday of the week before {published}")
    if expr.kind == "weekday" and expr.weekday is not None:
        back = (published.weekday() - expr.weekday) % 7
        if back == 0 and expr.modifier == "last":
            back = 7
            note = f"{said}: 'last' on the same weekday as publication {published}, a week back"
        elif back == 0:
            note = f"{said} is the weekday of publication {published}: that day"
        else:
            note = f"{said} before publication {published}"
        if expr.modifier == "night":
            note += "; a night is coded on the day it began"
        return ResolvedDate(published - timedelta(days=back), 1, note)
    if expr.offset is not None:
        precision = 2 if expr.kind in ("week", "weeks_ago") else 1
        day = published + timedelta(days=expr.offset)
        found = ResolvedDate(day, precision, f"{said}: {expr.offset:+d} days from {published}")
        return _not_after(found, published, month_only)
    return ResolvedDate(None, None, f"{said} has no payload to resolve")


def _night_start(found: ResolvedDate, expr: TimeExpression) -> ResolvedDate:
    """A night dated by the day it ended (« la nuit de mardi à mercredi 6 mars":
    modifier ``night_end``) is coded on the day before, the day it began."""
    if expr.modifier != "night_end" or found.day is None:
        return found
    note = f"{found.note}; the night ended that day and is coded on the day it began"
    return ResolvedDate(found.day - timedelta(days=1), found.precision, note, found.warning)


def _month(
    said: str, month: int, year: int | None, published: date | None, month_only: bool
) -> ResolvedDate:
    """A month alone, coded on its 15th (ACLED precision 3); needs a year or a publication."""
    if published is None:
        if year is None:
            return ResolvedDate(None, None, f"{said} without a year or a publication date")
        return ResolvedDate(date(year, month, 15), 3, f"{said}; coded mid-month")
    if year is None:
        # The publication year, or the one before when the month is still to come.
        year = published.year - (month > published.month)
    mid = date(year, month, 15)
    if not month_only and (year, month) == (published.year, published.month) and mid > published:
        # The month of publication, before its 15th: the 15th is still to come.
        return ResolvedDate(published, 3, f"{said} is the month of publication {published}")
    found = ResolvedDate(mid, 3, f"{said}; coded mid-month")
    return _not_after(found, published, month_only)


def _not_after(found: ResolvedDate, published: date | None, month_only: bool) -> ResolvedDate:
    """``found``, or the publication date with a warning when ``found`` is after it."""
    if published is None or found.day is None:
        return found
    day = found.day
    if month_only and (day.year, day.month) > (published.year, published.month):
        warning = f"resolved date {day} is after publication month {published:%Y-%m}"
        return ResolvedDate(published.replace(day=15), 3, found.note, warning + "; used it")
    if not month_only and day > published:
        warning = f"resolved date {day} is after publication {published}; used publication date"
        return ResolvedDate(published, 2, found.note, warning)
    return found


def make_date_resolver(languages: Iterable[str] | None = None) -> DateResolver:
    """Build a resolver from the packaged ``dates.yaml`` of ``languages`` (default: all)."""
    available = data_languages("dates")
    chosen = available if languages is None else [lang for lang in languages if lang in available]
    data = {lang: load_lang_data("dates", lang) for lang in chosen}
    return DateResolver({lang: content for lang, content in data.items() if content is not None})
