"""The desktop around the terminal: a notification, the clipboard, opening a link. The only
place grow runs notify-send, a clipboard program or the platform's opener.

Each program is looked up on the run's PATH (the Environment's, so tests can put a fake one
first) and run with a list of arguments, never through a shell. None of them is required: each
function returns None when it worked, else one line saying why it did not, for the caller to
show beside the output it printed anyway.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence

WAIT_SECONDS = 10  # a desktop program that has not answered by then is not waited for


def program(name: str, environ: Mapping[str, str]) -> str | None:
    """The full path of `name` on the run's PATH, or None."""
    return shutil.which(name, path=environ.get("PATH", os.defpath))


def notify(title: str, body: str, environ: Mapping[str, str]) -> str | None:
    """One desktop notification through notify-send (libnotify). The body is escaped, since
    notification servers read a little HTML in it."""
    found = program("notify-send", environ)
    if found is None:
        return (
            "notify-send was not found on PATH (Debian and Ubuntu: apt install libnotify-bin; "
            "Fedora: dnf install libnotify)"
        )
    shown = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _run("notify-send", [found, "--app-name=grow", title, shown], environ)


# Clipboard programs in the order tried, each with the display it needs (None: any).
_CLIPBOARDS: tuple[tuple[str, tuple[str, ...], str | None], ...] = (
    ("wl-copy", (), "WAYLAND_DISPLAY"),
    ("xclip", ("-selection", "clipboard"), "DISPLAY"),
    ("xsel", ("--clipboard", "--input"), "DISPLAY"),
    ("clip.exe", (), None),  # Windows' own, reachable from WSL too
)


def copy_to_clipboard(text: str, environ: Mapping[str, str]) -> str | None:
    """Put `text` on the clipboard: pbcopy on macOS, clip on Windows, else wl-copy (Wayland),
    xclip or xsel (X11), or clip.exe (WSL). A program that fails gives way to the next."""
    candidates = _clipboards(environ)
    if not candidates:
        return (
            "no clipboard program was found (install wl-clipboard on Wayland, xclip or xsel "
            "on X11; macOS and Windows have their own)"
        )
    problem = None
    for name, command, encoding in candidates:
        problem = _run(name, command, environ, stdin=text.encode(encoding))
        if problem is None:
            return None
    return problem


def _clipboards(environ: Mapping[str, str]) -> list[tuple[str, list[str], str]]:
    """(name, command, encoding) of each clipboard program this desktop can use."""
    if sys.platform == "darwin":
        found = program("pbcopy", environ)
        return [("pbcopy", [found], "utf-8")] if found else []
    if sys.platform == "win32":
        found = program("clip", environ)
        return [("clip", [found], "utf-16-le")] if found else []
    usable = []
    for name, arguments, display in _CLIPBOARDS:
        found = program(name, environ)
        if found and (display is None or environ.get(display, "").strip()):
            encoding = "utf-16-le" if name == "clip.exe" else "utf-8"
            usable.append((name, [found, *arguments], encoding))
    return usable


def open_uri(uri: str, environ: Mapping[str, str]) -> str | None:
    """Open a link (mailto:, https:) with the platform's opener: open on macOS, the shell's
    association on Windows, else xdg-open."""
    if sys.platform == "win32":  # pragma: no cover - not run on the test machines
        try:
            os.startfile(uri)  # type: ignore[attr-defined]
        except OSError as error:
            return f"Windows could not open it: {error.strerror or error}"
        return None
    name = "open" if sys.platform == "darwin" else "xdg-open"
    found = program(name, environ)
    if found is None:
        return f"{name} was not found on PATH, so nothing could open it"
    return _run(name, [found, uri], environ, detach=True)


def _run(
    name: str,
    command: Sequence[str],
    environ: Mapping[str, str],
    *,
    stdin: bytes | None = None,
    detach: bool = False,
) -> str | None:
    """Run a desktop program; None when it ended well (or, detached, is still running).

    Its output is not captured: a clipboard program that stays behind to serve the selection
    (xclip, wl-copy) would hold a captured pipe open, and grow would wait for it."""
    try:
        process = subprocess.Popen(
            list(command),
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=dict(environ),
            start_new_session=detach,
        )
    except OSError as error:
        return f"{name} did not run: {error.strerror or error}"
    try:
        process.communicate(stdin, timeout=WAIT_SECONDS)
    except subprocess.TimeoutExpired:
        if detach:  # an opener that waits for the program it started: that program is up
            return None
        process.kill()
        process.wait()
        return f"{name} did not answer within {WAIT_SECONDS} seconds"
    if process.returncode != 0:
        return f"{name} failed (exit status {process.returncode})"
    return None
