"""One 1:1, one flow (`grow 1on1`): look back at each open item as the check-in does, then
coach on a new or continuing goal if you want to; one note either way.

The check-in's look back comes first (their rating of the last conversation, each goal's
progress, each open item); then one question decides the rest: coaching (the whole coaching
conversation, its stages renamed so none clashes with the check-in's) or not (the check-in's new
actions and next check-in). The note is a coaching conversation that also holds the updates, or
a check-in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from grow_cli.domain.agenda import PointState
from grow_cli.domain.ledger import Item
from grow_cli.domain.threads import Thread
from grow_cli.flows.agenda import PRIVATE_STAGE, points_stages
from grow_cli.flows.checkin import closing_stages, review_stages
from grow_cli.flows.coach import coach_flow
from grow_cli.flows.model import Answers, Ask, Flow, Stage

COACH_KEY = "_coach"  # bookkeeping: whether this 1:1 went on to coach (never in the note)


def coached(answers: Answers) -> bool:
    """Whether this 1:1 coached: the answer to "Coach on a goal now?", or, in an answers file
    (which does not say), whether it holds a coaching conversation's answers."""
    said = answers.get(COACH_KEY)
    if isinstance(said, bool):
        return said
    return bool(answers.get("focus") or answers.get("grow"))


def _only_when(stage: Stage, coaching: bool, prefix: str = "") -> Stage:
    earlier = stage.when

    def applies(answers: Answers) -> bool:
        return coached(answers) == coaching and (earlier is None or earlier(answers))

    return dataclasses.replace(stage, name=prefix + stage.name, when=applies)


CHOOSE_STAGE = Stage(
    "coaching",
    "Coaching",
    (Ask(COACH_KEY, "Coach on a goal now, new or one you are following?", kind="confirm"),),
    intro="The items are reviewed. Coach now, or close with new actions and the next check-in.",
)


def one_on_one_flow(
    items: list[Item],
    threads: Sequence[Thread],
    today: dt.date,
    closed: Sequence[Item] = (),
    to_rate: str | None = None,
    points: Sequence[PointState] = (),
) -> Flow:
    """The 1:1: the check-in's look back and the talking points discussed (when any are
    open), then coaching or the check-in's close; private notes last, once."""
    looked_back = review_stages(items, threads, today, closed, to_rate)
    coaching = tuple(
        _only_when(s, True, "coach-")
        for s in coach_flow(threads).stages
        if s.name != PRIVATE_STAGE.name
    )
    closing = tuple(_only_when(s, False) for s in closing_stages(threads))
    return Flow(
        "1on1",
        (
            *looked_back,
            *points_stages(points),
            CHOOSE_STAGE,
            *coaching,
            *closing,
            PRIVATE_STAGE,
        ),
    )
