"""Atomic, private file writes: a temp file in the same folder, fsync, then rename or link.

A reader (or a crash) only ever sees the old state or the complete new file, never half of one.

`fault_hook` lets a test stop a writer at a named point and kill it there (tests/test_faults.py).
It is None in normal use, and then each point costs one comparison. Called with the point's name
and the file being written (its final name, not the temp file's), in this order:

- "temp-created": the temp file exists, empty;
- "temp-written": the temp file holds every byte, not yet fsynced;
- "temp-synced": the temp file is on disk and closed, the final name not yet taken;
- "linked" (write_new): the final name is the complete file, the temp file still exists;
- "replaced" (write_replacing): the final name is the complete file, the temp file gone;
- "done": the temp file gone and the folder fsynced; stale temps not yet swept.

A kill between two points leaves the files as a kill at one of them does, or a temp file cut
short, which is still only a hidden temp file: so killing a writer at each point covers what a
kill at any moment can leave behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import time
from collections.abc import Callable
from pathlib import Path

from grow_cli.errors import StoreError
from grow_cli.store.paths import FILE_MODE

# A temp file lives for milliseconds; one this old was left by a process that was killed. One
# made on this machine by a process that has ended is stale at once, whatever its age.
STALE_TEMP_SECONDS = 3600
# .<final name>.<host>.<pid>.<attempt>.tmp; before the host was written: .<final name>.<pid>...
_TEMP_NAME = re.compile(r"\.(?:.+?)\.(?:(?P<host>[A-Za-z0-9-]*)\.)?(?P<pid>\d+)\.\d+\.tmp")
_HOST = re.sub(r"[^A-Za-z0-9-]", "-", os.uname().nodename if hasattr(os, "uname") else "")
# Only tests set this (see the module docstring); nothing in grow does.
fault_hook: Callable[[str, Path], None] | None = None
# Set by every write and move grow makes (in this module, store/kept.py and store/attic.py), so
# the CLI's exit point knows a command changed the folder: `sync_auto_commit` commits only then.
changed = False


def mark_changed() -> None:
    """Note that this process changed a file in the notes folder."""
    global changed
    changed = True


def _temp_name(stem: str, attempt: int) -> str:
    return f".{stem}.{_HOST}.{os.getpid()}.{attempt}.tmp"


def is_temp_name(name: str) -> bool:
    """Whether `name` is one grow gives its temp files."""
    return _TEMP_NAME.fullmatch(name) is not None


def sweep_stale_temps(folder: Path | str) -> None:
    """Remove the temp files killed grows left in `folder`: those of ended processes on this
    machine, and any an hour old. Best effort; readers call it too, so nothing a kill left
    behind (each a full copy of a note) stays to be mistaken, copied or synced."""
    cutoff = time.time() - STALE_TEMP_SECONDS
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            found = _TEMP_NAME.fullmatch(entry.name)
            if found is None:
                continue
            with contextlib.suppress(OSError):
                if not entry.is_file(follow_symlinks=False):
                    continue
                ended = found["host"] == _HOST and not _running(int(found["pid"]))
                if ended or entry.stat(follow_symlinks=False).st_mtime < cutoff:
                    os.unlink(entry.path)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # someone else's process (or no such number): not ours to judge
    return True


def _write_temp(path: Path, data: bytes) -> Path:
    """Write `data` to a new private temp file beside `path`, flushed to disk."""
    for attempt in range(100):
        temp = path.parent / _temp_name(path.name, attempt)
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        except FileExistsError:
            continue
        try:
            with os.fdopen(fd, "wb") as handle:
                if fault_hook is not None:
                    fault_hook("temp-created", path)
                handle.write(data)
                handle.flush()
                if fault_hook is not None:
                    fault_hook("temp-written", path)
                os.fsync(handle.fileno())
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
        if fault_hook is not None:
            fault_hook("temp-synced", path)
        return temp
    raise StoreError(f"Cannot create a temporary file in {path.parent}.")


def _fsync_dir(folder: Path) -> None:
    # The rename itself must reach the disk too, or a crash can forget the new name.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _explain(error: OSError, path: Path) -> StoreError:
    reason = {
        errno.ENOSPC: "the disk is full",
        errno.EACCES: "permission denied",
        errno.EROFS: "the file system is read-only",
        errno.EPERM: "operation not permitted",
    }.get(error.errno or 0, error.strerror or str(error))
    return StoreError(f"Cannot write {path}: {reason}.")


def write_replacing(path: Path, text: str) -> None:
    """Write `text` to `path` atomically, replacing any earlier version (config, person files)."""
    write_replacing_bytes(path, text.encode("utf-8"))


def write_replacing_bytes(path: Path, data: bytes) -> None:
    """write_replacing for bytes as they are (a file taken from git in a sync)."""
    mark_changed()
    try:
        temp = _write_temp(path, data)
    except OSError as error:
        raise _explain(error, path) from None
    try:
        os.replace(temp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise _explain(error, path) from None
    if fault_hook is not None:
        fault_hook("replaced", path)
    _fsync_dir(path.parent)
    if fault_hook is not None:
        fault_hook("done", path)
    sweep_stale_temps(path.parent)


def write_new(path: Path, text: str | bytes) -> bool:
    """Write `text` (bytes as they are) to `path` atomically unless `path` exists; return False
    if it does.

    A hard link makes the complete temp file appear under the new name only if that name is free,
    so an existing note is never overwritten, even by two grow processes racing for one name.
    """
    try:
        temp = _write_temp(path, text if isinstance(text, bytes) else text.encode("utf-8"))
    except OSError as error:
        raise _explain(error, path) from None
    try:
        os.link(temp, path)
        if fault_hook is not None:
            fault_hook("linked", path)
    except FileExistsError:
        return False
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise _explain(error, path) from None
        return _claim_then_replace(temp, path)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    mark_changed()
    _fsync_dir(path.parent)
    if fault_hook is not None:
        fault_hook("done", path)
    sweep_stale_temps(path.parent)
    return True


def _claim_then_replace(temp: Path, path: Path) -> bool:
    """Fallback for file systems without hard links: claim the name, then rename over it."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except FileExistsError:
        return False
    mark_changed()
    os.replace(temp, path)
    _fsync_dir(path.parent)
    return True
