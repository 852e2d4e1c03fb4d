"""`grow share PERSON`: the 1:1 document both sides may see.

What it holds: the next check-in, the talking points (open and discussed), the goals with their
measures, the agreed actions and support with their status, and the follow-up of each
conversation. It is made only from the person's notes with every private field taken out first
(domain/sharing.py says which), so the manager's private notes, options, will, tags, SMART
verdicts and the like cannot reach it; escalation is never read at all.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from grow_cli.app import records
from grow_cli.app.agenda import points_of
from grow_cli.app.serialize import iso, item_json, point_json
from grow_cli.domain.sharing import redact
from grow_cli.domain.vocabulary import MEETING_KINDS

if TYPE_CHECKING:
    from grow_cli.app.records import Records
    from grow_cli.domain.dates import DateSettings
    from grow_cli.domain.models import Note

FORMATS = ("markdown", "html")
TEMPLATES = {"markdown": "share.md.j2", "html": "share.html.j2"}
KIND_TITLES = {"coaching": "Coaching conversation", "checkin": "Check-in", "feedback": "Feedback"}


def shared_records(found: Records, slug: str) -> Records:
    """The records of one person with every private field taken out of every note and of the
    profile: what the shared document is made from, and nothing else."""
    from grow_cli.domain.ledger import Ledger
    from grow_cli.domain.models import Note, Person
    from grow_cli.store.notes import LoadedNote

    loaded = []
    for original in found.notes_of(slug):
        data = original.note.model_dump(mode="python", by_alias=True, exclude_none=True)
        loaded.append(LoadedNote(original.path, Note.model_validate(redact(data, "note"))))
    people = {
        known: Person.model_validate(redact(person.model_dump(mode="python"), "person"))
        for known, person in found.people.items()
        if known == slug
    }
    ledger = Ledger.build(item.note for item in loaded)
    return records.Records(found.locations, loaded, people, ledger, [])


def document(
    found: Records, who: str, today: dt.date, date_settings: DateSettings | None = None
) -> dict[str, Any]:
    """What the shared document says, as data for its templates (Markdown and HTML)."""
    from grow_cli.app.goals import thread_rows

    known = found.person(who)
    slug = known.slug
    points = points_of(found, slug)  # talking points hold nothing private
    shared = shared_records(found, slug)
    name = shared.people[slug].name
    items = sorted(
        shared.ledger.for_person(slug), key=lambda i: (not i.open, i.due or dt.date.max, i.id)
    )
    threads = shared.ledger.threads_of(slug)
    goals = thread_rows(shared, [t.id for t in threads], today)
    goals.sort(key=lambda row: (row["status"] != "active", row["opened_on"] or "", row["id"]))
    meetings = [n for n in shared.ledger.notes_of(slug) if n.kind in MEETING_KINDS]
    meetings.sort(key=lambda n: (n.date, n.id or ""), reverse=True)
    next_checkin = shared.rhythm_of(slug).next_checkin
    return {
        "person": slug,
        "name": name,
        "first_name": (name.split() or [slug])[0],
        "today": iso(today),
        "next_checkin": iso(next_checkin),
        "next_checkin_day": next_checkin.strftime("%A") if next_checkin else None,
        "points_open": [point_json(s, slug) for s in points if s.open],
        "points_discussed": [point_json(s, slug) for s in points if not s.open],
        "goals": goals,
        "actions": [item_json(i, today) for i in items if i.type == "action"],
        "support": [item_json(i, today) for i in items if i.type == "support"],
        "followups": [_followup(shared, note, name, date_settings) for note in meetings],
    }


def _followup(
    shared: Records, note: Note, name: str, date_settings: DateSettings | None
) -> dict[str, Any]:
    from grow_cli.app.reports import followup_text

    text = followup_text(shared, note, name, date_settings=date_settings)
    # The Markdown document quotes the follow-up's own Markdown: its headings stay apart from
    # their text there (the plain text's single line breaks would run together).
    markdown = followup_text(shared, note, name, markdown=True, date_settings=date_settings)
    return {
        "note_id": note.id,
        "date": iso(note.date),
        "kind": note.kind,
        "title": KIND_TITLES.get(note.kind, note.kind),
        "text": text.strip("\n"),
        "markdown": markdown.strip("\n"),
    }


def render_document(found: Records, data: dict[str, Any], output_format: str) -> str:
    """The document as Markdown or as one HTML page (every value escaped)."""
    from grow_cli.ui.render import render

    return render(found.locations, TEMPLATES[output_format], doc=data)
