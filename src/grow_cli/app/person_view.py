"""`grow person show PERSON` from the part the index keeps of that person (app/parts.py's
collect_scoped, issue 18): a warm run reads one row, and neither builds a note nor imports the
models.

A part holds what the summary is made of whatever the day (app/reports.py's SummaryFacts): the
profile's row, the kind of each note, the open items, the last meeting and the next check-in,
and the active goals' rows as of goals_view.KEPT_AS_OF; what counts from today (overdue items,
days since and to) is worked out when the part is read.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from grow_cli.app import parts as kept_parts
from grow_cli.domain import kept_values as kept
from grow_cli.env import Environment

if TYPE_CHECKING:
    from grow_cli.app.parts import Part, Parts
    from grow_cli.app.records import Records
    from grow_cli.app.reports import SummaryFacts
    from grow_cli.app.serialize import JSON

SUMMARY_VIEW = "person-part:"


def read_one(env: Environment, who: str) -> JSON | None:
    """The summary of the person `who` names as of today, from the index, printing the
    folder's warnings as `records.read_person` does; None when the index cannot answer for
    them (see `parts.collect_scoped`: then read their notes)."""
    from grow_cli.app.reports import summary_json

    with kept_parts.opened(env) as (locations, listing, index):
        scoped = kept_parts.collect_scoped(
            locations,
            listing,
            index,
            SUMMARY_VIEW,
            _computed,
            lambda part: _facts(part, env.today),
            who,
        )
    if scoped is None:
        return None
    facts, goals = scoped.built
    if facts.profile["slug"] != scoped.slug:  # a part planted under another's name
        return None
    kept_parts.print_warnings(scoped.warnings)
    return summary_json(facts, goals, env.today)


def _computed(records: Records, slugs: list[str | None]) -> Parts:
    """Each person's summary facts, whatever the day."""
    from grow_cli.app.goals import thread_rows
    from grow_cli.app.goals_view import KEPT_AS_OF
    from grow_cli.app.items_view import row_of
    from grow_cli.app.serialize import iso, person_json

    parts: Parts = {}
    for slug in slugs:
        assert slug is not None  # collect_scoped names a person here
        rhythm = records.rhythm_of(slug)
        active = [thread.id for thread in records.ledger.threads_of(slug) if thread.open]
        parts[slug] = {
            "profile": person_json(slug, records.people[slug]),
            "kinds": [note.kind for note in records.ledger.notes_of(slug)],
            "open": [row_of(item) for item in records.ledger.for_person(slug) if item.open],
            "last": iso(rhythm.last_date),
            "next": iso(rhythm.next_checkin),
            "cadence": rhythm.cadence_days,
            "goals": thread_rows(records, active, KEPT_AS_OF),
        }
    return parts


def _facts(part: Part, today: dt.date) -> tuple[SummaryFacts, list[JSON]]:
    """A part's summary facts and its goals' rows as of today (raises on a part of another
    shape)."""
    from grow_cli.app import people_list
    from grow_cli.app.goals_view import rows_as_of
    from grow_cli.app.items_view import item_of
    from grow_cli.app.reports import SummaryFacts
    from grow_cli.domain.ledger import Rhythm

    if not people_list.well_formed(part["profile"]):
        raise TypeError("a profile's row")
    kinds = [kept.text(kind) for kind in kept.listed(part["kinds"])]
    open_items = [item_of(kept.listed(row)) for row in kept.listed(part["open"])]
    if not all(item.open for item in open_items):
        raise ValueError("an open item")
    rhythm = Rhythm(
        kept.day_or_none(part["last"]), kept.day_or_none(part["next"]), kept.whole(part["cadence"])
    )
    facts = SummaryFacts(part["profile"], kinds, open_items, rhythm)
    return facts, rows_as_of(kept.listed(part["goals"]), today)
