"""Coaching threads: each goal followed from the conversation that opened it to its outcome.

Pure: folded from notes in order (oldest first), like item statuses. The rules (README, "Schema
2"):

- A coaching note belongs to the thread named by its `thread` key; one without it opens a thread
  of its own, `<note id>#t1`. A feedback note belongs to the thread it names, if any. The first
  note that names a thread opens it; its focus, goal (and SMART verdicts) and measure are the
  thread's, and a later note of the thread that gives a goal or a measure replaces them.
- A `[[progress]]` entry (in a check-in, or any note) records a reading of the thread's measure,
  its next check-in and, when it ends, its outcome (`status`: achieved, partly_achieved,
  not_achieved, dropped; `active` takes it up again).
- Its next check-in: the latest date a note of the thread gave for it (its `[[progress]]`
  entry's `next_checkin`, else the note's own `next_checkin`), while that date is not before the
  thread's last note; else that last note's day plus the focus's horizon.
- A thread read from a schema-1 note (no thread data: every old coaching note is one) has no
  recorded outcome. It is active while it holds an item still to do or is the person's latest
  coaching conversation; otherwise it reads as ended.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from grow_cli.domain.vocabulary import ENDED, THREAD_OUTCOMES

if TYPE_CHECKING:
    from grow_cli.domain.models import Measure, Note, Progress, SmartVerdicts

THREAD_SUFFIX = "#t1"
# Days until the next check-in that each focus suggests, before the person's cadence is applied.
FOCUS_HORIZON_DAYS = {"performance": 14, "development": 28, "career": 42}


def suggested_next_checkin(focus: str | None, cadence_days: int, today: dt.date) -> dt.date:
    """Performance: the person's cadence, at most two weeks. Development and career: longer."""
    horizon = FOCUS_HORIZON_DAYS.get(focus or "", cadence_days)
    days = min(cadence_days, horizon) if focus == "performance" else max(cadence_days, horizon)
    return today + dt.timedelta(days=days)


def thread_of(note: Note) -> str | None:
    """The thread a note belongs to: its `thread`, else (a coaching note) one of its own."""
    if note.thread:
        return note.thread
    if note.kind == "coaching" and note.id:
        return f"{note.id}{THREAD_SUFFIX}"
    return None


@dataclass(frozen=True)
class Reading:
    """One reading of a thread's measure."""

    date: dt.date
    value: float
    note_id: str
    note: str = ""


@dataclass(frozen=True)
class Trend:
    """Where a measure stands: baseline, readings, target, and whether it moves the right way."""

    baseline: float | None
    values: tuple[float, ...]
    target: float | None
    better: str | None

    @property
    def latest(self) -> float | None:
        """The latest reading, else the baseline."""
        return self.values[-1] if self.values else self.baseline

    def direction(self) -> str | None:
        """'better', 'worse' or 'same' from the baseline (or first reading) to the latest; None
        without two values or a known direction."""
        start = self.baseline if self.baseline is not None else (self.values or (None,))[0]
        latest = self.latest
        if start is None or latest is None or self.better is None or not self.values:
            return None
        if latest == start:
            return "same"
        improved = latest < start if self.better == "lower" else latest > start
        return "better" if improved else "worse"

    def share_of_gap_closed(self) -> float | None:
        """How much of the way from the baseline to the target the latest reading is (0 to 1,
        more past the target), or None."""
        if self.baseline is None or self.target is None or self.latest is None:
            return None
        gap = self.target - self.baseline
        return None if gap == 0 else round((self.latest - self.baseline) / gap, 3)

    def reached(self) -> bool:
        """The latest reading is at the target or past it, the right way."""
        if self.target is None or self.latest is None or self.better is None:
            return False
        return self.latest <= self.target if self.better == "lower" else self.latest >= self.target


@dataclass(slots=True)
class Thread:
    """One goal followed over time, as the notes tell it so far."""

    id: str
    person: str | None
    opened_on: dt.date
    opened_in: str
    legacy: bool
    focus: str | None = None
    topic: str | None = None
    goal: str | None = None
    goal_smart: SmartVerdicts | None = None
    measure: Measure | None = None
    status: str = "active"
    closed_on: dt.date | None = None
    outcome_note: str = ""
    readings: list[Reading] = field(default_factory=list)
    note_ids: list[str] = field(default_factory=list)
    last_touched: dt.date | None = None
    next_given: dt.date | None = None
    feedback_in: str | None = None  # the latest note that gave SBI feedback in it

    @property
    def open(self) -> bool:
        """Still being coached."""
        return self.status == "active"

    @property
    def label(self) -> str:
        """A few words for the thread: its goal, else its topic, else its id."""
        return " ".join((self.goal or self.topic or self.id).split())

    def next_checkin(self, cadence_days: int) -> dt.date | None:
        """When to check in on it next (None once it has ended)."""
        if not self.open:
            return None
        last = self.last_touched or self.opened_on
        if self.next_given is not None and self.next_given >= last:
            return self.next_given
        return suggested_next_checkin(self.focus, cadence_days, last)

    def trend(self) -> Trend | None:
        """The measure's baseline, readings and target (None without a measure or readings)."""
        if self.measure is None and not self.readings:
            return None
        measure = self.measure
        return Trend(
            measure.baseline if measure else None,
            tuple(reading.value for reading in self.readings),
            measure.target if measure else None,
            measure.better if measure else None,
        )


