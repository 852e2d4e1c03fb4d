"""What every resolver is given and gives back, shared by `resolvers.py` and `periods.py`.

A resolver turns one match into a `Resolved`: the date, how specific the words were (the rank,
for two phrases that touch: "EOD Friday"), the day "before" counts back from, and a note for
people when the reading is one they should see ("read day-first from '01/12/2026'"). It sees the
folded text and a `Context` (today and the person's settings). ValueError or OverflowError means
the words name a date that does not exist; NotADate that they were no date after all;
NotTheDeadline that they are a date, but of something else.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from grow_cli.domain.dates.settings import DateSettings

# How specific a candidate is when two of them touch ("EOD Friday", "Friday, January 9").
WEAK, RELATIVE, CALENDAR = 0, 1, 2

# How a date was read, for people, and whether to ask them to confirm it. "{phrase}" (the whole
# deadline phrase, as typed) and "{match}" (the words of the date alone) are filled in later.
Note = tuple[str, bool]
# (the date, its rank, the day "before" counts back from or None to leave it, the note or None)
Resolved = tuple[date, int, date | None, Note | None]

PERIOD_NOTE: Final = "read from a period: '{{phrase}}', taken as {part}"


class Context:
    """What a resolver needs besides its match."""

    # A plain class, as in deadlines.py: a dataclass costs start-up time.
    __slots__ = ("settings", "today")

    def __init__(self, today: date, settings: DateSettings) -> None:
        self.today = today
        self.settings = settings


class NotADate(Exception):
    """The words only looked like a date."""


class NotTheDeadline(NotADate):
    """A date, but of something else (a past event, a meeting named after its day): its words
    are still a date to other checks ("28" in "the Oct 28 outage" is no target), never the
    deadline."""


def day(due: date, rank: int = CALENDAR, note: Note | None = None) -> Resolved:
    """A single day: "before" it means the day before."""
    return due, rank, due, note


def span(
    due: date, rank: int = CALENDAR, note: Note | None = None, first: date | None = None
) -> Resolved:
    """The end of a stretch of time: "before" it means the day before `first`, its first day,
    or changes nothing when that is not known ("before the end of the week")."""
    return due, rank, first, note


def period(part: str) -> Note:
    """The note of a date read from a period ("mid-February"), as the `part` of it taken."""
    return PERIOD_NOTE.format(part=part), True
