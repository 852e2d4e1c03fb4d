"""Deadlines in plain English, resolved against a given "today".

Two entry points: `find_deadline` reads the deadline out of a goal sentence ("Send the report by
Friday"); `parse_date` resolves a phrase that is meant to *be* a date ("in 1 week", "2027-01-15")
and raises `DateError` when it cannot. Neither reads the clock or the environment: callers pass
today and the `DateSettings` (the order of numeric dates, the length of a sprint).

The patterns live in `patterns.py` and `periods.py`, what each match means in `resolvers.py` and
`periods.py`, slips of the keyboard are put right in `typos.py`, and `scan.py` turns matches into
candidates; this module weighs them against each other. Only the standard library, and every
pattern is linear (no nested quantifiers), so any text of any length is answered quickly and
nothing here raises except `parse_date`'s `DateError`.

Readings chosen where English is ambiguous (today is a Sunday in the examples that need one):

- "Friday", "by Friday", "on Friday", "this Friday", "every Friday": the first Friday on or after
  today (today itself when today is a Friday). "next Friday", "coming Friday", "the following
  Friday": the first Friday strictly after today. "Friday next week": the Friday of next ISO week.
- "Thursday the 10th", "Thu 10th": the next date that is both a Thursday and a 10th, within a
  year; when none is, the next 10th, and `how` says the weekday was left aside.
- "a week from Thursday", "two weeks from Monday", "3 days from tomorrow", "a week on Friday":
  the coming Thursday (as "Thursday" reads), then the offset.
- "before Friday", "before 9 January", "before March", "before tomorrow": the day before.
  "last Friday": the Friday before today, so always past.
- "end of the week", "this week", "within the week", "EOW": the first Friday on or after today
  (a weekend looks ahead to the coming work week). "next week", "end of next week": the Friday of
  next ISO week (weeks start on Monday; on a Sunday that is the week starting tomorrow). "the
  week after next": the Friday after that. "this weekend": the coming Saturday, or today on a
  weekend.
- "end of day", "EOD", "COB", "tonight", "close of business": today.
- "this month" / "next month", "this quarter" / "next quarter", "this year" / "next year", "EOM",
  "EOQ", "end of year": the last day of that period (EOQ: of this calendar quarter). "in March",
  "by March", "end of March", "by Q3", "in Q3", "end of Q3", "end of H1", "by the end of the
  second quarter", "in the 2nd quarter": the last day of that month, quarter or half this year, or
  next year once it is over ("of 2028", "of next year" name the year). "from March", "starting
  March": the 1st (or today, within March). "by 2030", "in 2030", "end of 2030": 31 December.
- Periods are read as one day and marked as read from a period (`how`, and `unsure` so that a
  prompt asks to confirm): "the first week of March" the 7th (second 14th, third 21st, fourth
  28th, last: the month's last day); "mid-March" and "the middle of March" the 15th; "early
  March" the 10th; "late March" and "the second half of March" its last day; "the beginning of
  March" the 1st. "early / mid / late next week" its Tuesday / Wednesday / Friday; "early next
  month" the 10th; "early / mid / late next year" 31 March / 30 June / 31 December. "before" one
  of them is the day before it starts. "before the holidays", "by the Christmas break": 24
  December; "Christmas" is the 25th, "Christmas Eve" the 24th, "New Year's Eve" the 31st, "the
  new year" 1 January ("before Christmas": the 24th). Seasons are the northern ones, from about
  the solstices and equinoxes (spring 20 March, summer 21 June, autumn 22 September, winter 21
  December): "before the summer", "by summer" is 20 June, "end of the summer" 21 September.
- Sprints, given `sprint_days`: "this sprint", "the end of the sprint", "during the current
  sprint", "by the next sprint" (when this one ends and the next starts) are today + one sprint;
  "next sprint", "in the next sprint", "end of next sprint" today + two; "in 3 sprints" today +
  three. A sprint's start is not known, so the end is counted from today, and marked to confirm.
  Without `sprint_days` a sprint is problem "sprint": no date, and callers ask for one. "sprint
  planning", "the sprint summary", "discuss the sprint" name things, and are no deadline.
- Dates without a year ("January 9", "14 Feb", "the 5th", "no later than the 18th") are the next
  occurrence on or after today. If that day does not exist in that year ("Feb 29" when the coming
  February is not a leap one) the date is impossible; it is not silently moved to a later year.
- Numeric dates need a four-digit year: ISO ("2027-01-15", "2027/01/15") or day and month with
  "/" or "-" ("01/12/2026", "03-04-2027"). When either could be the day, the configured order
  decides (`DateSettings.date_order`, "DMY" by default), always the same way, and `how` says so
  ("read day-first from '01/12/2026'"); "12/15/2026" has only one reading and is read that way.
  With dots ("18.12.", "18.12.2026") the day always comes first; without a year the month has two
  digits, and only after a deadline word ("till 18.12.") or as the whole phrase is it a date,
  so neither a version ("the 1.10.2026 build") nor an amount ("by 2.5.") is one.
- Weekday and month names typed wrong ("Wendesday", "thrusday", "febuary", "tommorow") are read
  as the name meant (`typos.py`), and `how` names the slip ("read 'Wendesday' as Wednesday").
- Offsets count from today: "in 3 days", "within 2 weeks", "over the next 14 days", "for the next
  30 days", "in a month" (same day next month, clamped to its last day), "within 5 business days"
  (weekends skipped; "working days" and "workdays" too). Units may be short ("in 3 wks", "in 2
  mos", "in 1 yr"), and `how` says what they were read as. The number words of `words.py` ("one"
  to "twelve", "fourteen", "twenty", "forty-five", "ninety", ... and "a", "a couple of") work as
  numbers. "for two weeks" is a deadline only for something repeated ("daily for two weeks"), not
  for "shadow her for a day"; "for the next two weeks" always is.
- Not deadlines: a turnaround ("within 24 hours", "within 2 days of each incident", "answer every
  email within 2 days", "review PRs within 1 day"), an amount ("by 15%", "by 3 days", "by 2000"),
  a name ("the Q3 roadmap", "Q3 planning"), a date gone by that names an event ("the postmortem of
  the Oct 28 outage", "the Nov 3 offsite recap", "notes from Nov 3"), and a weekday that names a
  meeting ("the Tuesday planning call", "Monday standup", "the Friday demo") unless a deadline
  word comes first ("by the Friday demo"). For these `how` says why, when no other date is the
  deadline. "soon" and "in due course" are vague.
- Several deadlines: one marked by "by", "before", "until", "no later than", "due" or "deadline"
  wins; then one that is a valid date over a past or impossible one; then the last one.
"""

