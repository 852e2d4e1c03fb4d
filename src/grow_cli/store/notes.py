"""Reading and writing notes in the notes folder.

Writes are atomic and never overwrite (a taken name gets -2, -3 ...). Reads skip a damaged note
with one warning naming the file (and line), so every other note still works. A scan reads only
each file's front matter, and only for files changed since the last scan: the others come from
the disposable index in <notes>/.grow/ (store/index.py).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from grow_cli.domain.threads import THREAD_SUFFIX
from grow_cli.errors import StoreError
from grow_cli.store import frontmatter
from grow_cli.store.atomic import is_temp_name, sweep_stale_temps, write_new
from grow_cli.store.index import Stamp, is_racy
from grow_cli.store.paths import (
    JOURNAL_DIRNAME,
    PEOPLE_DIRNAME,
    Locations,
    ensure_private_dir,
    is_synced,
)
from grow_cli.store.people import PERSON_FILE

if TYPE_CHECKING:
    from grow_cli.domain.models import Note
    from grow_cli.store.index import NoteIndex

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


def note_stem(locations: Locations, note: Note) -> str:
    """<date>-<kind>; in a synced folder <date>-<kind>-<device>, so that two devices never
    choose the same name for a new note (store/device.py)."""
    stem = f"{note.date.isoformat()}-{note.kind}"
    if is_synced(locations.notes_dir):
        from grow_cli.store.device import device_id

        stem = f"{stem}-{device_id(locations)}"
    return stem


def save_new(locations: Locations, note: Note, render_body: Callable[[Note], str]) -> Path:
    """Write a new note atomically under a free name, and return its path.

    Ids are filled in from the name actually taken, so they are unique even when two processes
    save notes for the same person on the same day.
    """
    folder = ensure_private_dir(folder_for(locations, note), locations.notes_dir)
    stem = note_stem(locations, note)
    # A coaching conversation that continues no thread opens one of its own, named after it.
    opens_thread = note.kind == "coaching" and not note.thread
    for path in candidate_paths(folder, stem):
        if os.path.lexists(path):
            # Taken: no temp file is written for it, and no error can name it.
            continue
        assign_ids(note, note_id_for(locations, path))
        if opens_thread:
            note.thread = f"{note.id}{THREAD_SUFFIX}"
        text = frontmatter.render(note.front_matter(), render_body(note))
        if write_new(path, text):
            return path
    raise StoreError(f"Too many notes named {stem} in {folder}.")


def read_note(path: Path | str) -> Note:
    """Read and validate one note. Raises FrontMatterError or pydantic's ValidationError."""
    from grow_cli.domain.models import Note

    return Note.model_validate(frontmatter.read(path))


class _NoteFile(NamedTuple):
    """A note file found by the scan, and what its place says about it."""

    file: str  # the path as os.scandir gives it; a Path is made only when needed (slow)
    shown: str  # relative to the notes folder, as warnings name it
    note_id: str  # the id its path gives (note_id_for)
    folder: str | None  # the person folder it lies in; None in the journal
    stamp: Stamp  # size, mtime_ns, ctime_ns: a whole os.stat_result is 10x the memory

    @property
    def path(self) -> Path:
        """The file's path."""
        return Path(self.file)


def note_files(locations: Locations) -> Iterator[Path]:
    """Every note file: people/<slug>/*.md and journal/*.md. Links are not followed."""
    for found in list_files(locations).notes:
        yield found.path


