"""`grow share PERSON`: the 1:1 document both of you may see."""

from __future__ import annotations

from typing import Annotated

import typer

from grow_cli.errors import UsageError
from grow_cli.options import PersonArgument, environment
from grow_cli.ui import output


def share(
    ctx: typer.Context,
    person: PersonArgument,
    out: Annotated[
        str | None,
        typer.Option("--out", help="Write it to FILE ('-': standard output).", metavar="FILE"),
    ] = None,
    format_: Annotated[
        str, typer.Option("--format", help="markdown (default) or html (one page, escaped).")
    ] = "markdown",
) -> None:
    """The shared 1:1 document: what both of you may see. The next check-in, the talking points
    (open and discussed), the goals with their measures, the actions and support agreed with
    where each stands, and the follow-up of each conversation. Never your private notes, the
    options and will you explored, tags, SMART verdicts or anything about escalating (README,
    "The shared 1:1 document", lists every field)."""
    from grow_cli.app import records
    from grow_cli.app.dates import date_settings
    from grow_cli.app.share import FORMATS, document, render_document

    if format_ not in FORMATS:
        raise UsageError(f"--format {format_!r}: use markdown or html.")
    env = environment(ctx)
    found = records.read(env)
    data = document(found, person, env.today, date_settings(env))
    text = render_document(found, data, format_)
    if out is None:
        if format_ == "html":
            output.data(text)
            return
        from grow_cli.ui.views.markdown import show_markdown

        show_markdown(text)
        return
    from grow_cli.app.files import deliver

    example = "share.html" if format_ == "html" else "share.md"
    target = deliver(out, text, example=example)
    if target is not None:
        output.line(f"Wrote {target}")


def register(app: typer.Typer) -> None:
    """Add `grow share` to the app."""
    app.command("share")(share)
