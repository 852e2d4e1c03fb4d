"""This clone's device id: four letters and digits kept in <notes>/.grow/device.

In a synced notes folder (one with its own .git/) new notes are named `<date>-<kind>-<device>.md`
(then `-<device>-2` ...), so two devices writing a note for the same person on the same day can
never pick the same name: history stays append-only and a sync never meets two new files at one
path. An unsynced folder keeps `<date>-<kind>.md` exactly. The id is random, not the host name
(file names travel with the notes), and a new one is simply made if .grow/ is deleted: it only has
to differ from the other clones', which a fresh random id does.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path

from grow_cli.store.paths import Locations, ensure_private_dir

DEVICE_FILE = "device"
# No 0/o, 1/l: an id read aloud or typed from a note's name is not mistaken.
ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"
LENGTH = 4
_VALID = re.compile(rf"[{ALPHABET}]{{{LENGTH}}}")


def device_id(locations: Locations) -> str:
    """This clone's id, made (and kept in .grow/device) the first time it is asked for."""
    from grow_cli.store.atomic import write_new, write_replacing

    path = locations.cache_dir / DEVICE_FILE
    kept = _read(path)
    if kept is not None:
        return kept
    ensure_private_dir(locations.cache_dir, locations.notes_dir)
    made = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    if write_new(path, f"{made}\n"):
        return made
    kept = _read(path)  # another grow made one at the same moment: theirs counts
    if kept is None:  # damaged: a new one replaces it
        write_replacing(path, f"{made}\n")
    return kept or made


def _read(path: Path) -> str | None:
    try:
        if path.is_symlink():
            return None
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None
    return text if _VALID.fullmatch(text) else None
