"""`grow export --ics FILE`: next check-ins and due dates as an iCalendar (RFC 5545) file."""

from __future__ import annotations

from typing import Annotated

import typer

from grow_cli.options import environment
from grow_cli.ui import output


def export(
    ctx: typer.Context,
    ics: Annotated[
        str,
        typer.Option(
            "--ics",
            metavar="FILE",
            help="Write an iCalendar file here ('-' writes to standard output). An earlier "
            "export at the same path is replaced.",
        ),
    ],
) -> None:
    """Export each person's next check-in and every open action and support item with a due
    date (journal items too) as all-day events in an iCalendar file for Google Calendar,
    Outlook or Apple Calendar. Events keep stable ids, so importing a newer export updates
    them instead of adding copies."""
    from grow_cli.app import files, records
    from grow_cli.app.calendar import ics_text

    env = environment(ctx)
    text, events = ics_text(records.read(env), env.today)
    count = f"{events} event{'s' if events != 1 else ''}"
    target = files.deliver(ics, text, example="grow.ics")
    if target is None:
        # The calendar went to stdout; the count goes to stderr so the output stays a calendar.
        output.notice(f"Wrote {count}.")
        return
    output.line(f"Wrote {count} to {target}")


def register(app: typer.Typer) -> None:
    """Add `grow export` to the app."""
    app.command("export")(export)
