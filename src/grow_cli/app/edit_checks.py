"""What `grow edit` checks before it saves a note's edited front matter.

The front matter must be a note by the rules every note is read with, dated no later than
today, and must stay the same note: its id, kind and person cannot change (other notes and the
folder it lies in depend on them), and no id another note refers to (an item a later check-in
updates, a goal it follows) may disappear. Items added without an id get one of their own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from grow_cli.domain.threads import THREAD_SUFFIX

if TYPE_CHECKING:
    from grow_cli.app.records import Records
    from grow_cli.domain.models import Action, Note, Support

MAX_EDITED_BYTES = 1 << 20  # front matter is a few kilobytes; this is far more than any


@dataclass(frozen=True)
class Target:
    """The note being edited, as it was when the editor opened."""

    path: Path
    shown: str  # its path in the notes folder, as grow names it
    note_id: str  # its id (its own, else the one its path gives)
    person: str | None  # whom it is about (None: the journal)
    original: Note | None  # None for a damaged note, which grow could not read
    data: bytes  # the file as it was read


def read_edited(path: Path) -> tuple[str | None, list[str]]:
    """The text of the file the editor wrote, or the problem that keeps it from being read."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_EDITED_BYTES + 1)
    except OSError as error:
        return None, [f"{path}: cannot read it ({error.strerror or error})"]
    if len(data) > MAX_EDITED_BYTES:
        return None, [f"the file is over {MAX_EDITED_BYTES // 1024} KB: that is not front matter"]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as error:
        return None, [f"the file is not UTF-8 text (byte {error.start + 1})"]


def checked_note(
    found: Records, target: Target, text: str, today: dt.date
) -> tuple[Note | None, list[str]]:
    """The note the edited TOML makes, ids filled in, or every problem with it."""
    from pydantic import ValidationError

    from grow_cli.domain.models import Note
    from grow_cli.domain.problems import describe
    from grow_cli.store import frontmatter

    try:
        data = frontmatter.loads(text, first_line=1)
    except frontmatter.FrontMatterError as error:
        where = f"line {error.line}: " if error.line else ""
        return None, [f"{where}{error}"]
    try:
        note = Note.model_validate(data)
    except ValidationError as error:
        return None, describe(error)
    problems = _same_note(target, note)
    if note.date > today:
        problems.append(
            f"date: {note.date.isoformat()} is after today; a note records a conversation "
            "that has happened"
        )
    if problems:
        return None, problems
    fill_ids(note, target.note_id)
    problems = _ids_problems(found, target, note)
    return (None, problems) if problems else (note, [])


def _same_note(target: Target, note: Note) -> list[str]:
    problems = []
    original = target.original
    if original is not None and note.kind != original.kind:
        problems.append(
            f"kind: stays {original.kind!r} (a {note.kind} is a note of its own: record it "
            "with its own command)"
        )
    if note.person != target.person:
        where = f"people/{target.person}/" if target.person else "journal/"
        was = repr(target.person) if target.person else "left out"
        problems.append(f"person: stays {was}: the note lies in {where}")
    if note.id is not None and note.id != target.note_id:
        problems.append(f"id: stays {target.note_id!r}: other notes refer to a note by its id")
    return problems


def fill_ids(note: Note, note_id: str) -> None:
    """The note's id, and an id of its own for each item added without one (#a<n>, #s<n>:
    its place, or the next number not taken)."""
    note.id = note_id
    actions = _free_ids([a.id for a in note.actions], f"{note_id}#a")
    for action, action_id in zip(note.actions, actions, strict=True):
        action.id = action_id
    support = _free_ids([s.id for s in note.support], f"{note_id}#s")
    for item, item_id in zip(note.support, support, strict=True):
        item.id = item_id


def _free_ids(ids: list[str | None], prefix: str) -> list[str]:
    """The ids given, and for each one missing `<prefix><its place>`, or the next number that
    no item has."""
    taken = {item_id for item_id in ids if item_id}
    filled = []
    extra = len(ids)
    for place, item_id in enumerate(ids, start=1):
        if not item_id:
            item_id = f"{prefix}{place}"
            while item_id in taken:
                extra += 1
                item_id = f"{prefix}{extra}"
            taken.add(item_id)
        filled.append(item_id)
    return filled


def items_of(note: Note) -> list[Action | Support]:
    """A note's actions, then its support items."""
    return [*note.actions, *note.support]


def _provided(note: Note) -> set[str]:
    """The ids other notes may refer to: its items', and the goal it opens (if it does)."""
    ids = {item.id for item in items_of(note) if item.id}
    opened = opened_thread(note)
    if opened is not None and note.thread in (None, opened):
        ids.add(opened)
    return ids


def _ids_problems(found: Records, target: Target, note: Note) -> list[str]:
    problems = []
    items = items_of(note)
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            problems.append(f"{item.id}: two items have this id; each needs its own")
        seen.add(item.id or "")
    others = [loaded.note for loaded in found.loaded if loaded.path != target.path]
    elsewhere = {item.id: other.id for other in others for item in items_of(other)}
    problems += [
        f"{item.id}: is the id of an item of {elsewhere[item.id]}; give this one its own"
        for item in items
        if item.id in elsewhere
    ]
    if target.original is not None:
        referred = _referred(others)
        kept = _provided(note)
        for gone in sorted(_provided(target.original) - kept):
            if gone in referred:
                problems.append(
                    f"{gone}: {referred[gone]} refers to it, so it stays (an item that is no "
                    "longer wanted is marked dropped in a check-in)"
                )
    return problems


def _referred(notes: list[Note]) -> dict[str, str]:
    """Each id that one of these notes refers to, and the first note that does."""
    referred: dict[str, str] = {}
    for note in notes:
        refs = [update.ref for update in note.updates]
        refs += [entry.thread for entry in note.progress]
        refs += [item.thread for item in items_of(note) if item.thread]
        refs += [note.thread] if note.thread and note.thread != opened_thread(note) else []
        for ref in refs:
            referred.setdefault(ref, note.id or "")
    return referred


def opened_thread(note: Note) -> str | None:
    """The id of the goal a coaching note would open itself (`<id>#t1`): naming it is no
    reference to another note."""
    return f"{note.id}{THREAD_SUFFIX}" if note.kind == "coaching" and note.id else None
