"""ui/plain_table.py's frames (a title, rich's default box without a header, Table.grid, a
row's style) lay a plain table out as rich does, character for character: on generated tables,
and on tables shaped as `grow stats` prints them (ui/views/stats.py)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from grow_cli.ui.plain_table import (
    BARE,
    CUT,
    FOLD,
    GRID,
    WRAP,
    CellKind,
    Frame,
    painter,
    plain_table,
)
from grow_cli.ui.views.stats import FLAG_STYLE, PEOPLE_COLUMNS, PEOPLE_FRAME, TEAM_FRAME, bar
from test_plain_table import CELL, COLOURS, LINES, SPACED, WORD, console_for, printed

Colour = tuple[str, bool] | None


def rich_frame(
    headers: list[str] | None,
    rows: list[list[str]],
    width: int,
    colour: Colour,
    frame: Frame,
    *,
    no_wrap: list[bool] | None = None,
    cells: list[CellKind] | None = None,
    styles: list[list[str | None]] | None = None,
    row_styles: list[str | None] | None = None,
) -> str:
    """The table through rich's Table: `frame` as Table's arguments, str cells as markup (in
    their style), CUT and FOLD cells as Text."""
    from rich import box
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    table = Table(
        title=escape(frame.title) if frame.title is not None else None,
        title_justify="left",
        box=box.HEAVY_HEAD if frame.box else None,
        show_header=headers is not None,
        pad_edge=frame.pad_edge,
        collapse_padding=frame.collapse_padding,
    )
    count = len(headers) if headers is not None else len(rows[0])
    for index in range(count):
        table.add_column(
            headers[index] if headers else "", no_wrap=bool(no_wrap and no_wrap[index])
        )
    for number, row in enumerate(rows):
        shown: list[str | Text] = []
        for index, cell in enumerate(row):
            kind = cells[index] if cells else WRAP
            style = styles[number][index] if styles else None
            if kind == CUT:
                shown.append(Text(cell, no_wrap=True, overflow="ellipsis"))
            elif kind == FOLD:
                shown.append(Text(cell, overflow="fold"))
            else:
                shown.append(f"[{style}]{escape(cell)}[/]" if style else escape(cell))
        table.add_row(*shown, style=row_styles[number] if row_styles else None)
    return printed(table, width, colour)


def laid_out(
    headers: list[str] | None,
    rows: list[list[str]],
    width: int,
    colour: Colour,
    frame: Frame,
    **given: object,
) -> str | None:
    console = console_for(width, colour)
    return plain_table(headers, rows, console.width, paint=painter(console), frame=frame, **given)  # type: ignore[arg-type]


FRAMES = st.builds(
    Frame,
    title=st.none() | st.just("") | WORD | CELL.map(lambda cell: cell[:20]),
    box=st.booleans(),
    pad_edge=st.booleans(),
    collapse_padding=st.booleans(),
)


@settings(max_examples=1500, deadline=None)
@given(
    columns=st.integers(min_value=1, max_value=4),
    data=st.data(),
    width=st.integers(min_value=1, max_value=120),
    colour=st.sampled_from(COLOURS),
)
def test_framed_tables_are_what_rich_prints(
    columns: int, data: st.DataObject, width: int, colour: Colour
) -> None:
    """Any title, box (without headers), padding at the edges or collapsed, and either cells in
    a style (red) or rows in one (yellow, as `grow stats`' flags), over no_wrap columns and
    cells wrapped, cut or folded, of one line or several."""
    frame = data.draw(FRAMES)
    headers = (
        None
        if frame.box or data.draw(st.booleans())
        else data.draw(st.lists(WORD | SPACED, min_size=columns, max_size=columns))
    )
    no_wrap = data.draw(st.lists(st.booleans(), min_size=columns, max_size=columns))
    kinds = [
        CUT if keep else data.draw(st.sampled_from([WRAP, WRAP, CUT, FOLD])) for keep in no_wrap
    ]
    kinds = [WRAP if keep else kind for kind, keep in zip(kinds, no_wrap, strict=True)]
    rows = [
        [data.draw(CELL | SPACED | LINES) for _ in range(columns)]
        for _ in range(data.draw(st.integers(min_value=1, max_value=6)))
    ]
    styles: list[list[str | None]] | None = None
    row_styles: list[str | None] | None = None
    if data.draw(st.booleans()):
        row_styles = [data.draw(st.sampled_from([FLAG_STYLE, None, "bold red"])) for _ in rows]
    else:
        styles = [
            ["red" if kind == WRAP and data.draw(st.booleans()) else None for kind in kinds]
            for _ in rows
        ]
    given_ = {"no_wrap": no_wrap, "cells": kinds, "styles": styles, "row_styles": row_styles}
    plain = laid_out(headers, rows, width, colour, frame, **given_)
    if plain is not None:
        assert plain == rich_frame(headers, rows, width, colour, frame, **given_)  # type: ignore[arg-type]


# -- tables shaped as grow stats prints them ----------------------------------------------------

NAMES = ["Ana Diaz", "Ben Ode", "Cy Park", "Dee Ray-Okonkwo-Lindqvist"]
WIDTHS = [1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 20, 25, 30, 35, 40, 50, 60, 62, 63, 64, 70, 80, 99]
WIDTHS += [100, 110, 120, 140, 160, 200]


def people_rows(names: list[str]) -> list[list[str]]:
    """As ui/views/stats.py's _people_rows: counts, a bar, fractions, shares."""
    return [
        [
            name,
            f"{3 * n:>3} {bar(3 * n, 9, 12)}",
            str(n),
            "-" if n == 0 else str(n * 4),
            f"{n}/{n + 0.5:g}",
            f"{n}/{n}/0",
            f"{n}/0",
            "50% 25% 25%" if n else "0% 0% 0%",
        ]
        for n, name in enumerate(names)
    ]


def team_rows(names: list[str]) -> list[list[str]]:
    """As ui/views/stats.py's _team_rows: counts, a long line of ratings, a share per person."""
    return [
        ["conversations", "11"],
        ["per week", "2.25"],
        ["people with development coaching", "1"],
        ["goals opened / closed", "3 / 1 (1 achieved, 0 partly achieved)"],
        ["their ratings (1-5)", "mean 3.5 of 4 ratings" + "".join(f"; {n} 3.5" for n in names)],
        *([f"share: {name}", f"{25:>3}% {bar(0.25, 1.0, 20)}"] for name in names),
    ]


def flag_rows(names: list[str]) -> list[list[str]]:
    """As `grow stats`' flags: long sentences, one with a quoted text shortened with '…'."""
    return [
        ["!", f"{names[0]} had no conversation in the period."],
        [
            "!",
            f'Your support for {names[1]}, "Move the Thursday project sync so it no longer…", '
            "was due on 2026-11-20 (2 days late): can you give it now, or agree a new date?",
        ],
        ["!", "Development coaching reached 1 of 4 people."],
    ]


def stats_tables(
    names: list[str],
) -> list[tuple[list[str] | None, list[list[str]], Frame, dict[str, Any]]]:
    """The three tables of `grow stats`, each with the arguments ui/views/stats.py gives."""
    flags = flag_rows(names)
    return [
        (list(PEOPLE_COLUMNS), people_rows(names), PEOPLE_FRAME, {"no_wrap": [True] * 8}),
        (None, team_rows(names), TEAM_FRAME, {}),
        (
            None,
            flags,
            GRID,
            {"no_wrap": [True, False], "row_styles": [FLAG_STYLE] * len(flags)},
        ),
    ]


def test_the_stats_tables_are_what_rich_prints_at_every_width() -> None:
    """At each width, narrow ones where rich cuts the people table and wraps the others, in
    colour, without and under NO_COLOR. The plain path is taken from some width on: below it
    a column would be left no room (rich's own layout then)."""
    plain_from = {PEOPLE_FRAME: 63, TEAM_FRAME: 9, GRID: 3}
    for headers, rows, frame, given_ in stats_tables(NAMES):
        for width in WIDTHS:
            for colour in COLOURS:
                plain = laid_out(headers, rows, width, colour, frame, **given_)
                assert (plain is not None) == (width >= plain_from[frame]), (frame, width)
                if plain is not None:
                    assert plain == rich_frame(headers, rows, width, colour, frame, **given_)


def test_the_stats_tables_wrap_and_cut_here() -> None:
    """The test above compares what matters: a cut people table, a wrapped ratings line and
    wrapped flags under their '!', the title over the table's width, the box's edges."""
    (people_headers, people, _, people_given), (_, team, _, _), (_, flags, _, flags_given) = (
        stats_tables(NAMES)
    )
    cut = laid_out(people_headers, people, 70, None, PEOPLE_FRAME, **people_given)
    assert cut is not None and "…" in cut and cut.startswith("People" + " " * 64 + "\n")
    boxed = laid_out(None, team, 50, None, TEAM_FRAME)
    assert boxed is not None and boxed.startswith("Team")
    lines = boxed.splitlines()
    assert lines[1].startswith("┌") and lines[-1].startswith("└") and lines[-1].endswith("┘")
    assert all(line.startswith("│ ") and line.endswith(" │") for line in lines[2:-1])
    assert len(lines) > len(team) + 3  # the ratings line wraps
    grid = laid_out(None, flags, 50, COLOURS[1], GRID, **flags_given)
    assert grid is not None and grid.startswith(
        "\x1b[33m!\x1b[0m\x1b[33m \x1b[0m\x1b[33mAna Diaz had"
    )
    assert "\x1b[33m  \x1b[0m\x1b[33m" in grid  # a wrapped sentence stays under its first line
    assert laid_out(None, flags, 50, COLOURS[3], GRID, **flags_given) == rich_frame(
        None, flags, 50, COLOURS[3], GRID, **flags_given
    )


def test_names_rich_would_show_otherwise_go_to_rich() -> None:
    """A name with a letter beyond ASCII, with what looks like markup, or a backslash: each
    table that holds it is left to rich (ui/views/stats.py prints it through rich's Table)."""
    for odd in ["Zoë Müller", "Max [admin]", "[bold]Bo[/bold]", "Bo\\", "Ana :smile:"]:
        names = [*NAMES[:2], odd]
        for headers, rows, frame, given_ in stats_tables(names):
            if frame is GRID and odd not in (rows[0][1] + rows[1][1]):
                continue  # the flags here name only the first two
            assert laid_out(headers, rows, 120, None, frame, **given_) is None, (odd, frame)


def test_a_title_too_wide_for_its_table_goes_to_rich() -> None:
    """rich would wrap it; so would a table whose columns cannot hold one character."""
    assert laid_out(None, [["ab"]], 80, None, Frame(title="A long title")) is None
    assert laid_out(None, [["ab"]], 80, None, Frame(title="Tea")) is None
    assert laid_out(None, [["abc"]], 80, None, Frame(title="Tea")) == "Tea\nabc\n"
    assert laid_out(["x"], [["ab"]], 80, None, BARE) == "x \nab\n"
