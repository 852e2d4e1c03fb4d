"""The reminders the calendar export puts on its events, and the words that set them.

A reminder is a time on the event's day or a few days before it: `"09:00"` is 09:00 on the day,
`"-1d 09:00"` is 09:00 the day before; `false` sets none. Pure: the config file is read in
store/paths.py, which hands the values here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MAX_DAYS_BEFORE = 28
# "09:00", "9:30", "-1d 09:00", "-2d 17:30": days before (optional), then a 24-hour time.
_REMINDER = re.compile(r"(?:-(?P<days>\d{1,2})d\s+)?(?P<hour>\d{1,2}):(?P<minute>\d{2})")
SYNTAX = (
    '"HH:MM" (that time on the day, e.g. "09:00"), "-Nd HH:MM" (N days before, up to '
    f'{MAX_DAYS_BEFORE}, e.g. "-1d 09:00"), or false for none'
)


@dataclass(frozen=True)
class Reminder:
    """A reminder `days_before` days before an all-day event's day, at `at` (local time)."""

    days_before: int
    at: dt.time

    @property
    def offset(self) -> dt.timedelta:
        """From the start of the event's day (local midnight) to the reminder: RFC 5545's
        TRIGGER relative to an all-day DTSTART ('-1d 09:00' is -15 hours)."""
        return dt.timedelta(hours=self.at.hour, minutes=self.at.minute) - dt.timedelta(
            days=self.days_before
        )

    def words(self) -> str:
        """How it reads: '09:00 on the day', '09:00 the day before', '17:30 2 days before'."""
        time = self.at.strftime("%H:%M")
        if self.days_before == 0:
            return f"{time} on the day"
        if self.days_before == 1:
            return f"{time} the day before"
        return f"{time} {self.days_before} days before"


@dataclass(frozen=True)
class Reminders:
    """The reminder for due items and the one for check-ins (None: no reminder)."""

    due: Reminder | None = Reminder(0, dt.time(9, 0))
    checkin: Reminder | None = Reminder(1, dt.time(9, 0))


def parse_reminder(value: object) -> Reminder | None:
    """A reminder from the config file's value: a string in SYNTAX, or false for none.
    ValueError (no message of its own: the caller names the key and SYNTAX) otherwise."""
    if value is False:
        return None
    if not isinstance(value, str):
        raise ValueError(value)
    found = _REMINDER.fullmatch(value.strip())
    if found is None:
        raise ValueError(value)
    days = int(found["days"] or 0)
    hour, minute = int(found["hour"]), int(found["minute"])
    if days > MAX_DAYS_BEFORE or hour > 23 or minute > 59:
        raise ValueError(value)
    return Reminder(days, dt.time(hour, minute))
