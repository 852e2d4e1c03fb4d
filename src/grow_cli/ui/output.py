"""The one output seam: a lazily made rich Console, plain error lines, JSON.

No Console exists until something is printed through rich, so the width and colour decisions are
taken when output happens (and honour NO_COLOR, FORCE_COLOR, COLUMNS and TERM at that moment).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from typing import TYPE_CHECKING, Any

from grow_cli.ui.visible import json_escaped, visible, visible_line

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from rich.console import Console
    from rich.segment import Segment


@cache
def _console(stderr: bool) -> Console:
    from rich.console import Console
    from rich.segment import Segment

    class VisibleConsole(Console):
        """A Console that shows the controls inside texts as escapes (ui/visible.py); its own
        control segments (cursor moves, styles) pass as they are."""

        def _render_buffer(self, buffer: Iterable[Segment]) -> str:
            return super()._render_buffer(
                segment if segment.control else Segment(visible(segment.text), *segment[1:])
                for segment in buffer
            )

    return VisibleConsole(stderr=stderr, highlight=False, soft_wrap=False)


def console() -> Console:
    """The rich Console for standard output, made on first use."""
    return _console(False)


def error_console() -> Console:
    """The rich Console for standard error, made on first use."""
    return _console(True)


def reset() -> None:
    """Forget the consoles (tests change the environment between runs)."""
    _console.cache_clear()


def line(text: str = "") -> None:
    """Print a plain line to standard output (no markup, no rich import)."""
    # Without colour, grow added no style: any escape in the line came from a note.
    sys.stdout.write((visible_line(text) if colour_enabled() else visible(text)) + "\n")


def data(text: str) -> None:
    """Write a file's contents to standard output (an .ics, an HTML report, a Markdown file for
    another program): its own line endings (CRLF in an .ics) stay, but controls that came from a
    note are shown as escapes, as on every line grow prints to a terminal."""
    sys.stdout.write("\r\n".join(visible(part) for part in text.split("\r\n")))


_ANSI = {"green": "32", "yellow": "33", "red": "31", "bold": "1", "dim": "2"}


def colour_enabled() -> bool:
    """Whether plain-text output may use ANSI colour, decided as rich decides it for tables:
    never with NO_COLOR or TERM=dumb; always with FORCE_COLOR (any value, as force-color.org
    says); else only on a terminal."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return bool(os.environ.get("FORCE_COLOR")) or sys.stdout.isatty()


def styled(text: str, style: str) -> str:
    """`text` in a colour or weight (see _ANSI) when colour is enabled, else unchanged."""
    return _styled(text, style) if colour_enabled() else text


def styler() -> Callable[[str, str], str]:
    """`styled`, with whether colour is enabled decided once (for thousands of lines)."""
    return _styled if colour_enabled() else _unstyled


def _styled(text: str, style: str) -> str:
    code = _ANSI.get(style)
    # visible_line, not visible: a text styled already (bold and yellow) keeps its own style.
    return f"\x1b[{code}m{visible_line(text)}\x1b[0m" if code else text


def _unstyled(text: str, style: str) -> str:
    return text


def hanging(first: str, text: str, *, width: int | None = None) -> str:
    """`first` then `text` wrapped to the terminal, continuation lines indented under `text`.

    Plain-text layout for commands that must start fast and so avoid importing rich.
    """
    import shutil
    import textwrap

    columns = width or shutil.get_terminal_size((100, 24)).columns
    indent = " " * len(first)
    lines = textwrap.wrap(text, width=max(columns - len(indent), 30)) or [""]
    return "\n".join([first + lines[0], *(indent + line for line in lines[1:])])


def error(message: str) -> None:
    """Report an error as one line on standard error."""
    sys.stderr.write(f"grow: error: {visible(message)}\n")


def notice(message: str) -> None:
    """A plain line on standard error, as it is: a deliberate stop, a count beside piped output."""
    sys.stderr.write(f"{visible(message)}\n")


def warning(message: str) -> None:
    """Report a warning as one line on standard error."""
    sys.stderr.write(f"grow: warning: {visible(message)}\n")


def json_text(data: Any) -> str:
    """JSON as grow prints it: UTF-8 kept readable, dates as ISO strings."""
    import json  # here, not at the top: most runs print no JSON (about 1 ms of start-up)

    return json_escaped(json.dumps(data, ensure_ascii=False, default=_jsonable))


def print_json(data: Any, *, indent: int | None = 2) -> None:
    """Print JSON to standard output."""
    import json

    text = json.dumps(data, ensure_ascii=False, default=_jsonable, indent=indent)
    sys.stdout.write(json_escaped(text) + "\n")


def _jsonable(value: Any) -> Any:
    isoformat = getattr(value, "isoformat", None)
    if callable(isoformat):
        return isoformat()
    if hasattr(value, "__fspath__"):
        return str(value)
    raise TypeError(f"cannot show {type(value).__name__} as JSON")
