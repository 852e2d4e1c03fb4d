"""The stats of one period, kept whole in the index (issue 18): a warm `grow stats` or
`grow report` with the same period, on the same day, with not one file changed, reads one row
instead of every person's part.

The kept form holds every field of domain/stats.py's Stats (the public JSON leaves some out:
each rating, for one), dates as ISO strings. `from_kept` checks every value's kind and raises
TypeError, ValueError, KeyError or IndexError on anything else (a damaged or planted row).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import fields
from typing import Any

from grow_cli.domain.stats import FOCUSES, OUTCOMES, PersonStats, Stats, ThreadCounts, Week
from grow_cli.domain.stats_facts import Period
from grow_cli.domain.stats_flags import Flag

_DATES = frozenset(["next_checkin"])  # PersonStats' fields that are dates


def to_kept(stats: Stats) -> dict[str, Any]:
    """Everything in `stats`, as JSON values."""
    return {
        "period": [stats.period.since.isoformat(), stats.period.until.isoformat()],
        "people": [_person(row) for row in stats.people],
        "conversations": stats.conversations,
        "checkins": stats.checkins,
        "topics": stats.topics,
        "tags": stats.tags,
        "development_people": stats.development_people,
        "flags": [[f.kind, f.person, f.message, dict(f.details)] for f in stats.flags],
        "weekly": [[w.since.isoformat(), w.days, w.conversations] for w in stats.weekly],
        "public_topics": stats.public_topics,
        "career_conversations": stats.career_conversations,
    }


def from_kept(kept: dict[str, Any]) -> Stats:
    """The Stats to_kept gave."""
    since, until = kept["period"]
    return Stats(
        Period(_date(since), _date(until)),
        [_person_from(row) for row in _list(kept["people"])],
        _int(kept["conversations"]),
        _int(kept["checkins"]),
        _texts(kept["topics"]),
        _texts(kept["tags"]),
        _int(kept["development_people"]),
        [_flag_from(row) for row in _list(kept["flags"])],
        [Week(_date(day), _int(days), _int(count)) for day, days, count in _list(kept["weekly"])],
        _texts(kept["public_topics"]),
        _int(kept["career_conversations"]),
    )


def _person(row: PersonStats) -> dict[str, Any]:
    kept: dict[str, Any] = {}
    for field in fields(row):
        value = getattr(row, field.name)
        if field.name in _DATES:
            value = None if value is None else value.isoformat()
        elif isinstance(value, ThreadCounts):
            value = [value.opened, value.closed, value.active, dict(value.outcomes)]
        elif isinstance(value, dict | list):
            value = type(value)(value)
        kept[field.name] = value
    return kept


def _person_from(kept: Any) -> PersonStats:
    if not isinstance(kept, dict) or set(kept) != {field.name for field in fields(PersonStats)}:
        raise TypeError("a person's stats are an object of PersonStats' fields")
    opened, closed, active, outcomes = kept["threads"]
    threads = ThreadCounts(_int(opened), _int(closed), _int(active), _counts(outcomes, OUTCOMES))
    since_last = kept["days_since_last"]
    next_checkin = kept["next_checkin"]
    share = kept["share"]
    if not isinstance(share, float | int) or isinstance(share, bool) or not math.isfinite(share):
        raise TypeError("a share is a number")
    return PersonStats(
        _text(kept["slug"]),
        _text(kept["name"]),
        _int(kept["cadence_days"]),
        _int(kept["conversations"]),
        _int(kept["checkins"]),
        None if since_last is None else _int(since_last),
        _int(kept["kept"]),
        _int(kept["expected"]),
        _int(kept["days_counted"]),
        None if next_checkin is None else _date(next_checkin),
        _int(kept["checkin_days_missed"]),
        _int(kept["actions_agreed"]),
        _int(kept["actions_done"]),
        _int(kept["actions_overdue"]),
        _counts(kept["focus"], FOCUSES),
        float(share),
        threads,
        [_int(score) for score in _list(kept["ratings"])],
    )


def _flag_from(kept: Any) -> Flag:
    kind, person, message, details = kept
    if not isinstance(details, dict):
        raise TypeError("a flag's details are an object")
    return Flag(_text(kind), None if person is None else _text(person), _text(message), details)


def _counts(value: Any, keys: tuple[str, ...]) -> dict[str, int]:
    # Exactly these names, in this order, as the stats count them (the views read each one).
    if not isinstance(value, dict) or tuple(value) != keys:
        raise TypeError("counts by name")
    return {_text(key): _int(count) for key, count in value.items()}


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError("a list")
    return value


def _texts(value: Any) -> list[str]:
    return [_text(text) for text in _list(value)]


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("a string")
    return value


def _int(value: Any) -> int:
    if type(value) is not int:
        raise TypeError("a whole number")
    return value


def _date(value: Any) -> dt.date:
    return dt.date.fromisoformat(_text(value))
