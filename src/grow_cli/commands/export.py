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
    Outlook or Apple Calendar. Events keep stable ids and a SEQUENCE that grows with each
    change, so importing a newer export updates them instead of adding copies; items closed in
    the last 30 days are cancelled events, so they leave the calendar. Reminders: 09:00 on a
    due day and 09:00 the day before a check-in, unless the config file's [reminders] says
    otherwise."""
    from grow_cli.app import files, records
    from grow_cli.app.calendar import KEEP_CLOSED_DAYS, ics_export, reminders_of
    from grow_cli.app.export_view import read_export

    env = environment(ctx)
    reminders = reminders_of(env)  # a bad [reminders] table stops here, before any reading
    export = read_export(env, reminders) or ics_export(records.read(env), env.today, reminders)
    count = f"{export.events} event{'s' if export.events != 1 else ''}"
    cancelled = (
        f", {export.cancelled} of them cancelled (items closed in the last "
        f"{KEEP_CLOSED_DAYS} days, so calendars take them away)"
        if export.cancelled
        else ""
    )
    target = files.deliver(ics, export.text, example="grow.ics")
    if target is None:
        # The calendar went to stdout; the count goes to stderr so the output stays a calendar.
        output.notice(f"Wrote {count}{cancelled}.")
        return
    output.line(f"Wrote {count} to {target}{cancelled}")


def register(app: typer.Typer) -> None:
    """Add `grow export` to the app."""
    app.command("export")(export)
