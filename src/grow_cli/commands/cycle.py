"""`grow due` and `grow actions`: what is coming up, and every item with its current status."""

from __future__ import annotations

from typing import Annotated

import typer

from grow_cli.domain.vocabulary import STATUS_WORDS
from grow_cli.domain.wording import plural
from grow_cli.options import JsonOption, check_choice, choices, complete_person, environment
from grow_cli.ui import output


def due(
    ctx: typer.Context,
    within: Annotated[
        int,
        typer.Option(metavar="DAYS", help="Days ahead to look (overdue items always show).", min=0),
    ] = 7,
    json_: JsonOption = False,
    notify: Annotated[
        bool,
        typer.Option(
            "--notify",
            help="Also show a desktop notification of what is due (through notify-send; "
            "none when nothing is due).",
        ),
    ] = False,
) -> None:
    """What is due or overdue across people and the journal: actions, your support, check-ins.

    Overdue first. --json prints a list of objects with type (action, support, checkin), person
    (slug, or null for the journal), id, text, due, status, overdue and days_overdue.
    """
    from grow_cli.app import records
    from grow_cli.domain.due import due_entries

    env = environment(ctx)
    view = records.read_due(env)
    entries = due_entries(view, today=env.today, within_days=within)
    if json_:
        output.print_json([entry.to_dict() for entry in entries])
    elif not entries:
        output.line(f"Nothing due in the next {plural(within, 'day')}, and nothing overdue.")
    else:
        from grow_cli.ui.views.items import due_table

        due_table(entries, view.name_of, env.today)
    if notify:  # after the output, which is printed whatever the desktop can take
        from grow_cli.app.delivery import notify_due

        notify_due(entries, view.name_of, env)


def actions(
    ctx: typer.Context,
    person: Annotated[
        str | None,
        typer.Argument(
            metavar="PERSON", help="Only this person's items.", autocompletion=complete_person
        ),
    ] = None,
    status: Annotated[
        list[str] | None,
        typer.Option(
            "--status",
            metavar="STATUS",
            help="open, progress, blocked, done, dropped; 'todo' (the first three, the default) "
            "or 'all'. Repeat to combine.",
            autocompletion=choices(STATUS_WORDS),
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
    from grow_cli.app import records
    from grow_cli.app.items_view import Everyone, read_everyone, read_one
    from grow_cli.app.serialize import item_json
    from grow_cli.domain.vocabulary import statuses_for

    words = status or ["todo"]
    for word in words:
        check_choice("--status", word, STATUS_WORDS)
    env = environment(ctx)
    wanted = statuses_for(words)
    found: records.Records | Everyone | None = None
    kept = None
    if journal or person is not None:  # from what the index keeps of their items
        kept = read_one(env, None if journal else person, wanted)
    if kept is not None:
        found, items = kept, kept.items
    elif journal:  # archived people's notes left out, as across everyone
        found = records.read_journal(env).active()
        items = [item for item in found.ledger.items if item.person is None]
    elif person is not None:
        found = records.read_person(env, person)
        slug = found.person(person).slug
        items = [item for item in found.ledger.items if item.person == slug]
    else:  # everyone's items: archived people's are left out
        found = read_everyone(env, wanted)
        if found is None:  # the index cannot answer: the whole folder
            found = records.read(env).active()
            items = found.ledger.items
        else:
            items = found.items
    items = [item for item in items if item.status in wanted]
    if tag:
        items = found.tagged(items, tag)
    if json_:
        output.print_json([item_json(item, env.today) for item in items])
        return
    if not items:
        output.line("No items match.")
        return
    from grow_cli.ui.views.items import items_table

    items_table(items, found.name_of, env.today)


def register(app: typer.Typer) -> None:
    """Add the commands to the app."""
    app.command("due")(due)
    app.command("actions")(actions)
