"""Regular expressions compiled on first use, and skipped when a text cannot hold a match.

Compiling is most of what importing the SMART checker and the date parser costs, on every start
of `grow smart`; a pattern made here costs nothing until a text could match it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


class LazyPattern:
    """A regular expression compiled on first use, skipped when a text lacks the words it needs.

    `needs` holds groups of literal substrings: every text the pattern can match holds at least
    one word of each group, so a text missing a whole group has no match and is not searched
    (the pattern is then never compiled). A pattern that can match the empty string must need
    nothing; a pattern with no `needs` is always searched.
    """

    __slots__ = ("_compiled", "_source", "needs")

    def __init__(self, source: str, *needs: tuple[str, ...]) -> None:
        self._source = source
        self._compiled: re.Pattern[str] | None = None
        self.needs = needs

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now, the first time)."""
        if self._compiled is None:
            self._compiled = re.compile(self._source)
        return self._compiled

    def possible(self, text: str) -> bool:
        """False when `text` lacks every word of one group of `needs`: then nothing matches."""
        return all(any(word in text for word in group) for group in self.needs)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """re.Pattern.search, or None at once when no match is possible."""
        # Only text[pos:] can hold the match (lookbehinds consume nothing).
        if self.needs and not self.possible(text[pos:] if pos else text):
            return None
        return self.compiled.search(text, pos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """re.Pattern.match, or None at once when no match is possible."""
        if self.needs and not self.possible(text[pos:endpos]):
            return None
        if endpos is None:
            return self.compiled.match(text, pos)
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """re.Pattern.fullmatch, or None at once when no match is possible."""
        return self.compiled.fullmatch(text) if self.possible(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """re.Pattern.finditer, or nothing at once when no match is possible."""
        return self.compiled.finditer(text) if self.possible(text) else iter(())

    def findall(self, text: str) -> list[str]:
        """re.Pattern.findall, or [] at once when no match is possible."""
        return self.compiled.findall(text) if self.possible(text) else []


class AnyOf:
    """Several LazyPatterns searched as one alternation: the earliest match wins (the first
    part's, when two start together). Each part is compiled only when a text could match it,
    so a long list of alternatives costs a start-up only the parts its text needs."""

    __slots__ = ("parts",)

    def __init__(self, *parts: LazyPattern) -> None:
        self.parts = parts

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The earliest match of any part, or None."""
        best: re.Match[str] | None = None
        for part in self.parts:
            found = part.search(text, pos)
            # As one alternation would: the earliest match, and at one place the first part's.
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        return best

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every match of every part, in the order they start."""
        found = [m for part in self.parts for m in part.finditer(text)]
        return iter(sorted(found, key=lambda m: (m.start(), -m.end())))
