"""What `grow stats` and `grow report` read, kept in the index person by person (app/parts.py,
issue 18): each person's rows (domain/stats_facts.py), whatever the period, so that any
`--since` and `--until` is counted from the parts and, after a check-in, only that person's
notes are read again. The journal's part holds no rows, as the stats leave the journal out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from grow_cli.app import parts as kept_parts

if TYPE_CHECKING:
    import datetime as dt

    from grow_cli.app.parts import Part, Parts
    from grow_cli.app.records import Records
    from grow_cli.domain.stats import Stats
    from grow_cli.domain.stats_facts import Period, PersonFacts
    from grow_cli.env import Environment

STATS_VIEW = "stats-part:"  # + the folder's name in the index (people/<slug>, journal)


def read_stats(env: Environment, period: Period) -> Stats | None:
    """The stats of the period from the index, printing the folder's warnings as
    `records.read` does; None when the index cannot answer (then read the whole folder)."""
    from grow_cli.domain.stats import compute

    with kept_parts.opened(env) as (locations, listing, index):
        collected = kept_parts.collect(
            locations,
            listing,
            index,
            STATS_VIEW,
            _computed,
            lambda part: _built(part, period, env.today),
        )
    if collected is None:
        return None
    people = {
        slug: facts
        for slug, facts in collected.built.items()
        if slug is not None and facts is not None
    }
    if any(facts.slug != slug for slug, facts in people.items()):
        return None  # a part kept under another person's name: only planted rows do that
    kept_parts.print_warnings(collected.warnings)
    return compute(people, period, env.today)


def _computed(records: Records, slugs: list[str | None]) -> Parts:
    """Each person's rows as a part (the journal's: none)."""
    from grow_cli.domain.stats_facts import person_rows

    return {
        slug: {
            "rows": None
            if slug is None
            else person_rows(records.ledger, slug, records.people.get(slug))
        }
        for slug in slugs
    }


def _built(part: Part, period: Period, today: dt.date) -> PersonFacts | None:
    """A part's facts for the period (raises on a part of another shape)."""
    from grow_cli.domain.stats_facts import facts_in

    rows = part["rows"]
    if rows is None:
        return None
    if not isinstance(rows, dict):
        raise TypeError("a person's rows are an object")
    return facts_in(rows, period, today)