@dataclass
class Listing:
    """The note files and profiles of the folder with their lstat, found in one pass."""

    notes: list[_NoteFile] = field(default_factory=list)
    profiles: list[tuple[str, Stamp]] = field(default_factory=list)  # shown, lstat's stamp
    odd_profiles: list[str] = field(default_factory=list)  # person.toml not a file nor a link
    warnings: list[str] = field(default_factory=list)
    root: str = ""  # the notes folder: what is kept names files by it (a profile's warning)
    started_ns: int = field(default_factory=lambda: _now_ns())
    _folders: list[tuple[str, str, list[_NoteFile]]] | None = field(default=None, repr=False)
    _settled: bool | None = field(default=None, repr=False)
    refreshed_into: object = field(default=None, repr=False)  # the index store/scope.py refreshed

    def digest(self) -> str:
        """One value for the folder's path and every file's path, size and times: it changes
        when any file does, and when the folder moves."""
        from array import array
        from hashlib import blake2b

        files = [(found.shown, found.stamp) for found in self.notes] + self.profiles
        # Numbers as machine words, not text: formatting them first cost 2 ms more at 10,000
        # files and 20 ms more at 100,000 (benchmarks/README.md).
        numbers = array("q")
        for _, stamp in files:
            numbers.extend(stamp)
        names = "\0".join([self.root, *(shown for shown, _ in files), "", *self.warnings])
        digest = blake2b(names.encode(errors="surrogateescape"))
        digest.update(numbers.tobytes())
        return digest.hexdigest()

    def folders(self) -> list[tuple[str, str, list[_NoteFile]]]:
        """Each folder holding notes (as the index names it: people/<slug>, journal), the digest
        of its note files' names and stamps, and those files, in listing order."""
        if self._folders is None:
            self._folders = self._digested_folders()
        return self._folders

    def _digested_folders(self) -> list[tuple[str, str, list[_NoteFile]]]:
        from array import array
        from hashlib import blake2b

        groups: dict[str | None, list[_NoteFile]] = {}
        for found in self.notes:
            groups.setdefault(found.folder, []).append(found)
        result = []
        for folder, files in groups.items():
            numbers = array("q")
            for found in files:
                numbers.extend(found.stamp)
            digest = blake2b(
                "\0".join(found.shown for found in files).encode(errors="surrogateescape")
            )
            digest.update(numbers.tobytes())
            name = JOURNAL_DIRNAME if folder is None else f"{PEOPLE_DIRNAME}{os.sep}{folder}"
            result.append((name, digest.hexdigest(), files))
        return result

    def settled(self) -> bool:
        """No file changed so recently that it could change again with the same stamp."""
        if self._settled is None:
            stamps = [found.stamp for found in self.notes] + [stamp for _, stamp in self.profiles]
            self._settled = not any(is_racy(stamp, self.started_ns) for stamp in stamps)
        return self._settled


def _now_ns() -> int:
    from grow_cli.store import index

    return index.now_ns()


def list_files(locations: Locations) -> Listing:
    """Every note file (people/<slug>/*.md, journal/*.md) and profile, in name order.

    One lstat per file and no links followed; an unreadable folder becomes a warning.
    """
    listing = Listing(root=str(locations.notes_dir))
    people_root = locations.notes_dir / PEOPLE_DIRNAME
    if _not_a_link(people_root, PEOPLE_DIRNAME, listing) and people_root.is_dir():
        for person in _entries(people_root, PEOPLE_DIRNAME, listing.warnings):
            shown = f"{PEOPLE_DIRNAME}{os.sep}{person.name}"
            if person.is_symlink():
                listing.warnings.append(f"{shown}: skipped, {LINK_NOT_FOLLOWED}")
            elif person.is_dir(follow_symlinks=False):
                _list_folder(person.path, shown, person.name, listing)
    journal = locations.notes_dir / JOURNAL_DIRNAME
    if _not_a_link(journal, JOURNAL_DIRNAME, listing) and journal.is_dir():
        _list_folder(journal, JOURNAL_DIRNAME, None, listing)
    return listing


LINK_NOT_FOLLOWED = "it is a link, and grow does not follow links inside the notes folder"


def _not_a_link(folder: Path, shown: str, listing: Listing) -> bool:
    if folder.is_symlink():
        listing.warnings.append(f"{shown}/: skipped, {LINK_NOT_FOLLOWED}")
        return False
    return True


