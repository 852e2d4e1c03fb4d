"""ui/plain_table.py lays a plain table out as rich does, character for character."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from hypothesis import given, settings
from hypothesis import strategies as st

if TYPE_CHECKING:
    from rich.console import Console

from grow_cli.ui.plain_table import is_plain, painter, plain_table

# (colour system, NO_COLOR): none, 16 colours, true colour, and a terminal under NO_COLOR
# (bold headers, no red)
COLOURS = [None, ("standard", False), ("truecolor", False), ("256", True)]

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-.,:;!?()'\"", min_size=1, max_size=30)
CELL = st.lists(WORD, max_size=12).map(" ".join) | st.text(
    alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=60
)


def console_for(width: int, colour: tuple[str, bool] | None) -> Console:
    from rich.console import Console

    if colour is None:
        return Console(file=io.StringIO(), width=width, color_system=None, highlight=False)
    system, no_color = colour
    return Console(
        file=io.StringIO(),
        width=width,
        force_terminal=True,
        color_system=system,  # type: ignore[arg-type]
        no_color=no_color,
        highlight=False,
    )


def rich_table(
    headers: list[str],
    rows: list[list[str]],
    width: int,
    colour: tuple[str, bool] | None = None,
    red: list[bool] | None = None,
) -> str:
    """What grow's tables printed through rich (ui/views/items.py's due_table)."""
    from rich.markup import escape
    from rich.table import Table

    table = Table(*headers, box=None, pad_edge=False)
    for number, row in enumerate(rows):
        cells = [escape(cell) for cell in row]
        if red and red[number]:
            cells[0] = f"[red]{cells[0]}[/]"
        table.add_row(*cells)
    console = console_for(width, colour)
    console.print(table)
    out = console.file
    assert isinstance(out, io.StringIO)
    return out.getvalue()


def laid_out(
    headers: list[str],
    rows: list[list[str]],
    width: int,
    colour: tuple[str, bool] | None = None,
    red: list[bool] | None = None,
) -> str | None:
    styles = [
        ["red" if red and red[n] else None] + [None] * (len(row) - 1) for n, row in enumerate(rows)
    ]
    console = console_for(width, colour)  # its width: under TERM=dumb a terminal is 80 wide
    return plain_table(headers, rows, console.width, paint=painter(console), styles=styles)


@settings(max_examples=500, deadline=None)
@given(
    columns=st.integers(min_value=1, max_value=5),
    data=st.data(),
    width=st.integers(min_value=1, max_value=160),
    colour=st.sampled_from(COLOURS),
)
def test_a_plain_table_is_what_rich_prints(
    columns: int, data: st.DataObject, width: int, colour: tuple[str, bool] | None
) -> None:
    headers = data.draw(st.lists(WORD, min_size=columns, max_size=columns))
    rows = data.draw(st.lists(st.lists(CELL, min_size=columns, max_size=columns), max_size=8))
    red = data.draw(st.lists(st.booleans(), min_size=len(rows), max_size=len(rows)))
    plain = laid_out(headers, rows, width, colour, red)
    if plain is not None:
        assert plain == rich_table(headers, rows, width, colour, red)


def test_tables_are_laid_out_here_when_plain_and_wide_enough() -> None:
    """The test above compares something: typical tables take the plain path."""
    rows = [["3 days overdue", "Alex Kim", "Send the sprint summary " * 4, "open"]] * 3
    headers = ["when", "who", "what", "status"]
    for width in (40, 80, 120):
        for colour in COLOURS:
            plain = laid_out(headers, rows, width, colour, [True, False, True])
            assert plain is not None
            assert plain == rich_table(headers, rows, width, colour, [True, False, True])
    assert "\x1b[31m3 days overdue\x1b[0m" in (
        laid_out(headers, rows, 80, COLOURS[1], [True, False, True]) or ""
    )
    assert plain_table(headers, [["x", "José", "y", "z"]], 80) is None


def test_what_rich_would_change_is_not_plain() -> None:
    for text in ["[red]x", "a\\", "tab\there", ":smile:", "José", "line\nbreak", "\x1b[2J"]:
        assert not is_plain(text)
    assert is_plain("Triage at 9:00 and 14:00 (every weekday)")
