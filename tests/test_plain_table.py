"""ui/plain_table.py lays a plain table out as rich does, character for character."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from hypothesis import given, settings
from hypothesis import strategies as st

if TYPE_CHECKING:
    from rich.console import Console

from grow_cli.ui.plain_table import CUT, FOLD, WRAP, CellKind, is_plain, painter, plain_table

# (colour system, NO_COLOR): none, 16 colours, true colour, and a terminal under NO_COLOR
# (bold headers, no red)
COLOURS = [None, ("standard", False), ("truecolor", False), ("256", True)]

WORD = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyz0123456789-.,:;!?()'\"▁▂▃▄▅▆▇█▏▎▍▌▋▊▉…",
    min_size=1,
    max_size=30,
)
CELL = st.lists(WORD, max_size=12).map(" ".join) | st.text(
    alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=60
)


def console_for(width: int, colour: tuple[str, bool] | None) -> Console:
    from rich.console import Console

    # A height too: without it, a terminal under TERM=dumb (conftest) is 80 wide, whatever
    # the width asked.
    if colour is None:
        return Console(
            file=io.StringIO(), width=width, height=25, color_system=None, highlight=False
        )
    system, no_color = colour
    return Console(
        file=io.StringIO(),
        width=width,
        height=25,
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
    no_wrap: list[bool] | None = None,
    kinds: list[CellKind] | None = None,
    red_column: int = 0,
) -> str:
    """What grow's tables printed through rich (ui/views: due_table; items_table with its
    no_wrap id column; history's topics cut, goals folded, as Text cells)."""
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, pad_edge=False)
    for number, header in enumerate(headers):
        table.add_column(header, no_wrap=bool(no_wrap and no_wrap[number]))
    for number, row in enumerate(rows):
        cells: list[str | Text] = [escape(cell) for cell in row]
        for index, cell in enumerate(row):
            if kinds and kinds[index] == CUT:
                cells[index] = Text(cell, no_wrap=True, overflow="ellipsis")
            elif kinds and kinds[index] == FOLD:
                cells[index] = Text(cell, overflow="fold")
        if red and red[number]:  # the red column is never made a Text
            cells[red_column] = f"[red]{cells[red_column]}[/]"
        table.add_row(*cells)
    return printed(table, width, colour)


def printed(renderable: object, width: int, colour: tuple[str, bool] | None) -> str:
    """What rich prints for `renderable` on a console of this width and colour."""
    console = console_for(width, colour)
    console.print(renderable)
    out = console.file
    assert isinstance(out, io.StringIO)
    return out.getvalue()


def laid_out(
    headers: list[str],
    rows: list[list[str]],
    width: int,
    colour: tuple[str, bool] | None = None,
    red: list[bool] | None = None,
    no_wrap: list[bool] | None = None,
    kinds: list[CellKind] | None = None,
    red_column: int = 0,
) -> str | None:
    styles = [
        ["red" if red and red[n] and index == red_column else None for index in range(len(row))]
        for n, row in enumerate(rows)
    ]
    console = console_for(width, colour)
    return plain_table(
        headers,
        rows,
        console.width,
        paint=painter(console),
        styles=styles,
        no_wrap=no_wrap,
        cells=kinds,
    )


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


ID = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", max_size=40)
SPACED = st.text(alphabet="ab -", max_size=20)  # spaces leading, trailing and doubled
# Cells of several lines, as a markup string or a Text holds them: blank lines, a newline
# at the end
LINES = st.lists(CELL | SPACED, min_size=1, max_size=4).map("\n".join)


