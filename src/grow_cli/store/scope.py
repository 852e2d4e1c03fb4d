"""Reading only the notes a command is about (one person's, the journal's, or the notes a
search may find), from the index.

A full scan (store/notes.py) validates every note in the folder. A command about one person, or
about the journal, needs only that scope's notes, plus every note that names something outside
its own person (a hand-written cross reference, a misfiled note: `crossing` in store/index.py),
since such a note may change the scope's items or threads. The warnings are the folder's, the
same lines in the same order as a full scan gives, worked out from the index's tables without
loading the other notes.

Every file changed since the last run is read and indexed first, so the index holds a row for
each file as it is now. When it cannot (no index can be written, a file changed too recently
to be trusted, a file that cannot be read at the moment), `scoped_scan` returns None and the
caller reads the whole folder, as before: the result is the same either way.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from grow_cli.store import notes
from grow_cli.store.index import NoteIndex
from grow_cli.store.paths import Locations

if TYPE_CHECKING:
    from grow_cli.store.notes import Listing, LoadedNote

JOURNAL = None  # the scope of the journal's own notes


@dataclass
class ScopedScan:
    """The notes of a scope (listing order, copies left out) and the whole folder's warnings."""

    notes: list[LoadedNote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unknown_refs: list[tuple[str, str]] = field(default_factory=list)  # (note id, ref)
    folders_with_notes: list[Path] = field(default_factory=list)  # sorted, as records wants


# What to load, given the index: the notes of a scope, or of a set of keys (None: cannot say).
Loader = Callable[
    [sqlite3.Connection, dict[str, int], dict[str, "notes._NoteFile"], set[str]],
    "list[LoadedNote] | None",
]


def scoped_scan(
    locations: Locations, listing: Listing, index: NoteIndex, scope: Iterable[str | None]
) -> ScopedScan | None:
    """The notes of these people (None: the journal), or None when the index cannot answer."""
    people = set(scope)
    return _scan(
        locations,
        listing,
        index,
        lambda connection, position, by_key, copies: _load(
            connection, position, by_key, copies, people
        ),
    )


def picked_scan(
    locations: Locations,
    listing: Listing,
    index: NoteIndex,
    pick: Callable[[sqlite3.Connection], Iterable[str] | None],
) -> ScopedScan | None:
    """Exactly the notes whose keys `pick` names from the index (copies left out, listing
    order), or None when the index cannot answer or `pick` gives None.

    Only for a command that needs those notes and no other's: the ledger of these notes alone
    is not the folder's (a search shows what the notes say, never an item's status)."""

    def load(
        connection: sqlite3.Connection,
        position: dict[str, int],
        by_key: dict[str, notes._NoteFile],
        copies: set[str],
    ) -> list[LoadedNote] | None:
        keys = pick(connection)
        if keys is None:
            return None
        clause = "files.key IN (SELECT value FROM json_each(?))"
        rows = _rows(connection, clause, [_json_list(keys)], position, copies)
        return _validated(rows, position, by_key)

    return _scan(locations, listing, index, load)


def _scan(
    locations: Locations, listing: Listing, index: NoteIndex, load: Loader
) -> ScopedScan | None:
    if not refresh(listing, index):
        return None
    connection = index.connection
    assert connection is not None  # refresh saw it written
    try:
        with notes.collector_paused():
            return _query(locations, listing, index, connection, load)
    except (sqlite3.Error, ValueError, TypeError):  # damaged underneath us: read the folder
        return None


FOLDER_VIEW = "scope"  # the whole folder's warnings and copies, under the folders' digest


def _folder_digest(listing: Listing) -> str:
    """One value for every folder's digest and the listing's own warnings: the rows the
    queries below read are those of exactly these files."""
    from hashlib import blake2b

    parts = [f"{folder}\0{digest}" for folder, digest, _ in listing.folders()]
    return blake2b(
        "\0".join([*parts, "", *listing.warnings]).encode(errors="surrogateescape")
    ).hexdigest()


def refresh(listing: Listing, index: NoteIndex) -> bool:
    """Read and index every file changed since the last run; True when every row stands.

    A folder whose digest (its files' names and stamps) is the one kept when its rows were
    last saved is not looked at file by file: at 100,000 notes that is 2,000 digests to
    compare instead of 100,000 rows to load."""
    if listing.refreshed_into is index:  # already, in this run
        return True
    kept = index.folder_digests()
    folders = listing.folders()
    for folder, digest, files in folders:
        if kept.get(folder) == digest:
            continue
        stored = index.stamps_in(folder)
        settled = True
        for found in files:
            if stored.pop(found.shown, None) == found.stamp:
                continue
            # Only now: a run with nothing changed imports neither pydantic nor the models.
            from grow_cli.domain.models import Note as model

            outcome, lasting = notes.read_outcome(found, model)
            if not lasting:  # unreadable for now: the whole folder is read, warning and all
                return False
            # Changed just now: its row serves this run, and the next one reads it again.
            settled = index.remember(found.shown, found.stamp, outcome) and settled
        index.forget(stored)  # rows of files no longer there
        if settled:
            index.mark_folder(folder, digest)
    listed = {folder for folder, _, _ in folders}
    for folder in index.stored_folders() - listed:  # folders that hold no note any more
        index.forget_folder(folder)
    if not index.save():
        return False
    listing.refreshed_into = index
    return True


def _query(
    locations: Locations,
    listing: Listing,
    index: NoteIndex,
    connection: sqlite3.Connection,
    load: Loader,
) -> ScopedScan | None:
    position = {found.shown: number for number, found in enumerate(listing.notes)}
    by_key = {found.shown: found for found in listing.notes}
    warnings, copy_list, unknown, folders = _kept_folder_view(
        locations, listing, index, connection, position, by_key
    )
    copies = set(copy_list)
    loaded = load(connection, position, by_key, copies)
    if loaded is None:
        return None
    return ScopedScan(
        loaded,
        [*listing.warnings, *warnings],
        [(note_id, ref) for note_id, ref in unknown],
        [locations.notes_dir / folder for folder in folders],
    )


FolderView = tuple[list[str], list[str], list[list[str]], list[str]]


def folder_view(locations: Locations, listing: Listing, index: NoteIndex) -> FolderView | None:
    """What the whole folder's rows say whatever the scope (see `_folder_view`), once
    `refresh` has returned True; None when the index cannot answer."""
    connection = index.connection
    if connection is None:
        return None
    position = {found.shown: number for number, found in enumerate(listing.notes)}
    by_key = {found.shown: found for found in listing.notes}
    try:
        return _kept_folder_view(locations, listing, index, connection, position, by_key)
    except (sqlite3.Error, ValueError, TypeError):
        return None


def _kept_folder_view(
    locations: Locations,
    listing: Listing,
    index: NoteIndex,
    connection: sqlite3.Connection,
    position: dict[str, int],
    by_key: dict[str, notes._NoteFile],
) -> FolderView:
    digest = _folder_digest(listing)
    kept = index.view(FOLDER_VIEW, digest)
    found = None if kept is None else _folder_view_of(kept)
    if found is None:
        found = _folder_view(locations, listing, connection, position, by_key)
        if listing.settled():  # a file changed just now may change again with the same stamp
            index.keep_view(FOLDER_VIEW, digest, found)
    return found


def _folder_view_of(kept: object) -> FolderView | None:
    """A kept view, checked (a damaged or planted row is worked out again)."""
    if not (isinstance(kept, list) and len(kept) == 4 and all(isinstance(p, list) for p in kept)):
        return None
    warnings, copies, unknown, folders = kept
    strings = all(isinstance(text, str) for text in [*warnings, *copies, *folders])
    pairs = all(
        isinstance(pair, list) and len(pair) == 2 and all(isinstance(t, str) for t in pair)
        for pair in unknown
    )
    return (warnings, copies, unknown, folders) if strings and pairs else None


def _folder_view(
    locations: Locations,
    listing: Listing,
    connection: sqlite3.Connection,
    position: dict[str, int],
    by_key: dict[str, notes._NoteFile],
) -> FolderView:
    """What the whole folder's rows say, whatever the scope: the warnings after the listing's,
    the files left out as copies, the updates whose ref no note holds, and the folders that
    hold a note about someone (relative to the notes folder, sorted as paths)."""
    result = ScopedScan()
    odd = connection.execute(
        "SELECT key, warning, person FROM files WHERE warning IS NOT NULL OR misfiled = 1"
    ).fetchall()
    for key, warning, person in sorted(odd, key=lambda row: position.get(row[0], -1)):
        found = by_key.get(key)
        if found is None:
            continue
        if warning is not None:
            result.warnings.append(warning)
        else:
            result.warnings.append(notes.misfiled_warning(found, person))
    copies = _copies(connection, position, by_key, result.warnings)
    _shared_item_ids(connection, position, by_key, copies, result.warnings)
    unknown = [[note_id, ref] for note_id, ref in _unknown_refs(connection, copies)]
    folders = _folders_with_notes(locations, connection, copies)
    shown = [str(folder.relative_to(locations.notes_dir)) for folder in folders]
    return result.warnings, sorted(copies), unknown, shown


def _copies(
    connection: sqlite3.Connection,
    position: dict[str, int],
    by_key: dict[str, notes._NoteFile],
    warnings: list[str],
) -> set[str]:
    """The files left out as copies of another note's id, with their warnings (as a scan)."""
    rows = connection.execute(
        "SELECT key, note_id FROM files WHERE note_id IN (SELECT note_id FROM files "
        "WHERE is_note = 1 GROUP BY note_id HAVING COUNT(*) > 1) AND is_note = 1"
    ).fetchall()
    rows = [(key, note_id) for key, note_id in rows if key in position]

    def named_after_id(key: str, note_id: str) -> bool:
        return note_id.rsplit("/", 1)[-1] == Path(key).stem

    rows.sort(key=lambda row: (not named_after_id(*row), position[row[0]]))
    originals: dict[str, str] = {}
    copies: set[str] = set()
    for key, note_id in rows:
        original = originals.setdefault(note_id, key)
        if original != key:
            copies.add(key)
            warnings.append(
                f"{notes.shown_of(by_key[key].path)}: skipped, it has the id {note_id!r} of "
                f"{notes.shown_of(by_key[original].path)} (a copy?); give it an id of its own "
                "or remove it"
            )
    return copies


def _shared_item_ids(
    connection: sqlite3.Connection,
    position: dict[str, int],
    by_key: dict[str, notes._NoteFile],
    copies: set[str],
    warnings: list[str],
) -> None:
    """One warning per pair of files that share an item id (as a scan words it)."""
    rows = connection.execute(
        "SELECT key, pos, item_id FROM items WHERE item_id IN (SELECT item_id FROM items "
        "GROUP BY item_id HAVING COUNT(DISTINCT key) > 1)"
    ).fetchall()
    rows = [row for row in rows if row[0] in position and row[0] not in copies]
    rows.sort(key=lambda row: (position[row[0]], row[1]))
    seen: dict[str, str] = {}
    pairs: set[tuple[str, str]] = set()
    for key, _, item_id in rows:
        first = seen.setdefault(item_id, key)
        if first != key and (first, key) not in pairs:
            pairs.add((first, key))
            warnings.append(
                f"id {item_id!r} is used in both {notes.shown_of(by_key[first].path)} and "
                f"{notes.shown_of(by_key[key].path)}; updates to it may land on the wrong item."
            )


def _load(
    connection: sqlite3.Connection,
    position: dict[str, int],
    by_key: dict[str, notes._NoteFile],
    copies: set[str],
    scope: set[str | None],
) -> list[LoadedNote]:
    """The notes of the scope and every crossing note, with the notes of every person a
    crossing note is about or names (so that what it refers to is there too, as in a full
    scan: a thread is opened by its first note, whoever's it is)."""
    from grow_cli.domain.models import Note as model
    from grow_cli.store.index import names_in

    loaded: dict[str, LoadedNote] = {}
    for key, note in _rows(connection, "files.crossing = 1", [], position, copies):
        loaded[key] = notes.LoadedNote(by_key[key].path, model.model_validate_json(note))
    wanted = set(scope)
    for found in loaded.values():
        wanted.add(found.note.person)
        for name in names_in(found.note):
            prefix = name.partition("/")[0]
            wanted.add(None if prefix == "journal" else prefix)
    people = sorted(slug for slug in wanted if slug is not None)
    where = [f"files.person IN ({', '.join('?' * len(people))})"] if people else []
    if JOURNAL in wanted:
        where.append("files.person IS NULL")
    if where:
        clause = f"files.crossing = 0 AND ({' OR '.join(where)})"
        for key, note in _rows(connection, clause, people, position, copies):
            loaded[key] = notes.LoadedNote(by_key[key].path, model.model_validate_json(note))
    return [loaded[key] for key in sorted(loaded, key=position.__getitem__)]


def _validated(
    rows: list[tuple[str, str]], position: dict[str, int], by_key: dict[str, notes._NoteFile]
) -> list[LoadedNote]:
    """The notes of these rows, validated, in listing order."""
    from grow_cli.domain.models import Note as model

    rows.sort(key=lambda row: position[row[0]])
    return [
        notes.LoadedNote(by_key[key].path, model.model_validate_json(note)) for key, note in rows
    ]


def _rows(
    connection: sqlite3.Connection,
    clause: str,
    values: list[str],
    position: dict[str, int],
    copies: set[str],
) -> list[tuple[str, str]]:
    rows = connection.execute(
        "SELECT files.key, notes.note FROM files JOIN notes ON notes.key = files.key "
        f"WHERE files.is_note = 1 AND {clause}",
        values,
    ).fetchall()
    return [(key, note) for key, note in rows if key in position and key not in copies]


def _unknown_refs(connection: sqlite3.Connection, copies: set[str]) -> list[tuple[str, str]]:
    """(note id, ref) of each update whose ref no note holds, in the ledger's order."""
    from grow_cli.domain.status import note_order_key

    rows = connection.execute(
        "SELECT refs.key, refs.pos, refs.ref, files.note_id, files.date FROM refs "
        "JOIN files ON files.key = refs.key WHERE files.is_note = 1 AND refs.ref NOT IN "
        "(SELECT item_id FROM items WHERE key NOT IN (SELECT value FROM json_each(?)))",
        (_json_list(copies),),
    ).fetchall()
    rows = [row for row in rows if row[0] not in copies]
    import datetime as dt

    rows.sort(key=lambda row: (note_order_key(dt.date.fromisoformat(row[4]), row[3]), row[1]))
    return [(note_id, ref) for _, _, ref, note_id, _ in rows]


def _folders_with_notes(
    locations: Locations, connection: sqlite3.Connection, copies: set[str]
) -> list[Path]:
    """The folders that hold a note about someone (not a copy), sorted as paths."""
    counts = dict(
        connection.execute(
            "SELECT folder, COUNT(*) FROM files WHERE is_note = 1 AND person IS NOT NULL "
            "GROUP BY folder"
        ).fetchall()
    )
    for key in copies:
        folder = os.path.dirname(key)
        if folder in counts:
            counts[folder] -= 1
    return sorted(locations.notes_dir / folder for folder, count in counts.items() if count)


def _json_list(values: Iterable[str]) -> str:
    import json

    return json.dumps(sorted(values))
