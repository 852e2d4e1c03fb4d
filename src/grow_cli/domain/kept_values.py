"""Checks for the values the index keeps as JSON (issue 18): each returns the value as its kind,
or raises TypeError or ValueError, so that a damaged or planted row is read again from the
notes instead of being trusted. Pure."""

from __future__ import annotations

import datetime as dt
from typing import Any


def text(value: Any) -> str:
    """A string."""
    if not isinstance(value, str):
        raise TypeError("a string")
    return value


def text_or_none(value: Any) -> str | None:
    """A string, or None."""
    return None if value is None else text(value)


def whole(value: Any) -> int:
    """A whole number (not a bool, not a float)."""
    if type(value) is not int:
        raise TypeError("a whole number")
    return value


def day(value: Any) -> dt.date:
    """A day written as ISO (YYYY-MM-DD)."""
    return dt.date.fromisoformat(text(value))


def day_or_none(value: Any) -> dt.date | None:
    """A day written as ISO, or None."""
    return None if value is None else day(value)


def listed(value: Any) -> list[Any]:
    """A list."""
    if not isinstance(value, list):
        raise TypeError("a list")
    return value
