"""Every date phrase of a text as candidates, and the readings `deadlines.py` weighs.

A candidate is one match of one pattern with what its resolver made of it. Overlapping ones
give way to the longest, touching ones merge ("EOD Friday"), and each is then read with the
deadline word before it ("by", "before", "no later than"), which also decides two kinds of
candidate: a weekday naming a meeting ("the Tuesday planning call") and a date written with dots
("18.12.") count only after such a word. Dates of past events never count, but stay spans.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from grow_cli.domain.dates.patterns import (
    DAY_SLASH,
    DOTTED,
    EACH,
    EVENT_NOUN,
    FOR_PERIOD,
    INCOMING,
    MARKER,
    MARKERS,
    MEETING,
    MERGE_GAP,
    RECURRING,
    SENTENCE_END,
    WEEKDAY,
    WEEKDAY_SHORT,
)
from grow_cli.domain.dates.reading import CALENDAR, Context, NotADate, Note, NotTheDeadline
from grow_cli.domain.dates.resolvers import RESOLVERS, from_offset
from grow_cli.domain.patterns import LazyPattern

# What kind of candidate: any date; a date of something else (kept only as a span); a weekday
# that names a meeting or a date with dots (each a deadline only after a deadline word).
PLAIN, IGNORED, NAMED, MARKED_ONLY = 0, 1, 2, 3
# A weekday phrase: one day ("Friday"), or a day that recurs ("every Friday", "on Fridays").
ONE_DAY, EVERY_DAY = 1, 2

VAGUE, PAST, IMPOSSIBLE = "vague", "past", "impossible"
_MEETING_REACH = 40  # characters after a weekday that may name a meeting ("planning call")


class Candidate:
    """One date phrase: where it is, what it resolved to, and how."""

    # A plain class: a dataclass costs a few tenths of a millisecond to create at import.
    __slots__ = ("due", "end", "first", "kind", "note", "rank", "start", "weekday")

    def __init__(
        self,
        start: int,
        end: int,
        due: date | None,
        rank: int,
        first: date | None = None,
        note: Note | None = None,
        kind: int = PLAIN,
        weekday: int = 0,
    ) -> None:
        self.start = start
        self.end = end
        self.due = due  # None: the words name a date that does not exist
        self.rank = rank
        self.first = first  # the day "before" counts back from, if any
        self.note = note
        self.kind = kind
        self.weekday = weekday  # ONE_DAY or EVERY_DAY for a weekday phrase, 0 otherwise


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


def _is_turnaround(m: re.Match[str], ctx: Context, clauses: _Clauses) -> bool:
    """Whether an offset ("within 2 days") is a service level rather than the goal's deadline."""
    if m["unit"].startswith(("hour", "hr")):
        return True
    if m.group().startswith(("for", "over")):
        return False  # "for the next 30 days" is how long it is kept up, never a turnaround
    start = clauses.start_of(m.start())
    if not clauses.has(clauses.incoming, start, m.start()):
        return False
    if clauses.has(clauses.each, start, m.start()):
        return True
    try:
        return from_offset(m, ctx)[0] <= ctx.today + timedelta(days=1)
    except (ValueError, OverflowError, KeyError):
        return False


def _names_a_meeting(low: str, m: re.Match[str]) -> bool:
    """Whether a weekday is the name of a meeting ("the Tuesday planning call") or of another
    standing thing: after "the", a weekday that a noun follows ("the Thursday menu tasting")."""
    # A meeting's words are short: a bounded look keeps long texts linear.
    if MEETING.match(low, m.end(), m.end() + _MEETING_REACH) is not None:
        return True
    if m.group().endswith("s") or not low.endswith("the ", max(0, m.start() - 4), m.start()):
        return False
    return EVENT_NOUN.match(low, m.end()) is not None and not low.startswith("'", m.end())


def _weekday_kind(m: re.Match[str]) -> int:
    """ONE_DAY or EVERY_DAY for a weekday match: "every", "each" or a plural make it recur."""
    found = m.groupdict()
    mod = found.get("mod") or ""
    return EVERY_DAY if mod in ("every", "each") or found.get("plural") else ONE_DAY


def candidates(low: str, ctx: Context, allow_hours: bool) -> list[Candidate]:
    """Every date phrase of `low` (folded, slips mended), longest first where they overlap."""
    found: list[Candidate] = []
    clauses: _Clauses | None = None
    for pattern, resolve in RESOLVERS:
        # What this pattern's matches need looked at, worked out once, not for each match.
        recurring = pattern is FOR_PERIOD
        weekday = pattern is WEEKDAY or pattern is WEEKDAY_SHORT
        base = MARKED_ONLY if pattern is DOTTED or pattern is DAY_SLASH else PLAIN
        offset: bool | None = None  # whether the pattern has a unit: known at its first match
        for m in pattern.finditer(low):
            if recurring:
                clauses = clauses or _Clauses(low)
                start, end = clauses.start_of(m.start()), clauses.end_of(m.end())
                if not clauses.has(clauses.recurring, start, end):
                    continue
            if offset is None:
                offset = not allow_hours and "unit" in m.re.groupindex
            if offset and m["unit"]:
                clauses = clauses or _Clauses(low)
                if _is_turnaround(m, ctx, clauses):
                    continue
            kind = NAMED if weekday and _names_a_meeting(low, m) else base
            try:
                due, rank, first, note = resolve(m, ctx)
            except NotTheDeadline:
                found.append(Candidate(m.start(), m.end(), None, CALENDAR, kind=IGNORED))
                continue
            except NotADate:
                continue
            except (ValueError, OverflowError, KeyError):
                due, rank, first, note = None, CALENDAR, None, None
            day_kind = _weekday_kind(m) if weekday else 0
            found.append(Candidate(m.start(), m.end(), due, rank, first, note, kind, day_kind))
    return _merge_adjacent(_drop_overlaps(found), low)