@settings(max_examples=1000, deadline=None)
@given(
    columns=st.integers(min_value=1, max_value=5),
    data=st.data(),
    width=st.integers(min_value=1, max_value=160),
    colour=st.sampled_from(COLOURS),
)
def test_no_wrap_columns_and_cut_or_folded_cells_are_what_rich_prints(
    columns: int, data: st.DataObject, width: int, colour: tuple[str, bool] | None
) -> None:
    """Columns that rich neither shrinks nor wraps (an id, counts), and body cells given as
    Text cut to one line or folded, among ordinary ones; spaces anywhere in them, and cells of
    several lines (a red one red on each)."""
    no_wrap = data.draw(st.lists(st.booleans(), min_size=columns, max_size=columns))
    drawn = data.draw(
        st.lists(st.sampled_from([WRAP, CUT, FOLD]), min_size=columns - 1, max_size=columns - 1)
    )
    kinds = [
        WRAP,
        *(
            CUT if kind == FOLD and keep else kind
            for kind, keep in zip(drawn, no_wrap[1:], strict=True)
        ),
    ]
    headers = data.draw(st.lists(WORD | SPACED, min_size=columns, max_size=columns))
    rows = [
        [
            data.draw(ID | SPACED | CELL | LINES if keep else CELL | SPACED | LINES)
            for keep in no_wrap
        ]
        for _ in range(data.draw(st.integers(min_value=0, max_value=8)))
    ]
    red = data.draw(st.lists(st.booleans(), min_size=len(rows), max_size=len(rows)))
    red_column = data.draw(st.sampled_from([n for n, kind in enumerate(kinds) if kind == WRAP]))
    plain = laid_out(headers, rows, width, colour, red, no_wrap, kinds, red_column)
    if plain is not None:
        assert plain == rich_table(headers, rows, width, colour, red, no_wrap, kinds, red_column)


STACKED = st.tuples(
    CELL | SPACED,  # the words
    ID,  # the id, often long and unbroken; left out when empty
    st.lists((CELL | SPACED | ID).filter(bool), max_size=2),  # focus, trend: also dim
)


def stacked_tables(
    headers: list[str],
    rows: list[list[str | tuple[str, str, list[str]]]],
    width: int,
    colour: tuple[str, bool] | None,
    red: list[bool],
    red_column: int,
    no_wrap: list[bool],
) -> tuple[str | None, str]:
    """The narrow layouts (ui/views: items_table, goals_table, history_table, entries_table)
    laid out here and printed through rich: a cell of words then dim lines is
    words_then_id_lines here, words_then_id for rich; the others are markup, maybe red."""
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    from grow_cli.ui.views.layout import LATER_STYLE, words_then_id, words_then_id_lines

    table = Table(box=None, pad_edge=False, show_edge=False)
    for header, keep in zip(headers, no_wrap, strict=True):
        table.add_column(header, no_wrap=keep)
    plain_rows: list[list[str]] = []
    for row, late in zip(rows, red, strict=True):
        shown: list[str | Text] = []
        plain_row: list[str] = []
        for index, cell in enumerate(row):
            if isinstance(cell, tuple):
                words, note_id, more = cell
                shown.append(words_then_id(words, note_id, *more))
                lines = words_then_id_lines([(words, note_id, *more)])
                assert lines is not None
                plain_row.extend(lines)
            else:
                marked = escape(cell)
                shown.append(f"[red]{marked}[/]" if late and index == red_column else marked)
                plain_row.append(cell)
        table.add_row(*shown)
        plain_rows.append(plain_row)
    console = console_for(width, colour)
    plain = plain_table(
        headers,
        plain_rows,
        console.width,
        paint=painter(console),
        styles=[
            [
                "red" if late and index == red_column and not isinstance(cell, tuple) else None
                for index, cell in enumerate(row)
            ]
            for row, late in zip(rows, red, strict=True)
        ],
        no_wrap=no_wrap,
        later_styles=[LATER_STYLE if isinstance(cell, tuple) else None for cell in rows[0]]
        if rows
        else None,
    )
    console.print(table)
    out = console.file
    assert isinstance(out, io.StringIO)
    return plain, out.getvalue()


@settings(max_examples=1000, deadline=None)
@given(
    columns=st.integers(min_value=1, max_value=5),
    data=st.data(),
    width=st.integers(min_value=1, max_value=160),
    colour=st.sampled_from(COLOURS),
)
def test_words_then_dim_lines_are_what_rich_prints(
    columns: int, data: st.DataObject, width: int, colour: tuple[str, bool] | None
) -> None:
    """Cells of words then dim lines (the id, a focus, a trend: ui/views/layout.py) among
    markup cells, red or not, in columns that wrap or not."""
    no_wrap = data.draw(st.lists(st.booleans(), min_size=columns, max_size=columns))
    stacked = [not keep and data.draw(st.booleans()) for keep in no_wrap]
    headers = data.draw(st.lists(WORD | SPACED, min_size=columns, max_size=columns))
    rows: list[list[str | tuple[str, str, list[str]]]] = [
        [
            data.draw(STACKED if stack else (ID | SPACED | CELL if keep else CELL | SPACED))
            for stack, keep in zip(stacked, no_wrap, strict=True)
        ]
        for _ in range(data.draw(st.integers(min_value=0, max_value=8)))
    ]
    red = data.draw(st.lists(st.booleans(), min_size=len(rows), max_size=len(rows)))
    red_column = data.draw(st.sampled_from(range(columns)))
    plain, printed = stacked_tables(headers, rows, width, colour, red, red_column, no_wrap)
    if plain is not None:
        assert plain == printed


