"""A table of plain text laid out as rich lays out `Table(*headers, box=None, pad_edge=False)`,
byte for byte, without rich's cost per cell (issue 18).

rich measures and renders every cell through several objects (markup, Padding, Text, Segment):
about 0.3 ms a cell here, 0.7 s for `grow due` on 550 rows. When every cell is plain ASCII
(no markup, no backslash, no emoji code, no control; block elements too), the same lines
come from rich's own rules, applied to strings: the column widths (measure, collapse, reduce),
the word wrap (`rich._wrap.divide_line`), the ellipsis of a word too long for its column and
the padding, and the styles as rich writes them (`painter`). A cell may hold several lines
(the narrow layouts' words, then the id dim under them: ui/views/layout.py), each wrapped on
its own as rich's Text.wrap does. Anything else returns None and the caller prints through
rich.
tests/test_plain_table.py compares the two on generated tables.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from rich.console import Console

_EMOJI_CODE = re.compile(r":\S*?:")  # rich replaces ':name:' codes; such a cell goes to rich
_WHITESPACE_AT_END = re.compile(r"\s+$")
ELLIPSIS = "…"


# Block elements (U+2580-U+259F: the sparklines of `grow goals`, the bars of `grow stats`):
# one cell each for rich, printable, not whitespace, and left as they are by ui/visible.py.
_NOT_BLOCKS = re.compile(r"[^\x20-\x7e\u2580-\u259f]")


def is_plain(text: str) -> bool:
    """Whether rich would show this text (one line of a cell) as it is, one character a cell."""
    return (
        _NOT_BLOCKS.search(text) is None
        and "[" not in text
        and "\\" not in text
        and _EMOJI_CODE.search(text) is None
    )


CellKind = Literal["wrap", "cut", "fold"]
WRAP: CellKind = "wrap"  # a str cell in a Column: words wrap, a longer word is cut with "…"
CUT: CellKind = "cut"  # a no_wrap column, or Text(cell, no_wrap=True): one line, cut with "…"
FOLD: CellKind = "fold"  # Text(cell, overflow="fold"): words wrap, a longer word is folded

Paint = Callable[[str, str], str]  # (text, rich style name) -> the text as rich prints it
HEADER_STYLE = "table.header"


def plain_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int,
    *,
    paint: Paint | None = None,
    styles: Sequence[Sequence[str | None]] | None = None,
    no_wrap: Sequence[bool] | None = None,
    cells: Sequence[CellKind] | None = None,
    later_styles: Sequence[str | None] | None = None,
) -> str | None:
    """The lines rich prints for this table at this console width (each ending in a newline),
    or None when a cell is not plain or a column would be too narrow to hold one character.

    A body cell may hold several lines, apart by newlines (a header may not); each line is
    wrapped on its own, as rich does. The first line is in the cell's style; the later ones in
    their column's style from `later_styles` (a Text made of the words, then lines appended
    in that style: ui/views/layout.py's words_then_id), or without one in the cell's style too
    (a markup cell, whose style spans its newlines).

    Without `paint` no style is printed (rich without colour). With it, the headers are in
    rich's header style and each cell's text in its style from `styles` (rows of style names
    or None), segment by segment as rich writes them.

    `no_wrap` marks the columns made with `add_column(..., no_wrap=True)`: rich never shrinks
    them to fit (while another column can shrink) and cuts their header and cells (CUT).
    `cells` says how each column's body cells were given to rich (WRAP, CUT or FOLD, never
    in a no_wrap column); the headers wrap unless their column is no_wrap."""
    columns = list(zip(headers, *rows, strict=True))
    if not all(map(is_plain, headers)) or not all(
        is_plain(line) for row in rows for cell in row for line in cell.split("\n")
    ):
        return None
    whole = list(no_wrap) if no_wrap is not None else [False] * len(columns)
    kinds = list(cells) if cells is not None else [WRAP] * len(columns)
    later = list(later_styles) if later_styles is not None else [None] * len(columns)
    if len(whole) != len(columns) or len(kinds) != len(columns) or len(later) != len(columns):
        raise ValueError(
            f"no_wrap, cells or later_styles do not name each of the {len(columns)} columns"
        )
    if any(keep and kind == FOLD for kind, keep in zip(kinds, whole, strict=True)):
        raise ValueError("a folded cell in a no_wrap column is not laid out here")
    kinds = [CUT if keep else kind for kind, keep in zip(kinds, whole, strict=True)]
    last = len(columns) - 1
    pads = [(0 if index == 0 else 1, 0 if index == last else 1) for index in range(len(columns))]
    # Every step of a cell's measurement keeps order, so a column's range is that of its
    # longest word and its longest cell, measured once.
    sizes = [_widest([_measure(cell) for cell in column]) for column in columns]
    widths = _widths(sizes, pads, width, [not keep for keep in whole])
    if widths is None:
        return None
    laid = [
        [
            _cell_lines(cell, width_ - sum(pad), CUT if keep else WRAP)
            if number == 0
            else _cell_lines(cell, width_ - sum(pad), kind)
            for number, cell in enumerate(column)
        ]
        for column, width_, pad, keep, kind in zip(columns, widths, pads, whole, kinds, strict=True)
    ]
    cell_styles = [[None] * len(columns), *(styles or [[None] * len(columns)] * len(rows))]
    lines: list[str] = []
    for number, row in enumerate(zip(*laid, strict=True)):
        height = max(len(cell) for cell in row)
        shaped = []
        for cell, width_, pad, style, below in zip(
            row, widths, pads, cell_styles[number], later, strict=True
        ):
            if number == 0:  # headers: at the bottom, all of them in the header style
                blank = " " * width_
                shaped.append(
                    [_painted(blank, HEADER_STYLE, paint)] * (height - len(cell))
                    + [_header_line(line, pad, paint) for line in cell]
                )
            else:
                later_style = style if below is None else below
                shaped.append(
                    [
                        _body_line(line, pad, style if line[2] else later_style, paint)
                        for line in cell
                    ]
                    + [" " * width_] * (height - len(cell))
                )
        lines.extend("".join(parts) + "\n" for parts in zip(*shaped, strict=True))
    return "".join(lines)


def _painted(text: str, style: str | None, paint: Paint | None) -> str:
    return text if paint is None or style is None or not text else paint(text, style)


Line = tuple[str, str, bool]  # a cell's line: text, the spaces filling it, from its first line


def _header_line(line: Line, pad: tuple[int, int], paint: Paint | None) -> str:
    """Padding, then the text filled to the column, then padding: three segments."""
    text, fill, _ = line
    return "".join(
        _painted(part, HEADER_STYLE, paint) for part in (" " * pad[0], text + fill, " " * pad[1])
    )


def _body_line(line: Line, pad: tuple[int, int], style: str | None, paint: Paint | None) -> str:
    """Padding, the text in its style, then the filling and padding, unstyled."""
    text, fill, _ = line
    return " " * pad[0] + _painted(text, style, paint) + fill + " " * pad[1]


def _measure(text: str) -> tuple[int, int]:
    """(longest word, longest line): rich's Text measurement, for lines of ASCII."""
    words = text.split()
    longest = len(text) if "\n" not in text else max(map(len, text.splitlines()), default=0)
    return (max(map(len, words)) if words else longest), longest


