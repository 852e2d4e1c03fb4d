"""Deadlines in plain English, resolved against a given "today".

Two entry points: `find_deadline` reads the deadline out of a goal sentence ("Send the report by
Friday"); `parse_date` resolves a phrase that is meant to *be* a date ("in 1 week", "2027-01-15")
and raises `DateError` when it cannot. Neither reads the clock: callers pass today.

Only the standard library, and every pattern is linear (no nested quantifiers), so any text of any
length is answered quickly and nothing here raises except `parse_date`'s `DateError`.

Readings chosen where English is ambiguous:

- "Friday", "by Friday", "on Friday", "this Friday", "every Friday": the first Friday on or after
  today (today itself when today is a Friday). "next Friday", "coming Friday", "the following
  Friday": the first Friday strictly after today. "Friday next week": the Friday of next ISO week.
- "before Friday", "before 9 January", "before March", "before tomorrow": the day before.
  "last Friday": the Friday before today, so always past.
- "end of the week", "this week", "within the week", "EOW": the first Friday on or after today
  (a weekend looks ahead to the coming work week). "next week", "end of next week": the Friday of
  next ISO week (weeks start on Monday). "the week after next": the Friday after that.
  "this weekend": the coming Saturday, or today on a weekend.
- "end of day", "EOD", "tonight", "close of business": today.
- "this month" / "next month", "this quarter" / "next quarter", "this year" / "next year": the
  last day of that period. "in March", "by March", "end of March", "by Q3", "in Q3", "end of Q3",
  "end of H1": the last day of that month, quarter or half this year, or next year once it is over.
  "mid-March": the 15th; "from March", "starting March": the 1st (or today, within March).
  "by 2030", "in 2030", "end of 2030": 31 December 2030.
- Dates without a year ("January 9", "14 Feb", "the 5th") are the next occurrence on or after
  today. If that day does not exist in that year ("Feb 29" when the coming February is not a leap
  one) the date is impossible; it is not silently moved to a later year.
- Numeric dates need a four-digit year: ISO ("2027-01-15", "2027/01/15") or day-first
  ("15/01/2027"); "01/15/2027" is read month-first only because day-first is impossible.
- Offsets count from today: "in 3 days", "within 2 weeks", "over the next 14 days", "in a month"
  (same day next month, clamped to its last day), "within 5 business days" (weekends skipped).
  Number words from "one" to "twelve" (and "a", "a couple of") work as numbers. "for two weeks"
  is a deadline only for something repeated ("daily for two weeks"), not for "shadow her for a day".
- Not deadlines: a turnaround ("within 24 hours", "within 2 days of each incident", "answer every
  email within 2 days", "review PRs within 1 day"), an amount ("by 15%", "by 3 days", "by 2000"),
  a name ("the Q3 roadmap", "Q3 planning"). "in the next sprint" and "soon" are vague.
- Several deadlines: one marked by "by", "before", "until", "no later than", "due" or "deadline"
  wins; then one that is a valid date over a past or impossible one; then the last one.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from grow_cli.domain.patterns import LazyPattern

# --- Messages for people (DateError); one sentence each. -----------------------------------------

EXAMPLES: Final = "'tomorrow', 'in 1 week', 'by Friday', 'end of the month' or '2027-01-15'"
MSG_EMPTY: Final = f"No date given: write one such as {EXAMPLES}."
MSG_VAGUE: Final = "'{phrase}' is not a date: name the day, e.g. 'by Friday' or 'in 2 weeks'."
MSG_PAST: Final = "'{phrase}' is {due}, which has already passed: give today or a later date."
MSG_IMPOSSIBLE: Final = "'{phrase}' is not a real date: check the day and the month."
MSG_TIME_ONLY: Final = "'{phrase}' is a time, not a date: add the day, e.g. 'Friday 3 PM'."
MSG_UNKNOWN: Final = f"Could not read '{{phrase}}' as a date: try {EXAMPLES}."

VAGUE: Final = "vague"
PAST: Final = "past"
IMPOSSIBLE: Final = "impossible"
MISSING: Final = "missing"


class DateError(ValueError):
    """A phrase that cannot be used as a date; the message is one sentence for people."""


@dataclass(frozen=True)
class DeadlineFinding:
    """What `find_deadline` understood.

    `problem` is None when `due` is today or later; otherwise "vague", "past" (due is the past
    date), "impossible" (due is None) or "missing" (nothing found; phrase is None).
    """

    due: date | None
    phrase: str | None
    problem: str | None


# --- Vocabulary ----------------------------------------------------------------------------------

_MONTHS: Final = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
_WEEKDAYS: Final = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "weds": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip
_NUMBER_WORDS: Final = {
    "a couple of": 2, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "forty-five": 45, "sixty": 60,
    "ninety": 90,
}  # fmt: skip


def _alternation(words: Iterable[str]) -> str:
    # Longest first so that "sept" is tried before "sep" and "a couple of" before "a".
    names = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)


_MONTH: Final = _alternation(_MONTHS)
_WEEKDAY_FULL: Final = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_WEEKDAY_ABBR: Final = "mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun"
_NUM: Final = r"\d{1,4}|" + _alternation(_NUMBER_WORDS)
_ORD: Final = r"(?:st|nd|rd|th)?"

# --- Patterns ----------------------------------------------------------------------------------
# Each is linear: quantifiers are bounded or separated by literal words, so no input can make the
# engine backtrack exponentially. Group names tell the resolvers what matched.
#
# Each is compiled on first use, and comes with the words any match must contain (LazyPattern):
# a text without them is not searched, so a start of `grow smart` compiles only the few patterns
# its goal could match. The comment above each list says why every match holds one of its words;
# only literal characters of the pattern count there, since `\s`, `\d` and `\b` also match Unicode
# characters. tests/test_dates_triggers.py checks every match of every pattern against its lists.


# Every name in _MONTHS and _WEEKDAY_ABBR starts with its first three letters, so any match of
# `_MONTH` holds one of these stems, and any match of `_WEEKDAY_ABBR` one of the others.
_MONTH_STEMS: Final = tuple(dict.fromkeys(name[:3] for name in _MONTHS))
_WEEKDAY_STEMS: Final = tuple(dict.fromkeys(name[:3] for name in _WEEKDAY_ABBR.split("|")))
# Every alternative of `_UNIT` holds one of these ("business days", "hrs", "fortnights", ...).
_UNIT_WORDS: Final = ("day", "week", "fortnight", "month", "quarter", "year", "hour", "hr")
# The labels "q1"-"q4", "h1", "h2" are literal in `_QUARTER` and `_QUARTER_IN`.
_HALVES: Final = ("q1", "q2", "q3", "q4", "h1", "h2")

# The separator is a literal "-" or "/" (and \2 repeats it).
_ISO = LazyPattern(
    r"(?<![\d.])(?P<y>\d{4})([-/])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?![\d])",
    ("-", "/"),
)
# Literal "/" separators.
_DMY = LazyPattern(r"(?<![\d/.])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?![\d/])", ("/",))
# The month name is required.
_DAY_MONTH = LazyPattern(
    rf"(?<![\d.,])(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<month>{_MONTH})\b\.?"
    rf"(?:,?\s+(?P<y>\d{{4}})(?!\d))?",
    _MONTH_STEMS,
)
# The month name is required.
_MONTH_DAY = LazyPattern(
    rf"\b(?P<month>{_MONTH})\.?\s+(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}\b(?![:.]\d)"
    rf"(?!\s*(?:%|percent|[ap]\.?m\b))(?:,?\s+(?P<y>\d{{4}})(?!\d))?",
    _MONTH_STEMS,
)
# The month name is required, after "end", "mid" or one of the words ("during" and "starting"
# hold "in").
_MONTH_PERIOD = LazyPattern(
    r"\b(?:(?P<end>end\s+of\s+)|(?P<mid>mid-?\s*)"
    r"|(?P<pre>by|before|until|till|in|during|from|starting)\s+)"
    rf"(?P<month>{_MONTH})\b\.?(?!\s*\d{{1,2}}(?!\d))(?:,?\s+(?P<y>\d{{4}})(?!\d))?",
    _MONTH_STEMS,
    ("end", "mid", "by", "before", "until", "till", "in", "from"),
)
# A literal "the" after one of the words.
_DAY_OF_MONTH = LazyPattern(
    r"\b(?P<pre>by|on|before|until|till|due)\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b"
    r"(?!\s+(?!of\b|each\b|every\b|and\b|at\b|by\b|so\b)[a-z])",
    ("the",),
    ("by", "on", "before", "until", "till", "due"),
)
# The label is required, after "end" or one of the words.
_QUARTER = LazyPattern(
    r"\b(?:(?P<end>end\s+of\s+)|(?P<pre>by|before|until|till)\s+(?:the\s+end\s+of\s+)?)"
    r"(?P<q>q[1-4]|h[12])\b(?:\s+(?:of\s+)?(?P<y>\d{4})(?!\d))?",
    _HALVES,
    ("end", "by", "before", "until", "till"),
)
# "in Q3" only when Q3 is not the first word of a noun phrase ("in Q3 planning").
# The label is required, after "in" or "during" (which holds "in").
_QUARTER_IN = LazyPattern(
    r"\b(?:in|during)\s+(?P<q>q[1-4]|h[12])(?:\s+(?P<y>\d{4}))?"
    r"(?![\w-]|\s+\d|\s+(?!and\b|or\b|to\b|for\b|with\b|so\b|at\b|by\b|then\b|if\b|as\b)[a-z])",
    _HALVES,
    ("in",),
)
# The year starts with a literal "20", after "end" or one of the words ("during" holds "in").
_YEAR = LazyPattern(
    r"\b(?:(?P<end>end\s+of\s+)|(?P<pre>by|before|until|till|in|during)\s+)(?P<y>20\d{2})"
    r"(?![\d-])(?!\s*[\w%])",
    ("20",),
    ("end", "by", "before", "until", "till", "in"),
)
# Each alternative holds a unit or an abbreviation, and "end", "this", "next", "within" or an
# abbreviation: "end of .. week", "week end", "this|next|within .. week", "eow", "week after next".
_PERIOD = LazyPattern(
    r"\b(?:end\s+of\s+(?:the\s+)?(?P<which1>this\s+|next\s+|the\s+next\s+|current\s+|calendar\s+)?"
    r"(?P<unit1>week|month|quarter|year)"
    r"|(?P<unit2>week|month|quarter|year)(?:-|\s+)end"
    r"|(?P<which3>this|next|within\s+the|within\s+this)\s+(?P<unit3>week|month|quarter|year)"
    r"(?!['’]s\b)"
    r"|(?P<abbr>eow|eom|eoq|eoy)|(?P<after>week\s+after\s+next))\b",
    ("week", "month", "quarter", "year", "eow", "eom", "eoq", "eoy"),
    ("end", "this", "next", "within", "eow", "eom", "eoq", "eoy"),
)
# A literal "weekend" after "this", "the" or "next".
_WEEKEND = LazyPattern(
    r"\b(?P<which>this|the|next)\s+weekend\b",
    ("weekend",),
    ("this", "the", "next"),
)
# One word of each alternative; "end of the business day" is the only one needing two words, so
# it is "end" in the first list and "of" in the second ("day after tomorrow" holds "tomorrow").
_DAY_WORDS: Final = (
    "tomorrow", "tmrw", "today", "tonight", "morning", "afternoon", "evening", "close", "eod",
    "cob", "eob",
)  # fmt: skip
_RELATIVE_DAY = LazyPattern(
    r"\b(?:(?P<dat>(?:the\s+)?day\s+after\s+tomorrow)|(?P<tomorrow>tomorrow|tmrw)"
    r"|(?P<today>today|tonight|this\s+(?:morning|afternoon|evening))"
    r"|(?P<eod>end\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|close\s+of\s+(?:business|play)"
    r"|eod|cob|eob))\b",
    (*_DAY_WORDS, "end"),
    (*_DAY_WORDS, "of"),
)
# Every full weekday name ends in "day".
_WEEKDAY = LazyPattern(
    rf"\b(?:(?P<mod>next|this\s+coming|this|coming|the\s+following|following|every\s+other"
    rf"|every|each|last)\s+)?(?P<day>{_WEEKDAY_FULL})(?P<plural>s)?\b(?!\s+of\b)"
    rf"(?:\s+(?P<week>next|this)\s+week\b)?",
    ("day",),
)
# Abbreviations only after a word that makes them a day: "sat" and "sun" are also ordinary words.
# An abbreviation after one of the words.
_WEEKDAY_SHORT = LazyPattern(
    rf"\b(?P<mod>next|this|coming|every|each|on|by|until|till|before|due)\s+"
    rf"(?P<day>{_WEEKDAY_ABBR})\b\.?",
    _WEEKDAY_STEMS,
    ("next", "this", "coming", "every", "each", "on", "by", "until", "till", "before", "due"),
)
_UNIT: Final = (
    r"(?P<unit>(?:business\s+|working\s+)?days?|weeks?|fortnights?|months?|quarters?|years?"
    r"|hours?|hrs?)"
)
# A unit, after "in", "after", "over" or "for" ("within" and "during" hold "in").
_OFFSET = LazyPattern(
    r"\b(?:in|within|after|(?:over|in|within|during|for)\s+the\s+(?:next|coming))\s+"
    rf"(?P<n>{_NUM})\s+{_UNIT}\b(?:['’]s?\s+time\b)?"
    # "within 24 hours of a request" is a service level, not a deadline.
    r"(?!\s+(?:of|after|following|before|from(?!\s+(?:now|today)\b))\b)",
    _UNIT_WORDS,
    ("in", "after", "over", "for"),
)
# "daily for two weeks": a habit kept up for a while ends when the while does. Only counted
# when the clause repeats something, since "shadow a PM for a day" says how long, not by when.
# A literal "for" and a unit.
_FOR_PERIOD = LazyPattern(rf"\bfor\s+(?P<n>{_NUM})\s+{_UNIT}\b", ("for",), _UNIT_WORDS)
# The words themselves ("fortnightly" holds "nightly").
_RECURRING = LazyPattern(
    r"\b(?:every|each|daily|weekly|nightly|fortnightly|monthly|twice|once|per|weekdays)\b",
    ("every", "each", "daily", "weekly", "nightly", "monthly", "twice", "once", "per", "weekdays"),
)
# "over the next month": one unit, no number.
# A literal "the", "next" or "coming", a unit, and "over", "in" or "for" before them.
_NEXT_UNIT = LazyPattern(
    r"\b(?:over|in|within|during|for)\s+the\s+(?:next|coming)\s+"
    r"(?P<unit>day|week|fortnight|month|quarter|year)\b",
    ("the",),
    ("next", "coming"),
    ("day", "week", "fortnight", "month", "quarter", "year"),
    ("over", "in", "for"),
)
# A unit, a literal "from", then "now" or "today".
_FROM_NOW = LazyPattern(
    rf"\b(?P<n>{_NUM})\s+{_UNIT}\s+from\s+(?:now|today)\b",
    _UNIT_WORDS,
    ("from",),
    ("now", "today"),
)

# One word of each alternative, in order; "in a few days" and "over the coming weeks" both end
# in a unit, and "when you have time", "as time allows" and "over time" all hold "time".
_VAGUE = LazyPattern(
    r"\b(?:as\s+soon\s+as\s+(?:possible|you\s+can|we\s+can|i\s+can)|asap|soon|sooner|eventually"
    r"|going\s+forward|moving\s+forward|from\s+now\s+on|someday|some\s+day|sometime"
    r"|at\s+some\s+(?:point|stage)|at\s+a\s+later\s+(?:date|stage)|in\s+the\s+(?:near\s+)?future"
    r"|in\s+due\s+course|shortly|(?:when|whenever|if)\s+possible|when\s+convenient"
    r"|when\s+(?:you|i|we|they|he|she)\s+(?:have|has|get|gets|find|finds)\s+(?:the\s+|some\s+)?time"
    r"|(?:when|if|as)\s+time\s+(?:allows|permits)|down\s+the\s+(?:line|road)|before\s+long"
    r"|(?:in|over|within|during)\s+the\s+(?:coming|next\s+few|next\s+couple\s+of)\s+"
    r"(?:days|weeks|months)|in\s+a\s+few\s+(?:days|weeks|months)|in\s+a\s+while|over\s+time"
    r"|(?:(?:the\s+)?end\s+of|in|during|by)\s+(?:the|this|next|our)\s+(?:next\s+)?sprint"
    r"|later(?!\s+(?:than|this|that|today|tonight|in|on|next|the)\b))\b",
    (
        "soon", "asap", "eventually", "forward", "now", "some", "later", "future", "course",
        "shortly", "possible", "convenient", "time", "down", "long", "days", "weeks", "months",
        "while", "sprint",
    ),
)  # fmt: skip
# One word of each alternative ("no later than" and "not later than" hold "later").
_MARKER = LazyPattern(
    r"\b(?P<word>by|before|until|till|no\s+later\s+than|not\s+later\s+than"
    r"|due(?:\s+(?:on|by|before|date))?|deadline(?:\s+(?:is|of))?|on)\s*:?\s+(?P<the>the\s+)?",
    ("by", "before", "until", "till", "later", "due", "deadline", "on"),
)
# One word of each alternative after the optional lead-in: "[ap].?m" is "am", "a.m", "pm" or
# "p.m"; "midday" and "midnight" hold "mid"; "afternoon" holds "noon".
_TIME_AFTER = LazyPattern(
    r"[ \t,]{0,3}(?:(?:by|at|before|until|from|@)\s{1,3})?"
    r"(?:\d{1,2}(?:[:.]\d{2})?\s{0,3}[ap]\.?m\b\.?|\d{1,2}:\d{2}(?!\d)|noon\b|midday\b|midnight\b"
    r"|eod\b|cob\b|end\s+of\s+(?:the\s+)?day\b|close\s+of\s+business\b"
    r"|(?:in\s+the\s+)?(?:morning|afternoon|evening)\b)",
    ("am", "a.m", "pm", "p.m", ":", "noon", "mid", "eod", "cob", "end", "close", "morning",
     "evening"),
)  # fmt: skip
# As for _TIME_AFTER.
_TIME_ONLY = LazyPattern(
    r"\s*(?:(?:by|at|before|until)\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s{0,3}[ap]\.?m\.?|\d{1,2}:\d{2}"
    r"|noon|midday|midnight)\s*",
    ("am", "a.m", "pm", "p.m", ":", "noon", "mid"),
)
# Matches the empty string, so needs nothing.
_MERGE_GAP = LazyPattern(r"[\s,]*(?:(?:on|at|the)\s+)?")

# Things that keep arriving. "Answer each client email within 2 days" or "review PRs within one
# day" sets a turnaround for every item, not a deadline for the goal.
# One word of each alternative: "e-mail" and "email" hold "mail", "pull requests" holds "request".
_INCOMING = LazyPattern(
    r"\b(?:requests?|tickets?|e-?mails?|messages?|calls?|incidents?|escalations?|questions?"
    r"|enquir(?:y|ies)|inquir(?:y|ies)|quer(?:y|ies)|complaints?|bugs?|issues?|alerts?|prs?"
    r"|pull\s+requests?|reviews?|orders?|submissions?|cases?|leads?|comments?|invoices?)\b",
    (
        "request", "ticket", "mail", "message", "call", "incident", "escalation", "question",
        "enquir", "inquir", "quer", "complaint", "bug", "issue", "alert", "pr", "review", "order",
        "submission", "case", "lead", "comment", "invoice",
    ),
)  # fmt: skip
# The words themselves.
_EACH = LazyPattern(r"\b(?:every|each|any)\b", ("every", "each", "any"))
# The punctuation itself.
_SENTENCE_END = LazyPattern(r"[.!?;\n](?=\s)", (".", "!", "?", ";", "\n"))

_MARKERS: Final = ("by", "before", "until", "till", "no", "not", "due", "deadline")

# How specific a candidate is when two of them touch ("EOD Friday", "Friday, January 9").
_WEAK, _RELATIVE, _CALENDAR = 0, 1, 2


# --- Date arithmetic -----------------------------------------------------------------------------


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(start: date, months: int) -> date:
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    day = min(start.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day)


def _quarter_end(year: int, quarter: int) -> date:
    return _month_end(year, quarter * 3)


def _weekday_on_or_after(today: date, weekday: int) -> date:
    return today + timedelta(days=(weekday - today.weekday()) % 7)


def _friday_of_week(today: date, weeks_ahead: int) -> date:
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=weeks_ahead)
    return monday + timedelta(days=4)


def _add_business_days(start: date, count: int) -> date:
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


def _next_month_day(today: date, month: int, day: int) -> date:
    """The coming `month`/`day` in this year or, once it has gone by, next year.

    Raises ValueError when that day does not exist in that year (30 February).
    """
    year = today.year
    last = calendar.monthrange(year, month)[1]
    if (month, min(day, last)) < (today.month, today.day):
        year += 1
    return date(year, month, day)


def _number(word: str) -> int:
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS[" ".join(word.split())]


# --- Resolvers: one per pattern, each returns (date, rank, is_single_day) ------------------------
# They see folded (lower-case) text. ValueError or OverflowError means the phrase names a date that
# does not exist; _NotADate means the words were not a date after all.

_Resolved = tuple[date, int, bool]


class _NotADate(Exception):
    """The words only looked like a date."""


def _from_iso(m: re.Match[str], today: date) -> _Resolved:
    return date(int(m["y"]), int(m["m"]), int(m["d"])), _CALENDAR, True


def _from_dmy(m: re.Match[str], today: date) -> _Resolved:
    day, month, year = int(m["d"]), int(m["m"]), int(m["y"])
    if month > 12 >= day:
        day, month = month, day
    return date(year, month, day), _CALENDAR, True


def _from_day_month(m: re.Match[str], today: date) -> _Resolved:
    month, day = _MONTHS[m["month"]], int(m["d"])
    if m["y"]:
        return date(int(m["y"]), month, day), _CALENDAR, True
    return _next_month_day(today, month, day), _CALENDAR, True


def _from_month_period(m: re.Match[str], today: date) -> _Resolved:
    month = _MONTHS[m["month"]]
    year = int(m["y"]) if m["y"] else today.year
    if not m["y"] and _month_end(year, month) < today:
        year += 1
    if m["mid"]:
        return date(year, month, 15), _CALENDAR, True
    pre = m["pre"] or ""
    if pre == "before":
        return date(year, month, 1) - timedelta(days=1), _CALENDAR, False
    if pre in ("from", "starting"):
        # A start is due when it starts; "from November" in November means now.
        return max(date(year, month, 1), today), _CALENDAR, False
    return _month_end(year, month), _CALENDAR, False


def _from_day_of_month(m: re.Match[str], today: date) -> _Resolved:
    day = int(m["d"])
    if not 1 <= day <= 31:
        raise ValueError(day)
    candidate = today.replace(day=1)
    # The next month (this one included) that has that day; "the 31st" skips short months.
    for _ in range(13):
        last = calendar.monthrange(candidate.year, candidate.month)[1]
        if day <= last and candidate.replace(day=day) >= today:
            return candidate.replace(day=day), _CALENDAR, True
        candidate = _add_months(candidate, 1)
    raise ValueError(day)


def _from_quarter(m: re.Match[str], today: date) -> _Resolved:
    label = m["q"]
    last_month = int(label[1]) * 3 if label[0] == "q" else int(label[1]) * 6
    year = int(m["y"]) if m["y"] else today.year
    if not m["y"] and _month_end(year, last_month) < today:
        year += 1
    if m.groupdict().get("pre") == "before":  # only _QUARTER has "pre"
        first_month = last_month - 2 if label[0] == "q" else last_month - 5
        return date(year, first_month, 1) - timedelta(days=1), _CALENDAR, False
    return _month_end(year, last_month), _CALENDAR, False


def _from_year(m: re.Match[str], today: date) -> _Resolved:
    year = int(m["y"])
    if m["pre"] and m["pre"] not in ("in", "during") and year < today.year:
        raise _NotADate  # "reduce spend by 2000" is an amount, not a year gone by.
    if m["pre"] == "before":
        return date(year - 1, 12, 31), _CALENDAR, False
    return date(year, 12, 31), _CALENDAR, False


def _from_period(m: re.Match[str], today: date) -> _Resolved:
    if m["after"]:
        return _friday_of_week(today, 2), _RELATIVE, False
    if m["abbr"]:
        unit, ahead = {"w": "week", "m": "month", "q": "quarter", "y": "year"}[m["abbr"][2]], 0
    else:
        unit = m["unit1"] or m["unit2"] or m["unit3"]
        which = m["which1"] or m["which3"] or ""
        ahead = 1 if "next" in which else 0
    if unit == "week":
        if ahead:
            return _friday_of_week(today, 1), _RELATIVE, False
        return _weekday_on_or_after(today, 4), _RELATIVE, False
    if unit == "month":
        start = _add_months(today.replace(day=1), ahead)
        return _month_end(start.year, start.month), _RELATIVE, False
    if unit == "quarter":
        index = today.year * 4 + (today.month - 1) // 3 + ahead
        return _quarter_end(index // 4, index % 4 + 1), _RELATIVE, False
    return date(today.year + ahead, 12, 31), _RELATIVE, False


def _from_weekend(m: re.Match[str], today: date) -> _Resolved:
    # On a weekend day "this weekend" is today; otherwise it starts on the coming Saturday.
    saturday = today if today.weekday() >= 5 else _weekday_on_or_after(today, 5)
    if m["which"] == "next":
        saturday = _weekday_on_or_after(today, 5) + timedelta(weeks=1)
    return saturday, _RELATIVE, True


def _from_relative_day(m: re.Match[str], today: date) -> _Resolved:
    if m["dat"]:
        return today + timedelta(days=2), _RELATIVE, True
    if m["tomorrow"]:
        return today + timedelta(days=1), _RELATIVE, True
    return today, (_WEAK if m["eod"] else _RELATIVE), True


def _from_weekday(m: re.Match[str], today: date) -> _Resolved:
    weekday = _WEEKDAYS[m["day"]]
    mod = " ".join((m["mod"] or "").split())
    week = m.groupdict().get("week") or ""
    if week:
        monday = today - timedelta(days=today.weekday())
        return monday + timedelta(weeks=1 if week == "next" else 0, days=weekday), _RELATIVE, True
    if mod in ("next", "this coming", "coming", "the following", "following"):
        return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1), _RELATIVE, True
    if mod == "last":
        return today - timedelta(days=(today.weekday() - weekday - 1) % 7 + 1), _RELATIVE, True
    return _weekday_on_or_after(today, weekday), _RELATIVE, True


def _offset(today: date, count: int, unit: str) -> date:
    unit = " ".join(unit.split()).rstrip("s")
    if unit.startswith(("business", "working")):
        return _add_business_days(today, count)
    if unit in ("hour", "hr"):
        return today + timedelta(days=-(-count // 24))
    days = {"day": 1, "week": 7, "fortnight": 14}.get(unit)
    if days is not None:
        return today + timedelta(days=count * days)
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    return _add_months(today, count * months)


def _from_offset(m: re.Match[str], today: date) -> _Resolved:
    count = m.groupdict().get("n")
    return _offset(today, _number(count) if count else 1, m["unit"]), _RELATIVE, False


_PATTERNS: Final[tuple[tuple[LazyPattern, Callable[[re.Match[str], date], _Resolved]], ...]] = (
    (_ISO, _from_iso),
    (_DMY, _from_dmy),
    (_DAY_MONTH, _from_day_month),
    (_MONTH_DAY, _from_day_month),
    (_MONTH_PERIOD, _from_month_period),
    (_DAY_OF_MONTH, _from_day_of_month),
    (_QUARTER, _from_quarter),
    (_QUARTER_IN, _from_quarter),
    (_YEAR, _from_year),
    (_PERIOD, _from_period),
    (_RELATIVE_DAY, _from_relative_day),
    (_WEEKEND, _from_weekend),
    (_WEEKDAY, _from_weekday),
    (_WEEKDAY_SHORT, _from_weekday),
    (_OFFSET, _from_offset),
    (_NEXT_UNIT, _from_offset),
    (_FOR_PERIOD, _from_offset),
    (_FROM_NOW, _from_offset),
)


# --- Scanning ------------------------------------------------------------------------------------


def fold(text: str) -> str:
    """`text` in lower case with every character at its original offset.

    The patterns are compiled without IGNORECASE (several times faster) and run on this; offsets
    found in it point at the same words in `text`.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few characters lower-case to two ("İ"); keep those as they are so offsets stay put.
    return "".join(low_char if len(low_char := char.lower()) == 1 else char for char in text)


