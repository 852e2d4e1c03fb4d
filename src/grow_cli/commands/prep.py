"""`grow prep` before a 1:1, and `grow followup` after it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from grow_cli.commands import environment
from grow_cli.commands.cycle import load_records
from grow_cli.errors import NotFoundError, UsageError
from grow_cli.ui import output

PersonArgument = Annotated[str, typer.Argument(help="The person's name or slug.")]


def prep(
    ctx: typer.Context,
    person: PersonArgument,
    out: Annotated[
        Path | None, typer.Option("--out", help="Also write the sheet as Markdown to FILE.")
    ] = None,
    json_: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Before a 1:1: the last conversation, open and overdue actions, support you owe, days since
    the last check-in against their cadence, recent wins, and questions to ask."""
    from grow_cli.domain import prep as prep_sheet
    from grow_cli.store import people
    from grow_cli.ui.render import render

    records = load_records(ctx)
    known = people.find(records.locations, person)
    sheet = prep_sheet.build(
        records.ledger,
        records.rhythm_of(known.slug),
        known.slug,
        known.person.name,
        environment(ctx).today,
    )
    if json_:
        output.print_json(sheet.to_dict())
    markdown = render(records.locations, "prep.md.j2", sheet=sheet)
    if out is not None:
        from grow_cli.store.atomic import write_replacing

        write_replacing(out, markdown)
        if not json_:
            output.line(f"Wrote {out}")
    if not json_:
        from rich.markdown import Markdown

        output.console().print(Markdown(markdown))


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
    from grow_cli.domain.ledger import latest_of_kind
    from grow_cli.store import people
    from grow_cli.ui.render import followup as render_followup

    if format_ not in ("text", "markdown"):
        raise UsageError(f"--format {format_!r}: use text or markdown.")
    records = load_records(ctx)
    known = people.find(records.locations, person)
    notes = records.ledger.notes_of(known.slug)
    if note is not None:
        chosen = next((n for n in notes if n.id == note), None)
        if chosen is None:
            raise NotFoundError(
                f"No note {note!r} for {known.person.name}.",
                hint=f"See 'grow history {known.slug}'.",
            )
    else:
        chosen = latest_of_kind(notes, "coaching", "feedback", "checkin")
        if chosen is None:
            raise NotFoundError(
                f"No conversation with {known.person.name} to follow up yet.",
                hint=f"Start one with 'grow coach {known.slug}'.",
            )
    text = render_followup(
        records.locations, chosen, known.person.name, markdown=format_ == "markdown"
    )
    output.line(text.rstrip("\n"))


def register(app: typer.Typer) -> None:
    """Add the commands to the app."""
    app.command("prep")(prep)
    app.command("followup")(followup)
