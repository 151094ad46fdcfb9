"""Walking a parsed sentence: children, ancestors, clauses and noun phrases.

Tokens carry their head as an index into the sentence (see ``models.Token``);
these helpers answer the questions argument attachment asks of the tree.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from eventwire.models import Sentence, Span, Token

__all__ = ["Tree"]

# Dependency labels that open a new clause (Universal Dependencies, as spaCy's
# French and English models emit them): a trigger's clause is found by climbing
# until one of these. Relative clauses are not among them: "killed by a drone
# that struck their car" is one incident told in two verbs.
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "parataxis", "xcomp", "csubj", "conj"})
# Children that do not belong in a noun phrase naming an actor: clauses,
# appositions, punctuation, coordination, and counts (« au moins 42 civils » is
# the actor "civils"; the count is the toll's).
NP_EXCLUDE = frozenset(
    {"acl", "acl:relcl", "relcl", "appos", "punct", "cc", "conj", "parataxis", "advcl",
     "ccomp", "dep", "nummod", "advmod"}
)  # fmt: skip
NP_MAX_TOKENS = 10  # a longer noun phrase is cut at its head's right: actor names are short
DETERMINER_POS = frozenset({"DET", "ADP", "PUNCT", "CCONJ"})


class Tree:
    """Navigation over one parsed sentence."""

    def __init__(self, sentence: Sentence) -> None:
        self.sentence = sentence
        self.tokens: Sequence[Token] = sentence.tokens
        self.children: list[list[int]] = [[] for _ in self.tokens]
        for i, token in enumerate(self.tokens):
            if token.head != i:
                self.children[token.head].append(i)

    def ancestors(self, i: int) -> Iterator[int]:
        """Heads of ``i`` up to the root, nearest first."""
        seen = {i}
        while (head := self.tokens[i].head) not in seen:
            seen.add(head)
            yield head
            i = head

    def clause_root(self, i: int) -> int:
        """The token heading the clause ``i`` belongs to."""
        while self.tokens[i].dep not in CLAUSE_DEPS or (
            self.tokens[i].dep == "conj" and self.tokens[i].pos not in ("VERB", "AUX")
        ):
            head = self.tokens[i].head
            if head == i:
                break
            i = head
        return i

    def clause_tokens(self, root: int) -> list[int]:
        """Tokens of the clause headed by ``root``, without the clauses nested in it."""
        found, stack = [], [root]
        while stack:
            i = stack.pop()
            found.append(i)
            stack.extend(c for c in self.children[i] if self.clause_root(c) == root)
        return sorted(found)

    def joined(self, a: int, b: int) -> bool:
        """Whether clauses headed by ``a`` and ``b`` are linked (one heads the other)
        or sisters (one head)."""
        ha, hb = self.tokens[a].head, self.tokens[b].head
        return ha == b or hb == a or (ha == hb and a != ha)

    def subtree(self, i: int, exclude: frozenset[str] = frozenset()) -> list[int]:
        """``i`` and its descendants, skipping children whose dependency is in ``exclude``."""
        found, stack = [], [i]
        while stack:
            j = stack.pop()
            found.append(j)
            stack.extend(c for c in self.children[j] if self.tokens[c].dep not in exclude)
        return sorted(found)

    def word(self, i: int) -> str:
        """The token's text with its fixed multiword parts (« d'abord »), lower-cased."""
        text = self.tokens[i].text
        for part in self.child(i, "fixed"):
            glue = "" if text.endswith(("'", "’")) else " "
            text += glue + self.tokens[part].text
        return text.lower()

    def child(self, i: int, *deps: str) -> list[int]:
        """Children of ``i`` with one of ``deps`` (a prefix match: "nsubj" finds "nsubj:pass")."""
        return [
            c
            for c in self.children[i]
            if self.tokens[c].dep.split(":")[0] in deps or self.tokens[c].dep in deps
        ]

    def case_of(self, i: int) -> str:
        """The preposition introducing ``i`` ("à", "près de", "according to"), lower-cased."""
        marks = [c for c in self.children[i] if self.tokens[c].dep in ("case", "mark", "prep")]
        if not marks:
            if self.tokens[i].dep == "pobj":  # English: the preposition is the head
                head = self.tokens[i].head
                words = [self.tokens[head].text]
                words[:0] = [
                    self.tokens[c].text
                    for c in self.children[head]
                    if self.tokens[c].dep in ("advmod", "npadvmod") and c < head
                ]
                return " ".join(words).lower()
            return ""
        start = min(marks)
        # « près de X » is parsed with « près » as the name's adverb: include it.
        before = [c for c in self.children[i]
                  if self.tokens[c].pos == "ADV" and c == start - 1]  # fmt: skip
        start = before[0] if before else start
        case = " ".join(self.tokens[c].text for c in range(start, max(marks) + 1)).lower()
        head = self.tokens[i].head
        if self.tokens[head].pos == "ADV" and head < i:
            # « près de Daqouq »: the parse hangs the name under the adverb.
            return f"{self.tokens[head].text.lower()} {case}"
        return case

    def phrase(self, i: int) -> Span | None:
        """The span of the noun phrase headed by ``i``, trimmed of determiners and clauses."""
        members = self.subtree(i, NP_EXCLUDE)
        # A hyphen written inside a word belongs to it ("al Qaeda-linked militants"), and
        # brackets inside the phrase to it: "Allied Democratic Forces (ADF) rebels".
        # A name written with a slash is one, however parsed: "AFC/M23" read as "AFC and M23".
        slashed = [
            k
            for j in range(1, len(self.tokens) - 1)
            if self.tokens[j].text == "/" and j - 1 in members and self._touching(j)
            for k in (j, j + 1)
        ]
        members = [*members, *slashed]
        members = sorted(
            {*members, *(j for j in range(1, len(self.tokens) - 1) if self._joins(j, members))}
        )
        # Keep the contiguous run around the head only.
        left = right = members.index(i)
        while left > 0 and members[left - 1] == members[left] - 1:
            left -= 1
        while right + 1 < len(members) and members[right + 1] == members[right] + 1:
            right += 1
        run = members[left : right + 1]
        while run and run[0] != i and self.tokens[run[0]].pos in DETERMINER_POS:
            run = run[1:]
        while run and run[-1] != i and self.tokens[run[-1]].pos in DETERMINER_POS:
            run = run[:-1]
        if len(run) > NP_MAX_TOKENS:
            at = run.index(i)
            run = run[max(0, at - NP_MAX_TOKENS // 2) : at + NP_MAX_TOKENS // 2]
        if not run:
            return None
        return Span(self.tokens[run[0]].start, self.tokens[run[-1]].end)

    def _touching(self, j: int) -> bool:
        """True when token ``j`` is written with no space on either side."""
        before, token, after = self.tokens[j - 1], self.tokens[j], self.tokens[j + 1]
        return before.end == token.start and token.end == after.start

    def _joins(self, j: int, members: Sequence[int]) -> bool:
        """True when ``j`` is a hyphen touching two members, or a bracket between two."""
        if j - 1 not in members or j + 1 not in members:
            return False
        text = self.tokens[j].text
        return text in ("(", ")") or (text in ("-", "‑") and self._touching(j))

    def name_span(self, i: int) -> Span:
        """The proper name around ``i``: its named-entity run, or its flat/compound PROPN run."""
        tokens = self.tokens
        if tokens[i].ent_type:
            left = right = i
            while left > 0 and tokens[left - 1].ent_type == tokens[i].ent_type:
                left -= 1
            while right + 1 < len(tokens) and tokens[right + 1].ent_type == tokens[i].ent_type:
                right += 1
        else:
            parts = [
                i,
                *(
                    c
                    for c in self.children[i]
                    if tokens[c].dep in ("flat", "flat:name", "compound")
                    and tokens[c].pos == "PROPN"
                ),
            ]
            left, right = min(parts), max(parts)
        # Words joined by hyphens with no space are one name whatever the parse
        # ("Qala-e-Bakhtiar", « Deir el-Balah »).
        while (
            right + 2 < len(tokens)
            and tokens[right + 1].text == "-"
            and (tokens[right].end == tokens[right + 1].start == tokens[right + 2].start - 1)
        ):
            right += 2
        while (
            left >= 2
            and tokens[left - 1].text == "-"
            and (tokens[left - 2].end == tokens[left - 1].start == tokens[left].start - 1)
        ):
            left -= 2
        return Span(tokens[left].start, tokens[right].end)
