"""Everyone's coaching threads for `grow goals`, kept in the index person by person
(app/parts.py, issue 18): after a check-in only that person's threads are folded again.

A part holds each thread's row as `grow goals --json` gives it, whatever the day: the one
field that counts from today (`days_to_checkin`) is worked out again from the row's next
check-in when the parts are put together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from grow_cli.app import parts as kept_parts
from grow_cli.env import Environment

if TYPE_CHECKING:
    from grow_cli.app.parts import Part, Parts
    from grow_cli.app.records import Records
    from grow_cli.app.serialize import JSON

# Each person's active threads, and the others, as two parts (+ the folder's name in the index:
# people/<slug>, journal): `grow goals` lists the first alone.
ACTIVE_VIEW, CLOSED_VIEW = "goals-active-part:", "goals-closed-part:"
# Rows are kept as on this day; only days_to_checkin depends on the day.
KEPT_AS_OF = dt.date(2000, 1, 1)


@dataclass
class Everyone:
    """The rows of everyone's threads (archived people left out) and their names."""

    rows: list[JSON]
    names: dict[str, str]
    slug: str | None = None  # the one person whose threads these are (read_one)

    def name_of(self, slug: str | None) -> str:
        """A person's display name (their slug without a profile; 'you' for the journal)."""
        if slug is None:
            return "you"
        return self.names.get(slug, slug)


def read_everyone(env: Environment, statuses: Collection[str] | None = None) -> Everyone | None:
    """The rows of the threads with these statuses (None: every thread) as of today from the
    index, printing the folder's warnings as `records.read` does; None when the index cannot
    answer (then read the whole folder)."""
    with kept_parts.opened(env) as (locations, listing, index):
        collected = kept_parts.collect_halves(
            locations,
            listing,
            index,
            ((ACTIVE_VIEW, True), (CLOSED_VIEW, False)),
            lambda active: statuses is None or any((s == "active") == active for s in statuses),
            _computed,
            lambda part: _built(part, env.today),
        )
    if collected is None:
        return None
    kept_parts.print_warnings(collected[0].warnings)
    rows = [row for found in collected for _, part_rows in found.in_order() for row in part_rows]
    return Everyone(rows, collected[0].names())


def read_one(env: Environment, who: str, statuses: Collection[str]) -> Everyone | None:
    """The rows of the threads with these statuses of the person `who` names, as of today,
    from the index, printing the folder's warnings as `records.read_person` does; None when
    the index cannot answer for them (see `parts.collect_scoped`: then read their notes)."""
    found = kept_parts.scoped_halves(
        env,
        ((ACTIVE_VIEW, True), (CLOSED_VIEW, False)),
        lambda active: any((s == "active") == active for s in statuses),
        _computed,
        lambda part: _built(part, env.today),
        who,
    )
    if found is None:
        return None
    kept_parts.print_warnings(found[0].warnings)
    rows = [row for scoped in found for row in scoped.built]
    return Everyone(rows, found[0].names, found[0].slug)


def _computed(records: Records, slugs: list[str | None], active: bool) -> Parts:
    """Each person's active threads (or the others) as rows."""
    from grow_cli.app.goals import thread_rows

    parts: Parts = {}
    for slug in slugs:
        ids = [
            thread.id
            for thread in records.ledger.threads_of(slug)
            if (thread.status == "active") == active
        ]
        parts[slug] = {"rows": thread_rows(records, ids, KEPT_AS_OF)}
    return parts


# The keys of app/serialize.py's thread_json, and of the objects in it.
ROW_KEYS = frozenset(
    [
        "id",
        "person",
        "focus",
        "goal",
        "topic",
        "status",
        "opened_on",
        "opened_in",
        "closed_on",
        "outcome",
        "measure",
        "readings",
        "trend",
        "next_checkin",
        "days_to_checkin",
        "open_items",
        "notes",
        "from_schema_1",
    ]
)
MEASURE_KEYS = frozenset(["what", "unit", "baseline", "target", "better"])
TREND_KEYS = frozenset(["latest", "direction", "share_of_gap_closed", "reached"])


def _built(part: Part, today: dt.date) -> list[JSON]:
    """A part's rows as of today (raises on a part of another shape)."""
    return rows_as_of(part["rows"], today)


def rows_as_of(kept_rows: Any, today: dt.date) -> list[JSON]:
    """Threads' rows as kept (as of KEPT_AS_OF), as of today (raises on rows of another
    shape)."""
    rows: list[JSON] = []
    for kept in kept_rows:
        if not isinstance(kept, dict) or set(kept) != ROW_KEYS:
            raise TypeError("a thread's row is an object with thread_json's keys")
        if not (isinstance(kept["id"], str) and isinstance(kept["status"], str)):
            raise TypeError("a thread's id and status are strings")
        for key, keys in (("measure", MEASURE_KEYS), ("trend", TREND_KEYS)):
            if kept[key] is not None and (
                not isinstance(kept[key], dict) or set(kept[key]) != keys
            ):
                raise TypeError(f"a thread's {key} is an object of its keys")
        row: dict[str, Any] = dict(kept)
        when = row["next_checkin"]
        row["days_to_checkin"] = (
            None if when is None else (dt.date.fromisoformat(when) - today).days
        )
        rows.append(row)
    return rows