def build(ordered: Sequence[Note], item_threads: dict[str, str]) -> dict[str, Thread]:
    """Every thread the notes (oldest first) tell of, by id. `item_threads` grows as items are
    met (item id -> thread id), so a check-in's updates touch the threads of their items."""
    threads: dict[str, Thread] = {}
    for note in ordered:
        own = thread_of(note)
        if own is not None:
            thread = _touch(threads, own, note, named=bool(note.thread))
            _take_conversation(thread, note)
        touched = {own} if own else set()
        for entry in note.progress:
            thread = _touch(threads, entry.thread, note, named=True)
            touched.add(entry.thread)
            _take_progress(thread, entry, note)
        for update in note.updates:
            ref_thread = item_threads.get(update.ref)
            if ref_thread is not None and ref_thread not in touched and ref_thread in threads:
                touched.add(ref_thread)
                thread = _touch(threads, ref_thread, note)
                if note.next_checkin is not None:
                    thread.next_given = note.next_checkin
        for item_id, item_thread in _item_threads(note):
            thread_id = item_thread or (own if note.kind != "checkin" else None)
            if item_id and thread_id:
                item_threads[item_id] = thread_id
    return threads


def _item_threads(note: Note) -> list[tuple[str | None, str | None]]:
    """(id, thread) of each action and support item the note holds."""
    return [(a.id, a.thread) for a in note.actions] + [(s.id, s.thread) for s in note.support]


def _touch(
    threads: dict[str, Thread], thread_id: str, note: Note, *, named: bool = False
) -> Thread:
    """The thread, opened by this note if it is the first to name it. A note that names it
    (`thread`, `[[progress]]`) makes a thread read from schema 1 one followed from now on."""
    thread = threads.get(thread_id)
    if thread is None:
        legacy = note.schema_ == 1 and not named
        thread = Thread(thread_id, note.person, note.date, note.id or "", legacy)
        threads[thread_id] = thread
    elif named:
        thread.legacy = False
    if note.id and (not thread.note_ids or thread.note_ids[-1] != note.id):
        thread.note_ids.append(note.id)
    thread.last_touched = note.date
    return thread


def _take_conversation(thread: Thread, note: Note) -> None:
    """A coaching or feedback note of the thread: its focus, goal, measure, dates, feedback."""
    if note.focus and (thread.focus is None or note.kind == "coaching"):
        thread.focus = note.focus
    if note.topic and thread.topic is None:
        thread.topic = note.topic
    if note.grow is not None and note.grow.goal:
        thread.goal = note.grow.goal
        thread.goal_smart = note.grow.goal_smart
    if note.measure is not None:
        thread.measure = note.measure
    if note.next_checkin is not None:
        thread.next_given = note.next_checkin
    if note.feedback:
        thread.feedback_in = note.id


def _take_progress(thread: Thread, entry: Progress, note: Note) -> None:
    if entry.reading is not None:
        thread.readings.append(Reading(note.date, entry.reading, note.id or "", entry.note or ""))
    next_date = entry.next_checkin or (note.next_checkin if note.kind == "checkin" else None)
    if next_date is not None:
        thread.next_given = next_date
    if entry.status in THREAD_OUTCOMES:
        thread.status, thread.closed_on = entry.status, note.date
        thread.outcome_note = entry.note or ""
    elif entry.status == "active":
        thread.status, thread.closed_on, thread.outcome_note = "active", None, ""


def settle_legacy(
    threads: Iterable[Thread], open_items: set[str], latest_coaching: set[str]
) -> None:
    """Threads read from schema-1 notes: active while they hold an item still to do (thread ids
    in `open_items`) or are their person's latest coaching conversation; else ended."""
    for thread in threads:
        holds = thread.id in open_items or thread.opened_in in latest_coaching
        if thread.legacy and thread.open and not holds:
            thread.status = ENDED