from __future__ import annotations

from datetime import date
from typing import Final, NamedTuple

from grow_cli.domain.dates.patterns import TIME_AFTER, TIME_ONLY, VAGUE_PHRASE
from grow_cli.domain.dates.periods import SPRINT, SPRINTS, sprint_phrase
from grow_cli.domain.dates.reading import Context
from grow_cli.domain.dates.scan import IGNORED, NAMED, Candidate, Reading, candidates
from grow_cli.domain.dates.scan import IMPOSSIBLE as IMPOSSIBLE
from grow_cli.domain.dates.scan import PAST as PAST
from grow_cli.domain.dates.scan import VAGUE as VAGUE
from grow_cli.domain.dates.scan import readings as read_candidates
from grow_cli.domain.dates.settings import DEFAULT_SETTINGS, DateSettings
from grow_cli.domain.dates.typos import Fixed

# --- Messages for people (DateError); one sentence each. -----------------------------------------

EXAMPLES: Final = "'tomorrow', 'in 1 week', 'by Friday', 'end of the month' or '2027-01-15'"
MSG_EMPTY: Final = f"No date given: write one such as {EXAMPLES}."
MSG_VAGUE: Final = "'{phrase}' is not a date: name the day, e.g. 'by Friday' or 'in 2 weeks'."
MSG_PAST: Final = "'{phrase}' is {due}, which has already passed: give today or a later date."
MSG_IMPOSSIBLE: Final = "'{phrase}' is not a real date: check the day and the month."
MSG_TIME_ONLY: Final = "'{phrase}' is a time, not a date: add the day, e.g. 'Friday 3 PM'."
MSG_UNKNOWN: Final = f"Could not read '{{phrase}}' as a date: try {EXAMPLES}."
MSG_SPRINT: Final = (
    "'{phrase}' depends on when the sprint ends: give the day, e.g. 'by Friday' or "
    "'2027-01-15', or set sprint_days in the config."
)

