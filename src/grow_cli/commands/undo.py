"""`grow undo`: take back the latest check-in (kept in <notes>/.grow/undone/), or put it back."""

from __future__ import annotations

from typing import Annotated

import typer

from grow_cli.options import InteractiveOption, JsonOption, complete_person, environment


def undo(
    ctx: typer.Context,
    person: Annotated[
        str | None,
        typer.Argument(
            metavar="PERSON",
            help="Whose latest check-in (name or slug); left out: anyone's.",
            autocompletion=complete_person,
        ),
    ] = None,
    journal: Annotated[
        bool,
        typer.Option("--journal", help="The latest journal check-in (grow journal checkin)."),
    ] = False,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Do not ask first (needed without a terminal).")
    ] = False,
    restore: Annotated[
        bool,
        typer.Option("--restore", help="Put back the check-in undone last (of PERSON, if given)."),
    ] = False,
    json_: JsonOption = False,
    interactive: InteractiveOption = None,
) -> None:
    """Undo the latest check-in: the newest (by date, then id) 'checkin' note of PERSON, or of
    anyone when no one is named; with --journal, the newest journal entry of mode checkin.

    It shows what the check-in recorded (each update 'text: status' and the status the item goes
    back to, goals, new items), asks (default No; --yes skips it, and is needed without a
    terminal), then moves the note into <notes>/.grow/undone/ under the same path: nothing is
    deleted. Every command forgets it at once. 'grow undo --restore' puts back the latest
    undone check-in; so does the 'mv' command it prints. A check-in whose new items a later
    note updates is not undone."""
    from grow_cli.app.undo import Which
    from grow_cli.app.undo import restore as restore_checkin
    from grow_cli.app.undo import undo as undo_checkin

    env = environment(ctx)
    which = Which(person, journal)
    if restore:
        restore_checkin(env, which, as_json=json_)
        return
    asks = env.interactive if interactive is None else interactive
    undo_checkin(env, which, yes=yes, asks=asks, as_json=json_)


def register(app: typer.Typer) -> None:
    """Add `grow undo` to the app."""
    app.command("undo")(undo)
