"""Calendar events for `grow export --ics`: next check-ins and due dates, as iCalendar (RFC 5545).

One all-day event per person's next check-in and one per open action or support item with a due
date; an item closed (done or dropped) in the last KEEP_CLOSED_DAYS days stays as a cancelled
event, so a calendar that imported it open takes it away. UIDs are derived from the person's
slug or the item's id, so importing a newer export updates the events instead of adding copies.

Everything in the file comes from the notes, never from an earlier export, so two machines
exporting the same notes agree: SEQUENCE counts the recorded changes (an item's updates, a
person's notes), LAST-MODIFIED is midnight UTC of the latest note that changed the event (notes
hold a day, not a time), and DTSTAMP is midnight UTC of today (GROW_TODAY when set): the same
notes on the same day give the same file, byte for byte.

The text is written line by line (`calendar_text`, app/ics_text.py), the same text as the
icalendar library's `to_ical()` of the same events (tests/ics_reference.py, the reference the
tests compare with): building its objects took most of the export's time and memory.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from grow_cli.app import ics_text as ics
from grow_cli.domain.reminders import Reminder, Reminders
from grow_cli.domain.wording import every

if TYPE_CHECKING:
    from grow_cli.app.records import Records
    from grow_cli.domain.ledger import Item
    from grow_cli.env import Environment

NameOf = Callable[[str], str]

PRODID = "-//grow//grow coaching notes//EN"
UID_DOMAIN = "grow.local"
_UID_UNSAFE = re.compile(r"[^A-Za-z0-9-]")
_UID_SEPARATORS = {"/": ".", "#": "."}
# How long an item closed (done or dropped) stays in the file as a cancelled event: long enough
# for a weekly or monthly re-import (or a subscription's refresh) to take it out of a calendar.
KEEP_CLOSED_DAYS = 30


@dataclass(frozen=True)
class Event:
    """One all-day calendar event."""

    uid: str
    day: dt.date
    summary: str
    description: str
    sequence: int = 0  # RFC 5545 SEQUENCE: grows with every recorded change to the event
    modified: dt.date | None = None  # the day of the latest note that changed it
    cancelled: bool = False
    reminder: Reminder | None = None


@dataclass(frozen=True)
class Export:
    """The iCalendar text, how many events it holds and how many of them are cancelled."""

    text: str
    events: int
    cancelled: int


def uid_for(key: str) -> str:
    """A stable, safe UID from a slug or item id ('alex-kim/2026-11-22-coaching#a1' ->
    'alex-kim.2026-11-22-coaching.a1@grow.local').

    Letters, digits and hyphens are kept, '/' and '#' become '.', anything else becomes
    '_<hex>_', so two different ids never share a UID.
    """

    def safe(match: re.Match[str]) -> str:
        char = match.group(0)
        return _UID_SEPARATORS.get(char, f"_{ord(char):x}_")

    return f"{_UID_UNSAFE.sub(safe, key)}@{UID_DOMAIN}"


def item_sequence(item: Item) -> int:
    """The SEQUENCE of an item's event: two for each update to it, plus one while it is closed.

    Every update (a status, a new due date) raises it, and so does closing the item by an edit
    of its own note; reopening it by an update still raises it (2n+1 -> 2n+2)."""
    return 2 * len(item.history) + (0 if item.open else 1)


def item_modified(item: Item) -> dt.date:
    """The day of the latest note that changed the item: its last update's, else its own."""
    return item.history[-1].date if item.history else item.note_date


def checkin_events(found: Records, reminder: Reminder | None = None) -> list[Event]:
    """One event per person whose next check-in is known. Its SEQUENCE is the number of the
    person's notes: any of them may move the date, and a new one is how it moves."""
    slugs = sorted(set(found.people) | {n.person for n in found.ledger.notes if n.person})
    return [event for slug in slugs if (event := checkin_event(found, slug, reminder))]


def checkin_event(found: Records, slug: str, reminder: Reminder | None = None) -> Event | None:
    """The event of a person's next check-in, if it is known (see `checkin_events`)."""
    rhythm = found.rhythm_of(slug)
    if rhythm.next_checkin is None:
        return None
    name = found.name_of(slug)
    last = rhythm.last_date.isoformat() if rhythm.last_date else "none yet"
    goals = "".join(
        f"Goal ({thread.focus or 'goal'}), check-in {when.isoformat()}: {thread.label}\n"
        for thread, when in sorted(rhythm.threads, key=lambda pair: pair[1])
    )
    description = (
        f"Next check-in with {name} ({every(rhythm.cadence_days)}).\n{goals}"
        f"Last conversation: {last}.\nPrepare with: grow prep {slug}"
    )
    notes = found.ledger.notes_of(slug)
    return Event(
        uid_for(f"checkin-{slug}"),
        rhythm.next_checkin,
        f"Check-in with {name}",
        description,
        sequence=len(notes),
        modified=max(note.date for note in notes),
        reminder=reminder,
    )


