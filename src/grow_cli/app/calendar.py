"""Calendar events for `grow export --ics`: next check-ins and due dates, as iCalendar (RFC 5545).

One all-day event per person's next check-in and one per open action or support item with a due
date. UIDs are derived from the person's slug or the item's id, so importing a newer export
updates the events instead of adding copies. DTSTAMP is midnight UTC of today (GROW_TODAY when
set), so the same notes on the same day give the same file, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from grow_cli.domain.wording import every

if TYPE_CHECKING:
    from icalendar import Calendar

    from grow_cli.app.records import Records
    from grow_cli.domain.ledger import Item

PRODID = "-//grow//grow coaching notes//EN"
UID_DOMAIN = "grow.local"
_UID_UNSAFE = re.compile(r"[^A-Za-z0-9-]")
_UID_SEPARATORS = {"/": ".", "#": "."}


@dataclass(frozen=True)
class Event:
    """One all-day calendar event."""

    uid: str
    day: dt.date
    summary: str
    description: str


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


def checkin_events(found: Records) -> list[Event]:
    """One event per person whose next check-in is known."""
    slugs = sorted(set(found.people) | {n.person for n in found.ledger.notes if n.person})
    events = []
    for slug in slugs:
        rhythm = found.rhythm_of(slug)
        if rhythm.next_checkin is None:
            continue
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
        events.append(
            Event(
                uid_for(f"checkin-{slug}"),
                rhythm.next_checkin,
                f"Check-in with {name}",
                description,
            )
        )
    return events


def item_events(found: Records) -> list[Event]:
    """One event per open action or support item that has a due date."""
    return [
        _item_event(found, item, item.due)
        for item in found.ledger.items
        if item.open and item.due is not None
    ]


def _item_event(found: Records, item: Item, due: dt.date) -> Event:
    if item.person is None:
        summary = f"Journal: {item.text}"
    elif item.mine:
        summary = f"You: {item.text} (for {found.name_of(item.person)})"
    else:
        summary = f"{found.name_of(item.person)}: {item.text}"
    lines = [f"Status: {item.status}", f"Note: {item.note_id}", f"Item: {item.id}"]
    if item.latest_note:
        lines.insert(1, f"Latest update: {item.latest_note}")
    lines.append(f"See it with: grow show {item.note_id}")
    return Event(uid_for(item.id), due, summary, "\n".join(lines))


def unique(events: list[Event]) -> list[Event]:
    """The events with the first of any that share a UID (two notes using one item id, which the
    scan warns about): a calendar with one UID twice would confuse every program that reads it."""
    kept: dict[str, Event] = {}
    for event in events:
        kept.setdefault(event.uid, event)
    return list(kept.values())


def calendar(events: list[Event], today: dt.date) -> Calendar:
    """The iCalendar holding these events as all-day VEVENTs (DATE values, no time zone)."""
    from icalendar import Calendar
    from icalendar import Event as VEvent

    stamp = dt.datetime.combine(today, dt.time(0, 0), tzinfo=dt.UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "grow")
    for event in sorted(events, key=lambda e: (e.day, e.uid)):
        vevent = VEvent()
        vevent.add("uid", event.uid)
        vevent.add("dtstamp", stamp)
        vevent.add("dtstart", event.day)
        vevent.add("dtend", event.day + dt.timedelta(days=1))
        vevent.add("summary", event.summary)
        vevent.add("description", event.description)
        vevent.add("transp", "TRANSPARENT")
        cal.add_component(vevent)
    return cal


def ics_text(found: Records, today: dt.date) -> tuple[str, int]:
    """The iCalendar file for the whole folder (archived people left out), and how many events
    it holds."""
    found = found.active()
    events = unique(checkin_events(found) + item_events(found))
    return calendar(events, today).to_ical().decode("utf-8"), len(events)
