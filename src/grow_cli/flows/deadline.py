"""How the conversations treat the deadline in an item's or a goal's words: when to ask for the
date, and how to show one that was read with some doubt.

A deadline read from a period ("by the first week of March"), from a slip of the keyboard ("by
Wendesday") or from a numeric date ordered by the configured order ("01/12/2026") is shown as
the day it was read as, and the person keeps it or types another; a plain one ("by Friday") is
not asked about, and an item with none is asked "By when?".
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from grow_cli.domain import validators
from grow_cli.domain.dates import DateError, find_deadline, parse_date
from grow_cli.flows.model import Answers, FlowContext

if TYPE_CHECKING:
    from grow_cli.domain.dates import DeadlineFinding
    from grow_cli.flows.engine import Asker

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _finding(scope: Answers, context: FlowContext) -> DeadlineFinding:
    return find_deadline(str(scope.get("text", "")), context.today, context.date_settings)


def no_deadline_in_text(scope: Answers, answers: Answers, context: FlowContext) -> bool:
    """Whether an item's words give no due date of their own."""
    return _finding(scope, context).due is None


def _doubtful(finding: DeadlineFinding) -> bool:
    return finding.unsure and finding.problem is None and finding.due is not None


def due_to_ask(scope: Answers, answers: Answers, context: FlowContext) -> bool:
    """Ask an item's due date when its words give none, or give one read with some doubt."""
    finding = _finding(scope, context)
    return finding.due is None or _doubtful(finding)


def read_due(scope: Answers, answers: Answers, context: FlowContext) -> str | None:
    """The day an item's words were read as, offered as the answer when it was read with doubt."""
    finding = _finding(scope, context)
    return finding.due.isoformat() if _doubtful(finding) and finding.due else None


def read_due_note(scope: Answers, answers: Answers, context: FlowContext) -> str | None:
    """What is said before asking the due date of an item whose words were read with doubt."""
    finding = _finding(scope, context)
    if not _doubtful(finding):
        return None
    return f"{read_as(finding)} Press Enter to keep it, or type the date."


def read_as(finding: DeadlineFinding) -> str:
    """'Read as 2027-03-07 (Sunday), read from a period: ..., taken as its last day.'"""
    assert finding.due is not None
    day = f"{finding.due.isoformat()} ({WEEKDAYS[finding.due.weekday()]})"
    return f"Read as {day}, {finding.how}." if finding.how else f"Read as {day}."


def confirm_goal_date(asker: Asker, goal: str, context: FlowContext) -> str:
    """A goal whose deadline was read with some doubt: show the day it was read as; the person
    keeps it or types the date, which is added to the goal's words ("... (due 2027-03-05)") so
    every later reading of the goal finds it. Any other goal comes back as it was."""
    today, settings = context.today, context.date_settings
    finding = find_deadline(goal, today, settings)
    if not _doubtful(finding) or finding.due is None:
        return goal
    asker.say(read_as(finding), style="hint")
    if asker.confirm(f"Is {finding.due.isoformat()} the date?", default=True):
        return goal
    typed = asker.text(
        "By when, then?",
        default=finding.due.isoformat(),
        validate=validators.date_phrase(today, date_settings=settings),
        instruction="a date or a phrase, e.g. '2027-03-05' or 'by Friday'",
        long=False,
    )
    return f"{goal.rstrip()} (due {parse_date(typed, today, settings).isoformat()})"


def resolved_due(item: Answers, context: FlowContext) -> dt.date | None:
    """An item's due date: the one given, else the one its words give (None when neither does)."""
    due = str(item.get("due") or "").strip()
    if due:
        try:
            return parse_date(due, context.today, context.date_settings)
        except DateError:
            return None
    return _finding(item, context).due
