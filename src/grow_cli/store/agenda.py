"""Talking points on disk: people/<slug>/agenda/<date>-<id>.toml, one small file per point.

Append-only and safe to sync: a point is written once, under a name holding a random token, so
two devices adding points on the same day (the folder kept in git) never write the same file,
and nothing is ever rewritten (a point is marked discussed by the conversation note that lists
its id). The folder is not a note folder: the note scan, the index, search and the warnings
about notes read only `*.md` files and `person.toml`, so these files are never taken for notes.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from grow_cli.domain.agenda import POINT_PREFIX
from grow_cli.errors import StoreError
from grow_cli.store.atomic import write_new
from grow_cli.store.paths import Locations, ensure_private_dir
from grow_cli.store.people import person_dir
from grow_cli.store.toml_text import MAX_SETTINGS_BYTES, TomlError, read_file

if TYPE_CHECKING:
    from grow_cli.domain.models import TalkingPoint
    from grow_cli.domain.vocabulary import PointBy

AGENDA_DIRNAME = "agenda"
POINT_SUFFIX = ".toml"
TOKEN_BYTES = 4  # 8 hex digits: a clash between two devices on one person is out of reach
MAX_ATTEMPTS = 100
LINK_SKIPPED = "it is a link, and grow does not follow links inside the notes folder"


@dataclass
class Agenda:
    """A person's talking points as read, and one warning per file that could not be."""

    points: list[TalkingPoint] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def agenda_dir(locations: Locations, slug: str) -> Path:
    """people/<slug>/agenda/."""
    return person_dir(locations, slug) / AGENDA_DIRNAME


def new_id() -> str:
    """A fresh talking point id: 'tp-3f9a2c1b'."""
    return f"{POINT_PREFIX}{secrets.token_hex(TOKEN_BYTES)}"


def add(
    locations: Locations, slug: str, text: str, by: PointBy, today: dt.date
) -> tuple[TalkingPoint, Path]:
    """Write a new point in its own new file (never over another); the point and its path."""
    import tomli_w

    from grow_cli.domain.models import TalkingPoint

    folder = ensure_private_dir(agenda_dir(locations, slug), locations.notes_dir)
    for _ in range(MAX_ATTEMPTS):
        added = dt.datetime.combine(today, dt.datetime.now().time())
        point = TalkingPoint(id=new_id(), date=today, by=by, text=text, added=added)
        path = folder / f"{today.isoformat()}-{point.id}{POINT_SUFFIX}"
        if write_new(path, tomli_w.dumps(point.model_dump(mode="python"))):
            return point, path
    raise StoreError(f"Could not find a free name for a talking point in {folder}.")


def read(locations: Locations, slug: str) -> Agenda:
    """Every readable point of a person, in file-name order; a damaged file, a link or a copy
    of another point's id becomes a warning naming the file, and the rest still read."""
    found = Agenda()
    folder = locations.people_dir / slug / AGENDA_DIRNAME
    shown_folder = f"people{os.sep}{slug}{os.sep}{AGENDA_DIRNAME}"
    if folder.is_symlink():
        found.warnings.append(f"{shown_folder}/: skipped, {LINK_SKIPPED}")
        return found
    if not folder.is_dir():
        return found
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        found.warnings.append(f"{shown_folder}/: skipped, cannot read it ({error.strerror})")
        return found
    seen: dict[str, str] = {}
    for entry in entries:
        name = entry.name
        if not name.endswith(POINT_SUFFIX) or name.startswith("."):
            continue
        shown = f"{shown_folder}{os.sep}{name}"
        if entry.is_symlink():
            found.warnings.append(f"{shown}: skipped, {LINK_SKIPPED}")
            continue
        if not entry.is_file(follow_symlinks=False):
            continue
        point = _read_point(Path(entry.path), shown, found.warnings)
        if point is None:
            continue
        if point.id in seen:
            found.warnings.append(
                f"{shown}: skipped, it has the id {point.id!r} of {seen[point.id]} (a copy?)"
            )
            continue
        seen[point.id] = shown
        found.points.append(point)
    return found


def _read_point(path: Path, shown: str, warnings: list[str]) -> TalkingPoint | None:
    from pydantic import ValidationError

    from grow_cli.domain.models import TalkingPoint
    from grow_cli.domain.problems import describe

    try:
        data = read_file(path, MAX_SETTINGS_BYTES)
    except TomlError as error:
        where = f"{shown}:{error.line}" if error.line else shown
        warnings.append(f"{where}: skipped, {error}")
        return None
    except (OSError, UnicodeDecodeError) as error:
        warnings.append(f"{shown}: skipped, cannot read it ({error})")
        return None
    # A point written by hand may leave its id out: its file name gives it, as a note's does.
    stem = path.name[: -len(POINT_SUFFIX)]
    data.setdefault("id", stem[11:] if stem[:10].count("-") == 2 and len(stem) > 11 else stem)
    try:
        return TalkingPoint.model_validate(data)
    except ValidationError as error:
        warnings.append(f"{shown}: skipped, {'; '.join(describe(error))}")
        return None


def files_of(locations: Locations, slug: str) -> list[Path]:
    """The point files in a person's agenda folder (links and hidden files left out)."""
    folder = locations.people_dir / slug / AGENDA_DIRNAME
    if folder.is_symlink() or not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.iterdir()
        if path.name.endswith(POINT_SUFFIX)
        and not path.name.startswith(".")
        and path.is_file()
        and not path.is_symlink()
    )