class _Candidate:
    # A plain class: a dataclass costs a few tenths of a millisecond to create at import.
    __slots__ = ("due", "end", "rank", "single_day", "start")

    def __init__(self, start: int, end: int, due: date | None, rank: int, single_day: bool) -> None:
        self.start = start
        self.end = end
        self.due = due  # None: the words name a date that does not exist
        self.rank = rank
        self.single_day = single_day


class _Clauses:
    """Where sentences start and where incoming items and "every/each" occur, for quick lookups."""

    def __init__(self, low: str) -> None:
        self.ends = [m.end() for m in _SENTENCE_END.finditer(low)]
        self.incoming = [m.start() for m in _INCOMING.finditer(low)]
        self.each = [m.start() for m in _EACH.finditer(low)]
        self.recurring = [m.start() for m in _RECURRING.finditer(low)]

    def has(self, positions: list[int], start: int, end: int) -> bool:
        index = bisect.bisect_left(positions, start)
        return index < len(positions) and positions[index] < end

    def start_of(self, position: int) -> int:
        index = bisect.bisect_right(self.ends, position) - 1
        return max(self.ends[index] if index >= 0 else 0, position - 200)

    def end_of(self, position: int) -> int:
        index = bisect.bisect_right(self.ends, position)
        return min(self.ends[index] if index < len(self.ends) else position + 200, position + 200)


