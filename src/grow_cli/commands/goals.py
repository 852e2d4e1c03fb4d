"""`grow goals [PERSON]`: the coaching threads, each goal followed from the conversation that
opened it to its outcome, with the measure's trend and the next check-in."""

from __future__ import annotations

from typing import Annotated

import typer

from grow_cli.domain.vocabulary import GOAL_STATUS_WORDS
from grow_cli.errors import UsageError
from grow_cli.options import JsonOption, choices, complete_person, environment
from grow_cli.ui import output


def goals(
    ctx: typer.Context,
    person: Annotated[
        str | None,
        typer.Argument(
            metavar="PERSON", help="Only this person's goals.", autocompletion=complete_person
        ),
    ] = None,
    status: Annotated[
        list[str] | None,
        typer.Option(
            "--status",
            metavar="STATUS",
            help="active (the default), achieved, partly_achieved, not_achieved, dropped, ended; "
            "'closed' (every one that is not active) or 'all'. Repeat to combine.",
            autocompletion=choices(GOAL_STATUS_WORDS),
        ),
    ] = None,
    json_: JsonOption = False,
) -> None:
    """The goals being coached (threads): who, focus, the goal, its status or outcome, the
    measure's trend (baseline, readings, target), the next check-in and open items. Active ones
    first, the most urgent check-in first; 'grow show ID' gives one thread's timeline.

    --json prints a list of threads (README, "JSON objects").
    """
    from grow_cli.app import goals as threads
    from grow_cli.app import records
    from grow_cli.app.goals_view import Everyone, read_everyone, read_one

    env = environment(ctx)
    try:
        asked: set[str] | None = threads.statuses_named(status or ["active"])
    except UsageError:  # said after the folder's warnings, as when the whole folder is read
        asked = None
    if person is None:
        everyone = read_everyone(env, asked)
    else:  # a status not known is said after the warnings, as when their notes are read
        everyone = None if asked is None else read_one(env, person, asked)
    if everyone is not None:  # from what the index keeps of each person's threads
        found: records.Records | Everyone = everyone
        wanted = threads.statuses_named(status or ["active"])
        rows = threads.ordered([row for row in everyone.rows if row["status"] in wanted])
    else:
        found = records.read(env) if person is None else records.read_person(env, person)
        rows = threads.listed(found, person, status or ["active"], env.today)
    if json_:
        output.print_json(rows)
        return
    if not rows:
        who = ""
        if isinstance(found, Everyone) and found.slug is not None:
            who = f" for {found.name_of(found.slug)}"
        elif person is not None and isinstance(found, records.Records):
            who = f" for {found.name_of(found.person_slug(person))}"
        output.line(f"No goals{who} with that status. Open one with a coaching conversation.")
        return
    from grow_cli.ui.views.threads import goals_table

    goals_table(rows, found.name_of)


def register(app: typer.Typer) -> None:
    """Add `grow goals` to the app."""
    app.command("goals")(goals)
