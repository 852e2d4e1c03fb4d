"""The stats of one period, kept whole in the index (issue 18): a warm `grow stats` or
`grow report` with the same period, on the same day, with not one file changed, reads one row
instead of every person's part.

The kept form holds every field of domain/stats.py's Stats (the public JSON leaves some out:
each rating, for one), dates as ISO strings. `from_kept` checks every value's kind and raises
TypeError, ValueError, KeyError or IndexError on anything else (a damaged or planted row).
"""

from __future__ import annotations

import math
from dataclasses import fields
from typing import Any

from grow_cli.domain import kept_values as checked
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
        Period(checked.day(since), checked.day(until)),
        [_person_from(row) for row in checked.listed(kept["people"])],
        checked.whole(kept["conversations"]),
        checked.whole(kept["checkins"]),
        _texts(kept["topics"]),
        _texts(kept["tags"]),
        checked.whole(kept["development_people"]),
        [_flag_from(row) for row in checked.listed(kept["flags"])],
        [
            Week(checked.day(day), checked.whole(days), checked.whole(count))
            for day, days, count in checked.listed(kept["weekly"])
        ],
        _texts(kept["public_topics"]),
        checked.whole(kept["career_conversations"]),
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
    threads = ThreadCounts(
        checked.whole(opened),
        checked.whole(closed),
        checked.whole(active),
        _counts(outcomes, OUTCOMES),
    )
    since_last = kept["days_since_last"]
    next_checkin = kept["next_checkin"]
    share = kept["share"]
    if not isinstance(share, float | int) or isinstance(share, bool) or not math.isfinite(share):
        raise TypeError("a share is a number")
    return PersonStats(
        checked.text(kept["slug"]),
        checked.text(kept["name"]),
        checked.whole(kept["cadence_days"]),
        checked.whole(kept["conversations"]),
        checked.whole(kept["checkins"]),
        None if since_last is None else checked.whole(since_last),
        checked.whole(kept["kept"]),
        checked.whole(kept["expected"]),
        checked.whole(kept["days_counted"]),
        None if next_checkin is None else checked.day(next_checkin),
        checked.whole(kept["checkin_days_missed"]),
        checked.whole(kept["actions_agreed"]),
        checked.whole(kept["actions_done"]),
        checked.whole(kept["actions_overdue"]),
        _counts(kept["focus"], FOCUSES),
        float(share),
        threads,
        [checked.whole(score) for score in checked.listed(kept["ratings"])],
    )


def _flag_from(kept: Any) -> Flag:
    kind, person, message, details = kept
    if not isinstance(details, dict):
        raise TypeError("a flag's details are an object")
    return Flag(
        checked.text(kind),
        None if person is None else checked.text(person),
        checked.text(message),
        details,
    )


def _counts(value: Any, keys: tuple[str, ...]) -> dict[str, int]:
    # Exactly these names, in this order, as the stats count them (the views read each one).
    if not isinstance(value, dict) or tuple(value) != keys:
        raise TypeError("counts by name")
    return {checked.text(key): checked.whole(count) for key, count in value.items()}


def _texts(value: Any) -> list[str]:
    return [checked.text(text) for text in checked.listed(value)]
