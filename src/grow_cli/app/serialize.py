"""One JSON shape per object: an item, a note, a search match, a person, a thread, a prep sheet,
a review.

Every command that prints one of these with --json prints it through here, so a script sees the
same keys wherever it meets the object (README, "JSON objects"). Dates are ISO strings. `grow due
--json` and `grow smart --json` keep the shapes design.md fixes for them (domain/due.py,
domain/smart.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from grow_cli.domain.agenda import PointState
    from grow_cli.domain.ledger import Item
    from grow_cli.domain.models import Note, Person
    from grow_cli.domain.prep import PrepSheet, ThreadPrep
    from grow_cli.domain.ratings import Rated
    from grow_cli.domain.review import Intention, Review
    from grow_cli.domain.search import Answer, Match
    from grow_cli.domain.threads import Thread
    from grow_cli.ui.views.notes import ShownItem

JSON = dict[str, Any]
COUNTED = ("actions", "support", "updates", "feedback")


def iso(day: dt.date | None) -> str | None:
    """A date as JSON: 'YYYY-MM-DD', or null."""
    return None if day is None else day.isoformat()


def item_json(item: Item, today: dt.date) -> JSON:
    """An action or support item with its current status (after every later check-in)."""
    latest = item.history[-1] if item.history else None
    return {
        "id": item.id,
        "type": item.type,
        "person": item.person,
        "text": item.text,
        "owner": item.owner,
        "due": iso(item.due),
        "status": item.status,
        "open": item.open,
        "overdue": item.overdue(today),
        "days_overdue": item.days_overdue(today),
        "closed_on": iso(item.closed_date()),
        "note_id": item.note_id,
        "last_update": None
        if latest is None
        else {
            "date": iso(latest.date),
            "status": latest.status,
            "note": latest.note,
            "note_id": latest.note_id,
        },
    }


def counts(note: Note) -> dict[str, int]:
    """How many actions, support items, status updates and SBI feedback items a note holds."""
    return {key: len(getattr(note, key)) for key in COUNTED}


def note_json(note: Note, path: str | None) -> JSON:
    """A note in a listing: what it is, who it is about, a one-line summary and what it holds."""
    from grow_cli.domain.review import summary_of

    return {
        "id": note.id,
        "path": path,
        "date": iso(note.date),
        "kind": note.kind,
        "person": note.person,
        "focus": note.focus,
        "mode": note.mode,
        "topic": note.topic,
        "goal": note.grow.goal if note.grow else None,
        "summary": summary_of(note),
        "tags": list(note.tags),
        "counts": counts(note),
    }


def match_json(match: Match[Note], path: str | None) -> JSON:
    """A note found by `grow search`: the note, and each answer that holds the words."""
    return matched_json(note_json(match.note, path), match.answers)


def matched_json(note_row: JSON, answers: Iterable[Answer]) -> JSON:
    """`match_json` from the note's row (`note_json`) and the answers that hold the words."""
    return {
        **note_row,
        "matches": [{"field": answer.field, "text": answer.text} for answer in answers],
    }


def person_json(slug: str, person: Person) -> JSON:
    """A person's profile; every key present (null when not set)."""
    return {
        "slug": slug,
        "name": person.name,
        "role": person.role,
        "cadence_days": person.cadence_days,
        "started": iso(person.started),
        "style": person.style,
        "archived": iso(person.archived),
    }


def point_json(state: PointState, person: str) -> JSON:
    """A talking point (`grow agenda`, `grow prep`, `grow share`): whose it is, when it was
    added and, once a conversation discussed it, when and in which note."""
    point = state.point
    return {
        "id": point.id,
        "person": person,
        "date": iso(point.date),
        "by": point.by,
        "text": point.text,
        "open": state.open,
        "discussed_on": iso(state.discussed_on),
        "discussed_in": state.discussed_in,
    }


def rating_json(rated: Rated) -> JSON:
    """One rating of a conversation by the report."""
    return {
        "date": iso(rated.date),
        "score": rated.score,
        "comment": rated.comment,
        "about": rated.about,
        "about_date": iso(rated.about_date),
    }


