"""A table of plain text laid out as rich lays out `Table(*headers, box=None, pad_edge=False)`,
byte for byte, without rich's cost per cell (issue 18); also with a title, the default box
without a header, or as `Table.grid` (a Frame: `grow stats`).

rich measures and renders every cell through several objects (markup, Padding, Text, Segment):
about 0.3 ms a cell here, 0.7 s for `grow due` on 550 rows. When every cell is plain ASCII
(no markup, no backslash, no emoji code, no control; block elements and '…' too), the same lines
come from rich's own rules, applied to strings (ui/plain_widths.py): the column widths
(measure, collapse, reduce), the word wrap (`rich._wrap.divide_line`), the ellipsis of a word
too long for its column and the padding, and the styles as rich writes them (`painter`). A
cell may hold several lines (the narrow layouts' words, then the id dim under them:
ui/views/layout.py), each wrapped on its own as rich's Text.wrap does. Anything else returns
None and the caller prints through rich.
tests/test_plain_table.py and tests/test_plain_frames.py compare the two on generated tables.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from grow_cli.ui.plain_widths import (
    CUT,
    FOLD,
    WRAP,
    CellKind,
    Line,
    Pad,
    cell_lines,
    column_widths,
    measure,
    widest,
)

if TYPE_CHECKING:
    from rich.console import Console

__all__ = [
    "BARE",
    "CUT",
    "FOLD",
    "GRID",
    "WRAP",
    "CellKind",
    "Frame",
    "is_plain",
    "painter",
    "plain_table",
    "print_plain_table",
]

_EMOJI_CODE = re.compile(r":\S*?:")  # rich replaces ':name:' codes; such a cell goes to rich


# Block elements (U+2580-U+259F: the sparklines of `grow goals`, the bars of `grow stats`) and
# the ellipsis grow shortens a quoted text with (the flags of `grow stats`): one cell each for
# rich, printable, not whitespace, and left as they are by ui/visible.py.
_NOT_PLAIN = re.compile(r"[^\x20-\x7e\u2026\u2580-\u259f]")


def is_plain(text: str) -> bool:
    """Whether rich would show this text (one line of a cell) as it is, one character a cell."""
    return (
        _NOT_PLAIN.search(text) is None
        and "[" not in text
        and "\\" not in text
        and _EMOJI_CODE.search(text) is None
    )


Paint = Callable[[str, str], str]  # (text, rich style name) -> the text as rich prints it
HEADER_STYLE = "table.header"
TITLE_STYLE = "table.title"


@dataclass(frozen=True)
class Frame:
    """What surrounds the cells, as rich's Table arguments say it (padding (0, 1) always)."""

    title: str | None = None  # title=..., title_justify="left", over the table's width
    box: bool = False  # rich's default box (box.HEAVY_HEAD), edges shown; only without headers
    pad_edge: bool = False
    collapse_padding: bool = False

    def pads(self, count: int) -> list[Pad]:
        """Each column's cell padding, as rich's Table._get_cells gives it."""
        pads = []
        for index in range(count):
            left, right = 1, 1
            if self.collapse_padding and index != 0:
                left = max(0, left - right)
            if not self.pad_edge:
                left = 0 if index == 0 else left
                right = 0 if index == count - 1 else right
            pads.append((left, right))
        return pads

    def extra_width(self, count: int) -> int:
        """The width of the box's edges and dividers (rich's Table._extra_width)."""
        return 2 + count - 1 if self.box else 0


BARE = Frame()  # Table(box=None, pad_edge=False)
GRID = Frame(collapse_padding=True)  # Table.grid(padding=(0, 1))
# The box rich draws for its default box.HEAVY_HEAD when the header is not shown (box.SQUARE).
_TOP, _BOTTOM, _EDGE = ("┌", "─", "┬", "┐"), ("└", "─", "┴", "┘"), "│"


