"""Templates compiled once and kept in the user's own cache folder (issue 18).

Jinja compiles a template to Python on every run: 40 ms for the note template, 30 ms for the
prep sheet, paid by every `grow show`, `prep`, check-in and conversation. Its bytecode cache
keeps the compiled code, under the template's name, with a checksum of its source, so that a
changed template (grow's own after an upgrade, or the user's copy in <notes>/templates/) is
compiled again.

What the cache holds is run as code, so it lives only in the user's cache folder
(platformdirs' user_cache_dir, never the notes folder, which may be shared or synced), and is
used only when that folder is theirs and nobody else may write in it. Anything wrong with a
kept file (cut short, damaged, of another version) means it is compiled again; a cache that
cannot be written is simply not kept.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from grow_cli.store.paths import APP_NAME

if TYPE_CHECKING:
    from jinja2.bccache import BytecodeCache

TEMPLATES_CACHE = "templates"


def bytecode_cache(options: str) -> BytecodeCache | None:
    """A cache of compiled templates in the user's cache folder, or None when it cannot be
    made safely there. `options` names what the code was compiled with besides the source
    (the environment's settings): code compiled with other settings is kept apart."""
    from jinja2.bccache import Bucket, FileSystemBytecodeCache

    folder = cache_folder(options)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    if not _private(folder):
        return None

    class _KeptTemplates(FileSystemBytecodeCache):
        """jinja's cache, which raises on a damaged file or a folder it cannot write in."""

        def load_bytecode(self, bucket: Bucket) -> None:
            try:
                super().load_bytecode(bucket)
            except Exception:  # cut short, damaged: compiled again
                bucket.reset()

        def dump_bytecode(self, bucket: Bucket) -> None:
            with contextlib.suppress(OSError):  # full, read-only: not kept
                super().dump_bytecode(bucket)

    return _KeptTemplates(str(folder))


def cache_folder(options: str) -> Path:
    """The folder of the templates compiled with these settings (`grow where` names it)."""
    from hashlib import blake2b

    from platformdirs import user_cache_dir

    settings = blake2b(options.encode(), digest_size=8).hexdigest()
    return Path(user_cache_dir(APP_NAME)) / f"{TEMPLATES_CACHE}-{settings}"


def _private(folder: Path) -> bool:
    """A real folder (not a link) of this user's that nobody else may write in."""
    try:
        found = os.lstat(folder)
    except OSError:
        return False
    if not stat.S_ISDIR(found.st_mode) or found.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return False
    owner = getattr(os, "getuid", None)
    return owner is None or found.st_uid == owner()
