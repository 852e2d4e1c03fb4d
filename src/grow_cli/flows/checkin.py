"""The regular check-in (`grow checkin`), as data built from the person's threads and open items.

Thread by thread: how it is going, the measure's reading, each of its open items (done, in
progress, blocked, dropped, not started, then what is blocking it or why it was dropped), where
the goal stands (still active, or its outcome) and when to check in on it next. Then the items of
no thread, new actions (SMART-checked, as in a coaching conversation, each for a goal) and tags.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from grow_cli.domain.agenda import PointState
from grow_cli.domain.ledger import Item
from grow_cli.domain.threads import Thread, suggested_next_checkin
from grow_cli.domain.wording import plural
from grow_cli.flows.agenda import PRIVATE_STAGE, points_stages
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
from grow_cli.flows.rating import rating_stage

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
        lateness = f", {plural(late, 'day')} late" if late else ""
        due = f" (due {item.due:%a %d %b}{lateness})"
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
        if item.due is not None and item.due < today:
            steps.append(
                Ask(
                    f"{key}.due",
                    f"It was due {item.due.isoformat()}: a new due date? (empty keeps it)",
                    kind="date",
                    required=False,
                    when=_still_to_do(key),
                )
            )
    return tuple(steps)


def _still_to_do(key: str) -> Predicate:
    def check(scope: Answers, answers: Answers, context: FlowContext) -> bool:
        return get_path(answers, f"{key}.status") in ("open", "progress", "blocked")

    return check


REOPEN_CHOICES = (
    Choice("open", "Not started yet"),
    Choice("progress", "In progress"),
    Choice("blocked", "Blocked"),
)
REOPENED_KEY = "reopened"


def _reopen_stage(closed: Sequence[Item]) -> Stage:
    """Items closed by mistake, reopened on request: which one, its status, a new due date."""
    choices = tuple(
        Choice(item.id, f"{item.text} ({item.status} {item.closed_date() or ''})".strip())
        for item in closed
    )
    fields = (
        Ask("ref", "Which item?", kind="choice", choices=choices),
        Ask("status", "Where is it now?", kind="choice", choices=REOPEN_CHOICES),
        Ask("due", "A new due date? (empty keeps it)", kind="date", required=False),
    )
    group = Group(
        REOPENED_KEY,
        "item to reopen",
        fields,
        start="Reopen an item that was closed by mistake?",
        more="Reopen another?",
    )
    return Stage("reopen", "Closed items", (group,))


THREAD_STATUS_CHOICES = (
    Choice("active", "Still working on it"),
    Choice("achieved", "Achieved"),
    Choice("partly_achieved", "Partly achieved"),
    Choice("not_achieved", "Not achieved"),
    Choice("dropped", "Dropped: no longer the goal"),
)
PROGRESS_KEY = "progress"


def wins_summary(theirs: frozenset[str], whose: str = "their") -> Callable[[Answers], str | None]:
    """'2 of 3 of their items done since last time': the wins, named. Only the person's own
    items count (`theirs`): the manager's support done is not their win."""

    def summary(answers: Answers) -> str | None:
        reviewed = {ref: a for ref, a in (answers.get(REVIEW_KEY) or {}).items() if ref in theirs}
        if not theirs or not reviewed:
            return None
        done = sum(1 for answer in reviewed.values() if answer.get("status") == "done")
        if not done:
            return (
                f"Nothing of {whose}s closed yet of {plural(len(reviewed), 'open item')}: what is "
                "the smallest next step?"
            )
        return (
            f"{done} of {len(reviewed)} of {whose} open items done since last time. Name the win."
        )

    return summary


def _reading_question(thread: Thread) -> str:
    measure = thread.measure
    assert measure is not None
    unit = f" ({measure.unit})" if measure.unit else ""
    known = [
        f"{label} {_number(value)}"
        for label, value in (("baseline", measure.baseline), ("target", measure.target))
        if value is not None
    ]
    latest = f", last reading {_number(thread.readings[-1].value)}" if thread.readings else ""
    context = f" [{', '.join(known)}{latest}]" if known or latest else ""
    return f"{measure.what} now{unit}?{context} (empty to skip)"


def _number(value: float) -> str:
    return f"{value:g}"


