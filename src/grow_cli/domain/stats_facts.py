"""What `grow stats` reads of each person, in two forms. Pure: no files, no terminal.

- The person's rows (`person_rows`): a few values per note, thread and item, whatever the
  period, as plain lists small enough to keep in the index person by person
  (app/stats_view.py). A note: id, kind, date, focus, rating, topic, tags, oldest first as the
  ledger orders them; a thread: opened, closed, status, focus; an item still to do: type, id,
  text, due, status, owner, note, note's date, thread; an action closed: status, note's date
  (the stats count those agreed in a period, and read nothing else of them). Dates are ISO
  strings.
- Their facts for one period (`facts_in`): the notes dated in it, every item still to do, the
  statuses of the actions agreed in it and closed, the few dates counted from all their notes,
  their threads. Every number and flag of domain/stats.py is computed from these.

Whether the notes were read just now or the rows were kept, the facts come from the same
rows by the same function, so both give the same stats. `facts_in` raises TypeError,
ValueError, IndexError or KeyError on rows of another shape (a damaged or planted part); it
checks what it uses, and what the period does not use changes nothing.

An item's facts are the ledger's Item without its history (`history` is empty): no number or
flag of the stats reads an item's updates, only its current status and due date.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from grow_cli.domain import kept_values as checked
from grow_cli.domain.ledger import Item, rhythm
from grow_cli.domain.vocabulary import ITEM_TYPES, MEETING_KINDS

if TYPE_CHECKING:
    from grow_cli.domain.ledger import Ledger

DEFAULT_CADENCE_DAYS = 7  # as app/records.py: a person without a profile
DEFAULT_DAYS = 90  # the period when none is given
GROWING_FOCUSES = ("development", "career")  # coaching that counts against no_development
Rows = dict[str, Any]


@dataclass(frozen=True)
class Period:
    """The days counted, both ends included."""

    since: dt.date
    until: dt.date

    @property
    def days(self) -> int:
        """How many days, counting both ends."""
        return (self.until - self.since).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.since <= day <= self.until

    @classmethod
    def ending(cls, until: dt.date, days: int = DEFAULT_DAYS) -> Period:
        """The `days` days up to and including `until`."""
        return cls(until - dt.timedelta(days=days - 1), until)


@dataclass(frozen=True)
class NoteFacts:
    """One note about the person: what the stats count of it."""

    id: str
    kind: str
    date: dt.date
    focus: str | None
    rating: int | None  # the score of the rating it holds (1-5)
    topic: str | None
    tags: tuple[str, ...]


@dataclass(frozen=True)
class ThreadFacts:
    """One of the person's goals followed over weeks: when it opened and closed, and how."""

    opened_on: dt.date
    closed_on: dt.date | None
    status: str
    focus: str | None

    @property
    def open(self) -> bool:
        """Still being coached (as Thread.open)."""
        return self.status == "active"


@dataclass(frozen=True)
class ProfileFacts:
    """What the stats read of a person's profile."""

    name: str
    cadence_days: int
    started: dt.date | None
    archived: bool = False


@dataclass(frozen=True)
class PersonFacts:
    """Everything the stats read about one person, for one period and day."""

    slug: str
    profile: ProfileFacts | None  # None: no readable profile
    notes: tuple[NoteFacts, ...]  # the notes dated in the period, oldest first
    threads: tuple[ThreadFacts, ...]  # in the order they were opened
    items: tuple[Item, ...]  # every item still to do, in the ledger's order
    closed_actions: tuple[str, ...]  # the status of each action agreed in the period and closed
    next_checkin: dt.date | None  # grow due's date of their next check-in
    first_note: dt.date | None  # the day of their first note
    last_meeting: dt.date | None  # their last meeting on or before the period's end
    last_growing: dt.date | None  # their last development or career coaching up to today
    today: dt.date

    @property
    def name(self) -> str:
        """Their display name (their slug without a profile)."""
        return self.slug if self.profile is None else self.profile.name

    @property
    def cadence_days(self) -> int:
        """Days between check-ins (the default without a profile)."""
        return DEFAULT_CADENCE_DAYS if self.profile is None else self.profile.cadence_days

    @property
    def started(self) -> dt.date | None:
        """The day their profile says they started, if it says."""
        return None if self.profile is None else self.profile.started

    @property
    def first_until_today(self) -> dt.date | None:
        """The day of their first note, unless it is after today."""
        if self.first_note is None or self.first_note > self.today:
            return None
        return self.first_note


def facts_of(
    ledger: Ledger, people: Mapping[str, Any], period: Period, today: dt.date
) -> dict[str, PersonFacts]:
    """The facts of everyone with a profile in `people` (slug to profile) and of everyone else
    some note is about."""
    slugs = dict.fromkeys(people)
    slugs.update(dict.fromkeys(n.person for n in ledger.notes if n.person is not None))
    return {
        slug: facts_in(person_rows(ledger, slug, people.get(slug)), period, today) for slug in slugs
    }


