"""Find quantities in news text: counts in digits or words, bounds, ranges, vague amounts.

:class:`QuantityFinder` reads « au moins six », "between five and eight",
« des dizaines », "2,500" or « aucun » as a :class:`Quantity` with a best value
and the UCDP-style ``low``/``high`` bounds around it; it does not decide what is
counted (a casualty word next to it is the extractor's call). Language knowledge
is in ``data/lang/<iso>/numbers.yaml``; written-out numbers are read by text2num
word run by word run (not ``alpha2digit``: it rewrites the text, losing spans, and
its threshold leaves « un »/"one" as words, losing « un soldat tué »).

Conventions (ACLED codes the most conservative figure a report supports):

* a bound is coded as stated: "more than 20" is value 20, low 20, high None
  (ACLED codes the figure given; UCDP's strict low of 21 would put the best
  value below its own low bound); "up to 8" is value 8, low None, high 8;
* a range codes its low end: « entre 5 et 8 » is value 5, low 5, high 8;
* vague plurals take ACLED's values, which are also the floor ("tens" 10,
  "dozens" 12, "scores" 20, "hundreds" 100), with no upper bound; "about N"
  collectives (« une dizaine », "a dozen") and approximations (« près de »,
  "nearly", "about") keep the value and leave low and high unknown: « près de »
  is a hedge in news copy, not an upper bound;
* « un »/« une »/"one" are the numeral 1 (French has no other way to write « un
  soldat tué »); the English article "a"/"an" counts only before a scale word
  ("a hundred"), so "a bomb" is no quantity;
* digits: a separator (. , space, U+00A0, U+202F) followed by exactly three
  digits groups thousands in every language (« 2.500 », "2,500", « 2 500 »);
  any other fraction ("2.5", « 1,5 ») is no count and is skipped unless a scale
  word follows (« 1,5 million »); times ("10:30", « 14h30 »), dates ("14/03"),
  percentages, identifiers ("M23", "F-16") and compounds ("20-year-old") are
  skipped; a 4-digit 1900-2100 number after a year word or month is a year, a
  1-31 number next to a month is a day; a digit string over 18 digits (beyond a
  64-bit column) is skipped, any smaller absurd value is returned as is; a run
  of over 100 characters without whitespace (a URL, encoded data) is skipped.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Generic, NamedTuple, TypeVar

from text_to_num import text2num

from eventwire.errors import DataFileError
from eventwire.langdata import data_languages, load_lang_data

__all__ = ["Quantity", "QuantityFinder", "make_quantity_finder"]

# 18 digits stay below the signed 64-bit INTEGER maximum of SQLite and Postgres;
# longer digit strings are skipped before int() (and its 4,300-digit limit).
MAX_DIGITS = 18
MAX_VALUE = 10**MAX_DIGITS - 1
# The longest count we expect written out, "one million two hundred thousand
# and five", is 7 words; 8 bounds text2num's work on a long run of number words.
MAX_NUMBER_WORDS = 8
# No number word is this long (« quatre-vingt-dix-sept » has 21 characters).
MAX_WORD_CHARS = 40
YEARS = range(1900, 2101)
DAYS = range(1, 32)
# Values text2num gives a scale word: "a hundred", « 2 millions », "1.5 million".
SCALES = frozenset({100, 1000, 10**6, 10**9})
DIGIT_SCALES = SCALES - {100}  # « 2 cents » is rarer as 200 than as money
# Dashes joining two digit numbers into a range ("5-8", "5–8") in every language.
DASHES = frozenset("-\u2010\u2011\u2013\u2014")
# Possessive quantifiers and an atomic group keep the scan linear: nothing
# backtracks into what it matched. A whitespace-free run longer than 100
# characters is one barrier token: the longest thing we read without a space is
# a digit group or a hyphenated number word (under 40 characters), so such a run
# is a URL, a hash or encoded data, and skipping it bounds the work on it.
TOKEN_PATTERN = r"""
(?P<blob>(?<!\S)\S{101,}+)
|(?P<other>\d++(?:[-/\u2010\u2011\u2013\u2014]\d++){2,}+)  # "2024-03-14", "555-123-4567"
|(?P<num>(?P<int>(?>\d{1,3}(?P<sep>[.,\u00a0\u202f\x20])\d{3}(?!\d)(?:(?P=sep)\d{3}(?!\d))*+
    |\d++))(?P<frac>(?:[.,:/]\d++)++)?)
