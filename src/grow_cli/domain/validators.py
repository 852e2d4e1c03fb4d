"""Plain validators shared by the prompts and the models: each returns True or a message."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable

from grow_cli.domain.dates import DEFAULT_SETTINGS, DateError, DateSettings, parse_date

Check = Callable[[str], "bool | str"]


def required(value: str) -> bool | str:
    """Something must be typed."""
    return True if value.strip() else "Please give an answer (it cannot be empty)."


def optional(value: str) -> bool | str:
    """Anything goes, including nothing."""
    return True


def confidence(value: str) -> bool | str:
    """A whole number from 1 to 10 (empty leaves it out)."""
    if not value.strip():
        return True
    if value.strip().isdigit() and 1 <= int(value) <= 10:
        return True
    return "Give a whole number from 1 (unlikely) to 10 (certain)."


def score(value: str) -> bool | str:
    """A whole number from 1 to 5 (empty leaves it out): how helpful a conversation was."""
    if not value.strip():
        return True
    if value.strip().isdigit() and 1 <= int(value) <= 5:
        return True
    return "Give a whole number from 1 (not helpful) to 5 (very helpful), or nothing."


def decimal(value: str) -> bool | str:
    """A number such as 12, 4.5 or -3 (a measure's baseline, target or reading)."""
    try:
        number = float(value.strip())
    except ValueError:
        number = math.nan
    return True if math.isfinite(number) else "Give a number, such as 12 or 4.5."


def optional_decimal(value: str) -> bool | str:
    """A number, or nothing."""
    return True if not value.strip() else decimal(value)


def cadence(value: str) -> bool | str:
    """Days between check-ins, 1 to 365."""
    if value.strip().isdigit() and 1 <= int(value) <= 365:
        return True
    return "Give the number of days between check-ins, from 1 to 365 (7 is weekly)."


def past_phrase(today: dt.date) -> Check:
    """A day that has been: 'yesterday', '3 days ago', '2026-11-02' (today or before)."""
    from grow_cli.domain.dates import past_date

    def check(value: str) -> bool | str:
        try:
            day = past_date(value, today)
        except ValueError as error:
            return str(error)
        return True if day <= today else f"{day.isoformat()} is after today."

    return check


def date_phrase(
    today: dt.date, *, allow_empty: bool = False, date_settings: DateSettings = DEFAULT_SETTINGS
) -> Check:
    """A date or a phrase that resolves to one ("in 1 week", "by Friday", "2027-01-15")."""

    def check(value: str) -> bool | str:
        if allow_empty and not value.strip():
            return True
        try:
            read = parse_date(value, today, date_settings)
        except DateError as error:
            return str(error)
        return _second_date(value, read, today, date_settings) or True

    return check


def _names_its_weekday(word: str, day: dt.date) -> bool:
    """'Tuesday', 'tue' or 'Tues' after 2026-12-01: the date's own weekday, said again."""
    name = day.strftime("%A").casefold()
    typed = word.casefold().rstrip(".")
    return " " not in typed and len(typed) >= 3 and name.startswith(typed)


# A suggested date left in the line with words typed after it ("2026-11-29Friday").
_AFTER_A_DATE = re.compile(r"\s*\d{4}-\d{2}-\d{2}(?P<rest>.+)", re.DOTALL)


def _second_date(
    value: str, read: dt.date, today: dt.date, date_settings: DateSettings
) -> str | None:
    """The message for an answer that names a second, different day after the first one (the
    suggested date was kept and a phrase typed after it): grow must not pick one silently."""
    after = _AFTER_A_DATE.fullmatch(value)
    rest = after["rest"].strip(" (),") if after else ""
    if after is None or not rest or _names_its_weekday(rest, read):
        return None
    try:
        other = parse_date(after["rest"], today, date_settings)
    except DateError:
        return None
    if other == read:
        return None
    return (
        f"Two days here: {read.isoformat()} and {after['rest'].strip()!r} "
        f"({other.isoformat()}); keep one (Ctrl-U clears the line)."
    )
