"""A command's file output: a file written atomically, or '-' for standard output."""

from __future__ import annotations

from pathlib import Path

from grow_cli.errors import UsageError
from grow_cli.store import paths
from grow_cli.store.atomic import write_replacing
from grow_cli.store.paths import Locations
from grow_cli.ui import output

STDOUT = "-"


def deliver(value: str, text: str, *, example: str) -> Path | None:
    """Write a command's file output: '-' prints it (returns None), a folder is refused, anything
    else is written atomically (0600) and its path returned. `example` names a file in the hint."""
    if value == STDOUT:
        output.data(text if text.endswith("\n") else text + "\n")
        return None
    target = Path(value).expanduser()
    if target.is_dir():
        raise UsageError(f"{target} is a folder.", hint=f"Give a file name, e.g. {example}.")
    write_replacing(target, text)
    return target


def write_file(target: Path, text: str) -> None:
    """Write a file the user asked for, atomically (0600), replacing an earlier one."""
    write_replacing(target, text)


def writable_notes_dir(locations: Locations) -> Path:
    """The notes folder, made on first use, with a warning when others can read it."""
    folder = paths.ensure_notes_dir(locations)
    warning = paths.open_to_others(folder)
    if warning:
        output.warning(warning)
    return folder
