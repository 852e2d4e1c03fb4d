"""How tables fit the terminal: on a narrow one (under 100 columns, an 80-column terminal among
them) a row's id goes on its own line under the row's words, since an id is copied whole and
must never be broken, and the other cells wrap words instead of cutting them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from grow_cli.ui import output

if TYPE_CHECKING:
    from rich.text import Text

NARROW_COLUMNS = 100


def is_narrow() -> bool:
    """The terminal (or $COLUMNS) is narrower than a table with an id column needs."""
    return output.console().width < NARROW_COLUMNS


LATER_STYLE = "dim"  # the lines under the words


def words_then_id(words: str, note_id: str, *more: str) -> Text:
    """A cell of words (wrapped at spaces), then any further dim lines, then the id, dim, whole."""
    from rich.text import Text

    cell = Text(words)
    for line in (*more, note_id):
        if line:
            cell.append("\n")
            cell.append(line, style=LATER_STYLE)
    return cell


def words_then_id_lines(cells: Iterable[Sequence[str]]) -> list[str] | None:
    """Cells given as words_then_id's arguments (words, note_id, *more), each as its lines
    apart by newlines, for ui/plain_table.py (their column's later lines in LATER_STYLE);
    None when some words hold a newline of their own (in rich that line is not dim)."""
    lines = []
    for words, note_id, *more in cells:
        if "\n" in words:
            return None
        lines.append("\n".join([words, *(line for line in (*more, note_id) if line)]))
    return lines
