"""`grow search`: the notes that hold the words and pass the filters.

When the index can answer, only the notes its full-text table names (store/fulltext.py: every
note that may hold the words and pass the filters) are loaded, with the whole folder's warnings
(store/scope.py); domain/search.py then decides on them exactly as on the whole folder, so the
output is the same. Otherwise (no index can be written, a file changed too recently, a damaged
index, an sqlite without FTS5), and for '' with no option, the whole folder is read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from grow_cli.app import records
from grow_cli.env import Environment
from grow_cli.store import paths
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.app.records import Records
    from grow_cli.app.serialize import JSON
    from grow_cli.domain.search import Filters, Match
    from grow_cli.store.index import NoteIndex
    from grow_cli.store.notes import Listing
    from grow_cli.store.paths import Locations
    from grow_cli.store.people import KnownPerson
    from grow_cli.store.scope import ScopedScan


@dataclass(frozen=True)
class Found:
    """What a search found, newest first, with what it looked for (the person as a slug), how
    to name people, and each match as --json gives it."""

    matches: list[Match[Any]]
    words: list[str]
    filters: Filters
    name_of: Callable[[str], str]
    shown: Callable[[Match[Any]], JSON]


def find(env: Environment, text: str, who: str | None, filters: Filters) -> Found:
    """The notes of this run's folder that hold every word of `text` and pass the filters, about
    the person `who` names (`Records.person_slug`) when given; prints the folder's warnings."""
    from grow_cli.app import search_rows
    from grow_cli.app.serialize import match_json, matched_json
    from grow_cli.domain.search import Filters, query_words, search

    locations = paths.resolve(env)
    paths.require_notes_dir(locations)
    words = query_words(text)
    narrowed = bool(words) or who is not None or filters != Filters()
    if records.SCOPED and narrowed:  # from the rows the index keeps of the notes it names
        kept = search_rows.find(env, words, who, filters)
        if kept is not None:
            return Found(
                list(kept.matches),
                words,
                kept.filters,
                kept.name_of,
                lambda match: matched_json(match.note.row, match.answers),
            )
    found = _from_index(locations, words, who, filters) if records.SCOPED and narrowed else None
    if found is None:
        found = records.load(locations)
    for warning in found.warnings:
        output.warning(warning)
    slug = None if who is None else found.person_slug(who)
    filters = dataclasses.replace(filters, person=slug)
    matches = search((loaded.note for loaded in found.loaded), words, filters)
    where = {id(loaded.note): str(loaded.path) for loaded in found.loaded}
    return Found(
        list(matches),
        words,
        filters,
        found.name_of,
        lambda match: match_json(match, where.get(id(match.note))),
    )


def _from_index(
    locations: Locations, words: list[str], who: str | None, filters: Filters
) -> Records | None:
    """The records of the notes the index names as candidates, or None when it cannot."""
    from grow_cli.errors import GrowError
    from grow_cli.store import fulltext, people, scope

    def scan(known: list[KnownPerson], listing: Listing, index: NoteIndex) -> ScopedScan | None:
        wanted = filters
        if who is not None:
            try:
                slug = people.pick(known, who, where=locations.people_dir).slug
            except GrowError:
                # No profile: `person_slug` looks for the notes of the slugs `who` makes, so all
                # of theirs are loaded (as `grow history` does) and the domain picks among them.
                slugs = records.person_scope(locations, known, who)
                return scope.scoped_scan(locations, listing, index, slugs)
            wanted = dataclasses.replace(filters, person=slug)
        return scope.picked_scan(
            locations,
            listing,
            index,
            lambda connection: fulltext.candidates(connection, words, wanted),
        )

    return records.load_with(locations, scan)
