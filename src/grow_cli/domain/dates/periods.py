"""Deadlines that name a stretch of time rather than a day: "the first week of March", "early
January", "before the holidays", "before the summer", "next sprint".

Each is read as one day, the one a person would take as its deadline (the last day of the
period, or the day before it starts when it is something to finish "before"), and is marked
as read from a period: the reason shows the day, and a prompt asks to confirm it. The patterns
and what their matches mean live together here; `resolvers.py` puts them in the one table.
Every pattern is linear, as in `patterns.py`, and names the words its matches need.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Final

from grow_cli.domain.dates.calendar import friday_of_week, month_end, weekday_on_or_after
from grow_cli.domain.dates.reading import (
    RELATIVE,
    Context,
    NotADate,
    Resolved,
    day,
    period,
    span,
)
from grow_cli.domain.dates.words import MONTH, MONTH_STEMS, MONTHS, NUMBER_WORD, number
from grow_cli.domain.patterns import LazyPattern
from grow_cli.domain.wording import plural

# --- Patterns ------------------------------------------------------------------------------------

# A literal "week" and "of", then a month's name or "this/next month".
WEEK_OF_MONTH = LazyPattern(
    r"\b(?:the\s+)?(?P<nth>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+week\s+of\s+"
    rf"(?:(?P<month>{MONTH})\b\.?(?:,?\s+(?P<y>\d{{4}})(?!\d))?|(?P<rel>this|next)\s+month\b)",
    ("week",),
    ("of",),
)
# "early January", "late March", "the middle of next month", "mid next week": one of the words
# ("middle" and "mid" hold "mid"), then a month's name or this/next/the week, month or year.
# "mid" with a month's name is MONTH_PERIOD's ("mid-March"), so here it needs this or next.
PART_OF = LazyPattern(
    r"\b(?P<part>early|late|mid(?=[-\s]+(?:this|next)\b)|(?:the\s+)?(?:beginning|start|middle)"
    r"\s+of|(?:the\s+)?(?:first|second)\s+half\s+of)[-\s]+"
    rf"(?:(?P<month>{MONTH})\b\.?(?!\s*\d)(?:,?\s+(?P<y>\d{{4}})(?!\d))?"
    r"|(?P<rel>this|next|the)\s+(?P<span>week|month|year)\b)",
    ("early", "late", "mid", "beginning", "start", "half"),
    (*MONTH_STEMS, "week", "month", "year"),
)
# The holidays at the end of the year, Christmas and the new year, after a deadline word. Not
# "before the Christmas party": a noun after them names something else. One of the words, and
# "holiday", "christmas", "xmas", "festive" or "year" ("new year").
_GOES_ON: Final = (
    r"(?!\s+(?!(?:and|or|to|so|then|if|as|at|by|for|with|please|start|starts|begin|begins|hit"
    r"|arrive|arrives|are|is|kick)\b)[a-z])"
)
HOLIDAY = LazyPattern(
    r"\b(?P<pre>by|before|until|till|ahead\s+of|prior\s+to)\s+(?:the\s+)?"
    r"(?:(?P<holidays>(?:(?:christmas|xmas|winter|end-of-year|year-end|festive)\s+)?"
    r"(?:holidays|holiday\s+season|holiday\s+break)|(?:christmas|xmas|winter)\s+break"
    r"|festive\s+season)|(?P<eve>(?:christmas|xmas)\s+eve)|(?P<xmas>christmas|xmas)(?:\s+day)?"
    r"|(?P<nye>new\s+year['’]?s\s+eve)|(?P<ny>new\s+year(?:['’]s)?(?:\s+day)?))\b" + _GOES_ON,
    ("by", "before", "until", "till", "ahead", "prior"),
    ("holiday", "christmas", "xmas", "festive", "year", "break"),
)
# "before the summer", "by spring", "end of the summer": a season after one of the words.
SEASON = LazyPattern(
    r"\b(?:(?P<end>end\s+of\s+)|(?P<pre>by|before|until|till|ahead\s+of|prior\s+to)\s+)"
    r"(?:the\s+)?(?:(?:this|next|coming)\s+)?(?P<season>spring|summer|autumn|fall|winter)\b"
    # "before the spring sale", "by the summer mocks": a season naming an event with no date.
    r"(?!\s+of\b|['’-])(?!\s+(?!(?:and|or|to|so|then|if|as|at|by|for|with|please|starts?"
    r"|begins?|ends?|comes|hits?|arrives?|are|is|kicks?|next|this|20\d\d)\b)[a-z])"
    r"(?:\s+(?P<y>20\d{2})(?!\d))?",
    ("spring", "summer", "autumn", "fall", "winter"),
    ("end", "by", "before", "until", "till", "ahead", "prior"),
)
# "next sprint", "by the end of the sprint", "during this sprint"; not "sprint planning" or "the
# sprint summary", which name things. A literal "sprint".
SPRINT = LazyPattern(
    r"\b(?:(?P<end>end\s+of\s+)|(?P<pre>in|during|by|before|until|till|within|for|over)\s+)?"
    r"(?:(?P<det>the|this|our)\s+)?(?P<which>next\s+|current\s+)?sprint\b"
    r"(?!['’]s\b|-|\s+(?:planning|review|retro|retrospective|demo|goals?|board|backlog|meeting"
    r"|kick-?off|ceremony|ceremonies|velocity|report|notes|summary|plan|capacity|scope|cycle)\b)",
    ("sprint",),
)
# "in 2 sprints", "over the next 3 sprints": a literal "sprints" after "in", "after", "over" or
# "for" ("within" and "during" hold "in").
SPRINTS = LazyPattern(
    r"\b(?:in|within|after|(?:over|in|within|during|for)\s+the\s+(?:next|coming))\s+"
    rf"(?P<n>\d{{1,3}}|{NUMBER_WORD})\s+sprints\b",
    ("sprints",),
    ("in", "after", "over", "for"),
)

# --- What they mean ------------------------------------------------------------------------------

_NTH_WEEK: Final = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}  # fmt: skip
# The day of the month each part of it is read as, and its first day (for "before").
_MONTH_PART: Final = {
    "early": (10, 1, "the 10th"),
    "late": (0, 21, "its last day"),  # 0: the last day of the month
    "mid": (15, 15, "the 15th"),
    "beginning of": (1, 1, "its first day"),
    "start of": (1, 1, "its first day"),
    "middle of": (15, 15, "the 15th"),
    "first half of": (15, 1, "the 15th"),
    "second half of": (0, 16, "its last day"),
}
# Days after the Monday of the week, and the first day, for a part of a week.
_WEEK_PART: Final = {
    "early": (1, 0, "its Tuesday"),
    "late": (4, 3, "its Friday"),
    "mid": (2, 2, "its Wednesday"),
    "beginning of": (0, 0, "its Monday"),
    "start of": (0, 0, "its Monday"),
    "middle of": (2, 2, "its Wednesday"),
    "first half of": (2, 0, "its Wednesday"),
    "second half of": (4, 3, "its Friday"),
}
# (month, day) taken and (month, day) of the first day, for a part of a year.
_YEAR_PART: Final = {
    "early": ((3, 31), (1, 1), "31 March"),
    "late": ((12, 31), (10, 1), "31 December"),
    "mid": ((6, 30), (6, 30), "30 June"),
    "beginning of": ((1, 1), (1, 1), "1 January"),
    "start of": ((1, 1), (1, 1), "1 January"),
    "middle of": ((6, 30), (6, 30), "30 June"),
    "first half of": ((6, 30), (1, 1), "30 June"),
    "second half of": ((12, 31), (7, 1), "31 December"),
}
# The seasons of the northern hemisphere, from the day each starts (about the solstices and
# equinoxes): "before the summer" is 20 June, "by the end of the summer" 21 September.
_SEASON_STARTS: Final = {
    "spring": (3, 20),
    "summer": (6, 21),
    "autumn": (9, 22),
    "winter": (12, 21),
}
_NEXT_SEASON: Final = {
    "spring": "summer",
    "summer": "autumn",
    "autumn": "winter",
    "winter": "spring",
}


def _in_year(today: date, given: str | None, make: Callable[[int], date]) -> int:
    """The year a period without one means: this year, or the next once it is over."""
    if given:
        return int(given)
    return today.year if make(today.year) >= today else today.year + 1


def _from_week_of_month(m: re.Match[str], ctx: Context) -> Resolved:
    today = ctx.today
    nth = _NTH_WEEK.get(m["nth"], 0)  # 0: the last week

    def end_of(year: int, month: int) -> date:
        return month_end(year, month) if not nth else date(year, month, 7 * nth)

    if m["rel"]:
        month, year = today.month, today.year
        if m["rel"] == "next":
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    else:
        month = MONTHS[m["month"]]
        year = _in_year(today, m["y"], lambda y: end_of(y, month))
    due = end_of(year, month)
    return span(due, note=period("its last day"), first=due - timedelta(days=6))


def _from_part_of(m: re.Match[str], ctx: Context) -> Resolved:
    today = ctx.today
    part = " ".join(m["part"].split()).removeprefix("the ")
    if m["month"]:
        month = MONTHS[m["month"]]
        taken, first_day, said = _MONTH_PART[part]

        def end_of(year: int) -> date:
            return date(year, month, taken) if taken else month_end(year, month)

        year = _in_year(today, m["y"], end_of)
        return span(end_of(year), note=period(said), first=date(year, month, first_day))
    ahead = 1 if m["rel"] == "next" else 0
    if m["span"] == "week":
        monday = (friday_of_week(today, 1) if ahead else weekday_on_or_after(today, 4)) - (
            timedelta(days=4)
        )
        offset, first_offset, said = _WEEK_PART[part]
        due = monday + timedelta(days=offset)
        return span(due, RELATIVE, period(said), monday + timedelta(days=first_offset))
    if m["span"] == "month":
        year, month = today.year, today.month + ahead
        if month > 12:
            year, month = year + 1, 1
        taken, first_day, said = _MONTH_PART[part]
        due = date(year, month, taken) if taken else month_end(year, month)
        return span(due, RELATIVE, period(said), date(year, month, first_day))
    (month, taken), (first_month, first_day), said = _YEAR_PART[part]
    year = today.year + ahead
    first = date(year, first_month, first_day)
    return span(date(year, month, taken), RELATIVE, period(said), first)


def _from_holiday(m: re.Match[str], ctx: Context) -> Resolved:
    today = ctx.today
    pre = " ".join(m["pre"].split())
    if m["holidays"]:
        # The holidays start with Christmas Eve for many: the last day before them is taken.
        year = _in_year(today, None, lambda y: date(y, 12, 24))
        return span(date(year, 12, 24), note=period("the last day before them"))
    if m["ny"]:
        month, day_of_month = 1, 1
    else:
        month, day_of_month = 12, 24 if m["eve"] else 31 if m["nye"] else 25
    year = _in_year(today, None, lambda y: date(y, month, day_of_month))
    due = date(year, month, day_of_month)
    if pre in ("ahead of", "prior to"):  # "before" is a deadline word: counted back later
        return span(due - timedelta(days=1))
    return day(due)


def _season_start(season: str, year: int) -> date:
    month, day_of_month = _SEASON_STARTS["autumn" if season == "fall" else season]
    return date(year, month, day_of_month)


def _from_season(m: re.Match[str], ctx: Context) -> Resolved:
    today = ctx.today
    season = "autumn" if m["season"] == "fall" else m["season"]
    if m["end"]:
        following = _NEXT_SEASON[season]
        wraps = season == "winter"  # winter ends in the year after it starts

        def ends(year: int) -> date:
            return _season_start(following, year + wraps) - timedelta(days=1)

        year = _in_year(today, m["y"], ends)
        return span(ends(year), note=period("the day before the next season starts"))

    def before(year: int) -> date:
        return _season_start(season, year) - timedelta(days=1)

    year = _in_year(today, m["y"], before)
    return span(before(year), note=period("the day before it starts"))


def sprint_phrase(m: re.Match[str]) -> bool:
    """Whether a SPRINT match is a deadline ("next sprint", "by the end of the sprint") rather
    than a sprint named in passing ("discuss the sprint")."""
    if m["which"] and "next" in m["which"]:
        return True
    if m["det"] == "this":
        return True
    return bool(m["det"] and (m["end"] or m["pre"]))


def _from_sprint(m: re.Match[str], ctx: Context) -> Resolved:
    length = ctx.settings.sprint_days
    if length is None or not sprint_phrase(m):
        raise NotADate  # without a length, deadlines.py asks for a date
    sprints = 1
    if m["which"] and "next" in m["which"]:
        # The next sprint ends a sprint after this one; "by the next sprint" when this one ends.
        sprints = 1 if m["pre"] in ("by", "before", "until", "till") and not m["end"] else 2
    return _sprints(ctx, sprints, length)


def _from_sprints(m: re.Match[str], ctx: Context) -> Resolved:
    length = ctx.settings.sprint_days
    if length is None:
        raise NotADate
    return _sprints(ctx, number(m["n"]), length)


def _sprints(ctx: Context, count: int, length: int) -> Resolved:
    days = count * length
    # The sprint's start is not known, only its length: the end is counted from today.
    note = (
        "read from the sprint length: '{phrase}', taken as "
        f"{plural(days, 'day')} from today, as sprint_days is {length} in the config",
        True,
    )
    return span(ctx.today + timedelta(days=days), RELATIVE, note)


RESOLVERS: Final[tuple[tuple[LazyPattern, Callable[[re.Match[str], Context], Resolved]], ...]] = (
    (WEEK_OF_MONTH, _from_week_of_month),
    (PART_OF, _from_part_of),
    (HOLIDAY, _from_holiday),
    (SEASON, _from_season),
    (SPRINT, _from_sprint),
    (SPRINTS, _from_sprints),
)
