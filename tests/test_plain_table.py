"""ui/plain_table.py lays a plain table out as rich does, character for character."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from grow_cli.ui.plain_table import is_plain, plain_table

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-.,:;!?()'\"", min_size=1, max_size=30)
CELL = st.lists(WORD, max_size=12).map(" ".join) | st.text(
    alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=60
)


def rich_table(headers: list[str], rows: list[list[str]], width: int) -> str:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(*headers, box=None, pad_edge=False)
    for row in rows:
        table.add_row(*(escape(cell) for cell in row))
    console = Console(file=io.StringIO(), width=width, color_system=None, highlight=False)
    console.print(table)
    out = console.file
    assert isinstance(out, io.StringIO)
    return out.getvalue()


@settings(max_examples=400, deadline=None)
@given(
    columns=st.integers(min_value=1, max_value=5),
    data=st.data(),
    width=st.integers(min_value=1, max_value=160),
)
def test_a_plain_table_is_what_rich_prints(columns: int, data: st.DataObject, width: int) -> None:
    headers = data.draw(st.lists(WORD, min_size=columns, max_size=columns))
    rows = data.draw(st.lists(st.lists(CELL, min_size=columns, max_size=columns), max_size=8))
    plain = plain_table(headers, rows, width)
    if plain is not None:
        assert plain == rich_table(headers, rows, width)


def test_tables_are_laid_out_here_when_plain_and_wide_enough() -> None:
    """The test above compares something: typical tables take the plain path."""
    rows = [["3 days overdue", "Alex Kim", "Send the sprint summary " * 4, "open"]] * 3
    headers = ["when", "who", "what", "status"]
    for width in (40, 80, 120):
        plain = plain_table(headers, rows, width)
        assert plain is not None
        assert plain == rich_table(headers, rows, width)
    assert plain_table(headers, [["x", "José", "y", "z"]], 80) is None


def test_what_rich_would_change_is_not_plain() -> None:
    for text in ["[red]x", "a\\", "tab\there", ":smile:", "José", "line\nbreak", "\x1b[2J"]:
        assert not is_plain(text)
    assert is_plain("Triage at 9:00 and 14:00 (every weekday)")
