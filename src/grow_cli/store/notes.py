"""Reading and writing notes in the notes folder.

Writes are atomic and never overwrite (a taken name gets -2, -3 ...). Reads skip a damaged note
with one warning naming the file (and line), so every other note still works.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from grow_cli.errors import StoreError
from grow_cli.store import frontmatter
from grow_cli.store.atomic import write_new
from grow_cli.store.paths import (
    JOURNAL_DIRNAME,
    PEOPLE_DIRNAME,
    Locations,
    ensure_private_dir,
)

if TYPE_CHECKING:
    from grow_cli.domain.models import Note

NOTE_SUFFIX = ".md"
MAX_NAME_ATTEMPTS = 1000


@dataclass(frozen=True)
class LoadedNote:
    """A note read from disk, with the file it came from."""

    path: Path
    note: Note


@dataclass
class ScanResult:
    """Every readable note, and one warning for each one that is not."""

    notes: list[LoadedNote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def note_id_for(locations: Locations, path: Path) -> str:
    """A note's id from its path: 'alex-kim/2026-11-25-coaching', 'journal/2026-11-25-journal'."""
    relative = path.relative_to(locations.notes_dir).with_suffix("")
    parts = relative.parts
    if parts and parts[0] == PEOPLE_DIRNAME:
        parts = parts[1:]
    return "/".join(parts)


def folder_for(locations: Locations, note: Note) -> Path:
    """The folder a note belongs in."""
    if note.person is None:
        return locations.journal_dir
    return locations.people_dir / note.person


def candidate_paths(folder: Path, stem: str) -> Iterator[Path]:
    """<stem>.md, then <stem>-2.md, <stem>-3.md ..."""
    yield folder / f"{stem}{NOTE_SUFFIX}"
    for number in range(2, MAX_NAME_ATTEMPTS):
        yield folder / f"{stem}-{number}{NOTE_SUFFIX}"


def assign_ids(note: Note, note_id: str, *, only_missing: bool = False) -> None:
    """Fill in the note id and the ids of its actions and support items (unique in the folder).

    With `only_missing`, ids already present (a hand-written note's own) are kept.
    """
    if not (only_missing and note.id):
        note.id = note_id
    for number, action in enumerate(note.actions, start=1):
        if not (only_missing and action.id):
            action.id = f"{note.id}#a{number}"
    for number, item in enumerate(note.support, start=1):
        if not (only_missing and item.id):
            item.id = f"{note.id}#s{number}"


def save_new(locations: Locations, note: Note, render_body: Callable[[Note], str]) -> Path:
    """Write a new note atomically under a free name, and return its path.

    Ids are filled in from the name actually taken, so they are unique even when two processes
    save notes for the same person on the same day.
    """
    folder = ensure_private_dir(folder_for(locations, note))
    stem = f"{note.date.isoformat()}-{note.kind}"
    for path in candidate_paths(folder, stem):
        assign_ids(note, note_id_for(locations, path))
        text = frontmatter.render(note.front_matter(), render_body(note))
        if write_new(path, text):
            return path
    raise StoreError(f"Too many notes named {stem} in {folder}.")


def read_note(path: Path) -> Note:
    """Read and validate one note. Raises FrontMatterError or pydantic's ValidationError."""
    from grow_cli.domain.models import Note

    data = frontmatter.parse(path.read_text(encoding="utf-8"))
    return Note.model_validate(data)


def note_files(locations: Locations) -> Iterator[Path]:
    """Every note file: people/<slug>/*.md and journal/*.md. Links are not followed."""
    people = locations.notes_dir / PEOPLE_DIRNAME
    if people.is_dir():
        for person_dir in sorted(people.iterdir()):
            if person_dir.is_dir() and not person_dir.is_symlink():
                yield from _markdown_files(person_dir)
    journal = locations.notes_dir / JOURNAL_DIRNAME
    if journal.is_dir() and not journal.is_symlink():
        yield from _markdown_files(journal)


def _markdown_files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.glob(f"*{NOTE_SUFFIX}")):
        if path.is_file() and not path.is_symlink() and not path.name.startswith("."):
            yield path


def scan(locations: Locations) -> ScanResult:
    """Read every note in the folder; damaged ones become warnings, the rest are returned."""
    from pydantic import ValidationError

    from grow_cli.domain.problems import describe

    result = ScanResult()
    for path in note_files(locations):
        shown = _shown(locations, path)
        try:
            note = read_note(path)
        except frontmatter.FrontMatterError as error:
            where = f"{shown}:{error.line}" if error.line else shown
            result.warnings.append(f"{where}: skipped, {error}")
            continue
        except ValidationError as error:
            problems = "; ".join(describe(error))
            result.warnings.append(f"{shown}: skipped, {problems}")
            continue
        except (OSError, UnicodeDecodeError) as error:
            result.warnings.append(f"{shown}: skipped, cannot read it ({error})")
            continue
        assign_ids(note, note_id_for(locations, path), only_missing=True)
        _check_person_folder(locations, path, note, shown, result)
        result.notes.append(LoadedNote(path, note))
    _warn_duplicate_ids(result)
    return result


def current_statuses(loaded: list[LoadedNote]) -> dict[str, str]:
    """Each action's and support item's current status, folded from every note's updates."""
    from grow_cli.domain.status import NoteStatusRecord
    from grow_cli.domain.status import current_statuses as fold

    records = [
        NoteStatusRecord(
            note_date=item.note.date,
            note_id=item.note.id or "",
            items=[(a.id, a.status) for a in item.note.actions if a.id]
            + [(s.id, s.status) for s in item.note.support if s.id],
            updates=[(u.ref, u.status) for u in item.note.updates],
        )
        for item in loaded
    ]
    return fold(records)


def _shown(locations: Locations, path: Path) -> str:
    try:
        return str(path.relative_to(locations.notes_dir))
    except ValueError:
        return str(path)


def _check_person_folder(
    locations: Locations, path: Path, note: Note, shown: str, result: ScanResult
) -> None:
    expected = folder_for(locations, note)
    if path.parent != expected:
        result.warnings.append(
            f"{shown}: its 'person' is {note.person!r} but it lies in {path.parent.name}/; "
            "the front matter is what counts."
        )


def _warn_duplicate_ids(result: ScanResult) -> None:
    seen: dict[str, Path] = {}
    for loaded in result.notes:
        ids: list[Any] = [loaded.note.id]
        ids += [a.id for a in loaded.note.actions] + [s.id for s in loaded.note.support]
        for item_id in ids:
            if item_id is None:
                continue
            if item_id in seen and seen[item_id] != loaded.path:
                result.warnings.append(
                    f"id {item_id!r} is used in both {seen[item_id].name} and {loaded.path.name}; "
                    "updates to it may land on the wrong item."
                )
            seen.setdefault(item_id, loaded.path)