def person_rows(ledger: Ledger, slug: str, profile: Any) -> Rows:
    """One person's rows; `profile` has `name`, `cadence_days`, `started` and `archived`, or is
    None."""
    kept_profile = None
    cadence = DEFAULT_CADENCE_DAYS
    if profile is not None:
        started = profile.started if isinstance(profile.started, dt.date) else None
        cadence = int(profile.cadence_days)
        kept_profile = [str(profile.name), cadence, _iso(started), profile.archived is not None]
    notes = ledger.notes_of(slug)
    threads = ledger.threads_of(slug)
    items = ledger.for_person(slug)
    return {
        "slug": slug,
        "profile": kept_profile,
        "notes": [
            [
                n.id or "",
                n.kind,
                n.date.isoformat(),
                n.focus,
                None if n.rating is None else n.rating.score,
                n.topic,
                list(n.tags),
            ]
            for n in notes
        ],
        "threads": [
            [t.opened_on.isoformat(), _iso(t.closed_on), t.status, t.focus] for t in threads
        ],
        "items": [
            [
                i.type,
                i.id,
                i.text,
                _iso(i.due),
                i.status,
                i.owner,
                i.note_id,
                i.note_date.isoformat(),
                i.thread,
            ]
            for i in items
            if i.open
        ],
        "closed": [
            [i.status, i.note_date.isoformat()] for i in items if not i.open and i.type == "action"
        ],
        "next_checkin": _iso(rhythm(notes, cadence, threads).next_checkin),
    }


def facts_in(rows: Mapping[str, Any], period: Period, today: dt.date) -> PersonFacts:
    """A person's facts for the period, from their rows."""
    slug = checked.text(rows["slug"])
    profile = _profile(rows["profile"])
    notes = _rows(rows["notes"], 7)
    dates = [row[2] for row in notes]
    since, until = period.since.isoformat(), period.until.isoformat()
    first = bisect_left(dates, since)
    end = bisect_right(dates, until)
    return PersonFacts(
        slug,
        profile,
        tuple(_note(row) for row in notes[first:end]),
        tuple(_thread(row) for row in _rows(rows["threads"], 4)),
        tuple(_item(row, slug) for row in _rows(rows["items"], 9)),
        tuple(
            checked.text(status)
            for status, agreed in _rows(rows["closed"], 2)
            if since <= checked.text(agreed) <= until
        ),
        checked.day_or_none(rows["next_checkin"]),
        checked.day(dates[0]) if dates else None,
        _last(notes[:end], lambda note: note[1] in MEETING_KINDS),
        _last(
            notes[: bisect_right(dates, today.isoformat())],
            lambda note: note[1] == "coaching" and note[3] in GROWING_FOCUSES,
        ),
        today,
    )


def _last(notes: list[list[Any]], wanted: Any) -> dt.date | None:
    """The day of the latest of these notes that is `wanted`."""
    for note in reversed(notes):
        if wanted(note):
            return checked.day(note[2])
    return None


def _profile(kept: Any) -> ProfileFacts | None:
    if kept is None:
        return None
    name, cadence, started, archived = kept
    if type(archived) is not bool:
        raise TypeError("archived is true or false")
    if checked.whole(cadence) < 1:  # as a profile's: the check-ins expected divide by it
        raise ValueError("a cadence is a day or more")
    return ProfileFacts(
        checked.text(name), checked.whole(cadence), checked.day_or_none(started), archived
    )


def _note(row: list[Any]) -> NoteFacts:
    note_id, kind, day, focus, rating, topic, tags = row
    if not isinstance(tags, list):
        raise TypeError("a note's tags are a list")
    return NoteFacts(
        checked.text(note_id),
        checked.text(kind),
        checked.day(day),
        checked.text_or_none(focus),
        None if rating is None else checked.whole(rating),
        checked.text_or_none(topic),
        tuple(checked.text(tag) for tag in tags),
    )


def _thread(row: list[Any]) -> ThreadFacts:
    opened, closed, status, focus = row
    return ThreadFacts(
        checked.day(opened),
        checked.day_or_none(closed),
        checked.text(status),
        checked.text_or_none(focus),
    )


def _item(row: list[Any], slug: str) -> Item:
    kind, item_id, text, due, status, owner, note_id, note_date, thread = row
    if kind not in ITEM_TYPES:
        raise ValueError("an item is an action or support")
    return Item(
        kind,
        checked.text(item_id),
        checked.text(text),
        checked.day_or_none(due),
        checked.text(status),
        checked.text(owner),
        slug,
        checked.text(note_id),
        checked.day(note_date),
        (),
        checked.text_or_none(thread),
    )


def _rows(value: Any, width: int) -> list[list[Any]]:
    if not isinstance(value, list) or not all(
        isinstance(row, list) and len(row) == width for row in value
    ):
        raise TypeError(f"a list of rows of {width}")
    return value


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()
