"""A disposable cache of the notes already read: <notes>/.grow/notes-cache.json.

For every note file it keeps the file's size, mtime and ctime, and what reading the file gave:
the note (ids filled in) or the warning the file produced. The next scan takes an unchanged
file's note from here instead of reading and parsing the file again.

Plain files stay the truth. A cached result stands for a file only while its size and times are
unchanged; a cache that is missing, corrupt, unreadable, or written by another grow version or
for other note models is ignored and rewritten, and failing to write it (a read-only notes
folder) is never an error. Deleting it changes no output.

Why pydantic's own JSON (model_dump_json / model_validate_json), measured on 10,000 notes (see
benchmarks/README.md): loading them back with validate_json, which parses and validates in Rust,
took 137 ms; json.loads plus rebuilding the models in Python without validation took 175 ms and
pickle 176 ms, while writing with dump_json took 34 ms against 189 ms. It also keeps a damaged
or planted cache harmless: every cached note is validated again as it loads (a pickle someone put
in a shared notes folder could run their code).
"""

from __future__ import annotations

import contextlib
import json
import os
import time
import zlib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from grow_cli import __version__
from grow_cli.domain.models import Note
from grow_cli.errors import StoreError
from grow_cli.store.atomic import write_replacing
from grow_cli.store.paths import ensure_private_dir

CACHE_FILENAME = "notes-cache.json"
FORMAT = 1
# A file changed within this long of a scan may change again without its size or times changing
# (file systems keep times in ticks of up to 2 s), so its result waits until it is older.
RACY_WINDOW_NS = 2_000_000_000

Stamp = tuple[int, int, int]  # size, mtime_ns, ctime_ns


def stamp_of(stat: os.stat_result) -> Stamp:
    """What must be unchanged for a cached result to stand for a file.

    The ctime as well as the mtime: an edit that keeps the size and puts the old mtime back
    (`cp -p`, `rsync -t`, `touch -r`, an editor restoring times) still moves the ctime.
    """
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)


class _Contents(BaseModel):
    """The cache file after its header line; keys are paths relative to the notes folder."""

    # No defaults: both are always "set", so dumping with exclude_unset (for the notes) keeps them.
    notes: dict[str, tuple[int, int, int, Note]]
    warnings: dict[str, tuple[int, int, int, str]]


def _empty() -> _Contents:
    return _Contents(notes={}, warnings={})


@cache
def fingerprint() -> str:
    """Which cache format, grow version and note models wrote a cache; others are not used."""
    return f"{FORMAT}/{__version__}/{zlib.crc32(_shape(Note).encode()):08x}"


def _shape(model: type[BaseModel]) -> str:
    """The fields of a model and of the models inside it, with their types."""
    parts = []
    for name, info in model.model_fields.items():
        parts.append(f"{name}:{info.annotation!r}={info.default!r}")
    nested = sorted(
        {
            str(cls.__qualname__): cls
            for info in model.model_fields.values()
            for cls in _models_in(info.annotation)
        }.items()
    )
    inner = "".join(_shape(cls) for _, cls in nested)
    return f"{model.__qualname__}({','.join(parts)}){inner}"


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [cls for arg in getattr(annotation, "__args__", ()) for cls in _models_in(arg)]


@dataclass
class NoteCache:
    """What reading each note file gave, for the files unchanged since it was written."""

    path: Path
    stored: _Contents = field(default_factory=_empty)
    fresh: _Contents = field(default_factory=_empty)
    changed: bool = False
    started_ns: int = field(default_factory=lambda: _now_ns())

    @classmethod
    def open(cls, cache_dir: Path) -> NoteCache:
        """The cache in `cache_dir`; an empty one if it is missing, unusable or not for us."""
        path = cache_dir / CACHE_FILENAME
        return cls(path, _read(path))

    def lookup(self, key: str, stamp: Stamp) -> Note | str | None:
        """The note or warning a file gave, if the file is unchanged since; else None."""
        note_entry = self.stored.notes.get(key)
        if note_entry is not None and note_entry[:3] == stamp:
            self.fresh.notes[key] = note_entry
            return note_entry[3]
        warning_entry = self.stored.warnings.get(key)
        if warning_entry is not None and warning_entry[:3] == stamp:
            self.fresh.warnings[key] = warning_entry
            return warning_entry[3]
        return None

    def remember(self, key: str, stamp: Stamp, outcome: Note | str) -> None:
        """Keep what reading a file gave (a note: as it will be returned, ids filled in)."""
        self.changed = True
        if self._is_racy(stamp):
            return
        if isinstance(outcome, str):
            self.fresh.warnings[key] = (*stamp, outcome)
        else:
            self.fresh.notes[key] = (*stamp, outcome)

    def save(self) -> None:
        """Write the cache if anything changed; quietly do nothing when it cannot be written.

        Call it before anyone changes the notes: they are written as they are now.
        """
        if not self.changed and _keys(self.fresh) == _keys(self.stored):
            return
        body = self.fresh.model_dump_json(by_alias=True, exclude_unset=True)
        header = json.dumps({"fingerprint": fingerprint()})
        # Best effort: a read-only or full notes folder still reads every note, only slower.
        with contextlib.suppress(StoreError, OSError):
            ensure_private_dir(self.path.parent)
            write_replacing(self.path, f"{header}\n{body}")

    def _is_racy(self, stamp: Stamp) -> bool:
        _, mtime_ns, ctime_ns = stamp
        recent = self.started_ns - RACY_WINDOW_NS
        # A time in the future beyond the window is not racy: any edit now would lower it.
        soon = self.started_ns + RACY_WINDOW_NS
        return recent < mtime_ns < soon or recent < ctime_ns < soon


def _now_ns() -> int:
    return time.time_ns()


def _keys(contents: _Contents) -> tuple[set[str], set[str]]:
    return set(contents.notes), set(contents.warnings)


def _read(path: Path) -> _Contents:
    """The stored contents, or empty ones for a cache that is missing or not usable."""
    try:
        header, _, body = path.read_bytes().partition(b"\n")
        if json.loads(header).get("fingerprint") != fingerprint():
            return _empty()
        return _Contents.model_validate_json(body)
    except (OSError, ValueError, AttributeError, RecursionError):  # ValidationError: ValueError
        return _empty()
