"""`grow search` from what the index keeps of each note (issue 18): the note's row as `--json`
gives it and every answer written in it, kept under the file's stamp, so that a warm search
reads the rows of the notes the full-text table names and builds no note (nor imports the
models). A note whose row is missing or older than its file is loaded as app/search.py loads
it, and its row kept for the next run.

The filters, the matching and the order are domain/search.py's, on these rows; the person is
found among the profiles (store/people.find's rules); the warnings are the whole folder's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from grow_cli.app import parts as kept_parts
from grow_cli.domain import kept_values as kept
from grow_cli.env import Environment
from grow_cli.store.index import FILE_VIEW

if TYPE_CHECKING:
    from grow_cli.app.serialize import JSON
    from grow_cli.domain.search import Filters, Match
    from grow_cli.store.index import NoteIndex
    from grow_cli.store.notes import Listing, LoadedNote
    from grow_cli.store.paths import Locations

# + the note's key (its path in the notes folder): the index drops it with the file's row.
ROW_VIEW = FILE_VIEW


@dataclass(frozen=True)
class KeptNote:
    """A note as a search looks at it (domain/search.py's Searched), from its kept row."""

    row: JSON  # as note_json gives it, its path in this notes folder
    fields: list[str]  # of every answer written in the note, in front-matter order
    texts: list[str]
    id: str | None
    date: dt.date
    kind: str
    person: str | None
    focus: str | None
    mode: str | None
    tags: tuple[str, ...]


@dataclass(frozen=True)
class KeptSearch:
    """What a search found from the kept rows, newest first, and how to name people."""

    matches: list[Match[KeptNote]]
    filters: Filters
    name_of: Callable[[str], str]


def find(
    env: Environment, words: list[str], who: str | None, filters: Filters
) -> KeptSearch | None:
    """The notes that hold every word and pass the filters, about the person `who` names,
    from the kept rows, printing the folder's warnings; None when the index cannot answer
    (then app/search.py reads the notes)."""
    from grow_cli.domain.search import search_answered

    with kept_parts.opened(env) as (locations, listing, index):
        found = _rows(locations, listing, index, words, who, filters)
    if found is None:
        return None
    notes, wanted, names, warnings = found
    kept_parts.print_warnings(warnings)
    matches = search_answered(notes, lambda note: (note.fields, note.texts), words, wanted)
    return KeptSearch(matches, wanted, lambda slug: names.get(slug, slug))


def _rows(
    locations: Locations,
    listing: Listing,
    index: NoteIndex,
    words: list[str],
    who: str | None,
    filters: Filters,
) -> tuple[list[KeptNote], Filters, dict[str, str], list[str]] | None:
    """The candidates' kept notes in the listing's order, the filters with the person as a
    slug, every profile's name, and the folder's warnings; None when the index cannot say."""
    from grow_cli.app import records
    from grow_cli.domain.lookup import Candidate
    from grow_cli.domain.lookup import find as look_up
    from grow_cli.store import fulltext, scope

    if not records.SCOPED or listing.warnings or listing.odd_profiles:
        return None
    if not scope.refresh(listing, index) or index.connection is None:
        return None
    folder_view = scope.folder_view(locations, listing, index)
    if folder_view is None:
        return None
    profiles = kept_parts.profiles_of(locations, listing, index)
    names = {slug: name for slug, name, _ in profiles.people}
    wanted = filters
    if who is not None:  # a person with no profile is found by their notes: read them
        result = look_up(who, [Candidate(slug, name) for slug, name in names.items()])
        if result.found is None:
            return None
        wanted = dataclasses.replace(filters, person=result.found.slug)
    try:
        keys = fulltext.candidates(index.connection, words, wanted)
    except sqlite3.Error:
        return None
    if keys is None:
        return None
    notes = _kept_notes(locations, listing, index, keys, set(folder_view[1]))
    if notes is None:
        return None
    warnings = kept_parts.warnings_of(locations, listing, index, folder_view, set(names))
    return notes, wanted, names, warnings


def _kept_notes(
    locations: Locations,
    listing: Listing,
    index: NoteIndex,
    keys: list[str],
    copies: set[str],
) -> list[KeptNote] | None:
    """The notes of these keys (copies left out) in the listing's order, from their kept rows;
    those missing or stale are loaded and their rows kept. None when the index cannot say."""
    position = {found.shown: number for number, found in enumerate(listing.notes)}
    by_key = {found.shown: found for found in listing.notes}
    chosen = sorted(
        (key for key in dict.fromkeys(keys) if key in by_key and key not in copies),
        key=position.__getitem__,
    )
    notes_dir = str(locations.notes_dir)
    stored = dict(index.views_in([ROW_VIEW + key for key in chosen]))
    found: dict[str, KeptNote] = {}
    for key in chosen:
        value = stored.get(ROW_VIEW + key)
        if value is None or value[0] != _stamp_digest(by_key[key].stamp):
            continue
        try:
            found[key] = _built(value[1], notes_dir)
        except (KeyError, TypeError, ValueError, IndexError, AttributeError):
            continue
    missing = [key for key in chosen if key not in found]
    if missing:
        loaded = _loaded(locations, listing, index, missing)
        if loaded is None:
            return None
        rows = {key: _row_of(note, notes_dir) for key, note in loaded.items()}
        if listing.settled():
            index.keep_views(
                [(ROW_VIEW + k, _stamp_digest(by_key[k].stamp), row) for k, row in rows.items()]
            )
        found.update({key: _built(row, notes_dir) for key, row in rows.items()})
    return [found[key] for key in chosen if key in found]


def _stamp_digest(stamp: tuple[int, int, int]) -> str:
    return "{} {} {}".format(*stamp)


def _loaded(
    locations: Locations, listing: Listing, index: NoteIndex, keys: list[str]
) -> dict[str, LoadedNote] | None:
    """These notes loaded from the index (the notes module and the models imported)."""
    from grow_cli.store import scope

    scan = scope.picked_scan(locations, listing, index, lambda _: keys)
    if scan is None:
        return None
    by_path = {str(found.path): found.shown for found in listing.notes}
    return {by_path[str(loaded.path)]: loaded for loaded in scan.notes}


def _row_of(loaded: LoadedNote, notes_dir: str) -> dict[str, Any]:
    """A note's kept row: its row as --json gives it (path relative to the notes folder) and
    the field and text of every answer written in it."""
    from grow_cli.app.notes_view import relative
    from grow_cli.app.serialize import note_json
    from grow_cli.domain.search import fields_and_texts

    fields, texts = fields_and_texts(loaded.note)
    return {
        "row": note_json(loaded.note, relative(str(loaded.path), notes_dir)),
        "fields": fields,
        "texts": texts,
    }


def _built(value: Any, notes_dir: str) -> KeptNote:
    """A kept row as a note to search (raises on a row of another shape)."""
    from grow_cli.app.notes_view import checked_row

    if not isinstance(value, dict) or set(value) != {"row", "fields", "texts"}:
        raise ValueError("a search row")
    row = checked_row(value["row"], notes_dir)
    fields, texts = kept.listed(value["fields"]), kept.listed(value["texts"])
    # One pass in C over each list, not a call per answer (8,720 notes, 170,000 answers).
    if len(fields) != len(texts) or not set(map(type, fields + texts)) <= {str}:
        raise TypeError("answers are pairs of strings")
    return KeptNote(
        row,
        fields,
        texts,
        row["id"],
        dt.date.fromisoformat(row["date"]),
        row["kind"],
        row["person"],
        row["focus"],
        row["mode"],
        tuple(row["tags"]),
    )
