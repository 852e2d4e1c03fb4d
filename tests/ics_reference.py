"""The reference for `grow export --ics` (app/calendar.py's calendar_text): the same events
built as icalendar objects, as grow wrote them until it wrote the text itself. The tests
compare the two byte for byte; icalendar is a test dependency only."""

from __future__ import annotations

import datetime as dt

from icalendar import Alarm, Calendar
from icalendar import Event as VEvent

from grow_cli.app.calendar import PRODID, Event


def calendar(events: list[Event], today: dt.date) -> Calendar:
    """The icalendar `Calendar` holding these events as all-day VEVENTs: what
    `calendar_text` writes without it."""

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "grow")
    for event in sorted(events, key=lambda e: (e.day, e.uid)):
        cal.add_component(_vevent(event, _midnight_utc(today)))
    return cal


def _midnight_utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=dt.UTC)


def _vevent(event: Event, stamp: dt.datetime) -> VEvent:
    vevent = VEvent()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", stamp)
    vevent.add("dtstart", event.day)
    vevent.add("dtend", event.day + dt.timedelta(days=1))
    vevent.add("summary", event.summary)
    vevent.add("description", event.description)
    vevent.add("transp", "TRANSPARENT")
    vevent.add("sequence", event.sequence)
    if event.modified is not None:
        vevent.add("last-modified", min(_midnight_utc(event.modified), stamp))
    vevent.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    if event.reminder is not None and not event.cancelled:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", event.summary)
        # Relative to the all-day start, i.e. local midnight of the day (RFC 5545 3.8.6.3).
        alarm.add("trigger", event.reminder.offset, parameters={"RELATED": "START"})
        vevent.add_component(alarm)
    return vevent