def _is_turnaround(m: re.Match[str], today: date, clauses: _Clauses) -> bool:
    """Whether an offset ("within 2 days") is a service level rather than the goal's deadline."""
    if m["unit"].startswith(("hour", "hr")):
        return True
    start = clauses.start_of(m.start())
    if not clauses.has(clauses.incoming, start, m.start()):
        return False
    if clauses.has(clauses.each, start, m.start()):
        return True
    try:
        return _from_offset(m, today)[0] <= today + timedelta(days=1)
    except (ValueError, OverflowError, KeyError):
        return False


def _candidates(low: str, today: date, allow_hours: bool) -> list[_Candidate]:
    found: list[_Candidate] = []
    clauses: _Clauses | None = None
    for pattern, resolve in _PATTERNS:
        for m in pattern.finditer(low):
            if pattern is _FOR_PERIOD:
                clauses = clauses or _Clauses(low)
                start, end = clauses.start_of(m.start()), clauses.end_of(m.end())
                if not clauses.has(clauses.recurring, start, end):
                    continue
            if not allow_hours and m.groupdict().get("unit"):
                clauses = clauses or _Clauses(low)
                if _is_turnaround(m, today, clauses):
                    continue
            try:
                due, rank, single = resolve(m, today)
            except _NotADate:
                continue
            except (ValueError, OverflowError, KeyError):
                due, rank, single = None, _CALENDAR, True
            found.append(_Candidate(m.start(), m.end(), due, rank, single))
    return _merge_adjacent(_drop_overlaps(found), low)


