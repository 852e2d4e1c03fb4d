"""Whose solution a conversation holds, and how sure the report is of it: read from the note.

The review before saving says so plainly ("3 of 3 options came from you: ask what they would
try"), and the escalation checklist's "GROW used, the person owning the solution" counts it.
Pure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from grow_cli.domain.vocabulary import CONFIDENT
from grow_cli.domain.wording import plural

if TYPE_CHECKING:
    from grow_cli.domain.models import Grow, Note

PERFORMANCE_ACTIONS = 2  # one or two actions are enough for a performance gap


def theirs(grow: Grow) -> int | None:
    """How many options the report proposed, alone or with you; None when nobody said."""
    if not grow.options_by:
        return None
    return sum(1 for who in grow.options_by if who in ("report", "both"))


def owned_by_them(grow: Grow) -> bool | None:
    """Whether the solution is theirs: some of the options came from them, or the target did.
    None when the note does not say who proposed anything (older notes)."""
    count = theirs(grow)
    if count is None and grow.goal_by is None:
        return None
    return bool(count) or grow.goal_by in ("report", "both")


def observations(note: Note) -> list[str]:
    """What the review before saving says about ownership, confidence and focus, one line each."""
    lines: list[str] = []
    grow = note.grow
    if grow is not None:
        count = theirs(grow)
        total = len(grow.options)
        if count is not None and total:
            mine = total - count
            if mine == total:
                lines.append(f"{mine} of {total} options came from you: ask what they would try.")
            else:
                together = sum(1 for who in grow.options_by if who == "both")
                alone = count - together
                parts = [f"{alone} from them"] if alone else []
                parts += [f"{together} built with them"] if together else []
                lines.append(f"Of {plural(total, 'option')}, {' and '.join(parts)}.")
        if grow.goal_by == "manager":
            lines.append("The target is yours: ask what target they think is realistic.")
        if grow.confidence is not None and grow.confidence < CONFIDENT:
            raise_it = f" They said: {grow.confidence_raise}" if grow.confidence_raise else ""
            lines.append(
                f"Their confidence is {grow.confidence}/10: agree a smaller first step or what "
                f"would raise it.{raise_it}"
            )
    theirs_actions = [a for a in note.actions if a.owner != "manager"]
    if note.focus == "performance" and len(theirs_actions) > PERFORMANCE_ACTIONS:
        lines.append(
            f"{plural(len(theirs_actions), 'action')} for a performance gap: one or two are "
            "easier to follow up in a week."
        )
    return lines
