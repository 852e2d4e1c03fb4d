"""Opening a file, or a text, in the person's own editor: $VISUAL, else $EDITOR, else vi.

The variable may hold a command with arguments (EDITOR="code --wait"), split as a shell would.
An editor that cannot be started, or that fails, is one error in grow's words.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Mapping
from pathlib import Path

from grow_cli.errors import GrowError

FALLBACK_EDITOR = "vi"


class EditorError(GrowError):
    """$VISUAL or $EDITOR could not be started or failed."""


def editor_command(environ: Mapping[str, str] | None = None) -> str:
    """The editor command in force: `editor` in grow's config file, else $VISUAL, else
    $EDITOR, else vi (as git puts core.editor before them)."""
    variables = os.environ if environ is None else environ
    return (
        _configured_editor(variables)
        or variables.get("VISUAL", "").strip()
        or variables.get("EDITOR", "").strip()
        or FALLBACK_EDITOR
    )


def _configured_editor(environ: Mapping[str, str]) -> str:
    """The config file's `editor`, or "" (no file, no key, or a file grow cannot read: the
    command that reads it for its own keys says what is wrong)."""
    from grow_cli.env import Environment
    from grow_cli.errors import GrowError
    from grow_cli.store.paths import config_location, read_config_as_it_is

    config_file, _ = config_location(Environment(environ=dict(environ)))
    if not config_file.is_file():
        return ""
    try:
        value = read_config_as_it_is(config_file).get("editor")
    except GrowError:
        return ""
    return value.strip() if isinstance(value, str) else ""


def run_editor(
    path: Path | str, environ: Mapping[str, str] | None = None, *, hint: str | None = None
) -> None:
    """Open `path` in the editor and wait for it to close; EditorError when it cannot be run
    or ends in failure. `hint` says what the person can do then."""
    from grow_cli.ui import pager

    pager.release()  # the editor takes the terminal: what was kept is shown first
    command = editor_command(environ)
    try:
        words = shlex.split(command)
    except ValueError as error:
        raise EditorError(f"The editor {command!r} cannot be read: {error}.", hint=hint) from None
    if not words:
        words = [FALLBACK_EDITOR]
    try:
        finished = subprocess.run([*words, str(path)], check=False)
    except OSError as error:
        reason = error.strerror or str(error)
        raise EditorError(f"The editor {command!r} did not run: {reason}.", hint=hint) from None
    if finished.returncode != 0:
        raise EditorError(
            f"The editor {command!r} did not run: it ended with status {finished.returncode}.",
            hint=hint,
        )


def edit_text(
    text: str,
    environ: Mapping[str, str] | None = None,
    *,
    name: str = "text.md",
    hint: str | None = None,
) -> str:
    """`text` opened in the editor in a private temporary file called `name`; the text as the
    editor left it ('' when it removed the file). EditorError as run_editor."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="grow-edit-") as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8")
        run_editor(path, environ, hint=hint)
        try:
            return path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""
