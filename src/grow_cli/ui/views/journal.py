"""`grow journal list` as a table, and `grow journal review` as headed sections."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from grow_cli.domain.vocabulary import status_label
from grow_cli.domain.wording import plural
from grow_cli.ui import output

if TYPE_CHECKING:
    from rich.console import Console

    from grow_cli.domain.review import Review

FIELD_LABELS = {"reflection.what_ill_try": "try", "career.next_step": "next step"}  # else goal


def entries_table(rows: list[dict[str, Any]]) -> None:
    """One line per entry (note_json rows): date, mode, summary, holds, id."""
    from grow_cli.ui.plain_table import CUT, WRAP, print_plain_table
    from grow_cli.ui.views.layout import LATER_STYLE, is_narrow, words_then_id, words_then_id_lines

    narrow = is_narrow()
    cells = []
    for row in rows:
        counts = {key: row["counts"][key] for key in ("actions", "updates")}
        holds = " ".join(f"{n}{key[0]}" for key, n in counts.items() if n) or "-"
        cells.append([row["date"], row["mode"] or "-", row["summary"], holds, row["id"] or ""])
    console = output.console()
    # The same bytes as the rich table below, without its cost per cell (about 0.1 s for
    # 100 entries).
    if not narrow and print_plain_table(
        console,
        ("date", "mode", "summary", "holds", "id"),
        cells,
        no_wrap=(True, True, False, True, True),
        cells=(WRAP, WRAP, CUT, WRAP, WRAP),
    ):
        output.line(f"{plural(len(rows), 'entry')}; holds: a actions, u status updates")
        return
    if narrow:
        summaries = words_then_id_lines((row[2], row[4]) for row in cells)
        if summaries is not None and print_plain_table(
            console,
            ("date", "mode", "summary", "holds"),
            [(*row[:2], summary, row[3]) for row, summary in zip(cells, summaries, strict=True)],
            no_wrap=(True, True, False, True),
            later_styles=(None, None, LATER_STYLE, None),
        ):
            output.line(f"{plural(len(rows), 'entry')}; holds: a actions, u status updates")
            return
    from rich.table import Table  # only here: the plain tables need none of rich's
    from rich.text import Text

    table = Table(box=None, pad_edge=False, show_edge=False)
    table.add_column("date", no_wrap=True)
    table.add_column("mode", no_wrap=True)
    # Wide: the summary gives way so each entry stays one line; 80 columns: it wraps, the id
    # whole under it.
    table.add_column("summary")
    table.add_column("holds", no_wrap=True)
    if not narrow:
        table.add_column("id", no_wrap=True)
    for date, mode, summary, holds, note_id in cells:
        if narrow:
            table.add_row(date, mode, words_then_id(summary, note_id), holds)
            continue
        table.add_row(date, mode, Text(summary, no_wrap=True, overflow="ellipsis"), holds, note_id)
    console.print(table)
    output.line(f"{plural(len(rows), 'entry')}; holds: a actions, u status updates")


def show_review(found: Review) -> None:
    """What I set out to do, what got done, the recurring themes and what is still open."""
    console = output.console()
    _print_heading(console, found)
    _print_set_out(console, found)
    _print_done(console, found)
    _print_themes(console, found)
    _print_open(console, found)


def _heading(console: Console, text: str) -> None:
    from rich.text import Text

    console.print()
    console.print(Text(text, style="bold"), soft_wrap=True)


def _row(console: Console, *parts: str | tuple[str, str]) -> None:
    """One indented line of plain parts or (text, style) pairs; user text is never markup."""
    from rich.text import Text

    console.print(Text.assemble("  ", *parts), soft_wrap=True)


def _print_heading(console: Console, found: Review) -> None:
    from rich.text import Text

    modes = ", ".join(f"{n} {mode}" for mode, n in found.modes().items())
    count = len(found.entries)
    what = f"{count} {'entry' if count == 1 else 'entries'}" + (f" ({modes})" if modes else "")
    title = f"Journal review, {found.since.isoformat()} to {found.today.isoformat()}: {what}"
    console.print(Text(title, style="bold"), soft_wrap=True)


def _print_set_out(console: Console, found: Review) -> None:
    counts = found.counts()
    _heading(console, "What I set out to do")
    for intention in (*found.goals, *found.tries):
        label = FIELD_LABELS.get(intention.field, "goal")
        _row(console, intention.date.isoformat(), f"  {label}: ", intention.text)
    if not (found.goals or found.tries):
        _row(console, "No goals or intentions in these entries.")
    agreed = counts["actions"]
    _row(
        console,
        f"{agreed} action{'' if agreed == 1 else 's'} agreed: {counts['actions_done']} done, "
        f"{counts['actions_dropped']} dropped, {counts['actions_open']} still to do",
    )


def _print_done(console: Console, found: Review) -> None:
    from grow_cli.domain.review import done_on

    _heading(console, f"What got done ({len(found.done)})")
    for item in found.done:
        _row(console, (done_on(item).isoformat(), "green"), "  ", item.text)
    if not found.done:
        _row(console, "No journal actions done in this period.")


def _print_themes(console: Console, found: Review) -> None:
    _heading(console, "Recurring themes")
    width = max((len(theme.word) for theme in found.themes), default=0)
    for theme in found.themes:
        _row(
            console,
            (theme.word.ljust(width), "bold"),
            f"  {plural(theme.mentions, 'mention')} in {plural(theme.entries, 'entry')}",
        )
    if not found.themes:
        _row(console, "No word comes up in more than one entry yet.")
    if found.tags:
        tags = ", ".join(f"{tag} ({n})" for tag, n in found.tags)
        _row(console, "tags: ", tags)


def _print_open(console: Console, found: Review) -> None:
    overdue = found.counts()["overdue"]
    late = f", {overdue} overdue" if overdue else ""
    _heading(console, f"Still open ({len(found.still_open)}{late})")
    for item in found.still_open:
        due = item.due.isoformat() if item.due else "no date"
        if item.overdue(found.today):
            days = item.days_overdue(found.today)
            when: str | tuple[str, str] = (
                f"{due}, overdue by {days} day{'s' * (days != 1)}",
                "red",
            )
        else:
            when = due
        _row(console, when, "  ", item.text, f"  [{status_label(item.status)}]")
    if not found.still_open:
        _row(console, "Nothing open: every journal action is done or dropped.")