def plain_table(
    headers: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    width: int,
    *,
    paint: Paint | None = None,
    styles: Sequence[Sequence[str | None]] | None = None,
    no_wrap: Sequence[bool] | None = None,
    cells: Sequence[CellKind] | None = None,
    later_styles: Sequence[str | None] | None = None,
    frame: Frame = BARE,
    row_styles: Sequence[str | None] | None = None,
) -> str | None:
    """The lines rich prints for this table at this console width (each ending in a newline),
    or None when a cell is not plain, a column would be too narrow to hold one character or
    the title would not fit on one line.

    `headers` None is `show_header=False`. A body cell may hold several lines, apart by
    newlines (a header may not); each line is wrapped on its own, as rich does. The first line
    is in the cell's style; the later ones in their column's style from `later_styles` (a Text
    made of the words, then lines appended in that style: ui/views/layout.py's words_then_id),
    or without one in the cell's style too (a markup cell, whose style spans its newlines).

    Without `paint` no style is printed (rich without colour). With it, the headers are in
    rich's header style, the title in its title style and each cell's text in its style from
    `styles` (rows of style names or None), segment by segment as rich writes them; a row's
    style from `row_styles` (add_row(..., style=...)) is on all of that row, padding too.

    `no_wrap` marks the columns made with `add_column(..., no_wrap=True)`: rich never shrinks
    them to fit (while another column can shrink) and cuts their header and cells (CUT).
    `cells` says how each column's body cells were given to rich (WRAP, CUT or FOLD, never
    in a no_wrap column); the headers wrap unless their column is no_wrap."""
    count = len(headers) if headers is not None else len(rows[0]) if rows else 0
    body = list(zip(*rows, strict=True)) if rows else [() for _ in range(count)]
    if (
        not count
        or not all(map(is_plain, headers or ()))
        or not all(is_plain(line) for row in rows for cell in row for line in cell.split("\n"))
        or not is_plain(frame.title or "")
    ):
        return None
    whole = list(no_wrap) if no_wrap is not None else [False] * count
    kinds = list(cells) if cells is not None else [WRAP] * count
    later = list(later_styles) if later_styles is not None else [None] * count
    if any(len(row) != count for row in rows):
        raise ValueError(f"a row does not have one cell for each of the {count} columns")
    if len(whole) != count or len(kinds) != count or len(later) != count:
        raise ValueError(f"no_wrap, cells or later_styles do not name each of the {count} columns")
    if any(keep and kind == FOLD for kind, keep in zip(kinds, whole, strict=True)):
        raise ValueError("a folded cell in a no_wrap column is not laid out here")
    if frame.box and headers is not None:
        raise ValueError("a box is drawn here only around a table without headers")
    if row_styles is not None and (styles is not None or any(later)):
        raise ValueError("a row's style is laid out here only over unstyled cells")
    kinds = [CUT if keep else kind for kind, keep in zip(kinds, whole, strict=True)]
    pads = frame.pads(count)
    extra = frame.extra_width(count)
    # Every step of a cell's measurement keeps order, so a column's range is that of its
    # longest word and its longest cell, measured once.
    columns = [
        column if headers is None else (headers[n], *column) for n, column in enumerate(body)
    ]
    sizes = [widest([measure(cell) for cell in column]) for column in columns]
    widths = column_widths(sizes, pads, width - extra, [not keep for keep in whole])
    if widths is None:
        return None
    table_width = sum(widths) + extra
    title = frame.title or None  # rich prints no empty title
    if title is not None and len(title) > table_width:
        return None  # rich would wrap it
    lines = [] if title is None else [_title_line(title, table_width, paint)]
    if frame.box:
        lines.append(_rule(_TOP, widths))
    edge = _EDGE if frame.box else ""
    if headers is not None:
        laid = [
            cell_lines(header, width_ - sum(pad), CUT if keep else WRAP)
            for header, width_, pad, keep in zip(headers, widths, pads, whole, strict=True)
        ]
        height = max(len(cell) for cell in laid)
        shaped = [
            [_painted(" " * width_, HEADER_STYLE, paint)] * (height - len(cell))
            + [_header_line(line, pad, paint) for line in cell]
            for cell, width_, pad in zip(laid, widths, pads, strict=True)
        ]
        lines.extend(edge + edge.join(parts) + edge + "\n" for parts in zip(*shaped, strict=True))
    cell_styles = styles or [[None] * count] * len(rows)
    for number, row in enumerate(rows):
        row_style = row_styles[number] if row_styles is not None else None
        laid = [
            cell_lines(cell, width_ - sum(pad), kind)
            for cell, width_, pad, kind in zip(row, widths, pads, kinds, strict=True)
        ]
        height = max(len(cell) for cell in laid)
        shaped = []
        for cell, width_, pad, style, below in zip(
            laid, widths, pads, cell_styles[number], later, strict=True
        ):
            if row_style is not None:
                shaped.append(
                    [_styled_line(line, pad, row_style, paint) for line in cell]
                    + [_painted(" " * width_, row_style, paint)] * (height - len(cell))
                )
                continue
            later_style = style if below is None else below
            shaped.append(
                [_body_line(line, pad, style if line[2] else later_style, paint) for line in cell]
                + [" " * width_] * (height - len(cell))
            )
        lines.extend(edge + edge.join(parts) + edge + "\n" for parts in zip(*shaped, strict=True))
    if frame.box:
        lines.append(_rule(_BOTTOM, widths))
    return "".join(lines)


