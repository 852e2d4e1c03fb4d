"""rich's rules for a table of plain text, applied to strings (ui/plain_table.py draws the
lines): the columns' widths (measure, collapse, reduce) and each cell's lines (wrap, cut with
an ellipsis, fold), as rich's Table, Padding, Measurement and Text compute them.

Nothing here imports rich.table: a table laid out here costs the import of the few helpers it
borrows (rich._ratio, rich._wrap), not that of rich's Table and all it brings.
"""

from __future__ import annotations

import re
from typing import Literal

_WHITESPACE_AT_END = re.compile(r"\s+$")
ELLIPSIS = "…"

CellKind = Literal["wrap", "cut", "fold"]
WRAP: CellKind = "wrap"  # a str cell in a Column: words wrap, a longer word is cut with "…"
CUT: CellKind = "cut"  # a no_wrap column, or Text(cell, no_wrap=True): one line, cut with "…"
FOLD: CellKind = "fold"  # Text(cell, overflow="fold"): words wrap, a longer word is folded

Pad = tuple[int, int]  # a cell's padding: left, right
Line = tuple[str, str, bool]  # a cell's line: text, the spaces filling it, from its first line


def measure(text: str) -> tuple[int, int]:
    """(longest word, longest line): rich's Text measurement, for lines of ASCII."""
    words = text.split()
    longest = len(text) if "\n" not in text else max(map(len, text.splitlines()), default=0)
    return (max(map(len, words)) if words else longest), longest


def widest(sizes: list[tuple[int, int]]) -> tuple[int, int]:
    """A column's (longest word, longest cell) from those of its cells."""
    return max(low for low, _ in sizes), max(high for _, high in sizes)


def _column_range(size: tuple[int, int], pad: Pad, max_width: int) -> tuple[int, int]:
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


def column_widths(
    sizes: list[tuple[int, int]],
    pads: list[Pad],
    max_width: int,
    wrapable: list[bool],
) -> list[int] | None:
    """rich's Table._calculate_column_widths (no fixed widths, ratios or expand), padding
    included, or None when a column would be left no room for text. Only `wrapable` columns
    collapse; the last resort reduces them all."""
    from rich._ratio import ratio_reduce

    ranges = [_column_range(size, pad, max_width) for size, pad in zip(sizes, pads, strict=True)]
    widths = [high or 1 for _, high in ranges]
    if sum(widths) > max_width:
        widths = _collapsed(widths, wrapable, max_width)
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


def _collapsed(widths: list[int], wrapable: list[bool], max_width: int) -> list[int]:
    """rich's Table._collapse_widths: the widest wrapable columns give way together, down to
    the next widest, until the table fits or none is left to give (copied, so that laying a
    table out here never imports rich.table)."""
    from rich._ratio import ratio_reduce

    total = sum(widths)
    excess = total - max_width
    if any(wrapable):
        while total and excess > 0:
            widest_ = max(width for width, wraps in zip(widths, wrapable, strict=True) if wraps)
            second = max(
                width if wraps and width != widest_ else 0
                for width, wraps in zip(widths, wrapable, strict=True)
            )
            difference = widest_ - second
            ratios = [
                1 if width == widest_ and wraps else 0
                for width, wraps in zip(widths, wrapable, strict=True)
            ]
            if not any(ratios) or not difference:
                break
            widths = ratio_reduce(excess, ratios, [min(excess, difference)] * len(widths), widths)
            total = sum(widths)
            excess = total - max_width
    return widths


def cell_lines(text: str, room: int, kind: CellKind) -> list[Line]:
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
