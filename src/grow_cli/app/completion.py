"""What the shell completes for grow's arguments: people, note ids and thread ids.

Completion runs grow once per Tab, so people and note ids come from the folder's listing (no
note is parsed); thread ids need the notes' front matter and come from the index. A folder
that cannot be read completes nothing: a Tab never prints an error.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from grow_cli.env import Environment
from grow_cli.store import paths

NOTE_SUFFIX = ".md"


def _locations(env: Environment) -> paths.Locations | None:
    try:
        locations = paths.resolve(env)
    except Exception:  # a Tab must never fail: no folder, a bad config, anything
        return None
    return locations if locations.notes_dir.is_dir() else None


def people(env: Environment) -> list[tuple[str, str]]:
    """(slug, name) of everyone with a folder; the name from person.toml when it has one."""
    locations = _locations(env)
    if locations is None or not locations.people_dir.is_dir():
        return []
    found = []
    for folder in sorted(locations.people_dir.iterdir()):
        if folder.is_dir() and not folder.is_symlink() and not folder.name.startswith("."):
            found.append((folder.name, _name(folder / "person.toml") or folder.name))
    return found


def _name(profile: Path) -> str:
    try:
        import rtoml

        value = rtoml.load(profile.read_text(encoding="utf-8")).get("name")
    except Exception:
        return ""
    return value if isinstance(value, str) else ""


def note_ids(env: Environment) -> list[str]:
    """Every note's id, from the file names: 'alex-kim/2026-11-22-coaching', 'journal/...'."""
    locations = _locations(env)
    return [] if locations is None else sorted(_ids(locations))


def _ids(locations: paths.Locations) -> Iterator[str]:
    folders = [locations.journal_dir]
    if locations.people_dir.is_dir():
        folders += [f for f in locations.people_dir.iterdir() if f.is_dir()]
    for folder in folders:
        if not folder.is_dir() or folder.is_symlink():
            continue
        for note in folder.glob("*" + NOTE_SUFFIX):
            yield f"{folder.name}/{note.name.removesuffix(NOTE_SUFFIX)}"


def thread_ids(env: Environment) -> list[tuple[str, str]]:
    """(id, goal or topic) of every coaching thread, from the index."""
    from grow_cli.app import records

    locations = _locations(env)
    if locations is None:
        return []
    try:
        found = records.load(locations)  # no warnings: they would land in the shell's line
    except Exception:
        return []
    return [(t.id, t.goal or t.topic or "") for t in found.ledger.threads.values()]