def _painted(text: str, style: str | None, paint: Paint | None) -> str:
    return text if paint is None or style is None or not text else paint(text, style)


def _title_line(title: str, table_width: int, paint: Paint | None) -> str:
    """The title justified left: one segment in the title style, filled to the table's width."""
    return _painted(title + " " * (table_width - len(title)), TITLE_STYLE, paint) + "\n"


def _rule(parts: tuple[str, str, str, str], widths: list[int]) -> str:
    """The box's top or bottom (rich's Box.get_top, get_bottom), in its border style: none."""
    left, line, divider, right = parts
    return left + divider.join(line * width for width in widths) + right + "\n"


def _header_line(line: Line, pad: Pad, paint: Paint | None) -> str:
    """Padding, then the text filled to the column, then padding: three segments."""
    text, fill, _ = line
    return "".join(
        _painted(part, HEADER_STYLE, paint) for part in (" " * pad[0], text + fill, " " * pad[1])
    )


def _body_line(line: Line, pad: Pad, style: str | None, paint: Paint | None) -> str:
    """Padding, the text in its style, then the filling and padding, unstyled."""
    text, fill, _ = line
    return " " * pad[0] + _painted(text, style, paint) + fill + " " * pad[1]


def _styled_line(line: Line, pad: Pad, style: str, paint: Paint | None) -> str:
    """A line of a row in a style: padding, the text filled to the column (one segment: a Text
    without styles of its own, as rich justified it), then padding, each in that style."""
    text, fill, _ = line
    return "".join(
        _painted(part, style, paint) for part in (" " * pad[0], text + fill, " " * pad[1])
    )


def print_plain_table(
    console: Console,
    headers: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    *,
    styles: Sequence[Sequence[str | None]] | None = None,
    no_wrap: Sequence[bool] | None = None,
    cells: Sequence[CellKind] | None = None,
    later_styles: Sequence[str | None] | None = None,
    frame: Frame = BARE,
    row_styles: Sequence[str | None] | None = None,
) -> bool:
    """Write the table to `console` as rich would print it, at its width and in its colours;
    False (nothing written) when the caller must print it through rich."""
    if frame.box and (console.legacy_windows or not console.encoding.startswith("utf")):
        return False  # rich would draw another box (ASCII, or one the Windows console shows)
    laid_out = plain_table(
        headers,
        rows,
        console.width,
        paint=painter(console),
        styles=styles,
        no_wrap=no_wrap,
        cells=cells,
        later_styles=later_styles,
        frame=frame,
        row_styles=row_styles,
    )
    if laid_out is None:
        return False
    console.file.write(laid_out)
    console.file.flush()
    return True


def painter(console: Console) -> Paint | None:
    """How `console` prints a style (its colour system; no colour under NO_COLOR, as rich
    strips it), or None when it prints none."""
    from rich.console import COLOR_SYSTEMS

    if console.color_system is None:
        return None
    system = COLOR_SYSTEMS[console.color_system]

    def paint(text: str, name: str) -> str:
        style = console.get_style(name)
        if console.no_color:
            style = style.without_color
        return style.render(text, color_system=system, legacy_windows=console.legacy_windows)

    return paint
