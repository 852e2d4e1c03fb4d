"""From a pattern's match to a date: one resolver per deadline pattern, and the table of both.

Each resolver returns a `Resolved` (`reading.py`) and sees folded (lower-case) text; the fuzzy
periods ("the first week of March", "before the holidays", "next sprint") have theirs in
`periods.py`. How each ambiguous phrase is read is listed in `deadlines.py`'s docstring.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Final

from grow_cli.domain.dates import patterns, periods
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
from grow_cli.domain.dates.reading import (
    RELATIVE,
    WEAK,
    Context,
    NotADate,
    Note,
    NotTheDeadline,
    Resolved,
    day,
    period,
    span,
)
from grow_cli.domain.dates.settings import MDY
from grow_cli.domain.dates.words import MONTHS, WEEKDAYS, number
from grow_cli.domain.patterns import LazyPattern

_WEEKDAY_NAMES: Final = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip
# The words that make a date gone by the date of something that happened ("the minutes of Nov 3").
_EVENT_LINKS: Final = frozenset(("of", "from", "since", "after", "at", "during"))
_ORDINALS: Final = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}  # fmt: skip
# Units written short ("in 3 wks"), and the word they are read as.
_SHORT_UNITS: Final = {"wk": "week", "mo": "month", "mth": "month", "qtr": "quarter", "yr": "year"}


def _of_an_event(m: re.Match[str]) -> bool:
    """Whether a date is worded as the date of something: after "of", "from", "since", "after",
    "at" or "during" ("the minutes of Nov 3"), or after "the" and before a noun it describes
    ("the Oct 28 outage"). Gone by, such a date names what happened, not a deadline."""
    low = m.string
    before = low[max(0, m.start() - 20) : m.start()].split()[-2:]
    if not before:
        return False
    if before[-1] in _EVENT_LINKS:
        return True
    if before[-1] != "the":
        return False
    if len(before) == 2 and before[0] in _EVENT_LINKS:  # "of the Oct 28 outage"
        return True
    # Only the next few characters can hold the noun: a bounded look keeps long texts linear.
    return patterns.EVENT_NOUN.match(low, m.end(), m.end() + 8) is not None


def _gone_by(today: date, month: int, day_of_month: int) -> bool:
    """Whether a date without a year is nearer behind today than ahead of it (the Oct 28 of an
    outage, read in November), so that words about it speak of what happened."""
    try:
        this_year = date(today.year, month, day_of_month)
    except ValueError:
        return False
    if this_year > today:
        last, following = this_year.replace(year=today.year - 1), this_year
    else:
        last, following = this_year, this_year.replace(year=today.year + 1)
    return (today - last) < (following - today) and last < today


def _from_iso(m: re.Match[str], ctx: Context) -> Resolved:
    due = date(int(m["y"]), int(m["m"]), int(m["d"]))
    if due < ctx.today and _of_an_event(m):
        raise NotTheDeadline
    return day(due)


def _from_numeric(m: re.Match[str], ctx: Context) -> Resolved:
    # "01/12/2026" can be either: the configured order decides, and the reason says so. A date
    # only one order makes ("12/15/2026") is read that way, and needs no word about it.
    found = m.groupdict()
    year = int(found["y"]) if found.get("y") else 2000 + int(found["yy"])
    first, second = int(m["a"]), int(m["b"])
    note: Note | None = None
    month_first = second > 12 >= first
    if first != second and first <= 12 and second <= 12:
        month_first = ctx.settings.date_order == MDY
        order = "month-first" if month_first else "day-first"
        note = f"read {order} from '{{match}}'", True
    month, day_of_month = (first, second) if month_first else (second, first)
    due = date(year, month, day_of_month)
    if due < ctx.today and _of_an_event(m):
        raise NotTheDeadline
    return day(due, note=note)


def _from_day_slash(m: re.Match[str], ctx: Context) -> Resolved:
    if m["yy"]:
        return _from_numeric(m, ctx)  # "by 2/3/27": a two-digit year is this century's
    first, second = int(m["a"]), int(m["b"])
    note: Note | None = None
    month_first = second > 12 >= first
    if first != second and first <= 12 and second <= 12:
        month_first = ctx.settings.date_order == MDY
        note = f"read {'month-first' if month_first else 'day-first'} from '{{match}}'", True
    month, day_of_month = (first, second) if month_first else (second, first)
    if not 1 <= month <= 12 or not 1 <= day_of_month <= 31:
        raise NotADate
    return day(next_month_day(ctx.today, month, day_of_month), note=note)


def _from_nth_weekday(m: re.Match[str], ctx: Context) -> Resolved:
    # "the last Friday of each month": the first such day on or after today, as "every Friday"
    # counts today; "of the month" and "this month" name this month's, "next month" the next.
    weekday = WEEKDAYS[m["day"]]
    nth = m["nth"]
    which = m["which"]
    year, month = ctx.today.year, ctx.today.month
    if which == "next":
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    for _ in range(2):
        if nth == "last":
            last = date(year, month, days_in(year, month))
            due = last - timedelta(days=(last.weekday() - weekday) % 7)
        else:
            first = date(year, month, 1)
            due = first + timedelta(days=(weekday - first.weekday()) % 7, weeks=_ORDINALS[nth] - 1)
        if due >= ctx.today or which not in ("each", "every"):
            return day(due, RELATIVE)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return day(due, RELATIVE)


def _from_dotted(m: re.Match[str], ctx: Context) -> Resolved:
    month = int(m["m"] or m["m2"])
    day_of_month = int(m["d"])
    if not 1 <= month <= 12 or not 1 <= day_of_month <= 31:
        raise NotADate  # "by 10.30." is a time
    if m["y"]:
        due = date(int(m["y"]), month, day_of_month)
    else:
        due = next_month_day(ctx.today, month, day_of_month)
    # No word about past events: a date with dots counts only after a deadline word anyway.
    return day(due)


def _from_day_month(m: re.Match[str], ctx: Context) -> Resolved:
    month, day_of_month = MONTHS[m["month"]], int(m["d"])
    if m["y"]:
        due = date(int(m["y"]), month, day_of_month)
        if due < ctx.today and _of_an_event(m):
            raise NotTheDeadline
        return day(due)
    if _of_an_event(m) and _gone_by(ctx.today, month, day_of_month):
        raise NotTheDeadline
    return day(next_month_day(ctx.today, month, day_of_month))


def _from_month_period(m: re.Match[str], ctx: Context) -> Resolved:
    today = ctx.today
    month = MONTHS[m["month"]]
    year = int(m["y"]) if m["y"] else today.year
    if not m["y"] and month_end(year, month) < today:
        year += 1
    if m["mid"]:
        return day(date(year, month, 15), note=period("the 15th"))
    pre = m["pre"] or ""
    if pre == "before":
        return span(date(year, month, 1) - timedelta(days=1))
    if pre in ("from", "starting"):
        # A start is due when it starts; "from November" in November means now.
        return span(max(date(year, month, 1), today))
    return span(month_end(year, month))


def _from_day_of_month(m: re.Match[str], ctx: Context) -> Resolved:
    return day(_next_day_of_month(ctx.today, int(m["d"])))


def _next_day_of_month(today: date, day_of_month: int) -> date:
    """The next day numbered `day_of_month` on or after today; "the 31st" skips short months."""
    if not 1 <= day_of_month <= 31:
        raise ValueError(day_of_month)
    candidate = today.replace(day=1)
    for _ in range(13):
        last = days_in(candidate.year, candidate.month)
        if day_of_month <= last and candidate.replace(day=day_of_month) >= today:
            return candidate.replace(day=day_of_month)
        candidate = add_months(candidate, 1)
    raise ValueError(day_of_month)


def _weekday_date(m: re.Match[str], ctx: Context) -> Resolved:
    # "Thursday the 10th": the next 10th that is a Thursday, if one comes within a year;
    # otherwise the day and the date disagree, and the date wins (and the reason says so).
    weekday, day_of_month = WEEKDAYS[m["day"]], int(m["d"])
    due = _next_day_of_month(ctx.today, day_of_month)
    first = due
    while (due - first).days <= 366:
        if due.weekday() == weekday:
            return day(due)
        due = _next_day_of_month(due + timedelta(days=1), day_of_month)
    name = _WEEKDAY_NAMES[weekday]
    note = f"read '{{match}}' as the {day_of_month}{_ordinal(day_of_month)}: no {name} is one"
    return day(first, note=(note + " within a year", True))


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _from_quarter(m: re.Match[str], ctx: Context) -> Resolved:
    label = m["q"]
    last_month = int(label[1]) * 3 if label[0] == "q" else int(label[1]) * 6
    return _quarter(m, ctx, last_month, 3 if label[0] == "q" else 6)


def _from_ordinal_quarter(m: re.Match[str], ctx: Context) -> Resolved:
    return _quarter(m, ctx, _ORDINALS[m["ord"]] * 3, 3)


def _quarter(m: re.Match[str], ctx: Context, last_month: int, months: int) -> Resolved:
    today = ctx.today
    named = m.groupdict()
    which = named.get("which")  # "of this year", "of next year", "of the year"
    year = int(m["y"]) if m["y"] else today.year + (which == "next")
    if not m["y"] and which not in ("this", "next") and month_end(year, last_month) < today:
        year += 1
    if named.get("pre") == "before":  # only the patterns with a deadline word have "pre"
        return span(date(year, last_month - months + 1, 1) - timedelta(days=1))
    return span(month_end(year, last_month))


def _from_year(m: re.Match[str], ctx: Context) -> Resolved:
    year = int(m["y"])
    if m["pre"] and m["pre"] not in ("in", "during") and year < ctx.today.year:
        raise NotADate  # "reduce spend by 2000" is an amount, not a year gone by.
    if m["pre"] == "before":
        return span(date(year - 1, 12, 31))
    return span(date(year, 12, 31))


def _from_period(m: re.Match[str], ctx: Context) -> Resolved:
    today = ctx.today
    if m["after"]:
        return span(friday_of_week(today, 2), RELATIVE)
    if m["abbr"]:
        unit, ahead = {"w": "week", "m": "month", "q": "quarter", "y": "year"}[m["abbr"][2]], 0
    else:
        unit = m["unit1"] or m["unit2"] or m["unit3"]
        unit = {"wk": "week", "mth": "month", "mo": "month", "qtr": "quarter", "yr": "year"}.get(
            unit, unit
        )
        which = m["which1"] or m["which3"] or ""
        ahead = 1 if "next" in which else 0
    if unit == "week":
        if ahead:
            return span(friday_of_week(today, 1), RELATIVE)
        return span(weekday_on_or_after(today, 4), RELATIVE)
    if unit == "month":
        start = add_months(today.replace(day=1), ahead)
        return span(month_end(start.year, start.month), RELATIVE)
    if unit == "quarter":
        index = today.year * 4 + (today.month - 1) // 3 + ahead
        return span(quarter_end(index // 4, index % 4 + 1), RELATIVE)
    if unit == "half":  # this half: to 30 June or 31 December; next half: the one after
        index = today.year * 2 + (today.month - 1) // 6 + ahead
        year, second = divmod(index, 2)
        return span(date(year, 12, 31) if second else date(year, 6, 30), RELATIVE)
    return span(date(today.year + ahead, 12, 31), RELATIVE)


def _from_weekend(m: re.Match[str], ctx: Context) -> Resolved:
    # On a weekend day "this weekend" is today; otherwise it starts on the coming Saturday.
    today = ctx.today
    saturday = today if today.weekday() >= 5 else weekday_on_or_after(today, 5)
    if m["which"] == "next":
        saturday = weekday_on_or_after(today, 5) + timedelta(weeks=1)
    return day(saturday, RELATIVE)


def _from_relative_day(m: re.Match[str], ctx: Context) -> Resolved:
    if m["dat"]:
        return day(ctx.today + timedelta(days=2), RELATIVE)
    if m["tomorrow"]:
        return day(ctx.today + timedelta(days=1), RELATIVE)
    return day(ctx.today, WEAK if m["eod"] else RELATIVE)


def _from_weekday(m: re.Match[str], ctx: Context) -> Resolved:
    if m["d"]:
        return _weekday_date(m, ctx)
    return day(weekday_from(m, ctx.today), RELATIVE)


def weekday_from(m: re.Match[str], today: date) -> date:
    """The day a weekday phrase ("Friday", "next Friday", "Thursday next week") names."""
    weekday = WEEKDAYS[m["day"]]
    mod = " ".join((m["mod"] or "").split())
    week = m.groupdict().get("week") or ""
    if week:
        monday = today - timedelta(days=today.weekday())
        return monday + timedelta(weeks=1 if week == "next" else 0, days=weekday)
    if mod in ("next", "this coming", "coming", "the following", "following"):
        return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
    if mod == "last":
        return today - timedelta(days=(today.weekday() - weekday - 1) % 7 + 1)
    if mod in ("this", "every", "each", "eod", "cob") or m.groupdict().get("plural"):
        return weekday_on_or_after(today, weekday)
    # A weekday alone names the next one: on a Sunday, "by Sunday" is a week away, since today
    # would have been "today".
    return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


def _from_day_offset(m: re.Match[str], ctx: Context) -> Resolved:
    # "a week from Thursday": the coming Thursday, then a week.
    tomorrow = m["day"] in ("tomorrow", "tmrw")
    start = ctx.today + timedelta(days=1) if tomorrow else weekday_from(m, ctx.today)
    unit = m["unit"] or m["weeks"]
    return span(_offset(start, number(m["n"]), unit), RELATIVE)


def _offset(today: date, count: int, unit: str) -> date:
    unit = _unit_word(unit)
    if unit.startswith(("business", "working", "work")):
        return add_business_days(today, count)
    if unit in ("hour", "hr"):
        return today + timedelta(days=-(-count // 24))
    return add_units(today, count, _SHORT_UNITS.get(unit, unit))


def _unit_word(unit: str) -> str:
    return " ".join(unit.split()).rstrip("s")


def from_offset(m: re.Match[str], ctx: Context) -> Resolved:
    """The day an offset ("in 3 days", "within 5 business days", "over the next month") ends."""
    count = m.groupdict().get("n")
    n = number(count) if count else 1
    due = _offset(ctx.today, n, m["unit"])
    short = _SHORT_UNITS.get(_unit_word(m["unit"]))
    if short is None:
        return span(due, RELATIVE)
    # "in 3 wks": say what it was read as, so the reason never suggests the words it has.
    return span(due, RELATIVE, (f"read '{{match}}' as {n} {short}{'s' if n != 1 else ''}", False))


# Every deadline pattern with what its matches mean, in the order they are tried.
RESOLVERS: Final[tuple[tuple[LazyPattern, Callable[[re.Match[str], Context], Resolved]], ...]] = (
    (patterns.ISO, _from_iso),
    (patterns.DMY, _from_numeric),
    (patterns.DOTTED, _from_dotted),
    (patterns.DAY_SLASH, _from_day_slash),
    (patterns.DAY_MONTH, _from_day_month),
    (patterns.MONTH_DAY, _from_day_month),
    (patterns.MONTH_PERIOD, _from_month_period),
    (patterns.DAY_OF_MONTH, _from_day_of_month),
    (patterns.QUARTER, _from_quarter),
    (patterns.QUARTER_IN, _from_quarter),
    (patterns.ORDINAL_QUARTER, _from_ordinal_quarter),
    (patterns.ORDINAL_QUARTER_IN, _from_ordinal_quarter),
    (patterns.YEAR, _from_year),
    (patterns.PERIOD, _from_period),
    (patterns.RELATIVE_DAY, _from_relative_day),
    (patterns.WEEKEND, _from_weekend),
    (patterns.NTH_WEEKDAY, _from_nth_weekday),
    (patterns.WEEKDAY, _from_weekday),
    (patterns.WEEKDAY_SHORT, _from_weekday),
    (patterns.FROM_DAY, _from_day_offset),
    (patterns.OFFSET, from_offset),
    (patterns.NEXT_UNIT, from_offset),
    (patterns.FOR_PERIOD, from_offset),
    (patterns.FROM_NOW, from_offset),
    *periods.RESOLVERS,
)