def _widest(sizes: list[tuple[int, int]]) -> tuple[int, int]:
    return max(low for low, _ in sizes), max(high for _, high in sizes)


def _column_range(size: tuple[int, int], pad: tuple[int, int], max_width: int) -> tuple[int, int]:
    """rich's Table._measure_column over Padding(Text) cells, at this maximum width, from the
    column's (longest word, longest cell)."""
    if max_width < 1:
        return 0, 0
    extra = sum(pad)
    if max_width - extra < 1:
        cell = max_width, max_width
    else:
        inner = _limited(*size, max_width)
        cell = _limited(inner[0] + extra, inner[1] + extra, max_width)
    low, high = _limited(*cell, max_width)
    return min(low, max_width), min(high, max_width)


def _limited(low: int, high: int, max_width: int) -> tuple[int, int]:
    """Measurement.get's normalize, with_maximum and zero rule."""
    low = max(0, min(max(0, low), high))
    high = max(0, max(low, high))
    low, high = min(low, max_width), min(high, max_width)
    if high < 1:
        return 0, 0
    return low, high


def _widths(
    sizes: list[tuple[int, int]],
    pads: list[tuple[int, int]],
    max_width: int,
    wrapable: list[bool],
) -> list[int] | None:
    """rich's Table._calculate_column_widths (no fixed widths, ratios or expand), or None
    when a column would be left no room for text. Only `wrapable` columns collapse; the last
    resort reduces them all."""
    from rich._ratio import ratio_reduce
    from rich.table import Table

    ranges = [_column_range(size, pad, max_width) for size, pad in zip(sizes, pads, strict=True)]
    widths = [high or 1 for _, high in ranges]
    if sum(widths) > max_width:
        widths = Table._collapse_widths(widths, wrapable, max_width)
        if sum(widths) > max_width:
            excess = sum(widths) - max_width
            widths = ratio_reduce(excess, [1] * len(widths), widths, widths)
        widths = [
            _column_range(size, pad, width)[1] or 0
            for size, pad, width in zip(sizes, pads, widths, strict=True)
        ]
    if any(width - sum(pad) < 1 for width, pad in zip(widths, pads, strict=True)):
        return None
    return widths


