"""`grow prep` before a 1:1, and `grow followup` after it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from grow_cli.errors import UsageError
from grow_cli.options import JsonOption, PersonArgument, environment
from grow_cli.ui import output


def prep(
    ctx: typer.Context,
    person: PersonArgument,
    out: Annotated[
        Path | None, typer.Option("--out", help="Also write the sheet as Markdown to FILE.")
    ] = None,
    json_: JsonOption = False,
) -> None:
    """Before a 1:1: every goal being coached, most urgent first (its measure's trend, open
    items, the latest SBI feedback given in it, days to its check-in), the last conversation,
    open and overdue actions, what you owe, days since the last check-in against their cadence,
    recent wins (goals closed since the last 1:1 among them), and questions to ask. A note it
    draws on whose body was edited by hand is named in a warning ('grow edit NOTE')."""
    from grow_cli.app import records
    from grow_cli.app.bodies import warn_hand_edited_ids
    from grow_cli.app.reports import prep_sheet
    from grow_cli.app.serialize import prep_json
    from grow_cli.domain.prep import shown_note_ids
    from grow_cli.ui.render import render

    env = environment(ctx)
    found = records.read(env)
    sheet = prep_sheet(found, person, env.today)
    warn_hand_edited_ids(found, shown_note_ids(sheet))
    data = prep_json(sheet)
    if json_:
        output.print_json(data)
    markdown = render(
        found.locations,
        "prep.md.j2",
        sheet=sheet,
        goals=data["threads"],
        closed=data["goals_closed"],
    )
    if out is not None:
        from grow_cli.app.files import write_file

        write_file(out, markdown)
        if not json_:
            output.line(f"Wrote {out}")
    if not json_:
        from grow_cli.ui.views.markdown import show_markdown

        show_markdown(markdown)


def followup(
    ctx: typer.Context,
    person: PersonArgument,
    note: Annotated[
        str | None, typer.Option("--note", help="The note to follow up (default: the latest).")
    ] = None,
    format_: Annotated[str, typer.Option("--format", help="text (default) or markdown.")] = "text",
) -> None:
    """The message to send after a conversation: what was discussed and agreed, the support you
    committed to, and the next check-in. Copy it as it is."""
    from grow_cli.app import records
    from grow_cli.app.reports import followup_note
    from grow_cli.ui.render import followup as render_followup

    if format_ not in ("text", "markdown"):
        raise UsageError(f"--format {format_!r}: use text or markdown.")
    found = records.read(environment(ctx))
    chosen, name = followup_note(found, person, note)
    labels = {thread.id: thread.label for thread in found.ledger.threads.values()}
    text = render_followup(
        found.locations, chosen, name, markdown=format_ == "markdown", thread_labels=labels
    )
    output.line(text.rstrip("\n"))


def register(app: typer.Typer) -> None:
    """Add the commands to the app."""
    app.command("prep")(prep)
    app.command("followup")(followup)
