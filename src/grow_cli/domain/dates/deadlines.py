"""Deadlines in plain English, resolved against a given "today".

Two entry points: `find_deadline` reads the deadline out of a goal sentence ("Send the report by
Friday"); `parse_date` resolves a phrase that is meant to *be* a date ("in 1 week", "2027-01-15")
and raises `DateError` when it cannot. Neither reads the clock: callers pass today.

The patterns live in `patterns.py` and what each match means in `resolvers.py`; this module
weighs the matches of a text against each other. Only the standard library, and every pattern is
linear (no nested quantifiers), so any text of any length is answered quickly and nothing here
raises except `parse_date`'s `DateError`.

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
  The number words of `words.py` ("one" to "twelve", "fourteen", "twenty", "forty-five",
  "ninety", ... and "a", "a couple of") work as numbers. "for two weeks" is a deadline only for
  something repeated ("daily for two weeks"), not for "shadow her for a day".
- Not deadlines: a turnaround ("within 24 hours", "within 2 days of each incident", "answer every
  email within 2 days", "review PRs within 1 day"), an amount ("by 15%", "by 3 days", "by 2000"),
  a name ("the Q3 roadmap", "Q3 planning"). "in the next sprint" and "soon" are vague.
- Several deadlines: one marked by "by", "before", "until", "no later than", "due" or "deadline"
  wins; then one that is a valid date over a past or impossible one; then the last one.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from typing import Final, NamedTuple

from grow_cli.domain.dates.patterns import (
    EACH,
    FOR_PERIOD,
    INCOMING,
    MARKER,
    MARKERS,
    MERGE_GAP,
    RECURRING,
    SENTENCE_END,
    TIME_AFTER,
    TIME_ONLY,
    VAGUE_PHRASE,
)
from grow_cli.domain.dates.resolvers import CALENDAR, RESOLVERS, NotADate, from_offset

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


# A NamedTuple: making a frozen dataclass, and importing dataclasses for it, cost about a
# millisecond of every start of `grow smart`.
class DeadlineFinding(NamedTuple):
    """What `find_deadline` understood.

    `problem` is None when `due` is today or later; otherwise "vague", "past" (due is the past
    date), "impossible" (due is None) or "missing" (nothing found; phrase is None).
    """

    due: date | None
    phrase: str | None
    problem: str | None


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
        self.ends = [m.end() for m in SENTENCE_END.finditer(low)]
        self.incoming = [m.start() for m in INCOMING.finditer(low)]
        self.each = [m.start() for m in EACH.finditer(low)]
        self.recurring = [m.start() for m in RECURRING.finditer(low)]

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
        return from_offset(m, today)[0] <= today + timedelta(days=1)
    except (ValueError, OverflowError, KeyError):
        return False


def _candidates(low: str, today: date, allow_hours: bool) -> list[_Candidate]:
    found: list[_Candidate] = []
    clauses: _Clauses | None = None
    for pattern, resolve in RESOLVERS:
        for m in pattern.finditer(low):
            if pattern is FOR_PERIOD:
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
            except NotADate:
                continue
            except (ValueError, OverflowError, KeyError):
                due, rank, single = None, CALENDAR, True
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
            gap = MERGE_GAP.match(low, last.end, cand.start)
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
    for m in MARKER.finditer(low):
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
        marked = word.split(" ")[0] in MARKERS
        readings.append(_Reading(start, cand.end, due, marked, problem))
    return readings


def _scan(text: str, today: date, allow_hours: bool) -> tuple[DeadlineFinding, list[_Candidate]]:
    low = fold(text)
    cands = _candidates(low, today, allow_hours)
    if cands:
        best = max(
            _readings(cands, low, today), key=lambda r: (r.marked, r.problem is None, r.start)
        )
        time = TIME_AFTER.match(low, best.end)
        end = time.end() if time is not None else best.end
        phrase = " ".join(text[best.start : end].split())
        return DeadlineFinding(best.due, phrase, best.problem), cands
    vague = VAGUE_PHRASE.search(low)
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
    if TIME_ONLY.fullmatch(fold(phrase)):
        raise DateError(MSG_TIME_ONLY.format(phrase=shown))
    raise DateError(MSG_UNKNOWN.format(phrase=shown))