def _measure_moved(thread: Thread, key: str) -> Callable[[Answers], str | None]:
    """Said after a thread's questions: whether its measure moved towards the target."""

    def summary(answers: Answers) -> str | None:
        typed = get_path(answers, f"{key}.reading")
        trend = thread.trend()
        if typed in (None, "") or trend is None or trend.better is None:
            return None
        try:
            now = float(typed)
        except ValueError:
            return None
        before = trend.latest
        if before is None or now == before:
            return None
        better = now < before if trend.better == "lower" else now > before
        if not better:
            return f"{thread.measure.what if thread.measure else 'It'} moved away from the target."
        return f"{_number(before)} -> {_number(now)}: moving towards the target. Name the win."

    return summary


def _default_thread_next(thread: Thread) -> Default:
    def default(scope: Answers, answers: Answers, context: FlowContext) -> str:
        return suggested_next_checkin(thread.focus, context.cadence_days, context.today).isoformat()

    return default


def _thread_stage(number: int, thread: Thread, items: list[Item], today: dt.date) -> Stage:
    key = f"{PROGRESS_KEY}.{thread.id}"
    steps: list[Ask] = [Ask(f"{key}.how", f"How is it going with: {thread.label}?", required=False)]
    if thread.measure is not None:
        steps.append(
            Ask(f"{key}.reading", _reading_question(thread), kind="decimal", required=False)
        )
    steps += _review_steps(items, today)
    steps += [
        Ask(
            f"{key}.status",
            "Where does this goal stand now?",
            kind="choice",
            choices=THREAD_STATUS_CHOICES,
            default=_constant("active"),
        ),
        Ask(f"{key}.outcome", "What came of it, in a few words?", when=_ended(key)),
        Ask(
            f"{key}.next_checkin",
            "When will you check in on this goal next?",
            kind="date",
            default=_default_thread_next(thread),
            when=_still_active(key),
        ),
    ]
    title = f"Goal {number}: {_short(thread.label)}"
    moved = _measure_moved(thread, key)
    done = wins_summary(frozenset(item.id for item in items if not item.mine))

    def summary(answers: Answers) -> str | None:
        said = [line for line in (moved(answers), done(answers)) if line]
        return "\n".join(said) or None

    return Stage(f"thread-{number}", title, tuple(steps), summary=summary)


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _ended(key: str) -> Predicate:
    def check(scope: Answers, answers: Answers, context: FlowContext) -> bool:
        return get_path(answers, f"{key}.status") not in (None, "active")

    return check


def _still_active(key: str) -> Predicate:
    def check(scope: Answers, answers: Answers, context: FlowContext) -> bool:
        return get_path(answers, f"{key}.status") in (None, "active")

    return check


def _default_next(scope: Answers, answers: Answers, context: FlowContext) -> str:
    return (context.today + dt.timedelta(days=context.cadence_days)).isoformat()


def checkin_flow(
    items: list[Item],
    threads: Sequence[Thread],
    today: dt.date,
    closed: Sequence[Item] = (),
    to_rate: str | None = None,
    points: Sequence[PointState] = (),
) -> Flow:
    """The check-in: thread by thread (most urgent first) for the threads followed in schema 2,
    then the open items of no such thread, the talking points discussed (when any are open),
    new actions, the next check-in, and private notes.

    With no such thread (a person whose notes are all of schema 1) it is the check-in of
    schema 1: every open item, new actions, the next check-in.
    """
    reviewed = review_stages(items, threads, today, closed, to_rate)
    stages = (*reviewed, *points_stages(points), *closing_stages(threads), PRIVATE_STAGE)
    return Flow("checkin", stages)


def review_stages(
    items: list[Item],
    threads: Sequence[Thread],
    today: dt.date,
    closed: Sequence[Item] = (),
    to_rate: str | None = None,
) -> tuple[Stage, ...]:
    """The check-in's look back: their rating of the last conversation (when one waits for it),
    each goal followed, the open items of no goal, and items closed by mistake."""
    followed = {thread.id for thread in threads}
    stages = [rating_stage(to_rate)] if to_rate else []
    stages += [
        _thread_stage(number, thread, [i for i in items if i.thread == thread.id], today)
        for number, thread in enumerate(threads, start=1)
    ]
    others = [item for item in items if item.thread not in followed]
    theirs = frozenset(item.id for item in others if not item.mine)
    if others or not threads:
        stages.append(
            Stage(
                "review",
                "Other open items" if threads else "Open items",
                _review_steps(others, today),
                intro=None if items else "Nothing is open from earlier conversations.",
                summary=wins_summary(theirs),
            )
        )
    if closed:
        stages.append(_reopen_stage(closed))
    return tuple(stages)


