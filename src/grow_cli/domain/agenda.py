"""Talking points between 1:1s (`grow agenda`): which are still open, which were discussed and
when, and what an answers file's `talking_points` stands for. Pure.

A point is discussed once a conversation note of its person lists its id in `talking_points`
(the earliest such note says when); until then it is open and carries over to the next 1:1.
Nothing is ever rewritten to mark it: the point's own file and the notes stay as written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from grow_cli.domain.vocabulary import ALL_POINTS, POINT_BY_SHOWN

if TYPE_CHECKING:
    from grow_cli.domain.models import Note, TalkingPoint

POINT_PREFIX = "tp-"  # every point id starts so: "tp-3f9a2c1b"


@dataclass(frozen=True)
class PointState:
    """A talking point and whether (and where) it was discussed."""

    point: TalkingPoint
    discussed_on: dt.date | None = None
    discussed_in: str | None = None  # the note id that discussed it

    @property
    def open(self) -> bool:
        """Still to talk about: no conversation discussed it yet."""
        return self.discussed_on is None

    @property
    def whose(self) -> str:
        """'mine' or 'theirs', as lists and the prompts say it."""
        return POINT_BY_SHOWN[self.point.by]

    def label(self) -> str:
        """'Theirs (added 20 Nov): Time for the conference talk?' for a choice or a line."""
        return f"{self.whose.capitalize()} (added {self.point.date:%d %b}): {self.point.text}"


def states(points: Iterable[TalkingPoint], notes: Iterable[Note]) -> list[PointState]:
    """Every point with where it was discussed, oldest first (by the day added, then the time
    it was added, then id).

    `notes` are the person's; the earliest note (by date, then id) listing a point discusses it.
    """
    discussed: dict[str, tuple[dt.date, str]] = {}
    for note in sorted(notes, key=lambda n: (n.date, n.id or "")):
        for point_id in note.talking_points:
            discussed.setdefault(point_id, (note.date, note.id or ""))
    result = []
    for point in sorted(points, key=_added_order):
        when = discussed.get(point.id)
        result.append(PointState(point, *(when if when else (None, None))))
    return result


def _added_order(point: TalkingPoint) -> tuple[dt.date, str, str]:
    added = point.added.isoformat() if point.added is not None else ""
    return point.date, added, point.id


def open_points(found: Sequence[PointState]) -> list[PointState]:
    """The points still to talk about, oldest first."""
    return [state for state in found if state.open]


def discussed_ids(
    given: object, open_ids: Sequence[str], person: str = "PERSON"
) -> tuple[list[str], list[str]]:
    """What an answers file's (or a prompt's) `talking_points` stands for: the ids discussed,
    and a problem line for each that is not one of the open points. "all" is every open one."""
    if given == ALL_POINTS:
        return list(open_ids), []
    if given is None or given == "" or given == []:
        return [], []
    if not isinstance(given, list) or not all(isinstance(v, str) for v in given):
        return [], [
            f"talking_points: give a list of talking point ids, or {ALL_POINTS!r} (see them "
            f"with 'grow agenda {person}')"
        ]
    known = set(open_ids)
    problems = [
        f"talking_points: {value!r} is not one of their open talking points "
        f"({', '.join(open_ids) or 'none open'}); see them with 'grow agenda {person}'"
        for value in given
        if value not in known
    ]
    return list(dict.fromkeys(given)), problems