def test_narrow_tables_are_laid_out_here() -> None:
    """The test above compares something: grow actions' and grow goals' narrow tables take
    the plain path, the ids dim on lines of their own."""
    actions: list[list[str | tuple[str, str, list[str]]]] = [
        [
            "2026-10-22",
            "Yuki Kim",
            ("Write 5 reply templates " * 3, "yuki-kim/2026#a3", []),
            "open",
        ],
        ["-", "journal", ("Book the room", "", []), "done"],
    ]
    goals: list[list[str | tuple[str, str, list[str]]]] = [
        [("Alex Kim", "", ["delegation"]), ("Hand over the triage", "t-1", ["18 ▆▃▁ 6"]), "-", "x"],
        [("Sam Lee", "", []), ("", "t-2", []), "active", "2026-11-30"],
    ]
    for rows, no_wrap in ((actions, [False] * 4), (goals, [False, False, False, True])):
        for width in (40, 60, 80, 99):
            for colour in COLOURS:
                plain, printed = stacked_tables(
                    ["a", "b", "c", "d"], rows, width, colour, [True, False], 0, no_wrap
                )
                assert plain is not None
                assert plain == printed
    plain, _ = stacked_tables(
        ["a", "b", "c", "d"], actions, 80, COLOURS[1], [True, False], 0, [False] * 4
    )
    assert "\x1b[2myuki-kim/2026#a3\x1b[0m" in (plain or "")


def test_an_id_column_stays_whole_while_the_text_wraps() -> None:
    """grow actions' wide table: the id column keeps its width, the text column gives way;
    when even the id cannot fit, rich's ellipsis, as rich prints it."""
    headers = ["due", "who", "what", "status", "id"]
    rows = [
        [
            "2026-11-20",
            "Alex Kim",
            "Send the sprint summary " * 5,
            "open",
            "a-20261120-send-the-spr",
        ],
        ["-", "journal", "Book the room", "done", "j-20261101-book"],
    ]
    no_wrap = [False, False, False, False, True]
    for width in (20, 40, 60, 100, 120, 160):
        for colour in COLOURS:
            plain = laid_out(headers, rows, width, colour, [True, False], no_wrap)
            if width >= 60:  # at 20 and 40 only the id column has room
                assert plain is not None
            if plain is not None:
                assert plain == rich_table(headers, rows, width, colour, [True, False], no_wrap)
    assert "a-20261120-send-the-spr\n" in (laid_out(headers, rows, 100, None, None, no_wrap) or "")
    ids = [row[4:] for row in rows]
    cut = laid_out(["id"], ids, 20, None, None, [True])
    assert cut == rich_table(["id"], ids, 20, None, None, [True])
    assert "a-20261120-send-the…\n" in (cut or "")
    spaced = [["2a 1s 3u  "], [" -"]]
    for width in (1, 2, 3, 6, 12):
        assert laid_out(["holds"], spaced, width, None, None, [True]) == rich_table(
            ["holds"], spaced, width, None, None, [True]
        )
    assert laid_out(["holds"], spaced, 4, None, None, [True]) == "hol…\n2a …\n -  \n"


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
    for text in ["[red]x", "a\\", "tab\there", ":smile:", "José", "line\nbreak", "\x1b[2J", "—"]:
        assert not is_plain(text)
    assert is_plain("18 ▆▃▁ 6 hours") and is_plain("  4 █████▍")
    assert is_plain('Your support for Ana, "Move the sync so it no longer clashes with…", was')
    assert is_plain("Triage at 9:00 and 14:00 (every weekday)")
