"""The years grow works in. Every date grow reads (a note's, a profile's, GROW_TODAY) is held to
them, so date arithmetic ("a week later", "90 days back", "in 3 months") never runs off the
calendar Python can count: a hand-written note dated 9999-12-31 is reported, not a traceback.

Cheap to import: reading notes validates their dates with it.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

EARLIEST: Final = dt.date(1900, 1, 1)
LATEST: Final = dt.date(2999, 12, 31)


def out_of_range(day: dt.date) -> str | None:
    """Why `day` is outside the years grow works in, or None when it is inside."""
    if EARLIEST <= day <= LATEST:
        return None
    return (
        f"{day.isoformat()} is outside the years grow works in ({EARLIEST.year} to {LATEST.year})"
    )


def checked(day: dt.date) -> dt.date:
    """`day`, or ValueError (a message for people) when it is outside the years grow works in."""
    problem = out_of_range(day)
    if problem:
        raise ValueError(problem)
    return day
