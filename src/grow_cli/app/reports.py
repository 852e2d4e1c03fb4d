"""What the reading commands compute from the records: a person's summary, the prep sheet, the
stats, the escalation checklist and the journal review. Pure domain work on loaded records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from grow_cli.app.goals import thread_rows
from grow_cli.app.serialize import iso, item_json, person_json
from grow_cli.domain.vocabulary import MEETING_KINDS
from grow_cli.errors import NotFoundError

if TYPE_CHECKING:
    from grow_cli.app.records import Records
    from grow_cli.app.serialize import JSON
    from grow_cli.domain.dates import DateSettings
    from grow_cli.domain.escalation import Checklist
    from grow_cli.domain.followup import FollowUp
    from grow_cli.domain.ledger import Item, Rhythm
    from grow_cli.domain.models import Note
    from grow_cli.domain.prep import PrepSheet
    from grow_cli.domain.review import Review
    from grow_cli.domain.stats import Stats
    from grow_cli.domain.stats_facts import Period


def person_summary(found: Records, who: str, today: dt.date) -> dict[str, Any]:
    """A person's profile and where things stand: meetings by kind, open and overdue items, the
    last meeting and the next check-in (JSON-ready)."""
    known = found.person(who)
    slug = known.slug
    facts = SummaryFacts(
        person_json(slug, known.person),
        [note.kind for note in found.ledger.notes_of(slug)],
        [item for item in found.ledger.for_person(slug) if item.open],
        found.rhythm_of(slug),
    )
    goals = thread_rows(found, [t.id for t in found.ledger.threads_of(slug) if t.open], today)
    return summary_json(facts, goals, today)


@dataclass
class SummaryFacts:
    """What a person's summary is made of, whatever the day: their profile's row, the kind of
    each of their notes, their open items (in the ledger's order) and their rhythm."""

    profile: dict[str, Any]
    kinds: list[str]
    open_items: list[Item]
    rhythm: Rhythm


def summary_json(facts: SummaryFacts, goals: list[dict[str, Any]], today: dt.date) -> JSON:
    """A person's summary as of today (`person_summary`), from its facts and the rows of their
    active goals."""
    by_kind = {kind: sum(1 for k in facts.kinds if k == kind) for kind in MEETING_KINDS}
    open_items = sorted(facts.open_items, key=lambda item: (item.due is None, item.due or today))
    rhythm = facts.rhythm
    next_date = rhythm.next_checkin
    return {
        **facts.profile,
        "conversations": {**by_kind, "total": sum(by_kind.values())},
        "open_count": len(open_items),
        "overdue_count": sum(1 for item in open_items if item.overdue(today)),
        "last_conversation": iso(rhythm.last_date),
        "days_since_last": rhythm.days_since_last(today),
        "next_checkin": iso(next_date),
        "days_to_next_checkin": None if next_date is None else (next_date - today).days,
        "open_items": [item_json(item, today) for item in open_items],
        "goals": goals,
    }


def prep_sheet(found: Records, who: str, today: dt.date) -> PrepSheet:
    """The sheet to read before a 1:1 with this person."""
    from grow_cli.app.agenda import open_points_of
    from grow_cli.domain import prep

    known = found.person(who)
    sheet = prep.build(
        found.ledger,
        found.rhythm_of(known.slug),
        known.slug,
        known.person.name,
        today,
        known.person.style,
    )
    sheet.talking_points = open_points_of(found, known.slug)
    return sheet


def stats(found: Records, period: Period, today: dt.date) -> Stats:
    """How coaching went over the period, for everyone not archived."""
    from grow_cli.domain.stats import compute
    from grow_cli.domain.stats_facts import facts_of

    current = found.active()
    return compute(facts_of(current.ledger, current.people, period, today), period, today)


def escalation(found: Records, who: str, today: dt.date) -> Checklist:
    """Whether performance improved and the five questions before escalating, answered from this
    person's performance threads."""
    from grow_cli.domain.escalation import build

    known = found.person(who)
    return build(
        found.ledger.notes_of(known.slug),
        found.ledger.for_person(known.slug),
        found.ledger.threads_of(known.slug),
        known.slug,
        known.person.name,
        known.person.cadence_days,
        today,
    )


def journal_review(found: Records, since: dt.date, today: dt.date) -> Review:
    """The review of the journal entries since a day."""
    from grow_cli.domain.review import review

    return review(found.ledger.notes, found.ledger.items, since, today)


def followup_note(found: Records, who: str, note_id: str | None) -> tuple[Note, str]:
    """The conversation to follow up (the one named, else the latest meeting) and the person's
    display name."""
    from grow_cli.domain.ledger import latest_of_kind

    known = found.person(who)
    notes = found.ledger.notes_of(known.slug)
    if note_id is not None:
        chosen = next((n for n in notes if n.id == note_id), None)
        if chosen is None:
            raise NotFoundError(
                f"No note {note_id!r} for {known.person.name}.",
                hint=f"See 'grow history {known.slug}'.",
            )
        return chosen, known.person.name
    latest = latest_of_kind(notes, *MEETING_KINDS)
    if latest is None:
        raise NotFoundError(
            f"No conversation with {known.person.name} to follow up yet.",
            hint=f"Start one with 'grow coach {known.slug}'.",
        )
    return latest, known.person.name


def followup_message(
    found: Records, note: Note, name: str | None, date_settings: DateSettings | None = None
) -> FollowUp:
    """The sentences of the follow-up to `note`, said to its person (display name `name`). The
    next check-in is the note's own, else (for their latest conversation) the person's."""
    from grow_cli.domain import followup
    from grow_cli.domain.ledger import latest_of_kind

    slug = note.person
    notes = found.ledger.notes_of(slug)
    latest = latest_of_kind(notes, *MEETING_KINDS)
    upcoming = None
    if slug is not None and latest is not None and latest.id == note.id:
        upcoming = found.rhythm_of(slug).next_checkin
    return followup.build(
        note,
        name,
        found.ledger.for_person(slug),
        {thread.id: thread for thread in found.ledger.threads_of(slug)},
        notes,
        next_checkin=upcoming,
        date_settings=date_settings,
    )


def followup_text(
    found: Records,
    note: Note,
    name: str | None,
    *,
    markdown: bool = False,
    date_settings: DateSettings | None = None,
) -> str:
    """The follow-up message to `note`, as text to send (Markdown headings with `markdown`)."""
    from grow_cli.ui.render import followup

    labels = {thread.id: thread.label for thread in found.ledger.threads.values()}
    message = followup_message(found, note, name, date_settings)
    return followup(found.locations, note, name, message, markdown=markdown, thread_labels=labels)
