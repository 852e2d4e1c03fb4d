"""Weekday and month names typed wrong ("Wendesday", "febuary", "tommorow"), read as the name meant.

A word of five letters or more that is no name is compared with the names that start with its
letter (a slip rarely hits the first one, and the check stays cheap). One edit away (a letter
missing, added, changed, or two letters swapped) is a slip for names of up to six letters, two
edits for longer ones; the nearest name wins, and a word as near to two ("tursday") is read as
neither. English words that close to a name ("match", "sundry") are left alone.

The patterns then run on the text with the names put right; `Fixed` maps every offset in it back
to the words as typed, so the phrase people see and the spans other checks mask are theirs.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from functools import lru_cache
from typing import Final

from grow_cli.domain.dates.words import FULL_NAMES

# A word is looked at when it has five to eleven letters: the names run from five ("march") to
# nine ("wednesday") letters and a slip may add two. Found by splitting, not with a pattern:
# every text is looked at, and compiling one would cost each start of `grow smart`.
_SHORTEST, _LONGEST = 5, 11
_AROUND: Final = "\"'()[]{}<>,.;:!?*_/\\|-–—‘’“”…"

# English words (from a dictionary of American English) within reach of a name under the rule
# above, and a name people are called ("Sundar"); plurals of names ("fridays") are names to the
# patterns, so they are left alone too.
_REAL_WORDS: Final = frozenset(
    (
        "augusta", "deceiver", "jaguar", "jaguars", "marci", "marco", "marcy", "marsh", "match",
        "nonmember", "sturdy", "sundae", "sundar", "sundas", "sundry",
    )
)  # fmt: skip
_KNOWN: Final = frozenset((*FULL_NAMES, *(name + "s" for name in FULL_NAMES), *_REAL_WORDS))
_BY_LETTER: Final = {
    letter: tuple(name for name in FULL_NAMES if name[0] == letter)
    for letter in {name[0] for name in FULL_NAMES}
}


def _distance(word: str, name: str, limit: int) -> int:
    """Edits from `word` to `name` (a swap of two neighbours counts as one), or limit + 1 once
    over `limit`."""
    if abs(len(word) - len(name)) > limit:
        return limit + 1
    before: list[int] = []
    previous = list(range(len(name) + 1))
    for i in range(1, len(word) + 1):
        current = [i] + [0] * len(name)
        for j in range(1, len(name) + 1):
            cost = word[i - 1] != name[j - 1]
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and word[i - 1] == name[j - 2] and word[i - 2] == name[j - 1]:
                value = min(value, before[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return previous[-1]


def _bare(token: str) -> str:
    """A token without the marks around it, nor a possessive ("thrusday's" is "thrusday")."""
    word = token.strip(_AROUND)
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _candidate_words(low: str) -> Iterator[str]:
    """Each word of `low` that could be a slip for a name, without its place."""
    for token in low.split():
        if len(token) >= _SHORTEST:
            word = _bare(token)
            if _SHORTEST <= len(word) <= _LONGEST and word.isascii() and word.isalpha():
                yield word


def _words(low: str) -> Iterator[tuple[int, int, str]]:
    """Each word of `low` that could be a slip for a name, with where it starts and ends."""
    position = 0
    for token in low.split():
        start = low.find(token, position)
        position = start + len(token)
        word = _bare(token)
        if _SHORTEST <= len(word) <= _LONGEST and word.isascii() and word.isalpha():
            start += token.find(word)
            yield start, start + len(word), word


@lru_cache(maxsize=1024)
def meant(word: str) -> str | None:
    """The weekday or month name (or 'tomorrow') `word` is a slip for, or None."""
    if len(word) < _SHORTEST or word in _KNOWN:
        return None
    best: str | None = None
    fewest = 3
    for name in _BY_LETTER.get(word[0], ()):
        limit = 1 if len(name) <= 6 else 2
        edits = _distance(word, name, limit)
        # The nearest name: "thusday" is a slip for Thursday, though Tuesday is two edits away.
        # One as near as another ("tursday") is no guess to make: neither is read.
        if edits <= limit and edits <= fewest:
            best = name if edits < fewest else None
            fewest = edits
    return best


class Fixed:
    """A folded text with its slips put right, and the way back to the offsets as typed."""

    __slots__ = ("_ends", "_spots", "text")

    def __init__(self, low: str) -> None:
        # (start in text, end in text, start as typed, end as typed, the word as typed, name)
        self._spots: list[tuple[int, int, int, int, str]] = []
        self.text = low
        self._ends: list[int] = []
        # Most texts hold no slip: looking costs a split and a cached lookup per long word.
        if not any(meant(word) for word in _candidate_words(low)):
            return
        parts: list[str] = []
        done = shift = 0
        for start, end, word in _words(low):
            name = meant(word)
            if name is None:
                continue
            parts += [low[done:start], name]
            self._spots.append((start + shift, start + shift + len(name), start, end, name))
            shift += len(name) - (end - start)
            done = end
        self.text = low if not self._spots else "".join((*parts, low[done:]))
        self._ends = [spot[0] for spot in self._spots]

    @property
    def mended(self) -> bool:
        """Whether any slip was put right (else every offset is as typed)."""
        return bool(self._spots)

    def typed(self, position: int) -> int:
        """Where `position` in the mended text is in the text as typed."""
        index = bisect.bisect_right(self._ends, position) - 1
        if index < 0:
            return position
        start, end, typed_start, typed_end, _ = self._spots[index]
        if position >= end:
            return position - end + typed_end
        return typed_start if position == start else typed_end

    def slips(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The slips mended between `start` and `end` of the mended text: where each was typed
        and the name it was read as."""
        return [(a, b, name) for s, e, a, b, name in self._spots if start <= s and e <= end]
