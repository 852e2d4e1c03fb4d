"""One person's notes as `grow history` lists them, and the journal's entries as `grow journal
list` lists them, kept in the index person by person (app/parts.py's collect_scoped, issue 18):
a warm run reads one row, and neither builds a note nor imports the models.

A part holds each note's row as `--json` gives it (app/serialize.py's note_json), newest first,
with its path relative to the notes folder, so that the folder can move without the part going
wrong.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from grow_cli.app import parts as kept_parts
from grow_cli.domain import kept_values as kept
from grow_cli.env import Environment

if TYPE_CHECKING:
    from grow_cli.app.parts import Part, Parts
    from grow_cli.app.records import Records
    from grow_cli.app.serialize import JSON

NOTES_VIEW = "notes-part:"
# The keys of app/serialize.py's note_json, in its order, and of its counts.
ROW_KEYS = (
    "id",
    "path",
    "date",
    "kind",
    "person",
    "focus",
    "mode",
    "topic",
    "goal",
    "summary",
    "tags",
    "counts",
)
COUNT_KEYS = ("actions", "support", "updates", "feedback")


@dataclass
class Listed:
    """One person's notes (or the journal's entries) as rows, newest first, and every
    readable profile's display name."""

    slug: str | None
    rows: list[JSON]
    names: dict[str, str]

    def name_of(self, slug: str | None) -> str:
        """A person's display name (their slug without a profile; 'you' for the journal)."""
        if slug is None:
            return "you"
        return self.names.get(slug, slug)


def read_one(env: Environment, who: str | None) -> Listed | None:
    """The notes of the person `who` names (None: the journal's entries) from the index,
    printing the folder's warnings as `records.read_person` does; None when the index cannot
    answer for them (see `parts.collect_scoped`: then read their notes)."""
    with kept_parts.opened(env) as (locations, listing, index):
        notes_dir = str(locations.notes_dir)
        scoped = kept_parts.collect_scoped(
            locations,
            listing,
            index,
            NOTES_VIEW,
            lambda records, slugs: _computed(records, slugs, notes_dir),
            lambda part: _built(part, notes_dir),
            who,
        )
    if scoped is None:
        return None
    kept_parts.print_warnings(scoped.warnings)
    return Listed(scoped.slug, scoped.built, scoped.names)


def _computed(records: Records, slugs: list[str | None], notes_dir: str) -> Parts:
    """Each person's notes, newest first (the journal's entries, as `journal list` orders
    them), as rows."""
    from grow_cli.app.serialize import note_json
    from grow_cli.domain.review import newest_first
    from grow_cli.domain.status import note_order_key

    where = {id(loaded.note): str(loaded.path) for loaded in records.loaded}
    parts: Parts = {}
    for slug in slugs:
        if slug is None:
            notes = newest_first(records.ledger.notes_of(None))
        else:
            mine = sorted(
                records.notes_of(slug),
                key=lambda loaded: note_order_key(loaded.note.date, loaded.note.id or ""),
                reverse=True,
            )
            notes = [loaded.note for loaded in mine]
        rows = [note_json(note, relative(where.get(id(note)), notes_dir)) for note in notes]
        parts[slug] = {"rows": rows}
    return parts


def relative(path: str | None, notes_dir: str) -> str | None:
    """A path in the notes folder as kept: relative to it (any other path as it is)."""
    inside = notes_dir + os.sep
    return path[len(inside) :] if path is not None and path.startswith(inside) else path


def _built(part: Part, notes_dir: str) -> list[JSON]:
    """A part's rows with their paths in this notes folder (raises on a part of another
    shape)."""
    return [checked_row(row, notes_dir) for row in kept.listed(part["rows"])]


def checked_row(row: Any, notes_dir: str) -> JSON:
    """A kept note's row (note_json's keys and kinds) with its path in this notes folder
    (raises on a row of another shape)."""
    if not isinstance(row, dict) or tuple(row) != ROW_KEYS:
        raise ValueError("a note's row")
    # Checked without a call per field: a search reads thousands of these rows.
    texts = (row["id"], row["path"], row["person"], row["focus"], row["mode"], row["topic"])
    if not set(map(type, (*texts, row["goal"]))) <= _TEXT_OR_NONE:
        raise TypeError("a note's texts are strings or null")
    if type(row["kind"]) is not str or type(row["summary"]) is not str:
        raise TypeError("a note's kind and summary are strings")
    kept.day(row["date"])
    tags, counts = row["tags"], row["counts"]
    if type(tags) is not list or not set(map(type, tags)) <= {str}:
        raise TypeError("tags are strings")
    if type(counts) is not dict or tuple(counts) != COUNT_KEYS:
        raise ValueError("a note's counts")
    if not set(map(type, counts.values())) <= {int}:
        raise TypeError("counts are whole numbers")
    path = row["path"]
    return {**row, "path": None if path is None else os.path.join(notes_dir, path)}


_TEXT_OR_NONE = {str, type(None)}