def _drop_overlaps(found: list[_Candidate]) -> list[_Candidate]:
    # Longer matches win ("end of next month" over "next month"); a greedy sweep keeps this
    # O(n log n) however many candidates a long text holds.
    kept: list[_Candidate] = []
    for cand in sorted(found, key=lambda c: (c.start, -(c.end - c.start))):
        if kept and cand.start < kept[-1].end:
            if cand.end - cand.start > kept[-1].end - kept[-1].start:
                kept[-1] = cand
            continue
        kept.append(cand)
    return kept


def _merge_adjacent(cands: list[_Candidate], low: str) -> list[_Candidate]:
    # "EOD Friday", "Friday, 9 January": one deadline said twice; keep the more specific reading.
    merged: list[_Candidate] = []
    for cand in cands:
        if merged:
            last = merged[-1]
            gap = _MERGE_GAP.match(low, last.end, cand.start)
            if cand.start - last.end <= 8 and gap is not None and gap.end() == cand.start:
                best = cand if cand.rank >= last.rank else last
                merged[-1] = _Candidate(last.start, cand.end, best.due, best.rank, best.single_day)
                continue
        merged.append(cand)
    return merged


class _Reading:
    # Plain, as _Candidate; never changed after it is made.
    __slots__ = ("due", "end", "marked", "problem", "start")

    def __init__(
        self, start: int, end: int, due: date | None, marked: bool, problem: str | None
    ) -> None:
        self.start = start  # where the phrase starts, marker word included
        self.end = end
        self.due = due
        self.marked = marked
        self.problem = problem