def prep_json(sheet: PrepSheet) -> JSON:
    """The prep sheet before a 1:1."""
    last = sheet.last_conversation
    today = sheet.today
    return {
        "person": sheet.person,
        "name": sheet.name,
        "today": iso(today),
        "last_conversation": None
        if last is None
        else {
            "id": last.id,
            "date": iso(last.date),
            "focus": last.focus,
            "topic": last.topic,
            "goal": last.grow.goal if last.grow else None,
        },
        "days_since_last": sheet.rhythm.days_since_last(today),
        "cadence_days": sheet.rhythm.cadence_days,
        "next_checkin": iso(sheet.rhythm.next_checkin),
        "open_items": [item_json(i, today) for i in sheet.their_items],
        "support_owed": [item_json(i, today) for i in sheet.owed],
        "recent_wins": [item_json(i, today) for i in sheet.wins],
        "questions": list(sheet.questions),
        "talking_points": [point_json(state, sheet.person) for state in sheet.talking_points],
        "style": sheet.style,
        "ratings": [rating_json(r) for r in sheet.ratings],
        "threads": [_thread_prep_json(t, today, sheet.rhythm.cadence_days) for t in sheet.threads],
        "goals_closed": [
            thread_json(t, today, sheet.rhythm.cadence_days, []) for t in sheet.closed
        ],
    }


def _thread_prep_json(prep: ThreadPrep, today: dt.date, cadence_days: int) -> JSON:
    return {
        **thread_json(prep.thread, today, cadence_days, [*prep.theirs, *prep.mine]),
        "their_items": [item.id for item in prep.theirs],
        "your_items": [item.id for item in prep.mine],
        "latest_feedback": None
        if not prep.feedback
        else {
            "date": iso(prep.feedback_on),
            "note_id": prep.feedback_in,
            "feedback": [
                {"situation": f.situation, "behavior": f.behavior, "impact": f.impact}
                for f in prep.feedback
            ],
        },
    }


def review_json(found: Review) -> JSON:
    """The journal review: what was set out, what got done, the themes, what is still open."""
    today = found.today

    def intention(kept: Intention) -> JSON:
        return {"date": iso(kept.date), "id": kept.note_id, "field": kept.field, "text": kept.text}

    return {
        "since": iso(found.since),
        "today": iso(today),
        "counts": found.counts(),
        "modes": found.modes(),
        "goals": [intention(goal) for goal in found.goals],
        "tries": [intention(kept) for kept in found.tries],
        "actions": [item_json(item, today) for item in found.actions],
        "done": [item_json(item, today) for item in found.done],
        "themes": [
            {"word": t.word, "entries": t.entries, "mentions": t.mentions} for t in found.themes
        ],
        "tags": [{"tag": tag, "entries": n} for tag, n in found.tags],
        "open": [item_json(item, today) for item in found.still_open],
    }


def shown_note_json(note: Note, path: str, items: list[ShownItem], today: dt.date) -> JSON:
    """`grow show --json`: the note, its front matter, and where each of its items stands now
    (`in_this_note` false for the items its updates refer to)."""
    listed = []
    for item, item_id, in_note in items:
        facts = item_json(item, today) if item else {"id": item_id, "status": None}
        listed.append({**facts, "in_this_note": in_note})
    return {**note_json(note, path), "front_matter": note.front_matter(), "items": listed}


def thread_json(thread: Thread, today: dt.date, cadence_days: int, items: list[Item]) -> JSON:
    """A coaching thread: its goal, measure and readings, status or outcome, next check-in, and
    how many of its items are still to do (`items`: the thread's)."""
    measure = thread.measure
    trend = thread.trend()
    next_date = thread.next_checkin(cadence_days)
    return {
        "id": thread.id,
        "person": thread.person,
        "focus": thread.focus,
        "goal": thread.goal,
        "topic": thread.topic,
        "status": thread.status,
        "opened_on": iso(thread.opened_on),
        "opened_in": thread.opened_in,
        "closed_on": iso(thread.closed_on),
        "outcome": thread.outcome_note or None,
        "measure": None
        if measure is None
        else {
            "what": measure.what,
            "unit": measure.unit,
            "baseline": measure.baseline,
            "target": measure.target,
            "better": measure.better,
        },
        "readings": [
            {"date": iso(r.date), "value": r.value, "note_id": r.note_id, "note": r.note}
            for r in thread.readings
        ],
        "trend": None
        if trend is None
        else {
            "latest": trend.latest,
            "direction": trend.direction(),
            "share_of_gap_closed": trend.share_of_gap_closed(),
            "reached": trend.reached(),
        },
        "next_checkin": iso(next_date),
        "days_to_checkin": None if next_date is None else (next_date - today).days,
        "open_items": sum(1 for item in items if item.open),
        "notes": list(thread.note_ids),
        "from_schema_1": thread.legacy,
    }
