"""Dates for looking back (--since, --until): 'yesterday', '7 days ago', 'last month' or ISO.

Reads its numbers from the one table of number words (`words.py`) and counts months with the
one month arithmetic (`calendar.py`), so 'fourteen days ago' works wherever 'in fourteen days'
does and a month back from 31 March is 28 February, as a month ahead of 31 January is.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from grow_cli.domain.dates.calendar import add_units
from grow_cli.domain.dates.words import NUMBER_WORD, WEEKDAYS, number
from grow_cli.domain.patterns import LazyPattern

PAST_DATE_EXAMPLES: Final = (
    "'2026-11-01', 'yesterday', 'monday', '7 days ago', '2 weeks ago' or 'last month'"
)

_UNITS: Final = ("day", "week", "month", "year")
# Both are only ever matched against a whole phrase. A literal "ago" and a unit.
_AGO = LazyPattern(
    rf"(?P<n>\d+|{NUMBER_WORD})\s+(?P<unit>day|week|month|year)s?\s+ago",
    ("ago",),
    _UNITS,
)
# A literal "last" or "past" and a unit.
_LAST = LazyPattern(
    r"(?:the\s+)?(?:last|past)\s+(?P<unit>day|week|month|year)", ("last", "past"), _UNITS
)


def past_date(phrase: str, today: date) -> date:
    """A date for looking back: ISO 'YYYY-MM-DD', 'today', 'yesterday', 'N days/weeks/months/years
    ago' (N in digits or words: 'two', 'fourteen', 'a couple of'), 'last week/month/year' (the
    same as '1 week/month/year ago'), or a weekday ('monday': the latest Monday up to today;
    'last monday': the latest before today).

    Raises ValueError with a message for people when the phrase is none of these.
    """
    text = " ".join(phrase.casefold().split())
    if text == "today":
        return today
    if text == "yesterday":
        return today - timedelta(days=1)
    ago = _AGO.fullmatch(text)
    if ago:
        return _back(today, number(ago["n"]), ago["unit"])
    last = _LAST.fullmatch(text)
    if last:
        return _back(today, 1, last["unit"])
    weekday = _weekday_back(text, today)
    if weekday is not None:
        return weekday
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"{phrase!r} is not a date grow can look back to: use {PAST_DATE_EXAMPLES}."
        ) from None


def _weekday_back(text: str, today: date) -> date | None:
    """'monday' or 'on monday': the latest Monday up to today; 'last monday': the latest before
    today. None when the text is not a weekday."""
    words = text.removeprefix("on ").split()
    strictly_before = len(words) == 2 and words[0] == "last"
    name = words[-1] if len(words) == 1 or strictly_before else ""
    if name not in WEEKDAYS:
        return None
    back = (today.weekday() - WEEKDAYS[name]) % 7
    if back == 0 and strictly_before:
        back = 7
    return today - timedelta(days=back)


def _back(today: date, count: int, unit: str) -> date:
    try:
        return add_units(today, -count, unit)
    except (ValueError, OverflowError):
        # Further back than dates go: every note is after it.
        return date.min
