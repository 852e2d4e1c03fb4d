"""The follow-up message after a conversation, said to the person (domain/address.py): what was
said (the SBI feedback, the goal, where things stand), what they will do and what you will do,
by when; after a check-in, what was done, what was dropped, the wins named and what is still
open; and the next check-in. Pure: built from one note, the person's items and goals.

Only what a conversation shares goes in: never tags, options, confidence, SMART verdicts,
overrides, escalation or anything of another person.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from grow_cli.domain.address import (
    clause,
    i_will,
    lower_first,
    names_of,
    sbi_sentence,
    sentence,
    to_you,
    you_will,
)
from grow_cli.domain.status import note_order_key
from grow_cli.domain.vocabulary import is_open
from grow_cli.domain.wording import plural

if TYPE_CHECKING:
    from grow_cli.domain.dates import DateSettings
    from grow_cli.domain.ledger import Item
    from grow_cli.domain.models import Action, Note, Progress, Support
    from grow_cli.domain.threads import Thread

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
OUTCOME_WORDS = {
    "achieved": "achieved",
    "partly_achieved": "partly achieved",
    "not_achieved": "not achieved",
    "dropped": "dropped",
    "active": "taken up again",
}
STILL_WORDS = {"progress": "In progress", "blocked": "Blocked for now"}


@dataclass(frozen=True)
class FollowUp:
    """The message's sentences, section by section; a template lays them out
    (templates/followup.md.j2). Every list holds whole sentences, each ending in a full stop."""

    first_name: str
    kind: str
    date: dt.date
    opening: str  # "Thanks for our conversation on Sunday 1 November about ..."
    feedback: tuple[str, ...] = ()  # the SBI feedback, one sentence per item
    goal: str | None = None
    reality: str | None = None  # where things stand, said to them, to follow a colon
    measure: str | None = None  # how progress will be seen
    goals: tuple[str, ...] = ()  # where each goal stands after a check-in
    done: tuple[str, ...] = ()
    wins: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()
    still_open: tuple[str, ...] = ()  # open from earlier conversations, after a check-in
    yours: tuple[str, ...] = ()  # "You'll ..." agreed in this conversation
    mine: tuple[str, ...] = ()  # "I'll ..." your support and your own actions
    next_checkin: dt.date | None = None
    next_checkin_line: str | None = None  # "Our next check-in is on Thursday 10 December."
    rated: bool = False  # they rated this conversation already (`grow rate`): not asked again

    @property
    def rating_request(self) -> str | None:
        """After a coaching conversation or feedback: how useful they found it (their answer
        goes in with `grow rate`)."""
        if self.kind not in ("coaching", "feedback") or self.rated:
            return None
        return (
            "How useful was this conversation for you, from 1 (not at all) to 5 (very)? A number "
            "in your reply is enough, and anything you would change."
        )


def long_date(day: dt.date, year_of: dt.date | None = None) -> str:
    """'Thursday 10 December' (and the year when it is not the year of `year_of`)."""
    return f"{DAY_NAMES[day.weekday()]} {short_date(day, year_of)}"


def short_date(day: dt.date, year_of: dt.date | None = None) -> str:
    """'10 December' (and the year when it is not the year of `year_of`)."""
    year = "" if year_of is not None and year_of.year == day.year else f" {day.year}"
    return f"{day.day} {MONTH_NAMES[day.month - 1]}{year}"


def build(
    note: Note,
    name: str | None,
    items: Sequence[Item],
    threads: Mapping[str, Thread],
    notes: Sequence[Note] = (),
    *,
    next_checkin: dt.date | None = None,
    date_settings: DateSettings | None = None,
) -> FollowUp:
    """The follow-up of `note` to the person called `name`. `items` and `notes` are the
    person's (for what was done and is still open), `threads` their goals by id;
    `next_checkin` is used when the note sets none (the person's own next check-in)."""
    names = names_of(name)
    first_name = ((name or "").split() or (note.person or "there").split() or ["there"])[0]
    when = _DueWords(note.date, date_settings)
    feedback = tuple(
        sbi_sentence(item.situation, item.behavior, item.impact, names) for item in note.feedback
    )
    goal = reality = None
    if note.grow is not None:
        if note.grow.goal and note.grow.goal.strip():
            goal = sentence(to_you(note.grow.goal, names))
        if note.grow.reality and note.grow.reality.strip():
            reality = lower_first(sentence(to_you(note.grow.reality, names)))
    by_id = {item.id: item for item in items}
    written = _as_written(notes)
    key = note_order_key(note.date, note.id or "")
    done, dropped = _closed(note, by_id, names)
    theirs = [a for a in note.actions if a.owner != "manager"]
    mine: list[Action | Support] = [
        *note.support,
        *(a for a in note.actions if a.owner == "manager"),
    ]
    upcoming = _next_checkin(note) or next_checkin
    rated = any(n.rating is not None and n.rating.note == note.id for n in notes)
    return FollowUp(
        rated=rated,
        first_name=first_name,
        kind=note.kind,
        date=note.date,
        opening=_opening(note),
        feedback=feedback,
        goal=goal,
        reality=reality,
        measure=_measure(note),
        goals=tuple(_goal_line(entry, threads, note, names) for entry in note.progress),
        done=done,
        wins=_wins(note, items, threads, written, key),
        dropped=dropped,
        still_open=_still_open(note, items, written, key, names, when)
        if note.kind == "checkin"
        else (),
        yours=tuple(sentence(when.add(you_will(a.text, names), a.text, a.due)) for a in theirs),
        mine=tuple(sentence(when.add(i_will(i.text, names), i.text, i.due)) for i in mine),
        next_checkin=upcoming,
        next_checkin_line=(
            f"Our next check-in is on {long_date(upcoming, note.date)}." if upcoming else None
        ),
    )


def _opening(note: Note) -> str:
    day = long_date(note.date, note.date)
    if note.kind == "checkin":
        return (
            f"Thanks for our check-in on {day}. Here is where things stand, so we both have the "
            "same picture."
        )
    about = f" about {lower_first(clause(note.topic))}" if note.topic and note.topic.strip() else ""
    said = "what I said" if note.kind == "feedback" else "what we agreed"
    return (
        f"Thanks for our conversation on {day}{about}. Here is {said}, so we both have the "
        "same picture."
    )


def _number(value: float) -> str:
    return f"{value:g}"


def _measure(note: Note) -> str | None:
    measure = note.measure
    if measure is None:
        return None
    unit = f" {measure.unit}" if measure.unit else ""
    parts = []
    if measure.baseline is not None:
        parts.append(f"now {_number(measure.baseline)}{unit}")
    if measure.target is not None:
        parts.append(f"aiming for {_number(measure.target)}{unit}")
    said = clause(measure.what)
    return sentence(f"{said}: {', '.join(parts)}" if parts else said)


def _goal_line(
    entry: Progress, threads: Mapping[str, Thread], note: Note, names: Sequence[str]
) -> str:
    """'Bring the first reply down to 4 hours: still working on it, now 12 hours (next
    check-in on Tuesday 17 November).'"""
    thread = threads.get(entry.thread)
    label = clause(thread.label if thread else entry.thread)
    state = OUTCOME_WORDS[entry.status] if entry.status else "still working on it"
    words = [f"{label}: {state}"]
    if entry.reading is not None:
        measure = thread.measure if thread else None
        unit = f" {measure.unit}" if measure and measure.unit else ""
        words.append(f", now {_number(entry.reading)}{unit}")
    if entry.next_checkin and entry.status in (None, "active"):
        words.append(f" (next check-in on {long_date(entry.next_checkin, note.date)})")
    line = sentence("".join(words))
    if entry.note and entry.note.strip():
        line += " " + sentence(to_you(entry.note, names))
    return line


def _next_checkin(note: Note) -> dt.date | None:
    if note.next_checkin is not None:
        return note.next_checkin
    dates = [
        p.next_checkin for p in note.progress if p.next_checkin and p.status in (None, "active")
    ]
    return min(dates) if dates else None


def _closed(
    note: Note, by_id: Mapping[str, Item], names: Sequence[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What this note's updates closed: (done, dropped), each item with the words said."""
    done: list[str] = []
    dropped: list[str] = []
    for update in note.updates:
        if update.status not in ("done", "dropped"):
            continue
        item = by_id.get(update.ref)
        if item is None:
            continue  # an update of an item no note holds: nothing to say about it
        text = clause(to_you(item.text, names))
        if item.mine:
            text += " (my part)"
        said = clause(to_you(update.note, names)) if update.note else ""
        line = sentence(f"{text}: {lower_first(said)}" if said else text)
        (done if update.status == "done" else dropped).append(line)
    return tuple(done), tuple(dropped)


def _as_written(notes: Iterable[Note]) -> dict[str, tuple[str, dt.date | None]]:
    """Each item's status and due date as its own note wrote them, by id."""
    written: dict[str, tuple[str, dt.date | None]] = {}
    for note in notes:
        for action in note.actions:
            written.setdefault(action.id or "", (action.status, action.due))
        for support in note.support:
            written.setdefault(support.id or "", (support.status, support.due))
    return written


def _as_of(
    item: Item,
    written: Mapping[str, tuple[str, dt.date | None]],
    key: tuple[object, ...],
    *,
    inclusive: bool,
) -> tuple[str, dt.date | None, str]:
    """The item's status, due date and latest words as they stood at the note of `key` (after
    it when `inclusive`, just before it otherwise)."""
    status, due = written.get(item.id, (item.status, item.due))
    said = ""
    for change in item.history:
        at = note_order_key(change.date, change.note_id)
        if at > key or (at == key and not inclusive):
            break
        status, said = change.status, change.note
        if change.due is not None:
            due = change.due
    return status, due, said


def _before(item: Item, key: tuple[object, ...]) -> bool:
    return note_order_key(item.note_date, item.note_id) < key


def _wins(
    note: Note,
    items: Sequence[Item],
    threads: Mapping[str, Thread],
    written: Mapping[str, tuple[str, dt.date | None]],
    key: tuple[object, ...],
) -> tuple[str, ...]:
    """The wins named: their own items this note closed as done (your support done is not
    their win), a measure moving towards its target, a goal achieved."""
    wins: list[str] = []
    theirs = [
        item
        for item in items
        if not item.mine
        and _before(item, key)
        and is_open(_as_of(item, written, key, inclusive=False)[0])
    ]
    finished = {u.ref for u in note.updates if u.status == "done"}
    done = sum(1 for item in theirs if item.id in finished)
    if done:
        if len(theirs) == 1:
            wins.append("You finished your open item.")
        elif done == len(theirs):
            wins.append(f"You finished all {plural(len(theirs), 'open item')}.")
        else:
            wins.append(f"You finished {done} of your {plural(len(theirs), 'open item')}.")
    for entry in note.progress:
        thread = threads.get(entry.thread)
        if thread is None:
            continue
        moved = _moved(thread, entry.reading, note)
        if moved:
            wins.append(moved)
        if entry.status == "achieved":
            wins.append(sentence(f"You achieved your goal: {lower_first(clause(thread.label))}"))
    return tuple(wins)


def _moved(thread: Thread, reading: float | None, note: Note) -> str | None:
    """'Average first reply went from 18 to 12 hours, towards your target of 4 hours.'"""
    measure = thread.measure
    if reading is None or measure is None or measure.better is None:
        return None
    own = [number for number, r in enumerate(thread.readings) if r.note_id == note.id]
    earlier = [
        r.value
        for r in (thread.readings[: own[0]] if own else thread.readings)
        if r.date <= note.date
    ]
    before = earlier[-1] if earlier else measure.baseline
    if before is None or before == reading:
        return None
    better = reading < before if measure.better == "lower" else reading > before
    if not better:
        return None
    unit = f" {measure.unit}" if measure.unit else ""
    what = clause(measure.what)
    line = f"{what} went from {_number(before)} to {_number(reading)}{unit}"
    if measure.target is not None:
        target = measure.target
        reached = reading <= target if measure.better == "lower" else reading >= target
        aim = f"{_number(target)}{unit}"
        line += (
            f": you reached the target of {aim}" if reached else f", towards your target of {aim}"
        )
    return sentence(line)


def _still_open(
    note: Note,
    items: Sequence[Item],
    written: Mapping[str, tuple[str, dt.date | None]],
    key: tuple[object, ...],
    names: Sequence[str],
    when: _DueWords,
) -> tuple[str, ...]:
    """Items of earlier conversations still to do after this one: theirs, then yours."""
    lines: list[tuple[bool, str]] = []
    for item in items:
        if not _before(item, key):
            continue
        status, due, said = _as_of(item, written, key, inclusive=True)
        if not is_open(status):
            continue
        spoken = i_will(item.text, names) if item.mine else you_will(item.text, names)
        line = sentence(when.add(spoken, item.text, due, item.note_date))
        if status in STILL_WORDS:
            words = clause(to_you(said, names)) if said else ""
            state = STILL_WORDS[status]
            line += " " + sentence(f"{state}: {lower_first(words)}" if words else state)
        lines.append((item.mine, line))
    return tuple(line for mine, line in sorted(lines, key=lambda pair: pair[0]))


_DIGITS_DATE = re.compile(r"\d{1,4}\s*[-/.]\s*\d")


class _DueWords:
    """A due date added to an item's words, unless the words already say it: 'by Friday'
    gets the day ('by Friday (6 November)'), 'by 6 November' nothing, no date 'by 6 November'."""

    def __init__(self, day: dt.date, date_settings: DateSettings | None) -> None:
        self.day = day
        self.date_settings = date_settings

    def add(
        self, spoken: str, text: str, due: dt.date | None, written_on: dt.date | None = None
    ) -> str:
        """`spoken` with the due date, unless `text` (written on `written_on`, by default the
        note's day) says it already."""
        if due is None:
            return spoken
        from grow_cli.domain.dates import DEFAULT_SETTINGS, find_deadline

        settings = self.date_settings or DEFAULT_SETTINGS
        finding = find_deadline(text, written_on or self.day, settings)
        day = short_date(due, self.day)
        if finding.due is None or finding.problem not in (None, "past"):
            return f"{spoken} by {day}"
        if finding.due != due:
            return f"{spoken} (now by {day})"
        if finding.phrase and _names_the_day(finding.phrase, due):
            return spoken
        return f"{spoken} ({day})"


def _names_the_day(phrase: str, due: dt.date) -> bool:
    """Whether the words of a deadline give its date ('by 6 November', '2026-11-06')."""
    low = phrase.lower()
    if _DIGITS_DATE.search(low):
        return True
    has_day = re.search(rf"(?<!\d)0?{due.day}(?:st|nd|rd|th)?(?!\d)", low) is not None
    return has_day and MONTH_NAMES[due.month - 1][:3].lower() in low