MISSING: Final = "missing"
SPRINT_UNKNOWN: Final = "sprint"  # a sprint named, its length not known


class DateError(ValueError):
    """A phrase that cannot be used as a date; the message is one sentence for people."""


# A NamedTuple: making a frozen dataclass, and importing dataclasses for it, cost about a
# millisecond of every start of `grow smart`.
class DeadlineFinding(NamedTuple):
    """What `find_deadline` understood.

    `problem` is None when `due` is today or later; otherwise "vague", "past" (due is the past
    date), "impossible" (due is None), "sprint" (a sprint without a known length; due is None) or
    "missing" (no deadline; phrase is None). `how` says how the date was read when people should
    see it ("read day-first from '01/12/2026'", "read from a period: ..."), or for "missing" why
    the dates the text has are not its deadline ("'Oct 28' is the date of something that has
    happened"); `unsure` is True when a person should confirm the date (read from a period, from
    a slip of the keyboard, or from a numeric date ordered by the configured order).
    """

    due: date | None
    phrase: str | None
    problem: str | None
    how: str | None = None
    unsure: bool = False


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


def _how(best: Reading, end: int, fixed: Fixed, text: str, phrase: str) -> tuple[str | None, bool]:
    """What people are told about how the best reading was made, and whether to confirm it."""
    note = best.cand.note
    filled = None
    if note is not None:
        match = text[fixed.typed(best.cand.start) : fixed.typed(best.cand.end)]
        filled = note[0].format(phrase=_short(phrase), match=_short(match))
    slips = fixed.slips(best.start, end)
    if not slips:
        return filled, note is not None and note[1]
    read = " and ".join(
        f"'{text[a:b]}' as {name if name == 'tomorrow' else name.capitalize()}"
        for a, b, name in slips
    )
    return (f"read {read}; {filled}" if filled else f"read {read}, from '{_short(phrase)}'"), True


def _scan(
    text: str, today: date, settings: DateSettings, allow_hours: bool
) -> tuple[DeadlineFinding, list[tuple[int, int]]]:
    fixed = Fixed(fold(text))
    low = fixed.text  # the folded text, slips of the keyboard mended
    cands: list[Candidate] = candidates(low, Context(today, settings), allow_hours)
    spans = [(c.start, c.end) for c in cands]
    if fixed.mended:
        spans = [(fixed.typed(start), fixed.typed(end)) for start, end in spans]
    found = read_candidates(cands, low, today)
    if found:
        best = _first_listed_day(
            max(found, key=lambda r: (r.marked, r.problem is None, r.start)), found, low
        )
        time = TIME_AFTER.match(low, best.cand.end)
        end = time.end() if time is not None else best.cand.end
        phrase = " ".join(text[fixed.typed(best.start) : fixed.typed(end)].split())
        how, unsure = _how(best, end, fixed, text, phrase)
        return DeadlineFinding(best.due, phrase, best.problem, how, unsure), spans
    for pattern in (SPRINT, SPRINTS):
        for m in pattern.finditer(low):
            if pattern is SPRINTS or sprint_phrase(m):
                phrase = _typed(text, fixed, m.start(), m.end())
                return DeadlineFinding(None, phrase, SPRINT_UNKNOWN), spans
    vague = VAGUE_PHRASE.search(low)
    if vague is not None:
        phrase = _typed(text, fixed, vague.start(), vague.end())
        return DeadlineFinding(None, phrase, VAGUE), spans
    return DeadlineFinding(None, None, MISSING, _not_deadlines(cands, text, fixed)), spans