_by_name = attrgetter("name")


def _entries(folder: str | Path, shown: str, warnings: list[str]) -> list[os.DirEntry[str]]:
    # os.scandir knows each entry's type without a stat call per file, unlike Path.glob.
    try:
        with os.scandir(folder) as entries:
            return sorted(entries, key=_by_name)
    except OSError as error:
        warnings.append(f"{shown}/: skipped, cannot read it ({error.strerror})")
        return []


def _list_folder(folder: str | Path, shown: str, person: str | None, listing: Listing) -> None:
    # The loop runs once a file (100,000 times in a team's folder): what can be is worked out
    # before it.
    id_prefix = f"{person if person is not None else JOURNAL_DIRNAME}/"
    shown_prefix = f"{shown}{os.sep}"
    found_notes = listing.notes
    cut = -len(NOTE_SUFFIX)
    temps = False
    for entry in _entries(folder, shown, listing.warnings):
        name = entry.name
        if name.startswith("."):  # never a note; a killed writer's temporary file is swept
            temps = temps or is_temp_name(name)
            continue
        is_profile = not name.endswith(NOTE_SUFFIX)
        if is_profile and (person is None or name != PERSON_FILE):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                if entry.is_symlink():
                    listing.warnings.append(f"{shown_prefix}{name}: skipped, {LINK_NOT_FOLLOWED}")
                elif is_profile:  # a folder or device named person.toml: read as the profile
                    listing.odd_profiles.append(shown_prefix + name)
                continue
            stat = entry.stat(follow_symlinks=False)
        except OSError:  # gone since the folder was listed
            continue
        stamp = (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)  # stamp_of, inlined
        if is_profile:
            listing.profiles.append((shown_prefix + name, stamp))
            continue
        found_notes.append(
            _NoteFile(entry.path, shown_prefix + name, id_prefix + name[:cut], person, stamp)
        )
    if temps:  # a killed writer's: removed by the first reader, not the next write an hour on
        sweep_stale_temps(folder)


def scan(
    locations: Locations, listing: Listing | None = None, index: NoteIndex | None = None
) -> ScanResult:
    """Read every note in the folder; damaged ones become warnings, the rest are returned.

    A file unchanged since the last scan is taken from the index in <notes>/.grow/ instead of
    being read, parsed and validated again (store/index.py); the result is the same either way.
    `listing` and `index` let a caller that already has them share them.
    """
    from grow_cli.domain.models import Note
    from grow_cli.store.index import NoteIndex

    result = ScanResult()
    with collector_paused():
        listing = listing or list_files(locations)
        result.warnings.extend(listing.warnings)
        own_index = index is None
        index = index or NoteIndex.open(locations.cache_dir)
        try:
            for found in listing.notes:
                _take(found, index, Note, result)
            _warn_duplicate_ids(result)
            index.save()
        finally:
            if own_index:
                index.close()
    return result


def _take(found: _NoteFile, index: NoteIndex, model: type[Note], result: ScanResult) -> None:
    stamp = found.stamp
    outcome = index.lookup(found.shown, stamp)
    if outcome is None:
        outcome, lasting = read_outcome(found, model)
        if lasting:
            index.remember(found.shown, stamp, outcome)
    if isinstance(outcome, str):
        result.warnings.append(outcome)
        return
    _check_person_folder(found, outcome, result)
    result.notes.append(LoadedNote(found.path, outcome))