def _drop_overlaps(found: list[Candidate]) -> list[Candidate]:
    # Longer matches win ("end of next month" over "next month"); a greedy sweep keeps this
    # O(n log n) however many candidates a long text holds.
    kept: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (c.start, -(c.end - c.start))):
        if kept and cand.start < kept[-1].end:
            if cand.end - cand.start > kept[-1].end - kept[-1].start:
                kept[-1] = cand
            continue
        kept.append(cand)
    return kept


def _merge_adjacent(cands: list[Candidate], low: str) -> list[Candidate]:
    # "EOD Friday", "Friday, 9 January": one deadline said twice; keep the more specific reading.
    # The phrase keeps the kind of its first words, where a deadline word would stand.
    merged: list[Candidate] = []
    for cand in cands:
        last = merged[-1] if merged else None
        if (
            last is not None
            and cand.start - last.end <= 8
            and IGNORED not in (last.kind, cand.kind)
        ):
            gap = MERGE_GAP.match(low, last.end, cand.start)
            if gap is not None and gap.end() == cand.start:
                best = cand if cand.rank >= last.rank else last
                merged[-1] = Candidate(
                    last.start,
                    cand.end,
                    best.due,
                    best.rank,
                    best.first,
                    best.note,
                    last.kind,
                    best.weekday,
                )
                continue
        merged.append(cand)
    return merged


# "before" opening a clause that the date ends: "before it lapses on Saturday".
# "before our Dec 3 1:1", "before my Friday shift": a possessive names the occasion's owner.
BEFORE_CLAUSE = LazyPattern(
    r"\bbefore\s+(?:[\w'’-]+(?:\s+[^\s,.;:!?]+){1,6}|(?:our|my|your|his|her|their))\s*\Z",
    ("before",),
)


class Reading:
    """A candidate read with the deadline word before it."""

    # Plain, as Candidate; never changed after it is made.
    __slots__ = ("cand", "due", "marked", "problem", "start")

    def __init__(
        self, cand: Candidate, start: int, due: date | None, marked: bool, problem: str | None
    ) -> None:
        self.cand = cand
        self.start = start  # where the phrase starts, deadline word included
        self.due = due
        self.marked = marked
        self.problem = problem


def readings(cands: list[Candidate], low: str, today: date) -> list[Reading]:
    """The candidates that may be the deadline, each with its deadline word taken into account."""
    # One pass finds every marker word; each candidate then looks up the one ending where it
    # starts ("by the " + "end of March") or starting where it starts ("by March").
    ending: dict[int, re.Match[str]] = {}
    starting: dict[int, re.Match[str]] = {}
    for m in MARKER.finditer(low):
        ending[m.end()] = m
        if m["the"]:
            ending[m.start("the")] = m  # "by" + "the weekend"
        starting[m.start()] = m
    found = []
    for cand in cands:
        if cand.kind == IGNORED:
            continue
        start, due = cand.start, cand.due
        marker = ending.get(cand.start)
        if marker is not None:
            start = marker.start()
        else:
            marker = starting.get(cand.start)
        weak = marker is None or marker["word"] == "on"  # "reflect on the Tuesday demo"
        if (weak and cand.kind == NAMED) or (
            marker is None and cand.kind == MARKED_ONLY and low[: cand.start].strip()
        ):
            continue  # "the Tuesday planning call", "the 1.10.2026 build"
        word = marker["word"] if marker is not None else ""
        word = "before" if word == "b4" else word
        first = cand.first
        # "before work on Mondays" is a habit's time of day, not the day before a Monday.
        if (
            word in ("", "on")
            and cand.weekday != EVERY_DAY
            and BEFORE_CLAUSE.search(low[max(0, cand.start - 40) : cand.start])
        ):
            word, first = "before", first or due  # "before the fee goes up on 11/01"
        if word == "before" and first is not None:
            try:
                due = first - timedelta(days=1)
            except OverflowError:
                due = None
        if due is None:
            problem: str | None = IMPOSSIBLE
        elif due < today:
            problem = PAST
        else:
            problem = None
        marked = word.split(" ")[0] in MARKERS
        found.append(Reading(cand, start, due, marked, problem))
    return found