def item_events(
    items: Iterable[Item], name_of: NameOf, today: dt.date, reminder: Reminder | None = None
) -> list[Event]:
    """One event per action or support item with a due date that is still to do, or was closed
    in the last KEEP_CLOSED_DAYS days (cancelled, with no reminder)."""
    events = []
    for item in items:
        if item.due is None:
            continue
        if item.open:
            events.append(_item_event(name_of, item, item.due, reminder))
            continue
        closed = item.closed_date()
        if closed is not None and (today - closed).days <= KEEP_CLOSED_DAYS:
            events.append(_item_event(name_of, item, item.due, None))
    return events


def _item_event(name_of: NameOf, item: Item, due: dt.date, reminder: Reminder | None) -> Event:
    if item.person is None:
        summary = f"Journal: {item.text}"
    elif item.mine:
        summary = f"You: {item.text} (for {name_of(item.person)})"
    else:
        summary = f"{name_of(item.person)}: {item.text}"
    lines = [f"Status: {item.status}", f"Note: {item.note_id}", f"Item: {item.id}"]
    if item.latest_note:
        lines.insert(1, f"Latest update: {item.latest_note}")
    lines.append(f"See it with: grow show {item.note_id}")
    return Event(
        uid_for(item.id),
        due,
        summary,
        "\n".join(lines),
        sequence=item_sequence(item),
        modified=item_modified(item),
        cancelled=not item.open,
        reminder=reminder,
    )


def unique(events: list[Event]) -> list[Event]:
    """The events with the first of any that share a UID (two notes using one item id, which the
    scan warns about): a calendar with one UID twice would confuse every program that reads it."""
    kept: dict[str, Event] = {}
    for event in events:
        kept.setdefault(event.uid, event)
    return list(kept.values())


def calendar_text(events: list[Event], today: dt.date) -> str:
    """The iCalendar text of these events as all-day VEVENTs (DATE values, no time zone): the
    same text as icalendar's `Calendar.to_ical()` gives for them (tests/ics_reference.py builds
    that calendar, and tests/test_ics_text.py compares the two), written without its objects."""
    stamp = f"DTSTAMP:{ics.midnight_utc_value(today)}"
    lines = list(_CALENDAR_HEAD)
    for event in sorted(events, key=lambda e: (e.day, e.uid)):
        _add_vevent(lines, event, today, stamp)
    lines.append("END:VCALENDAR")
    lines.append("")  # the last line ends with CRLF too
    return ics.CRLF.join(lines)


# The calendar's own properties in icalendar's canonical order (Calendar.canonical_order).
_CALENDAR_HEAD = (
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    f"PRODID:{ics.text_value(PRODID)}",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "X-WR-CALNAME:grow",
)


def _add_vevent(lines: list[str], event: Event, today: dt.date, stamp: str) -> None:
    # icalendar's order: Event.canonical_order (SUMMARY, DTSTART, DTEND, DTSTAMP, UID, SEQUENCE)
    # then the other properties alphabetically, then the VALARM (ACTION, DESCRIPTION, TRIGGER).
    summary = ics.text_value(event.summary)
    lines.append("BEGIN:VEVENT")
    lines.append(ics.folded(f"SUMMARY:{summary}"))
    lines.append(f"DTSTART;VALUE=DATE:{ics.date_value(event.day)}")
    lines.append(f"DTEND;VALUE=DATE:{ics.date_value(event.day + dt.timedelta(days=1))}")
    lines.append(stamp)
    lines.append(ics.folded(f"UID:{ics.text_value(event.uid)}"))
    lines.append(f"SEQUENCE:{ics.integer_value(event.sequence)}")
    lines.append(ics.folded(f"DESCRIPTION:{ics.text_value(event.description)}"))
    if event.modified is not None:
        modified = min(event.modified, today)
        lines.append(f"LAST-MODIFIED:{ics.midnight_utc_value(modified)}")
    lines.append("STATUS:CANCELLED" if event.cancelled else "STATUS:CONFIRMED")
    lines.append("TRANSP:TRANSPARENT")
    if event.reminder is not None and not event.cancelled:
        lines.append("BEGIN:VALARM")
        lines.append("ACTION:DISPLAY")
        lines.append(ics.folded(f"DESCRIPTION:{summary}"))
        lines.append(f"TRIGGER;RELATED=START:{ics.duration_value(event.reminder.offset)}")
        lines.append("END:VALARM")
    lines.append("END:VEVENT")


def reminders_of(env: Environment) -> Reminders:
    """The reminders the config file sets for this run (store/paths.reminder_settings)."""
    from grow_cli.store import paths

    return paths.reminder_settings(env)


def ics_export(found: Records, today: dt.date, reminders: Reminders | None = None) -> Export:
    """The iCalendar file for the whole folder (archived people left out), how many events it
    holds and how many of those are cancelled."""
    chosen = Reminders() if reminders is None else reminders
    found = found.active()
    items = item_events(found.ledger.items, found.name_of, today, chosen.due)
    return exported(checkin_events(found, chosen.checkin) + items, today)


def exported(events: list[Event], today: dt.date) -> Export:
    """The iCalendar file of these events (the first of any that share a UID)."""
    events = unique(events)
    text = calendar_text(events, today)
    return Export(text, len(events), sum(event.cancelled for event in events))
