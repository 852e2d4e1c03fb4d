"""Notes kept aside in <notes>/.grow/, so that undoing or editing one never loses it.

- `undone/`: check-ins taken back with `grow undo`, moved there under the path they had in the
  notes folder (people/alex-kim/2026-11-22-checkin.md), `~2`, `~3` ... added when that is taken.
  `grow undo --restore` moves the latest one back; so does a plain `mv`.
- `edited/`: each note as it was before `grow edit` rewrote it, under the same kind of path.
- `editing/`: the front matter being edited, while the editor is open (and after, when it could
  not be saved, so the person's text is not lost).

The scan reads only people/ and journal/ (store/notes.py), so nothing here is ever read as a
note. Moves are a hard link then an unlink: at every moment the note exists in at least one of
the two places, never in neither.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from grow_cli.errors import StoreError
from grow_cli.store.atomic import mark_changed, write_new
from grow_cli.store.paths import FILE_MODE, Locations, ensure_private_dir

UNDONE_DIRNAME = "undone"
EDITED_DIRNAME = "edited"
EDITING_DIRNAME = "editing"
MAX_COPIES = 1000
_COPY = re.compile(r"~\d+$")  # the `~2` of a second copy under one name


@dataclass(frozen=True)
class KeptNote:
    """A note kept in undone/: where it is, where it came from, and when it was put there."""

    path: Path
    original: Path
    kept_ns: int


def undone_dir(locations: Locations) -> Path:
    """Where undone check-ins are kept."""
    return locations.cache_dir / UNDONE_DIRNAME


def _relative(locations: Locations, path: Path) -> Path:
    try:
        return path.relative_to(locations.notes_dir)
    except ValueError:
        raise StoreError(f"{path} is not in the notes folder {locations.notes_dir}.") from None


def _candidates(folder: Path, name: str) -> Iterator[Path]:
    stem, suffix = os.path.splitext(name)
    yield folder / name
    for number in range(2, MAX_COPIES):
        yield folder / f"{stem}~{number}{suffix}"


def move_aside(locations: Locations, path: Path) -> Path:
    """Move a note file into undone/ under its own path there (a free name); return where.

    Its modification time becomes now, which is how `latest_undone` knows the latest.
    """
    relative = _relative(locations, path)
    folder = ensure_private_dir(undone_dir(locations) / relative.parent)
    for target in _candidates(folder, relative.name):
        if _move(path, target):
            with contextlib.suppress(OSError):
                os.utime(target)
            return target
    raise StoreError(f"Too many undone notes named {relative.name} in {folder}; delete some.")


def _move(source: Path, target: Path) -> bool:
    """Move `source` to `target` unless `target` exists (False then); StoreError on failure."""
    mark_changed()
    try:
        os.link(source, target)
    except FileExistsError:
        return False
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise _cannot_move(source, error) from None
        # No hard links here: claim the name, then rename over the claim.
        try:
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
        except FileExistsError:
            return False
        except OSError as claim_error:
            raise _cannot_move(source, claim_error) from None
        try:
            os.replace(source, target)
        except OSError as move_error:
            with contextlib.suppress(OSError):
                target.unlink()
            raise _cannot_move(source, move_error) from None
        return True
    try:
        source.unlink()
    except OSError as error:
        with contextlib.suppress(OSError):
            target.unlink()
        raise _cannot_move(source, error) from None
    return True


def _cannot_move(path: Path, error: OSError) -> StoreError:
    return StoreError(f"Cannot move {path}: {error.strerror or error}.")


def undone_notes(locations: Locations) -> list[KeptNote]:
    """Every note in undone/, the latest undone last. Links are not followed."""
    root = undone_dir(locations)
    found = []
    for folder, _, names in os.walk(root):
        for name in names:
            if not name.endswith(".md") or name.startswith("."):
                continue
            path = Path(folder) / name
            try:
                stat = path.lstat()
            except OSError:
                continue
            if not path.is_file() or path.is_symlink():
                continue
            relative = path.relative_to(root)
            original_name = _COPY.sub("", relative.stem) + relative.suffix
            original = locations.notes_dir / relative.parent / original_name
            found.append(KeptNote(path, original, stat.st_mtime_ns))
    return sorted(found, key=lambda kept: (kept.kept_ns, str(kept.path)))


def put_back(kept: KeptNote) -> Path:
    """Move an undone note back where it was; StoreError when that name is taken now."""
    ensure_private_dir(kept.original.parent)
    if not _move(kept.path, kept.original):
        raise StoreError(
            f"Cannot put {kept.path.name} back: {kept.original} is taken by another note "
            "(saved since it was undone).",
            hint="Move that note away first, or put this one elsewhere by hand.",
        )
    return kept.original


def keep_earlier_version(locations: Locations, path: Path, data: bytes) -> Path:
    """Keep a note's earlier text (`data`) in edited/ under its path there; return where."""
    relative = _relative(locations, path)
    folder = ensure_private_dir(locations.cache_dir / EDITED_DIRNAME / relative.parent)
    for target in _candidates(folder, relative.name):
        if write_new(target, data):
            return target
    raise StoreError(f"Too many earlier versions of {relative.name} in {folder}; delete some.")


def editing_file(locations: Locations, note_id: str, text: str) -> Path:
    """A new private file in editing/ holding `text`, named after the note; return it."""
    folder = ensure_private_dir(locations.cache_dir / EDITING_DIRNAME)
    name = re.sub(r"[^A-Za-z0-9._-]+", "--", note_id).strip("-.") or "note"
    for target in _candidates(folder, f"{name}.toml"):
        if write_new(target, text):
            return target
    raise StoreError(f"Too many notes being edited in {folder}; delete some.")


def discard(path: Path) -> None:
    """Delete a file that is no longer needed (an editing file once its note is saved)."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
