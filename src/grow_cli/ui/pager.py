"""Long output through a pager on a terminal, as git does.

A paged command's standard output is kept in memory while it runs; at the end, output taller
than the terminal goes to the pager ($GROW_PAGER, else $PAGER, else `less -FRX`) and shorter
output is printed as it is. Nothing is paged when standard output is not a terminal, with
`grow --no-pager`, or when the pager is set to "" or "cat". A prompt or an editor that a paged
command opens first prints what was kept and ends the paging, so no question is ever hidden.
"""

from __future__ import annotations

import io
import os
import shlex
import shutil
import sys
from collections.abc import Mapping
from typing import TextIO

DEFAULT_PAGER = "less -FRX"
# less reads its options from $LESS when started without any: -F (quit when one screen),
# -R (keep colours), -X (leave the text on the screen).
DEFAULT_LESS = "FRX"


class _Kept(io.StringIO):
    """Standard output while paging: kept in memory, still a terminal for colour and width."""

    def __init__(self, terminal: TextIO) -> None:
        super().__init__()
        self.terminal = terminal

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.terminal.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self.terminal.encoding or "utf-8"


_kept: _Kept | None = None


def pager_command(environ: Mapping[str, str]) -> str:
    """The pager in force: $GROW_PAGER, else $PAGER, else `less -FRX` ("" turns paging off)."""
    for name in ("GROW_PAGER", "PAGER"):
        if name in environ:
            return environ[name].strip()
    return DEFAULT_PAGER


def start(environ: Mapping[str, str]) -> None:
    """Begin keeping standard output for the pager, when it is a terminal and a pager is set."""
    global _kept
    command = pager_command(environ)
    if _kept is not None or command in ("", "cat") or not _is_terminal(sys.stdout):
        return
    _kept = _Kept(sys.stdout)
    sys.stdout = _kept


def release() -> None:
    """Print what was kept and stop paging (before a prompt or an editor takes the terminal)."""
    global _kept
    if _kept is None:
        return
    kept, _kept = _kept, None
    sys.stdout = kept.terminal
    sys.stdout.write(kept.getvalue())
    sys.stdout.flush()


def finish(environ: Mapping[str, str]) -> None:
    """Show what was kept: through the pager when it is taller than the terminal."""
    global _kept
    if _kept is None:
        return
    kept, _kept = _kept, None
    sys.stdout = kept.terminal
    text = kept.getvalue()
    rows = shutil.get_terminal_size((80, 24)).lines
    if text.count("\n") < rows or not _page(text, pager_command(environ), environ):
        sys.stdout.write(text)
        sys.stdout.flush()


def _page(text: str, command: str, environ: Mapping[str, str]) -> bool:
    """Run the pager on `text`; False when it cannot be started (the caller prints instead)."""
    import subprocess

    try:
        words = shlex.split(command)
    except ValueError:
        return False
    if not words or shutil.which(words[0]) is None:
        return False
    pager_environ = {**environ}
    pager_environ.setdefault("LESS", DEFAULT_LESS)
    sys.stdout.flush()
    encoding = sys.stdout.encoding or "utf-8"
    try:
        subprocess.run(
            words, input=text.encode(encoding, "replace"), env=pager_environ, check=False
        )
    except KeyboardInterrupt:
        pass  # Ctrl-C in the pager ends the paging, not grow with a traceback
    except BrokenPipeError:
        pass  # the pager was quit before it read everything: nothing more to show
    except OSError:
        return False
    return True


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty() and os.isatty(stream.fileno())
    except (AttributeError, ValueError, OSError, io.UnsupportedOperation):
        return False
