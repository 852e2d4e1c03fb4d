"""Coaching threads for `grow goals` and `grow show THREAD`: listed with their trend, and one
thread's timeline (every note, reading and item in it)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from grow_cli.app.serialize import JSON, iso, item_json, thread_json
from grow_cli.domain.vocabulary import ENDED, GOAL_STATUS_WORDS, THREAD_STATUSES
from grow_cli.errors import UsageError

if TYPE_CHECKING:
    from grow_cli.app.records import Records
    from grow_cli.domain.threads import Thread

DEFAULT_CADENCE_DAYS = 7
STATUS_WORDS = GOAL_STATUS_WORDS  # what `grow goals --status` takes


def cadence_of(found: Records, thread: Thread) -> int:
    """The cadence of the person a thread is about."""
    person = found.people.get(thread.person or "")
    return person.cadence_days if person else DEFAULT_CADENCE_DAYS


def thread_rows(found: Records, thread_ids: list[str], today: dt.date) -> list[JSON]:
    """The JSON of each thread, with its items counted."""
    rows = []
    for thread_id in thread_ids:
        thread = found.ledger.threads[thread_id]
        items = [i for i in found.ledger.for_person(thread.person) if i.thread == thread.id]
        rows.append(thread_json(thread, today, cadence_of(found, thread), items))
    return rows


def listed(found: Records, who: str | None, statuses: list[str], today: dt.date) -> list[JSON]:
    """The threads of one person (or everyone), with the statuses asked for, most urgent first:
    active threads by their next check-in, then the others, latest closed first."""
    wanted = statuses_named(statuses)
    slug = found.person_slug(who) if who is not None else None
    if slug is None:  # everyone's goals: archived people's are left out
        found = found.active()
    threads = [
        thread
        for thread in found.ledger.threads.values()
        if (slug is None or thread.person == slug) and thread.status in wanted
    ]
    return ordered(thread_rows(found, [thread.id for thread in threads], today))


def ordered(rows: list[JSON]) -> list[JSON]:
    """Threads' rows, most urgent first: active ones by their next check-in, then the others,
    latest closed first."""
    active = sorted(
        (row for row in rows if row["status"] == "active"),
        key=lambda row: (row["next_checkin"] or "9999-12-31", row["id"]),
    )
    closed = sorted(
        (row for row in rows if row["status"] != "active"),
        key=lambda row: (row["closed_on"] or row["opened_on"], row["id"]),
        reverse=True,
    )
    return active + closed


def statuses_named(words: list[str]) -> set[str]:
    """The thread statuses `grow goals --status` words name (UsageError on any other)."""
    wanted: set[str] = set()
    for word in words:
        if word not in STATUS_WORDS:
            raise UsageError(f"--status {word!r} is not one of: {', '.join(STATUS_WORDS)}.")
        if word == "all":
            wanted |= {*THREAD_STATUSES, ENDED}
        elif word == "closed":
            wanted |= {*THREAD_STATUSES, ENDED} - {"active"}
        else:
            wanted.add(word)
    return wanted


def timeline(found: Records, thread_id: str, today: dt.date) -> JSON:
    """One thread and, note by note, what each said about it: the goal, readings, the items
    agreed, their updates, and the outcome."""
    thread = found.ledger.threads[thread_id]
    items = [i for i in found.ledger.for_person(thread.person) if i.thread == thread.id]
    item_ids = {item.id for item in items}
    by_id = {note.id: note for note in found.ledger.notes_of(thread.person)}
    entries = []
    for note_id in thread.note_ids:
        note = by_id.get(note_id)
        if note is None:
            continue
        progress = [p for p in note.progress if p.thread == thread.id]
        entries.append(
            {
                "note_id": note.id,
                "date": iso(note.date),
                "kind": note.kind,
                "goal": note.grow.goal if note.grow and note.grow.goal else None,
                "feedback": [
                    {"situation": f.situation, "behavior": f.behavior, "impact": f.impact}
                    for f in note.feedback
                ],
                "readings": [p.reading for p in progress if p.reading is not None],
                "outcome": next((p.status for p in progress if p.status), None),
                "said": "; ".join(p.note for p in progress if p.note) or None,
                "items_agreed": [i.id for i in items if i.note_id == note.id],
                "updates": [
                    {"ref": u.ref, "status": u.status, "note": u.note}
                    for u in note.updates
                    if u.ref in item_ids
                ],
            }
        )
    return {
        **thread_json(thread, today, cadence_of(found, thread), items),
        "timeline": entries,
        "items": [item_json(item, today) for item in items],
    }
