"""`grow history` as a table, and `grow show`: one note and where each of its items stands."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from grow_cli.domain.vocabulary import status_label
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.domain.ledger import Item
    from grow_cli.domain.models import Note

LEGEND = "holds: a actions, s support items, u status updates, f SBI feedback"
ShownItem = tuple["Item | None", str, bool]  # the item now (None: unknown), its id, in the note


def holds(counts: dict[str, int]) -> str:
    """'2a 1s 1f': how many of each a note holds (zeros left out), '-' for none."""
    return " ".join(f"{n}{key[0]}" for key, n in counts.items() if n) or "-"


def history_table(rows: list[dict[str, Any]]) -> None:
    """One line per note (note_json rows): date, kind, focus, topic or goal, holds, id."""
    from grow_cli.ui.plain_table import CUT, WRAP, print_plain_table
    from grow_cli.ui.views.layout import LATER_STYLE, is_narrow, words_then_id, words_then_id_lines
    from grow_cli.ui.views.markdown import SHOWN_LINE_CHARS

    narrow = is_narrow()
    cells = [
        [
            row["date"],
            row["kind"],
            row["focus"] or "",
            # Cut long before rich measures it: a 5 MB topic took 2 s to measure, for one line.
            (row["topic"] or row["goal"] or "")[:SHOWN_LINE_CHARS],
            holds(row["counts"]),
            row["id"] or "",
        ]
        for row in rows
    ]
    console = output.console()
    # The same bytes as the rich table below, without its cost per cell.
    if not narrow and print_plain_table(
        console,
        ("date", "kind", "focus", "topic", "holds", "id"),
        cells,
        no_wrap=(True, True, True, False, True, True),
        cells=(WRAP, WRAP, WRAP, CUT, WRAP, WRAP),
    ):
        output.line(LEGEND)
        return
    if narrow:
        topics = words_then_id_lines((row[3], row[5]) for row in cells)
        if topics is not None and print_plain_table(
            console,
            ("date", "kind", "focus", "topic", "holds"),
            [(*row[:3], topic, row[4]) for row, topic in zip(cells, topics, strict=True)],
            no_wrap=(True, True, True, False, True),
            later_styles=(None, None, None, LATER_STYLE, None),
        ):
            output.line(LEGEND)
            return
    from rich.table import Table  # only here: the plain table above needs none of rich's
    from rich.text import Text

    table = Table(box=None, pad_edge=False, show_edge=False)
    table.add_column("date", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("focus", no_wrap=True)
    # On a wide terminal the topic is the only column that gives way (cut short, one line per
    # note); on 80 columns it wraps, with the id whole on the line under it.
    table.add_column("topic")
    table.add_column("holds", no_wrap=True)
    if not narrow:
        table.add_column("id", no_wrap=True)
    for date, kind, focus, topic, held, note_id in cells:
        if narrow:
            table.add_row(date, kind, focus, words_then_id(topic, note_id), held)
            continue
        table.add_row(
            date, kind, focus, Text(topic, no_wrap=True, overflow="ellipsis"), held, note_id
        )
    console.print(table)
    output.line(LEGEND)


def status_phrase(item: Item, today: dt.date) -> str:
    """'blocked, overdue by 3 days (due ...)', 'open, due 2026-11-27', 'done on 2026-11-15' ..."""
    closed_on = item.closed_on()
    if closed_on is not None:
        return f"{status_label(item.status)} on {closed_on.isoformat()}"
    if item.overdue(today) and item.due is not None:
        days = item.days_overdue(today)
        plural = "s" if days != 1 else ""
        status = status_label(item.status)
        return f"{status}, overdue by {days} day{plural} (due {item.due.isoformat()})"
    if item.open and item.due is not None:
        return f"{status_label(item.status)}, due {item.due.isoformat()}"
    return item.status


def show_note(body: str, items: list[ShownItem], today: dt.date, note: Note, where: str) -> None:
    """The note's body, then where each of its items stands today and where the note lies."""
    from grow_cli.ui.views.markdown import show_markdown

    lines = [f"## Where things stand ({today.isoformat()})", ""]
    for item, item_id, in_note in items:
        lines.append(_status_line(item, item_id, in_note, today))
    if not items:
        lines.append("This note holds no actions or support items.")
    lines += ["", f"Note `{note.id}` in `{where}`"]
    text = body.rstrip() + "\n\n" + "\n".join(lines) + "\n"
    show_markdown(text)


def _status_line(item: Item | None, item_id: str, in_note: bool, today: dt.date) -> str:
    if item is None:
        return f"- `{item_id}`: no such item in the notes folder"
    where = "" if in_note else f" `{item.id}`"
    line = f"- {item.type}{where}: {item.text}: **{status_phrase(item, today)}**"
    latest = item.history[-1] if item.history else None
    if latest is not None:
        said = f": {latest.note}" if latest.note else ""
        line += f" (latest update {latest.date.isoformat()} in `{latest.note_id}`{said})"
    return line
