"""Notes whose body was edited by hand: the edit shows nowhere, since grow reads only the front
matter, so the commands that show a note's words say so and name `grow edit`.

Only the notes a command shows are checked, each file read once (its body, at most a megabyte)
and rendered once or twice: cheap enough for `grow prep` on a folder of any size.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.app.records import Records
    from grow_cli.store.notes import LoadedNote


def edited_by_hand(found: Records, loaded: LoadedNote) -> bool:
    """The note's body was made by grow from its front matter, then changed by hand."""
    from grow_cli.domain import bodies
    from grow_cli.store import frontmatter
    from grow_cli.ui import render

    body = frontmatter.read_body(loaded.path)
    if body is None:  # unreadable or far too big to be grow's: nothing to compare
        return False
    return bodies.edited_by_hand(body, render.saved_bodies(found.locations, loaded.note))


def hand_edit_warning(found: Records, loaded: LoadedNote) -> str:
    """The warning for a note whose body was edited by hand."""
    name = loaded.note.id or found.path_of(loaded)
    return (
        f"{name}: its text was edited by hand; grow reads the front matter (TOML between +++), "
        f"so the edit shows nowhere. Use 'grow edit {name}' to change what was said."
    )


def warn_hand_edits(found: Records, shown: Iterable[LoadedNote]) -> None:
    """One warning for each of these notes whose body was edited by hand."""
    seen: set[str] = set()
    for loaded in shown:
        key = str(loaded.path)
        if key in seen:
            continue
        seen.add(key)
        if edited_by_hand(found, loaded):
            output.warning(hand_edit_warning(found, loaded))


def warn_hand_edited_ids(found: Records, note_ids: Iterable[str]) -> None:
    """warn_hand_edits for the notes of the folder with these ids."""
    wanted = set(note_ids)
    warn_hand_edits(found, (loaded for loaded in found.loaded if loaded.note.id in wanted))
