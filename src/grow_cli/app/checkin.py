"""The weekly check-in's plan: the person's threads and items, the questions about them, the ids
an answers file may refer to, and the wins counted once it is saved."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any

from grow_cli.app.conversation import Plan
from grow_cli.app.session import Subject
from grow_cli.domain.ratings import described, to_rate

if TYPE_CHECKING:
    from collections.abc import Iterable

    from grow_cli.app.records import Records
    from grow_cli.domain.agenda import PointState
    from grow_cli.domain.ledger import Item
    from grow_cli.domain.models import Note
    from grow_cli.domain.threads import Thread
    from grow_cli.domain.vocabulary import Kind
    from grow_cli.flows.model import Flow


MAX_REOPEN_CHOICES = 20  # the latest closed items offered for reopening


def checkin_plan(found: Records, who: str, today: dt.date) -> tuple[Plan, str]:
    """The check-in with one person, and their slug."""
    look = LookBack.of(found, who)

    def flow(_: Subject) -> Flow:
        from grow_cli.flows.checkin import checkin_flow

        return checkin_flow(
            look.open_items, look.followed, today, look.closed, look.to_rate, look.points
        )

    plan = Plan(
        subject=lambda may_ask: look.subject("checkin"),
        flow=flow,
        check=lambda subject, answers: _refs_known(subject, answers, look.items, look.threads),
        report=lambda note: _wins(note, look.open_items),
    )
    return plan, look.slug


def one_on_one_plan(found: Records, who: str, today: dt.date) -> tuple[Plan, str]:
    """The 1:1 with one person (`grow 1on1`): the check-in's look back, then coaching if
    wanted; one note (a coaching conversation with the updates, or a check-in). Its slug too."""
    from grow_cli.app.coaching import thread_known
    from grow_cli.flows.one_on_one import coached

    look = LookBack.of(found, who)
    active = [thread for thread in look.followed if thread.open]

    def flow(_: Subject) -> Flow:
        from grow_cli.flows.one_on_one import one_on_one_flow

        return one_on_one_flow(
            look.open_items, active, today, look.closed, look.to_rate, look.points
        )

    def check(subject: Subject, answers: dict[str, Any]) -> list[str]:
        if coached(answers):
            return thread_known(subject, answers)
        return _refs_known(subject, answers, look.items, look.threads)

    subject = dataclasses.replace(
        look.subject("coaching"), draft=f"1on1-{look.slug}", checkin_unless_coached=True
    )
    plan = Plan(
        subject=lambda may_ask: subject,
        flow=flow,
        check=check,
        report=lambda note: _wins(note, look.open_items),
    )
    return plan, look.slug


@dataclasses.dataclass(frozen=True)
class LookBack:
    """What a check-in looks back at for one person: their items, goals and the conversation
    waiting for their rating."""

    slug: str
    name: str
    cadence_days: int
    style: str
    items: list[Item]
    threads: list[Thread]
    followed: list[Thread]  # most urgent first: the earliest check-in
    open_items: list[Item]  # the most overdue first
    closed: list[Item]
    rating_due: Note | None
    points: tuple[PointState, ...] = ()  # their open talking points, oldest first

    @classmethod
    def of(cls, found: Records, who: str) -> LookBack:
        """Everything to look back at with `who` (an archived person is refused)."""
        from grow_cli.app.agenda import open_points_of
        from grow_cli.app.people import require_current

        known = require_current(found.person(who))
        items = found.ledger.for_person(known.slug)
        followed = [t for t, _ in sorted(found.rhythm_of(known.slug).threads, key=_when)]
        return cls(
            known.slug,
            known.person.name,
            known.person.cadence_days,
            known.person.style,
            items,
            found.ledger.threads_of(known.slug),
            followed,
            sorted((i for i in items if i.open), key=lambda i: (i.due is None, i.due)),
            reopenable(items),
            to_rate([loaded.note for loaded in found.notes_of(known.slug)]),
            tuple(open_points_of(found, known.slug)),
        )

    @property
    def to_rate(self) -> str | None:
        """How the conversation waiting for their rating is named, if one is."""
        return described(self.rating_due) if self.rating_due else None

    def subject(self, kind: Kind) -> Subject:
        """The person, as the subject of a note of this kind."""
        return Subject(
            kind,
            self.slug,
            self.name,
            self.cadence_days,
            {item.id: item.text for item in self.items},
            {thread.id: thread for thread in self.threads},
            style=self.style,
            rated=self.rating_due.id if self.rating_due else None,
            talking_points=self.points,
        )


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
