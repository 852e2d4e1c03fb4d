"""From a pattern's match to a date: one resolver per deadline pattern, and the table of both.

Each resolver returns (date, rank, is_single_day) and sees folded (lower-case) text. ValueError or
OverflowError means the phrase names a date that does not exist; NotADate means the words were not
a date after all. How each ambiguous phrase is read is listed in `deadlines.py`'s docstring.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Final

from grow_cli.domain.dates import patterns
from grow_cli.domain.dates.calendar import (
    add_business_days,
    add_months,
    add_units,
    days_in,
    friday_of_week,
    month_end,
    next_month_day,
    quarter_end,
    weekday_on_or_after,
)
from grow_cli.domain.dates.words import MONTHS, WEEKDAYS, number
from grow_cli.domain.patterns import LazyPattern

# How specific a candidate is when two of them touch ("EOD Friday", "Friday, January 9").
WEAK, RELATIVE, CALENDAR = 0, 1, 2

Resolved = tuple[date, int, bool]


class NotADate(Exception):
    """The words only looked like a date."""


def _from_iso(m: re.Match[str], today: date) -> Resolved:
    return date(int(m["y"]), int(m["m"]), int(m["d"])), CALENDAR, True


def _from_dmy(m: re.Match[str], today: date) -> Resolved:
    day, month, year = int(m["d"]), int(m["m"]), int(m["y"])
    if month > 12 >= day:
        day, month = month, day
    return date(year, month, day), CALENDAR, True


def _from_day_month(m: re.Match[str], today: date) -> Resolved:
    month, day = MONTHS[m["month"]], int(m["d"])
    if m["y"]:
        return date(int(m["y"]), month, day), CALENDAR, True
    return next_month_day(today, month, day), CALENDAR, True


def _from_month_period(m: re.Match[str], today: date) -> Resolved:
    month = MONTHS[m["month"]]
    year = int(m["y"]) if m["y"] else today.year
    if not m["y"] and month_end(year, month) < today:
        year += 1
    if m["mid"]:
        return date(year, month, 15), CALENDAR, True
    pre = m["pre"] or ""
    if pre == "before":
        return date(year, month, 1) - timedelta(days=1), CALENDAR, False
    if pre in ("from", "starting"):
        # A start is due when it starts; "from November" in November means now.
        return max(date(year, month, 1), today), CALENDAR, False
    return month_end(year, month), CALENDAR, False


def _from_day_of_month(m: re.Match[str], today: date) -> Resolved:
    day = int(m["d"])
    if not 1 <= day <= 31:
        raise ValueError(day)
    candidate = today.replace(day=1)
    # The next month (this one included) that has that day; "the 31st" skips short months.
    for _ in range(13):
        last = days_in(candidate.year, candidate.month)
        if day <= last and candidate.replace(day=day) >= today:
            return candidate.replace(day=day), CALENDAR, True
        candidate = add_months(candidate, 1)
    raise ValueError(day)


def _from_quarter(m: re.Match[str], today: date) -> Resolved:
    label = m["q"]
    last_month = int(label[1]) * 3 if label[0] == "q" else int(label[1]) * 6
    year = int(m["y"]) if m["y"] else today.year
    if not m["y"] and month_end(year, last_month) < today:
        year += 1
    if m.groupdict().get("pre") == "before":  # only QUARTER has "pre"
        first_month = last_month - 2 if label[0] == "q" else last_month - 5
        return date(year, first_month, 1) - timedelta(days=1), CALENDAR, False
    return month_end(year, last_month), CALENDAR, False


def _from_year(m: re.Match[str], today: date) -> Resolved:
    year = int(m["y"])
    if m["pre"] and m["pre"] not in ("in", "during") and year < today.year:
        raise NotADate  # "reduce spend by 2000" is an amount, not a year gone by.
    if m["pre"] == "before":
        return date(year - 1, 12, 31), CALENDAR, False
    return date(year, 12, 31), CALENDAR, False


def _from_period(m: re.Match[str], today: date) -> Resolved:
    if m["after"]:
        return friday_of_week(today, 2), RELATIVE, False
    if m["abbr"]:
        unit, ahead = {"w": "week", "m": "month", "q": "quarter", "y": "year"}[m["abbr"][2]], 0
    else:
        unit = m["unit1"] or m["unit2"] or m["unit3"]
        which = m["which1"] or m["which3"] or ""
        ahead = 1 if "next" in which else 0
    if unit == "week":
        if ahead:
            return friday_of_week(today, 1), RELATIVE, False
        return weekday_on_or_after(today, 4), RELATIVE, False
    if unit == "month":
        start = add_months(today.replace(day=1), ahead)
        return month_end(start.year, start.month), RELATIVE, False
    if unit == "quarter":
        index = today.year * 4 + (today.month - 1) // 3 + ahead
        return quarter_end(index // 4, index % 4 + 1), RELATIVE, False
    return date(today.year + ahead, 12, 31), RELATIVE, False


def _from_weekend(m: re.Match[str], today: date) -> Resolved:
    # On a weekend day "this weekend" is today; otherwise it starts on the coming Saturday.
    saturday = today if today.weekday() >= 5 else weekday_on_or_after(today, 5)
    if m["which"] == "next":
        saturday = weekday_on_or_after(today, 5) + timedelta(weeks=1)
    return saturday, RELATIVE, True


def _from_relative_day(m: re.Match[str], today: date) -> Resolved:
    if m["dat"]:
        return today + timedelta(days=2), RELATIVE, True
    if m["tomorrow"]:
        return today + timedelta(days=1), RELATIVE, True
    return today, (WEAK if m["eod"] else RELATIVE), True


def _from_weekday(m: re.Match[str], today: date) -> Resolved:
    weekday = WEEKDAYS[m["day"]]
    mod = " ".join((m["mod"] or "").split())
    week = m.groupdict().get("week") or ""
    if week:
        monday = today - timedelta(days=today.weekday())
        return monday + timedelta(weeks=1 if week == "next" else 0, days=weekday), RELATIVE, True
    if mod in ("next", "this coming", "coming", "the following", "following"):
        return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1), RELATIVE, True
    if mod == "last":
        return today - timedelta(days=(today.weekday() - weekday - 1) % 7 + 1), RELATIVE, True
    return weekday_on_or_after(today, weekday), RELATIVE, True


def _offset(today: date, count: int, unit: str) -> date:
    unit = " ".join(unit.split()).rstrip("s")
    if unit.startswith(("business", "working")):
        return add_business_days(today, count)
    if unit in ("hour", "hr"):
        return today + timedelta(days=-(-count // 24))
    return add_units(today, count, unit)


def from_offset(m: re.Match[str], today: date) -> Resolved:
    """The day an offset ("in 3 days", "within 5 business days", "over the next month") ends."""
    count = m.groupdict().get("n")
    return _offset(today, number(count) if count else 1, m["unit"]), RELATIVE, False


# Every deadline pattern with what its matches mean, in the order they are tried.
RESOLVERS: Final[tuple[tuple[LazyPattern, Callable[[re.Match[str], date], Resolved]], ...]] = (
    (patterns.ISO, _from_iso),
    (patterns.DMY, _from_dmy),
    (patterns.DAY_MONTH, _from_day_month),
    (patterns.MONTH_DAY, _from_day_month),
    (patterns.MONTH_PERIOD, _from_month_period),
    (patterns.DAY_OF_MONTH, _from_day_of_month),
    (patterns.QUARTER, _from_quarter),
    (patterns.QUARTER_IN, _from_quarter),
    (patterns.YEAR, _from_year),
    (patterns.PERIOD, _from_period),
    (patterns.RELATIVE_DAY, _from_relative_day),
    (patterns.WEEKEND, _from_weekend),
    (patterns.WEEKDAY, _from_weekday),
    (patterns.WEEKDAY_SHORT, _from_weekday),
    (patterns.OFFSET, from_offset),
    (patterns.NEXT_UNIT, from_offset),
    (patterns.FOR_PERIOD, from_offset),
    (patterns.FROM_NOW, from_offset),
)
