"""The weekly check-in's plan: the person's threads and items, the questions about them, the ids
an answers file may refer to, and the wins counted once it is saved."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from grow_cli.app.conversation import Plan
from grow_cli.app.session import Subject
from grow_cli.domain.ratings import described, to_rate

if TYPE_CHECKING:
    from collections.abc import Iterable

    from grow_cli.app.records import Records
    from grow_cli.domain.ledger import Item
    from grow_cli.domain.models import Note
    from grow_cli.domain.threads import Thread
    from grow_cli.flows.model import Flow


MAX_REOPEN_CHOICES = 20  # the latest closed items offered for reopening


def checkin_plan(found: Records, who: str, today: dt.date) -> tuple[Plan, str]:
    """The check-in with one person, and their slug."""
    from grow_cli.app.people import require_current

    known = require_current(found.person(who))
    items = found.ledger.for_person(known.slug)
    rating_due = to_rate([loaded.note for loaded in found.notes_of(known.slug)])
    threads = found.ledger.threads_of(known.slug)
    subject = Subject(
        "checkin",
        known.slug,
        known.person.name,
        known.person.cadence_days,
        {item.id: item.text for item in items},
        {thread.id: thread for thread in threads},
        style=known.person.style,
        rated=rating_due.id if rating_due else None,
    )
    # Most urgent first: the thread whose check-in is earliest, the item most overdue.
    followed = [thread for thread, _ in sorted(found.rhythm_of(known.slug).threads, key=_when)]
    open_items = sorted((i for i in items if i.open), key=lambda i: (i.due is None, i.due))
    closed = reopenable(items)

    def flow(_: Subject) -> Flow:
        from grow_cli.flows.checkin import checkin_flow

        label = described(rating_due) if rating_due else None
        return checkin_flow(open_items, followed, today, closed, label)

    plan = Plan(
        subject=lambda may_ask: subject,
        flow=flow,
        check=lambda subject, answers: _refs_known(subject, answers, items, threads),
        report=lambda note: _wins(note, open_items),
    )
    return plan, known.slug


def _when(pair: tuple[Thread, dt.date]) -> tuple[dt.date, str]:
    return pair[1], pair[0].id


def _refs_known(
    subject: Subject, answers: dict[str, Any], items: list[Item], threads: list[Thread]
) -> list[str]:
    """The problems of a check-in's answers: one that records nothing, updates to items and
    progress on threads that are not this person's."""
    problems = []
    if not any(_tables(answers, key) for key in ("updates", "progress", "actions")):
        problems.append(
            "a check-in records [[updates]], [[progress]] or [[actions]]; this has none"
        )
    item_ids = {item.id for item in items}
    thread_ids = {thread.id for thread in threads}
    see = f"(see 'grow actions {subject.slug}' and 'grow goals {subject.slug}')"
    problems += [
        f"updates[{number}].ref: {update.get('ref')!r} is not one of {subject.name}'s items {see}"
        for number, update in enumerate(_tables(answers, "updates"), start=1)
        if not _one_of(update.get("ref"), item_ids)
    ]
    problems += [
        f"progress[{number}].thread: {entry.get('thread')!r} is not one of {subject.name}'s "
        f"threads {see}"
        for number, entry in enumerate(_tables(answers, "progress"), start=1)
        if not _one_of(entry.get("thread"), thread_ids)
    ]
    problems += [
        f"actions[{number}].thread: {action.get('thread')!r} is not one of {subject.name}'s "
        f"threads {see}"
        for number, action in enumerate(_tables(answers, "actions"), start=1)
        if action.get("thread") and not _one_of(action.get("thread"), thread_ids)
    ]
    return problems


def _one_of(value: Any, ids: set[str]) -> bool:
    """Whether an answers file's id is one of `ids` (a list or a table given there is not)."""
    return isinstance(value, str) and value in ids


def _tables(answers: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = answers.get(key)
    return [entry for entry in value if isinstance(entry, dict)] if isinstance(value, list) else []


def _wins(note: Note, open_items: list[Item]) -> list[str]:
    """'2 of 3 of their open items done since last time.' Their own items only: the manager's
    support done is not the person's win."""
    theirs = {item.id for item in open_items if not item.mine}
    if not theirs:
        return []
    done = sum(1 for update in note.updates if update.status == "done" and update.ref in theirs)
    return [f"{done} of {len(theirs)} of their open items done since last time."]


def reopenable(items: Iterable[Item]) -> list[Item]:
    """Closed items, latest closed first, that may be reopened on request (closed by mistake)."""
    return sorted(
        (i for i in items if not i.open),
        key=lambda i: (i.closed_date() or i.note_date, i.id),
        reverse=True,
    )[:MAX_REOPEN_CHOICES]
