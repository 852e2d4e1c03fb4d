"""Your own check-in in the journal: your open journal actions, reviewed and closed."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from grow_cli.app.checkin import reopenable
from grow_cli.app.conversation import Plan
from grow_cli.app.session import Subject
from grow_cli.errors import NotFoundError

if TYPE_CHECKING:
    from grow_cli.app.records import Records
    from grow_cli.flows.model import Flow


def journal_checkin_plan(found: Records, today: dt.date) -> Plan:
    """The check-in of your own journal actions."""
    items = found.ledger.for_person(None)
    open_items = sorted((i for i in items if i.open), key=lambda i: (i.due is None, i.due))
    texts = {item.id: item.text for item in items}
    subject = Subject("journal", None, None, item_texts=texts, draft="checkin")
    if not items:
        raise NotFoundError(
            "Your journal has no actions to check in on.",
            hint="A 'grow journal' entry of mode grow agrees some.",
        )

    def flow(_: Subject) -> Flow:
        from grow_cli.flows.checkin import journal_checkin_flow

        return journal_checkin_flow(open_items, today, reopenable(items))

    def check(_: Subject, answers: dict[str, Any]) -> list[str]:
        ids = {item.id for item in items}
        given = answers.get("updates")
        updates: list[Any] = given if isinstance(given, list) else []
        problems = [
            f"updates[{number}].ref: {update.get('ref')!r} is not one of your journal actions "
            "(see 'grow actions --journal')"
            for number, update in enumerate(updates, start=1)
            if isinstance(update, dict) and not _one_of(update.get("ref"), ids)
        ]
        if not updates and not answers.get("review"):
            problems.append("a journal check-in records [[updates]]; this has none")
        return problems

    return Plan(subject=lambda may_ask: subject, flow=flow, check=check)


def _one_of(value: Any, ids: set[str]) -> bool:
    """Whether an answers file's id is one of `ids` (a list or a table given there is not)."""
    return isinstance(value, str) and value in ids
