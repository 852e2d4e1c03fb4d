"""The weekly check-in (`grow checkin`), as data built from the person's open items.

Each open action and support item gets one question (done, in progress, blocked, dropped, not
started), then what is blocking it or why it was dropped. New actions may follow (SMART-checked,
as in a coaching conversation), then the next check-in date.
"""

from __future__ import annotations

import datetime as dt

from grow_cli.domain.ledger import Item
from grow_cli.flows.coach import ACTIONS_STAGE
from grow_cli.flows.engine import get_path
from grow_cli.flows.model import (
    Answers,
    Ask,
    Choice,
    Default,
    Flow,
    FlowContext,
    Group,
    Predicate,
    Stage,
)

REVIEW_KEY = "review"
STATUS_CHOICES = (
    Choice("done", "Done"),
    Choice("progress", "In progress"),
    Choice("blocked", "Blocked"),
    Choice("dropped", "Dropped: no longer worth doing"),
    Choice("open", "Not started yet"),
)
FOLLOW_UPS = {
    "blocked": ("blocker", "What is blocking it, and what would help?"),
    "dropped": ("why", "Why is it dropped?"),
}


def _item_label(item: Item, today: dt.date) -> str:
    owner = "Your support" if item.type == "support" or item.owner == "manager" else "Action"
    due = ""
    if item.due is not None:
        late = item.days_overdue(today)
        due = f" (due {item.due:%a %d %b}{f', {late} days late' if late else ''})"
    return f"{owner}: {item.text}{due}. Where is it now?"


def _status_is(key: str, wanted: str) -> Predicate:
    def check(scope: Answers, answers: Answers, context: FlowContext) -> bool:
        return bool(get_path(answers, f"{key}.status") == wanted)

    return check


def _constant(value: str) -> Default:
    def default(scope: Answers, answers: Answers, context: FlowContext) -> str:
        return value

    return default


def _review_steps(items: list[Item], today: dt.date) -> tuple[Ask, ...]:
    steps: list[Ask] = []
    for item in items:
        key = f"{REVIEW_KEY}.{item.id}"
        steps.append(
            Ask(
                f"{key}.status",
                _item_label(item, today),
                kind="choice",
                choices=STATUS_CHOICES,
                default=_constant(item.status),
            )
        )
        for status, (field, question) in FOLLOW_UPS.items():
            steps.append(Ask(f"{key}.{field}", question, when=_status_is(key, status)))
    return tuple(steps)


def wins_summary(answers: Answers) -> str | None:
    """'2 of 3 items done since last time': the wins, named."""
    reviewed = answers.get(REVIEW_KEY) or {}
    if not reviewed:
        return None
    done = sum(1 for answer in reviewed.values() if answer.get("status") == "done")
    if not done:
        return f"Nothing closed yet of {len(reviewed)} open items: what is the smallest next step?"
    return f"{done} of {len(reviewed)} open items done since last time. Say so: name the win."


def _default_next(scope: Answers, answers: Answers, context: FlowContext) -> str:
    return (context.today + dt.timedelta(days=context.cadence_days)).isoformat()


def checkin_flow(items: list[Item], today: dt.date) -> Flow:
    """The check-in for these open items."""
    review = Stage(
        "review",
        "Open items",
        _review_steps(items, today),
        intro=None if items else "Nothing is open from earlier conversations.",
        summary=wins_summary,
    )
    [actions_group] = ACTIONS_STAGE.steps
    assert isinstance(actions_group, Group)
    new_actions = Stage(
        "actions",
        "New actions",
        (
            Group(
                actions_group.key,
                actions_group.noun,
                actions_group.fields,
                start="Any new actions to agree?",
                more="Add another action?",
                review="smart_action",
            ),
        ),
    )
    next_stage = Stage(
        "next_checkin",
        "Next check-in",
        (
            Ask("next_checkin", "When is the next check-in?", kind="date", default=_default_next),
            Ask("tags", "Tags to find this again (comma separated, optional)", required=False),
        ),
    )
    return Flow("checkin", (review, new_actions, next_stage))


def updates_from_review(answers: Answers) -> list[dict[str, str]]:
    """The [[updates]] a check-in records: one per item reviewed, with its blocker or reason."""
    updates = []
    for ref, answer in (answers.get(REVIEW_KEY) or {}).items():
        status = answer.get("status")
        if not status:
            continue
        note = answer.get("blocker") or answer.get("why") or ""
        updates.append({"ref": ref, "status": status, "note": note})
    return updates