def _readings(cands: list[_Candidate], low: str, today: date) -> list[_Reading]:
    # One pass finds every marker word; each candidate then looks up the one ending where it
    # starts ("by the " + "end of March") or starting where it starts ("by March").
    ending: dict[int, re.Match[str]] = {}
    starting: dict[int, re.Match[str]] = {}
    for m in _MARKER.finditer(low):
        ending[m.end()] = m
        if m["the"]:
            ending[m.start("the")] = m  # "by" + "the weekend"
        starting[m.start()] = m
    readings = []
    for cand in cands:
        start, due = cand.start, cand.due
        marker = ending.get(cand.start)
        if marker is not None:
            start = marker.start()
        else:
            marker = starting.get(cand.start)
        word = marker["word"] if marker is not None else ""
        if word == "before" and cand.single_day and due is not None:
            try:
                due -= timedelta(days=1)
            except OverflowError:
                due = None
        if due is None:
            problem: str | None = IMPOSSIBLE
        elif due < today:
            problem = PAST
        else:
            problem = None
        marked = word.split(" ")[0] in _MARKERS
        readings.append(_Reading(start, cand.end, due, marked, problem))
    return readings


def _scan(text: str, today: date, allow_hours: bool) -> tuple[DeadlineFinding, list[_Candidate]]:
    low = fold(text)
    cands = _candidates(low, today, allow_hours)
    if cands:
        best = max(
            _readings(cands, low, today), key=lambda r: (r.marked, r.problem is None, r.start)
        )
        time = _TIME_AFTER.match(low, best.end)
        end = time.end() if time is not None else best.end
        phrase = " ".join(text[best.start : end].split())
        return DeadlineFinding(best.due, phrase, best.problem), cands
    vague = _VAGUE.search(low)
    if vague is not None:
        return DeadlineFinding(None, " ".join(text[vague.start() : vague.end()].split()), VAGUE), []
    return DeadlineFinding(None, None, MISSING), []


