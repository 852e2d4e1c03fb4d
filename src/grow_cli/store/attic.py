"""Keeping aside what leaves people/: a removed person's folder and drafts, a merged duplicate's
profile and original notes. Each goes into a new folder of its own under <notes>/removed/ or
<notes>/merged/, by renames within the notes folder, so nothing is copied or lost half way and
moving it back restores it."""

from __future__ import annotations

import os
from pathlib import Path

from grow_cli.errors import StoreError
from grow_cli.store.atomic import mark_changed
from grow_cli.store.paths import DIR_MODE, ensure_private_dir

MAX_FOLDERS = 1000


def new_folder(parent: Path, name: str) -> Path:
    """A new, empty, private folder `<parent>/<name>` (then -2, -3 ... when the name is taken)."""
    ensure_private_dir(parent)
    for number in range(1, MAX_FOLDERS):
        folder = parent / (name if number == 1 else f"{name}-{number}")
        try:
            folder.mkdir(mode=DIR_MODE)
        except FileExistsError:
            continue
        except OSError as error:
            raise StoreError(f"Cannot create the folder {folder}: {error.strerror}.") from None
        os.chmod(folder, DIR_MODE)
        return folder
    raise StoreError(f"Too many folders named {name} in {parent}.")


def move(source: Path, target: Path) -> None:
    """Rename a file or folder to `target`, which must not exist (never replaced)."""
    if target.exists() or target.is_symlink():
        raise StoreError(f"Cannot move {source} to {target}: something is already there.")
    ensure_private_dir(target.parent)
    mark_changed()
    try:
        os.rename(source, target)
    except OSError as error:
        raise StoreError(f"Cannot move {source} to {target}: {error.strerror}.") from None