def read_outcome(found: _NoteFile, model: type[Note]) -> tuple[Note | str, bool]:
    """The note in a file (ids filled in) or the warning it gives, and whether that lasts until
    the file changes (a file that cannot be read now may be readable next time)."""
    try:
        note = model.model_validate(frontmatter.read(found.file))
    except frontmatter.FrontMatterError as error:
        where = f"{found.shown}:{error.line}" if error.line else found.shown
        return f"{where}: skipped, {error}", True
    except OSError as error:
        return f"{found.shown}: skipped, cannot read it ({error})", False
    except UnicodeDecodeError as error:
        return f"{found.shown}: skipped, cannot read it ({error})", True
    except ValueError as error:  # pydantic's ValidationError, imported only when needed
        return f"{found.shown}: skipped, {_problems(error)}", True
    assign_ids(note, found.note_id, only_missing=True)
    return note, True


def _problems(error: ValueError) -> str:
    from pydantic import ValidationError

    from grow_cli.domain.problems import describe

    if not isinstance(error, ValidationError):
        raise error
    return "; ".join(describe(error))


@contextmanager
def collector_paused() -> Iterator[None]:
    """Keep the cyclic garbage collector out of a scan, which makes ~200,000 acyclic objects.

    Left running, its passes over the growing heap cost more than the parsing (validating 10,000
    notes: 370 ms with it, 145 ms without); and re-enabled with all of them still "young", its
    next pass visits each of them (140 ms). freeze() then unfreeze() moves every tracked object
    to the oldest generation without visiting any, so they wait for a rare full collection.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:  # never thaw what the program itself froze
            gc.freeze()
            gc.unfreeze()
        if was_enabled:
            gc.enable()


def _check_person_folder(found: _NoteFile, note: Note, result: ScanResult) -> None:
    # The same test as `path.parent != folder_for(locations, note)`, on names instead of paths.
    if found.folder is None:
        expected = note.person is None
    else:
        expected = note.person is not None and os.path.normcase(note.person) == os.path.normcase(
            found.folder
        )
    if not expected:
        result.warnings.append(misfiled_warning(found, note.person))


def misfiled_warning(found: _NoteFile, person: str | None) -> str:
    """The warning for a note whose `person` is not the folder it lies in."""
    return (
        f"{found.shown}: its 'person' is {person!r} but it lies in "
        f"{found.path.parent.name}/; the front matter is what counts."
    )


def _warn_duplicate_ids(result: ScanResult) -> None:
    """A note holding the id of another (a copy under a second name) is left out, with one
    warning; notes that share only item ids get one warning per pair of files."""
    # The note whose file name is its id is the original; the copy is the one left out.
    ordered = sorted(result.notes, key=lambda loaded: not _named_after_its_id(loaded))
    notes_seen: dict[str, LoadedNote] = {}
    copies: set[int] = set()
    for loaded in ordered:
        note_id = loaded.note.id
        if note_id is None:
            continue
        original = notes_seen.setdefault(note_id, loaded)
        if original is not loaded:
            copies.add(id(loaded))
            result.warnings.append(
                f"{shown_of(loaded.path)}: skipped, it has the id {note_id!r} of "
                f"{shown_of(original.path)} (a copy?); give it an id of its own or remove it"
            )
    if copies:
        result.notes = [loaded for loaded in result.notes if id(loaded) not in copies]
    seen: dict[str, Path] = {}
    pairs: set[tuple[Path, Path]] = set()
    for loaded in result.notes:
        note, path = loaded.note, loaded.path
        ids: list[Any] = [*[a.id for a in note.actions], *[s.id for s in note.support]]
        for item_id in ids:
            if item_id is None:
                continue
            first = seen.setdefault(item_id, path)
            if first is not path and first != path and (first, path) not in pairs:
                pairs.add((first, path))
                result.warnings.append(
                    f"id {item_id!r} is used in both {shown_of(first)} and {shown_of(path)}; "
                    "updates to it may land on the wrong item."
                )


def _named_after_its_id(loaded: LoadedNote) -> bool:
    note_id = loaded.note.id or ""
    return note_id.rsplit("/", 1)[-1] == loaded.path.stem


def shown_of(path: Path) -> str:
    """A note file as warnings name it: its folder and name."""
    return f"{path.parent.name}{os.sep}{path.name}"