def closing_stages(threads: Sequence[Thread]) -> tuple[Stage, ...]:
    """The check-in's end: new actions, the next check-in (when no goal has its own) and tags."""
    stages = [_new_actions(threads)]
    next_steps: list[Ask] = []
    if not threads:
        next_steps.append(
            Ask("next_checkin", "When is the next check-in?", kind="date", default=_default_next)
        )
    next_steps.append(
        Ask("tags", "Tags to find this again (comma separated, optional)", required=False)
    )
    title = "Next check-in" if not threads else "Tags"
    stages.append(Stage("next_checkin", title, tuple(next_steps)))
    return tuple(stages)


def _new_actions(threads: Sequence[Thread]) -> Stage:
    [actions_group] = ACTIONS_STAGE.steps
    assert isinstance(actions_group, Group)
    fields = actions_group.fields
    if threads:
        choices = tuple(Choice(t.id, _short(t.label)) for t in threads)
        which = Ask(
            "thread",
            "Which goal does it serve?",
            kind="choice",
            choices=(*choices, Choice("", "None of these")),
        )
        fields = (fields[0], which, *fields[1:])
    group = Group(
        actions_group.key,
        actions_group.noun,
        fields,
        start="Any new actions to agree?",
        more="Add another action?",
        review="smart_action",
    )
    return Stage("actions", "New actions", (group,))


def journal_checkin_flow(items: list[Item], today: dt.date, closed: Sequence[Item] = ()) -> Flow:
    """Your own check-in in the journal: each of your open journal actions, any closed by
    mistake reopened on request, then tags."""
    review = Stage(
        "review",
        "My open actions",
        _review_steps(items, today),
        intro=None if items else "Nothing is open in your journal.",
        summary=wins_summary(frozenset(item.id for item in items), "your"),
    )
    tags = Stage(
        "tags",
        "Tags",
        (Ask("tags", "Tags to find this again (comma separated, optional)", required=False),),
    )
    stages = (review, _reopen_stage(closed), tags) if closed else (review, tags)
    return Flow("journal-checkin", stages)


def progress_from_answers(answers: Answers) -> list[dict[str, str]]:
    """The [[progress]] a check-in records: one per thread talked about, with its reading, its
    next check-in, or its outcome."""
    entries = []
    for thread_id, answer in (answers.get(PROGRESS_KEY) or {}).items():
        if not isinstance(answer, dict):
            continue
        entry: dict[str, str] = {"thread": thread_id}
        status = answer.get("status") or "active"
        if answer.get("reading") not in (None, ""):
            entry["reading"] = answer["reading"]
        said = answer.get("outcome") if status != "active" else None
        said = said or answer.get("how")
        if said:
            entry["note"] = said
        if status != "active":
            entry["status"] = status
        elif answer.get("next_checkin"):
            entry["next_checkin"] = answer["next_checkin"]
        entries.append(entry)
    return entries


def updates_from_review(answers: Answers) -> list[dict[str, str]]:
    """The [[updates]] a check-in records: one per item reviewed, with its blocker or reason."""
    updates = []
    for ref, answer in (answers.get(REVIEW_KEY) or {}).items():
        status = answer.get("status")
        if not status:
            continue
        note = answer.get("blocker") or answer.get("why") or ""
        update = {"ref": ref, "status": status, "note": note}
        if answer.get("due"):
            update["due"] = answer["due"]
        updates.append(update)
    for reopened in answers.get(REOPENED_KEY) or []:
        if isinstance(reopened, dict) and reopened.get("ref"):
            update = {"ref": reopened["ref"], "status": reopened.get("status", "open")}
            if reopened.get("due"):
                update["due"] = reopened["due"]
            updates.append(update)
    return updates
