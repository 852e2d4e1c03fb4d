"""The one month arithmetic for every date grow works out: months added or taken away (kept to
the month's last day), ends of months and quarters, weekdays and business days.

Every function is pure and raises ValueError or OverflowError for a date outside what
`datetime.date` holds; callers decide what that means (an impossible deadline, the earliest date).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

_DAYS_IN_MONTH: Final = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_PER_UNIT: Final = {"day": 1, "week": 7, "fortnight": 14}
_MONTHS_PER_UNIT: Final = {"month": 1, "quarter": 3, "year": 12}


def days_in(year: int, month: int) -> int:
    """How many days the month has, in the calendar `datetime.date` counts in, for any year."""
    # Not calendar.monthrange: importing `calendar` costs about 0.9 ms of every `grow smart`.
    if not 1 <= month <= 12:
        raise ValueError(f"no month {month}")
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _DAYS_IN_MONTH[month - 1]


def month_end(year: int, month: int) -> date:
    """The last day of the month."""
    return date(year, month, days_in(year, month))


def quarter_end(year: int, quarter: int) -> date:
    """The last day of the quarter (1 to 4)."""
    return month_end(year, quarter * 3)


def add_months(start: date, months: int) -> date:
    """The same day `months` later (earlier when negative), moved back to the month's last day
    when that month is shorter: 31 March plus one month is 30 April."""
    year, month = divmod(start.year * 12 + start.month - 1 + months, 12)
    return date(year, month + 1, min(start.day, days_in(year, month + 1)))


def add_units(start: date, count: int, unit: str) -> date:
    """`count` days, weeks, fortnights, months, quarters or years after `start` (before it when
    negative); `unit` is one of those words, singular. Months are added as `add_months` does."""
    days = _DAYS_PER_UNIT.get(unit)
    if days is not None:
        return start + timedelta(days=count * days)
    return add_months(start, count * _MONTHS_PER_UNIT[unit])


def weekday_on_or_after(today: date, weekday: int) -> date:
    """The first day with that weekday (Monday 0) from today on, today included."""
    return today + timedelta(days=(weekday - today.weekday()) % 7)


def friday_of_week(today: date, weeks_ahead: int) -> date:
    """The Friday of the ISO week (Monday first) `weeks_ahead` weeks after today's."""
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=weeks_ahead)
    return monday + timedelta(days=4)


def add_business_days(start: date, count: int) -> date:
    """The day `count` working days (Monday to Friday) after `start`; `start` itself for 0."""
    if count <= 0:
        return start
    # From a weekend, counting starts as if from the Friday before: Saturday + 1 is Monday.
    if start.weekday() > 4:
        start -= timedelta(days=start.weekday() - 4)
    weeks, rest = divmod(count, 5)
    day = start + timedelta(weeks=weeks)
    while rest:
        day += timedelta(days=1)
        if day.weekday() < 5:
            rest -= 1
    return day


def next_month_day(today: date, month: int, day: int) -> date:
    """The coming `month`/`day` in this year or, once it has gone by, next year.

    Raises ValueError when that day does not exist in that year (30 February).
    """
    year = today.year
    if (month, min(day, days_in(year, month))) < (today.month, today.day):
        year += 1
    return date(year, month, day)