def _cell_lines(text: str, room: int, kind: CellKind) -> list[Line]:
    """A cell's lines in `room` characters, each (text, spaces filling it to the column,
    whether it comes from the cell's first line): rich's Text.wrap, line by line of the
    cell, with justify left and the cell's overflow. WRAP (a Column's defaults:
    overflow ellipsis) and FOLD divide the text at spaces and strip the spaces past the end
    of each line; a word too long for the line is cut with an ellipsis or folded onto the
    next lines. CUT (no_wrap) keeps each line as it is, cut with an ellipsis."""
    from rich._wrap import divide_line

    shaped: list[Line] = []
    for number, given in enumerate(text.split("\n")):
        if kind == CUT:
            lines = [given]
        else:
            offsets = divide_line(given, room, fold=kind == FOLD)
            ends = zip([0, *offsets], [*offsets, len(given)], strict=True)
            lines = [given[start:end] for start, end in ends]
        shaped.extend(_fitted(line, room, kind, number == 0) for line in lines)
    return shaped


def _fitted(line: str, room: int, kind: CellKind, first: bool) -> Line:
    """One wrapped line as Text.rstrip_end, Lines.justify (left) and Text.truncate leave it."""
    if kind != CUT and len(line) > room:  # Text.rstrip_end
        spaces = _WHITESPACE_AT_END.search(line)
        if spaces is not None:
            line = line[: len(line) - min(len(spaces.group(0)), len(line) - room)]
    if len(line) > room:  # Text.truncate: with an ellipsis, or cropped when folding
        line = line[:room] if kind == FOLD else line[: room - 1] + ELLIPSIS
    return line, " " * (room - len(line)), first


def print_plain_table(
    console: Console,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    styles: Sequence[Sequence[str | None]] | None = None,
    no_wrap: Sequence[bool] | None = None,
    cells: Sequence[CellKind] | None = None,
    later_styles: Sequence[str | None] | None = None,
) -> bool:
    """Write the table to `console` as rich would print it, at its width and in its colours;
    False (nothing written) when the caller must print it through rich."""
    laid_out = plain_table(
        headers,
        rows,
        console.width,
        paint=painter(console),
        styles=styles,
        no_wrap=no_wrap,
        cells=cells,
        later_styles=later_styles,
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
