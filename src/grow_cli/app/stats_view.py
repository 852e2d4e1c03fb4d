"""What `grow stats` and `grow report` read, kept in the index person by person (app/parts.py,
issue 18): each person's rows (domain/stats_facts.py), whatever the period, so that any
`--since` and `--until` is counted from the parts and, after a check-in, only that person's
notes are read again. The journal's part holds no rows, as the stats leave the journal out.
The latest stats counted are kept whole as well, for the same period on the same day.
"""

from __future__ import annotations

from hashlib import blake2b
from typing import TYPE_CHECKING, Any

from grow_cli.app import parts as kept_parts
from grow_cli.app.stats_kept import from_kept, to_kept

if TYPE_CHECKING:
    import datetime as dt

    from grow_cli.app.parts import Part, Parts
    from grow_cli.app.records import Records
    from grow_cli.domain.stats import Stats
    from grow_cli.domain.stats_facts import Period, PersonFacts
    from grow_cli.env import Environment
    from grow_cli.store.index import NoteIndex
    from grow_cli.store.notes import Listing
    from grow_cli.store.paths import Locations

STATS_VIEW = "stats-part:"  # + the folder's name in the index (people/<slug>, journal)
WHOLE_VIEW = "stats"  # the latest period counted, whole


def read_stats(env: Environment, period: Period) -> Stats | None:
    """The stats of the period from the index, printing the folder's warnings as
    `records.read` does; None when the index cannot answer (then read the whole folder).

    With not one file changed since a run that counted the same period on the same day, they
    are one row of the index (app/stats_kept.py); otherwise they are counted from the parts.
    """
    from grow_cli.app import records

    if not records.SCOPED:  # tests compare with the whole folder read
        return None
    with kept_parts.opened(env) as (locations, listing, index):
        digest = _whole_digest(listing.digest(), period, env.today)
        found = _kept_whole(index.view(WHOLE_VIEW, digest))
        if found is not None and found[0].period != period:
            found = None  # a planted row: its days are not the ones asked for
        if found is None:
            found = _from_parts(env, period, locations, listing, index)
            if found is not None and listing.settled():
                stats, warnings = found
                index.keep_view(WHOLE_VIEW, digest, {"stats": to_kept(stats), "warnings": warnings})
    if found is None:
        return None
    kept_parts.print_warnings(found[1])
    return found[0]


def _from_parts(
    env: Environment, period: Period, locations: Locations, listing: Listing, index: NoteIndex
) -> tuple[Stats, list[str]] | None:
    """The stats counted from every person's part, and the folder's warnings."""
    from grow_cli.domain.stats import compute

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
    return compute(people, period, env.today), collected.warnings


def _whole_digest(folder: str, period: Period, today: dt.date) -> str:
    text = f"{folder}\0{period.since}\0{period.until}\0{today}"
    return blake2b(text.encode()).hexdigest()


def _kept_whole(value: Any) -> tuple[Stats, list[str]] | None:
    """The stats and warnings kept whole, or None when there are none (or they are damaged)."""
    if not isinstance(value, dict):
        return None
    try:
        warnings = value["warnings"]
        if not isinstance(warnings, list) or not all(isinstance(w, str) for w in warnings):
            return None
        return from_kept(value["stats"]), warnings
    except (KeyError, TypeError, ValueError, IndexError):
        return None


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
