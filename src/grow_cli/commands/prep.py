"""`grow prep` before a 1:1, and `grow followup` after it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated

import typer

from grow_cli.errors import InvalidInputError, UsageError
from grow_cli.options import JsonOption, PersonArgument, environment
from grow_cli.ui import output


def prep(
    ctx: typer.Context,
    person: PersonArgument,
    out: Annotated[
        str | None,
        typer.Option(
            "--out",
            metavar="FILE",
            help="Also write the sheet as Markdown to FILE ('-': print the Markdown itself "
            "instead of the formatted sheet).",
        ),
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
    from grow_cli.app.files import STDOUT, deliver
    from grow_cli.app.reports import prep_sheet
    from grow_cli.app.serialize import prep_json
    from grow_cli.domain.prep import shown_note_ids
    from grow_cli.ui.render import render

    if json_ and out == STDOUT:
        raise UsageError("--json and --out - both write to standard output.", hint="Choose one.")
    env = environment(ctx)
    found = records.read_person(env, person)
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
        target = deliver(out, markdown, example="prep.md")
        if target is None:
            return
        if not json_:
            output.line(f"Wrote {target}")
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
    edit: Annotated[
        bool,
        typer.Option(
            "--edit",
            help="Open the message in $VISUAL or $EDITOR first; what you save is what is printed "
            "or written (an empty text cancels).",
        ),
    ] = False,
    out: Annotated[
        str | None,
        typer.Option(
            "--out",
            metavar="FILE",
            help="Write the message to FILE instead of printing it ('-': print).",
        ),
    ] = None,
    copy: Annotated[
        bool,
        typer.Option(
            "--copy",
            help="Also put the message on the clipboard (wl-copy, xclip, xsel, pbcopy or clip).",
        ),
    ] = False,
    mailto: Annotated[
        bool,
        typer.Option(
            "--mailto",
            help="Also print a mailto: link holding the message (to their e-mail when their "
            "profile has one) and, at a terminal, open it in your mail program.",
        ),
    ] = False,
    open_: Annotated[
        bool,
        typer.Option("--open", help="With --mailto: open the link even without a terminal."),
    ] = False,
) -> None:
    """The message to send after a conversation, written to them: what was said (the SBI
    feedback, the goal), what they will do and what you will do, by when; after a check-in,
    what was done and dropped, the wins, what is still open; and the next check-in. Copy it as
    it is, or change it first with --edit; --copy puts it on the clipboard, --mailto makes it
    a new e-mail."""
    from grow_cli.app import records
    from grow_cli.app.dates import date_settings
    from grow_cli.app.reports import followup_note, followup_text

    if format_ not in ("text", "markdown"):
        raise UsageError(f"--format {format_!r}: use text or markdown.")
    if open_ and not mailto:
        raise UsageError("--open opens the mailto: link: give --mailto with it.")
    env = environment(ctx)
    found = records.read_person(env, person)
    chosen, name = followup_note(found, person, note)
    text = followup_text(
        found, chosen, name, markdown=format_ == "markdown", date_settings=date_settings(env)
    )
    text = text.rstrip("\n") + "\n"
    if edit:
        text = _edited(
            text, env.environ, "followup.md" if format_ == "markdown" else "followup.txt"
        )
    if out is None:
        output.line(text.rstrip("\n"))
    else:
        from grow_cli.app.files import deliver

        target = deliver(out, text, example="followup.txt")
        if target is not None:
            output.line(f"Wrote {target}")
    if copy or mailto:
        from grow_cli.app import delivery

        if copy:
            delivery.copy_followup(text, env)
        if mailto:
            link = delivery.mail_link(found, chosen, text, env.today)
            delivery.open_mail(link, env, force=open_)


def _edited(text: str, environ: Mapping[str, str], name: str) -> str:
    """The message as the person left it in their editor; an empty one stops here (exit 1)."""
    from grow_cli.errors import Interrupted
    from grow_cli.ui.editor import edit_text

    nothing = "Nothing was printed or written."
    try:
        edited = edit_text(text, environ, name=name, hint=nothing)
    except KeyboardInterrupt:
        raise Interrupted(f"Stopped. {nothing}") from None
    if not edited.strip():
        raise InvalidInputError(f"The follow-up is empty after editing: {nothing.lower()}")
    return edited if edited.endswith("\n") else edited + "\n"


def register(app: typer.Typer) -> None:
    """Add the commands to the app."""
    app.command("prep")(prep)
    app.command("followup")(followup)
