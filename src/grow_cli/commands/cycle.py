"""`grow due` and `grow actions`: what is coming up, and every item with its current status."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from grow_cli.commands import environment
from grow_cli.errors import UsageError
from grow_cli.store import paths
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.domain.ledger import Item
    from grow_cli.records import Records

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
STATUS_CHOICES = ("open", "progress", "blocked", "done", "dropped", "todo", "all")


def load_records(ctx: typer.Context) -> Records:
    """Read the notes folder and print a warning for every damaged note."""
    from grow_cli import records

    loaded = records.load(paths.resolve(environment(ctx)))
    for warning in loaded.warnings:
        output.warning(warning)
    return loaded


def due(
    ctx: typer.Context,
    within: Annotated[
        int, typer.Option(help="Days ahead to look (overdue items always show).", min=0)
    ] = 7,
    json_: JsonOption = False,
) -> None:
    """What is due or overdue across people and the journal: actions, your support, check-ins.

    Overdue first. --json prints a list of objects with type (action, support, checkin), person
    (slug, or null for the journal), id, text, due, status, overdue and days_overdue.
    """
    from grow_cli import records
    from grow_cli.domain.due import due_entries

    today = environment(ctx).today
    view, warnings = records.load_due(paths.resolve(environment(ctx)))
    for warning in warnings:
        output.warning(warning)
    entries = due_entries(view, today=today, within_days=within)
    if json_:
        output.print_json([entry.to_dict() for entry in entries])
        return
    if not entries:
        output.line(f"Nothing due in the next {within} days, and nothing overdue.")
        return
    from rich.markup import escape
    from rich.table import Table

    table = Table("when", "who", "what", "status", box=None, pad_edge=False)
    for entry in entries:
        when = (
            f"{entry.days_overdue} days overdue" if entry.overdue else _relative(entry.due, today)
        )
        style = "red" if entry.overdue else ""
        who = view.name_of(entry.person) if entry.person else "journal"
        kind = "" if entry.type == "action" else f"({entry.type}) "
        shown_when = f"[{style}]{when}[/]" if style else when
        table.add_row(shown_when, escape(who), escape(kind + entry.text), entry.status)
    output.console().print(table)


def _relative(when: object, today: object) -> str:
    import datetime as dt

    assert isinstance(when, dt.date) and isinstance(today, dt.date)
    days = (when - today).days
    label = {0: "today", 1: "tomorrow"}.get(days, f"in {days} days")
    return f"{label} ({when:%a %d %b})"


def actions(
    ctx: typer.Context,
    person: Annotated[str | None, typer.Argument(help="Only this person's items.")] = None,
    status: Annotated[
        list[str] | None,
        typer.Option(
            "--status",
            help="open, progress, blocked, done, dropped; 'todo' (the first three, the default) "
            "or 'all'. Repeat to combine.",
        ),
    ] = None,
    journal: Annotated[bool, typer.Option("--journal", help="Only your journal's items.")] = False,
    tag: Annotated[
        list[str] | None,
        typer.Option(
            "--tag",
            metavar="TAG",
            help="Only items from notes tagged TAG (any case). Repeat to require several tags.",
        ),
    ] = None,
    json_: JsonOption = False,
) -> None:
    """Actions and support items with their current status (after every check-in)."""
    wanted = _statuses(status or ["todo"])
    records = load_records(ctx)
    today = environment(ctx).today
    items = records.ledger.items
    if journal:
        items = [item for item in items if item.person is None]
    elif person is not None:
        from grow_cli.store import people

        slug = people.find(records.locations, person).slug
        items = [item for item in items if item.person == slug]
    items = [item for item in items if item.status in wanted]
    if tag:
        items = _tagged(records, items, tag)
    if json_:
        output.print_json(
            [
                {
                    "type": i.type,
                    "person": i.person,
                    "id": i.id,
                    "text": i.text,
                    "due": i.due,
                    "status": i.status,
                    "owner": i.owner,
                    "overdue": i.overdue(today),
                    "note": i.latest_note,
                }
                for i in items
            ]
        )
        return
    if not items:
        output.line("No items match.")
        return
    from rich.markup import escape
    from rich.table import Table

    table = Table("due", "who", "what", "status", box=None, pad_edge=False)
    table.add_column("id", overflow="fold")
    for item in sorted(items, key=lambda i: (i.due is None, i.due, i.id)):
        due_text = item.due.isoformat() if item.due else "-"
        if item.overdue(today):
            due_text = f"[red]{due_text}[/]"
        who = records.name_of(item.person) if item.person else "journal"
        table.add_row(due_text, escape(who), escape(item.text), item.status, item.id)
    output.console().print(table)


def _tagged(records: Records, items: list[Item], tags: list[str]) -> list[Item]:
    """The items whose note has every one of the tags."""
    from grow_cli.domain.search import has_tags

    tagged = {note.id for note in records.ledger.notes if has_tags(note.tags, tags)}
    return [item for item in items if item.note_id in tagged]


def _statuses(requested: list[str]) -> set[str]:
    wanted: set[str] = set()
    for status in requested:
        if status not in STATUS_CHOICES:
            raise UsageError(f"--status {status!r} is not one of: {', '.join(STATUS_CHOICES)}.")
        if status == "todo":
            wanted |= {"open", "progress", "blocked"}
        elif status == "all":
            wanted |= {"open", "progress", "blocked", "done", "dropped"}
        else:
            wanted.add(status)
    return wanted


def register(app: typer.Typer) -> None:
    """Add the commands to the app."""
    app.command("due")(due)
    app.command("actions")(actions)
