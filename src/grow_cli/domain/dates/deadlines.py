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
        best = max(found, key=lambda r: (r.marked, r.problem is None, r.start))
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
