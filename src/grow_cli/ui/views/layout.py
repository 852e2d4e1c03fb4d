"""How tables fit the terminal: on a narrow one (under 100 columns, an 80-column terminal among
them) a row's id goes on its own line under the row's words, since an id is copied whole and
must never be broken, and the other cells wrap words instead of cutting them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from grow_cli.ui import output

if TYPE_CHECKING:
    from rich.text import Text

NARROW_COLUMNS = 100


def is_narrow() -> bool:
    """The terminal (or $COLUMNS) is narrower than a table with an id column needs."""
    return output.console().width < NARROW_COLUMNS


def words_then_id(words: str, note_id: str, *more: str) -> Text:
    """A cell of words (wrapped at spaces), then any further dim lines, then the id, dim, whole."""
    from rich.text import Text

    cell = Text(words)
    for line in (*more, note_id):
        if line:
            cell.append("\n")
            cell.append(line, style="dim")
    return cell
