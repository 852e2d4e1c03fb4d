"""The weekly check-in's plan: the person's items, the questions about the open ones, the ids an
answers file may refer to, and the wins counted once it is saved."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from grow_cli.app.conversation import Plan
from grow_cli.app.session import Subject
from grow_cli.errors import InvalidInputError

if TYPE_CHECKING:
    from grow_cli.app.records import Records
    from grow_cli.domain.ledger import Item
    from grow_cli.domain.models import Note
    from grow_cli.flows.model import Flow


def checkin_plan(found: Records, who: str, today: dt.date) -> tuple[Plan, str]:
    """The check-in with one person, and their slug."""
    known = found.person(who)
    items = found.ledger.for_person(known.slug)
    texts = {item.id: item.text for item in items}
    subject = Subject("checkin", known.slug, known.person.name, known.person.cadence_days, texts)
    # Earliest due first, so what is most overdue is talked about while there is time.
    open_items = sorted((i for i in items if i.open), key=lambda i: (i.due is None, i.due))

    def flow(_: Subject) -> Flow:
        from grow_cli.flows.checkin import checkin_flow

        return checkin_flow(open_items, today)

    plan = Plan(
        subject=lambda may_ask: subject,
        flow=flow,
        check=lambda subject, answers: _refs_known(subject, answers, items),
        report=lambda note: _wins(note, open_items),
    )
    return plan, known.slug


def _refs_known(subject: Subject, answers: dict[str, Any], items: list[Item]) -> None:
    """Refuse updates to items that are not this person's."""
    known_ids = {item.id for item in items}
    unknown = [
        f"updates[{number}].ref: {update.get('ref')!r} is not one of {subject.name}'s items"
        for number, update in enumerate(answers.get("updates") or [], start=1)
        if isinstance(update, dict) and update.get("ref") not in known_ids
    ]
    if unknown:
        raise InvalidInputError(
            "The check-in was not saved: " + "; ".join(unknown),
            hint=f"See the ids with 'grow actions {subject.slug}'.",
        )


def _wins(note: Note, open_items: list[Item]) -> list[str]:
    """'2 of 3 open items done since last time.'"""
    if not open_items:
        return []
    done = sum(1 for update in note.updates if update.status == "done")
    return [f"{done} of {len(open_items)} open items done since last time."]
