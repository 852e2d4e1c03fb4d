"""`grow due` and `grow actions` as tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from grow_cli.domain.vocabulary import status_label
from grow_cli.domain.wording import plural
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.domain.due import DueEntry
    from grow_cli.domain.ledger import Item

NameOf = Callable[[str], str]


def relative_day(when: dt.date, today: dt.date) -> str:
    """'today (Wed 02 Dec)', 'tomorrow (...)', 'in 5 days (...)'."""
    days = (when - today).days
    label = {0: "today", 1: "tomorrow"}.get(days, f"in {days} days")
    return f"{label} ({when:%a %d %b})"


def what(item: DueEntry | Item) -> str:
    """An item as listed: the manager's own as "You: ...", whoever the note is about; support is
    the manager's too."""
    if item.person is not None and item.mine:
        return f"You: {item.text}"
    return item.text


def due_table(entries: list[DueEntry], name_of: NameOf, today: dt.date) -> None:
    """What is due: when, who, what and its status; overdue in red."""
    headers = ("when", "who", "what", "status")
    rows = []
    for entry in entries:
        when = (
            f"{plural(entry.days_overdue, 'day')} overdue"
            if entry.overdue
            else relative_day(entry.due, today)
        )
        who = name_of(entry.person) if entry.person else "journal"
        rows.append((when, who, what(entry), status_label(entry.status)))
    console = output.console()
    from grow_cli.ui.plain_table import print_plain_table

    # The same bytes as the rich table below, without its cost per cell (550 rows: 0.7 s).
    styles = [("red" if entry.overdue else None, None, None, None) for entry in entries]
    if print_plain_table(console, headers, rows, styles=styles):
        return
    from rich.markup import escape  # only here: the plain table needs none of rich's
    from rich.table import Table

    table = Table(*headers, box=None, pad_edge=False)
    for row, entry in zip(rows, entries, strict=True):
        when, who, text, status = row
        shown_when = f"[red]{when}[/]" if entry.overdue else when
        table.add_row(shown_when, escape(who), escape(text), status)
    console.print(table)


def items_table(items: list[Item], name_of: NameOf, today: dt.date) -> None:
    """Items by due date: due, who, what, status and id; overdue dates in red."""
    from grow_cli.ui.plain_table import print_plain_table
    from grow_cli.ui.views.layout import LATER_STYLE, is_narrow, words_then_id, words_then_id_lines

    narrow = is_narrow()
    ordered = sorted(items, key=lambda i: (i.due is None, i.due, i.id))
    overdue = [item.overdue(today) for item in ordered]
    rows = [
        (
            item.due.isoformat() if item.due else "-",
            name_of(item.person) if item.person else "journal",
            what(item),
            status_label(item.status),
            item.id,
        )
        for item in ordered
    ]
    console = output.console()
    red = [("red" if late else None, None, None, None, None) for late in overdue]
    # The same bytes as the rich table below, without its cost per cell (10,000 notes:
    # 0.6 s wide, 0.7 s narrow); an id is never wrapped, as in rich's no_wrap column, nor
    # broken on its own line under the words.
    if not narrow and print_plain_table(
        console,
        ("due", "who", "what", "status", "id"),
        rows,
        styles=red,
        no_wrap=(False, False, False, False, True),
    ):
        return
    if narrow:
        stacked = words_then_id_lines((text, item_id) for _, _, text, _, item_id in rows)
        if stacked is not None and print_plain_table(
            console,
            ("due", "who", "what", "status"),
            [
                (due, who, cell, status)
                for (due, who, _, status, _), cell in zip(rows, stacked, strict=True)
            ],
            styles=[style[:4] for style in red],
            later_styles=(None, None, LATER_STYLE, None),
        ):
            return
    from rich.markup import escape  # only here: the plain tables need none of rich's
    from rich.table import Table

    table = Table("due", "who", "what", "status", box=None, pad_edge=False)
    if not narrow:
        table.add_column("id", no_wrap=True)  # an id is copied whole: the text wraps instead
    for (due_text, who, text, status, item_id), late in zip(rows, overdue, strict=True):
        shown_due = f"[red]{due_text}[/]" if late else due_text
        if narrow:  # the id under the words, whole
            table.add_row(shown_due, escape(who), words_then_id(text, item_id), status)
        else:
            table.add_row(shown_due, escape(who), escape(text), status, item_id)
    console.print(table)


NOTIFICATION_ITEMS = 3  # a notification shows the first few; `grow due` has the rest
NOTIFICATION_WIDTH = 90  # characters of one line of it, the rest cut with '...'


def due_notification(entries: list[DueEntry], name_of: NameOf, today: dt.date) -> tuple[str, str]:
    """A desktop notification of what is due: a title with the count (and how many are
    overdue), and the first few entries, most urgent first, one a line."""
    overdue = sum(entry.overdue for entry in entries)
    title = f"grow: {plural(len(entries), 'thing')} due" + (
        f", {overdue} overdue" if overdue else ""
    )
    lines = []
    for entry in entries[:NOTIFICATION_ITEMS]:
        when = (
            f"{plural(entry.days_overdue, 'day')} overdue"
            if entry.overdue
            else relative_day(entry.due, today).partition(" (")[0]
        )
        line = f"{when}: {_said(entry, name_of)}"
        if len(line) > NOTIFICATION_WIDTH:
            line = line[: NOTIFICATION_WIDTH - 3].rstrip() + "..."
        lines.append(line)
    rest = len(entries) - NOTIFICATION_ITEMS
    if rest > 0:
        lines.append(f"and {rest} more: grow due")
    return title, "\n".join(lines)


def _said(entry: DueEntry, name_of: NameOf) -> str:
    """An entry in a line of its own, saying whose it is (as the calendar does)."""
    if entry.type == "checkin":
        return entry.text
    if entry.person is None:
        return f"Journal: {entry.text}"
    if entry.mine:
        return f"You: {entry.text} (for {name_of(entry.person)})"
    return f"{name_of(entry.person)}: {entry.text}"
