"""The calendar export across everyone from what the index keeps person by person
(app/parts.py, issue 18): each person's check-in event and every item (app/items_view.py), so
that after a check-in only that person's notes are read again."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from grow_cli.app import parts as kept_parts
from grow_cli.app.calendar import (
    KEEP_CLOSED_DAYS,
    Event,
    Export,
    checkin_event,
    exported,
    item_events,
)
from grow_cli.domain.reminders import Reminders
from grow_cli.domain.vocabulary import STATUSES
from grow_cli.env import Environment

if TYPE_CHECKING:
    from grow_cli.app.parts import Part, Parts
    from grow_cli.app.records import Records

CHECKIN_VIEW = "checkin-part:"  # + the folder's name in the index (people/<slug>, journal)


def read_export(env: Environment, reminders: Reminders) -> Export | None:
    """The iCalendar export from the index, printing the folder's warnings as `records.read`
    does; None when the index cannot answer (then read the whole folder)."""
    from grow_cli.app.items_view import collect_everyone

    with kept_parts.opened(env) as (locations, listing, index):
        checkins = kept_parts.collect(locations, listing, index, CHECKIN_VIEW, _computed, _built)
        # A closed item is in the calendar only while it was closed in the last
        # KEEP_CLOSED_DAYS days: the others need not be built.
        recent = env.today - dt.timedelta(days=KEEP_CLOSED_DAYS)
        everyone = collect_everyone(locations, listing, index, STATUSES, recent)
    if checkins is None or everyone is None:
        return None
    kept_parts.print_warnings(checkins.warnings)
    events = [
        Event(*fields, reminder=reminders.checkin)
        for _, fields in checkins.in_order()
        if fields is not None
    ]
    items, _ = everyone
    events += item_events(items.items, items.name_of, env.today, reminders.due)
    return exported(events, env.today)


def _computed(active: Records, slugs: list[str | None]) -> Parts:
    """Each person's check-in event (no reminder: the config's is added when exporting)."""
    parts: Parts = {}
    for slug in slugs:
        event = None if slug is None else checkin_event(active, slug)
        parts[slug] = {
            "event": None
            if event is None
            else [
                event.uid,
                event.day.isoformat(),
                event.summary,
                event.description,
                event.sequence,
                None if event.modified is None else event.modified.isoformat(),
            ]
        }
    return parts


def _built(part: Part) -> tuple[str, dt.date, str, str, int, dt.date | None] | None:
    """A part's event fields (raises on a part of another shape)."""
    kept: Any = part["event"]
    if kept is None:
        return None
    uid, day, summary, description, sequence, modified = kept
    if not all(isinstance(text, str) for text in (uid, summary, description)):
        raise TypeError("an event's uid, summary and description are strings")
    if not isinstance(sequence, int):
        raise TypeError("an event's sequence is a number")
    when = None if modified is None else dt.date.fromisoformat(modified)
    return uid, dt.date.fromisoformat(day), summary, description, sequence, when
