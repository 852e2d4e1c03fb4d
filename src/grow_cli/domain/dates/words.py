"""The one table of month names, weekday names and number words, for every date phrase grow reads.

Deadlines ("by 9 Feb", "in two weeks") and past dates ("fourteen days ago") both read numbers and
names from here, so a word one of them knows the other knows too. The tables and the regular
expression fragments made from them are plain strings; nothing here compiles a pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

MONTHS: Final = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
WEEKDAYS: Final = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "weds": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip
NUMBER_WORDS: Final = {
    "a couple of": 2, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "forty-five": 45, "sixty": 60,
    "ninety": 90,
}  # fmt: skip


def alternation(words: Iterable[str]) -> str:
    """A regular expression alternative of `words`, any run of whitespace matching their spaces."""
    # Longest first so that "sept" is tried before "sep" and "a couple of" before "a".
    names = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)


# The names a slip of the keyboard is read back to (`typos.py`): every weekday, every month of
# five letters or more (a slip in "may" or "june" would only make another word) and "tomorrow".
FULL_NAMES: Final = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "august", "september", "october", "november", "december",
    "tomorrow",
)  # fmt: skip

MONTH: Final = alternation(MONTHS)
WEEKDAY_FULL: Final = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
WEEKDAY_ABBR: Final = "mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun"
NUMBER_WORD: Final = alternation(NUMBER_WORDS)

# Every name in MONTHS and WEEKDAY_ABBR starts with its first three letters, so any match of
# MONTH holds one of these stems, and any match of WEEKDAY_ABBR one of the others (the words
# a LazyPattern needs).
MONTH_STEMS: Final = tuple(dict.fromkeys(name[:3] for name in MONTHS))
WEEKDAY_STEMS: Final = tuple(dict.fromkeys(name[:3] for name in WEEKDAY_ABBR.split("|")))


def number(word: str) -> int:
    """The count a matched number means: digits, or a word of NUMBER_WORDS in any spacing."""
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS[" ".join(word.split())]
