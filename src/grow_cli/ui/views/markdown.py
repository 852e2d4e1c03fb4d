"""Markdown for people, rendered on the terminal."""

from __future__ import annotations

from typing import Final

from grow_cli.ui import output

# What one line (a paragraph, an answer) shows on the terminal. rich lays a long line out in time
# that grows faster than its length (a 2 MB answer: 3.5 s), and nobody reads a 10 MB paste on a
# terminal: the rest is cut from the view, saying so, and never from the note.
SHOWN_LINE_CHARS: Final = 4_000
# And the whole page: past this, the rest of the page is left out the same way.
SHOWN_PAGE_CHARS: Final = 200_000


def shown(text: str) -> str:
    """`text` with each over-long line, and the page past its length, cut for the screen."""
    lines: list[str] = []
    total = 0
    for line in text.split("\n"):
        if len(line) > SHOWN_LINE_CHARS:
            line = line[:SHOWN_LINE_CHARS] + _cut(len(line) - SHOWN_LINE_CHARS)
        if total + len(line) > SHOWN_PAGE_CHARS:
            rest = len(text) - total
            lines.append(f"\n*{_cut(rest).strip()}*")
            break
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)


def _cut(count: int) -> str:
    return f" … ({count:,} more characters not shown here; the note keeps all of them)"


def show_markdown(text: str) -> None:
    """Render Markdown (a prep sheet, a note) on standard output."""
    from rich.markdown import Markdown

    output.console().print(Markdown(shown(text)))
