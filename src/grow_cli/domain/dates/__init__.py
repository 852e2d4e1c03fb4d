"""Dates in plain English, resolved against a given "today": one package for every phrase.

`find_deadline` reads the deadline out of a goal sentence and `parse_date` resolves a phrase meant
to be a date, one that is due (`deadlines`, which lists how ambiguous phrases are read);
`past_date` resolves a phrase for looking back, such as '7 days ago' (`past`). Both read month
names, weekday names and number words from one table (`words`) and count with one month
arithmetic (`calendar`). Nothing here reads the clock, no pattern is compiled before a text could
match it and `past` is imported only when asked for, so importing the package costs little.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from grow_cli.domain.dates.deadlines import (
    EXAMPLES,
    IMPOSSIBLE,
    MISSING,
    MSG_EMPTY,
    MSG_IMPOSSIBLE,
    MSG_PAST,
    MSG_SPRINT,
    MSG_TIME_ONLY,
    MSG_UNKNOWN,
    MSG_VAGUE,
    PAST,
    SPRINT_UNKNOWN,
    VAGUE,
    DateError,
    DeadlineFinding,
    find_deadline,
    find_deadline_and_spans,
    fold,
    parse_date,
)
from grow_cli.domain.dates.settings import (
    DATE_ORDERS,
    DEFAULT_SETTINGS,
    DMY,
    MDY,
    DateSettings,
    order_of_locale,
)

if TYPE_CHECKING:
    from grow_cli.domain.dates.past import PAST_DATE_EXAMPLES, past_date

__all__ = [
    "DATE_ORDERS",
    "DEFAULT_SETTINGS",
    "DMY",
    "EXAMPLES",
    "IMPOSSIBLE",
    "MDY",
    "MISSING",
    "MSG_EMPTY",
    "MSG_IMPOSSIBLE",
    "MSG_PAST",
    "MSG_SPRINT",
    "MSG_TIME_ONLY",
    "MSG_UNKNOWN",
    "MSG_VAGUE",
    "PAST",
    "PAST_DATE_EXAMPLES",
    "SPRINT_UNKNOWN",
    "VAGUE",
    "DateError",
    "DateSettings",
    "DeadlineFinding",
    "find_deadline",
    "find_deadline_and_spans",
    "fold",
    "order_of_locale",
    "parse_date",
    "past_date",
]


if not TYPE_CHECKING:  # mypy reads the imports above; a __getattr__ would hide misspelt names

    def __getattr__(name: str) -> object:
        # `grow smart` and every other deadline reader never look back: the module of past dates
        # is read the first time one of its names is asked for.
        if name in ("PAST_DATE_EXAMPLES", "past_date"):
            from grow_cli.domain.dates import past

            return getattr(past, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
