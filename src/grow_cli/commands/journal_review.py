"""`grow journal list` and `grow journal review`: reading your journal back.

The journal command module registers these two functions under `grow journal`; this module only
defines them (options, help and output).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any

import typer

from grow_cli.commands import date_option, environment
from grow_cli.ui import output

if TYPE_CHECKING:
    from rich.console import Console

    from grow_cli.domain.ledger import Item
    from grow_cli.domain.models import Note
    from grow_cli.domain.review import Intention, Review

DEFAULT_DAYS = 30
EMPTY_JOURNAL = "No journal entries yet. Write one with: grow journal"
FIELD_LABELS = {"reflection.what_ill_try": "try", "career.next_step": "next step"}  # else goal
COUNTED = ("actions", "updates")


def journal_list(
    ctx: typer.Context,
    json_: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print a JSON list, newest first: id, path, date, mode, topic, summary, tags and "
            "counts (actions, updates).",
        ),
    ] = False,
) -> None:
    """List your journal entries, newest first.

    One line each: date, mode, a one-line summary (the goal, what happened, or the direction,
    by the entry's mode), what it holds (a actions, u status updates) and its id for 'grow show'.
    """
    from grow_cli.commands.cycle import load_records
    from grow_cli.domain.review import newest_first

    records = load_records(ctx)
    entries = newest_first(loaded.note for loaded in records.loaded)
    if json_:
        where = {id(loaded.note): str(loaded.path) for loaded in records.loaded}
        output.print_json([_entry_json(note, where.get(id(note))) for note in entries])
        return
    if not entries:
        output.line(EMPTY_JOURNAL)
        return
    _print_list(entries)


def _counts(note: Note) -> dict[str, int]:
    return {key: len(getattr(note, key)) for key in COUNTED}


def _entry_json(note: Note, path: str | None) -> dict[str, Any]:
    from grow_cli.domain.review import summary_of

    return {
        "id": note.id,
        "path": path,
        "date": note.date,
        "mode": note.mode,
        "topic": note.topic,
        "summary": summary_of(note),
        "tags": note.tags,
        "counts": _counts(note),
    }


def _print_list(entries: list[Note]) -> None:
    from rich.table import Table
    from rich.text import Text

    from grow_cli.domain.review import summary_of

    table = Table(box=None, pad_edge=False, show_edge=False)
    table.add_column("date", no_wrap=True)
    table.add_column("mode", no_wrap=True)
    table.add_column("summary")  # gives way on a narrow terminal, so each entry stays one line
    table.add_column("holds", no_wrap=True)
    table.add_column("id", no_wrap=True)
    for note in entries:
        holds = " ".join(f"{n}{key[0]}" for key, n in _counts(note).items() if n) or "-"
        table.add_row(
            note.date.isoformat(),
            note.mode or "-",
            Text(summary_of(note), no_wrap=True, overflow="ellipsis"),
            holds,
            note.id or "",
        )
    output.console().print(table)
    output.line(f"{len(entries)} entries; holds: a actions, u status updates")


def journal_review(
    ctx: typer.Context,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            metavar="DATE",
            help=f"Review the entries on or after DATE (default: {DEFAULT_DAYS} days ago): "
            "YYYY-MM-DD, 'yesterday', '2 weeks ago', 'last month'.",
        ),
    ] = None,
    json_: Annotated[
        bool,
        typer.Option("--json", help="Print the same review, and the same numbers, as JSON."),
    ] = False,
) -> None:
    """Review your recent journal entries.

    The entries of the last 30 days, or since --since DATE. What you set out to do: the goals,
    what you said you would try, the next steps, and the actions you agreed. What got done:
    journal actions whose current status is done (counting updates made in later entries),
    agreed in the period or closed in it. Recurring themes: the ten words that come up most often
    in the entries' topics, goals, reflections and career notes, among words found in two or more
    entries (common English words and words for days and dates left out), and the tags used.
    Still open: every journal action still to do, whenever it was agreed, overdue ones marked.
    """
    from grow_cli.commands.cycle import load_records
    from grow_cli.domain.review import review

    today = environment(ctx).today
    start = date_option("--since", since, today) or today - dt.timedelta(days=DEFAULT_DAYS)
    records = load_records(ctx)
    found = review(records.ledger.notes, records.ledger.items, start, today)
    if json_:
        output.print_json(_review_json(found))
        return
    if not any(note.kind == "journal" for note in records.ledger.notes):
        output.line(EMPTY_JOURNAL)
        return
    _print_review(found)


def _item_json(item: Item, today: dt.date) -> dict[str, Any]:
    from grow_cli.domain.review import done_on

    return {
        "id": item.id,
        "text": item.text,
        "due": item.due,
        "status": item.status,
        "done_on": done_on(item) if item.status == "done" else None,
        "overdue": item.overdue(today),
        "days_overdue": item.days_overdue(today),
        "note_id": item.note_id,
    }


def _intention_json(intention: Intention) -> dict[str, Any]:
    return {
        "date": intention.date,
        "id": intention.note_id,
        "field": intention.field,
        "text": intention.text,
    }


def _review_json(found: Review) -> dict[str, Any]:
    today = found.today
    return {
        "since": found.since,
        "today": today,
        "counts": found.counts(),
        "modes": found.modes(),
        "goals": [_intention_json(goal) for goal in found.goals],
        "tries": [_intention_json(intention) for intention in found.tries],
        "actions": [_item_json(item, today) for item in found.actions],
        "done": [_item_json(item, today) for item in found.done],
        "themes": [
            {"word": t.word, "entries": t.entries, "mentions": t.mentions} for t in found.themes
        ],
        "tags": [{"tag": tag, "entries": n} for tag, n in found.tags],
        "open": [_item_json(item, today) for item in found.still_open],
    }


def _print_review(found: Review) -> None:
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
            f"  {theme.mentions} mentions in {theme.entries} entries",
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
        _row(console, when, "  ", item.text, f"  [{item.status}]")
    if not found.still_open:
        _row(console, "Nothing open: every journal action is done or dropped.")
