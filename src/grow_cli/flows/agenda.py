"""The talking points a conversation offers (`grow agenda`), and the private notes it ends with.

Points are offered only when the person has open ones: "Which of these did you talk about?"
ticks any number of them; the note records the ids ticked (`talking_points`), and the others
carry over to the next 1:1. With none open the question is not asked at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from grow_cli.flows.model import Ask, Choice, Stage

if TYPE_CHECKING:
    from grow_cli.domain.agenda import PointState

POINTS_KEY = "talking_points"
PRIVATE_KEY = "private_notes"
PRIVATE_STAGE_NAME = "private"
POINTS_QUESTION = "Which of these did you talk about? (space ticks one, Enter when done)"


def points_stages(points: Sequence[PointState]) -> tuple[Stage, ...]:
    """The talking points stage, when there are open points to offer; else none."""
    if not points:
        return ()
    choices = tuple(Choice(state.point.id, state.label()) for state in points)
    ask = Ask(POINTS_KEY, POINTS_QUESTION, kind="checkbox", choices=choices, required=False)
    return (
        Stage(
            "talking_points",
            "Talking points",
            (ask,),
            intro="Yours and theirs since the last 1:1; those not ticked carry over.",
        ),
    )


PRIVATE_STAGE = Stage(
    PRIVATE_STAGE_NAME,
    "Private notes",
    (
        Ask(
            PRIVATE_KEY,
            "Private notes, for you only (never in `grow share`; optional)",
            required=False,
            long=True,
        ),
    ),
)