def find_deadline_and_spans(
    text: str, today: date
) -> tuple[DeadlineFinding, list[tuple[int, int]]]:
    """`find_deadline`, plus where `text` mentions any date, as (start, end) offsets.

    The spans let other checks ignore a deadline's digits ("by 15 January") when looking for a
    target; one scan serves both.
    """
    finding, cands = _scan(text, today, allow_hours=False)
    return finding, [(c.start, c.end) for c in cands]


def find_deadline(text: str, today: date) -> DeadlineFinding:
    """Find the deadline inside a goal sentence.

    Returns the resolved date and the words it was read from. A vague word ("soon", "ASAP") gives
    problem "vague"; a date already gone gives "past" (with `due` set so people see what was read);
    a date that does not exist gives "impossible"; no deadline at all gives "missing". See the
    module docstring for how ambiguous phrases are read.
    """
    return _scan(text, today, allow_hours=False)[0]


def _short(phrase: str) -> str:
    phrase = " ".join(phrase.split())
    return phrase if len(phrase) <= 60 else phrase[:57] + "..."


def parse_date(phrase: str, today: date) -> date:
    """Resolve a phrase that is meant to be a date, such as "in 1 week", "by Friday",
    "next Monday", "2027-01-15", "tomorrow" or "end of the month".

    Raises DateError, with one sentence for people, when the phrase is vague, impossible, in the
    past or not understood. Words around the date are tolerated ("due by Friday please"); hours
    count here ("in 48 hours") though not in goals. Readings of ambiguous phrases are described in
    the module docstring.
    """
    if not phrase.strip():
        raise DateError(MSG_EMPTY)
    finding = _scan(phrase, today, allow_hours=True)[0]
    if finding.problem is None and finding.due is not None:
        return finding.due
    shown = _short(finding.phrase or phrase)
    if finding.problem == VAGUE:
        raise DateError(MSG_VAGUE.format(phrase=shown))
    if finding.problem == PAST and finding.due is not None:
        raise DateError(MSG_PAST.format(phrase=shown, due=finding.due.isoformat()))
    if finding.problem == IMPOSSIBLE:
        raise DateError(MSG_IMPOSSIBLE.format(phrase=shown))
    if _TIME_ONLY.fullmatch(fold(phrase)):
        raise DateError(MSG_TIME_ONLY.format(phrase=shown))
    raise DateError(MSG_UNKNOWN.format(phrase=shown))