def _first_listed_day(best: Reading, found: list[Reading], low: str) -> Reading:
    """Of weekdays listed together ("on Tuesdays and Thursdays", "Tue & Thu"), the first to come:
    a habit's first occurrence. Any other reading is kept as it is."""
    index = found.index(best)
    chosen = best
    while index > 0 and best.cand.weekday and found[index - 1].cand.weekday:
        before = found[index - 1]
        if low[before.cand.end : found[index].start].strip(" ,") not in _LIST_WORDS:
            break
        if before.problem is None and before.due is not None and chosen.due is not None:
            chosen = before if before.due < chosen.due else chosen
        index -= 1
    return chosen


_LIST_WORDS: Final = frozenset(("", "and", "&", "+", "/", "or", "n"))


def _not_deadlines(cands: list[Candidate], text: str, fixed: Fixed) -> str | None:
    """Why the dates a text has are none of them its deadline, when they are events or names."""
    for cand in cands:
        if cand.kind in (IGNORED, NAMED):
            words = _short(_typed(text, fixed, cand.start, cand.end))
            if cand.kind == NAMED:
                return f"'{words}' names a meeting"
            return f"'{words}' is the date of something that has happened"
    return None


def _typed(text: str, fixed: Fixed, start: int, end: int) -> str:
    """The words between two offsets of the mended text, as typed, on one line."""
    return " ".join(text[fixed.typed(start) : fixed.typed(end)].split())


def find_deadline_and_spans(
    text: str, today: date, settings: DateSettings = DEFAULT_SETTINGS
) -> tuple[DeadlineFinding, list[tuple[int, int]]]:
    """`find_deadline`, plus where `text` mentions any date, as (start, end) offsets.

    The spans let other checks ignore a deadline's digits ("by 15 January") when looking for a
    target; one scan serves both.
    """
    return _scan(text, today, settings, allow_hours=False)


def find_deadline(
    text: str, today: date, settings: DateSettings = DEFAULT_SETTINGS
) -> DeadlineFinding:
    """Find the deadline inside a goal sentence.

    Returns the resolved date and the words it was read from. A vague word ("soon", "ASAP") gives
    problem "vague"; a date already gone gives "past" (with `due` set so people see what was read);
    a date that does not exist gives "impossible"; a sprint whose length `settings` does not give
    gives "sprint"; no deadline at all gives "missing". `settings` holds the order of numeric
    dates and the sprint length. See the module docstring for how ambiguous phrases are read.
    """
    return _scan(text, today, settings, allow_hours=False)[0]


def _short(phrase: str) -> str:
    phrase = " ".join(phrase.split())
    return phrase if len(phrase) <= 60 else phrase[:57] + "..."


def parse_date(phrase: str, today: date, settings: DateSettings = DEFAULT_SETTINGS) -> date:
    """Resolve a phrase that is meant to be a date, such as "in 1 week", "by Friday",
    "next Monday", "2027-01-15", "tomorrow" or "end of the month".

    Raises DateError, with one sentence for people, when the phrase is vague, impossible, in the
    past or not understood. Words around the date are tolerated ("due by Friday please"); hours
    count here ("in 48 hours") though not in goals. Readings of ambiguous phrases are described in
    the module docstring.
    """
    if not phrase.strip():
        raise DateError(MSG_EMPTY)
    finding = _scan(phrase, today, settings, allow_hours=True)[0]
    if finding.problem is None and finding.due is not None:
        return finding.due
    shown = _short(finding.phrase or phrase)
    if finding.problem == VAGUE:
        raise DateError(MSG_VAGUE.format(phrase=shown))
    if finding.problem == SPRINT_UNKNOWN:
        raise DateError(MSG_SPRINT.format(phrase=shown))
    if finding.problem == PAST and finding.due is not None:
        raise DateError(MSG_PAST.format(phrase=shown, due=finding.due.isoformat()))
    if finding.problem == IMPOSSIBLE:
        raise DateError(MSG_IMPOSSIBLE.format(phrase=shown))
    if TIME_ONLY.fullmatch(fold(phrase)):
        raise DateError(MSG_TIME_ONLY.format(phrase=shown))
    raise DateError(MSG_UNKNOWN.format(phrase=shown))