|(?P<word>[^\W\d_]++(?:-[^\W\d_]++)*+['’ʼ]?)
|(?P<punct>[^\w\s]|_)
"""

Phrase = tuple[str, ...]
V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity found in text: its span, best value and credible bounds."""

    start: int
    end: int
    text: str  # text[start:end], the whole expression including « au moins »
    value: int  # best, conservative value (see the module docstring)
    low: int | None  # smallest credible value; None = unknown
    high: int | None  # largest credible value; None = unbounded or unknown
    vague: bool = False  # a conventional value for a word: « des dizaines », "scores"
    approximate: bool = False  # hedged: « près de », "about"


class _Token(NamedTuple):  # a tuple: built for every token, so built cheaply
    start: int
    end: int
    text: str
    norm: str  # lower case, typographic apostrophes straightened
    kind: str  # "num" (a count or decimal in digits), "word", "other"
    number: int | Fraction = 0  # "num" only: Fraction for a decimal ("2.5")
    plain: bool = False  # digits without separators: a candidate year, day or hour


@dataclass(frozen=True, slots=True)
class _Core:
    """A number, range, vague amount, zero or date, before any qualifier."""

    end: int  # token index after it
    value: int
    low: int | None
    high: int | None
    vague: bool = False
    is_range: bool = False
    zero: bool = False
    count: bool = True  # False: a date or year, which claims its tokens but is no count


class _Phrases(Generic[V]):
    """Phrases (normalised token tuples) with a value, indexed by first token."""

    __slots__ = ("_lengths", "_values")

    def __init__(self, values: Mapping[Phrase, V]) -> None:
        self._values = dict(values)
        self._lengths: dict[str, list[int]] = {}
        for phrase in sorted(self._values, key=len, reverse=True):
            self._lengths.setdefault(phrase[0], []).append(len(phrase))

    def match(self, tokens: Sequence[_Token], i: int) -> tuple[V, int] | None:
        """The value of the longest phrase at token ``i``, and the token index after it."""
        lengths = self._lengths.get(tokens[i].norm) if i < len(tokens) else None
        for n in lengths or ():
            key = tuple(t.norm for t in tokens[i : i + n])
            if len(key) == n and key in self._values:
                return self._values[key], i + n
        return None


@dataclass(frozen=True, slots=True)
class _Lexicon:
    language: str
    prefixes: _Phrases[str]  # "lower" | "upper" | "approx"
    suffixes: _Phrases[str]
    amounts: _Phrases[_Core]  # zero, collectives, plural collectives (end unset)
    openers: _Phrases[Phrase]  # opener -> the phrase joining the range's two ends
    joins: _Phrases[bool]
    joiners: frozenset[str]
    articles: frozenset[str]
    multipliers: dict[str, int]  # "two dozen": 24
    not_numbers: frozenset[str]
    year_words: frozenset[str]
    months: frozenset[str]  # lower-case entries: match in any case
    exact_months: frozenset[str]  # capitalised entries match only as written ("May")


def _normalise(text: str) -> str:
    return text.lower().replace("’", "'").replace("ʼ", "'")


def _is_year(token: _Token) -> bool:
    return token.plain and token.number in YEARS


class QuantityFinder:
    """Find quantities in text with each language's ``numbers.yaml`` data."""

    def __init__(self, data: Mapping[str, dict[str, Any]]) -> None:
        self._token_re = re.compile(TOKEN_PATTERN, re.VERBOSE)
        self._decimal_re = re.compile(r"[.,]\d+")
        self._lexicons = {lang: self._compile(lang, content) for lang, content in data.items()}

    def find(self, text: str, language: str) -> list[Quantity]:
        """Return the quantities in ``text``, non-overlapping, sorted by start."""
        lex = self._lexicons.get(language)
        if lex is None:
            return []
        tokens = self._tokenize(text)
        words: dict[str, int | None] = {}  # text2num answers, for this call only
        found = [
            (i, end, core, qualifier)
            for i in range(len(tokens))
            if tokens[i].kind != "other"
            for end, core, qualifier in self._candidates(lex, tokens, i, words)
        ]
        # Longest expression (in characters) wins; among equals the earlier one.
        found.sort(key=lambda c: (tokens[c[0]].start - tokens[c[1] - 1].end, c[0]))
        taken = bytearray(len(tokens))
        kept: list[Quantity] = []
        for first, end, core, qualifier in found:
            if any(taken[first:end]):
                continue
            taken[first:end] = b"\x01" * (end - first)
            if core.count:
                start, stop = tokens[first].start, tokens[end - 1].end
                kept.append(_quantity(text, start, stop, core, qualifier))
        return sorted(kept, key=lambda q: q.start)

    def _phrase(self, text: str) -> Phrase:
        return tuple(t.norm for t in self._tokenize(text))

    def _compile(self, language: str, content: Mapping[str, Any]) -> _Lexicon:
        where = f"data/lang/{language}/numbers.yaml"

        def phrases(key: str) -> list[Phrase]:
            items = content.get(key, [])
            if not all(isinstance(p, str) and self._phrase(p) for p in items):
                raise DataFileError(f"{where}: {key!r} should list words or phrases")
            return [self._phrase(p) for p in items]

        def values(key: str) -> dict[Phrase, int]:
            items = content.get(key, {})
            if not all(type(v) is int and v >= 0 for v in items.values()):
                raise DataFileError(f"{where}: {key!r} should map phrases to counts")
            return {self._phrase(str(p)): v for p, v in items.items()}

        def words(key: str) -> frozenset[str]:
            return frozenset(p[0] for p in phrases(key))

        prefixes = dict.fromkeys(phrases("lower_bounds"), "lower")
        prefixes.update(dict.fromkeys(phrases("upper_bounds"), "upper"))
        prefixes.update(dict.fromkeys(phrases("approximate"), "approx"))
        amounts = {p: _Core(0, v, None, None, True) for p, v in values("collectives").items()}
        plurals = values("plural_collectives")
        amounts.update({p: _Core(0, v, v, None, True) for p, v in plurals.items()})
        amounts.update(dict.fromkeys(phrases("zero"), _Core(0, 0, 0, 0, zero=True)))
        opening = content.get("range_openers", {}).items()
        openers = {self._phrase(str(k)): self._phrase(str(v)) for k, v in opening}
        if not all(k and v for k, v in openers.items()):
            raise DataFileError(f"{where}: 'range_openers' should map words to words")
        months = [str(m) for m in content.get("months", [])]
        return _Lexicon(
            language=language,
            prefixes=_Phrases(prefixes),
            suffixes=_Phrases(dict.fromkeys(phrases("lower_bounds_after"), "lower")),
            amounts=_Phrases(amounts),
            openers=_Phrases(openers),
            joins=_Phrases(dict.fromkeys(phrases("range_joins"), True)),
            joiners=words("number_joiners"),
            articles=words("scale_articles"),
            multipliers={p[0]: v for p, v in values("multipliers").items()},
            not_numbers=words("not_numbers"),
            year_words=words("year_words"),
            months=frozenset(_normalise(m) for m in months if m == m.lower()),
            exact_months=frozenset(m for m in months if m != m.lower()),
        )

    def _tokenize(self, text: str) -> list[_Token]:
        tokens: list[_Token] = []
        for m in self._token_re.finditer(text):
            start, end = m.span()
            if m.lastgroup == "num":
                tokens.append(self._digits(text, m))
            else:
                kind = "word" if m.lastgroup == "word" else "other"
                tokens.append(_Token(start, end, m[0], _normalise(m[0]), kind))
        return tokens

    def _digits(self, text: str, m: re.Match[str]) -> _Token:
        start, end = m.span()
        digits = "".join(ch for ch in m["int"] if ch.isdigit()) if m["sep"] else m["int"]
        before, after = text[max(start - 2, 0) : start], text[end : end + 2]
        attached = (
            before[-1:].isalnum()  # "M23", "A320"
            or (before[-1:] in DASHES and before[:1].isalpha())  # "F-16", "COVID-19"
            or after[:1].isalpha()  # "10th", « 1er », « 14h30 »
            or (after[:1] in DASHES and after[1:].isalpha())  # "20-year-old"
            or text[end : end + 3].lstrip(" \u00a0\u202f")[:1] in ("%", "‰", "°")
        )
        frac = m["frac"]
        if attached or len(digits) > MAX_DIGITS or (frac and not self._decimal_re.fullmatch(frac)):
            return _Token(start, end, m[0], m[0], "other")  # times, dates, ids: a barrier
        number = Fraction(f"{digits}.{frac[1:]}") if frac else int(digits)
        return _Token(start, end, m[0], m[0], "num", number, plain=not (m["sep"] or frac))

    def _candidates(
        self, lex: _Lexicon, tokens: Sequence[_Token], i: int, words: dict[str, int | None]
    ) -> Iterator[tuple[int, _Core, str]]:
        """Every expression starting at token ``i``: ``(end, core, qualifier)``."""
        core = self._core(lex, tokens, i, words)
        if core is not None:
            yield core.end, core, ""
            after = lex.suffixes.match(tokens, core.end)
            if after is not None and core.count and not (core.zero or core.is_range):
                yield after[1], core, after[0]
        before = lex.prefixes.match(tokens, i) if tokens[i].kind == "word" else None
        if before is not None:
            core = self._core(lex, tokens, before[1], words)
            if core is not None and core.count and not core.zero:
                yield core.end, core, before[0]

    def _core(
        self, lex: _Lexicon, tokens: Sequence[_Token], i: int, words: dict[str, int | None]
    ) -> _Core | None:
        """The number, range, vague amount, zero or date at token ``i``."""
        word = tokens[i].kind == "word"
        amount = lex.amounts.match(tokens, i) if word else None
        if amount is not None:
            return dataclasses.replace(amount[0], end=amount[1])
        opener = lex.openers.match(tokens, i) if word else None
        first = self._number(lex, tokens, opener[1] if opener else i, words)
        if first is None:
            return None
        value, end = first
        joined = self._join(lex, tokens, end, opener[0] if opener else None)
        second = self._number(lex, tokens, joined, words) if joined is not None else None
        if second is not None and value < second[0]:
            years = _is_year(tokens[end - 1]) and _is_year(tokens[second[1] - 1])
            return _Core(second[1], value, value, second[0], is_range=True, count=not years)
        if opener is not None:
            return None  # « la mort de 5 soldats »: « de » opened no range
        date = end == i + 1 and self._is_date(lex, tokens, i)
        return _Core(end, value, value, value, count=not date)

    @staticmethod
    def _join(lex: _Lexicon, tokens: Sequence[_Token], k: int, join: Phrase | None) -> int | None:
        """The token index after the word joining a range's ends at ``k``, if any."""
        if join is not None:
            return (
                k + len(join) if tuple(t.norm for t in tokens[k : k + len(join)]) == join else None
            )
        found = lex.joins.match(tokens, k)
        if found is not None:
            return found[1]
        digits = k + 1 < len(tokens) and tokens[k - 1].kind == tokens[k + 1].kind == "num"
        return k + 1 if digits and tokens[k].text in DASHES else None

    def _number(
        self, lex: _Lexicon, tokens: Sequence[_Token], i: int, words: dict[str, int | None]
    ) -> tuple[int, int] | None:
        """A count at token ``i`` in digits or words, and the token index after it."""
        found = self._count(lex, tokens, i, words)
        if found is None or found[1] >= len(tokens):
            return found
        times = lex.multipliers.get(tokens[found[1]].norm)  # "two dozen", « trois douzaines »
        return (found[0] * times, found[1] + 1) if times else found

    def _count(
        self, lex: _Lexicon, tokens: Sequence[_Token], i: int, words: dict[str, int | None]
    ) -> tuple[int, int] | None:
        if i >= len(tokens):
            return None
        tok = tokens[i]
        scale = self._word_value(lex, tokens[i + 1], words) if i + 1 < len(tokens) else None
        if tok.kind == "num":
            if scale in DIGIT_SCALES and scale is not None:
                product = tok.number * scale
                if product.denominator == 1 and product <= MAX_VALUE:
                    return int(product), i + 2
            return (int(tok.number), i + 1) if tok.number.denominator == 1 else None
        if tok.norm in lex.articles:  # "a hundred", never "a soldier"
            return self._count(lex, tokens, i + 1, words) if scale in SCALES else None
        run_end = k = i
        while k < len(tokens) and k - i < MAX_NUMBER_WORDS:
            if self._word_value(lex, tokens[k], words) is not None:
                run_end = k = k + 1
            elif k > i and tokens[k].norm in lex.joiners:
                k += 1
            else:
                break
        for end in range(run_end, i, -1):
            value = self._text2num(" ".join(t.norm for t in tokens[i:end]), lex.language, words)
            if value is not None:
                return value, end
        return None

    def _word_value(self, lex: _Lexicon, token: _Token, words: dict[str, int | None]) -> int | None:
        if (
            token.kind != "word"
            or len(token.norm) > MAX_WORD_CHARS
            or token.norm in lex.not_numbers
        ):
            return None
        return self._text2num(token.norm, lex.language, words)

    @staticmethod
    def _text2num(phrase: str, language: str, words: dict[str, int | None]) -> int | None:
        if phrase not in words:
            try:
                value: int | None = int(text2num(phrase, language))
            except ValueError:  # text2num's answer to "not a number"
                value = None
            words[phrase] = value if value is None or value <= MAX_VALUE else None
        return words[phrase]

    @staticmethod
    def _is_date(lex: _Lexicon, tokens: Sequence[_Token], i: int) -> bool:
        """Whether the plain digits at ``i`` are a year, a day of a month or an hour."""
        value = tokens[i].number
        if not tokens[i].plain or (value not in DAYS and value not in YEARS):
            return False
        near = [tokens[k] if 0 <= k < len(tokens) else None for k in range(i - 3, i + 2)]
        b1, nxt = (t.norm if t else "" for t in (near[2], near[4]))
        day2 = near[1] is not None and near[1].plain and near[1].number in DAYS
        month = [
            t is not None and (t.norm in lex.months or t.text in lex.exact_months) for t in near
        ]
        if nxt == "h" or (b1 == "h" and day2):
            return True  # « à 9 h », « 14 h 30 » (« 14h30 » is caught as attached digits)
        month_before = month[2] or (b1 == "." and month[1])  # "Jan. 14"
        if value in DAYS:
            return month_before or month[4]
        # « en 2024 », « mars 2024 », "March 14, 2024"
        return month_before or b1 in lex.year_words or (b1 == "," and day2 and month[0])


def _quantity(text: str, start: int, end: int, core: _Core, qualifier: str) -> Quantity:
    low, high = core.low, core.high
    if qualifier == "lower":
        low, high = core.value, None
    elif qualifier == "upper":
        low, high = None, core.value if core.high is None else core.high
    elif qualifier == "approx" and not core.is_range:
        low = high = None
    vague, approximate = core.vague, qualifier == "approx"
    return Quantity(start, end, text[start:end], core.value, low, high, vague, approximate)


def make_quantity_finder(languages: Iterable[str] | None = None) -> QuantityFinder:
    """Build a finder for ``languages`` (default: every language with ``numbers.yaml``)."""
    wanted = data_languages("numbers") if languages is None else languages
    data = {lang: found for lang in wanted if (found := load_lang_data("numbers", lang))}
    return QuantityFinder(data)
